#include <CLI/CLI.hpp>
#include <memory>

#include "cli/command.h"
#include "cli/lint_run.h"

namespace careerlint::cli {

Command addLintCommand(CLI::App& app) {
  auto options = std::make_shared<LintRunOptions>();
  CLI::App* sub = app.add_subcommand(
      "lint", "Check pages and records: YAML syntax, the JSON Schema and every editorial rule");
  addLintRunOptions(sub, *options, true);
  sub->footer(
      "Raw pages (.txt) are converted in memory; findings point at the page's own lines.\n"
      "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it (or more warnings\n"
      "than --max-warnings; -q hides warnings but they still count); 2 careerlint could not run\n"
      "(bad arguments, an unreadable file, configuration or schema), or found nothing to check\n"
      "(unless --allow-empty; with --staged or --changed-since nothing to check is 0).");
  return Command{sub, [options](Io& io) { return runLint(*options, io); }};
}

Command addValidateCommand(CLI::App& app) {
  auto options = std::make_shared<LintRunOptions>();
  options->engine.editorialRules = false;
  CLI::App* sub = app.add_subcommand(
      "validate",
      "Check YAML records (and pages) against a JSON Schema; every problem at file:line:col");
  addLintRunOptions(sub, *options, false);
  sub->footer(
      "Without --schema each file is checked against the schema its .careerlint.yaml maps it to,\n"
      "or else the built-in one it is written for: the career model (a mapping with\n"
      "schema_version) or the site's hand-written record (data_source: manual).\n"
      "Exit codes: 0 no errors; 1 errors found; 2 careerlint could not run (bad arguments, an\n"
      "unreadable file or configuration, a schema that is not JSON or not a valid schema), or\n"
      "found nothing to check (unless --allow-empty).");
  return Command{sub, [options](Io& io) { return runLint(*options, io); }};
}

}  // namespace careerlint::cli
