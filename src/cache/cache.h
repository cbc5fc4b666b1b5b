#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "careerlint/finding.h"

namespace careerlint::cache {

// How a file is known to be unchanged (ESLint's --cache-strategy).
enum class Strategy : unsigned char {
  Metadata,  // size and modification time: no hashing, but a touched file is checked again
  Content,   // XXH3 hash of the bytes: survives a fresh checkout or a touch
};

std::optional<Strategy> parseStrategy(std::string_view name);

// A short, stable hex digest (XXH3, 128 bits) of `bytes`.
std::string digest(std::string_view bytes);

// The state of a file as `strategy` sees it: `text` is what was read from `file`. Nothing when
// the file cannot be looked at, or changed size while it was read (metadata).
std::optional<std::string> fileStamp(Strategy strategy, const std::filesystem::path& file,
                                     std::string_view text);

// What checking one file produced that a later run may reuse.
struct Entry {
  std::vector<Finding> findings;  // the file's own findings, before suppressions
  // What cross-file rules read of the file (careerlint::ProjectSummary), as JSON text that the
  // cache keeps without reading it (src/lint/file_cache.cpp writes and reads it): those rules run
  // again on every run, from these, so a change in one page re-checks the pages that name it.
  // Empty when the file could not be read as a page or a record.
  std::string summary;
};

// The size and modification time of `file`, when it has them.
std::optional<std::pair<std::uintmax_t, std::filesystem::file_time_type>> fileState(
    const std::filesystem::path& file);

// The cache file: one JSON object of entries by absolute path, each valid for one stamp of the
// file and one `settings` digest (configuration, schema, mode, careerlint's version). A file
// that is not such an object is reported in `warnings` and replaced on save; never trusted,
// never fatal. Lookups may run on many threads at once.
class Cache {
 public:
  // Reads the cache at `location` (a missing file is an empty cache). `version`: careerlint's;
  // every entry of another version is stale.
  Cache(std::filesystem::path location, std::string version);
  Cache(const Cache&) = delete;
  Cache& operator=(const Cache&) = delete;

  // The entry for `file` when it was stored for this stamp and these settings.
  std::optional<Entry> find(const std::filesystem::path& file, std::string_view stamp,
                            std::string_view settings) const;
  // Records what checking `file` produced; kept by save().
  void store(const std::filesystem::path& file, std::string_view stamp, std::string_view settings,
             const Entry& entry);

  // Writes the cache atomically: this run's entries over the ones on disk now (another process
  // may have saved since load), less the files that no longer exist. Returns a warning when it
  // could not.
  std::optional<std::string> save();

  // Problems with the cache file found when it was read, one sentence each.
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  // Reads the cache file's entries (serialised JSON objects by path) into `entries`.
  std::optional<std::string> read(std::map<std::string, std::string>& entries) const;

  std::filesystem::path location_;
  std::string version_;
  std::map<std::string, std::string> loaded_;  // path -> entry as JSON text
  // The cache file's size and time when it was read: unchanged at save, it is not read again.
  std::optional<std::pair<std::uintmax_t, std::filesystem::file_time_type>> loadedState_;
  std::mutex mutex_;
  std::map<std::string, std::string> stored_;  // this run's entries, path -> JSON text
  std::vector<std::string> warnings_;
};

}  // namespace careerlint::cache
