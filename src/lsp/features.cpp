// The server's requests beyond the life cycle: code actions, hover, completion, document
// symbols, and the related places of a diagnostic.
#include <algorithm>
#include <optional>
#include <regex>
#include <set>

#include "careerlint/author.h"
#include "careerlint/convert.h"
#include "careerlint/schema.h"
#include "careerlint/yaml_loader.h"
#include "catalog/catalog.h"
#include "convert/page_parser.h"
#include "lsp/schema_info.h"
#include "lsp/server.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace careerlint::lsp {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr int kCompletionProperty = 10;
constexpr int kCompletionValue = 12;
constexpr int kCompletionEnumMember = 20;

LspPosition positionOf(const json& where) {
  return LspPosition{where.at("line").get<std::uint32_t>(),
                     where.at("character").get<std::uint32_t>()};
}

bool isPage(const fs::path& path) { return path.extension() == ".txt"; }

// careerlint's 1-based line and code-point column of a byte offset.
Position careerlintPosition(const TextDocument& text, std::size_t offset) {
  const LspPosition where = text.positionAt(offset, PositionEncoding::Utf8);
  const std::string_view line = text.line(where.line);
  return Position{where.line + 1,
                  static_cast<std::uint32_t>(utf8::codePointCount(
                      line.substr(0, std::min<std::size_t>(where.character, line.size())))) +
                      1,
                  static_cast<std::uint32_t>(offset)};
}

bool before(const Position& a, const Position& b) {
  return a.line < b.line || (a.line == b.line && a.column < b.column);
}

bool contains(const Span& span, const Position& where) {
  if (span.begin.line == 0) return false;
  const Position end = span.end.line == 0 ? span.begin : span.end;
  return !before(where, span.begin) && !before(end, where);
}

// The JSON pointer tokens of the mapping key under `where`, searching below `node`.
bool keyAt(const Node* node, const Position& where, std::vector<std::string>& tokens) {
  if (!node) return false;
  if (node->isMapping()) {
    for (const Node::Member& member : node->members()) {
      tokens.emplace_back(member.key->text());
      if (contains(member.key->span(), where)) return true;
      if (keyAt(member.value, where, tokens)) return true;
      tokens.pop_back();
    }
  } else if (node->isSequence()) {
    for (std::size_t i = 0; i < node->size(); ++i) {
      tokens.push_back(std::to_string(i));
      if (keyAt(node->at(i), where, tokens)) return true;
      tokens.pop_back();
    }
  }
  return false;
}

// The schema a record is checked against: the configured one is not known here, so the
// built-in one the engine would choose.
const json* schemaFor(const std::string& text) {
  auto loaded = loadYaml(text);
  if (loaded) return builtinSchemaJson(chooseBuiltinSchema(*loaded).name());
  // Mid-edit the record may not parse; the career model is the default, as in the engine.
  const bool manual = text.find("data_source: manual") != std::string::npos;
  return builtinSchemaJson(manual ? Schema::manualCareer().name() : Schema::career().name());
}

std::size_t indentOf(std::string_view line) {
  return line.find_first_not_of(' ') == std::string_view::npos ? line.size()
                                                               : line.find_first_not_of(' ');
}

// "key:" with nothing after the colon but spaces or a comment: the key, else empty.
std::string openingKey(std::string_view content) {
  const std::size_t colon = content.find(':');
  if (colon == std::string_view::npos || colon == 0) return {};
  const std::string_view rest = strings::trim(content.substr(colon + 1));
  if (!rest.empty() && rest.front() != '#') return {};
  std::string_view key = strings::trim(content.substr(0, colon));
  if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front())
    key = key.substr(1, key.size() - 2);
  return std::string(key);
}

