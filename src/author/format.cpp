// fmt: the canonical layout of records and pages. YAML is laid out by src/document (which alone
// reads YAML); the key order comes from the record's schema.
#include <nlohmann/json.hpp>
#include <regex>
#include <span>
#include <string>

#include "careerlint/author.h"
#include "careerlint/convert.h"
#include "careerlint/page_layout.h"
#include "careerlint/schema.h"
#include "careerlint/yaml_loader.h"
#include "document/yaml_format.h"

namespace careerlint {

namespace {

using Json = nlohmann::ordered_json;

const Json& schemaJson(bool manual) {
  static const Json career = Json::parse(Schema::builtinText("career"));
  static const Json manualCareer = Json::parse(Schema::builtinText("manual-career"));
  return manual ? manualCareer : career;
}

const Json* resolve(const Json& root, const Json* node) {
  for (int hops = 0; node && node->is_object() && node->contains("$ref") && hops < 16; ++hops) {
    const Json& ref = (*node)["$ref"];
    if (!ref.is_string()) return node;
    const std::string target = ref.get<std::string>();
    static constexpr std::string_view kDefinitions = "#/definitions/";
    if (!std::string_view(target).starts_with(kDefinitions)) return nullptr;
    const std::string name = target.substr(kDefinitions.size());
    if (!root.contains("definitions") || !root["definitions"].contains(name)) return nullptr;
    node = &root["definitions"][name];
  }
  return node;
}

// The schema of what `key` ("[]" for items) holds under `node`.
const Json* step(const Json& root, const Json* node, const std::string& key) {
  node = resolve(root, node);
  if (!node || !node->is_object()) return nullptr;
  if (key == "[]") {
    if (node->contains("items")) return resolve(root, &(*node)["items"]);
  } else if (node->contains("properties") && (*node)["properties"].contains(key)) {
    return resolve(root, &(*node)["properties"][key]);
  }
  for (const char* combinator : {"anyOf", "oneOf", "allOf"}) {
    if (!node->contains(combinator)) continue;
    for (const Json& branch : (*node)[combinator]) {
      if (const Json* found = step(root, &branch, key)) return found;
    }
  }
  if (key != "[]" && node->contains("additionalProperties") &&
      (*node)["additionalProperties"].is_object())
    return resolve(root, &(*node)["additionalProperties"]);
  return nullptr;
}

void propertyNames(const Json& root, const Json* node, std::vector<std::string>& names) {
  node = resolve(root, node);
  if (!node || !node->is_object()) return;
  if (node->contains("properties")) {
    for (const auto& [name, value] : (*node)["properties"].items()) {
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
  }
  for (const char* combinator : {"anyOf", "oneOf", "allOf"}) {
    if (!node->contains(combinator)) continue;
    for (const Json& branch : (*node)[combinator]) propertyNames(root, &branch, names);
  }
}

yaml::KeyOrder schemaKeyOrder(bool manual) {
  return [manual](const std::vector<std::string>& path) {
    const Json& root = schemaJson(manual);
    const Json* node = &root;
    for (const std::string& key : path) {
      node = step(root, node, key);
      if (!node) return std::vector<std::string>{};
    }
    std::vector<std::string> names;
    propertyNames(root, node, names);
    return names;
  };
}

bool isManualRecord(const Node* root) {
  if (!root || !root->isMapping() || root->get("schema_version")) return false;
  const Node* source = root->get("data_source");
  if (source && source->isString() && source->text() == "manual") return true;
  return root->get("name") && !root->get("title");
}

// The canonical YAML of a page's record, without the line numbers of unplaced lines (blank-line
// changes move them) — what fmt of a page must not change.
Expected<std::string> pageData(std::string_view text, std::string_view file) {
  auto conversion = convertPage(text, file);
  if (!conversion) return conversion.error();
  static const std::regex kLineNumber("\\n( *)(- )?line: [0-9]+\\n");
  return std::regex_replace(emitCanonicalYaml(conversion->document), kLineNumber, "\n$1$2line:\n");
}

constexpr std::string_view kBom = "\xEF\xBB\xBF";

}  // namespace

Expected<std::string> formatPage(std::string_view text, std::string_view file) {
  std::string_view body = text;
  const bool bom = body.starts_with(kBom);
  if (bom) body.remove_prefix(kBom.size());
  const std::size_t firstBreak = body.find('\n');
  const bool crlf =
      firstBreak != std::string_view::npos && firstBreak > 0 && body[firstBreak - 1] == '\r';
  std::vector<std::string> lines;
  for (std::size_t start = 0; start <= body.size();) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    std::string line(body.substr(start, end - start));
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
      line.pop_back();
    // "•x", "• x", "- • x", "* •x": the site's list item, written as the extraction writes it.
    const std::string glyph(layout::kBulletGlyph);
    std::string_view rest = line;
    if (rest.starts_with("- ") || rest.starts_with("* ")) {
      std::string_view after = rest.substr(2);
      if (after.starts_with(glyph)) rest = after;
    }
    if (rest.starts_with(glyph)) {
      rest.remove_prefix(glyph.size());
      while (rest.starts_with(' ')) rest.remove_prefix(1);
      if (!rest.empty()) line = std::string(layout::kItemPrefix) + glyph + std::string(rest);
    }
    const bool blank = line.empty();
    if (!(blank && (lines.empty() || lines.back().empty()))) lines.push_back(std::move(line));
    if (end == body.size()) break;
    start = end + 1;
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  std::string out = bom ? std::string(kBom) : std::string();
  const std::string_view newline = crlf ? "\r\n" : "\n";
  for (const std::string& line : lines) {
    out += line;
    out += newline;
  }
  if (out == text) return out;
  // Safe only if the page still says the same: the converter reads the same record from both.
  auto before = pageData(text, file);
  if (!before) return before.error();
  auto after = pageData(out, file);
  if (!after || *after != *before) {
    return Error{std::string(file),
                 {},
                 "normalising the page would change what it says (the converter reads a "
                 "different record); the page is left as it is"};
  }
  return out;
}

Expected<std::string> formatText(std::string_view path, std::string_view text) {
  if (path.ends_with(".txt")) return formatPage(text, path);
  std::string_view body = text;
  if (body.starts_with(kBom)) body.remove_prefix(kBom.size());
  auto document = loadYaml(body);
  if (!document) {
    Error error = document.error();
    error.file = std::string(path);
    return error;
  }
  auto formatted = yaml::formatYaml(text, schemaKeyOrder(isManualRecord(document->root())));
  if (!formatted) {
    Error error = formatted.error();
    error.file = std::string(path);
    return error;
  }
  return formatted;
}

}  // namespace careerlint
