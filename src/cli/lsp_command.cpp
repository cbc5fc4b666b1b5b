#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <memory>

#include "cli/command.h"
#include "lsp/server.h"

namespace careerlint::cli {

Command addLspCommand(CLI::App& app) {
  CLI::App* sub = app.add_subcommand(
      "lsp", "Run the language server (LSP 3.17 over standard input and output) for editors");
  auto stdio = std::make_shared<bool>(false);
  // Editors' generic clients often pass --stdio; standard input and output is the only transport.
  sub->add_flag("--stdio", *stdio, "Talk over standard input and output (the default)");
  sub->footer(
      "Findings appear as the editor types: diagnostics, quick fixes, hover, completion in\n"
      "records, document symbols. Set-up for Neovim, VS Code, Helix and Emacs: docs/editors.md.\n"
      "Exit codes: 0 after the client's shutdown and exit; 1 when it exits without shutdown or\n"
      "standard input ends first.");
  return Command{sub, [](Io& io) {
                   // A client that goes away must not kill the server mid-write.
                   std::signal(SIGPIPE, SIG_IGN);
                   return lsp::serve(STDIN_FILENO, io.out);
                 }};
}

}  // namespace careerlint::cli
