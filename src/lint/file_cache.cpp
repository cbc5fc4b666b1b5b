#include "lint/file_cache.h"

#include <chrono>
#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "careerlint/schema.h"
#include "util/files.h"

namespace careerlint::lint {

namespace fs = std::filesystem;

namespace {

using nlohmann::json;

json textJson(ProjectSummary::Text text) { return json::array({text.offset, text.size}); }
ProjectSummary::Text textFrom(const json& value, const std::string& all) {
  ProjectSummary::Text text{value.at(0).get<std::uint32_t>(), value.at(1).get<std::uint32_t>()};
  if (text.offset > all.size() || text.size > all.size() - text.offset)
    throw std::out_of_range("text");
  return text;
}
json spanJson(const Span& span) {
  return json::array({span.begin.line, span.begin.column, span.begin.offset, span.end.line,
                      span.end.column, span.end.offset});
}
Span spanFrom(const json& value) {
  auto at = [&](std::size_t i) { return value.at(i).get<std::uint32_t>(); };
  return Span{{at(0), at(1), at(2)}, {at(3), at(4), at(5)}};
}

}  // namespace

// [text, flags, slug, slugSpan, title, titleSpan, titleKey, category, cards, index]; flags:
// 1 record, 2 slug written, 4 title is `name`.
std::string summaryJson(const ProjectSummary& summary) {
  json cards = json::array();
  for (const ProjectSummary::Card& card : summary.cards) {
    cards.push_back(json::array({textJson(card.slug), textJson(card.title), spanJson(card.where),
                                 card.pay, spanJson(card.paySpan), card.index,
                                 (card.hasPay ? 1 : 0) | (card.hasRelationship ? 2 : 0)}));
  }
  json index = json::array();
  for (const ProjectSummary::IndexEntry& entry : summary.index) {
    index.push_back(json::array({textJson(entry.slug), textJson(entry.title),
                                 textJson(entry.category), entry.hasPay, entry.pay}));
  }
  const int flags =
      (summary.isRecord ? 1 : 0) | (summary.hasSlugNode ? 2 : 0) | (summary.titleIsName ? 4 : 0);
  return json::array({summary.text, flags, textJson(summary.slug), spanJson(summary.slugSpan),
                      textJson(summary.title), spanJson(summary.titleSpan),
                      textJson(summary.titleKey), textJson(summary.category), std::move(cards),
                      std::move(index)})
      .dump(-1, ' ', false, json::error_handler_t::strict);
}

std::optional<ProjectSummary> summaryFromJson(std::string_view text) {
  const json value = json::parse(text, nullptr, false);
  try {
    ProjectSummary summary;
    summary.text = value.at(0).get<std::string>();
    const int flags = value.at(1).get<int>();
    summary.isRecord = flags & 1;
    summary.hasSlugNode = flags & 2;
    summary.titleIsName = flags & 4;
    summary.slug = textFrom(value.at(2), summary.text);
    summary.slugSpan = spanFrom(value.at(3));
    summary.title = textFrom(value.at(4), summary.text);
    summary.titleSpan = spanFrom(value.at(5));
    summary.titleKey = textFrom(value.at(6), summary.text);
    summary.category = textFrom(value.at(7), summary.text);
    for (const json& item : value.at(8)) {
      ProjectSummary::Card card;
      card.slug = textFrom(item.at(0), summary.text);
      card.title = textFrom(item.at(1), summary.text);
      card.where = spanFrom(item.at(2));
      card.pay = item.at(3).get<double>();
      card.paySpan = spanFrom(item.at(4));
      card.index = item.at(5).get<std::uint32_t>();
      const int cardFlags = item.at(6).get<int>();
      card.hasPay = cardFlags & 1;
      card.hasRelationship = cardFlags & 2;
      summary.cards.push_back(card);
    }
    for (const json& item : value.at(9)) {
      ProjectSummary::IndexEntry entry;
      entry.slug = textFrom(item.at(0), summary.text);
      entry.title = textFrom(item.at(1), summary.text);
      entry.category = textFrom(item.at(2), summary.text);
      entry.hasPay = item.at(3).get<bool>();
      entry.pay = item.at(4).get<double>();
      summary.index.push_back(entry);
    }
    return summary;
  } catch (const json::exception&) {
    return std::nullopt;
  } catch (const std::out_of_range&) {
    return std::nullopt;
  }
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

std::optional<CachedFile> FileCache::find(const fs::path& file, std::string_view text,
                                          const config::EffectiveConfig& config) const {
  const auto settings = settings_.find(&config);
  const auto stamp = cache::fileStamp(strategy_, file, text);
  if (settings == settings_.end() || !stamp) return std::nullopt;
  auto entry = cache_.find(file, *stamp, settings->second);
  if (!entry) return std::nullopt;
  CachedFile cached{std::move(entry->findings), std::nullopt};
  if (!entry->summary.empty()) {
    cached.summary = summaryFromJson(entry->summary);
    if (!cached.summary) return std::nullopt;  // a summary that does not read back: a miss
  }
  return cached;
}

void FileCache::store(const fs::path& file, std::string_view text,
                      const config::EffectiveConfig& config, const std::vector<Finding>& findings,
                      const ProjectSummary* summary) {
  const auto settings = settings_.find(&config);
  const auto stamp = cache::fileStamp(strategy_, file, text);
  if (settings == settings_.end() || !stamp) return;
  cache::Entry entry;
  entry.findings = findings;
  if (summary) {
    try {
      entry.summary = summaryJson(*summary);
    } catch (const nlohmann::json::exception&) {
      return;  // text that is not UTF-8 cannot be stored: the file is simply checked next time
    }
  }
  cache_.store(file, *stamp, settings->second, entry);
}

}  // namespace careerlint::lint
