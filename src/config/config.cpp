#include "config/config.h"

#include <algorithm>
#include <array>

#include "careerlint/schema.h"
#include "careerlint/yaml_emitter.h"
#include "careerlint/yaml_loader.h"
#include "catalog/catalog.h"
#include "rules/options_schema.h"
#include "util/files.h"
#include "util/glob.h"
#include "util/json_pointer.h"
#include "util/strings.h"

namespace careerlint::config {

namespace fs = std::filesystem;

namespace {

// Every rule's options schema, compiled once; a rule whose schema does not compile is missing
// (a test compiles them all).
const Schema* optionsSchema(std::string_view ruleId) {
  static const std::map<std::string, Schema, std::less<>> schemas = [] {
    std::map<std::string, Schema, std::less<>> compiled;
    for (const RuleMeta* meta : catalog::allRuleMetas()) {
      auto schema = Schema::fromText(rules::ruleOptionsSchema(*meta), "options of " + meta->id);
      if (schema) compiled.emplace(meta->id, std::move(*schema));
    }
    return compiled;
  }();
  const auto it = schemas.find(ruleId);
  return it == schemas.end() ? nullptr : &it->second;
}

// The reference tokens of a JSON pointer, unescaped.
std::vector<std::string> pointerTokens(std::string_view pointer) {
  std::vector<std::string> tokens;
  std::size_t pos = 0;
  while (pos < pointer.size()) {  // each token starts after a '/'
    const std::size_t next = pointer.find('/', pos + 1);
    const std::size_t end = next == std::string_view::npos ? pointer.size() : next;
    tokens.push_back(json_pointer::unescapeToken(pointer.substr(pos + 1, end - pos - 1)));
    pos = end;
  }
  return tokens;
}

class ConfigParser {
 public:
  explicit ConfigParser(const fs::path& path) : path_(path) {}

  Expected<ConfigFile> parse(std::string_view text) {
    auto document = loadYaml(text);
    if (!document) return Error{path_.string(), document.error().where, document.error().message};
    ConfigFile config;
    config.path = path_;
    config.directory = fs::absolute(path_).parent_path().lexically_normal();
    const Node* root = document->root();
    if (!root || root->isNull()) return config;  // an empty config file changes nothing
    if (!root->isMapping()) return fail(root, "the configuration must be a mapping of settings");
    for (const Node::Member& member : root->members()) {
      const std::string_view key = member.key->text();
      const auto setting = std::find_if(kSettings.begin(), kSettings.end(),
                                        [&](const Setting& known) { return known.key == key; });
      if (setting == kSettings.end()) return fail(member.key, unknownSetting(key));
      if (auto problem = (this->*setting->read)(member.value, config)) return *problem;
    }
    return config;
  }

 private:
  // A top-level setting and the member that reads its value into the configuration.
  struct Setting {
    std::string_view key;
    std::optional<Error> (ConfigParser::*read)(const Node* value, ConfigFile& config) const;
  };
  static const std::array<Setting, 7> kSettings;

  std::string unknownSetting(std::string_view key) const {
    std::vector<std::string> known;
    for (const Setting& setting : kSettings) known.emplace_back(setting.key);
    std::string message = "unknown setting " + strings::quoted(key);
    if (auto suggestion = strings::closestMatch(key, known))
      message += "; did you mean " + strings::quoted(*suggestion) + "?";
    return message;
  }

  std::optional<Error> readRoot(const Node* value, ConfigFile& config) const {
    if (value->kind() != NodeKind::Boolean) return fail(value, "`root` must be true or false");
    config.root = value->boolean();
    return std::nullopt;
  }

  std::optional<Error> readExtends(const Node* value, ConfigFile& config) const {
    if (!value->isString() || (value->text() != "recommended" && value->text() != "strict"))
      return fail(value, "`extends` must be `recommended` or `strict`");
    config.extends = std::string(value->text());
    return std::nullopt;
  }

  std::optional<Error> readRules(const Node* value, ConfigFile& config) const {
    return parseRules(value, config.rules);
  }

