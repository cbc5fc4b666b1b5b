#include "lint/file_cache.h"

#include <chrono>
#include <limits>

#include "careerlint/rule.h"
#include "careerlint/schema.h"
#include "rules/registry.h"
#include "util/files.h"

namespace careerlint::lint {

namespace fs = std::filesystem;

const std::vector<std::string>& crossFileKeys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> all;
    for (const Rule* rule : rules::editorialRules()) {
      if (!rule->meta().crossFile) continue;
      all.insert(all.end(), rule->meta().projectKeys.begin(), rule->meta().projectKeys.end());
    }
    return all;
  }();
  return keys;
}

FileCache::FileCache(const CacheOptions& cache, const EngineOptions& options)
    : options_(options),
      strategy_(cache.strategy),
      version_(cache.version),
      cache_(cache.location, cache.version) {}

void FileCache::prepare(const config::EffectiveConfig& config) {
  if (settings_.count(&config)) return;
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::string settings = "version " + version_ + "\ntoday " +
                         std::to_string(today.time_since_epoch().count()) + "\n" +
                         (options_.editorialRules ? "lint\n" : "validate\n");
  const YamlLimits& limits = options_.yamlLimits;
  settings += "limits " + std::to_string(limits.maxDepth) + " " +
              std::to_string(limits.maxAliases) + " " + std::to_string(limits.maxExpandedNodes) +
              " " + std::to_string(limits.maxLineLength) + " " +
              std::to_string(limits.maxLookahead) + "\n";
  settings += config::describe(config);
  // Which severities the user set (they win over a rule's own): describe() shows the values only.
  for (const auto& [id, rule] : config.rules) settings += id + (rule.severityConfigured ? "*" : "");
  const std::optional<std::string> schema =
      options_.schemaPath ? options_.schemaPath : config.schema;
  if (schema) {
    settings += "\nschema " + *schema + "\n";
    // A built-in schema is careerlint's version; a file is its text (what it $refs is not read).
    if (!schema->starts_with(Schema::kBuiltinPrefix)) {
      if (auto text = files::readFile(*schema, std::numeric_limits<std::uint64_t>::max()))
        settings += cache::digest(*text);
    }
  }
  settings_[&config] = cache::digest(settings);
}

std::optional<cache::Entry> FileCache::find(const fs::path& file, std::string_view text,
                                            const config::EffectiveConfig& config) const {
  const auto settings = settings_.find(&config);
  const auto stamp = cache::fileStamp(strategy_, file, text);
  if (settings == settings_.end() || !stamp) return std::nullopt;
  return cache_.find(file, *stamp, settings->second);
}

void FileCache::store(const fs::path& file, std::string_view text,
                      const config::EffectiveConfig& config, const std::vector<Finding>& findings,
                      const Document* summary) {
  const auto settings = settings_.find(&config);
  const auto stamp = cache::fileStamp(strategy_, file, text);
  if (settings == settings_.end() || !stamp) return;
  cache::Entry entry;
  entry.findings = findings;
  if (summary) entry.summary = keepTopLevelKeys(*summary, crossFileKeys());
  cache_.store(file, *stamp, settings->second, entry);
}

}  // namespace careerlint::lint
