#include "careerlint/scalar_source.h"

#include <algorithm>

#include "util/ascii.h"
#include "util/utf8.h"

namespace careerlint {

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t'; }
bool isBreak(char c) { return c == '\n' || c == '\r'; }

// Builds a value and, for each of its bytes, the source range it came from.
struct Builder {
  std::string value;
  std::vector<std::uint32_t> begin;
  std::vector<std::uint32_t> end;
  // Blanks seen on a line but not yet known to be inside it (a line break drops them).
  std::size_t pendingFrom = std::string::npos;
  std::size_t pendingTo = 0;

  void emit(std::string_view bytes, std::size_t from, std::size_t to) {
    for (char c : bytes) {
      value += c;
      begin.push_back(static_cast<std::uint32_t>(from));
      end.push_back(static_cast<std::uint32_t>(to));
    }
  }
  void flushBlanks(std::string_view source) {
    if (pendingFrom == std::string::npos) return;
    for (std::size_t i = pendingFrom; i < pendingTo; ++i) emit(source.substr(i, 1), i, i + 1);
    pendingFrom = std::string::npos;
  }
};

std::size_t lineBreakLength(std::string_view s, std::size_t at) {
  if (at < s.size() && s[at] == '\r') return at + 1 < s.size() && s[at + 1] == '\n' ? 2 : 1;
  return at < s.size() && s[at] == '\n' ? 1 : 0;
}

// Flow folding (quoted and plain scalars) at a line break at `at`: blank lines become "\n"s, a
// single break a space; leading blanks of the next content line go. Returns where content resumes.
std::size_t fold(std::string_view s, std::size_t at, std::size_t limit, Builder& out) {
  out.pendingFrom = std::string::npos;  // trailing blanks before a break are not content
  const std::size_t from = at;
  at += lineBreakLength(s, at);
  std::size_t emptyLines = 0;
  while (true) {
    std::size_t p = at;
    while (p < limit && isBlank(s[p])) ++p;
    if (p < limit && isBreak(s[p])) {
      ++emptyLines;
      at = p + lineBreakLength(s, p);
      continue;
    }
    at = p;
    break;
  }
  if (emptyLines == 0) {
    out.emit(" ", from, at);
  } else {
    for (std::size_t i = 0; i < emptyLines; ++i) out.emit("\n", from, at);
  }
  return at;
}

// Inside a quoted scalar: blanks are held back (a line break drops them) and a line break folds.
// Returns whether s[at] was one of them; `at` is then past it.
bool skipFlowWhitespace(std::string_view s, std::size_t& at, Builder& out) {
  if (isBlank(s[at])) {
    if (out.pendingFrom == std::string::npos) out.pendingFrom = at;
    out.pendingTo = ++at;
    return true;
  }
  if (isBreak(s[at])) {
    at = fold(s, at, s.size(), out);
    return true;
  }
  return false;
}

bool readDoubleQuoted(std::string_view s, std::size_t at, Builder& out) {
  if (at >= s.size() || s[at] != '"') return false;
  ++at;
  while (at < s.size()) {
    const char c = s[at];
    if (c == '"') {
      out.flushBlanks(s);
      return true;
    }
    if (skipFlowWhitespace(s, at, out)) continue;
    out.flushBlanks(s);
    if (c != '\\') {
      out.emit(s.substr(at, 1), at, at + 1);
      ++at;
      continue;
    }
    if (at + 1 >= s.size()) return false;
    const char e = s[at + 1];
    if (isBreak(e)) {  // an escaped line break: nothing, and the next line's leading blanks go
      std::size_t p = at + 1 + lineBreakLength(s, at + 1);
      while (p < s.size() && isBlank(s[p])) ++p;
      at = p;
      continue;
    }
    std::string decoded;
    std::size_t length = 2;
    int hexDigits = 0;
    switch (e) {
      case '0':
        decoded = std::string(1, '\0');
        break;
      case 'a':
        decoded = "\a";
        break;
      case 'b':
        decoded = "\b";
        break;
      case 't':
      case '\t':
        decoded = "\t";
        break;
      case 'n':
        decoded = "\n";
        break;
      case 'v':
        decoded = "\v";
        break;
      case 'f':
        decoded = "\f";
        break;
      case 'r':
        decoded = "\r";
        break;
      case 'e':
        decoded = "\x1B";
        break;
      case ' ':
        decoded = " ";
        break;
      case '"':
        decoded = "\"";
        break;
      case '/':
        decoded = "/";
        break;
      case '\\':
        decoded = "\\";
        break;
      case 'N':
        utf8::append(decoded, 0x85);
        break;
      case '_':
        utf8::append(decoded, 0xA0);
        break;
      case 'L':
        utf8::append(decoded, 0x2028);
        break;
      case 'P':
        utf8::append(decoded, 0x2029);
        break;
      case 'x':
        hexDigits = 2;
        break;
      case 'u':
        hexDigits = 4;
        break;
      case 'U':
        hexDigits = 8;
        break;
      default:
        return false;
    }
    if (hexDigits > 0) {
      char32_t cp = 0;
      for (int i = 0; i < hexDigits; ++i) {
        const std::size_t p = at + 2 + static_cast<std::size_t>(i);
        const int digit = p < s.size() ? ascii::hexValue(s[p]) : -1;
        if (digit < 0) return false;
        cp = cp * 16 + static_cast<char32_t>(digit);
      }
      utf8::append(decoded, cp);
      length += static_cast<std::size_t>(hexDigits);
    }
    out.emit(decoded, at, at + length);
    at += length;
  }
  return false;
}

bool readSingleQuoted(std::string_view s, std::size_t at, Builder& out) {
  if (at >= s.size() || s[at] != '\'') return false;
  ++at;
  while (at < s.size()) {
    const char c = s[at];
    if (c == '\'') {
      if (at + 1 < s.size() && s[at + 1] == '\'') {
        out.flushBlanks(s);
        out.emit("'", at, at + 2);
        at += 2;
        continue;
      }
      out.flushBlanks(s);
      return true;
    }
    if (skipFlowWhitespace(s, at, out)) continue;
    out.flushBlanks(s);
    out.emit(s.substr(at, 1), at, at + 1);
    ++at;
  }
  return false;
}

bool readPlain(std::string_view s, std::size_t at, std::size_t limit, Builder& out) {
  while (at < limit) {
    const char c = s[at];
    if (isBlank(c)) {
      if (out.pendingFrom == std::string::npos) out.pendingFrom = at;
      out.pendingTo = ++at;
      continue;
    }
    if (isBreak(c)) {
      at = fold(s, at, limit, out);
      continue;
    }
    out.flushBlanks(s);
    out.emit(s.substr(at, 1), at, at + 1);
    ++at;
  }
  return true;
}

// A literal (|) or folded (>) block scalar with an auto-detected indentation.
bool readBlock(std::string_view s, std::size_t at, bool folded, Builder& out) {
  if (at >= s.size() || (s[at] != '|' && s[at] != '>')) return false;
  ++at;
  char chomping = 'c';
  while (at < s.size() && !isBreak(s[at]) && !isBlank(s[at]) && s[at] != '#') {
    if (s[at] == '-' || s[at] == '+') {
      chomping = s[at];
    } else {
      return false;  // an explicit indentation indicator: not followed here
    }
    ++at;
  }
  while (at < s.size() && !isBreak(s[at])) ++at;  // blanks and a comment
  if (at >= s.size()) return false;
  at += lineBreakLength(s, at);
  // The content's indentation: that of the first line that is not empty.
  std::size_t indent = 0;
  for (std::size_t p = at; p < s.size();) {
    std::size_t q = p;
    while (q < s.size() && s[q] == ' ') ++q;
    if (q < s.size() && isBreak(s[q])) {
      p = q + lineBreakLength(s, q);
      continue;
    }
    indent = q - p;
    break;
  }
  if (indent == 0) return false;
  // Each line: its content (after the indentation; none for an empty line) and its line break.
  struct Line {
    std::size_t begin, end, breakBegin, breakEnd;
    bool empty, moreIndented;
  };
  std::vector<Line> lines;
  std::size_t p = at;
  while (p < s.size()) {
    std::size_t q = p;
    while (q < s.size() && s[q] == ' ' && q - p < indent) ++q;
    std::size_t lineEnd = q;
    while (lineEnd < s.size() && !isBreak(s[lineEnd])) ++lineEnd;
    const bool blankLine = std::all_of(s.begin() + static_cast<std::ptrdiff_t>(p),
                                       s.begin() + static_cast<std::ptrdiff_t>(lineEnd),
                                       [](char c) { return c == ' '; });
    if (!blankLine && q - p < indent) break;  // less indented: the scalar has ended
    const std::size_t breakLength = lineBreakLength(s, lineEnd);
    Line line{q,    lineEnd, lineEnd, lineEnd + breakLength, blankLine && lineEnd - p <= indent,
              false};
    if (line.empty) line.begin = line.end = lineEnd;
    line.moreIndented = !line.empty && isBlank(s[q]);
    lines.push_back(line);
    if (breakLength == 0) break;
    p = lineEnd + breakLength;
  }
  // Trailing empty lines belong to chomping.
  std::size_t last = lines.size();
  while (last > 0 && lines[last - 1].empty) --last;
  for (std::size_t i = 0; i < last; ++i) {
    const Line& line = lines[i];
    for (std::size_t b = line.begin; b < line.end; ++b) out.emit(s.substr(b, 1), b, b + 1);
    if (i + 1 == last) break;
    const Line& next = lines[i + 1];
    if (folded && !line.empty && !line.moreIndented) {
      // A break between two ordinary lines is a space; before empty lines it is dropped, and each
      // empty line is a "\n" (the next ordinary line then follows directly).
      std::size_t j = i + 1;
      while (j < last && lines[j].empty) ++j;
      if (j == i + 1) {
        if (!next.moreIndented) {
          out.emit(" ", line.breakBegin, line.breakEnd);
        } else {
          out.emit("\n", line.breakBegin, line.breakEnd);
        }
      } else {
        const bool keepFirst = lines[j].moreIndented;
        if (keepFirst) out.emit("\n", line.breakBegin, line.breakEnd);
        for (std::size_t k = i + 1; k < j; ++k)
          out.emit("\n", lines[k].breakBegin, lines[k].breakEnd);
        i = j - 1;
      }
      continue;
    }
    out.emit("\n", line.breakBegin, line.breakEnd);
  }
  if (last > 0 && chomping != '-') {
    const Line& line = lines[last - 1];
    if (line.breakEnd > line.breakBegin) out.emit("\n", line.breakBegin, line.breakEnd);
    if (chomping == '+') {
      for (std::size_t k = last; k < lines.size(); ++k) {
        if (lines[k].breakEnd > lines[k].breakBegin)
          out.emit("\n", lines[k].breakBegin, lines[k].breakEnd);
      }
    }
  }
  return true;
}

}  // namespace

