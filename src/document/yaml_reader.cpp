#include "document/yaml_reader.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <string>
#include <utility>

#include "util/ascii.h"
#include "util/utf8.h"

namespace careerlint::yaml {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool isContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }

// Messages are built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) on
// `"literal" + std::string`.
template <typename... Parts>
std::string concat(const Parts&... parts) {
  std::string out;
  (out.append(std::string_view(parts)), ...);
  return out;
}

std::string formatByte(unsigned char c) {
  constexpr char kHex[] = "0123456789ABCDEF";
  return std::string("0x") + kHex[c >> 4] + kHex[c & 0xF];
}

// UTF-16 or UTF-32 by byte order mark or by the NUL pattern of YAML 1.2 §5.2.
std::optional<std::string_view> wideEncoding(std::string_view text) {
  const auto byte = [&](std::size_t i) {
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0x100;
  };
  if (text.size() >= 4) {
    if (byte(0) == 0 && byte(1) == 0 && byte(2) == 0xFE && byte(3) == 0xFF) return "UTF-32";
    if (byte(0) == 0xFF && byte(1) == 0xFE && byte(2) == 0 && byte(3) == 0) return "UTF-32";
    if (byte(0) == 0 && byte(1) == 0 && byte(2) == 0 && byte(3) != 0) return "UTF-32";
    if (byte(0) != 0 && byte(1) == 0 && byte(2) == 0 && byte(3) == 0) return "UTF-32";
  }
  if (text.size() >= 2) {
    if ((byte(0) == 0xFE && byte(1) == 0xFF) || (byte(0) == 0xFF && byte(1) == 0xFE)) {
      return "UTF-16";
    }
    if ((byte(0) == 0 && byte(1) != 0) || (byte(0) != 0 && byte(1) == 0)) return "UTF-16";
  }
  return std::nullopt;
}

Error errorAt(std::string_view text, std::size_t offset, std::string message) {
  return Error{"", positionAt(text, offset), std::move(message)};
}

// Keys in messages: short, on one line.
std::string quoteKey(std::string_view key) {
  std::string out = "\"";
  std::size_t codePoints = 0;
  for (std::size_t i = 0; i < key.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(key[i]);
    if (!isContinuationByte(c) && ++codePoints > 60) {
      out += "…";
      break;
    }
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else {
      out += key[i];
    }
  }
  out += '"';
  return out;
}

std::string displayTag(std::string_view tag) {
  constexpr std::string_view kCore = "tag:yaml.org,2002:";
  if (tag.starts_with(kCore)) return concat("!!", tag.substr(kCore.size()));
  return std::string(tag);
}

}  // namespace

Position advance(std::string_view text, Position from, std::size_t offset) {
  offset = std::min(offset, text.size());
  Position at = from;
  std::size_t i = from.offset;
  if (i == 0 && text.starts_with(kUtf8Bom) && offset >= kUtf8Bom.size()) i = kUtf8Bom.size();
  for (; i < offset; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++at.line;
      at.column = 1;
    } else if (c != '\r' && !isContinuationByte(c)) {
      ++at.column;
    }
  }
  at.offset = static_cast<std::uint32_t>(offset);
  return at;
}

Position positionAt(std::string_view text, std::size_t offset) {
  return advance(text, Position{1, 1, 0}, offset);
}

std::size_t offsetAt(std::string_view text, std::uint32_t line, std::uint32_t column) {
  std::size_t i = text.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
  for (std::uint32_t current = 1; current < line && i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++current;
  }
  for (std::uint32_t current = 1; current < column && i < text.size(); ++current) {
    if (text[i] == '\n' || text[i] == '\r') break;
    i += std::max<std::size_t>(1, utf8::sequenceLength(static_cast<unsigned char>(text[i])));
  }
  return std::min(i, text.size());
}

