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
    const char x = (a[i] >= 'A' && a[i] <= 'Z') ? static_cast<char>(a[i] + 32) : a[i];
    const char y = (b[j] >= 'A' && b[j] <= 'Z') ? static_cast<char>(b[j] + 32) : b[j];
    if (x != y) return false;
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
    if ((c >= '0' && c <= '9') || c == '.') {
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
    switch (info.id) {
      case SectionId::CareerVideo:
        career_.video = Flag{true, span};
        break;
      case SectionId::KeyResponsibilities:
        career_.tasksSpan = span;
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
        if (!career_.education) {
          Education education;
          education.span = span;
          education.typicalEntryEducation.span = education.workExperienceRequired.span =
              education.onTheJobTraining.span = span;
          education.requiresLicenseOrCert.span = span;
          education.durationSpan = education.costSpan = education.costSourceSpan = span;
          education.durationMin.span = education.durationMax.span = education.durationTypical.span =
              span;
          education.costMin.span = education.costMax.span = span;
          education.costSourcePrimary.span = education.costSourceYear.span = span;
          education.earningWhileLearning.span = span;
          career_.education = std::move(education);
        }
        break;
      case SectionId::AiAssessment:
        if (!career_.aiAssessment) {
          AiAssessment ai;
          ai.span = ai.jobGrowthSpan = span;
          for (TextField* field : {&ai.classification, &ai.classificationRationale, &ai.explanation,
                                   &ai.taskExposure, &ai.automationPotential, &ai.jobGrowthCategory,
                                   &ai.jobGrowthSource, &ai.humanAdvantageCategory}) {
            field->span = span;
          }
          ai.jobGrowthPercentChange.span = span;
          career_.aiAssessment = std::move(ai);
        }
        aiTitleSeen_ = false;
        pendingMetric_ = -1;
        break;
      case SectionId::TechnologySkills:
        career_.technologySkillsSpan = span;
        break;
      case SectionId::KeyAbilities:
        career_.abilitiesSpan = span;
        break;
      case SectionId::AlsoKnownAs:
        career_.alternateTitlesSpan = span;
        break;
      case SectionId::RelatedCareers:
        career_.relatedCareersSpan = span;
        break;
      case SectionId::DataSources:
        career_.dataSourcesSpan = span;
        break;
      case SectionId::WhatWorkersSay:
        break;
    }
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
    if (!text.starts_with(layout::kMorePrefix) || !text.ends_with(layout::kMoreSuffix))
      return false;
    const std::size_t digits =
        text.size() - layout::kMorePrefix.size() - layout::kMoreSuffix.size();
    return parseNumber(text.substr(layout::kMorePrefix.size(), digits)).has_value();
  }

  bool progressionLine(const PageLine& line) {
    CareerProgression& progression = *career_.careerProgression;
    const std::string_view text = line.text;
    if (text.starts_with(layout::kProgressionSourcePrefix)) {
      std::string_view rest = text.substr(layout::kProgressionSourcePrefix.size());
      const std::size_t open = rest.find(" (");
      if (open != std::string_view::npos && rest.ends_with(layout::kMatchSuffix)) {
        std::string_view confidence =
            rest.substr(open + 2, rest.size() - open - 2 - layout::kMatchSuffix.size());
        const std::string_view name = rest.substr(0, open);
        progression.source =
            TextField{std::string(name == layout::kLevelsFyiName ? layout::kLevelsFyiId : name),
                      spanOf(line, name)};
        progression.matchConfidence = TextField{std::string(confidence), spanOf(line, confidence)};
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
    if (text.ends_with(layout::kYearsExperienceSuffix)) {
      const std::string_view range =
          text.substr(0, text.size() - layout::kYearsExperienceSuffix.size());
      if (auto parts = splitNumberRange(range)) {
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

  bool educationLine(const PageLine& line) {
    Education& education = *career_.education;
    const std::string_view text = line.text;
    if (text == layout::kRequirementsLabel || text == layout::kTimeCostLabel ||
        text == layout::kDurationLabel || text == layout::kCostLabel) {
      addLabel(line);
      pendingEducationLabel_ = text;
      return true;
    }
    if (auto item = stripBullet(text)) {
      pendingEducationLabel_ = {};
      if (*item == layout::kLicenseRequired ||
          (item->starts_with(layout::kWarningGlyph) &&
           item->substr(layout::kWarningGlyph.size()) == layout::kLicenseRequired)) {
        education.requiresLicenseOrCert = Flag{true, spanOf(line, *item)};
        return true;
      }
      // In the table's order: layout::kRequirements.
      static constexpr TextField Education::*kFields[] = {&Education::typicalEntryEducation,
                                                          &Education::workExperienceRequired,
                                                          &Education::onTheJobTraining};
      for (std::size_t i = 0; i < layout::kRequirements.size(); ++i) {
        const std::string_view label = layout::kRequirements[i].label;
        if (!item->starts_with(label)) continue;
        const std::string_view value = strings::trim(item->substr(label.size()));
        TextField& field = education.*kFields[i];
        if (value.empty()) {
          field = TextField{std::nullopt, spanOf(line, *item)};  // the label, shown with no value
        } else {
          field = TextField{std::string(value), spanOf(line, value)};
        }
        return true;
      }
      return false;
    }
    if (pendingEducationLabel_ == layout::kDurationLabel) {
      pendingEducationLabel_ = {};
      education.durationSpan = spanOf(line);
      if (text == "Varies") return true;
      std::string_view rest = text;
      std::string_view typical;
      if (const std::size_t open = rest.find(layout::kTypicallyOpen);
          open != std::string_view::npos && rest.ends_with(')')) {
        const std::size_t start = open + layout::kTypicallyOpen.size();
        typical = rest.substr(start, rest.size() - start - 1);
        rest = rest.substr(0, open);
      }
      if (!rest.ends_with(" years") && !rest.ends_with(" year")) return false;
      rest = rest.substr(0, rest.rfind(' '));
      if (auto range = splitNumberRange(rest)) {
        education.durationMin = NumberField{parseNumber(range->first), spanOf(line, range->first)};
        education.durationMax =
            NumberField{parseNumber(range->second), spanOf(line, range->second)};
      } else if (auto single = parseNumber(rest)) {
        education.durationMin = NumberField{single, spanOf(line, rest)};
        education.durationMax = NumberField{single, spanOf(line, rest)};
      } else {
        return false;
      }
      if (!typical.empty())
        education.durationTypical = NumberField{parseNumber(typical), spanOf(line, typical)};
      return true;
    }
    if (pendingEducationLabel_ == layout::kCostLabel) {
      pendingEducationLabel_ = {};
      education.costSpan = spanOf(line);
      if (text == "Varies") return true;
      if (auto range = splitMoneyRange(text)) {
        education.costMin = NumberField{parseMoney(range->first), spanOf(line, range->first)};
        education.costMax = NumberField{parseMoney(range->second), spanOf(line, range->second)};
        return true;
      }
      return false;
    }
    if (text == layout::kEarningWhileLearning) {
      education.earningWhileLearning = Flag{true, spanOf(line)};
      return true;
    }
    for (const auto& [label, key] : layout::kInstitutionRows) {
      if (!text.starts_with(label)) continue;
      std::string_view amount = strings::trim(text.substr(label.size()));
      if (amount.ends_with(layout::kPaidTraining))
        amount = amount.substr(0, amount.size() - layout::kPaidTraining.size());
      auto money = parseMoney(amount);
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
    if (text.starts_with(layout::kCostSourcePrefix) && text.ends_with(')')) {
      const std::size_t start = layout::kCostSourcePrefix.size();
      const std::size_t open = text.rfind(" (");
      if (open == std::string_view::npos || open < start) return false;
      const std::string_view primary = text.substr(start, open - start);
      const std::string_view year = text.substr(open + 2, text.size() - open - 3);
      education.costSourceSpan = spanOf(line);
      education.costSourcePrimary = TextField{std::string(primary), spanOf(line, primary)};
      education.costSourceYear = NumberField{parseNumber(year), spanOf(line, year)};
      return true;
    }
    return false;
  }

  bool aiLine(const PageLine& line) {
    AiAssessment& ai = *career_.aiAssessment;
    const std::string_view text = line.text;
    if (!aiTitleSeen_ &&
        (sameWords(text, layout::kAiTitle) || sameWords(text, layout::kAiTitleCurrent))) {
      aiTitleSeen_ = true;
      addLabel(line);
      return true;
    }
    // The badge: an emoji and the classification ("🟡AI-Augmented").
    bool hadEmoji = false;
    const std::string_view badge = stripEmojiPrefix(text, &hadEmoji);
    if (hadEmoji) {
      for (const layout::Classification& classification : layout::kClassifications) {
        if (badge == classification.name) {
          ai.classification = TextField{std::string(badge), spanOf(line, badge)};
          return true;
        }
      }
    }
    for (int i = 0; i < static_cast<int>(layout::kMetrics.size()); ++i) {
      const layout::Metric& metric = layout::kMetrics[static_cast<std::size_t>(i)];
      if (text == metric.name) {
        addLabel(line);
        pendingMetric_ = i;
        return true;
      }
      if (!metric.explanation.empty() && text == metric.explanation) {
        addLabel(line);
        pendingMetric_ = -1;
        return true;
      }
    }
    if (text.size() > 2 && text.front() == '(' && text.back() == ')') {
      const std::string_view source = text.substr(1, text.size() - 2);
      ai.jobGrowthSource = TextField{std::string(source), spanOf(line, source)};
      pendingMetric_ = -1;
      return true;
    }
    if (text.ends_with(layout::kGrowthSuffix) && text.find('%') != std::string_view::npos) {
      const std::string_view number = text.substr(0, text.find('%'));
      if (auto value = parseNumber(number)) {
        ai.jobGrowthPercentChange = NumberField{value, spanOf(line, number)};
        return true;
      }
    }
    if (pendingMetric_ >= 0) {
      TextField* fields[] = {&ai.taskExposure, &ai.automationPotential, &ai.jobGrowthCategory,
                             &ai.humanAdvantageCategory};
      *fields[pendingMetric_] = TextField{std::string(text), spanOf(line)};
      pendingMetric_ = -1;
      return true;
    }
    if (!ai.classificationRationale.value) {
      ai.classificationRationale = TextField{std::string(text), spanOf(line)};
      const std::size_t colon = text.find(": ");
      if (colon != std::string_view::npos) {
        std::string_view head = text.substr(0, colon);
        std::size_t start = 0;
        while (start <= head.size()) {
          std::size_t plus = head.find(" + ", start);
          if (plus == std::string_view::npos) plus = head.size();
          const std::string_view factor = strings::trim(head.substr(start, plus - start));
          if (!factor.empty())
            ai.factors.push_back(Text{std::string(factor), spanOf(line, factor)});
          start = plus + 3;
        }
        const std::string_view explanation = strings::trim(text.substr(colon + 2));
        ai.explanation = TextField{std::string(explanation), spanOf(line, explanation)};
      }
      return true;
    }
    return false;
  }

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
