#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>

#include "cli/command.h"
#include "cli/diagnostics.h"
#include "config/config.h"

namespace careerlint::cli {

Command addPrintConfigCommand(CLI::App& app) {
  auto file = std::make_shared<std::string>();
  auto configPath = std::make_shared<std::string>();
  CLI::App* sub =
      app.add_subcommand("print-config", "Print the configuration that applies to a file");
  sub->add_option("file", *file, "A page or record (need not exist)")->required();
  sub->add_option("-c,--config", *configPath,
                  "Use this configuration file instead of finding .careerlint.yaml");
  sub->footer("Exit codes: 0 printed; 2 the configuration is not valid, or bad arguments.");
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
