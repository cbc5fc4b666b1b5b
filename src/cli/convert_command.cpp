#include <CLI/CLI.hpp>
#include <ostream>

#include "cli/command.h"

namespace careerlint::cli {

Command addConvertCommand(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("convert", "Convert raw career page text to canonical YAML");
  return Command{sub, [](Io& io) {
                   io.err << "careerlint convert: not built yet\n";
                   return 2;
                 }};
}

}  // namespace careerlint::cli
