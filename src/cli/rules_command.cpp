#include <CLI/CLI.hpp>
#include <algorithm>
#include <iomanip>
#include <ostream>

#include "catalog/catalog.h"
#include "cli/command.h"

namespace careerlint::cli {

namespace {

std::string_view kindName(RuleKind kind) {
  switch (kind) {
    case RuleKind::Editorial:
      return "editorial";
    case RuleKind::Schema:
      return "schema";
    case RuleKind::Input:
      return "input";
    case RuleKind::Engine:
      return "suppressions";
  }
  return "";
}

}  // namespace

Command addRulesCommand(CLI::App& app) {
  CLI::App* sub =
      app.add_subcommand("rules", "List every rule: id, default severity, fixable, description");
  sub->footer("Exit codes: 0 listed; 2 bad arguments.");
  return Command{sub, [](Io& io) {
                   std::size_t width = 0;
                   for (const RuleMeta* meta : catalog::allRuleMetas())
                     width = std::max(width, meta->id.size());
                   io.out << std::left << std::setw(static_cast<int>(width)) << "id"
                          << "  severity  fixable  kind         description\n";
                   for (const RuleMeta* meta : catalog::allRuleMetas()) {
                     io.out << std::left << std::setw(static_cast<int>(width)) << meta->id << "  "
                            << std::setw(8) << severityName(meta->defaultSeverity) << "  "
                            << std::setw(7) << (meta->fixable ? "yes" : "no") << "  "
                            << std::setw(11) << kindName(meta->kind) << "  " << meta->description
                            << (meta->recommended ? "" : " (strict only)") << '\n';
                   }
                   return 0;
                 }};
}

}  // namespace careerlint::cli