// The pointer tokens of the mapping or list that holds content at column `indent` of line
// `lineIndex`, read from the lines above (the record may not parse while it is being typed).
std::vector<std::string> containerTokens(const TextDocument& text, std::size_t lineIndex,
                                         std::size_t indent) {
  std::vector<std::string> reversed;
  bool compactList = false;  // inside a list item: its key may sit at the item's own column
  for (std::size_t j = lineIndex; j-- > 0;) {
    const std::string_view line = text.line(j);
    const std::size_t lineIndent = indentOf(line);
    const std::string_view content = line.substr(lineIndent);
    if (content.empty() || content.front() == '#' || content.starts_with("---")) continue;
    const bool item = content == "-" || content.starts_with("- ");
    if (lineIndent < indent || (compactList && lineIndent == indent && !item)) {
      if (item) {
        // Content deeper than the item's own key belongs to that key's value.
        const std::string key =
            openingKey(content.substr(std::min<std::size_t>(2, content.size())));
        if (!key.empty() && indent > lineIndent + 2) {
          reversed.push_back(key);
          reversed.push_back("0");
        } else {
          reversed.push_back("0");
        }
        indent = lineIndent;
        compactList = true;
        continue;
      }
      const std::string key = openingKey(content);
      if (key.empty()) {
        if (lineIndent < indent) break;  // not a key that opens a block: give up here
        continue;
      }
      reversed.push_back(key);
      indent = lineIndent;
      compactList = false;
      if (indent == 0) break;
    }
  }
  return std::vector<std::string>(reversed.rbegin(), reversed.rend());
}

std::string yamlScalar(const json& value) {
  if (value.is_null()) return "null";
  if (!value.is_string()) return value.dump();
  const std::string text = value.get<std::string>();
  const bool plain =
      !text.empty() && text.find(": ") == std::string::npos &&
      text.find(" #") == std::string::npos &&
      std::string_view("-?:,[]{}#&*!|>'\"%@`").find(text.front()) == std::string_view::npos &&
      text.back() != ':' && text != "null" && text != "true" && text != "false";
  return plain ? text : json(text).dump();
}

std::string describeFacts(const std::string& name, const SchemaFacts& facts) {
  std::string out = "**" + name + "**";
  if (!facts.description.empty()) out += "\n\n" + facts.description;
  if (!facts.types.empty()) {
    out += "\n\nType: ";
    for (std::size_t i = 0; i < facts.types.size(); ++i)
      out += (i ? ", `" : "`") + facts.types[i] + "`";
  }
  if (!facts.values.empty()) {
    out += "\n\nAllowed values: ";
    for (std::size_t i = 0; i < facts.values.size(); ++i)
      out += (i ? ", `" : "`") + facts.values[i].dump() + "`";
  }
  return out;
}

// Whether 1-based `line` is a continuation line of a scalar that starts on an earlier line.
bool insideMultiLineScalar(const Node* node, std::uint32_t line) {
  if (!node) return false;
  if (node->isScalar()) {
    const Span& span = node->span();
    return span.begin.line != 0 && span.begin.line < line &&
           (line < span.end.line || (line == span.end.line && span.end.column > 1));
  }
  if (node->isMapping()) {
    for (const Node::Member& member : node->members()) {
      if (insideMultiLineScalar(member.value, line)) return true;
    }
    return false;
  }
  for (const Node* item : node->items()) {
    if (insideMultiLineScalar(item, line)) return true;
  }
  return false;
}

int symbolKind(const Node* value) {
  if (!value) return 13;  // Variable
  switch (value->kind()) {
    case NodeKind::Mapping:
      return 19;  // Object
    case NodeKind::Sequence:
      return 18;  // Array
    case NodeKind::String:
      return 15;  // String
    case NodeKind::Integer:
    case NodeKind::Float:
      return 16;  // Number
    case NodeKind::Boolean:
      return 17;  // Boolean
    case NodeKind::Null:
      break;
  }
  return 21;  // Null
}

}  // namespace

json Server::relatedInformation(const Document& document, const Finding& finding) const {
  json related = json::array();
  if (finding.ruleId == "repeated-line" || finding.ruleId == "duplicate-heading") {
    static const std::regex firstLine(R"((?:\(|first at |, )line ([0-9]+)\))");
    std::smatch match;
    if (std::regex_search(finding.message, match, firstLine)) {
      const auto line = static_cast<std::uint32_t>(std::stoul(match[1].str()));
      const std::string_view text = document.text.line(line - 1);
      related.push_back(
          {{"location",
            {{"uri", document.uri},
             {"range",
              range(document,
                    Span{{line, 1, 0},
                         {line, static_cast<std::uint32_t>(utf8::codePointCount(text)) + 1, 0}})}}},
           {"message", "first here"}});
    }
  }
  if (finding.messageId == "duplicateSlug" || finding.messageId == "duplicateTitle") {
    static const std::regex other(R"(is also the (?:slug|title) of (.+?)(?:: two pages| \(slug ))");
    std::smatch match;
    if (std::regex_search(finding.message, match, other)) {
      const fs::path path = fs::absolute(match[1].str()).lexically_normal();
      related.push_back({{"location",
                          {{"uri", uriOfPath(path)},
                           {"range",
                            {{"start", {{"line", 0}, {"character", 0}}},
                             {"end", {{"line", 0}, {"character", 0}}}}}}},
                         {"message", "the other page"}});
    }
  }
  return related;
}