std::optional<ScalarSourceMap> ScalarSourceMap::build(std::string_view source, const Node& node) {
  const Span& span = node.span();
  if (!node.isScalar() || span.begin.line == 0 || span.begin.offset >= source.size() ||
      span.end.offset > source.size() || span.end.offset < span.begin.offset)
    return std::nullopt;
  Builder out;
  bool read = false;
  switch (node.style()) {
    case ScalarStyle::DoubleQuoted:
      read = readDoubleQuoted(source, span.begin.offset, out);
      break;
    case ScalarStyle::SingleQuoted:
      read = readSingleQuoted(source, span.begin.offset, out);
      break;
    case ScalarStyle::Plain:
      read = readPlain(source, span.begin.offset, span.end.offset, out);
      break;
    case ScalarStyle::Literal:
    case ScalarStyle::Folded:
      read = readBlock(source, span.begin.offset, node.style() == ScalarStyle::Folded, out);
      break;
  }
  if (!read || out.value != node.text()) return std::nullopt;
  ScalarSourceMap map;
  map.source_ = source;
  map.start_ = span.begin;
  map.style_ = node.style();
  map.begin_ = std::move(out.begin);
  map.end_ = std::move(out.end);
  return map;
}

std::pair<std::size_t, std::size_t> ScalarSourceMap::sourceRange(std::size_t from,
                                                                 std::size_t to) const {
  if (begin_.empty()) return {start_.offset, start_.offset};
  from = std::min(from, begin_.size() - 1);
  to = std::clamp(to, from + 1, begin_.size());
  return {begin_[from], end_[to - 1]};
}

