// stale-data: dates and data years older than a configured age, relative to a configurable
// "today": `last_updated` (a date), the year of the wage and cost data, and the projection period
// of the job-growth figure ("BLS 2024-2034"; on a raw page the "(BLS 2024-2034)" line).
#include <chrono>

#include "rules/rules.h"
#include "rules/support/rule_util.h"
#include "rules/support/vocabulary.h"
#include "util/ascii.h"
#include "util/strings.h"

namespace careerlint::rules {

namespace {

using ascii::isDigit;

std::optional<int> fourDigits(std::string_view text) {
  if (text.size() != 4 || !std::all_of(text.begin(), text.end(), isDigit)) return std::nullopt;
  return (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
}

// "2026-01-08" (optionally followed by a time: "2026-01-08T10:00:00Z").
std::optional<std::chrono::sys_days> parseDate(std::string_view text) {
  text = strings::trim(text);
  if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ')) text = text.substr(0, 10);
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = fourDigits(text.substr(0, 4));
  auto two = [&](std::size_t at) -> int {
    return isDigit(text[at]) && isDigit(text[at + 1]) ? (text[at] - '0') * 10 + (text[at + 1] - '0')
                                                      : -1;
  };
  const int month = two(5);
  const int day = two(8);
  if (!year || month < 1 || day < 1) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year{*year},
                                         std::chrono::month{static_cast<unsigned>(month)},
                                         std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok()) return std::nullopt;
  return std::chrono::sys_days{date};
}

std::string formatDate(std::chrono::sys_days days) {
  const std::chrono::year_month_day date{days};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

int yearOf(std::chrono::sys_days days) {
  return static_cast<int>(std::chrono::year_month_day{days}.year());
}

// The first "YYYY-YYYY" (hyphen or en dash) in a source text: a projection period.
struct Period {
  std::string_view text;
  int start;
  int end;
};
std::optional<Period> findPeriod(std::string_view text) {
  for (std::size_t at = 0; at + 9 <= text.size(); ++at) {
    if (at > 0 && isDigit(text[at - 1])) continue;
    const auto start = fourDigits(text.substr(at, 4));
    if (!start) continue;
    for (std::string_view dash : {"-", "\xE2\x80\x93"}) {
      const std::size_t second = at + 4 + dash.size();
      if (text.substr(at + 4, dash.size()) != dash || second + 4 > text.size()) continue;
      const auto end = fourDigits(text.substr(second, 4));
      if (!end || *end <= *start || (second + 4 < text.size() && isDigit(text[second + 4])))
        continue;
      return Period{text.substr(at, second + 4 - at), *start, *end};
    }
  }
  return std::nullopt;
}

// Option names, as the metadata declares them and check() reads them.
constexpr char kMaxAgeDaysOption[] = "max_age_days";
constexpr char kMaxAgeYearsOption[] = "max_age_years";
constexpr char kTodayOption[] = "today";

class StaleData final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "stale-data",
        .description =
            "Projection periods, data years and last_updated dates older than a configured age",
        .defaultSeverity = Severity::Warning,
        .options =
            {
                {kTodayOption, OptionType::String, std::string(),
                 "The date ages are measured from (ISO, YYYY-MM-DD); empty: the real current date"},
                {kMaxAgeDaysOption, OptionType::Integer, std::int64_t{365},
                 "Oldest last_updated date accepted, in days"},
                {kMaxAgeYearsOption, OptionType::Integer, std::int64_t{2},
                 "Oldest data year (wages, costs) or projection start accepted, in years before "
                 "today's year"},
            },
        .messages = {{"staleDate", "last_updated is older than max_age_days"},
                     {"staleYear", "the year of a figure's data is older than max_age_years"},
                     {"staleProjection",
                      "the projection period starts longer ago than max_age_years"},
                     {"futureDate", "a date or year after today"}},
    };
    return meta;
  }