  std::optional<Error> readOverrides(const Node* value, ConfigFile& config) const {
    if (!value->isSequence()) return fail(value, "`overrides` must be a list of {files, rules}");
    for (const Node* item : value->items()) {
      Override entry;
      if (!item->isMapping())
        return fail(item, "each override must be a mapping with `files` and `rules`");
      for (const Node::Member& field : item->members()) {
        if (field.key->text() == "files") {
          if (auto problem = parseStrings(field.value, "files", entry.files)) return problem;
        } else if (field.key->text() == "rules") {
          if (auto problem = parseRules(field.value, entry.rules)) return problem;
        } else {
          return fail(field.key, "unknown override setting " + strings::quoted(field.key->text()) +
                                     " (expected `files` or `rules`)");
        }
      }
      if (entry.files.empty())
        return fail(item, "an override needs `files`: the globs it applies to");
      config.overrides.push_back(std::move(entry));
    }
    return std::nullopt;
  }

  std::optional<Error> readIgnore(const Node* value, ConfigFile& config) const {
    return parseStrings(value, "ignore", config.ignore);
  }

  std::optional<Error> readContentRoots(const Node* value, ConfigFile& config) const {
    std::vector<std::string> roots;
    if (auto problem = parseStrings(value, "content_roots", roots)) return problem;
    for (const std::string& contentRoot : roots)
      config.contentRoots.push_back((config.directory / contentRoot).lexically_normal());
    return std::nullopt;
  }

  std::optional<Error> readSchemas(const Node* value, ConfigFile& config) const {
    if (!value->isSequence()) return fail(value, "`schemas` must be a list of {files, schema}");
    for (const Node* item : value->items()) {
      SchemaMapping mapping;
      if (!item->isMapping())
        return fail(item, "each schema mapping must be a mapping with `files` and `schema`");
      for (const Node::Member& field : item->members()) {
        if (field.key->text() == "files") {
          if (auto problem = parseStrings(field.value, "files", mapping.files)) return problem;
        } else if (field.key->text() == "schema") {
          if (!field.value->isString())
            return fail(field.value, "`schema` must be a path or builtin:<name>");
          const std::string schema(field.value->text());
          mapping.schema = schema.starts_with(Schema::kBuiltinPrefix)
                               ? schema
                               : (config.directory / schema).lexically_normal().string();
        } else {
          return fail(field.key,
                      "unknown schema mapping setting " + strings::quoted(field.key->text()));
        }
      }
      if (mapping.files.empty() || mapping.schema.empty())
        return fail(item, "a schema mapping needs `files` and `schema`");
      config.schemas.push_back(std::move(mapping));
    }
    return std::nullopt;
  }

  Error fail(const Node* node, std::string message) const {
    return Error{path_.string(), node ? node->span().begin : Position{}, std::move(message)};
  }

  std::optional<Error> parseStrings(const Node* value, std::string_view what,
                                    std::vector<std::string>& out) const {
    if (value->isString()) {
      out.emplace_back(value->text());
      return std::nullopt;
    }
    if (!value->isSequence())
      return fail(value, "`" + std::string(what) + "` must be a list of strings");
    for (const Node* item : value->items()) {
      if (!item->isString())
        return fail(item, "`" + std::string(what) + "` must be a list of strings");
      out.emplace_back(item->text());
    }
    return std::nullopt;
  }

  std::optional<Error> parseSeverityOrOff(const Node* value, RuleSetting& setting) const {
    if (value->kind() == NodeKind::Boolean && !value->boolean()) {  // `rule: false` reads as off
      setting.off = true;
      return std::nullopt;
    }
    const std::string_view text = value->text();
    if (value->isString() && text == "off") {
      setting.off = true;
    } else if (auto severity = value->isString() ? parseSeverity(text) : std::nullopt) {
      setting.off = false;
      setting.severity = severity;
    } else {
      return fail(value, "a rule's severity must be off, info, warning or error, not " +
                             strings::quoted(text));
    }
    return std::nullopt;
  }

