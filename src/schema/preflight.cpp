#include "schema/preflight.h"

#include <map>
#include <optional>
#include <set>
#include <system_error>
#include <utility>
#include <vector>

#include "util/ascii.h"
#include "util/files.h"
#include "util/json_pointer.h"
#include "util/regex.h"
#include "util/strings.h"

namespace careerlint::schema {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Values that are data, not schemas: a "$ref" inside them is just a key.
bool isDataKeyword(std::string_view key) {
  return key == "enum" || key == "const" || key == "default" || key == "examples";
}

// Calls `visit(object, pointer)` for every object holding a string "$ref", depth first.
template <typename Json, typename Visit>
void forEachReference(Json& node, std::string& pointer, const Visit& visit) {
  if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) {
      const std::size_t mark = pointer.size();
      pointer += "/" + std::to_string(i);
      forEachReference(node[i], pointer, visit);
      pointer.resize(mark);
    }
    return;
  }
  if (!node.is_object()) return;
  if (auto ref = node.find("$ref"); ref != node.end() && ref->is_string()) visit(node, pointer);
  for (auto& [key, value] : node.items()) {
    if (isDataKeyword(key)) continue;
    const std::size_t mark = pointer.size();
    json_pointer::appendToken(pointer, key);
    forEachReference(value, pointer, visit);
    pointer.resize(mark);
  }
}

// A definitions key as a token of a $ref's fragment (which is percent-decoded when resolved).
std::string refToken(std::string_view key) {
  std::string out;
  for (char c : json_pointer::escapeToken(key)) {
    if (c == '%') {
      out += "%25";
    } else {
      out += c;
    }
  }
  return out;
}

std::string at(const std::string& pointer) {
  return pointer.empty() ? "at the top level" : "at " + pointer;
}

// "scheme:" as in RFC 3986 (two letters at least, so that a Windows drive is not one).
bool isUrl(std::string_view ref) {
  std::size_t i = 0;
  while (i < ref.size() &&
         (ascii::isAlpha(ref[i]) ||
          (i > 0 && (ascii::isDigit(ref[i]) || ref[i] == '+' || ref[i] == '-' || ref[i] == '.')))) {
    ++i;
  }
  return i >= 2 && i < ref.size() && ref[i] == ':';
}

bool isInside(const fs::path& file, const fs::path& directory) {
  const fs::path relative = file.lexically_relative(directory);
  return !relative.empty() && *relative.begin() != ".." && relative != ".";
}

// The JSON pointer of a URI fragment ("/definitions/a%20b" -> "/definitions/a b").
std::optional<std::string> fragmentPointer(std::string_view fragment) {
  if (!fragment.empty() && fragment[0] != '/') return std::nullopt;
  std::string out;
  for (std::size_t i = 0; i < fragment.size(); ++i) {
    if (fragment[i] == '%' && i + 2 < fragment.size() && ascii::hexValue(fragment[i + 1]) >= 0 &&
        ascii::hexValue(fragment[i + 2]) >= 0) {
      out += static_cast<char>(ascii::hexValue(fragment[i + 1]) * 16 +
                               ascii::hexValue(fragment[i + 2]));
      i += 2;
    } else {
      out += fragment[i];
    }
  }
  return out;
}

const json* resolvePointer(const json& document, const std::string& pointer) {
  try {
    const json::json_pointer parsed(pointer);
    if (!document.contains(parsed)) return nullptr;
    return &document.at(parsed);
  } catch (const json::exception&) {
    return nullptr;
  }
}

