#include "cli/careerlint_main.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <exception>
#include <iostream>
#include <optional>
#include <sstream>

#include "util/strings.h"

namespace careerlint {

namespace {

// The candidate meant by a mistyped `value`: close by edit distance, or the same letters in
// another order ("lnit").
std::optional<std::string> guess(const std::string& value,
                                 const std::vector<std::string>& candidates) {
  if (auto close = strings::closestMatch(value, candidates)) return close;
  std::string letters = value;
  std::sort(letters.begin(), letters.end());
  for (const std::string& candidate : candidates) {
    std::string other = candidate;
    std::sort(other.begin(), other.end());
    if (other == letters) return candidate;
  }
  return std::nullopt;
}

// What a parse error gets besides CLI11's own words: the subcommand or option that was meant,
// when the one given is close to one that exists.
std::string suggestion(const CLI::App& app, const std::vector<std::string>& args) {
  std::vector<std::string> commands;
  for (const CLI::App* sub : app.get_subcommands({})) commands.push_back(sub->get_name());
  const CLI::App* chosen = nullptr;
  for (const std::string& arg : args) {
    if (arg == "--") break;
    if (!chosen) {
      if (arg.starts_with("-")) continue;
      for (const CLI::App* sub : app.get_subcommands({})) {
        if (sub->get_name() == arg) chosen = sub;
      }
      if (chosen) continue;
      std::string text = "unknown command " + strings::quoted(arg);
      if (auto meant = guess(arg, commands))
        text += "; did you mean " + strings::quoted(*meant) + "?";
      return text;
    }
    if (!arg.starts_with("--") || arg.size() == 2) continue;
    const std::string name = arg.substr(0, arg.find('='));
    if (chosen->get_option_no_throw(name) || name == "--help") continue;
    std::vector<std::string> names;
    for (const CLI::Option* option : chosen->get_options()) {
      for (const std::string& longName : option->get_lnames()) names.push_back("--" + longName);
    }
    std::string text = "unknown option " + strings::quoted(name) + " for " + chosen->get_name();
    if (auto meant = guess(name, names)) text += "; did you mean " + strings::quoted(*meant) + "?";
    return text;
  }
  return "";
}

}  // namespace

int careerlintMain(const std::vector<std::string>& args, cli::Io& io) {
  CLI::App app{"careerlint: convert, validate and lint career pages", "careerlint"};
  app.set_version_flag("--version", CAREERLINT_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 no finding at or above the fail level; 1 findings at or above it;\n"
      "2 careerlint could not run (bad arguments, unreadable input or configuration).");

  // The explicit, sorted list of subcommands.
  std::vector<cli::Command> commands = {
      cli::addConvertCommand(app), cli::addExplainCommand(app),     cli::addFmtCommand(app),
      cli::addInitCommand(app),    cli::addInstallHookCommand(app), cli::addLintCommand(app),
      cli::addLspCommand(app),     cli::addNewCommand(app),         cli::addPrintConfigCommand(app),
      cli::addRenderCommand(app),  cli::addRulesCommand(app),       cli::addValidateCommand(app),
  };

  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 parses a reversed vector
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e, io.out, io.err);  // --help, --version
    // Every message careerlint prints starts with "careerlint:".
    const std::string hint = suggestion(app, args);
    io.err << "careerlint: error: " << (hint.empty() ? std::string(e.what()) : hint) << "\n";
    std::string help = "careerlint --help";
    for (const CLI::App* sub : app.get_subcommands({})) {
      if (sub->parsed()) help = "careerlint " + sub->get_name() + " --help";
    }
    io.err << "careerlint: `" << help << "` lists the commands and options\n";
    return 2;
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