  std::optional<Error> parseRules(const Node* value,
                                  std::map<std::string, RuleSetting>& rules) const {
    if (!value->isMapping())
      return fail(value, "`rules` must be a mapping of rule id to a severity or settings");
    for (const Node::Member& member : value->members()) {
      const std::string id(member.key->text());
      const RuleMeta* meta = catalog::findRuleMeta(id);
      if (!meta) {
        std::vector<std::string> ids;
        for (const RuleMeta* known : catalog::allRuleMetas()) ids.push_back(known->id);
        std::string message = "unknown rule " + strings::quoted(id);
        if (auto suggestion = strings::closestMatch(id, ids))
          message += "; did you mean " + strings::quoted(*suggestion) + "?";
        message += " (`careerlint rules` lists them)";
        return fail(member.key, message);
      }
      RuleSetting setting;
      if (member.value->isScalar()) {
        if (auto problem = parseSeverityOrOff(member.value, setting)) return problem;
      } else if (member.value->isMapping()) {
        for (const Node::Member& field : member.value->members()) {
          if (field.key->text() == "severity") {
            if (auto problem = parseSeverityOrOff(field.value, setting)) return problem;
          } else if (field.key->text() == "options") {
            if (auto problem = parseOptions(*meta, field.value, setting.options)) return problem;
          } else {
            return fail(field.key, "unknown setting " + strings::quoted(field.key->text()) +
                                       " for rule " + id + " (expected `severity` or `options`)");
          }
        }
      } else {
        return fail(member.value, "rule " + id + ": expected a severity or {severity, options}");
      }
      rules[id] = std::move(setting);
    }
    return std::nullopt;
  }

  // The options are checked against the rule's options schema (rules::ruleOptionsSchema) by
  // the schema module, as any document is: the first problem is the configuration's error, at
  // the offending key or value. What passes is read without further checks.
  std::optional<Error> parseOptions(const RuleMeta& meta, const Node* value,
                                    std::map<std::string, OptionValue>& out) const {
    if (!value->isMapping())
      return fail(value, "rule " + meta.id + ": `options` must be a mapping");
    const Schema* schema = optionsSchema(meta.id);
    if (!schema) return fail(value, "rule " + meta.id + ": its options schema does not compile");
    DocumentBuilder builder;
    builder.copy(value);
    const Document options = builder.finish();
    FindingList findings;
    validate(options, *schema, path_.string(), findings);
    for (const Finding& finding : findings.findings) {
      if (finding.severity == Severity::Error) return optionError(meta, finding);
    }
    for (const Node::Member& member : value->members()) {
      const std::string name(member.key->text());
      const Node* v = member.value;
      if (v->kind() == NodeKind::Boolean) {
        out[name] = v->boolean();
      } else if (v->kind() == NodeKind::Integer) {
        out[name] = v->integer();
      } else if (v->isSequence()) {
        std::vector<std::string> list;
        for (const Node* item : v->items()) list.emplace_back(item->text());
        out[name] = std::move(list);
      } else if (v->isMapping()) {
        std::map<std::string, std::string> map;
        for (const Node::Member& entry : v->members())
          map[std::string(entry.key->text())] = std::string(entry.value->text());
        out[name] = std::move(map);
      } else {
        out[name] = std::string(v->text());
      }
    }
    return std::nullopt;
  }

  // The schema's finding in the configuration's words: which rule, which option.
  Error optionError(const RuleMeta& meta, const Finding& finding) const {
    const Position where = finding.span.begin;
    const std::vector<std::string> tokens = pointerTokens(finding.pointer);
    if (finding.messageId != "additionalProperties" || tokens.empty())
      return Error{path_.string(), where, "rule " + meta.id + ", option " + finding.message};
    // "<path>: unknown key[; did you mean …?|; the keys allowed here are …]"
    const std::string& key = tokens.back();
    const std::size_t text = finding.message.rfind(": unknown key");
    std::string guess =
        text == std::string::npos
            ? std::string()
            : finding.message.substr(text + std::string_view(": unknown key").size());
    if (!guess.starts_with("; did you mean")) guess.clear();
    if (tokens.size() > 1) {
      return Error{path_.string(), where,
                   "rule " + meta.id + ", option " + tokens.front() + ": unknown key " +
                       strings::quoted(key) + guess};
    }
    std::string message = "rule " + meta.id + " has no option " + strings::quoted(key);
    if (meta.options.empty())
      return Error{path_.string(), where, message + " (it takes no options)"};
    std::vector<std::string> names;
    for (const RuleOption& option : meta.options) names.push_back(option.name);
    return Error{path_.string(), where,
                 message + guess + " (options: " + strings::join(names, ", ") + ")"};
  }

