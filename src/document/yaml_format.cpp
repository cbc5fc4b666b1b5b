// careerlint fmt for YAML: the document tree (with marks) gives the data, the original text gives
// the comments and blank lines; the layout is written here, not by a YAML library's emitter
// (yaml-cpp's drops comments). Whatever is written is read back and compared first.
#include "document/yaml_format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "careerlint/document.h"
#include "careerlint/yaml_loader.h"
#include "util/ascii.h"

namespace careerlint::yaml {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// One occurrence of a value in the tree: item `index` of `container` (a mapping member or a
// sequence item). Aliases make one node appear at several occurrences.
struct Occurrence {
  const Node* container = nullptr;
  std::size_t index = 0;
  friend bool operator==(const Occurrence&, const Occurrence&) = default;
};

struct OccurrenceHash {
  std::size_t operator()(const Occurrence& o) const noexcept {
    return std::hash<const void*>()(o.container) * 31 + o.index;
  }
};

// The comments and blank lines that belong to an occurrence.
struct Attached {
  std::vector<std::string> leading;   // own-line comments before it; "" = a blank line
  std::vector<std::string> trailing;  // end-of-line comments on its lines
};

bool isSpace(char c) { return c == ' ' || c == '\t'; }

std::string_view trimRight(std::string_view s) {
  while (!s.empty() && (isSpace(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// ---- the text's lines, comments and the nodes' places -------------------------------------------

class SourceMap {
 public:
  SourceMap(std::string_view text, const Document& document) : text_(text) {
    for (std::size_t start = 0; start <= text.size();) {
      lineStarts_.push_back(start);
      const std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) break;
      start = end + 1;
    }
    if (document.root()) collect(document.root(), 0);
    std::sort(excluded_.begin(), excluded_.end());
  }

  std::size_t lineCount() const { return lineStarts_.size(); }
  std::size_t lineStart(std::size_t line) const { return lineStarts_[line]; }
  std::string_view lineText(std::size_t line) const {
    const std::size_t start = lineStarts_[line];
    const std::size_t end =
        line + 1 < lineStarts_.size() ? lineStarts_[line + 1] - 1 : text_.size();
    return text_.substr(start, end - start);
  }
  std::size_t lineOf(std::size_t offset) const {
    return static_cast<std::size_t>(
               std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset) -
               lineStarts_.begin()) -
           1;
  }

  // Whether the byte at `offset` is part of a scalar's text (so a '#' there is not a comment).
  bool inScalar(std::size_t offset) const {
    for (const auto& [begin, end] : excluded_) {
      if (begin > offset) break;
      if (offset < end) return true;
    }
    return false;
  }
  // Whether a line is a continuation of a multi-line scalar (not a line of its own).
  bool lineInScalar(std::size_t line) const {
    const std::size_t start = lineStarts_[line];
    for (const auto& [begin, end] : excluded_) {
      if (begin >= start) break;
      if (start < end) return true;
    }
    return false;
  }

  // The '#' of a comment on `line`, if it has one.
  std::optional<std::size_t> commentOn(std::size_t line) const {
    const std::string_view content = lineText(line);
    const std::size_t start = lineStarts_[line];
    for (std::size_t i = 0; i < content.size(); ++i) {
      if (content[i] != '#') continue;
      if (i > 0 && !isSpace(content[i - 1])) continue;
      if (inScalar(start + i)) continue;
      return start + i;
    }
    return std::nullopt;
  }

 private:
  void collect(const Node* node, std::size_t depth) {
    if (!visited_.insert(node).second) return;
    const Span& span = node->span();
    if (node->isScalar()) {
      std::size_t begin = span.begin.offset;
      std::size_t end = span.end.offset;
      if (node->style() == ScalarStyle::Literal || node->style() == ScalarStyle::Folded) {
        // The header line (the indicator and a comment after it) is not the text; the text is
        // the lines after it that are blank or indented more than the header's line.
        const std::size_t headerLine = lineOf(begin);
        const std::string_view header = lineText(headerLine);
        const std::size_t headerIndent = header.find_first_not_of(' ');
        std::size_t line = headerLine + 1;
        begin = line < lineStarts_.size() ? lineStarts_[line] : text_.size();
        end = begin;
        for (; line < lineStarts_.size(); ++line) {
          const std::string_view content = trimRight(lineText(line));
          const std::size_t indent = content.find_first_not_of(' ');
          if (!content.empty() && indent != std::string_view::npos && indent <= headerIndent) break;
          end = lineStarts_[line] + lineText(line).size();
        }
      }
      if (end > begin) excluded_.emplace_back(begin, end);
      return;
    }
    for (const Node::Member& member : node->members()) {
      collect(member.key, depth + 1);
      collect(member.value, depth + 1);
    }
    for (const Node* item : node->items()) collect(item, depth + 1);
  }

  std::string_view text_;
  std::vector<std::size_t> lineStarts_;
  std::vector<std::pair<std::size_t, std::size_t>> excluded_;
  std::unordered_set<const Node*> visited_;
};

// ---- scalars ------------------------------------------------------------------------------------

// How a plain scalar with this text reads under the YAML 1.2 core schema.
NodeKind plainKind(std::string_view text) {
  DocumentBuilder builder;
  builder.scalar(text, ScalarStyle::Plain, Span{});
  const Document document = builder.finish();
  return document.root() ? document.root()->kind() : NodeKind::Null;
}

// Text a YAML 1.1 reader (PyYAML, older js-yaml) would take for something other than a string:
// booleans, dates, sexagesimal and underscored numbers.
bool yaml11Ambiguous(std::string_view text) {
  static const std::set<std::string_view> words = {"y",  "Y",   "yes", "Yes", "YES", "n",
                                                   "N",  "no",  "No",  "NO",  "on",  "On",
                                                   "ON", "off", "Off", "OFF"};
  if (words.count(text)) return true;
  if (text.empty()) return false;
  const char first = text.front();
  if (ascii::isDigit(first) || first == '+' || first == '-' || first == '.') {
    return text.find_first_not_of("0123456789.:_+-eETtZz ") == std::string_view::npos;
  }
  return false;
}

bool hasSpecialCharacters(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) return true;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85)
      return true;  // NEL
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0xA8 ||
         static_cast<unsigned char>(text[i + 2]) == 0xA9))
      return true;  // line and paragraph separators
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBB &&
        static_cast<unsigned char>(text[i + 2]) == 0xBF)
      return true;  // a byte order mark
  }
  return false;
}

