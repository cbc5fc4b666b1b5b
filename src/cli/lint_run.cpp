#include "cli/lint_run.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <ostream>
#include <sstream>

#include "catalog/catalog.h"
#include "cli/diagnostics.h"
#include "cli/exit_code.h"
#include "cli/git_selection.h"
#include "cli/progress.h"
#include "report/report.h"
#include "util/files.h"
#include "util/unified_diff.h"

namespace careerlint::cli {

void addLintRunOptions(CLI::App* command, LintRunOptions& options, bool withFix) {
  command->add_option(
      "paths", options.paths,
      "Pages (.txt), records (.yaml, .yml) or directories to search (default with --staged or "
      "--changed-since: .)");
  command->add_option("--changed-since", options.changedSince,
                      "Check only files changed since the merge base of REF and HEAD (committed or "
                      "not); cross-file "
                      "rules still see every file under the paths and the content roots");
  command->add_flag("--staged", options.staged,
                    "Check only files staged for commit (for a pre-commit hook)");
  command->add_option("-c,--config", options.config,
                      "Use this configuration file instead of finding .careerlint.yaml");
  command->add_option(
      "--schema", options.schema,
      "Check every file against this JSON Schema (or builtin:career, builtin:manual-career)");
  command
      ->add_option("-f,--format", options.format,
                   "Output format: stylish, compact, json, sarif, github, junit")
      ->capture_default_str();
  command
      ->add_option("-o,--output-file", options.outputFiles,
                   "Also write a format to a file: NAME=PATH (repeatable)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command
      ->add_option("--fail-on", options.failOn,
                   "Exit 1 on findings at or above: error, warning, info")
      ->check(CLI::IsMember({"error", "warning", "info"}))
      ->capture_default_str();
  command->add_option("--max-warnings", options.maxWarnings,
                      "Exit 1 when there are more warnings than this");
  command->add_flag("-q,--quiet", options.quiet,
                    "Report errors only (hidden warnings still count for --fail-on and "
                    "--max-warnings)");
  command->add_flag("--no-ignore", options.engine.noIgnore,
                    "Check files that `ignore:` in .careerlint.yaml matches, too");
  command->add_flag("--allow-empty", options.allowEmpty,
                    "Exit 0 when no file is found to check (default: exit 2)");
  command->add_option("--stdin-filename", options.stdinFilename,
                      "Check standard input (path `-`) as if it were the file PATH: page or "
                      "record by its extension, with the configuration that applies to PATH");
  command
      ->add_option(
          "--color", options.color,
          "Colour in stylish output: auto (a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  command
      ->add_option("--max-file-size", options.engine.maxFileBytes,
                   "Refuse files larger than this many bytes")
      ->capture_default_str();
  command
      ->add_option("--max-files", options.engine.maxFiles,
                   "Check at most this many files in one run")
      ->capture_default_str();
  // At most 1000: careerlint's checks recurse on nesting, and deeper documents would need more
  // stack than a thread has.
  command
      ->add_option("--max-depth", options.engine.yamlLimits.maxDepth,
                   "Refuse YAML nested deeper than this (1-1000)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1000}))
      ->capture_default_str();
  command
      ->add_option("--max-line-length", options.engine.yamlLimits.maxLineLength,
                   "Refuse YAML with a line longer than this many bytes")
      ->capture_default_str();
  command
      ->add_option("--max-aliases", options.engine.yamlLimits.maxAliases,
                   "Refuse YAML with more aliases (*name) than this")
      ->capture_default_str();
  command
      ->add_option("--max-alias-nodes", options.engine.yamlLimits.maxExpandedNodes,
                   "Refuse YAML that would have more nodes than this with its aliases copied out")
      ->capture_default_str();
  command
      ->add_option(
          "--max-value-size", options.engine.yamlLimits.maxLookahead,
          "Refuse YAML with a single value (text, [...] or {...}) longer than this many bytes")
      ->capture_default_str();
  command->add_flag("--cache", options.cache,
                    "Check only files changed since the last run with --cache; report the others' "
                    "findings from the cache (cross-file rules always run)");
  command
      ->add_option("--cache-location", options.cacheLocation,
                   "The cache file, or a directory to keep .careerlintcache in")
      ->capture_default_str();
  command
      ->add_option("--cache-strategy", options.cacheStrategy,
                   "How a file is known unchanged: metadata (size and time) or content (hash)")
      ->check(CLI::IsMember({"metadata", "content"}))
      ->capture_default_str();
  command->add_option("-j,--jobs", options.engine.jobs, "Worker threads (0: one per core)")
      ->capture_default_str();
  if (withFix) {
    command->add_flag("--fix", options.engine.fix,
                      "Apply safe fixes to the files (written atomically); with --staged, only to "
                      "files whose working copy is what is staged, which are staged again");
    command->add_flag("--fix-dry-run", options.engine.fixDryRun,
                      "Print a unified diff of what --fix would change; write nothing");
  }
}

namespace {

namespace fs = std::filesystem;

bool isFormat(std::string_view name) {
  const auto names = report::formatNames();
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string plural(std::size_t count, std::string_view noun) {
  return std::to_string(count) + " " + std::string(noun) + (count == 1 ? "" : "s");
}

std::string pathList(const std::vector<std::string>& paths) {
  std::string list;
  for (const std::string& path : paths) list += (list.empty() ? "" : ", ") + path;
  return list;
}

// Standard input for --stdin-filename, up to the file size limit.
Expected<std::string> readInput(std::istream& in, const std::string& shown, std::uint64_t limit) {
  std::string text;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > limit) {
      return Error{shown,
                   {},
                   "standard input is larger than the limit of " + std::to_string(limit) +
                       " bytes (--max-file-size)"};
    }
  }
  return text;
}

std::string formatList() {
  std::string list;
  for (std::string_view name : report::formatNames())
    list += (list.empty() ? "" : ", ") + std::string(name);
  return list;
}

// Where the project's documentation lives (SARIF informationUri and each rule's helpUri).
constexpr std::string_view kProjectUri = "https://github.com/careerlint/careerlint";

// Takes the run's list of files (100,000 names are worth not copying).
report::ReportContext makeContext(lint::RunResult& result, bool color) {
  report::ReportContext context;
  context.toolUri = std::string(kProjectUri);
  for (const RuleMeta* meta : catalog::allRuleMetas()) {
    report::RuleDescriptor descriptor;
    descriptor.id = meta->id;
    descriptor.description = meta->description;
    descriptor.helpText = std::string(catalog::ruleDoc(meta->id));
    descriptor.helpUri = std::string(kProjectUri) + "/blob/main/docs/rules/" + meta->id + ".md";
    descriptor.defaultSeverity = meta->defaultSeverity;
    descriptor.fixable = meta->fixable;
    context.rules.push_back(std::move(descriptor));
  }
  context.toolVersion = CAREERLINT_VERSION;
  context.sourceRoot = std::filesystem::current_path().string();
  context.files = std::move(result.files);
  context.color = color;
  const auto* sources = &result.sourceLines;
  context.sourceLine = [sources](std::string_view file,
                                 std::uint32_t line) -> std::optional<std::string> {
    auto lines = sources->find(std::string(file));
    if (lines == sources->end()) return std::nullopt;
    auto it = lines->second.find(line);
    if (it == lines->second.end()) return std::nullopt;
    return it->second;
  };
  return context;
}

// ---- the phases of a run, in order ------------------------------------------------------------

// The --output-file reports: (format, path).
using OutputFiles = std::vector<std::pair<std::string, std::string>>;

// Options that CLI11 cannot check alone: formats, NAME=PATH, flags that exclude each other.
std::optional<OutputFiles> checkOptions(const LintRunOptions& options, Io& io) {
  if (!isFormat(options.format)) {
    printError(io.err,
               Error{{}, {}, "unknown format \"" + options.format + "\" (" + formatList() + ")"});
    return std::nullopt;
  }
  OutputFiles outputs;
  for (const std::string& spec : options.outputFiles) {
    const std::size_t equals = spec.find('=');
    if (equals == std::string::npos || !isFormat(spec.substr(0, equals)) ||
        equals + 1 == spec.size()) {
      printError(io.err, Error{{},
                               {},
                               "--output-file takes NAME=PATH with NAME one of " + formatList() +
                                   ", not \"" + spec + "\""});
      return std::nullopt;
    }
    outputs.emplace_back(spec.substr(0, equals), spec.substr(equals + 1));
  }
  if (options.staged && !options.changedSince.empty()) {
    printError(io.err, Error{{}, {}, "--staged and --changed-since exclude each other"});
    return std::nullopt;
  }
  return outputs;
}

bool isFixing(const LintRunOptions& options) {
  return options.engine.fix && !options.engine.fixDryRun;
}

bool isSelecting(const LintRunOptions& options) {
  return options.staged || !options.changedSince.empty();
}

// --stdin-filename: standard input stands in for the file it names.
bool readStandardInput(LintRunOptions& options, Io& io) {
  if (options.stdinFilename.empty()) return true;
  if (isSelecting(options) ||
      (!options.paths.empty() && options.paths != std::vector<std::string>{"-"})) {
    printError(io.err, Error{{},
                             {},
                             "--stdin-filename checks standard input only: give `-` as the "
                             "only path, without --staged or --changed-since"});
    return false;
  }
  if (isFixing(options)) {
    printError(io.err, Error{{},
                             {},
                             "--fix cannot write to standard input; --fix-dry-run prints the "
                             "changes as a diff"});
    return false;
  }
  auto text = readInput(io.in, options.stdinFilename, options.engine.maxFileBytes);
  if (!text) {
    printError(io.err, text.error());
    return false;
  }
  options.engine.overlay[fs::absolute(options.stdinFilename).lexically_normal()] = std::move(*text);
  options.paths = {options.stdinFilename};
  return true;
}

// --staged and --changed-since: which files git names, and the index's texts. Returns the
// repository's root ("" when not selecting), or nothing when git could not say.
std::optional<fs::path> selectFiles(LintRunOptions& options, Io& io) {
  if (options.paths.empty()) {
    if (!isSelecting(options)) {
      printError(io.err,
                 Error{{}, {}, "no files given (paths, or --staged / --changed-since REF)"});
      return std::nullopt;
    }
    options.paths.push_back(".");
  }
  if (!isSelecting(options)) return fs::path();
  auto selected = gitSelectedFiles(
      options.changedSince.empty() ? std::nullopt : std::optional(options.changedSince),
      options.staged);
  if (!selected) {
    printError(io.err, selected.error());
    return std::nullopt;
  }
  options.engine.onlyFiles = std::move(selected->files);
  // What is committed is the index: its text stands in for each staged file whose working
  // copy differs (and so is never written by --fix).
  for (auto& [file, text] : selected->staged) {
    auto working = files::readFile(file.string(), options.engine.maxFileBytes);
    if (!working || *working != text) options.engine.overlay[file] = std::move(text);
  }
  return selected->root;
}

// Files `ignore:` kept out, and a run that found nothing to check (an error unless allowed).
bool reportWhatWasChecked(const LintRunOptions& options, const lint::RunResult& result, Io& io) {
  if (!result.ignored.empty()) {
    io.err << "careerlint: ignored, as `ignore:` in .careerlint.yaml says (--no-ignore checks "
           << (result.ignored.size() == 1 ? "it" : "them")
           << " anyway): " << pathList(result.ignored) << "\n";
  }
  if (result.files.empty() && result.ignored.empty() && result.fatal.empty() &&
      !isSelecting(options) && !options.allowEmpty) {
    printError(io.err, Error{{},
                             {},
                             "no files to check in " + pathList(options.paths) +
                                 ": no .txt, .yaml or .yml file there that `ignore:` does not "
                                 "match (--allow-empty accepts that)"});
    return false;
  }
  return true;
}

// The findings split into what is shown and what counts for the exit code.
struct Tally {
  std::vector<Finding> shown;
  std::size_t hiddenWarnings = 0;
  std::size_t warnings = 0;
  bool failing = false;  // a finding at or above --fail-on
};

Tally tally(std::vector<Finding>& findings, const LintRunOptions& options, Severity threshold) {
  Tally counts;
  for (Finding& finding : findings) {
    // What is hidden still counts: -q changes what is shown, never the exit code.
    counts.failing = counts.failing || finding.severity >= threshold;
    if (finding.severity == Severity::Warning) ++counts.warnings;
    if (!options.quiet || finding.severity == Severity::Error) {
      counts.shown.push_back(std::move(finding));
    } else if (finding.severity == Severity::Warning) {
      ++counts.hiddenWarnings;
    }
  }
  return counts;
}

bool useColor(const LintRunOptions& options, const Io& io) {
  const char* noColor = std::getenv("NO_COLOR");
  return options.color == "always" ||
         (options.color == "auto" && io.outIsTerminal && (!noColor || !*noColor));
}

// Where the repository is, for the formats that print paths relative to it.
std::string repositoryRoot(const LintRunOptions& options, const OutputFiles& outputs,
                           fs::path gitRoot) {
  if (const char* workspace = std::getenv("GITHUB_WORKSPACE"); workspace && *workspace)
    return fs::absolute(workspace).lexically_normal().string();
  const bool github = options.format == "github" ||
                      std::any_of(outputs.begin(), outputs.end(),
                                  [](const auto& output) { return output.first == "github"; });
  if (!github) return {};
  if (gitRoot.empty()) {
    if (auto top = gitTopLevel()) gitRoot = *top;
  }
  return gitRoot.string();
}

// The report on standard output, then each --output-file; false when one could not be written.
bool writeReports(const LintRunOptions& options, const OutputFiles& outputs,
                  const std::vector<Finding>& shown, const report::ReportContext& context, Io& io) {
  std::ofstream summary;
  if (const char* path = std::getenv("GITHUB_STEP_SUMMARY");
      path && *path && options.format == "github") {
    summary.open(path, std::ios::app);
  }
  report::writeFormat(options.format, shown, context, io.out,
                      summary.is_open() ? &summary : nullptr);
  bool written = true;
  for (const auto& [format, path] : outputs) {
    // Through the one writer (temporary file, fsync, rename): a failed write leaves the old report.
    std::ostringstream text;
    report::ReportContext plain = context;
    plain.color = false;
    report::writeFormat(format, shown, plain, text, nullptr);
    if (auto result = files::writeFileAtomically(path, text.str()); !result) {
      printError(
          io.err,
          Error{path, {}, "cannot write the " + format + " report: " + result.error().message});
      written = false;
    }
  }
  return written;
}

// What --fix and --fix-dry-run did; with --staged, the fixed files are staged again. False when
// they could not be.
bool reportFixes(const LintRunOptions& options, const lint::RunResult& result,
                 const fs::path& gitRoot, Io& io) {
  bool staged = true;
  std::size_t fixes = 0;
  for (const lint::FixedFile& fixed : result.fixed) fixes += fixed.fixes;
  if (isFixing(options) && options.staged && !result.fixed.empty()) {
    // The fixed working copies were what was staged: stage them again, or the commit would not
    // have the fixes.
    std::vector<fs::path> fixedFiles;
    for (const lint::FixedFile& fixed : result.fixed)
      fixedFiles.push_back(fs::absolute(fixed.path));
    if (auto added = gitStage(gitRoot, fixedFiles); !added) {
      printError(io.err, added.error());
      staged = false;
    }
  }
  for (const std::string& file : result.notFixed) {
    io.err << "careerlint: " << file
           << ": not fixed: its working copy differs from the staged version, so neither was "
              "touched; stage the working copy (git add) and run again, or fix it by hand\n";
  }
  if (isFixing(options)) {
    io.err << "careerlint: fixed " << plural(fixes, "problem") << " in "
           << plural(result.fixed.size(), "file") << "\n";
  } else if (options.engine.fixDryRun) {
    io.err << "careerlint: --fix-dry-run: --fix would fix " << plural(fixes, "problem") << " in "
           << plural(result.fixed.size(), "file") << "; nothing was written\n";
  }
  return staged;
}

// --cache: where (a directory gets .careerlintcache), how, and for which version of careerlint.
void configureCache(LintRunOptions& options) {
  if (!options.cache) return;
  lint::CacheOptions cache;
  cache.location = options.cacheLocation;
  std::error_code ec;
  if (fs::is_directory(cache.location, ec) || options.cacheLocation.ends_with('/'))
    cache.location /= ".careerlintcache";
  cache.strategy = cache::parseStrategy(options.cacheStrategy).value_or(cache::Strategy::Metadata);
  cache.version = CAREERLINT_VERSION;
  // The tests pretend to be another version (an upgrade makes every entry stale).
  if (const char* version = std::getenv("CAREERLINT_CACHE_VERSION_FOR_TESTS"); version && *version)
    cache.version = version;
  options.engine.cache = std::move(cache);
}

// Findings at --fail-on, or more warnings than --max-warnings, fail the run.
int findingsExitCode(const LintRunOptions& options, const Tally& counts, Io& io) {
  const bool tooManyWarnings =
      options.maxWarnings >= 0 && counts.warnings > static_cast<std::size_t>(options.maxWarnings);
  if ((counts.failing || tooManyWarnings) && counts.hiddenWarnings > 0) {
    io.err << "careerlint: " << plural(counts.hiddenWarnings, "warning")
           << " not shown (--quiet) but counted for the exit code\n";
  }
  if (counts.failing) return exit_code::kFindings;
  if (tooManyWarnings) {
    io.err << "careerlint: " << counts.warnings << " warnings, more than --max-warnings "
           << options.maxWarnings << "\n";
    return exit_code::kFindings;
  }
  return exit_code::kClean;
}

}  // namespace

int runLint(LintRunOptions& options, Io& io) {
  const std::optional<OutputFiles> outputs = checkOptions(options, io);
  if (!outputs || !readStandardInput(options, io)) return exit_code::kCouldNotRun;
  const std::optional<fs::path> gitRoot = selectFiles(options, io);
  if (!gitRoot) return exit_code::kCouldNotRun;
  if (!options.config.empty()) options.engine.configPath = options.config;
  if (!options.schema.empty()) options.engine.schemaPath = options.schema;

  configureCache(options);

  Progress progress(io.err, progressWanted(&io.err == &std::cerr && ::isatty(STDERR_FILENO) == 1,
                                           std::getenv("CI")));
  options.engine.progress = [&progress](std::size_t done, std::size_t total) {
    progress.update(done, total);
  };
  lint::RunResult result = lint::run(options.paths, options.engine);
  progress.finish();
  for (const std::string& warning : result.warnings) io.err << "careerlint: " << warning << "\n";
  if (!reportWhatWasChecked(options, result, io)) return exit_code::kCouldNotRun;

  const Severity threshold = parseSeverity(options.failOn).value_or(Severity::Error);
  const Tally counts = tally(result.findings, options, threshold);
  if (options.engine.fixDryRun) {
    for (const lint::FixedFile& fixed : result.fixed)
      io.out << diff::unified(fixed.before, fixed.after, fixed.path);
  }
  report::ReportContext context = makeContext(result, useColor(options, io));
  context.failLevel = threshold;
  context.repositoryRoot = repositoryRoot(options, *outputs, *gitRoot);
  const bool reported = writeReports(options, *outputs, counts.shown, context, io);
  for (const Error& error : result.fatal) printError(io.err, error);
  const bool fixesReported = reportFixes(options, result, *gitRoot, io);
  if (!result.fatal.empty() || !reported || !fixesReported) return exit_code::kCouldNotRun;
  return findingsExitCode(options, counts, io);
}

}  // namespace careerlint::cli