json Server::codeAction(const json& params) {
  Document& document = current(params.at("textDocument"));
  const LspPosition from = positionOf(params.at("range").at("start"));
  const LspPosition to = positionOf(params.at("range").at("end"));
  std::vector<std::string> only;
  if (auto context = params.find("context"); context != params.end() && context->contains("only"))
    only = context->at("only").get<std::vector<std::string>>();
  auto wanted = [&](std::string_view kind) {
    if (only.empty()) return true;
    return std::any_of(only.begin(), only.end(), [&](const std::string& prefix) {
      return kind == prefix || kind.starts_with(prefix + ".");
    });
  };
  auto textEdits = [&](const std::vector<TextEdit>& edits) {
    json list = json::array();
    for (const TextEdit& edit : edits) {
      list.push_back({{"range", rangeOfBytes(document, edit.beginOffset, edit.endOffset)},
                      {"newText", edit.replacement}});
    }
    return list;
  };
  auto workspaceEdit = [&](json edits) {
    return json{{"changes", {{document.uri, std::move(edits)}}}};
  };

  json actions = json::array();
  std::optional<careerlint::Document> tree;                  // a record's, to place directives
  std::set<std::pair<std::string, std::uint32_t>> disabled;  // (rule, line) offered already
  for (const Finding& finding : document.findings) {
    const json where = range(document, finding.span);
    const auto first = where["start"]["line"].get<std::uint32_t>();
    const auto last = where["end"]["line"].get<std::uint32_t>();
    if (last < from.line || first > to.line) continue;
    if (finding.fix && !finding.fix->edits.empty() && wanted("quickfix")) {
      actions.push_back({{"title", finding.fix->description.empty() ? "Fix: " + finding.message
                                                                    : finding.fix->description},
                         {"kind", "quickfix"},
                         {"diagnostics", json::array({diagnostic(document, finding)})},
                         {"isPreferred", true},
                         {"edit", workspaceEdit(textEdits(finding.fix->edits))}});
    }
    if (finding.ruleId == "careerlint" || !wanted("quickfix") ||
        !disabled.emplace(finding.ruleId, first).second) {
      continue;
    }
    // The directive goes on the line above, indented like the line in a record. Inside a
    // scalar that spans lines (a `|` block, a long quoted text) a comment line would become
    // part of the text or end it: there the rule is disabled for the file, at its top.
    if (!isPage(document.path) && !tree) {
      auto loaded = loadYaml(document.text.text());
      tree = loaded ? std::move(*loaded) : careerlint::Document();
    }
    const bool withinText = tree && insideMultiLineScalar(tree->root(), first + 1);
    const std::uint32_t target = withinText ? 0 : first;
    const std::string_view line = document.text.line(target);
    const std::string indent =
        isPage(document.path) || withinText ? "" : std::string(indentOf(line), ' ');
    const std::size_t lineStart = document.text.offsetAt({target, 0}, encoding_);
    const bool crlf = lineStart + line.size() < document.text.text().size() &&
                      document.text.text()[lineStart + line.size()] == '\r';
    const std::string directive =
        indent + (withinText ? "# careerlint-disable-file " : "# careerlint-disable-next-line ") +
        finding.ruleId + (crlf ? "\r\n" : "\n");
    actions.push_back({{"title", "Disable " + finding.ruleId +
                                     (withinText ? " for this file" : " for this line")},
                       {"kind", "quickfix"},
                       {"diagnostics", json::array({diagnostic(document, finding)})},
                       {"edit", workspaceEdit(json::array(
                                    {{{"range", rangeOfBytes(document, lineStart, lineStart)},
                                      {"newText", directive}}}))}});
  }

  // Every fix that does not overlap an earlier one, as the engine's --fix applies them.
  std::vector<TextEdit> all;
  for (const Finding& finding : document.findings) {
    if (!finding.fix) continue;
    bool overlaps = false;
    for (const TextEdit& edit : finding.fix->edits) {
      overlaps = overlaps || edit.beginOffset > edit.endOffset ||
                 edit.endOffset > document.text.text().size();
      for (const TextEdit& taken : all) {
        overlaps = overlaps ||
                   (edit.beginOffset < taken.endOffset && taken.beginOffset < edit.endOffset) ||
                   edit.beginOffset == taken.beginOffset;
      }
    }
    if (!overlaps) all.insert(all.end(), finding.fix->edits.begin(), finding.fix->edits.end());
  }
  if (!all.empty() && wanted("source.fixAll")) {
    std::sort(all.begin(), all.end(),
              [](const TextEdit& a, const TextEdit& b) { return a.beginOffset < b.beginOffset; });
    actions.push_back({{"title", "Fix all auto-fixable careerlint problems in this file"},
                       {"kind", "source.fixAll"},
                       {"edit", workspaceEdit(textEdits(all))}});
  }
  return actions;
}

