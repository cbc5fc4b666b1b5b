#include "convert/page_parser.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <string>

#include "careerlint/convert.h"
#include "convert/credentials.h"
#include "convert/time_breakdown.h"
#include "core/directives.h"
#include "util/ascii.h"
#include "util/strings.h"

namespace careerlint::convert {

namespace {

// Compares ignoring case and runs of spaces.
bool sameWords(std::string_view a, std::string_view b) {
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == ' ' && b[j] == ' ') {
      while (i < a.size() && a[i] == ' ') ++i;
      while (j < b.size() && b[j] == ' ') ++j;
      continue;
    }
    if (ascii::toLower(a[i]) != ascii::toLower(b[j])) return false;
    ++i, ++j;
  }
  return i == a.size() && j == b.size();
}

}  // namespace

const SectionInfo* matchHeading(std::string_view line) {
  const std::string_view title = stripEmojiPrefix(line);
  for (const SectionInfo& section : layout::kSections) {
    if (sameWords(title, section.title)) return &section;
  }
  return nullptr;
}

namespace {

// "$132,880" -> 132880; nullopt for "$NaN" or anything that is not money.
std::optional<double> parseMoney(std::string_view text) {
  text = strings::trim(text);
  if (!text.starts_with('$')) return std::nullopt;
  text.remove_prefix(1);
  std::string digits;
  for (char c : text) {
    if (c == ',') continue;
    if (ascii::isDigit(c) || c == '.') {
      digits.push_back(c);
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty()) return std::nullopt;
  double value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

std::optional<double> parseNumber(std::string_view text) {
  text = strings::trim(text);
  if (text.starts_with('+')) text.remove_prefix(1);
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// "$A - $B": both amounts, as views into the text.
std::optional<std::pair<std::string_view, std::string_view>> splitMoneyRange(
    std::string_view text) {
  const std::size_t dash = text.find(" - ");
  if (dash == std::string_view::npos) return std::nullopt;
  std::string_view low = strings::trim(text.substr(0, dash));
  std::string_view high = strings::trim(text.substr(dash + 3));
  if (!low.starts_with('$') || !high.starts_with('$')) return std::nullopt;
  return std::pair{low, high};
}

// "0.5-2" -> {0.5, 2} as views.
std::optional<std::pair<std::string_view, std::string_view>> splitNumberRange(
    std::string_view text) {
  const std::size_t dash = text.find('-', 1);
  if (dash == std::string_view::npos) return std::nullopt;
  std::string_view low = text.substr(0, dash);
  std::string_view high = text.substr(dash + 1);
  if (!parseNumber(low) || !parseNumber(high)) return std::nullopt;
  return std::pair{low, high};
}

class PageParser {
 public:
  PageParser(std::string_view file, std::vector<Finding>& warnings)
      : file_(file), warnings_(warnings) {}

  Career parse(const std::vector<PageLine>& lines) {
    std::size_t headerLines = 0;
    for (const PageLine& line : lines) {
      if (line.text.empty()) continue;
      if (parseDirective(line.text)) {  // a careerlint-disable comment, not page content
        career_.directives.push_back(Text{std::string(line.text), spanOf(line)});
        continue;
      }
      if (handleClosing(line)) continue;
      if (const SectionInfo* heading = headingOf(line)) {
        openSection(*heading, line);
        continue;
      }
      if (!section_ && !inUnknownSection_ && !inClosing_) {
        // The header: title, then description; anything else before the first heading is unplaced.
        if (headerLines == 0 && !looksLikeUnknownHeading(line)) {
          career_.title = TextField{std::string(line.text), spanOf(line)};
          ++headerLines;
          continue;
        }
        if (headerLines == 1 && !looksLikeUnknownHeading(line)) {
          career_.description = TextField{std::string(line.text), spanOf(line)};
          ++headerLines;
          continue;
        }
      }
      if (inClosing_) {
        unplace(line);
        continue;
      }
      if (section_ && sectionLine(line)) continue;
      if (looksLikeUnknownHeading(line)) {
        section_.reset();
        inUnknownSection_ = true;
      }
      unplace(line);
    }
    finish();
    return std::move(career_);
  }

 private:
  // ---- headings and the closing block -------------------------------------------------------

  const SectionInfo* headingOf(const PageLine& line) {
    // Inside the AI section the component repeats the title as its own h3, without emoji.
    if (section_ == SectionId::AiAssessment && !aiTitleSeen_ &&
        sameWords(line.text, layout::kAiTitle)) {
      return nullptr;
    }
    return matchHeading(line.text);
  }

  static bool looksLikeUnknownHeading(const PageLine& line) {
    bool hadEmoji = false;
    const std::string_view rest = stripEmojiPrefix(line.text, &hadEmoji);
    return hadEmoji && !rest.empty() && rest.size() <= 60 && !rest.ends_with('.');
  }

  bool handleClosing(const PageLine& line) {
    const std::string_view text = line.text;
    const bool question = (text.starts_with(layout::kClosingQuestionLeads[0]) ||
                           text.starts_with(layout::kClosingQuestionLeads[1])) &&
                          text.ends_with(layout::kClosingQuestionEnd);
    const bool feedback = text == layout::kClosingQuestionCurrent;
    if ((question || feedback) && !career_.closingQuestion.value) {
      career_.closingQuestion = TextField{std::string(text), spanOf(line)};
      inClosing_ = true;
      section_.reset();
      return true;
    }
    if (text.starts_with(layout::kClosingInvitationLead) && !career_.closingInvitation.value) {
      career_.closingInvitation = TextField{std::string(text), spanOf(line)};
      inClosing_ = true;
      section_.reset();
      return true;
    }
    return false;
  }

  void openSection(const SectionInfo& info, const PageLine& line) {
    section_ = info.id;
    inUnknownSection_ = false;
    inClosing_ = false;
    const Span span = spanOf(line);
    career_.sections.push_back(
        PageSection{std::string(info.slug), Text{std::string(line.text), span}, {}});
    if (Span Career::*headingSpan = headingSpanOf(info.id)) career_.*headingSpan = span;
    switch (info.id) {
      case SectionId::CareerVideo:
        career_.video = Flag{true, span};
        break;
      case SectionId::InsideThisCareer:
        if (!career_.insideLook) career_.insideLook = InsideLook{span, {}, {}};
        break;
      case SectionId::CareerProgression:
        if (!career_.careerProgression) {
          career_.careerProgression =
              CareerProgression{span, {std::nullopt, span}, {std::nullopt, span}, {}};
        }
        break;
      case SectionId::Education:
        if (!career_.education) career_.education = emptyEducation(span);
        break;
      case SectionId::AiAssessment:
        if (!career_.aiAssessment) career_.aiAssessment = emptyAiAssessment(span);
        aiTitleSeen_ = false;
        pendingMetric_ = -1;
        break;
      default:  // a list section: its heading's span is all it starts with
        break;
    }
  }

  // Where the career keeps the heading of a list section; null for the other sections.
  static Span Career::*headingSpanOf(SectionId id) {
    switch (id) {
      case SectionId::KeyResponsibilities:
        return &Career::tasksSpan;
      case SectionId::TechnologySkills:
        return &Career::technologySkillsSpan;
      case SectionId::KeyAbilities:
        return &Career::abilitiesSpan;
      case SectionId::AlsoKnownAs:
        return &Career::alternateTitlesSpan;
      case SectionId::RelatedCareers:
        return &Career::relatedCareersSpan;
      case SectionId::DataSources:
        return &Career::dataSourcesSpan;
      default:
        return nullptr;
    }
  }

  // An education section with nothing in it yet: every value points at the heading.
  static Education emptyEducation(const Span& heading) {
    Education education;
    education.span = heading;
    education.typicalEntryEducation.span = education.workExperienceRequired.span =
        education.onTheJobTraining.span = heading;
    education.requiresLicenseOrCert.span = heading;
    education.durationSpan = education.costSpan = education.costSourceSpan = heading;
    education.durationMin.span = education.durationMax.span = education.durationTypical.span =
        heading;
    education.costMin.span = education.costMax.span = heading;
    education.costSourcePrimary.span = education.costSourceYear.span = heading;
    education.earningWhileLearning.span = heading;
    return education;
  }

  // An AI assessment with nothing in it yet: every value points at the heading.
  static AiAssessment emptyAiAssessment(const Span& heading) {
    AiAssessment ai;
    ai.span = ai.jobGrowthSpan = heading;
    for (TextField* field : {&ai.classification, &ai.classificationRationale, &ai.explanation,
                             &ai.taskExposure, &ai.automationPotential, &ai.jobGrowthCategory,
                             &ai.jobGrowthSource, &ai.humanAdvantageCategory}) {
      field->span = heading;
    }
    ai.jobGrowthPercentChange.span = heading;
    return ai;
  }

  void addLabel(const PageLine& line) {
    career_.sections.back().labels.push_back(Text{std::string(line.text), spanOf(line)});
  }

  void unplace(const PageLine& line) {
    career_.unplaced.push_back(
        UnplacedLine{line.number, Text{std::string(line.text), spanOf(line)}});
    Finding finding;
    finding.ruleId = "unplaced-line";
    finding.severity = Severity::Warning;
    if (const auto item = stripBullet(line.text); item && item->empty()) {
      // A list marker with no text: nothing is lost by deleting the line.
      finding.messageId = "emptyBullet";
      finding.message = "line " + std::to_string(line.number) + " is an empty bullet " +
                        strings::quoted(line.text) +
                        " with no text; it is kept under `unplaced`; delete the line";
      finding.fix =
          Fix{"delete the empty bullet line", {TextEdit{line.removalBegin, line.removalEnd, ""}}};
    } else {
      finding.messageId = "unplaced";
      finding.message = "line " + std::to_string(line.number) +
                        " is not part of the career page layout; it is kept under `unplaced`";
    }
    finding.file = std::string(file_);
    finding.span = spanOf(line);
    finding.pointer = "/unplaced/" + std::to_string(career_.unplaced.size() - 1);
    warnings_.push_back(std::move(finding));
  }

  // ---- sections ------------------------------------------------------------------------------

  // Places a line of the current section; false when it does not belong there.
  bool sectionLine(const PageLine& line) {
    switch (*section_) {
      case SectionId::CareerVideo:
        return false;  // the player has no text
      case SectionId::KeyResponsibilities:
        return listItem(line, career_.tasks);
      case SectionId::InsideThisCareer:
        career_.insideLook->content.push_back(Text{std::string(line.text), spanOf(line)});
        return true;
      case SectionId::CareerProgression:
        return progressionLine(line);
      case SectionId::Education:
        return educationLine(line);
      case SectionId::AiAssessment:
        return aiLine(line);
      case SectionId::TechnologySkills:
        return listItem(line, career_.technologySkills);
      case SectionId::KeyAbilities:
        return listItem(line, career_.abilities);
      case SectionId::AlsoKnownAs:
        if (isMoreLabel(line.text)) {
          addLabel(line);
          return true;
        }
        return listItem(line, career_.alternateTitles);
      case SectionId::RelatedCareers:
        return relatedLine(line);
      case SectionId::DataSources:
        return dataSourceLine(line);
      case SectionId::WhatWorkersSay:
        return false;  // reviews are not part of the model
    }
    return false;
  }

  bool listItem(const PageLine& line, std::vector<Text>& list) {
    if (looksLikeUnknownHeading(line)) return false;
    std::string_view item = line.text;
    if (auto stripped = stripBullet(line.text)) item = *stripped;
    if (item.empty()) return false;  // an empty bullet carries nothing to keep as a value
    list.push_back(Text{std::string(item), spanOf(line, item)});
    return true;
  }

  static bool isMoreLabel(std::string_view text) {
    const auto count = strings::between(text, layout::kMorePrefix, layout::kMoreSuffix);
    return count && parseNumber(*count).has_value();
  }

  bool progressionLine(const PageLine& line) {
    CareerProgression& progression = *career_.careerProgression;
    const std::string_view text = line.text;
    if (const auto rest = strings::afterPrefix(text, layout::kProgressionSourcePrefix)) {
      const std::size_t open = rest->find(" (");
      const auto confidence =
          open == std::string_view::npos
              ? std::nullopt
              : strings::between(rest->substr(open), " (", layout::kMatchSuffix);
      if (confidence) {
        const std::string_view name = rest->substr(0, open);
        progression.source =
            TextField{std::string(name == layout::kLevelsFyiName ? layout::kLevelsFyiId : name),
                      spanOf(line, name)};
        progression.matchConfidence =
            TextField{std::string(*confidence), spanOf(line, *confidence)};
        return true;
      }
      return false;
    }
    if (text == layout::kProgressionHelp) {
      addLabel(line);
      return true;
    }
    if (auto number = parseNumber(text); number && text.find('.') == std::string_view::npos) {
      ProgressionLevel level;
      level.span = spanOf(line);
      level.levelNumber = NumberField{*number, spanOf(line)};
      level.levelName.span = level.yearsMin.span = level.yearsMax.span = level.span;
      level.compensationMedian.span = level.compensationMin.span = level.compensationMax.span =
          level.span;
      level.yearsSpan = level.compensationSpan = level.span;
      progression.levels.push_back(std::move(level));
      return true;
    }
    if (progression.levels.empty()) return false;
    ProgressionLevel& level = progression.levels.back();
    if (const auto range = strings::beforeSuffix(text, layout::kYearsExperienceSuffix)) {
      if (auto parts = splitNumberRange(*range)) {
        level.yearsSpan = spanOf(line);
        level.yearsMin = NumberField{parseNumber(parts->first), spanOf(line, parts->first)};
        level.yearsMax = NumberField{parseNumber(parts->second), spanOf(line, parts->second)};
        return true;
      }
    }
    if (auto range = splitMoneyRange(text)) {
      level.compensationMin = NumberField{parseMoney(range->first), spanOf(line, range->first)};
      level.compensationMax = NumberField{parseMoney(range->second), spanOf(line, range->second)};
      return true;
    }
    if (text.starts_with('$')) {
      level.compensationSpan = spanOf(line);
      level.compensationMedian = NumberField{parseMoney(text), spanOf(line)};
      return true;
    }
    if (!level.levelName.value) {
      level.levelName = TextField{std::string(text), spanOf(line)};
      return true;
    }
    return false;
  }

  // ---- education ----------------------------------------------------------------------------

  bool educationLine(const PageLine& line) {
    const std::string_view text = line.text;
    if (text == layout::kRequirementsLabel || text == layout::kTimeCostLabel ||
        text == layout::kDurationLabel || text == layout::kCostLabel) {
      addLabel(line);
      pendingEducationLabel_ = text;
      return true;
    }
    if (const auto item = stripBullet(text)) {
      pendingEducationLabel_ = {};
      return requirementLine(line, *item);
    }
    // The value line under a "Duration" or "Cost" label.
    if (pendingEducationLabel_ == layout::kDurationLabel) {
      pendingEducationLabel_ = {};
      return durationLine(line);
    }
    if (pendingEducationLabel_ == layout::kCostLabel) {
      pendingEducationLabel_ = {};
      return costLine(line);
    }
    if (text == layout::kEarningWhileLearning) {
      career_.education->earningWhileLearning = Flag{true, spanOf(line)};
      return true;
    }
    for (const auto& [label, key] : layout::kInstitutionRows) {
      if (const auto amount = strings::afterPrefix(text, label))
        return institutionCostLine(line, key, strings::trim(*amount));
    }
    return costSourceLine(line);
  }

  // A bullet of the Requirements list (`item` without its bullet): the licence flag or one of
  // the requirement rows, in the table's order (layout::kRequirements).
  bool requirementLine(const PageLine& line, std::string_view item) {
    Education& education = *career_.education;
    if (item == layout::kLicenseRequired ||
        strings::afterPrefix(item, layout::kWarningGlyph) == layout::kLicenseRequired) {
      education.requiresLicenseOrCert = Flag{true, spanOf(line, item)};
      return true;
    }
    static constexpr TextField Education::*kFields[] = {&Education::typicalEntryEducation,
                                                        &Education::workExperienceRequired,
                                                        &Education::onTheJobTraining};
    for (std::size_t i = 0; i < layout::kRequirements.size(); ++i) {
      const auto rest = strings::afterPrefix(item, layout::kRequirements[i].label);
      if (!rest) continue;
      const std::string_view value = strings::trim(*rest);
      TextField& field = education.*kFields[i];
      if (value.empty()) {
        field = TextField{std::nullopt, spanOf(line, item)};  // the label, shown with no value
      } else {
        field = TextField{std::string(value), spanOf(line, value)};
      }
      return true;
    }
    return false;
  }

  // "2-4 years (typically 4)", "1 year", "Varies".
  bool durationLine(const PageLine& line) {
    Education& education = *career_.education;
    education.durationSpan = spanOf(line);
    if (line.text == "Varies") return true;
    std::string_view years = line.text;
    std::string_view typical;
    if (const std::size_t open = years.find(layout::kTypicallyOpen);
        open != std::string_view::npos) {
      if (const auto inside = strings::between(years.substr(open), layout::kTypicallyOpen, ")")) {
        typical = *inside;
        years = years.substr(0, open);
      }
    }
    if (!years.ends_with(" years") && !years.ends_with(" year")) return false;
    years = years.substr(0, years.rfind(' '));
    if (auto range = splitNumberRange(years)) {
      education.durationMin = NumberField{parseNumber(range->first), spanOf(line, range->first)};
      education.durationMax = NumberField{parseNumber(range->second), spanOf(line, range->second)};
    } else if (auto single = parseNumber(years)) {
      education.durationMin = NumberField{single, spanOf(line, years)};
      education.durationMax = NumberField{single, spanOf(line, years)};
    } else {
      return false;
    }
    if (!typical.empty())
      education.durationTypical = NumberField{parseNumber(typical), spanOf(line, typical)};
    return true;
  }

  // "$10,000 - $40,000", "Varies".
  bool costLine(const PageLine& line) {
    Education& education = *career_.education;
    education.costSpan = spanOf(line);
    if (line.text == "Varies") return true;
    const auto range = splitMoneyRange(line.text);
    if (!range) return false;
    education.costMin = NumberField{parseMoney(range->first), spanOf(line, range->first)};
    education.costMax = NumberField{parseMoney(range->second), spanOf(line, range->second)};
    return true;
  }

  // A row of the cost by institution type: `amount` is what follows the row's label.
  bool institutionCostLine(const PageLine& line, std::string_view key, std::string_view amount) {
    Education& education = *career_.education;
    amount = strings::beforeSuffix(amount, layout::kPaidTraining).value_or(amount);
    const auto money = parseMoney(amount);
    if (!money) return false;
    // A second row for the same institution is kept under `unplaced`: the YAML mapping cannot
    // hold the key twice (found by fuzz_convert).
    for (const InstitutionCost& row : education.costByInstitutionType) {
      if (row.key == key) return false;
    }
    education.costByInstitutionType.push_back(
        InstitutionCost{std::string(key), Number{*money, spanOf(line, amount)}});
    return true;
  }

  // "Source: College Board (2024)".
  bool costSourceLine(const PageLine& line) {
    const auto rest = strings::afterPrefix(line.text, layout::kCostSourcePrefix);
    if (!rest || !rest->ends_with(')')) return false;
    const std::size_t open = rest->rfind(" (");
    if (open == std::string_view::npos) return false;
    const std::string_view primary = rest->substr(0, open);
    const std::string_view year = *strings::between(rest->substr(open), " (", ")");
    Education& education = *career_.education;
    education.costSourceSpan = spanOf(line);
    education.costSourcePrimary = TextField{std::string(primary), spanOf(line, primary)};
    education.costSourceYear = NumberField{parseNumber(year), spanOf(line, year)};
    return true;
  }

  // ---- AI assessment ------------------------------------------------------------------------

  // Each reader takes the line only if it is its kind, in this order.
  bool aiLine(const PageLine& line) {
    return aiTitleLine(line) || classificationBadge(line) || metricLabel(line) ||
           jobGrowthSourceLine(line) || jobGrowthFigure(line) || metricValue(line) ||
           rationaleLine(line);
  }

  // The component's own title (once).
  bool aiTitleLine(const PageLine& line) {
    if (aiTitleSeen_ || !(sameWords(line.text, layout::kAiTitle) ||
                          sameWords(line.text, layout::kAiTitleCurrent))) {
      return false;
    }
    aiTitleSeen_ = true;
    addLabel(line);
    return true;
  }

  // The badge: an emoji and the classification ("🟡AI-Augmented").
  bool classificationBadge(const PageLine& line) {
    bool hadEmoji = false;
    const std::string_view badge = stripEmojiPrefix(line.text, &hadEmoji);
    if (!hadEmoji) return false;
    for (const layout::Classification& classification : layout::kClassifications) {
      if (badge == classification.name) {
        career_.aiAssessment->classification = TextField{std::string(badge), spanOf(line, badge)};
        return true;
      }
    }
    return false;
  }

  // A metric's name (its value follows) or its explanation.
  bool metricLabel(const PageLine& line) {
    for (int i = 0; i < static_cast<int>(layout::kMetrics.size()); ++i) {
      const layout::Metric& metric = layout::kMetrics[static_cast<std::size_t>(i)];
      const bool name = line.text == metric.name;
      if (name || (!metric.explanation.empty() && line.text == metric.explanation)) {
        addLabel(line);
        pendingMetric_ = name ? i : -1;
        return true;
      }
    }
    return false;
  }

  // "(Bureau of Labor Statistics)".
  bool jobGrowthSourceLine(const PageLine& line) {
    const auto source = strings::between(line.text, "(", ")");
    if (!source || source->empty()) return false;
    career_.aiAssessment->jobGrowthSource = TextField{std::string(*source), spanOf(line, *source)};
    pendingMetric_ = -1;
    return true;
  }

  // "+5% over 10 years".
  bool jobGrowthFigure(const PageLine& line) {
    const std::string_view text = line.text;
    const std::size_t percent = text.find('%');
    if (!text.ends_with(layout::kGrowthSuffix) || percent == std::string_view::npos) return false;
    const std::string_view number = text.substr(0, percent);
    const auto value = parseNumber(number);
    if (!value) return false;
    career_.aiAssessment->jobGrowthPercentChange = NumberField{value, spanOf(line, number)};
    return true;
  }

  // The value under the metric name just read.
  bool metricValue(const PageLine& line) {
    if (pendingMetric_ < 0) return false;
    AiAssessment& ai = *career_.aiAssessment;
    TextField* fields[] = {&ai.taskExposure, &ai.automationPotential, &ai.jobGrowthCategory,
                           &ai.humanAdvantageCategory};
    *fields[pendingMetric_] = TextField{std::string(line.text), spanOf(line)};
    pendingMetric_ = -1;
    return true;
  }

  // "Factor + Factor: explanation" (the first such line; the rest is unplaced).
  bool rationaleLine(const PageLine& line) {
    AiAssessment& ai = *career_.aiAssessment;
    if (ai.classificationRationale.value) return false;
    const std::string_view text = line.text;
    ai.classificationRationale = TextField{std::string(text), spanOf(line)};
    const std::size_t colon = text.find(": ");
    if (colon == std::string_view::npos) return true;
    for (std::string_view factor : strings::split(text.substr(0, colon), " + ")) {
      factor = strings::trim(factor);
      if (!factor.empty()) ai.factors.push_back(Text{std::string(factor), spanOf(line, factor)});
    }
    const std::string_view explanation = strings::trim(text.substr(colon + 2));
    ai.explanation = TextField{std::string(explanation), spanOf(line, explanation)};
    return true;
  }

  // ---- related careers and data sources -----------------------------------------------------

  bool relatedLine(const PageLine& line) {
    const std::string_view text = line.text;
    if (text.starts_with(layout::kOtherCareersPrefix)) {
      const std::string_view category =
          strings::trim(text.substr(layout::kOtherCareersPrefix.size()));
      if (category.empty()) return false;
      career_.category = TextField{std::string(category), spanOf(line, category)};
      return true;
    }
    if (text == layout::kCompare) {
      addLabel(line);
      return true;
    }
    if (text.ends_with(layout::kPerYearSuffix) && text.starts_with('$')) {
      if (career_.relatedCareers.empty() || career_.relatedCareers.back().medianPay.value)
        return false;
      const std::string_view amount = text.substr(0, text.size() - layout::kPerYearSuffix.size());
      career_.relatedCareers.back().medianPay =
          NumberField{parseMoney(amount), spanOf(line, amount)};
      return true;
    }
    if (looksLikeUnknownHeading(line)) return false;
    const std::string_view title = stripBullet(text).value_or(text);
    if (title.empty()) return false;
    RelatedCareer related{Text{std::string(title), spanOf(line, title)},
                          Text{strings::slugify(title), spanOf(line, title)},
                          NumberField{std::nullopt, spanOf(line, title)}};
    career_.relatedCareers.push_back(std::move(related));
    return true;
  }

  bool dataSourceLine(const PageLine& line) {
    const std::string_view text = line.text;
    if (text.starts_with(layout::kLastUpdatedPrefix)) {
      const std::string_view date = strings::trim(text.substr(layout::kLastUpdatedPrefix.size()));
      career_.lastUpdated = TextField{std::string(date), spanOf(line, date)};
      return true;
    }
    if (text.starts_with(layout::kOnetCodePrefix)) {
      const std::string_view code = strings::trim(text.substr(layout::kOnetCodePrefix.size()));
      career_.onetCode = TextField{std::string(code), spanOf(line, code)};
      return true;
    }
    if (text.ends_with(layout::kLinkArrowSuffix)) {
      const std::string_view source =
          strings::trim(text.substr(0, text.size() - layout::kLinkArrowSuffix.size()));
      if (source.empty()) return false;
      career_.dataSources.push_back(Text{std::string(source), spanOf(line, source)});
      return true;
    }
    if (text == layout::kManuallySourced) {
      addLabel(line);
      return true;
    }
    for (const layout::Citation& citation : layout::kCitations) {
      if (text.starts_with(citation.label) && text.size() > citation.label.size()) {
        addLabel(line);  // a manual career's citation: the site's text, kept as printed
        return true;
      }
    }
    return false;
  }

  // ---- after the last line -------------------------------------------------------------------

  void finish() {
    if (career_.title.value) {
      career_.slug = TextField{strings::slugify(*career_.title.value), career_.title.span};
    }
    if (career_.insideLook) extractBreakdown(*career_.insideLook);
    extractCredentials();
    career_.order = detectOrder();
  }

  void extractBreakdown(InsideLook& inside) {
    for (const Text& paragraph : inside.content) {
      std::vector<SharePhrase> parts = extractTimeBreakdown(paragraph.value);
      if (parts.empty()) continue;
      for (const SharePhrase& part : parts) {
        inside.timeBreakdown.push_back(
            TimeShare{Text{std::string(part.activity), spanWithin(paragraph, part.activity)},
                      Number{part.share, spanWithin(paragraph, part.figure)}, part.remainder});
      }
      return;  // the first paragraph that states a breakdown is the breakdown
    }
  }

  void extractCredentials() {
    if (!career_.education) return;
    std::vector<const Text*> prose;
    Text description;
    if (career_.description.value) {
      description = Text{*career_.description.value, career_.description.span};
      prose.push_back(&description);
    }
    for (const Text& task : career_.tasks) prose.push_back(&task);
    if (career_.insideLook) {
      for (const Text& paragraph : career_.insideLook->content) prose.push_back(&paragraph);
    }
    std::vector<Credential>& out = career_.education->certifications;
    for (const Text* text : prose) {
      for (const CredentialMention& mention : findCredentials(text->value)) {
        auto same = std::find_if(out.begin(), out.end(), [&](const Credential& c) {
          return strings::equalsIgnoreCase(c.name.value, mention.name);
        });
        if (same != out.end()) {
          same->required = same->required || mention.required;
          continue;
        }
        out.push_back(Credential{Text{std::string(mention.name), spanWithin(*text, mention.name)},
                                 mention.kind, mention.required});
      }
    }
  }

  // The span of `part`, a view into owner.value, on the page line owner came from.
  static Span spanWithin(const Text& owner, std::string_view part) {
    const PageLine line{owner.value, owner.span.begin.line, owner.span.begin.offset,
                        owner.span.begin.column};
    return spanOf(line, part);
  }

  std::string detectOrder() const {
    auto indexOf = [&](std::string_view id) -> int {
      for (std::size_t i = 0; i < career_.sections.size(); ++i) {
        if (career_.sections[i].id == id) return static_cast<int>(i);
      }
      return -1;
    };
    const int ai = indexOf("ai-assessment");
    if (ai < 0) return "unknown";
    for (std::string_view before :
         {"key-responsibilities", "inside-this-career", "career-progression", "education"}) {
      const int other = indexOf(before);
      if (other >= 0) return ai < other ? "current" : "seed";
    }
    for (std::string_view after :
         {"technology-skills", "key-abilities", "also-known-as", "related-careers"}) {
      const int other = indexOf(after);
      if (other >= 0 && other < ai) return "unknown";
    }
    return "unknown";
  }

  std::string_view file_;
  std::vector<Finding>& warnings_;
  Career career_;
  std::optional<SectionId> section_;
  bool inUnknownSection_ = false;
  bool inClosing_ = false;
  bool aiTitleSeen_ = false;
  int pendingMetric_ = -1;
  std::string_view pendingEducationLabel_;
};

}  // namespace

Career parsePage(const std::vector<PageLine>& lines, std::string_view file,
                 std::vector<Finding>& warnings) {
  return PageParser(file, warnings).parse(lines);
}

}  // namespace careerlint::convert