Expected<std::size_t> checkText(std::string_view text, const YamlLimits& limits,
                                YamlProblem& problem) {
  problem = YamlProblem::Limit;
  if (text.size() >= std::numeric_limits<std::uint32_t>::max()) {
    return Error{"", {}, "the text is too large (4 GiB or more)"};
  }
  if (text.empty()) return std::size_t{0};  // (memchr must not see a null pointer)
  problem = YamlProblem::Encoding;
  if (auto wide = wideEncoding(text)) {
    return Error{"", Position{1, 1, 0}, concat("the file is ", *wide, "; careerlint reads UTF-8")};
  }
  const std::size_t skip = text.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;

  const void* nul = std::memchr(text.data(), '\0', text.size());
  const std::size_t nulOffset =
      nul ? static_cast<std::size_t>(static_cast<const char*>(nul) - text.data()) : text.size();
  const std::size_t invalidOffset = utf8::firstInvalidByte(text).value_or(text.size());
  if (nulOffset < invalidOffset) {
    problem = YamlProblem::NulByte;
    return errorAt(text, nulOffset,
                   "the file contains a NUL byte (0x00), which YAML does not allow");
  }
  if (invalidOffset < text.size()) {
    return errorAt(
        text, invalidOffset,
        concat("invalid UTF-8: byte ", formatByte(static_cast<unsigned char>(text[invalidOffset])),
               " at byte offset ", std::to_string(invalidOffset),
               "; careerlint reads UTF-8 (was the file saved as Latin-1 or "
               "Windows-1252?)"));
  }

  problem = YamlProblem::Limit;
  std::size_t lineStart = 0;
  while (lineStart < text.size()) {
    const void* newline = std::memchr(text.data() + lineStart, '\n', text.size() - lineStart);
    const std::size_t lineEnd =
        newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - text.data())
                : text.size();
    if (lineEnd - lineStart > limits.maxLineLength) {
      return errorAt(text, lineStart,
                     concat("line is ", std::to_string(lineEnd - lineStart),
                            " bytes long; careerlint reads lines of up to ",
                            std::to_string(limits.maxLineLength), " bytes"));
    }
    lineStart = lineEnd + 1;
  }
  problem = YamlProblem::None;
  return skip;
}