json Server::hover(const json& params) {
  Document& document = current(params.at("textDocument"));
  const LspPosition at = positionOf(params.at("position"));
  const std::size_t offset = document.text.offsetAt(at, encoding_);
  const Position where = careerlintPosition(document.text, offset);

  // On a diagnostic: the rule's documentation. A finding about a whole block (a mapping that
  // lacks a key) answers on its first line only, so the keys inside keep their own hover.
  std::string markdown;
  json hoverRange;
  std::set<std::string> shown;
  for (const Finding& finding : document.findings) {
    Span span = finding.span;
    if (span.end.line == 0 || span.end == span.begin) {
      span.end = span.begin;
      span.end.column = span.begin.column + 1;
    }
    if (!contains(span, where) || (span.begin.line != where.line && span.end.line != where.line))
      continue;
    if (!shown.insert(finding.ruleId).second) continue;
    const std::string_view doc = catalog::ruleDoc(finding.ruleId);
    if (!markdown.empty()) markdown += "\n\n---\n\n";
    markdown += doc.empty() ? "**" + finding.ruleId + "**: " + finding.message : std::string(doc);
    if (hoverRange.is_null()) hoverRange = range(document, finding.span);
  }

  // On a record's key: what the schema says about it (before any rule's page).
  if (!isPage(document.path)) {
    auto loaded = loadYaml(document.text.text());
    std::vector<std::string> tokens;
    if (loaded && keyAt(loaded->root(), where, tokens)) {
      if (const json* schema = builtinSchemaJson(chooseBuiltinSchema(*loaded).name())) {
        const SchemaFacts facts = SchemaNavigator(*schema).factsAt(tokens);
        if (!facts.description.empty() || !facts.types.empty() || !facts.values.empty()) {
          markdown = describeFacts(tokens.back(), facts) +
                     (markdown.empty() ? "" : "\n\n---\n\n" + markdown);
          hoverRange = nullptr;
        }
      }
    }
  }
  if (markdown.empty()) return nullptr;
  json result{{"contents", {{"kind", "markdown"}, {"value", markdown}}}};
  if (!hoverRange.is_null()) result["range"] = hoverRange;
  return result;
}

json Server::completion(const json& params) {
  Document* document = find(params.at("textDocument"));
  if (!document || document->path.empty() || isPage(document->path)) return json::array();
  const LspPosition at = positionOf(params.at("position"));
  const std::string_view line = document->text.line(at.line);
  const std::size_t lineStart = document->text.offsetAt({at.line, 0}, encoding_);
  const std::size_t cursor =
      std::min(document->text.offsetAt(at, encoding_) - lineStart, line.size());
  const std::string_view typed = line.substr(0, cursor);

  std::size_t indent = indentOf(typed);
  std::string_view content = typed.substr(std::min(indent, typed.size()));
  bool item = false;
  if (content.starts_with("- ") || content == "-") {
    item = true;
    content = content.substr(std::min<std::size_t>(2, content.size()));
    indent += 2;
  }
  const json* schema = schemaFor(document->text.text());
  if (!schema) return json::array();
  const SchemaNavigator navigator(*schema);
  std::vector<std::string> tokens = containerTokens(document->text, at.line, indent);
  if (item) tokens.push_back("0");

  json items = json::array();
  auto addValues = [&](const SchemaFacts& facts) {
    for (const json& value : facts.values) {
      items.push_back({{"label", yamlScalar(value)},
                       {"kind", kCompletionEnumMember},
                       {"insertText", yamlScalar(value)}});
    }
    if (facts.values.empty() &&
        std::find(facts.types.begin(), facts.types.end(), "boolean") != facts.types.end()) {
      for (const char* value : {"true", "false"})
        items.push_back({{"label", value}, {"kind", kCompletionValue}});
    }
  };
  if (const std::size_t colon = content.find(':'); colon != std::string_view::npos) {
    // After "key:": the values the schema allows there.
    tokens.emplace_back(strings::trim(content.substr(0, colon)));
    addValues(navigator.factsAt(tokens));
    return items;
  }
  const SchemaFacts here = navigator.factsAt(tokens);
  if (item && !here.values.empty()) {
    addValues(here);  // an item of a list of allowed values
    return items;
  }
  // Keys the mapping may have that it does not have yet.
  std::set<std::string> present;
  for (std::size_t j = 0; j < document->text.lineCount(); ++j) {
    if (j == at.line) continue;
    const std::string_view other = document->text.line(j);
    if (indentOf(other) != indent || item) continue;
    if (containerTokens(document->text, j, indent) != tokens) continue;
    const std::string_view otherContent = other.substr(indentOf(other));
    if (const std::size_t colon = otherContent.find(':'); colon != std::string_view::npos)
      present.emplace(strings::trim(otherContent.substr(0, colon)));
  }
  for (const std::string& key : here.properties) {
    if (present.count(key)) continue;
    items.push_back({{"label", key}, {"kind", kCompletionProperty}, {"insertText", key + ": "}});
  }
  return items;
}

