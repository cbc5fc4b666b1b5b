#include <CLI/CLI.hpp>
#include <algorithm>
#include <iomanip>
#include <memory>
#include <ostream>

#include "cli/command.h"
#include "cli/diagnostics.h"
#include "config/config.h"
#include "rules/registry.h"
#include "util/strings.h"

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
  return Command{sub, [](Io& io) {
                   std::size_t width = 0;
                   for (const RuleMeta* meta : rules::allRuleMetas())
                     width = std::max(width, meta->id.size());
                   io.out << std::left << std::setw(static_cast<int>(width)) << "id"
                          << "  severity  fixable  kind         description\n";
                   for (const RuleMeta* meta : rules::allRuleMetas()) {
                     io.out << std::left << std::setw(static_cast<int>(width)) << meta->id << "  "
                            << std::setw(8) << severityName(meta->defaultSeverity) << "  "
                            << std::setw(7) << (meta->fixable ? "yes" : "no") << "  "
                            << std::setw(11) << kindName(meta->kind) << "  " << meta->description
                            << (meta->recommended ? "" : " (strict only)") << '\n';
                   }
                   return 0;
                 }};
}

Command addExplainCommand(CLI::App& app) {
  auto id = std::make_shared<std::string>();
  CLI::App* sub = app.add_subcommand(
      "explain", "Print a rule's documentation: what it finds, why, examples, options");
  sub->add_option("rule", *id, "The rule id (see `careerlint rules`)")->required();
  return Command{sub, [id](Io& io) {
                   const std::string_view doc = rules::ruleDoc(*id);
                   if (doc.empty()) {
                     std::vector<std::string> ids;
                     for (const RuleMeta* meta : rules::allRuleMetas()) ids.push_back(meta->id);
                     std::string message = "no rule " + strings::quoted(*id);
                     if (auto guess = strings::closestMatch(*id, ids))
                       message += "; did you mean " + strings::quoted(*guess) + "?";
                     printError(io.err, Error{{}, {}, message});
                     return 2;
                   }
                   io.out << doc;
                   return 0;
                 }};
}

Command addPrintConfigCommand(CLI::App& app) {
  auto file = std::make_shared<std::string>();
  auto configPath = std::make_shared<std::string>();
  CLI::App* sub =
      app.add_subcommand("print-config", "Print the configuration that applies to a file");
  sub->add_option("file", *file, "A page or record (need not exist)")->required();
  sub->add_option("-c,--config", *configPath,
                  "Use this configuration file instead of finding .careerlint.yaml");
  return Command{
      sub, [file, configPath](Io& io) {
        config::ConfigResolver resolver(
            configPath->empty() ? std::nullopt : std::optional<std::filesystem::path>(*configPath));
        auto effective = resolver.forFile(*file);
        if (!effective) {
          printError(io.err, effective.error());
          return 2;
        }
        io.out << config::describe(**effective);
        return 0;
      }};
}

}  // namespace careerlint::cli