bool plainSafe(std::string_view text) {
  if (text.empty() || isSpace(text.front()) || isSpace(text.back())) return false;
  if (hasSpecialCharacters(text)) return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(text.front()) != std::string_view::npos)
    return false;
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos ||
      text.back() == ':')
    return false;
  if (text.starts_with("---") || text.starts_with("...")) return false;
  if (plainKind(text) != NodeKind::String) return false;
  return !yaml11Ambiguous(text);
}

std::string doubleQuoted(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '"':
        out += "\\\"";
        continue;
      case '\\':
        out += "\\\\";
        continue;
      case '\n':
        out += "\\n";
        continue;
      case '\t':
        out += "\\t";
        continue;
      case '\r':
        out += "\\r";
        continue;
      default:
        break;
    }
    if (c < 0x20 || c == 0x7F) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
      continue;
    }
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85) {
      out += "\\N";
      ++i;
      continue;
    }
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0xA8 ||
         static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
      out += static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\L" : "\\P";
      i += 2;
      continue;
    }
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBB &&
        static_cast<unsigned char>(text[i + 2]) == 0xBF) {
      out += "\\uFEFF";
      i += 2;
      continue;
    }
    out.push_back(static_cast<char>(c));
  }
  return out + "\"";
}

// Multi-line text a literal block holds exactly: no control characters, and a first line that
// does not start with a space (which would need an indentation indicator).
bool literalSafe(std::string_view text) {
  if (text.find('\n') == std::string_view::npos) return false;
  for (char c : text) {
    if (c == '\t' || c == '\r') return false;
  }
  std::string_view rest = text;
  while (!rest.empty() && rest.front() == '\n') rest.remove_prefix(1);
  if (rest.empty() || rest.front() == ' ') return false;
  std::string withoutBreaks(text);
  std::replace(withoutBreaks.begin(), withoutBreaks.end(), '\n', ' ');
  if (hasSpecialCharacters(withoutBreaks)) return false;
  // Lines of spaces only are ambiguous next to the block's indentation.
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.find_first_not_of(' ') == std::string_view::npos) return false;
    if (!line.empty() && line.back() == ' ') return false;
    start = end + 1;
  }
  return true;
}