json Server::documentSymbol(const json& params) {
  Document& document = current(params.at("textDocument"));
  json symbols = json::array();
  if (isPage(document.path)) {
    // The title line, then each section heading of the page layout down to the next one.
    std::vector<std::pair<std::string, std::uint32_t>> headings;
    for (std::uint32_t line = 0; line < document.text.lineCount(); ++line) {
      const std::string_view text = strings::trim(document.text.line(line));
      if (headings.empty() && !text.empty()) {
        headings.emplace_back(std::string(text), line);
      } else if (const convert::SectionInfo* section = convert::matchHeading(text)) {
        // The layout repeats some headings as a subtitle on the next line.
        if (headings.back().first == section->title && headings.back().second + 1 == line) continue;
        headings.emplace_back(std::string(section->title), line);
      }
    }
    for (std::size_t i = 0; i < headings.size(); ++i) {
      std::uint32_t last = i + 1 < headings.size()
                               ? headings[i + 1].second - 1
                               : static_cast<std::uint32_t>(document.text.lineCount() - 1);
      while (last > headings[i].second && strings::trim(document.text.line(last)).empty()) --last;
      auto endOf = [&](std::uint32_t line) {
        return static_cast<std::uint32_t>(utf8::codePointCount(document.text.line(line))) + 1;
      };
      const std::uint32_t first = headings[i].second + 1;
      symbols.push_back(
          {{"name", headings[i].first},
           {"kind", 15},  // String, as markdown servers show headings
           {"range", range(document, Span{{first, 1, 0}, {last + 1, endOf(last), 0}})},
           {"selectionRange",
            range(document, Span{{first, 1, 0}, {first, endOf(headings[i].second), 0}})}});
    }
    return symbols;
  }
  auto loaded = loadYaml(document.text.text());
  if (!loaded || !loaded->root() || !loaded->root()->isMapping()) return symbols;
  for (const Node::Member& member : loaded->root()->members()) {
    Span whole = member.key->span();
    const Span& value = member.value->span();
    if (whole.begin.line == 0) continue;
    if (value.end.line != 0 && before(whole.end, value.end)) whole.end = value.end;
    symbols.push_back({{"name", std::string(member.key->text())},
                       {"kind", symbolKind(member.value)},
                       {"range", range(document, whole)},
                       {"selectionRange", range(document, member.key->span())}});
  }
  return symbols;
}

// `careerlint fmt` on the buffer: one edit replacing the whole text, none when it is already in
// its canonical layout. A text fmt refuses (its data could change) is left alone, and the editor
// is told why.
json Server::formatting(const json& params) {
  Document& document = current(params.at("textDocument"));
  const std::string& text = document.text.text();
  Expected<std::string> formatted =
      formatText(document.path.empty() ? document.uri : document.path.string(), text);
  if (!formatted) {
    send_(json{
        {"jsonrpc", "2.0"},
        {"method", "window/showMessage"},
        {"params",
         {{"type", 2}, {"message", "careerlint: not formatted: " + formatted.error().message}}}});
    return nullptr;
  }
  if (*formatted == text) return json::array();
  return json::array(
      {{{"range", rangeOfBytes(document, 0, text.size())}, {"newText", *formatted}}});
}

}  // namespace careerlint::lsp