class Bundler {
 public:
  explicit Bundler(const fs::path& schemaFile) : schemaFile_(schemaFile) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(schemaFile, ec).lexically_normal();
    root_ = fs::weakly_canonical(absolute.parent_path(), ec);
    if (ec) root_ = absolute.parent_path();
  }

  std::string run(json& document) {
    std::string pointer;
    rewrite(document, root_, "", pointer);
    if (!problem_.empty() || files_.empty()) return problem_;
    json& definitions = document["definitions"];
    if (definitions.is_null()) definitions = json::object();
    if (!definitions.is_object()) return "the schema's \"definitions\" is not an object";
    for (auto& [key, contents] : files_) definitions[key] = std::move(contents);
    return {};
  }

 private:
  // Rewrites the file references of one document (the schema, or a file it refers to, whose
  // copy will live at #/definitions/<key>).
  void rewrite(json& document, const fs::path& directory, const std::string& key,
               std::string& pointer) {
    forEachReference(document, pointer, [&](json& holder, const std::string& where) {
      if (!problem_.empty()) return;
      const std::string ref = holder["$ref"].get<std::string>();
      const std::size_t hash = ref.find('#');
      const std::string file = ref.substr(0, hash);
      const std::string fragment = hash == std::string::npos ? "" : ref.substr(hash + 1);
      const std::string quoted = "$ref " + strings::quoted(ref) + " (" + at(where) + ")";
      if (file.empty()) {
        if (!key.empty()) holder["$ref"] = "#/definitions/" + refToken(key) + fragment;
        return;
      }
      if (isUrl(file)) {
        problem_ = quoted +
                   " is a URL: careerlint does not fetch schemas; refer to a file inside " +
                   root_.string() + " by a relative path";
        return;
      }
      std::error_code ec;
      const fs::path named = fs::path(file).is_absolute() ? fs::path(file) : directory / file;
      const fs::path lexical = fs::absolute(named, ec).lexically_normal();
      if (!isInside(lexical, root_)) {
        problem_ = quoted + " leaves the schema's directory " + root_.string() +
                   ": careerlint resolves $ref only to files inside it";
        return;
      }
      if (!fs::exists(lexical, ec)) {
        problem_ = quoted + ": there is no file " + lexical.string();
        return;
      }
      const fs::path target = fs::canonical(lexical, ec);
      if (ec || !isInside(target, root_)) {
        problem_ = quoted + " is a symbolic link to " + (ec ? lexical.string() : target.string()) +
                   ", outside the schema's directory " + root_.string() +
                   ": careerlint resolves $ref only to files inside it";
        return;
      }
      if (fs::equivalent(target, schemaFile_, ec)) {
        holder["$ref"] = "#" + fragment;
        return;
      }
      const std::string targetKey = load(target, quoted);
      if (targetKey.empty()) return;
      holder["$ref"] = "#/definitions/" + refToken(targetKey) + fragment;
    });
  }

  // The definitions key of a referenced file, loading it the first time; "" on a problem.
  std::string load(const fs::path& target, const std::string& quoted) {
    if (auto found = keys_.find(target); found != keys_.end()) return found->second;
    if (keys_.size() >= kMaxReferencedFiles) {
      problem_ = quoted + ": the schema refers to more than " +
                 std::to_string(kMaxReferencedFiles) + " files";
      return {};
    }
    const std::string key = "careerlint-file:" + target.lexically_relative(root_).generic_string();
    keys_[target] = key;
    Expected<std::string> text = files::readFile(target.string());
    if (!text) {
      problem_ = quoted + ": " + text.error().message;
      return {};
    }
    json contents = json::parse(*text, nullptr, /*allow_exceptions=*/false);
    if (contents.is_discarded()) {
      problem_ = quoted + ": " + target.string() + " is not valid JSON";
      return {};
    }
    if (std::string deep = checkSchemaDepth(contents); !deep.empty()) {
      problem_ = quoted + ": " + target.string() + ": " + deep;
      return {};
    }
    if (contents.is_object()) {  // its own resolution scope would send its $refs elsewhere
      contents.erase("$id");
      contents.erase("$schema");
    }
    json& stored = files_[key];
    stored = std::move(contents);
    std::string pointer;
    rewrite(stored, target.parent_path(), key, pointer);
    return problem_.empty() ? key : std::string();
  }

  fs::path schemaFile_;
  fs::path root_;
  std::map<fs::path, std::string> keys_;
  std::map<std::string, json> files_;
  std::string problem_;
};

}  // namespace