// ---- the formatter ------------------------------------------------------------------------------

class Formatter {
 public:
  Formatter(std::string_view text, const Document& document, const KeyOrder& order)
      : text_(text), document_(document), order_(order), source_(text, document) {}

  Expected<std::string> run() {
    const Node* root = document_.root();
    if (auto problem = checkDocumentMarkers(root)) return *problem;
    countOccurrences(root);
    indexNodes(root, 0);
    attachComments();
    std::string out;
    for (const std::string& line : header_) writeLeadingLine(out, line, 0);
    if (documentStart_) out += "---\n";
    // The file's banner (the comments above the first key, up to the last blank line) stays at
    // the top when the keys are put in order.
    if (auto first = attached_.find(Occurrence{root, 0}); first != attached_.end()) {
      std::vector<std::string>& leading = first->second.leading;
      const auto blank = std::find(leading.rbegin(), leading.rend(), std::string());
      if (blank != leading.rend()) {
        const auto end = blank.base();  // one past the blank line
        for (auto line = leading.begin(); line != end; ++line) writeLeadingLine(out, *line, 0);
        leading.erase(leading.begin(), end);
      }
    }
    if (root->isMapping() && root->size() > 0) {
      writeAnchorLine(out, root, 0);
      writeMapping(out, root, 0, {}, false);
    } else if (root->isSequence() && root->size() > 0) {
      writeAnchorLine(out, root, 0);
      writeSequence(out, root, 0, {});
    } else {
      return Error{
          {},
          root->span().begin,
          "the document is a single value, not a mapping or a list: fmt leaves it as it is"};
    }
    std::vector<std::string> trailing = trailing_;
    while (!trailing.empty() && trailing.back().empty()) trailing.pop_back();
    for (const std::string& line : trailing) writeLeadingLine(out, line, 0);
    return out;
  }

 private:
  // ---- the source ----------------------------------------------------------------------------

  std::optional<Error> checkDocumentMarkers(const Node* root) {
    const std::size_t rootBegin = root->span().begin.offset;
    bool content = false;
    for (std::size_t line = 0; line < source_.lineCount(); ++line) {
      if (source_.lineInScalar(line)) continue;
      const std::string_view text = trimRight(source_.lineText(line));
      const bool marker =
          text == "---" || text.starts_with("--- ") || text == "..." || text.starts_with("... ");
      if (text.starts_with('%') && !content) {
        return Error{{},
                     Position{static_cast<std::uint32_t>(line + 1), 1, 0},
                     "a YAML directive (" + std::string(text) +
                         "): fmt formats plain YAML records; remove the directive"};
      }
      if (marker && source_.lineStart(line) < rootBegin && !content && text.starts_with("---")) {
        documentStart_ = true;
        continue;
      }
      if (marker) {
        return Error{{},
                     Position{static_cast<std::uint32_t>(line + 1), 1, 0},
                     "a second YAML document (or a document end) at line " +
                         std::to_string(line + 1) +
                         ": fmt formats files of one document (careerlint reads only the first)"};
      }
      const std::string_view stripped =
          text.substr(std::min(text.size(), text.find_first_not_of(' ')));
      if (!stripped.empty() && !stripped.starts_with('#')) content = true;
    }
    return std::nullopt;
  }