  fs::path path_;
};

// In the order "did you mean" weighs them.
const std::array<ConfigParser::Setting, 7> ConfigParser::kSettings = {{
    {"root", &ConfigParser::readRoot},
    {"extends", &ConfigParser::readExtends},
    {"rules", &ConfigParser::readRules},
    {"overrides", &ConfigParser::readOverrides},
    {"ignore", &ConfigParser::readIgnore},
    {"content_roots", &ConfigParser::readContentRoots},
    {"schemas", &ConfigParser::readSchemas},
}};

void applySetting(EffectiveRule& rule, const RuleSetting& setting) {
  if (setting.off) {
    rule.enabled = false;
    return;
  }
  rule.enabled = true;
  if (setting.severity) {
    rule.severity = *setting.severity;
    rule.severityConfigured = true;
  }
}

// Relative path of a file under a base directory, '/'-separated; nullopt when it is outside.
std::optional<std::string> relativeTo(const fs::path& file, const fs::path& base) {
  const fs::path relative = file.lexically_relative(base);
  if (relative.empty() || *relative.begin() == "..") return std::nullopt;
  return relative.generic_string();
}

bool anyMatches(const std::vector<std::string>& globs, const fs::path& file, const fs::path& base) {
  const auto relative = relativeTo(file, base);
  if (!relative) return false;
  return std::any_of(globs.begin(), globs.end(),
                     [&](const std::string& g) { return glob::matches(g, *relative); });
}

}  // namespace

Expected<ConfigFile> parseConfigFile(std::string_view text, const fs::path& path) {
  return ConfigParser(path).parse(text);
}

Expected<ConfigFile> loadConfigFile(const fs::path& path) {
  auto text = files::readFile(path.string(), 1024 * 1024);
  if (!text) return text.error();
  return parseConfigFile(*text, path);
}

const EffectiveRule& EffectiveConfig::rule(std::string_view id) const {
  static const EffectiveRule disabled;
  auto it = rules.find(std::string(id));
  return it == rules.end() ? disabled : it->second;
}

bool EffectiveConfig::isIgnored(const fs::path& absoluteFile) const {
  for (const auto& [base, pattern] : ignore) {
    const auto relative = relativeTo(absoluteFile, base);
    if (relative && glob::matches(pattern, *relative)) return true;
  }
  return false;
}

ConfigResolver::ConfigResolver(std::optional<fs::path> explicitConfig)
    : explicit_(std::move(explicitConfig)) {}
ConfigResolver::~ConfigResolver() = default;

Expected<const ConfigFile*> ConfigResolver::fileAt(const fs::path& path) {
  if (auto it = files_.find(path); it != files_.end()) return it->second.get();
  auto loaded = loadConfigFile(path);
  if (!loaded) return loaded.error();
  auto owned = std::make_unique<ConfigFile>(std::move(*loaded));
  const ConfigFile* file = owned.get();
  files_[path] = std::move(owned);
  return file;
}

Expected<std::vector<const ConfigFile*>> ConfigResolver::chainFor(const fs::path& directory) {
  if (auto it = chains_.find(directory); it != chains_.end()) return it->second;
  std::vector<const ConfigFile*> chain;  // nearest first
  if (explicit_) {
    auto file = fileAt(*explicit_);
    if (!file) return file.error();
    chain.push_back(*file);
  } else {
    fs::path dir = directory;
    while (true) {
      const fs::path candidate = dir / kConfigFileName;
      std::error_code ec;
      if (fs::is_regular_file(candidate, ec)) {
        auto file = fileAt(candidate);
        if (!file) return file.error();
        chain.push_back(*file);
        if ((*file)->root) break;
      }
      if (!dir.has_parent_path() || dir.parent_path() == dir) break;
      dir = dir.parent_path();
    }
  }
  std::reverse(chain.begin(), chain.end());  // farthest first: nearer files override
  chains_[directory] = chain;
  return chain;
}

Expected<const EffectiveConfig*> ConfigResolver::forFile(const fs::path& file) {
  const fs::path absolute = fs::absolute(file).lexically_normal();
  if (auto it = effective_.find(absolute); it != effective_.end()) return it->second.get();
  auto chain = chainFor(absolute.parent_path());
  if (!chain) return chain.error();

  auto config = std::make_unique<EffectiveConfig>();
  for (const ConfigFile* layer : *chain) {
    config->sources.push_back(layer->path);
    if (layer->extends) config->extends = *layer->extends;
  }
  const bool strict = config->extends == "strict";
  for (const RuleMeta* meta : catalog::allRuleMetas()) {
    EffectiveRule rule;
    rule.enabled = strict || meta->recommended;
    rule.severity = meta->defaultSeverity;
    if (strict && rule.severity == Severity::Info) rule.severity = Severity::Warning;
    config->rules[meta->id] = std::move(rule);
  }
  std::map<std::string, std::map<std::string, OptionValue>> options;
  auto apply = [&](const std::map<std::string, RuleSetting>& settings) {
    for (const auto& [id, setting] : settings) {
      applySetting(config->rules[id], setting);
      for (const auto& [name, value] : setting.options) {
        auto* configured = std::get_if<std::map<std::string, std::string>>(&value);
        if (!configured) {
          options[id][name] = value;
          continue;
        }
        // A severity map names only what it changes: merge it over the value so far.
        auto [it, fresh] = options[id].try_emplace(
            name, RuleOptions(catalog::findRuleMeta(id), {}).severityMap(name));
        auto& merged = std::get<std::map<std::string, std::string>>(it->second);
        for (const auto& [key, level] : *configured) merged[key] = level;
      }
    }
  };
  for (const ConfigFile* layer : *chain) {
    apply(layer->rules);
    for (const Override& override : layer->overrides) {
      if (anyMatches(override.files, absolute, layer->directory)) apply(override.rules);
    }
    for (const std::string& pattern : layer->ignore)
      config->ignore.emplace_back(layer->directory, pattern);
    for (const fs::path& root : layer->contentRoots) config->contentRoots.push_back(root);
    for (const SchemaMapping& mapping : layer->schemas) {
      if (anyMatches(mapping.files, absolute, layer->directory)) config->schema = mapping.schema;
    }
  }
  for (auto& [id, rule] : config->rules) {
    rule.options = RuleOptions(catalog::findRuleMeta(id), options[id]);
  }
  const EffectiveConfig* result = config.get();
  effective_[absolute] = std::move(config);
  return result;
}

namespace {

void writeOption(DocumentBuilder& b, const OptionValue& value) {
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, bool>) {
          b.boolean(v, {});
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          b.integer(v, {});
        } else if constexpr (std::is_same_v<T, std::string>) {
          b.string(v, {});
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
          b.beginSequence({});
          for (const std::string& item : v) b.string(item, {});
          b.end({});
        } else {
          b.beginMapping({});
          for (const auto& [key, level] : v) {
            b.string(key, {});
            b.string(level, {});
          }
          b.end({});
        }
      },
      value);
}

}  // namespace