  void check(RuleContext& context) const override {
    const Node* root = context.root();
    if (!root || !root->isMapping()) return;
    const std::chrono::sys_days today = todayOf(context);
    checkLastUpdated(context, root, today);
    const Node* wages = root->get("wages");
    checkYear(context, child(wages, "year"), "/wages/year", "wage figures", today);
    const Node* education = root->get("education");
    const Node* costSource = child(education, "cost_data_source");
    checkYear(context, child(costSource, "year"), "/education/cost_data_source/year",
              "education costs", today);
    const Node* ai = root->get("ai_assessment");
    const Node* growth = child(ai, "jobGrowth");
    checkProjection(context, vocabulary::stringAt(growth, "source"),
                    "/ai_assessment/jobGrowth/source", today);
  }

 private:
  static std::chrono::sys_days todayOf(const RuleContext& context) {
    if (auto configured = parseDate(context.options().string(kTodayOption))) return *configured;
    return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  }

  static void checkLastUpdated(RuleContext& context, const Node* root,
                               std::chrono::sys_days today) {
    const Node* node = vocabulary::stringAt(root, "last_updated");
    if (!node) return;
    const auto date = parseDate(node->text());
    if (!date) return;  // not a date: the schema's finding
    const long long age = (today - *date).count();
    const std::int64_t limit = context.options().integer(kMaxAgeDaysOption);
    if (age < 0) {
      context.report("futureDate",
                     "last_updated: " + formatDate(*date) + " is after today (" +
                         formatDate(today) +
                         "): correct the date to when the page was last reviewed",
                     node->span(), "/last_updated");
    } else if (age > limit) {
      context.report("staleDate",
                     "last_updated: " + formatDate(*date) + " is " + strings::plural(age, "day") +
                         " before today (" + formatDate(today) + "), more than " +
                         std::to_string(limit) + ": review the page's figures and update the date",
                     node->span(), "/last_updated");
    }
  }

  static void checkYear(RuleContext& context, const Node* node, const std::string& pointer,
                        std::string_view what, std::chrono::sys_days today) {
    if (!node || node->kind() != NodeKind::Integer) return;
    const long long year = node->integer();
    const int current = yearOf(today);
    const std::int64_t limit = context.options().integer(kMaxAgeYearsOption);
    if (year > current) {
      context.report("futureDate",
                     dottedPath(pointer) + ": " + std::to_string(year) +
                         " is after today's year (" + std::to_string(current) +
                         "): correct the year of the " + std::string(what),
                     node->span(), pointer);
    } else if (current - year > limit) {
      context.report("staleYear",
                     dottedPath(pointer) + ": the " + std::string(what) + " are from " +
                         std::to_string(year) + ", " + strings::plural(current - year, "year") +
                         " before today's year (" + std::to_string(current) + "), more than " +
                         std::to_string(limit) +
                         ": refresh them from the newest data and update the year",
                     node->span(), pointer);
    }
  }

  static void checkProjection(RuleContext& context, const Node* node, const std::string& pointer,
                              std::chrono::sys_days today) {
    if (!node) return;
    const auto period = findPeriod(node->text());
    if (!period) return;
    const int current = yearOf(today);
    const std::int64_t limit = context.options().integer(kMaxAgeYearsOption);
    const Span span = spanWithin(context.file(), *node, period->text);
    if (period->start > current) {
      context.report("futureDate",
                     dottedPath(pointer) + ": the projection period " + std::string(period->text) +
                         " starts after today's year (" + std::to_string(current) +
                         "): correct the period",
                     span, pointer);
    } else if (current - period->start > limit) {
      context.report("staleProjection",
                     dottedPath(pointer) + ": the projection period " + std::string(period->text) +
                         " starts " + strings::plural(current - period->start, "year") +
                         " before today's year (" + std::to_string(current) + "), more than " +
                         std::to_string(limit) +
                         ": BLS publishes new 10-year projections every year; update the growth "
                         "figure and its period",
                     span, pointer);
    }
  }
};

}  // namespace

const Rule& staleDataRule() {
  static const StaleData rule;
  return rule;
}

}  // namespace careerlint::rules