  void countOccurrences(const Node* node) {
    if (++uses_[node] > 1) return;
    for (const Node::Member& member : node->members()) {
      if (member.key->isSequence() || member.key->isMapping()) complexKey_ = true;
      countOccurrences(member.value);
    }
    for (const Node* item : node->items()) countOccurrences(item);
  }

  // Every place a comment can attach to: where each occurrence starts and where its parts end.
  struct Place {
    std::size_t offset;
    std::size_t depth;
    Occurrence occurrence;
  };

  void indexNodes(const Node* node, std::size_t depth) {
    if (indexed_.count(node)) return;
    indexed_.insert(node);
    if (node->isMapping()) {
      for (std::size_t i = 0; i < node->size(); ++i) {
        const Node::Member& member = node->members()[i];
        const Occurrence occurrence{node, i};
        starts_.push_back(Place{member.key->span().begin.offset, depth, occurrence});
        ends_.push_back(Place{member.key->span().end.offset, depth + 1, occurrence});
        addValueEnd(member.value, depth + 1, occurrence);
        indexNodes(member.value, depth + 1);
      }
    } else if (node->isSequence()) {
      for (std::size_t i = 0; i < node->size(); ++i) {
        const Node* item = node->items()[i];
        const Occurrence occurrence{node, i};
        if (!indexed_.count(item) && item->span().begin.offset >= node->span().begin.offset)
          starts_.push_back(Place{item->span().begin.offset, depth, occurrence});
        addValueEnd(item, depth + 1, occurrence);
        indexNodes(item, depth + 1);
      }
    }
  }

  void addValueEnd(const Node* value, std::size_t depth, Occurrence occurrence) {
    if (indexed_.count(value)) return;  // an alias: its marks are the anchor's
    const std::size_t end = value->span().end.offset;
    if (value->isScalar()) {
      ends_.push_back(Place{end, depth, occurrence});
    } else if (end > 0 && end <= text_.size() && (text_[end - 1] == ']' || text_[end - 1] == '}')) {
      ends_.push_back(Place{end, depth, occurrence});  // a flow collection closes on this line
    }
  }

  void attachComments() {
    std::sort(starts_.begin(), starts_.end(),
              [](const Place& a, const Place& b) { return a.offset < b.offset; });
    std::vector<std::string> pending;
    auto flushTo = [&](std::size_t offset) {
      if (pending.empty()) return;
      auto next = std::lower_bound(starts_.begin(), starts_.end(), offset,
                                   [](const Place& p, std::size_t o) { return p.offset < o; });
      std::vector<std::string>& target =
          next == starts_.end() ? trailing_ : attached_[next->occurrence].leading;
      target.insert(target.end(), pending.begin(), pending.end());
      pending.clear();
    };
    auto addPending = [&](std::string line) {
      if (line.empty()) {
        // Blank lines at the top of the file go; a run of them is one.
        if (!sawContent_ || (!pending.empty() && pending.back().empty())) return;
      }
      pending.push_back(std::move(line));
    };
    const std::size_t rootBegin = document_.root()->span().begin.offset;
    for (std::size_t line = 0; line < source_.lineCount(); ++line) {
      if (source_.lineInScalar(line)) continue;
      const std::string_view content = trimRight(source_.lineText(line));
      const std::size_t first = content.find_first_not_of(' ');
      if (first == std::string_view::npos) {
        addPending("");
        continue;
      }
      const std::size_t start = source_.lineStart(line);
      const std::optional<std::size_t> comment = source_.commentOn(line);
      if (comment && *comment == start + first) {
        addPending(std::string(content.substr(first)));
        sawContent_ = true;
        continue;
      }
      if (documentStart_ && start < rootBegin && content.starts_with("---")) {
        header_ = pending;
        pending.clear();
        if (comment) pending.emplace_back(content.substr(*comment - start));
        sawContent_ = true;
        continue;
      }
      sawContent_ = true;
      flushTo(start);
      if (!comment) continue;
      // An end-of-line comment belongs to what ends last before it on its line.
      const std::string text(content.substr(*comment - start));
      const Place* owner = nullptr;
      for (const Place& place : ends_) {
        if (place.offset > *comment || place.offset < start) continue;
        if (!owner || place.offset > owner->offset ||
            (place.offset == owner->offset && place.depth > owner->depth))
          owner = &place;
      }
      if (owner) {
        attached_[owner->occurrence].trailing.push_back(text);
      } else {
        pending.push_back(text);  // after "-" or "---" alone: before what follows
      }
    }
    flushTo(text_.size() + 1);
  }