std::string describe(const EffectiveConfig& config) {
  DocumentBuilder b;
  b.beginMapping({});
  b.string("sources", {});
  b.beginSequence({});
  for (const fs::path& source : config.sources) b.string(source.string(), {});
  b.end({});
  b.string("extends", {});
  b.string(config.extends, {});
  b.string("schema", {});
  if (config.schema) {
    b.string(*config.schema, {});
  } else {
    b.string("auto", {});
  }
  b.string("ignore", {});
  b.beginSequence({});
  for (const auto& [base, pattern] : config.ignore) b.string((base / pattern).string(), {});
  b.end({});
  b.string("content_roots", {});
  b.beginSequence({});
  for (const fs::path& root : config.contentRoots) b.string(root.string(), {});
  b.end({});
  b.string("rules", {});
  b.beginMapping({});
  for (const auto& [id, rule] : config.rules) {
    b.string(id, {});
    const RuleMeta* meta = catalog::findRuleMeta(id);
    if (!rule.enabled) {
      b.string("off", {});
      continue;
    }
    if (!meta || meta->options.empty()) {
      b.string(severityName(rule.severity), {});
      continue;
    }
    b.beginMapping({});
    b.string("severity", {});
    b.string(severityName(rule.severity), {});
    b.string("options", {});
    b.beginMapping({});
    for (const RuleOption& option : meta->options) {
      b.string(option.name, {});
      // The effective value: configured or default.
      switch (option.type) {
        case OptionType::Boolean:
          b.boolean(rule.options.boolean(option.name), {});
          break;
        case OptionType::Integer:
          b.integer(rule.options.integer(option.name), {});
          break;
        case OptionType::String:
          b.string(rule.options.string(option.name), {});
          break;
        case OptionType::StringList:
          writeOption(b, rule.options.strings(option.name));
          break;
        case OptionType::SeverityMap:
          writeOption(b, rule.options.severityMap(option.name));
          break;
      }
    }
    b.end({});
    b.end({});
  }
  b.end({});
  b.end({});
  return emitCanonicalYaml(b.finish());
}

}  // namespace careerlint::config