std::string checkSchemaDepth(const json& document) {
  // Iterative: the point is not to recurse on hostile depth.
  std::vector<std::pair<const json*, std::size_t>> stack = {{&document, 1}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    if (!node->is_structured()) continue;
    if (depth > kMaxSchemaDepth) {
      return "the schema is nested more than " + std::to_string(kMaxSchemaDepth) + " levels deep";
    }
    for (const json& child : *node) stack.emplace_back(&child, depth + 1);
  }
  return {};
}

std::string bundleReferencedFiles(json& document, const fs::path& schemaFile) {
  return Bundler(schemaFile).run(document);
}

std::string checkLocalReferences(const json& document) {
  // Where each $ref is (the pointer of the object holding it) and what it says.
  std::map<std::string, std::string> references;
  std::string problem;
  std::string pointer;
  forEachReference(document, pointer, [&](const json& holder, const std::string& where) {
    if (!problem.empty()) return;
    const std::string ref = holder.at("$ref").template get<std::string>();
    const std::string quoted = "$ref " + strings::quoted(ref) + " (" + at(where) + ")";
    if (!ref.starts_with('#')) {
      problem = quoted +
                " names another file; only a schema read from a file may do that, and "
                "only to files in its own directory tree";
      return;
    }
    const auto target = fragmentPointer(std::string_view(ref).substr(1));
    if (!target) {
      problem = quoted + ": careerlint resolves only JSON pointers (\"#/definitions/name\")";
      return;
    }
    if (!resolvePointer(document, *target)) {
      problem = quoted + " points at nothing in the schema";
      return;
    }
    references[where] = *target;
  });
  if (!problem.empty()) return problem;

  // A chain of objects that are nothing but a $ref never reaches a schema.
  for (const auto& [start, firstTarget] : references) {
    std::vector<std::string> chain = {start};
    std::set<std::string> seen = {start};
    std::string next = firstTarget;
    while (references.count(next)) {
      chain.push_back(next);
      if (!seen.insert(next).second) {
        std::string loop;
        for (const std::string& step : chain) loop += (loop.empty() ? "" : " -> ") + ("#" + step);
        return "$ref loops without reaching a schema: " + loop;
      }
      next = references.at(next);
    }
  }
  return {};
}

std::string checkPatterns(const json& document) {
  std::string problem;
  auto check = [&](const std::string& pattern, const std::string& what) {
    if (!problem.empty()) return;
    if (auto compiled = regex::Regex::compile(pattern); !compiled) {
      problem = what + " " + strings::quoted(pattern) +
                " is not a regular expression careerlint can match (" + compiled.error().message +
                ")";
    }
  };
  std::vector<std::pair<const json*, std::string>> stack = {{&document, ""}};
  while (!stack.empty() && problem.empty()) {
    auto [node, pointer] = stack.back();
    stack.pop_back();
    if (node->is_array()) {
      for (std::size_t i = 0; i < node->size(); ++i)
        stack.emplace_back(&(*node)[i], pointer + "/" + std::to_string(i));
      continue;
    }
    if (!node->is_object()) continue;
    for (const auto& [key, value] : node->items()) {
      if (isDataKeyword(key)) continue;
      const std::string child = pointer + "/" + json_pointer::escapeToken(key);
      if (key == "pattern" && value.is_string())
        check(value.get<std::string>(), "the pattern (" + at(child) + ")");
      if (key == "patternProperties" && value.is_object()) {
        for (const auto& [name, ignored] : value.items())
          check(name, "the patternProperties key (" + at(child) + ")");
      }
      stack.emplace_back(&value, child);
    }
  }
  return problem;
}

}  // namespace careerlint::schema