  // ---- writing -------------------------------------------------------------------------------

  static void writeLeadingLine(std::string& out, const std::string& line, std::size_t indent) {
    if (line.empty()) {
      if (!out.empty() && !out.ends_with("\n\n")) out += '\n';
      return;
    }
    out.append(indent, ' ');
    out += line;
    out += '\n';
  }

  void writeLeading(std::string& out, const Occurrence& occurrence, std::size_t indent) {
    auto found = attached_.find(occurrence);
    if (found == attached_.end() || printedLeading_.count(occurrence)) return;
    printedLeading_.insert(occurrence);
    for (const std::string& line : found->second.leading) writeLeadingLine(out, line, indent);
    // End-of-line comments beyond the first go on their own lines before it.
    const std::vector<std::string>& trailing = found->second.trailing;
    for (std::size_t i = 1; i < trailing.size(); ++i) writeLeadingLine(out, trailing[i], indent);
  }

  std::string eolComment(const Occurrence& occurrence) {
    auto found = attached_.find(occurrence);
    if (found == attached_.end() || found->second.trailing.empty() ||
        printedTrailing_.count(occurrence))
      return {};
    printedTrailing_.insert(occurrence);
    return "  " + found->second.trailing.front();
  }

  // The anchor name a shared node had in the source, or a new one.
  std::string anchorName(const Node* node) {
    if (auto known = anchors_.find(node); known != anchors_.end()) return known->second;
    std::string name;
    std::size_t at = node->span().begin.offset;
    for (int token = 0; token < 3 && at > 0 && name.empty(); ++token) {
      while (at > 0 && (isSpace(text_[at - 1]) || text_[at - 1] == '\n')) --at;
      std::size_t begin = at;
      while (begin > 0 && !isSpace(text_[begin - 1]) && text_[begin - 1] != '\n') --begin;
      const std::string_view word = text_.substr(begin, at - begin);
      if (word.starts_with('&') && word.size() > 1) name = std::string(word.substr(1));
      if (!word.starts_with('!') && !word.starts_with('&')) break;
      at = begin;
    }
    if (name.empty() || usedAnchors_.count(name)) {
      std::size_t n = anchors_.size() + 1;
      do {
        name = "anchor" + std::to_string(n++);
      } while (usedAnchors_.count(name));
    }
    usedAnchors_.insert(name);
    anchors_[node] = name;
    return name;
  }

  bool shared(const Node* node) const {
    auto found = uses_.find(node);
    return found != uses_.end() && found->second > 1;
  }

  // "&name " before a shared node's first appearance; "*name" replaces the later ones.
  std::optional<std::string> aliasFor(const Node* node) {
    if (!shared(node)) return std::nullopt;
    if (written_.count(node)) return "*" + anchorName(node);
    return std::nullopt;
  }
  std::string anchorPrefix(const Node* node) {
    if (!shared(node)) return {};
    written_.insert(node);
    return "&" + anchorName(node);
  }

  void writeAnchorLine(std::string& out, const Node* root, std::size_t indent) {
    if (!shared(root)) return;
    out.append(indent, ' ');
    out += anchorPrefix(root) + "\n";
  }

