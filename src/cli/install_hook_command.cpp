#include <unistd.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <ostream>

#include "cli/command.h"
#include "cli/diagnostics.h"
#include "util/files.h"
#include "util/process.h"
#include "util/strings.h"

namespace careerlint::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kMarker = "# installed by careerlint install-hook";

// Single-quotes a path for /bin/sh.
std::string shellQuoted(const std::string& text) {
  return "'" + strings::replaceAll(text, "'", "'\\''") + "'";
}

struct InstallOptions {
  bool force = false;
  std::string careerlint;  // the binary the hook runs; default: this one
  std::vector<std::string> lintArguments;
};

int install(const InstallOptions& options, Io& io) {
  auto hooks = process::run({"git", "rev-parse", "--git-path", "hooks"});
  if (!hooks || hooks->exitCode != 0) {
    printError(io.err,
               Error{{}, {}, "install-hook: not inside a git repository (git rev-parse failed)"});
    return 2;
  }
  const fs::path directory = fs::absolute(std::string(strings::trim(hooks->out)));
  const fs::path hook = directory / "pre-commit";
  std::error_code ec;
  if (fs::exists(hook, ec) && !options.force) {
    auto existing = files::readFile(hook.string(), 1024 * 1024);
    if (!existing || existing->find(kMarker) == std::string::npos) {
      printError(io.err, Error{hook.string(),
                               {},
                               "a pre-commit hook exists and was not installed by careerlint; "
                               "use --force to replace it (or call careerlint from it)"});
      return 2;
    }
  }
  std::string binary = options.careerlint;
  if (!binary.empty()) {
    // A hook that runs a missing program would stop every commit with "not found".
    if (binary.find('/') != std::string::npos) {
      binary = fs::absolute(binary).lexically_normal().string();
      if (::access(binary.c_str(), X_OK) != 0) {
        printError(io.err, Error{binary, {}, "--careerlint: no such executable file"});
        return 2;
      }
    } else if (auto found = process::run({"sh", "-c", "command -v -- \"$0\"", binary});
               !found || found->exitCode != 0) {
      printError(io.err, Error{{},
                               {},
                               "--careerlint: no program " + strings::quoted(binary) +
                                   " on PATH; give the binary's path"});
      return 2;
    }
  }
  if (binary.empty()) binary = fs::read_symlink("/proc/self/exe", ec).string();
  if (binary.empty()) binary = "careerlint";
  std::string script =
      "#!/bin/sh\n" + std::string(kMarker) +
      "\n# Checks the pages and records staged for commit; a failing check stops the commit.\n"
      "# Skip it once with: git commit --no-verify\n" +
      shellQuoted(binary) + " lint --staged";
  for (const std::string& argument : options.lintArguments) script += " " + shellQuoted(argument);
  script +=
      "\nstatus=$?\n"
      "if [ \"$status\" -ne 0 ]; then\n"
      "  echo 'careerlint: commit stopped: fix the findings above and `git add` the files, or "
      "commit anyway with git commit --no-verify' >&2\n"
      "fi\n"
      "exit \"$status\"\n";
  fs::create_directories(directory, ec);
  if (auto written = files::writeFileAtomically(hook, script); !written) {
    printError(io.err, written.error());
    return 2;
  }
  fs::permissions(hook,
                  fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                      fs::perms::others_read | fs::perms::others_exec,
                  ec);
  io.out << "installed " << hook.string() << ": commits now run `careerlint lint --staged`\n";
  return 0;
}

}  // namespace

Command addInstallHookCommand(CLI::App& app) {
  auto options = std::make_shared<InstallOptions>();
  CLI::App* sub = app.add_subcommand("install-hook",
                                     "Install a plain git pre-commit hook that lints staged files");
  sub->add_flag("--force", options->force,
                "Replace an existing pre-commit hook that careerlint did not install");
  sub->add_option("--careerlint", options->careerlint,
                  "The careerlint binary the hook runs (default: this one)");
  sub->add_option("lint-arguments", options->lintArguments,
                  "Extra arguments for `careerlint lint` (after --)");
  sub->footer(
      "Exit codes: 0 installed; 2 not in a git repository, the binary named by --careerlint\n"
      "does not exist, or a pre-commit hook careerlint did not install is in the way.");
  return Command{sub, [options](Io& io) { return install(*options, io); }};
}

}  // namespace careerlint::cli
