#pragma once

#include <functional>
#include <iosfwd>

namespace CLI {
class App;
}

namespace careerlint::cli {

// Where a command reads and writes; tests pass string streams.
struct Io {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool outIsTerminal = false;
};

// A subcommand registers its options on the app; `run` is called when it was chosen and
// returns the process exit code (0, 1, or 2 for "could not run").
struct Command {
  CLI::App* app = nullptr;
  std::function<int(Io&)> run;
};

// One function per subcommand, each in its own <name>_command.cpp.
Command addConvertCommand(CLI::App& app);
Command addExplainCommand(CLI::App& app);
Command addFmtCommand(CLI::App& app);
Command addInitCommand(CLI::App& app);
Command addInstallHookCommand(CLI::App& app);
Command addLintCommand(CLI::App& app);
Command addLspCommand(CLI::App& app);
Command addNewCommand(CLI::App& app);
Command addPrintConfigCommand(CLI::App& app);
Command addRenderCommand(CLI::App& app);
Command addRulesCommand(CLI::App& app);
Command addValidateCommand(CLI::App& app);

}  // namespace careerlint::cli