  std::string scalarText(const Node* node) {
    switch (node->kind()) {
      case NodeKind::Null:
        return "null";
      case NodeKind::Boolean:
        return node->boolean() ? "true" : "false";
      case NodeKind::Integer:
      case NodeKind::Float: {
        const std::string_view source = node->text();
        if (!source.empty() && node->style() == ScalarStyle::Plain &&
            plainKind(source) == node->kind())
          return std::string(source);
        if (node->kind() == NodeKind::Integer) return std::to_string(node->integer());
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.17g", node->number());
        return buffer;
      }
      case NodeKind::String:
        return plainSafe(node->text()) ? std::string(node->text()) : doubleQuoted(node->text());
      default:
        return {};
    }
  }

  // A value after "key:" or "-": on the same line for scalars, empty collections and aliases;
  // below it (at `indent`) for the rest.
  void writeValue(std::string& out, const Node* value, std::size_t indent,
                  const Occurrence& occurrence, const std::vector<std::string>& path) {
    if (auto alias = aliasFor(value)) {
      out += " " + *alias + eolComment(occurrence) + "\n";
      return;
    }
    std::string anchor = anchorPrefix(value);
    if (!anchor.empty()) anchor = " " + anchor;
    if (value->isScalar()) {
      if (value->isString() && literalSafe(value->text())) {
        writeLiteral(out, value->text(), indent, anchor, occurrence);
        return;
      }
      out += anchor + " " + scalarText(value) + eolComment(occurrence) + "\n";
      return;
    }
    if (value->size() == 0) {
      out += anchor + (value->isMapping() ? " {}" : " []") + eolComment(occurrence) + "\n";
      return;
    }
    out += anchor + eolComment(occurrence) + "\n";
    if (value->isMapping()) {
      writeMapping(out, value, indent, path, false);
    } else {
      writeSequence(out, value, indent, path);
    }
  }

  void writeLiteral(std::string& out, std::string_view text, std::size_t indent,
                    const std::string& anchor, const Occurrence& occurrence) {
    std::size_t breaks = 0;
    while (breaks < text.size() && text[text.size() - 1 - breaks] == '\n') ++breaks;
    const std::string_view chomp = breaks == 0 ? "-" : breaks == 1 ? "" : "+";
    out += anchor + " |" + std::string(chomp) + eolComment(occurrence) + "\n";
    std::string_view body = text.substr(0, text.size() - std::min<std::size_t>(breaks, 1));
    std::size_t start = 0;
    while (start <= body.size()) {
      std::size_t end = body.find('\n', start);
      if (end == std::string_view::npos) end = body.size();
      const std::string_view line = body.substr(start, end - start);
      if (!line.empty()) {
        out.append(indent, ' ');
        out += line;
      }
      out += '\n';
      if (end == body.size()) break;
      start = end + 1;
    }
  }

  std::vector<std::size_t> memberOrder(const Node* mapping, const std::vector<std::string>& path) {
    std::vector<std::size_t> order(mapping->size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    if (!order_) return order;
    const std::vector<std::string> wanted = order_(path);
    if (wanted.empty()) return order;
    auto rank = [&](std::size_t i) {
      const Node* key = mapping->members()[i].key;
      if (!key->isString()) return wanted.size();
      const auto at = std::find(wanted.begin(), wanted.end(), key->text());
      return static_cast<std::size_t>(at - wanted.begin());
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return rank(a) < rank(b); });
    return order;
  }

  // A mapping at `indent`; with `afterDash` its first member continues a "- " line already written.
  void writeMapping(std::string& out, const Node* mapping, std::size_t indent,
                    const std::vector<std::string>& path, bool afterDash) {
    const std::vector<std::size_t> order = memberOrder(mapping, path);
    for (std::size_t n = 0; n < order.size(); ++n) {
      const std::size_t i = order[n];
      const Node::Member& member = mapping->members()[i];
      const Occurrence occurrence{mapping, i};
      if (!(afterDash && n == 0)) {
        writeLeading(out, occurrence, indent);
        out.append(indent, ' ');
      }
      out += scalarText(member.key) + ":";
      std::vector<std::string> childPath = path;
      childPath.emplace_back(member.key->isString() ? std::string(member.key->text()) : "");
      const Node* value = member.value;
      // Sequences are indented under their key; mappings too.
      writeValue(out, value, indent + 2, occurrence, childPath);
    }
  }

