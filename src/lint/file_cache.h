#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cache/cache.h"
#include "careerlint/finding.h"
#include "careerlint/rule.h"
#include "config/config.h"
#include "lint/engine.h"

namespace careerlint::lint {

// A cache entry as the engine uses it.
struct CachedFile {
  std::vector<Finding> findings;
  std::optional<ProjectSummary> summary;
};

// The engine's side of --cache: an entry is valid for a file's stamp (content hash or size and
// time) and for the settings it was checked under: the effective configuration, the schema's
// text, lint or validate, the YAML limits, careerlint's version and today's date (stale-data
// compares dates with today).
class FileCache {
 public:
  FileCache(const CacheOptions& cache, const EngineOptions& options);

  // Computes the settings of each configuration before the workers start (find and store only
  // read them then).
  void prepare(const config::EffectiveConfig& config);

  std::optional<CachedFile> find(const std::filesystem::path& file, std::string_view text,
                                 const config::EffectiveConfig& config) const;
  // `summary`: what cross-file rules read of the file, if it could be read.
  void store(const std::filesystem::path& file, std::string_view text,
             const config::EffectiveConfig& config, const std::vector<Finding>& findings,
             const ProjectSummary* summary);

  // Problems reading the cache file (when constructed) and writing it (save), one each.
  const std::vector<std::string>& warnings() const { return cache_.warnings(); }
  std::optional<std::string> save() { return cache_.save(); }

 private:
  const EngineOptions& options_;
  cache::Strategy strategy_;
  std::string version_;
  cache::Cache cache_;
  std::map<const config::EffectiveConfig*, std::string> settings_;
};

// A summary as the JSON text a cache entry keeps, and back: nothing when the text is not one.
std::string summaryJson(const ProjectSummary& summary);
std::optional<ProjectSummary> summaryFromJson(std::string_view text);

}  // namespace careerlint::lint
