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

std::vector<std::string> splitLines(std::string_view text) {
  std::vector<std::string> lines;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size() - 1;
    lines.emplace_back(text.substr(start, end + 1 - start));
    start = end + 1;
  }
  return lines;
}

// A unified diff (three lines of context) from the longest common subsequence of the lines.
void writeUnifiedDiff(std::ostream& out, const std::string& name, std::string_view before,
                      std::string_view after) {
  const std::vector<std::string> a = splitLines(before);
  const std::vector<std::string> b = splitLines(after);
  // Common prefix and suffix first: most edits are local, and the table stays small.
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix + prefix < a.size() && suffix + prefix < b.size() &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  const std::size_t n = a.size() - prefix - suffix;
  const std::size_t m = b.size() - prefix - suffix;
  // ops: ' ' kept, '-' removed, '+' added, over the whole files.
  std::vector<std::pair<char, const std::string*>> ops;
  for (std::size_t i = 0; i < prefix; ++i) ops.emplace_back(' ', &a[i]);
  if (n * m <= 16'000'000) {
    std::vector<std::uint32_t> table((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& {
      return table[i * (m + 1) + j];
    };
    for (std::size_t i = n; i-- > 0;) {
      for (std::size_t j = m; j-- > 0;) {
        at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1
                                                  : std::max(at(i + 1, j), at(i, j + 1));
      }
    }
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
        ops.emplace_back(' ', &a[prefix + i]);
        ++i, ++j;
      } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
        ops.emplace_back('-', &a[prefix + i++]);
      } else {
        ops.emplace_back('+', &b[prefix + j++]);
      }
    }
  } else {
    for (std::size_t i = 0; i < n; ++i) ops.emplace_back('-', &a[prefix + i]);
    for (std::size_t j = 0; j < m; ++j) ops.emplace_back('+', &b[prefix + j]);
  }
  for (std::size_t i = 0; i < suffix; ++i) ops.emplace_back(' ', &a[a.size() - suffix + i]);

  out << "--- " << name << "\n+++ " << name << " (formatted)\n";
  constexpr std::size_t kContext = 3;
  std::size_t k = 0;
  while (k < ops.size()) {
    while (k < ops.size() && ops[k].first == ' ') ++k;
    if (k == ops.size()) break;
    std::size_t begin = k >= kContext ? k - kContext : 0;
    std::size_t end = k;
    // Extend the hunk while changes are closer than twice the context.
    while (end < ops.size()) {
      if (ops[end].first != ' ') {
        ++end;
        continue;
      }
      std::size_t run = end;
      while (run < ops.size() && ops[run].first == ' ') ++run;
      if (run == ops.size() || run - end > 2 * kContext) {
        end = std::min(ops.size(), end + kContext);
        break;
      }
      end = run;
    }
    std::size_t oldStart = 1;
    std::size_t newStart = 1;
    for (std::size_t x = 0; x < begin; ++x) {
      if (ops[x].first != '+') ++oldStart;
      if (ops[x].first != '-') ++newStart;
    }
    std::size_t oldCount = 0;
    std::size_t newCount = 0;
    for (std::size_t x = begin; x < end; ++x) {
      if (ops[x].first != '+') ++oldCount;
      if (ops[x].first != '-') ++newCount;
    }
    out << "@@ -" << (oldCount ? oldStart : oldStart - 1) << "," << oldCount << " +"
        << (newCount ? newStart : newStart - 1) << "," << newCount << " @@\n";
    for (std::size_t x = begin; x < end; ++x) {
      out << ops[x].first << *ops[x].second;
      if (!ops[x].second->ends_with('\n')) out << "\n\\ No newline at end of file\n";
    }
    k = end;
  }
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
      if (options.diff) writeUnifiedDiff(io.out, file, *text, *formatted);
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
