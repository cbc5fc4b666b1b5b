#include "careerlint/convert.h"

#include <cstdio>

#include "convert/page_lines.h"
#include "convert/page_parser.h"
#include "util/ascii.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace careerlint {

namespace {

// Line and column (code points) of a byte offset, for messages about bytes.
Position positionOf(std::string_view text, std::size_t offset) {
  Position where;
  where.line = 1;
  std::size_t lineStart = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++where.line;
      lineStart = i + 1;
    }
  }
  where.column = 1 + static_cast<std::uint32_t>(
                         utf8::codePointCount(text.substr(lineStart, offset - lineStart)));
  where.offset = static_cast<std::uint32_t>(offset);
  return where;
}

std::string at(const Position& where) {
  return "byte offset " + std::to_string(where.offset) + " (line " + std::to_string(where.line) +
         ", column " + std::to_string(where.column) + ")";
}

std::string hexByte(unsigned char byte) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "0x%02X", byte);
  return buffer;
}

// Raw page text must be non-empty UTF-8 text; the reason it is not, with the place.
std::optional<Error> checkEncoding(std::string_view text, std::string_view file) {
  const std::string name(file);
  if (strings::trim(text).empty())
    return Error{name, {}, "empty file: there is no career page to convert"};
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
    return Error{
        name,
        {},
        "the file is UTF-16 (it starts with a UTF-16 byte order mark); careerlint reads UTF-8"};
  }
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    const Position where = positionOf(text, nul);
    return Error{name, where,
                 "binary file: NUL byte at " + at(where) + "; careerlint reads UTF-8 text"};
  }
  if (auto bad = utf8::firstInvalidByte(text)) {
    const Position where = positionOf(text, *bad);
    return Error{name, where,
                 "not UTF-8: invalid byte " + hexByte(static_cast<unsigned char>(text[*bad])) +
                     " at " + at(where)};
  }
  return std::nullopt;
}

// YAML or JSON handed to convert by mistake: the first line is a key or a bracket.
bool looksLikeStructuredData(std::string_view firstLine) {
  if (firstLine.starts_with("---") || firstLine.starts_with('{') || firstLine.starts_with('['))
    return true;
  const std::size_t colon = firstLine.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  if (colon + 1 < firstLine.size() && firstLine[colon + 1] != ' ') return false;
  for (char c : firstLine.substr(0, colon)) {
    const bool word = ascii::isAlnum(c) || c == '_' || c == '"';
    if (!word) return false;
  }
  return true;
}

}  // namespace

Expected<Conversion> convertPage(std::string_view text, std::string_view file) {
  if (auto problem = checkEncoding(text, file)) return *problem;
  std::uint32_t base = 0;
  if (text.starts_with("\xEF\xBB\xBF")) {  // a UTF-8 byte order mark: harmless, skipped
    text.remove_prefix(3);
    base = 3;
  }
  const std::vector<convert::PageLine> lines = convert::splitPageLines(text, base);
  const convert::PageLine* first = nullptr;
  std::size_t nonBlank = 0;
  for (const convert::PageLine& line : lines) {
    if (line.text.empty()) continue;
    if (!first) first = &line;
    ++nonBlank;
  }
  if (!first) return Error{std::string(file), {}, "empty file: there is no career page to convert"};
  if (looksLikeStructuredData(first->text)) {
    return Error{std::string(file), Position{first->number, first->column, first->offset},
                 "not a career page: line " + std::to_string(first->number) +
                     " looks like YAML or JSON (use `careerlint validate` for YAML records)"};
  }

  Conversion result;
  result.career = convert::parsePage(lines, file, result.warnings);
  const Career& career = result.career;
  const bool recognised =
      !career.sections.empty() || career.closingQuestion.value || career.closingInvitation.value;
  // A title (and description) alone is a page with nothing else shown; more unrecognised text is
  // not a page.
  if (!recognised && nonBlank > 2) {
    return Error{
        std::string(file), Position{first->number, first->column, first->offset},
        "not a career page: none of its " + std::to_string(nonBlank) +
            " lines is a heading of the career page layout (e.g. \"Key Responsibilities\")"};
  }
  result.document = careerToDocument(career);
  return result;
}

}  // namespace careerlint
