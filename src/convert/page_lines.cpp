#include "convert/page_lines.h"

#include "util/ascii.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace careerlint::convert {

std::vector<PageLine> splitPageLines(std::string_view text, std::uint32_t base) {
  std::vector<PageLine> lines;
  std::uint32_t number = 1;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    const bool last = end == std::string_view::npos;
    if (last) end = text.size();
    std::string_view raw = text.substr(start, end - start);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    const std::string_view trimmed = strings::trim(raw);
    const auto lead = static_cast<std::uint32_t>(trimmed.empty() ? 0 : trimmed.data() - raw.data());
    const auto [removalBegin, removalEnd] = strings::lineRemovalRange(text, start);
    lines.push_back(
        PageLine{trimmed, number, base + static_cast<std::uint32_t>(start) + lead,
                 1 + static_cast<std::uint32_t>(utf8::codePointCount(raw.substr(0, lead))),
                 base + static_cast<std::uint32_t>(removalBegin),
                 base + static_cast<std::uint32_t>(removalEnd)});
    if (last) break;
    start = end + 1;
    ++number;
  }
  return lines;
}

Span spanOf(const PageLine& line, std::string_view part) {
  const auto before = static_cast<std::size_t>(part.data() - line.text.data());
  const auto beginColumn =
      line.column + static_cast<std::uint32_t>(utf8::codePointCount(line.text.substr(0, before)));
  const auto endColumn = beginColumn + static_cast<std::uint32_t>(utf8::codePointCount(part));
  return Span{Position{line.number, beginColumn, line.offset + static_cast<std::uint32_t>(before)},
              Position{line.number, endColumn,
                       line.offset + static_cast<std::uint32_t>(before + part.size())}};
}

bool isEmojiCodePoint(char32_t cp) noexcept {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) ||  // pictographs, emoticons, transport, symbols
         (cp >= 0x2600 && cp <= 0x27BF) ||    // misc symbols, dingbats
         (cp >= 0x2B00 && cp <= 0x2BFF) ||    // arrows and stars (⭐ U+2B50)
         (cp >= 0x2190 && cp <= 0x21FF) ||    // arrows
         (cp >= 0x2300 && cp <= 0x23FF) ||    // technical (⏰)
         cp == 0xFE0F || cp == 0xFE0E ||      // variation selectors
         cp == 0x200D ||                      // zero-width joiner
         cp == 0x20E3 ||                      // keycap
         (cp >= 0xE0020 && cp <= 0xE007F);    // tags
}

std::string_view stripEmojiPrefix(std::string_view line, bool* hadEmoji) {
  std::size_t offset = 0;
  bool any = false;
  while (offset < line.size()) {
    std::size_t next = offset;
    const char32_t cp = utf8::decode(line, next);
    if (!isEmojiCodePoint(cp)) break;
    any = true;
    offset = next;
  }
  if (hadEmoji) *hadEmoji = any;
  return strings::trimLeft(line.substr(offset));
}

std::optional<std::string_view> stripBullet(std::string_view line) {
  static constexpr std::string_view kDot = "\xE2\x80\xA2";  // •
  std::string_view rest = line;
  bool marked = false;
  if (rest.starts_with("- ") || rest.starts_with("* ")) {
    rest.remove_prefix(2);
    marked = true;
  } else if (rest == "-" || rest == "*") {
    return std::string_view{};
  } else {
    std::size_t digits = 0;
    while (digits < rest.size() && ascii::isDigit(rest[digits])) ++digits;
    if (digits > 0 && digits + 1 < rest.size() && rest[digits] == '.' && rest[digits + 1] == ' ') {
      rest.remove_prefix(digits + 2);
      marked = true;
    }
  }
  if (rest.starts_with(kDot)) {
    rest.remove_prefix(kDot.size());
    marked = true;
  }
  if (!marked) return std::nullopt;
  return strings::trimLeft(rest);
}

}  // namespace careerlint::convert
