#include "cache/cache.h"

#include <xxhash.h>

#include <cstdio>
#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <system_error>

#include "util/files.h"

namespace careerlint::cache {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Marks a JSON object as careerlint's cache, and its layout's version: 2 since an entry's summary
// is careerlint::ProjectSummary rather than a document tree. A cache of another layout is stale,
// like one of another version of careerlint: every file is a miss.
constexpr std::string_view kFormatKey = "careerlintCache";
constexpr int kFormat = 2;
// Entries nest a few levels; anything deeper is not careerlint's.
constexpr int kMaxDepth = 64;

// ---- findings as JSON ----------------------------------------------------------

json positionJson(const Position& position) {
  return json::array({position.line, position.column, position.offset});
}

Position positionFrom(const json& value) {
  return Position{value.at(0).get<std::uint32_t>(), value.at(1).get<std::uint32_t>(),
                  value.at(2).get<std::uint32_t>()};
}

json spanJson(const Span& span) {
  return json::array({positionJson(span.begin), positionJson(span.end)});
}

Span spanFrom(const json& value) {
  return Span{positionFrom(value.at(0)), positionFrom(value.at(1))};
}

json findingJson(const Finding& finding) {
  json value = {{"rule", finding.ruleId},
                {"id", finding.messageId},
                {"severity", static_cast<int>(finding.severity)},
                {"message", finding.message},
                {"file", finding.file},
                {"span", spanJson(finding.span)},
                {"pointer", finding.pointer}};
  if (finding.fix) {
    json edits = json::array();
    for (const TextEdit& edit : finding.fix->edits)
      edits.push_back(json::array({edit.beginOffset, edit.endOffset, edit.replacement}));
    value["fix"] = {{"description", finding.fix->description}, {"edits", std::move(edits)}};
  }
  return value;
}

Finding findingFrom(const json& value) {
  Finding finding;
  finding.ruleId = value.at("rule").get<std::string>();
  finding.messageId = value.at("id").get<std::string>();
  const int severity = value.at("severity").get<int>();
  if (severity < static_cast<int>(Severity::Info) || severity > static_cast<int>(Severity::Error))
    throw std::out_of_range("severity");
  finding.severity = static_cast<Severity>(severity);
  finding.message = value.at("message").get<std::string>();
  finding.file = value.at("file").get<std::string>();
  finding.span = spanFrom(value.at("span"));
  finding.pointer = value.at("pointer").get<std::string>();
  if (auto fix = value.find("fix"); fix != value.end()) {
    Fix repair;
    repair.description = fix->at("description").get<std::string>();
    for (const json& edit : fix->at("edits")) {
      repair.edits.push_back(TextEdit{edit.at(0).get<std::uint32_t>(),
                                      edit.at(1).get<std::uint32_t>(),
                                      edit.at(2).get<std::string>()});
    }
    finding.fix = std::move(repair);
  }
  return finding;
}

std::string dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::strict);
}

}  // namespace

std::optional<Strategy> parseStrategy(std::string_view name) {
  if (name == "metadata") return Strategy::Metadata;
  if (name == "content") return Strategy::Content;
  return std::nullopt;
}

std::string digest(std::string_view bytes) {
  const XXH128_hash_t hash = XXH3_128bits(bytes.data(), bytes.size());
  char text[33];
  std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return text;
}

std::optional<std::string> fileStamp(Strategy strategy, const fs::path& file,
                                     std::string_view text) {
  if (strategy == Strategy::Content) return "content:" + digest(text);
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(file, ec);
  if (ec || size != text.size()) return std::nullopt;
  const auto modified = fs::last_write_time(file, ec);
  if (ec) return std::nullopt;
  return "metadata:" + std::to_string(size) + ":" +
         std::to_string(modified.time_since_epoch().count());
}

std::optional<std::pair<std::uintmax_t, fs::file_time_type>> fileState(const fs::path& file) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(file, ec);
  if (ec) return std::nullopt;
  const fs::file_time_type time = fs::last_write_time(file, ec);
  if (ec) return std::nullopt;
  return std::pair(size, time);
}

Cache::Cache(fs::path location, std::string version)
    : location_(std::move(location)), version_(std::move(version)) {
  loadedState_ = fileState(location_);
  if (auto problem = read(loaded_)) {
    warnings_.push_back(location_.string() + ": " + *problem +
                        "; ignoring the cache, it will be written again");
  }
}

