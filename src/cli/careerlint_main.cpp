#include "cli/careerlint_main.h"

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

namespace careerlint {

int careerlintMain(int argc, char** argv) {
  CLI::App app{"careerlint: convert, validate and lint career pages"};
  app.set_version_flag("--version", CAREERLINT_VERSION);
  app.require_subcommand(1);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return 0;
}

}  // namespace careerlint
