#include "cli/careerlint_main.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <sstream>

namespace careerlint {

int careerlintMain(const std::vector<std::string>& args, cli::Io& io) {
  CLI::App app{"careerlint: convert, validate and lint career pages", "careerlint"};
  app.set_version_flag("--version", CAREERLINT_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 no finding at or above the fail level; 1 findings at or above it;\n"
      "2 careerlint could not run (bad arguments, unreadable input or configuration).");

  // The explicit, sorted list of subcommands.
  std::vector<cli::Command> commands = {
      cli::addConvertCommand(app), cli::addExplainCommand(app),  cli::addInstallHookCommand(app),
      cli::addLintCommand(app),    cli::addLspCommand(app),      cli::addPrintConfigCommand(app),
      cli::addRulesCommand(app),   cli::addValidateCommand(app),
  };

  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 parses a reversed vector
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e, io.out, io.err);
    return code == 0 ? 0 : 2;
  }
  for (cli::Command& command : commands) {
    if (command.app->parsed()) {
      try {
        return command.run(io);
      } catch (const std::exception& e) {
        io.err << "careerlint: internal error: " << e.what() << "\n";
        return 2;
      }
    }
  }
  return 2;
}

int careerlintMain(int argc, char** argv) {
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) args.emplace_back(argv[i]);
  std::ios::sync_with_stdio(false);
  cli::Io io{std::cin, std::cout, std::cerr, ::isatty(STDOUT_FILENO) == 1};
  const int code = careerlintMain(args, io);
  std::cout.flush();
  return code;
}

}  // namespace careerlint