std::string syntaxErrorMessage(std::string_view reason) {
  // The mistake editors make most, in the words they will recognise.
  if (reason.starts_with("invalid nested block mapping on the same line")) {
    return "YAML syntax error: mapping values are not allowed here (a value that contains "
           "\": \" must be put in quotes)";
  }
  std::string text(reason);
  // libfyaml's spellings; some of its messages end with a blank.
  const std::pair<std::string_view, std::string_view> kSpellings[] = {
      {"UTF8", "UTF-8"}, {"indendation", "indentation"}};
  for (const auto& [wrong, right] : kSpellings) {
    for (std::size_t at = text.find(wrong); at != std::string::npos;
         at = text.find(wrong, at + right.size())) {
      text.replace(at, wrong.size(), right);
    }
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  if (!text.empty() && ascii::isUpper(text[0]) && !(text.size() > 1 && ascii::isUpper(text[1]))) {
    text[0] = ascii::toLower(text[0]);
  }
  // Messages naming libfyaml's internals (fy_..., FYTT_...) say nothing to an editor.
  if (text.empty() || text.find("fy_") != std::string::npos ||
      text.find("FYET_") != std::string::npos || text.find("FYTT_") != std::string::npos) {
    text = "the text cannot be read from here on";
  }
  return concat("YAML syntax error: ", text);
}

TreeAssembler::TreeAssembler(const YamlLimits& limits, Position streamStart)
    : limits_(limits), streamStart_(streamStart), lastEnd_(streamStart) {}

TreeAssembler::Tag TreeAssembler::classify(std::string_view tag) {
  if (tag.empty()) return Tag::None;
  if (tag == "!") return Tag::NonSpecific;
  constexpr std::string_view kCore = "tag:yaml.org,2002:";
  if (!tag.starts_with(kCore)) return Tag::Other;
  const std::string_view name = tag.substr(kCore.size());
  if (name == "str") return Tag::Str;
  if (name == "int") return Tag::Int;
  if (name == "float") return Tag::Float;
  if (name == "bool") return Tag::Bool;
  if (name == "null") return Tag::Null;
  if (name == "map") return Tag::Map;
  if (name == "seq") return Tag::Seq;
  return Tag::Other;
}

bool TreeAssembler::fail(Position where, std::string message, YamlProblem problem) {
  if (!error_) {
    error_ = Error{"", where, std::move(message)};
    problem_ = problem;
  }
  return false;
}

void TreeAssembler::syntaxError(Position where, std::string_view reason) {
  fail(where, syntaxErrorMessage(reason));
}

void TreeAssembler::refuse(Position where, std::string message) {
  fail(where, std::move(message), YamlProblem::Limit);
}

bool TreeAssembler::countNodes(std::uint64_t count, Position where) {
  expandedNodes_ += count;
  if (expandedNodes_ > limits_.maxExpandedNodes) {
    const std::string limit = std::to_string(limits_.maxExpandedNodes);
    return fail(where,
                aliases_ > 0 ? concat("aliases would expand this document to more than ", limit,
                                      " nodes; careerlint refuses it (a \"billion laughs\" file?)")
                             : concat("the document has more than ", limit, " nodes"),
                YamlProblem::Limit);
  }
  if (!open_.empty()) open_.back().childNodes += count;
  return true;
}

void TreeAssembler::defineAnchor(std::string_view name, const Node* node,
                                 std::uint64_t expandedNodes) {
  anchors_[std::string(name)] = Anchor{node, expandedNodes, ++anchorSerial_};
}

bool TreeAssembler::documentStart() {
  if (++documents_ > 1) skipping_ = true;
  return !failed();
}

void TreeAssembler::documentEnd() {}

bool TreeAssembler::beginCollection(NodeKind kind, Position begin, const Properties& properties) {
  if (failed()) return false;
  if (skipping_) return true;
  const Tag tag = classify(properties.tag);
  const bool fits = tag == Tag::None || tag == Tag::NonSpecific || tag == Tag::Other ||
                    (kind == NodeKind::Mapping && tag == Tag::Map) ||
                    (kind == NodeKind::Sequence && tag == Tag::Seq);
  if (!fits) {
    return fail(begin, concat("the tag ", displayTag(properties.tag), " does not fit a ",
                              nodeKindName(kind)));
  }
  if (open_.size() >= limits_.maxDepth) {
    return fail(begin,
                concat("lists and mappings are nested more than ", std::to_string(limits_.maxDepth),
                       " levels deep"),
                YamlProblem::Limit);
  }
  if (!countNodes(1, begin)) return false;
  Open open;
  if (!properties.anchor.empty()) {
    open.anchor = std::string(properties.anchor);
    open.anchorSerial = ++anchorSerial_;
    anchors_[open.anchor] = Anchor{nullptr, 0, open.anchorSerial};
  }
  open_.push_back(std::move(open));
  if (kind == NodeKind::Mapping) {
    builder_.beginMapping(begin);
  } else {
    builder_.beginSequence(begin);
  }
  return true;
}

bool TreeAssembler::beginMapping(Position begin, const Properties& properties) {
  return beginCollection(NodeKind::Mapping, begin, properties);
}

bool TreeAssembler::beginSequence(Position begin, const Properties& properties) {
  return beginCollection(NodeKind::Sequence, begin, properties);
}

bool TreeAssembler::end(Position end) {
  if (failed()) return false;
  if (skipping_ || open_.empty()) return true;
  Open open = std::move(open_.back());
  open_.pop_back();
  builder_.end(end);
  const std::uint64_t size = 1 + open.childNodes;
  if (!open_.empty()) open_.back().childNodes += size;
  if (!open.anchor.empty()) {
    // Completed unless a later node took the name meanwhile (the latest definition wins).
    Anchor& anchor = anchors_[open.anchor];
    if (anchor.serial == open.anchorSerial) {
      anchor.node = builder_.lastNode();
      anchor.expandedNodes = size;
    }
  }
  lastEnd_ = end;
  return true;
}

bool TreeAssembler::scalar(std::string_view value, ScalarStyle style, Span span,
                           const Properties& properties) {
  if (failed()) return false;
  if (skipping_) return true;
  if (!countNodes(1, span.begin)) return false;
  const Tag tag = classify(properties.tag);
  NodeKind kind = NodeKind::String;
  switch (tag) {
    case Tag::None:
      builder_.scalar(value, style, span);
      break;
    case Tag::NonSpecific:
    case Tag::Str:
    case Tag::Other:
      builder_.taggedScalar(NodeKind::String, value, style, span);
      break;
    case Tag::Int:
      kind = NodeKind::Integer;
      break;
    case Tag::Float:
      kind = NodeKind::Float;
      break;
    case Tag::Bool:
      kind = NodeKind::Boolean;
      break;
    case Tag::Null:
      kind = NodeKind::Null;
      break;
    case Tag::Map:
    case Tag::Seq:
      return fail(span.begin,
                  concat("the tag ", displayTag(properties.tag), " does not fit a scalar"));
  }
  if (kind != NodeKind::String && !builder_.taggedScalar(kind, value, style, span)) {
    return fail(span.begin, concat(quoteKey(value), " is not a valid ", displayTag(properties.tag),
                                   " (", nodeKindName(kind), ")"));
  }
  if (!properties.anchor.empty()) defineAnchor(properties.anchor, builder_.lastNode(), 1);
  lastEnd_ = span.end;
  return true;
}

bool TreeAssembler::alias(std::string_view name, Span span) {
  if (failed()) return false;
  if (skipping_) return true;
  const std::string shown = concat("*", name);
  if (++aliases_ > limits_.maxAliases) {
    return fail(
        span.begin,
        concat("more than ", std::to_string(limits_.maxAliases), " aliases in one document"),
        YamlProblem::Limit);
  }
  auto found = anchors_.find(std::string(name));
  if (found == anchors_.end()) {
    return fail(span.begin, concat("the alias ", shown, " names no anchor: &", name,
                                   " must be defined before it"));
  }
  const Anchor& anchor = found->second;
  if (!anchor.node) {
    return fail(span.begin, concat("the alias ", shown,
                                   " is inside the node it names; careerlint does not read "
                                   "recursive data"));
  }
  if (!countNodes(anchor.expandedNodes, span.begin)) return false;
  builder_.alias(anchor.node);
  lastEnd_ = span.end;
  return true;
}

Expected<Document> TreeAssembler::finish() {
  if (error_) return *error_;
  if (!builder_.lastNode()) {
    // Nothing was attached: an empty stream (or only comments) is a null document.
    builder_.null(Span{streamStart_, streamStart_});
  }
  if (!builder_.duplicateKeys().empty()) {
    const auto& duplicates = builder_.duplicateKeys();
    const DuplicateKey& first = *std::min_element(
        duplicates.begin(), duplicates.end(), [](const DuplicateKey& a, const DuplicateKey& b) {
          return a.duplicate.begin.offset < b.duplicate.begin.offset;
        });
    problem_ = YamlProblem::DuplicateKey;
    return Error{"", first.duplicate.begin,
                 concat("duplicate key ", quoteKey(first.key), " (first at line ",
                        std::to_string(first.first.begin.line), ")")};
  }
  return builder_.finish();
}

Expected<Document> load(Backend backend, std::string_view text, const YamlLimits& limits,
                        YamlProblem* problem) {
  YamlProblem found = YamlProblem::None;
  Expected<std::size_t> skip = checkText(text, limits, found);
  if (!skip) {
    if (problem) *problem = found;
    return skip.error();
  }
  TreeAssembler tree(limits, Position{1, 1, static_cast<std::uint32_t>(*skip)});
  // A career page's tree takes about four times its YAML text (nodes, child lists, texts).
  tree.reserve(text.size() * 2);
  backend(text, *skip, tree);
  Expected<Document> document = tree.finish();
  if (problem) *problem = tree.problem();
  return document;
}

}  // namespace careerlint::yaml