Position ScalarSourceMap::positionAt(std::size_t offset) const {
  Position position = start_;
  std::size_t lineStart = start_.offset;
  std::uint32_t column = start_.column;
  for (std::size_t i = start_.offset; i < offset && i < source_.size(); ++i) {
    if (source_[i] == '\n') {
      ++position.line;
      lineStart = i + 1;
      column = 1;
    }
  }
  position.column = column + static_cast<std::uint32_t>(utf8::codePointCount(
                                 source_.substr(lineStart, offset - lineStart)));
  position.offset = static_cast<std::uint32_t>(offset);
  return position;
}

Span ScalarSourceMap::spanOf(std::size_t from, std::size_t to) const {
  const auto [begin, end] = sourceRange(from, to);
  return Span{positionAt(begin), positionAt(end)};
}

bool ScalarSourceMap::verbatim(std::size_t from, std::size_t to) const {
  if (from >= to || to > begin_.size()) return false;
  for (std::size_t i = from; i < to; ++i) {
    if (end_[i] != begin_[i] + 1 || begin_[i] != begin_[from] + (i - from)) return false;
  }
  return true;
}

std::optional<std::string> encodeForScalar(std::string_view text, ScalarStyle style,
                                           std::string* why) {
  auto refuse = [&](const char* reason) -> std::optional<std::string> {
    if (why) *why = reason;
    return std::nullopt;
  };
  std::string out;
  switch (style) {
    case ScalarStyle::DoubleQuoted:
      for (char c : text) {
        if (c == '"' || c == '\\') {
          out += '\\';
          out += c;
        } else if (c == '\n') {
          out += "\\n";
        } else if (c == '\t') {
          out += "\\t";
        } else if (static_cast<unsigned char>(c) < 0x20) {
          static constexpr char kHex[] = "0123456789ABCDEF";
          out += "\\x";
          out += kHex[(static_cast<unsigned char>(c) >> 4) & 0xF];
          out += kHex[static_cast<unsigned char>(c) & 0xF];
        } else {
          out += c;
        }
      }
      return out;
    case ScalarStyle::SingleQuoted:
      if (text.find_first_of("\r\n") != std::string_view::npos)
        return refuse("a line break inside single quotes would be folded");
      for (char c : text) {
        out += c;
        if (c == '\'') out += '\'';
      }
      return out;
    case ScalarStyle::Plain:
      if (text.find_first_of("\r\n") != std::string_view::npos || text.find(": ") != text.npos ||
          text.find(" #") != text.npos || text.ends_with(":"))
        return refuse("the new text would change how the unquoted value is read");
      return std::string(text);
    case ScalarStyle::Literal:
    case ScalarStyle::Folded:
      if (text.find_first_of("\r\n") != std::string_view::npos)
        return refuse("a line break inside a block scalar needs its indentation");
      return std::string(text);
  }
  return refuse("unknown scalar style");
}

}  // namespace careerlint
