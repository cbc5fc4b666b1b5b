#pragma once

#include <string>
#include <vector>

#include "cli/command.h"
#include "lint/engine.h"

namespace CLI {
class App;
}

namespace careerlint::cli {

// What lint and validate share: which files, how to read them, how to report, when to fail.
struct LintRunOptions {
  std::vector<std::string> paths;
  lint::EngineOptions engine;
  std::string config;
  std::string schema;
  std::string format = "stylish";
  std::vector<std::string> outputFiles;  // NAME=PATH
  std::string failOn = "error";
  int maxWarnings = -1;
  bool quiet = false;
  std::string color = "auto";  // auto | always | never
  std::string changedSince;    // --changed-since REF
  bool staged = false;         // --staged
  bool allowEmpty = false;     // --allow-empty: nothing to check is not an error
  std::string stdinFilename;   // --stdin-filename PATH: standard input stands in for PATH
  bool cache = false;          // --cache: reuse the findings of unchanged files (docs/cache.md)
  std::string cacheLocation = ".careerlintcache";  // --cache-location: a file or a directory
  std::string cacheStrategy = "metadata";          // --cache-strategy: metadata | content
};

void addLintRunOptions(CLI::App* command, LintRunOptions& options, bool withFix);

// Runs the engine and writes the report; returns the exit code (cli/exit_code.h).
int runLint(LintRunOptions& options, Io& io);

}  // namespace careerlint::cli
