#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <memory>
#include <ostream>

#include "careerlint/author.h"
#include "careerlint/finding.h"
#include "cli/command.h"
#include "cli/diagnostics.h"
#include "report/report.h"
#include "util/files.h"
#include "util/unified_diff.h"

namespace careerlint::cli {

namespace {

namespace fs = std::filesystem;

struct FmtOptions {
  std::vector<std::string> paths;
  bool check = false;
  bool diff = false;
};

bool formattable(const fs::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml" || extension == ".txt";
}

// The files a path names: itself, or the records and pages under a directory.
std::vector<std::string> expand(const std::string& path, Io& io, bool& failed) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(path, ec)) {
    out.push_back(path);
    return out;
  }
  std::vector<fs::path> found;
  ec = files::walkContentTree(path, [&](const fs::directory_entry& entry) {
    std::error_code entryError;
    if (entry.is_regular_file(entryError) && formattable(entry.path()))
      found.push_back(entry.path());
  });
  if (ec) {
    printError(io.err, Error{path, {}, "cannot read directory: " + ec.message()});
    failed = true;
  }
  std::sort(found.begin(), found.end());
  for (const fs::path& file : found) out.push_back(file.string());
  return out;
}

int runFmt(const FmtOptions& options, Io& io) {
  bool failed = false;
  std::vector<Finding> findings;
  std::vector<std::string> changed;
  for (const std::string& path : options.paths) {
    for (const std::string& file : expand(path, io, failed)) {
      auto text = files::readFile(file);
      if (!text) {
        printError(io.err, text.error());
        failed = true;
        continue;
      }
      auto formatted = formatText(file, *text);
      if (!formatted) {
        Finding finding;
        finding.ruleId = "fmt";
        finding.messageId = "notFormatted";
        finding.message = formatted.error().message;
        finding.file = file;
        finding.span = Span{formatted.error().where, formatted.error().where};
        findings.push_back(std::move(finding));
        continue;
      }
      if (*formatted == *text) continue;
      changed.push_back(file);
      if (options.diff) io.out << diff::unified(*text, *formatted, file);
      if (options.check || options.diff) continue;
      files::AtomicWriteOptions verify;
      const std::string expected = *formatted;
      verify.verify = [&expected](std::string_view contents) -> std::optional<std::string> {
        if (contents == expected) return std::nullopt;
        return std::string("the written text differs from the formatted text");
      };
      if (auto written = files::writeFileAtomically(file, *formatted, verify); !written) {
        printError(io.err, written.error());
        failed = true;
      }
    }
  }
  if (options.check) {
    for (const std::string& file : changed) io.out << file << "\n";
  }
  report::writeCompact(findings, io.err);
  if (failed) return 2;
  if (!findings.empty()) return 1;
  if (options.check && !changed.empty()) return 1;
  return 0;
}

}  // namespace

Command addFmtCommand(CLI::App& app) {
  auto options = std::make_shared<FmtOptions>();
  CLI::App* sub = app.add_subcommand(
      "fmt", "Lay out records (.yaml) and pages (.txt) canonically, keeping every comment");
  sub->add_option("paths", options->paths, "Files, or directories of .yaml/.yml/.txt files")
      ->required();
  sub->add_flag("--check", options->check,
                "Write nothing; list the files that would change and exit 1 if any would");
  sub->add_flag("--diff", options->diff, "Write nothing; print a unified diff of the changes");
  sub->footer(
      "A file is written only if the formatted text holds the same data and the same comments\n"
      "(read back and compared); otherwise it is left as it is with a finding that says why.\n"
      "Exit codes: 0 formatted (or nothing to change); 1 with --check, files would change, or a\n"
      "file could not be formatted safely; 2 careerlint could not run (an unreadable file).");
  return Command{sub, [options](Io& io) { return runFmt(*options, io); }};
}

}  // namespace careerlint::cli
