#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerlint/expected.h"
#include "careerlint/rule.h"

namespace careerlint::config {

inline constexpr std::string_view kConfigFileName = ".careerlint.yaml";

// How one rule is configured in one place: any of off, a severity, options.
struct RuleSetting {
  bool off = false;
  std::optional<Severity> severity;
  std::map<std::string, OptionValue> options;
};

struct Override {
  std::vector<std::string> files;  // globs, relative to the config file's directory
  std::map<std::string, RuleSetting> rules;
};

struct SchemaMapping {
  std::vector<std::string> files;  // globs
  std::string schema;              // a path (resolved against the config file) or builtin:<name>
};

// One .careerlint.yaml, validated.
struct ConfigFile {
  std::filesystem::path path;
  std::filesystem::path directory;  // absolute
  bool root = false;
  std::optional<std::string> extends;  // "recommended" | "strict"
  std::map<std::string, RuleSetting> rules;
  std::vector<Override> overrides;
  std::vector<std::string> ignore;                  // globs
  std::vector<std::filesystem::path> contentRoots;  // absolute
  std::vector<SchemaMapping> schemas;
};

// Reads and validates a config file. Unknown keys, unknown rule ids, bad severities and options
// of the wrong name or type are errors naming the file, line and column.
Expected<ConfigFile> parseConfigFile(std::string_view text, const std::filesystem::path& path);
Expected<ConfigFile> loadConfigFile(const std::filesystem::path& path);

// A rule as it applies to one file.
struct EffectiveRule {
  bool enabled = false;
  Severity severity = Severity::Warning;
  bool severityConfigured = false;  // set by a config file (else the rule's default)
  RuleOptions options;
};

// Everything that applies to one file, after the cascade and the overrides.
struct EffectiveConfig {
  std::vector<std::filesystem::path> sources;  // config files that contributed, farthest first
  std::string extends = "recommended";
  std::map<std::string, EffectiveRule> rules;                         // every known rule id
  std::vector<std::pair<std::filesystem::path, std::string>> ignore;  // (base directory, glob)
  std::vector<std::filesystem::path> contentRoots;
  std::optional<std::string> schema;  // from a schema mapping: a resolved path or builtin:<name>

  const EffectiveRule& rule(std::string_view id) const;
  bool isIgnored(const std::filesystem::path& absoluteFile) const;
};

// Finds and merges configuration: the .careerlint.yaml files from the file's directory upwards
// (nearest wins; the walk stops at one with `root: true`), or only `explicitConfig` when given.
// Caches per directory.
class ConfigResolver {
 public:
  explicit ConfigResolver(std::optional<std::filesystem::path> explicitConfig = std::nullopt);
  ~ConfigResolver();
  Expected<const EffectiveConfig*> forFile(const std::filesystem::path& file);

 private:
  Expected<std::vector<const ConfigFile*>> chainFor(const std::filesystem::path& directory);
  Expected<const ConfigFile*> fileAt(const std::filesystem::path& path);

  std::optional<std::filesystem::path> explicit_;
  std::map<std::filesystem::path, std::unique_ptr<ConfigFile>> files_;
  std::map<std::filesystem::path, std::vector<const ConfigFile*>> chains_;
  std::map<std::filesystem::path, std::unique_ptr<EffectiveConfig>> effective_;
};

// The effective configuration as YAML (careerlint print-config).
std::string describe(const EffectiveConfig& config);

}  // namespace careerlint::config
