#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cache/cache.h"
#include "careerlint/expected.h"
#include "careerlint/finding.h"
#include "careerlint/yaml_loader.h"

namespace careerlint::lint {

// --cache: where, how files are known unchanged, and careerlint's version (entries of another
// version are stale).
struct CacheOptions {
  std::filesystem::path location;
  cache::Strategy strategy = cache::Strategy::Metadata;
  std::string version;
};

struct EngineOptions {
  std::optional<std::filesystem::path> configPath;  // --config: replaces discovery
  std::optional<std::string> schemaPath;            // --schema: for every YAML file and page
  bool editorialRules = true;  // false for `validate`: input + schema checks only
  bool fix = false;            // apply safe fixes, rewrite files atomically
  bool fixDryRun = false;      // apply safe fixes in memory only (RunResult::fixed has the texts)
  bool noIgnore = false;       // check files that `ignore:` globs match (--no-ignore)
  std::uint64_t maxFileBytes = 10ull * 1024 * 1024;
  std::size_t maxFiles = 100000;
  YamlLimits yamlLimits;
  unsigned jobs = 0;  // worker threads; 0 = one per core
  // When set, only these files (absolute) are checked; the other files found under the paths
  // are still read for cross-file rules, as are content roots (--changed-since, --staged).
  std::optional<std::set<std::filesystem::path>> onlyFiles;
  // Texts that stand in for the files at these absolute, normalised paths, whether or not the
  // file exists on disk: the index for --staged, standard input for --stdin-filename, an editor's
  // unsaved buffers for `lsp`. Checked and shown to cross-file rules as if read from disk; never
  // written (--fix leaves them alone and names them in RunResult::notFixed; --fix-dry-run fixes
  // them in memory). A file selected by onlyFiles that exists only here is checked too.
  std::map<std::filesystem::path, std::string> overlay;
  // Reuse the findings of files unchanged since the last run (never for overlay texts).
  std::optional<CacheOptions> cache;
  // Called from the worker threads as files are checked: (files checked, files to check).
  std::function<void(std::size_t, std::size_t)> progress;
};

// A file that --fix changed (or --fix-dry-run would change).
struct FixedFile {
  std::string path;  // display path
  std::size_t fixes = 0;
  std::string before;
  std::string after;
};

struct RunResult {
  std::vector<Finding> findings;   // sorted by file, line, column, rule
  std::vector<std::string> files;  // every file checked, in order
  std::vector<Error> fatal;        // what kept careerlint from checking something
  // The lines findings start on, by file and line number (for reports that quote them): not
  // whole texts, so memory does not grow with the size of the files.
  std::map<std::string, std::map<std::uint32_t, std::string>> sourceLines;
  std::size_t fixesApplied = 0;
  std::vector<FixedFile> fixed;       // in the order checked
  std::vector<std::string> notFixed;  // overlay files with fixable findings, left as they are
  std::vector<std::string> ignored;   // files named on the command line that `ignore:` matches
  std::vector<std::string> warnings;  // problems that did not stop the run (a damaged cache)
};

// Expands `paths` (files and directories; directories recursively, .txt/.yaml/.yml, skipping
// hidden directories and ignored globs), then reads, converts or loads, validates against the
// schema, runs the enabled editorial rules (per-file, then cross-file) and applies suppressions.
// Files are checked in parallel; a file that cannot be read does not stop the others.
RunResult run(const std::vector<std::string>& paths, const EngineOptions& options);

// Which files `run` would check (also used by --changed-since/--staged to filter).
bool isLintableFile(const std::filesystem::path& path);

}  // namespace careerlint::lint
