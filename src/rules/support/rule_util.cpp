#include "rules/support/rule_util.h"

#include <algorithm>
#include <tuple>

#include "careerlint/scalar_source.h"
#include "util/ascii.h"
#include "util/utf8.h"

namespace careerlint::rules {

namespace {

void walk(const Node* node, std::string& pointer,
          const std::function<void(const Node&, const std::string&)>& visit,
          std::initializer_list<std::string_view> skip, bool top) {
  if (!node) return;
  if (node->isString()) {
    visit(*node, pointer);
    return;
  }
  const std::size_t length = pointer.size();
  if (node->isMapping()) {
    for (const Node::Member& member : node->members()) {
      if (top && std::find(skip.begin(), skip.end(), member.key->text()) != skip.end()) continue;
      appendPointerToken(pointer, member.key->text());
      walk(member.value, pointer, visit, skip, false);
      pointer.resize(length);
    }
  } else if (node->isSequence()) {
    std::size_t index = 0;
    for (const Node* item : node->items()) {
      pointer += "/" + std::to_string(index++);
      walk(item, pointer, visit, skip, false);
      pointer.resize(length);
    }
  }
}

}  // namespace

void forEachString(const Node* node,
                   const std::function<void(const Node&, const std::string&)>& visit,
                   std::initializer_list<std::string_view> skip) {
  std::string pointer;
  walk(node, pointer, visit, skip, true);
}

void forEachProse(const Node* root,
                  const std::function<void(const Node&, const std::string&)>& visit) {
  if (!root || !root->isMapping()) return;
  if (const Node* description = root->get("description"); description && description->isString()) {
    visit(*description, "/description");
  }
  if (const Node* tasks = root->get("tasks"); tasks && tasks->isSequence()) {
    for (std::size_t i = 0; i < tasks->size(); ++i) {
      if (tasks->at(i)->isString()) visit(*tasks->at(i), "/tasks/" + std::to_string(i));
    }
  }
  if (const Node* inside = root->get("inside_look"); inside && inside->isMapping()) {
    if (const Node* content = inside->get("content")) {
      if (content->isString()) visit(*content, "/inside_look/content");
      for (std::size_t i = 0; i < content->size() && content->isSequence(); ++i) {
        if (content->at(i)->isString())
          visit(*content->at(i), "/inside_look/content/" + std::to_string(i));
      }
    }
  }
  if (const Node* ai = root->get("ai_assessment"); ai && ai->isMapping()) {
    if (const Node* rationale = ai->get("classificationRationale");
        rationale && rationale->isString()) {
      visit(*rationale, "/ai_assessment/classificationRationale");
    }
  }
}

bool isVerbatim(const SourceFile& file, const Node& node) {
  const Span& span = node.span();
  if (span.begin.line == 0 || span.end.offset < span.begin.offset) return false;
  const std::size_t length = span.end.offset - span.begin.offset;
  if (length != node.text().size() || span.end.offset > file.text.size()) return false;
  return std::string_view(file.text).substr(span.begin.offset, length) == node.text();
}

namespace {

// Where a quoted, multi-line or block YAML scalar's bytes came from (nullopt for pages, whose
// values the converter builds, and for what the map cannot follow).
std::optional<ScalarSourceMap> sourceMap(const SourceFile& file, const Node& node) {
  if (file.kind != SourceFile::Kind::Yaml) return std::nullopt;
  return ScalarSourceMap::build(file.text, node);
}

}  // namespace

Span spanWithin(const SourceFile& file, const Node& node, std::string_view part) {
  const std::string_view text = node.text();
  const auto before = static_cast<std::size_t>(part.data() - text.data());
  if (!isVerbatim(file, node)) {
    // Through escapes, '' and folding to the exact place of the text in the file.
    if (auto map = sourceMap(file, node); map && !part.empty() && before < text.size())
      return map->spanOf(before, before + part.size());
    return node.span();
  }
  Span span;
  span.begin = node.span().begin;
  span.begin.column += static_cast<std::uint32_t>(utf8::codePointCount(text.substr(0, before)));
  span.begin.offset += static_cast<std::uint32_t>(before);
  span.end = span.begin;
  span.end.column += static_cast<std::uint32_t>(utf8::codePointCount(part));
  span.end.offset += static_cast<std::uint32_t>(part.size());
  return span;
}

namespace {

// The edit replacing `part`, or the reason there is none.
std::optional<TextEdit> edit(const SourceFile& file, const Node& node, std::string_view part,
                             std::string_view replacement, std::string& why) {
  if (isVerbatim(file, node)) {
    const Span span = spanWithin(file, node, part);
    return TextEdit{span.begin.offset, span.end.offset, std::string(replacement)};
  }
  auto map = sourceMap(file, node);
  if (!map) {
    why = "the value cannot be mapped back to the file exactly";
    return std::nullopt;
  }
  const std::string_view text = node.text();
  const auto from = static_cast<std::size_t>(part.data() - text.data());
  const std::size_t to = from + part.size();
  // The source bytes to replace: the part's own when it is there one for one; for an insertion,
  // the place after the byte before it (or before the byte after it).
  std::size_t begin = 0;
  std::size_t end = 0;
  why = "the text runs across a line break or an escape in the file";
  if (from < to) {
    if (!map->verbatim(from, to)) return std::nullopt;
    std::tie(begin, end) = map->sourceRange(from, to);
  } else if (from > 0 && map->verbatim(from - 1, from)) {
    begin = end = map->sourceRange(from - 1, from).second;
  } else if (from < text.size() && map->verbatim(from, from + 1)) {
    begin = end = map->sourceRange(from, from + 1).first;
  } else {
    return std::nullopt;
  }
  // In a block scalar, the start of a source line is indentation, not text.
  const bool block = map->style() == ScalarStyle::Literal || map->style() == ScalarStyle::Folded;
  if (block && begin > 0 && (file.text[begin - 1] == '\n' || file.text[begin - 1] == '\r')) {
    why = "the edit would reach into the block's indentation";
    return std::nullopt;
  }
  auto encoded = encodeForScalar(replacement, map->style(), &why);
  if (!encoded) return std::nullopt;
  why.clear();
  return TextEdit{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
                  std::move(*encoded)};
}

}  // namespace

std::optional<TextEdit> editWithin(const SourceFile& file, const Node& node, std::string_view part,
                                   std::string replacement) {
  std::string why;
  return edit(file, node, part, replacement, why);
}

std::string editRefusal(const SourceFile& file, const Node& node, std::string_view part,
                        std::string_view replacement) {
  std::string why;
  if (edit(file, node, part, replacement, why)) return "";
  return why;
}

std::string dottedPath(std::string_view pointer) {
  std::string out;
  std::size_t start = 1;
  while (start <= pointer.size() && !pointer.empty()) {
    std::size_t end = pointer.find('/', start);
    if (end == std::string_view::npos) end = pointer.size();
    const std::string_view token = pointer.substr(start, end - start);
    const bool index = ascii::isAllDigits(token);
    if (index) {
      out += "[" + std::string(token) + "]";
    } else {
      if (!out.empty()) out += ".";
      out += token;
    }
    start = end + 1;
  }
  return out;
}

}  // namespace careerlint::rules