  void writeSequence(std::string& out, const Node* sequence, std::size_t indent,
                     const std::vector<std::string>& path) {
    std::vector<std::string> childPath = path;
    childPath.emplace_back("[]");
    for (std::size_t i = 0; i < sequence->size(); ++i) {
      const Node* item = sequence->items()[i];
      const Occurrence occurrence{sequence, i};
      writeLeading(out, occurrence, indent);
      const bool compactMapping =
          item->isMapping() && item->size() > 0 && !aliasFor(item) && !shared(item);
      if (compactMapping) {
        // "- key: value": the first member's comments go before the dash.
        const std::vector<std::size_t> order = memberOrder(item, childPath);
        writeLeading(out, Occurrence{item, order.front()}, indent);
        out.append(indent, ' ');
        out += "- ";
        const std::string eol = eolComment(occurrence);
        if (!eol.empty()) {
          // A comment after the dash itself: keep it on the dash's line.
          out.resize(out.size() - 1);
          out += eol + "\n";
          out.append(indent + 2, ' ');
        }
        writeMapping(out, item, indent + 2, childPath, true);
        continue;
      }
      out.append(indent, ' ');
      out += "-";
      writeValue(out, item, indent + 2, occurrence, childPath);
    }
  }

  std::string_view text_;
  const Document& document_;
  const KeyOrder& order_;
  SourceMap source_;
  bool documentStart_ = false;
  bool sawContent_ = false;
  bool complexKey_ = false;
  std::unordered_map<const Node*, std::size_t> uses_;
  std::unordered_set<const Node*> indexed_;
  std::vector<Place> starts_;
  std::vector<Place> ends_;
  std::unordered_map<Occurrence, Attached, OccurrenceHash> attached_;
  std::unordered_set<Occurrence, OccurrenceHash> printedLeading_;
  std::unordered_set<Occurrence, OccurrenceHash> printedTrailing_;
  std::vector<std::string> header_;
  std::vector<std::string> trailing_;
  std::unordered_map<const Node*, std::string> anchors_;
  std::set<std::string> usedAnchors_;
  std::unordered_set<const Node*> written_;

 public:
  bool complexKey() const { return complexKey_; }
};

// ---- the safety check ---------------------------------------------------------------------------

// Same data: kinds, scalar values, the same members (in any order) and items (in order).
std::optional<std::string> sameData(const Node* a, const Node* b, const std::string& pointer) {
  const std::string where = pointer.empty() ? "the document" : pointer;
  if (!a || !b)
    return a == b ? std::nullopt : std::optional<std::string>("a value is missing at " + where);
  if (a->kind() != b->kind()) {
    return "the value at " + where + " would change from " + std::string(nodeKindName(a->kind())) +
           " to " + std::string(nodeKindName(b->kind()));
  }
  switch (a->kind()) {
    case NodeKind::Null:
      return std::nullopt;
    case NodeKind::Boolean:
      if (a->boolean() == b->boolean()) return std::nullopt;
      break;
    case NodeKind::Integer:
      if (a->integer() == b->integer()) return std::nullopt;
      break;
    case NodeKind::Float:
      if (a->number() == b->number() || (std::isnan(a->number()) && std::isnan(b->number())))
        return std::nullopt;
      break;
    case NodeKind::String:
      if (a->text() == b->text()) return std::nullopt;
      break;
    case NodeKind::Sequence:
      if (a->size() != b->size()) break;
      for (std::size_t i = 0; i < a->size(); ++i) {
        if (auto problem = sameData(a->at(i), b->at(i), pointerJoin(pointer, i))) return problem;
      }
      return std::nullopt;
    case NodeKind::Mapping:
      if (a->size() != b->size()) break;
      for (const Node::Member& member : a->members()) {
        const std::string key(member.key->text());
        const Node::Member* other = nullptr;
        for (const Node::Member& candidate : b->members()) {
          if (candidate.key->kind() == member.key->kind() &&
              candidate.key->text() == member.key->text())
            other = &candidate;
        }
        if (!other) return "the key \"" + key + "\" at " + where + " would be lost";
        if (auto problem = sameData(member.value, other->value, pointerJoin(pointer, key)))
          return problem;
      }
      return std::nullopt;
  }
  return "the value at " + where + " would change";
}

