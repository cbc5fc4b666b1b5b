#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

#include "report/common.h"
#include "report/report.h"
#include "util/ascii.h"

namespace careerlint::report {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kSchema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr std::string_view kRootId = "SRCROOT";  // the uriBaseId of relative file paths

// RFC 3986 percent-encoding of a path: everything but unreserved characters and '/'.
std::string encodePath(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved =
        ascii::isAlnum(ch) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (unreserved) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

std::string fileUri(std::string_view absolutePath) { return "file://" + encodePath(absolutePath); }

// Where a file is, for SARIF: relative to the source root when it can be (what GitHub needs to
// place an alert), an absolute file: URI otherwise.
struct ArtifactPlace {
  std::string uri;
  bool relative = false;
};

ArtifactPlace placeOf(std::string_view file, std::string_view sourceRoot) {
  if (!file.empty() && file.front() == '/') {
    std::string root(sourceRoot);
    while (root.size() > 1 && root.back() == '/') root.pop_back();
    if (!root.empty() && file.size() > root.size() + 1 && file.starts_with(root) &&
        file[root.size()] == '/') {
      return {encodePath(file.substr(root.size() + 1)), true};
    }
    return {fileUri(file), false};
  }
  while (file.starts_with("./")) file.remove_prefix(2);
  return {encodePath(file), !sourceRoot.empty()};
}

Json artifactLocation(const ArtifactPlace& place, std::optional<std::size_t> index) {
  Json location{{"uri", place.uri}};
  if (place.relative) location["uriBaseId"] = kRootId;
  if (index) location["index"] = *index;
  return location;
}

std::string_view level(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "note";
  }
  return "error";
}

// "schema/type" -> "SchemaType": SARIF's reportingDescriptor.name is a PascalCase identifier.
std::string ruleName(std::string_view id) {
  std::string name;
  bool upper = true;
  for (const char c : id) {
    if (!ascii::isAlnum(c)) {
      upper = true;
      continue;
    }
    name += upper ? ascii::toUpper(c) : c;
    upper = false;
  }
  return name;
}

Json region(const Span& span) {
  const Position& begin = span.begin;
  const Position& end = span.end;
  if (begin.line == 0) return Json{{"startLine", 1}};  // about the whole file: its first line
  Json r{{"startLine", begin.line}};
  if (begin.column > 0) r["startColumn"] = begin.column;
  const bool endAfterBegin =
      end.line > begin.line || (end.line == begin.line && end.column >= begin.column);
  if (end.line > 0 && endAfterBegin) {
    r["endLine"] = end.line;
    if (begin.column > 0 && end.column > 0) r["endColumn"] = end.column;
  }
  return r;
}

// FNV-1a, 64 bits: small, stable across platforms and releases, which is all a fingerprint needs.
std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string hex(std::uint64_t value) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4) s[static_cast<std::size_t>(i)] = kHex[value & 0xF];
  return s;
}

Json fixJson(const Fix& fix, const Json& location) {
  Json replacements = Json::array();
  for (const TextEdit& edit : fix.edits) {
    const std::uint32_t length =
        edit.endOffset >= edit.beginOffset ? edit.endOffset - edit.beginOffset : 0;
    replacements.push_back(
        {{"deletedRegion", {{"byteOffset", edit.beginOffset}, {"byteLength", length}}},
         {"insertedContent", {{"text", edit.replacement}}}});
  }
  return Json{
      {"description", {{"text", fix.description}}},
      {"artifactChanges",
       Json::array({{{"artifactLocation", location}, {"replacements", std::move(replacements)}}})}};
}

}  // namespace

void writeSarif(std::span<const Finding> findings, const ReportContext& context,
                std::ostream& out) {
  Json rules = Json::array();
  std::map<std::string_view, std::size_t> ruleIndex;
  for (const RuleDescriptor& rule : context.rules) {
    ruleIndex.emplace(rule.id, rules.size());
    Json descriptor{{"id", rule.id},
                    {"name", ruleName(rule.id)},
                    {"shortDescription", {{"text", rule.description}}},
                    {"fullDescription", {{"text", rule.description}}},
                    {"help", {{"text", rule.helpText}, {"markdown", rule.helpText}}}};
    if (!rule.helpUri.empty()) descriptor["helpUri"] = rule.helpUri;
    descriptor["defaultConfiguration"] = {{"level", level(rule.defaultSeverity)}};
    descriptor["properties"] = {{"fixable", rule.fixable}};
    rules.push_back(std::move(descriptor));
  }

  Json driver{{"name", "careerlint"},
              {"version", context.toolVersion},
              {"semanticVersion", context.toolVersion}};
  if (!context.toolUri.empty()) driver["informationUri"] = context.toolUri;
  driver["rules"] = std::move(rules);

  Json artifacts = Json::array();
  std::map<std::string_view, std::size_t> artifactIndex;
  const std::vector<std::string> files = reportedFiles(findings, context);
  for (const std::string& file : files) {
    artifactIndex.emplace(file, artifacts.size());
    artifacts.push_back({{"location", artifactLocation(placeOf(file, context.sourceRoot), {})},
                         {"roles", Json::array({"analysisTarget"})}});
  }

  Json results = Json::array();
  std::map<std::string, std::size_t> occurrences;
  for (const Finding& f : findings) {
    const ArtifactPlace place = placeOf(f.file, context.sourceRoot);
    const auto index = artifactIndex.find(f.file);
    const Json location = artifactLocation(
        place, index == artifactIndex.end() ? std::nullopt : std::optional(index->second));

    // Rule, file and JSON pointer identify a problem however its lines move; the occurrence
    // count tells apart two findings of one rule at one node.
    const std::string identity = f.ruleId + '\0' + place.uri + '\0' + f.pointer;
    const std::size_t occurrence = ++occurrences[identity];
    const std::string fingerprint = hex(fnv1a(identity)) + ':' + std::to_string(occurrence);

    Json result{{"ruleId", f.ruleId}};
    if (const auto rule = ruleIndex.find(f.ruleId); rule != ruleIndex.end()) {
      result["ruleIndex"] = rule->second;
    }
    result["level"] = level(f.severity);
    result["message"] = {{"text", f.message}};
    result["locations"] = Json::array(
        {{{"physicalLocation", {{"artifactLocation", location}, {"region", region(f.span)}}}}});
    result["partialFingerprints"] = {{"primaryLocationLineHash", fingerprint}};
    if (f.fix) result["fixes"] = Json::array({fixJson(*f.fix, location)});
    result["properties"] = {{"messageId", f.messageId}, {"jsonPointer", f.pointer}};
    results.push_back(std::move(result));
  }

  Json run{{"tool", {{"driver", std::move(driver)}}}};
  if (!context.sourceRoot.empty()) {
    std::string root = context.sourceRoot;
    if (root.back() != '/') root += '/';
    run["originalUriBaseIds"] = {{kRootId, {{"uri", fileUri(root)}}}};
  }
  run["artifacts"] = std::move(artifacts);
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);

  const Json log{{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", Json::array({run})}};
  out << log.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace careerlint::report