namespace {

// The first line of the layout save() writes, before the version: every entry then has a line of
// its own ("path":{...},), and "}}" closes the file.
const std::string kHeader =
    "{\"" + std::string(kFormatKey) + "\":" + std::to_string(kFormat) + ",\"version\":";
constexpr std::string_view kHeaderEnd = ",\"files\":{";

// The entries of a file in save()'s layout, each kept as text and parsed only when looked up;
// nothing when the text is not in that layout (it may still be JSON: read() then parses it whole).
std::optional<std::map<std::string, std::string>> readLines(std::string_view text,
                                                            std::string& version) {
  std::size_t end = text.find('\n');
  if (end == std::string_view::npos) return std::nullopt;
  const std::string_view header = text.substr(0, end);
  if (!header.starts_with(kHeader) || !header.ends_with(kHeaderEnd)) return std::nullopt;
  const json parsedVersion =
      json::parse(header.substr(kHeader.size(), header.size() - kHeader.size() - kHeaderEnd.size()),
                  nullptr, false);
  if (!parsedVersion.is_string()) return std::nullopt;
  version = parsedVersion.get<std::string>();
  std::map<std::string, std::string> entries;
  for (std::size_t begin = end + 1; begin < text.size(); begin = end + 1) {
    end = text.find('\n', begin);
    if (end == std::string_view::npos) return std::nullopt;  // "}}\n" ends the file
    std::string_view line = text.substr(begin, end - begin);
    if (line == "}}")
      return end + 1 == text.size() ? std::optional(std::move(entries)) : std::nullopt;
    if (line.ends_with(',')) line.remove_suffix(1);
    // "path":{...}: the path is a JSON string; the entry is checked when it is looked up.
    std::size_t close = 1;
    while (close < line.size() && line[close] != '"') close += line[close] == '\\' ? 2 : 1;
    if (line.empty() || line[0] != '"' || close + 2 >= line.size() || line[close + 1] != ':' ||
        line[close + 2] != '{' || line.back() != '}')
      return std::nullopt;
    const json path = json::parse(line.substr(0, close + 1), nullptr, false);
    if (!path.is_string()) return std::nullopt;
    entries[path.get<std::string>()] = std::string(line.substr(close + 2));
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> Cache::read(std::map<std::string, std::string>& entries) const {
  std::error_code ec;
  if (!fs::exists(location_, ec)) return std::nullopt;
  auto text = files::readFile(location_.string(), std::numeric_limits<std::uint64_t>::max());
  if (!text) return "cannot read the cache: " + text.error().message;
  std::string version;
  if (auto lines = readLines(*text, version)) {
    // Another version of careerlint: every entry is stale, which is no problem.
    if (version == version_) entries = std::move(*lines);
    return std::nullopt;
  }
  // Deeper than any entry careerlint writes: the rest would only cost stack to walk.
  const json::parser_callback_t bounded = [](int depth, json::parse_event_t, json&) {
    return depth <= kMaxDepth;
  };
  const json root = json::parse(*text, bounded, false);
  if (root.is_discarded()) return "not JSON (truncated or damaged)";
  const auto format = root.is_object() ? root.find(std::string(kFormatKey)) : root.end();
  if (!root.is_object() || format == root.end() || !format->is_number_integer())
    return "not a careerlint cache";
  if (*format != kFormat) return std::nullopt;  // an older layout: every entry is stale
  if (!root.contains("version") || !root.contains("files") || !root["files"].is_object())
    return "not a careerlint cache";
  if (root["version"] != json(version_)) return std::nullopt;
  for (const auto& [file, entry] : root["files"].items()) {
    if (!entry.is_object()) return "not a careerlint cache";
    entries[file] = dump(entry);
  }
  return std::nullopt;
}

std::optional<Entry> Cache::find(const fs::path& file, std::string_view stamp,
                                 std::string_view settings) const {
  const auto it = loaded_.find(file.string());
  if (it == loaded_.end()) return std::nullopt;
  const json value = json::parse(it->second, nullptr, false);
  // An entry that does not read back as one is a miss: the file is checked as if never seen.
  try {
    if (value.at("stamp").get<std::string>() != stamp ||
        value.at("settings").get<std::string>() != settings)
      return std::nullopt;
    Entry entry;
    for (const json& finding : value.at("findings")) entry.findings.push_back(findingFrom(finding));
    if (const json& summary = value.at("summary"); !summary.is_null())
      entry.summary = dump(summary);
    return entry;
  } catch (const json::exception&) {
    return std::nullopt;
  } catch (const std::out_of_range&) {
    return std::nullopt;
  }
}

void Cache::store(const fs::path& file, std::string_view stamp, std::string_view settings,
                  const Entry& entry) {
  json value = {{"stamp", std::string(stamp)},
                {"settings", std::string(settings)},
                {"findings", json::array()}};
  for (const Finding& finding : entry.findings) value["findings"].push_back(findingJson(finding));
  std::string text;
  try {
    value["summary"] = entry.summary.empty() ? json(nullptr) : json::parse(entry.summary);
    text = dump(value);
  } catch (const json::exception&) {
    return;  // text that is not UTF-8 cannot be stored: the file is simply checked next time
  }
  std::lock_guard lock(mutex_);
  stored_[file.string()] = std::move(text);
}

std::optional<std::string> Cache::save() {
  std::error_code ec;
  std::map<std::string, std::string> entries;
  // What is there now, if another process wrote since this one read: a damaged file contributes
  // nothing and is replaced.
  const bool changed = fileState(location_) != loadedState_;
  if (changed) {
    read(entries);
  } else if (stored_.empty() && warnings_.empty()) {
    return std::nullopt;  // every file came from the cache, which is as it was
  } else {
    entries = std::move(loaded_);
  }
  for (auto& [file, entry] : stored_) entries[file] = std::move(entry);  // keys stay in stored_
  std::string text = kHeader + dump(json(version_)) + std::string(kHeaderEnd) + "\n";
  bool first = true;
  for (const auto& [file, entry] : entries) {
    if (!stored_.count(file) && !fs::exists(file, ec)) continue;  // a file since deleted
    std::string key;
    try {
      key = dump(json(file));
    } catch (const json::exception&) {
      continue;
    }
    text += (first ? "" : ",\n") + key + ":" + entry;
    first = false;
  }
  text += (first ? "" : "\n") + std::string("}}\n");
  if (location_.has_parent_path()) fs::create_directories(location_.parent_path(), ec);
  if (auto written = files::writeFileAtomically(location_, text); !written)
    return "cannot write the cache: " + written.error().message;
  return std::nullopt;
}

}  // namespace careerlint::cache