std::vector<std::string> commentsOf(std::string_view text, const Document& document) {
  const SourceMap source(text, document);
  std::vector<std::string> comments;
  for (std::size_t line = 0; line < source.lineCount(); ++line) {
    if (source.lineInScalar(line)) continue;
    if (auto comment = source.commentOn(line)) {
      const std::string_view content = trimRight(source.lineText(line));
      comments.emplace_back(content.substr(*comment - source.lineStart(line)));
    }
  }
  return comments;
}

struct Prepared {
  std::string text;  // LF line endings, no byte order mark
  bool bom = false;
  bool crlf = false;
};

Prepared prepare(std::string_view text) {
  Prepared prepared;
  if (text.starts_with(kBom)) {
    prepared.bom = true;
    text.remove_prefix(kBom.size());
  }
  const std::size_t firstBreak = text.find('\n');
  prepared.crlf =
      firstBreak != std::string_view::npos && firstBreak > 0 && text[firstBreak - 1] == '\r';
  prepared.text.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    prepared.text.push_back(text[i]);
  }
  return prepared;
}

Expected<std::string> formatPrepared(const std::string& text, const KeyOrder& order,
                                     Document& original) {
  auto loaded = loadYaml(text);
  if (!loaded) return loaded.error();
  original = std::move(*loaded);
  if (!original.root() || original.root()->isNull()) return text;  // nothing but comments
  Formatter formatter(text, original, order);
  auto formatted = formatter.run();
  if (!formatted) return formatted;
  if (formatter.complexKey())
    return Error{
        {},
        original.root()->span().begin,
        "a mapping key that is itself a list or mapping: fmt leaves such files as they are"};
  return formatted;
}

}  // namespace

Expected<std::vector<std::string>> yamlComments(std::string_view text) {
  const Prepared prepared = prepare(text);
  auto loaded = loadYaml(prepared.text);
  if (!loaded) return loaded.error();
  return commentsOf(prepared.text, *loaded);
}

Expected<std::string> formatYaml(std::string_view text, const KeyOrder& order) {
  const Prepared prepared = prepare(text);
  Document original;
  auto formatted = formatPrepared(prepared.text, order, original);
  if (!formatted) return formatted;
  // The safety check: the same data, the same comments, and nothing more to change.
  Document again;
  auto twice = formatPrepared(*formatted, order, again);
  const Position top = original.root() ? original.root()->span().begin : Position{};
  if (!twice) {
    return Error{{},
                 top,
                 "the formatted text would not read back (" + twice.error().message +
                     "); the file is left as it is"};
  }
  if (auto problem = sameData(original.root(), again.root(), "")) {
    return Error{
        {}, top, "formatting would change the data: " + *problem + "; the file is left as it is"};
  }
  std::vector<std::string> before = commentsOf(prepared.text, original);
  std::vector<std::string> after = commentsOf(*formatted, again);
  std::sort(before.begin(), before.end());
  std::sort(after.begin(), after.end());
  if (before != after) {
    return Error{{},
                 top,
                 "formatting would lose or change a comment (" + std::to_string(before.size()) +
                     " before, " + std::to_string(after.size()) +
                     " after); the file is left as it is"};
  }
  if (*twice != *formatted) {
    return Error{{},
                 top,
                 "formatting is not stable on this file (a second run would change it again); "
                 "the file is left as it is"};
  }
  std::string out;
  if (prepared.bom) out += kBom;
  for (char c : *formatted) {
    if (c == '\n' && prepared.crlf) out += '\r';
    out.push_back(c);
  }
  return out;
}

}  // namespace careerlint::yaml
