#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <ostream>

#include "careerlint/author.h"
#include "cli/command.h"
#include "cli/diagnostics.h"
#include "util/files.h"

namespace careerlint::cli {

namespace {

int runInit(const std::string& directory, Io& io) {
  const std::filesystem::path target = std::filesystem::path(directory) / ".careerlint.yaml";
  std::error_code ec;
  if (std::filesystem::exists(target, ec) || ec) {
    io.err << "careerlint init: " << target.string()
           << " already exists; careerlint never overwrites a configuration\n";
    return 2;
  }
  if (auto written = files::writeFileAtomically(target, starterConfig()); !written) {
    printError(io.err, written.error());
    return 2;
  }
  io.err << "careerlint: wrote " << target.string()
         << "; `careerlint print-config FILE` shows what applies to a file\n";
  return 0;
}

}  // namespace

Command addInitCommand(CLI::App& app) {
  auto directory = std::make_shared<std::string>(".");
  CLI::App* sub =
      app.add_subcommand("init", "Write a commented starter .careerlint.yaml (never overwrites)");
  sub->add_option("directory", *directory, "Where to write it (default: here)");
  sub->footer("Exit codes: 0 written; 2 the file exists or could not be written.");
  return Command{sub, [directory](Io& io) { return runInit(*directory, io); }};
}

}  // namespace careerlint::cli
