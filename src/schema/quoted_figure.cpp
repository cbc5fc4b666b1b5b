// x-careerlint-quoted-figure (rule quoted-growth): a figure a text quotes for a stored number
// is that number, e.g. the growth a rationale quotes ("Growth of 15% reflects …") equals
// jobGrowth.percentChange.
//
//   "x-careerlint-quoted-figure": {"text": "/classificationRationale",
//                                  "figure": "/jobGrowth/percentChange",
//                                  "terms": ["growth"], "within": 5}
//
// A quoted figure is a percentage ("15%", "+25%", "40%+": "or more" still quotes 40) in the same
// sentence as a term (whole word, any case, plural in -s included) and at most `within` words
// from it, on either side. Each such figure must equal the stored number; nothing is checked
// while either is missing or of the wrong type.

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "schema/keyword.h"
#include "util/ascii.h"
#include "util/strings.h"

namespace careerlint::schema {

namespace {

constexpr std::string_view kRule = "quoted-growth";

bool isPointer(const nlohmann::json& value) {
  return value.is_string() &&
         (value.get<std::string>().empty() || value.get<std::string>()[0] == '/');
}

std::string validateParameters(const nlohmann::json& p) {
  if (!p.is_object()) return "the parameters must be an object";
  for (const auto& [key, value] : p.items()) {
    if (key == "text" || key == "figure") {
      if (!isPointer(value)) return "\"" + key + "\" must be a JSON pointer such as \"/a/b\"";
    } else if (key == "terms") {
      if (!value.is_array() || value.empty()) return "\"terms\" must list words";
      for (const nlohmann::json& term : value) {
        if (!term.is_string() || term.get<std::string>().empty()) {
          return "\"terms\" must hold non-empty texts";
        }
      }
    } else if (key == "within") {
      if (!value.is_number_integer() || value.get<long long>() < 0 || value.get<long long>() > 50) {
        return "\"within\" must be a whole number of words from 0 to 50";
      }
    } else {
      return "unknown parameter \"" + key + "\" (known: text, figure, terms, within)";
    }
  }
  if (!p.contains("text") || !p.contains("figure") || !p.contains("terms")) {
    return "\"text\", \"figure\" and \"terms\" are required";
  }
  return {};
}

struct Word {
  std::string_view text;  // the word without surrounding punctuation
  bool endsSentence = false;
};

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Splits on white space; a word ending in '.', '!' or '?' ends its sentence ("0.25" does not).
std::vector<Word> words(std::string_view text) {
  std::vector<Word> out;
  std::size_t at = 0;
  while (at < text.size()) {
    while (at < text.size() && isSpace(text[at])) ++at;
    const std::size_t begin = at;
    while (at < text.size() && !isSpace(text[at])) ++at;
    if (begin == at) break;
    std::string_view word = text.substr(begin, at - begin);
    Word entry;
    while (!word.empty() &&
           std::string_view(".!?,;:)\"'").find(word.back()) != std::string_view::npos) {
      if (word.back() == '.' || word.back() == '!' || word.back() == '?') entry.endsSentence = true;
      word.remove_suffix(1);
    }
    while (!word.empty() && std::string_view("(\"'").find(word.front()) != std::string_view::npos) {
      word.remove_prefix(1);
    }
    entry.text = word;
    out.push_back(entry);
  }
  return out;
}

// "15%", "+25%", "40%+", "-3.5%": the number, or nothing.
std::optional<double> percentage(std::string_view word) {
  if (word.ends_with("%+")) word.remove_suffix(1);
  if (!word.ends_with('%')) return std::nullopt;
  word.remove_suffix(1);
  bool negative = false;
  if (!word.empty() && (word.front() == '+' || word.front() == '-')) {
    negative = word.front() == '-';
    word.remove_prefix(1);
  }
  if (word.empty() || !ascii::isDigit(word.front()) || !ascii::isDigit(word.back()))
    return std::nullopt;
  for (char c : word) {
    if (!ascii::isDigit(c) && c != '.') return std::nullopt;
  }
  const double value = std::strtod(std::string(word).c_str(), nullptr);
  return negative ? -value : value;
}

class QuotedFigureConstraint final : public KeywordConstraintBase<QuotedFigureConstraint> {
 public:
  QuotedFigureConstraint(std::string text, std::string figure, std::vector<std::string> terms,
                         std::size_t within)
      : text_(std::move(text)), figure_(std::move(figure)), within_(within) {
    for (const std::string& term : terms) terms_.push_back(strings::toLower(term));
  }

  void check(Reporter& r) const override {
    const Node* text = resolvePointer(&r.node(), text_);
    const Node* figure = resolvePointer(&r.node(), figure_);
    if (!text || !text->isString() || !figure || !figure->isNumber()) return;
    const std::vector<Word> all = words(text->text());
    std::size_t sentenceBegin = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (all[i].endsSentence || i + 1 == all.size()) {
        checkSentence(r, *text, *figure, all, sentenceBegin, i);
        sentenceBegin = i + 1;
      }
    }
  }

 private:
  bool isTerm(std::string_view word) const {
    const std::string lower = strings::toLower(word);
    for (const std::string& term : terms_) {
      if (lower == term || lower == term + "s") return true;
    }
    return false;
  }

  void checkSentence(Reporter& r, const Node& text, const Node& figure,
                     const std::vector<Word>& all, std::size_t begin, std::size_t end) const {
    for (std::size_t i = begin; i <= end; ++i) {
      const std::optional<double> quoted = percentage(all[i].text);
      if (!quoted) continue;
      // Only the words near the figure are looked at: a long sentence stays linear.
      bool nearTerm = false;
      const std::size_t from = i - std::min(i - begin, within_ + 1);
      const std::size_t to = std::min(end, i + within_ + 1);
      for (std::size_t j = from; j <= to && !nearTerm; ++j) {
        nearTerm = j != i && isTerm(all[j].text);
      }
      if (!nearTerm || std::fabs(*quoted - figure.number()) <= 1e-9) continue;
      r.error(kRule, "figureMismatch", text, text_,
              "quotes " + std::string(all[i].text) + ", but " + r.path(figure_) + " is " +
                  std::string(figure.text()) + " (a figure within " + std::to_string(within_) +
                  " words of \"" + terms_.front() + "\" quotes the stored change)");
    }
  }

  std::string text_;
  std::string figure_;
  std::vector<std::string> terms_;
  std::size_t within_;
};

std::unique_ptr<KeywordConstraint> make(const nlohmann::json& p) {
  return std::make_unique<QuotedFigureConstraint>(
      p.at("text").get<std::string>(), p.at("figure").get<std::string>(),
      p.at("terms").get<std::vector<std::string>>(), p.value("within", std::size_t{5}));
}

RuleMeta quotedGrowthRuleMeta() {
  return schemaRuleMeta(
      std::string(kRule), "A growth figure quoted in a text is not the stored percent change",
      Severity::Error, {{"figureMismatch", "the quoted figure differs from the stored one"}});
}

}  // namespace

KeywordDefinition quotedFigureKeyword() {
  return {"x-careerlint-quoted-figure", quotedGrowthRuleMeta, validateParameters, make};
}

}  // namespace careerlint::schema
