#include "convert/time_breakdown.h"

#include <array>
#include <optional>

#include "util/ascii.h"
#include "util/strings.h"
#include "util/words.h"

namespace careerlint::convert {

namespace {

using ascii::isAlpha;
using ascii::isDigit;

struct Percent {
  std::size_t at = 0;   // offset of the first digit
  std::size_t end = 0;  // offset after '%'
  double value = 0;
};

// "50%" at or after `from`, not part of "35%+" or "1.5%" style figures of growth or money.
std::optional<Percent> findPercent(std::string_view s, std::size_t from) {
  for (std::size_t i = from; i < s.size(); ++i) {
    if (s[i] != '%' || i == 0 || !isDigit(s[i - 1])) continue;
    std::size_t begin = i;
    while (begin > 0 && isDigit(s[begin - 1])) --begin;
    if (begin > 0 && (s[begin - 1] == '.' || s[begin - 1] == '$' || isAlpha(s[begin - 1])))
      continue;
    // "60-70%" is a range, not a stated share.
    if (begin > 1 && s[begin - 1] == '-' && isDigit(s[begin - 2])) continue;
    if (begin > 3 && s.substr(begin - 3, 3) == "\xE2\x80\x93" && isDigit(s[begin - 4])) continue;
    if (i - begin > 3) continue;
    if (i + 1 < s.size() && (s[i + 1] == '+' || isDigit(s[i + 1]))) continue;
    double value = 0;
    for (std::size_t k = begin; k < i; ++k) value = value * 10 + (s[k] - '0');
    return Percent{begin, i + 1, value};
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 9> kTimeWords = {
    "time", "day", "days", "hours", "week", "shift", "workday", "workweek", "schedule"};

struct LeadIn {
  std::string_view activity;
  bool timePhrase = false;  // " of [a few words] time"
  bool verb = false;        // any linking word, including "to", "on" (list clauses)
  bool strongVerb = false;  // "goes to", "involves", … (enough to open a breakdown)
};

// After "50%": skips " of [up to 4 words] time" and a linking verb; the rest is the activity.
LeadIn skipLeadIn(std::string_view rest) {
  LeadIn lead;
  rest = strings::trimLeft(rest);
  if (strings::startsWithIgnoreCase(rest, "of ")) {
    std::string_view probe = rest.substr(3);
    for (int words = 0; words < 5 && !probe.empty(); ++words) {
      const std::size_t space = probe.find_first_of(" ,");
      std::string_view word = probe.substr(0, space);
      bool isTimeWord = false;
      for (std::string_view timeWord : kTimeWords) {
        if (strings::equalsIgnoreCase(word, timeWord)) isTimeWord = true;
      }
      if (isTimeWord) {
        lead.timePhrase = true;
        rest = space == std::string_view::npos ? std::string_view{}
                                               : strings::trimLeft(probe.substr(space + 1));
        break;
      }
      if (space == std::string_view::npos) break;
      probe = strings::trimLeft(probe.substr(space + 1));
    }
  }
  static constexpr std::array<std::string_view, 34> kVerbs = {"goes toward ",
                                                              "goes towards ",
                                                              "goes to ",
                                                              "go to ",
                                                              "goes into ",
                                                              "is spent on ",
                                                              "are spent on ",
                                                              "is spent ",
                                                              "is devoted to ",
                                                              "is dedicated to ",
                                                              "involves ",
                                                              "involve ",
                                                              "covers ",
                                                              "addresses ",
                                                              "handles ",
                                                              "includes ",
                                                              "splits between ",
                                                              "splits among ",
                                                              "is split between ",
                                                              "is split among ",
                                                              "divides among ",
                                                              "divides between ",
                                                              "is divided between ",
                                                              "consists of ",
                                                              "focuses on ",
                                                              "centers on ",
                                                              "revolves around ",
                                                              "is ",
                                                              "to ",
                                                              "on ",
                                                              "in ",
                                                              "for ",
                                                              "with ",
                                                              "into "};
  constexpr std::size_t kStrongVerbs = 27;  // the entries before "is "
  // "45% of time for inspectors goes to …": a short qualifier before the verb.
  if (lead.timePhrase) {
    for (std::size_t i = 0; i < kStrongVerbs; ++i) {
      const std::string_view verb = kVerbs[i];
      const std::size_t at = rest.find(std::string(" ") + std::string(verb));
      if (at != std::string_view::npos && at < 40 &&
          rest.substr(0, at).find_first_of(",;:") == std::string_view::npos) {
        rest = rest.substr(at + 1);
        break;
      }
    }
  }
  for (std::size_t i = 0; i < kVerbs.size(); ++i) {
    const std::string_view verb = kVerbs[i];
    if (strings::startsWithIgnoreCase(rest, verb)) {
      lead.verb = true;
      lead.strongVerb = i < kStrongVerbs;
      rest = rest.substr(verb.size());
      break;
    }
  }
  lead.activity = rest;
  return lead;
}

// A remainder phrase at `at`: "the remaining time", "the remainder", "the rest", "remaining time".
// Returns its length, 0 if there is none. "while remaining calm" and "remaining positions" fail.
std::size_t remainderPhraseAt(std::string_view s, std::size_t at) {
  std::string_view rest = s.substr(at);
  for (std::string_view phrase :
       {"the remainder", "the rest of the time", "the rest of their time", "the rest"}) {
    if (strings::startsWithIgnoreCase(rest, phrase) &&
        (rest.size() == phrase.size() || !isAlpha(rest[phrase.size()]))) {
      return phrase.size();
    }
  }
  std::size_t lead = 0;
  if (strings::startsWithIgnoreCase(rest, "the remaining ")) {
    lead = 14;
  } else if (strings::startsWithIgnoreCase(rest, "remaining ") && at == 0) {
    lead = 10;
  } else {
    return 0;
  }
  std::string_view after = rest.substr(lead);
  for (std::string_view timeWord : {"time", "hours", "portion", "share", "part", "day", "week"}) {
    if (strings::startsWithIgnoreCase(after, timeWord)) return lead + timeWord.size();
  }
  if (!after.empty() && isDigit(after[0])) return lead;  // "the remaining 40%"
  return 0;
}

struct Marker {
  std::size_t at;  // where the clause's figure starts
  std::size_t figureEnd;
  double value;
  bool remainder;
  bool explicitNumber;
};

// Every share marker in a sentence, in order.
std::vector<Marker> findMarkers(std::string_view sentence) {
  std::vector<Marker> markers;
  std::size_t from = 0;
  while (from < sentence.size()) {
    std::optional<Percent> percent = findPercent(sentence, from);
    std::size_t remainderAt = std::string_view::npos;
    std::size_t remainderLength = 0;
    for (std::size_t i = from; i < sentence.size(); ++i) {
      if (i > 0 && isAlpha(sentence[i - 1])) continue;
      if (const std::size_t length = remainderPhraseAt(sentence, i)) {
        remainderAt = i;
        remainderLength = length;
        break;
      }
    }
    if (remainderAt != std::string_view::npos && (!percent || remainderAt < percent->at)) {
      Marker marker{remainderAt, remainderAt + remainderLength, 0, true, false};
      // "the remaining 40%": the number belongs to the remainder.
      std::string_view after = strings::trimLeft(sentence.substr(marker.figureEnd));
      if (percent && !after.empty() && isDigit(after[0]) &&
          percent->at == static_cast<std::size_t>(after.data() - sentence.data())) {
        marker.figureEnd = percent->end;
        marker.value = percent->value;
        marker.explicitNumber = true;
      }
      markers.push_back(marker);
      from = marker.figureEnd;
    } else if (percent) {
      markers.push_back(Marker{percent->at, percent->end, percent->value, false, true});
      from = percent->end;
    } else {
      break;
    }
  }
  return markers;
}

// A sentence that opens a breakdown: a share of time, not just any percentage.
bool opensBreakdown(std::string_view sentence, const std::vector<Marker>& markers) {
  if (markers.empty() || markers.front().remainder) return false;
  if (strings::startsWithIgnoreCase(sentence, "perhaps ")) return true;
  const LeadIn lead = skipLeadIn(sentence.substr(markers.front().figureEnd));
  return lead.timePhrase || lead.strongVerb;
}

// A sentence that goes on with the breakdown: "Another 35% involves…", "The remaining time…".
bool continuesBreakdown(std::string_view sentence, const std::vector<Marker>& markers) {
  if (markers.empty()) return false;
  const Marker& first = markers.front();
  if (first.remainder) return first.at == 0;
  std::string_view head = sentence.substr(0, first.at);
  for (std::string_view opener : {"another ", "an additional ", "a further ", "roughly ", "about ",
                                  "perhaps ", "around ", "approximately ", "maybe ", "and "}) {
    if (strings::equalsIgnoreCase(head, opener)) return true;
  }
  return head.empty();
}

std::string_view trimClause(std::string_view clause) {
  clause = strings::trim(clause);
  while (!clause.empty() &&
         (clause.back() == '.' || clause.back() == ',' || clause.back() == ';')) {
    clause.remove_suffix(1);
    clause = strings::trimRight(clause);
  }
  for (std::string_view tail :
       {" and", " with", " while", ", and another", ", another", " another"}) {
    if (clause.ends_with(tail))
      clause = strings::trimRight(clause.substr(0, clause.size() - tail.size()));
  }
  while (!clause.empty() && (clause.back() == ',' || clause.back() == ';')) clause.remove_suffix(1);
  return clause;
}

void collectClauses(std::string_view sentence, const std::vector<Marker>& markers,
                    std::vector<SharePhrase>& out) {
  for (std::size_t i = 0; i < markers.size(); ++i) {
    const Marker& m = markers[i];
    std::size_t clauseEnd = sentence.size();
    if (i + 1 < markers.size()) {
      // The next clause starts at its separator: back up over "another", "and", ", ".
      clauseEnd = markers[i + 1].at;
    }
    std::string_view tail = sentence.substr(m.figureEnd, clauseEnd - m.figureEnd);
    std::string_view activity = trimClause(skipLeadIn(tail).activity);
    SharePhrase phrase;
    phrase.activity = activity;
    phrase.figure = sentence.substr(m.at, m.figureEnd - m.at);
    phrase.share = m.value;
    phrase.remainder = m.remainder;
    out.push_back(phrase);
    if (m.remainder && !m.explicitNumber) out.back().share = -1;  // computed below
  }
}

}  // namespace

std::vector<SharePhrase> extractTimeBreakdown(std::string_view paragraph, double total) {
  std::vector<SharePhrase> parts;
  bool started = false;
  int asides = 0;  // "For investigators, similar time goes to …" between two share sentences
  for (std::string_view sentence : words::splitSentences(paragraph)) {
    const std::vector<Marker> markers = findMarkers(sentence);
    if (!started) {
      if (!opensBreakdown(sentence, markers)) continue;
      started = true;
    } else if (!continuesBreakdown(sentence, markers)) {
      if (markers.empty() && asides++ == 0) continue;
      break;
    }
    collectClauses(sentence, markers, parts);
    bool sawRemainder = false;
    for (const SharePhrase& part : parts) sawRemainder = sawRemainder || part.remainder;
    if (sawRemainder) break;
  }
  double stated = 0;
  for (const SharePhrase& part : parts) {
    if (!(part.remainder && part.share < 0)) stated += part.share;
  }
  for (SharePhrase& part : parts) {
    if (part.remainder && part.share < 0) part.share = total - stated;
  }
  return parts;
}

}  // namespace careerlint::convert
