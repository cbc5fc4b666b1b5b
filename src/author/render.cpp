// render: a record as its page. The page is built once as lines of the site's text extraction
// (the layout table, include/careerlint/page_layout.h, gives every fixed string), then written
// as text, CommonMark or HTML.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "careerlint/author.h"
#include "careerlint/page_layout.h"
#include "util/ascii.h"
#include "util/strings.h"

namespace careerlint {

namespace {

enum class LineKind {
  Title,        // the h1
  Description,  // the description paragraph
  Heading,      // a section heading
  Label,        // a fixed label of the layout (an h3/h4 or an explanation line)
  Item,         // a list item: "- " + glyph + text in the text extraction
  Entry,        // one of a list the page shows as chips or divs: glyph + text, no "- "
  Text,         // a paragraph or a value line
  Closing,      // the closing block
  Unplaced,     // a line the converter could not place, put back where it was
};

struct Line {
  LineKind kind;
  std::string text;
  std::string glyph;  // Item and Entry: "•", "!" or nothing
};

// ---- reading the record -------------------------------------------------------------------------

std::optional<std::string_view> stringOf(const Node* node) {
  if (!node || !node->isString()) return std::nullopt;
  return node->text();
}

std::optional<double> numberOf(const Node* node) {
  if (!node || !node->isNumber()) return std::nullopt;
  return node->number();
}

bool isTrue(const Node* node) {
  return node && node->kind() == NodeKind::Boolean && node->boolean();
}

std::vector<std::string_view> stringsOf(const Node* node) {
  std::vector<std::string_view> out;
  if (!node || !node->isSequence()) return out;
  for (const Node* item : node->items()) {
    if (item->isString()) out.push_back(item->text());
  }
  return out;
}

// White-space runs collapsed to one space and trimmed: how the site's text extraction prints an
// element's text (a manual record's multi-paragraph description becomes one line).
std::string clean(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// A number as JavaScript prints it: 2 -> "2", 0.5 -> "0.5".
std::string jsNumber(double value) {
  if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc() ? std::string(buffer, end) : std::string("NaN");
}

// US dollars, whole, with thousands separators: 132880 -> "$132,880" (the site's one helper).
std::string money(std::optional<double> value) {
  if (!value || !std::isfinite(*value)) return "$NaN";
  const double rounded = std::floor(std::fabs(*value) + 0.5);
  std::string digits = std::to_string(static_cast<long long>(rounded));
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped.push_back(',');
    grouped.push_back(digits[i]);
  }
  return (*value < 0 && rounded > 0 ? "-$" : "$") + grouped;
}

std::string growthText(double percent) {
  return (percent > 0 ? "+" : "") + jsNumber(percent) + "%";
}

// docs/page-layout.md §3.7 thresholds, for records that give only the percentage.
std::string_view growthCategory(double percent) {
  if (percent < -10) return "Declining Quickly";
  if (percent < 0) return "Declining Slowly";
  if (percent <= 5) return "Stable";
  if (percent <= 15) return "Growing Slowly";
  return "Growing Quickly";
}

bool isManualRecord(const Node* root) {
  if (child(root, "schema_version")) return false;
  if (auto source = stringOf(child(root, "data_source")); source && *source == "manual")
    return true;
  return child(root, "name") && !child(root, "title");
}

// ---- the page as lines --------------------------------------------------------------------------

class PageBuilder {
 public:
  explicit PageBuilder(const Node* root) : root_(root), manual_(isManualRecord(root)) {}

  std::vector<Line> build(std::string_view title) {
    add(LineKind::Title, clean(title));
    if (auto description = stringOf(child(root_, "description")); description) {
      if (std::string text = clean(*description); !text.empty())
        add(LineKind::Description, std::move(text));
    }
    const Node* page = child(root_, "page");
    if (page && page->isMapping()) {
      sectionsFromPage(page);
    } else {
      defaultSections();
    }
    closing(page, title);
    if (page) {
      for (std::string_view directive : stringsOf(child(page, "directives")))
        add(LineKind::Unplaced, std::string(directive));
    }
    putBackUnplaced();
    return std::move(lines_);
  }

 private:
  void add(LineKind kind, std::string text, std::string glyph = {}) {
    lines_.push_back(Line{kind, std::move(text), std::move(glyph)});
  }

  // The sections the converted page printed, in its order, with the labels it printed.
  void sectionsFromPage(const Node* page) {
    const Node* sections = child(page, "sections");
    if (!sections || !sections->isSequence()) return;
    for (const Node* entry : sections->items()) {
      const layout::Section* section =
          layout::sectionBySlug(stringOf(child(entry, "id")).value_or(""));
      if (!section) continue;  // an unknown heading: it is under `unplaced`
      const std::string heading(
          stringOf(child(entry, "heading"))
              .value_or(std::string(section->emoji) + std::string(section->title)));
      labels_ = stringsOf(child(entry, "labels"));
      allLabels_ = false;
      add(LineKind::Heading, heading);
      body(section->id);
    }
  }

  // A record without the page's layout: the sections the site prints for its data, in the
  // seed's order, with every label a filled page shows.
  void defaultSections() {
    allLabels_ = true;
    labels_.clear();
    for (const layout::Section& section : layout::kSections) {
      if (!section.inSeedPage || (section.onlyWithContent && !hasContent(section.id))) continue;
      add(LineKind::Heading, std::string(section.emoji) + std::string(section.title));
      body(section.id);
    }
  }

  bool hasContent(layout::SectionId id) const {
    using layout::SectionId;
    switch (id) {
      case SectionId::CareerVideo:
        return isTrue(child(root_, "video")) || stringOf(child(root_, "video")).has_value() ||
               child(child(root_, "video"), "youtubeId") != nullptr;
      case SectionId::KeyResponsibilities:
        return !stringsOf(child(root_, "tasks")).empty();
      case SectionId::InsideThisCareer: {
        const Node* inside = child(root_, "inside_look");
        return inside && !inside->isNull();
      }
      case SectionId::CareerProgression: {
        const Node* progression = child(root_, "career_progression");
        return progression && child(progression, "levels");
      }
      case SectionId::Education: {
        const Node* education = child(root_, "education");
        return education && education->isMapping();
      }
      case SectionId::AiAssessment: {
        const Node* ai = child(root_, "ai_assessment");
        return ai && ai->isMapping();
      }
      case SectionId::TechnologySkills:
        return !stringsOf(child(root_, "technology_skills")).empty();
      case SectionId::KeyAbilities:
        return !stringsOf(child(root_, "abilities")).empty();
      case SectionId::AlsoKnownAs:
        return !stringsOf(child(root_, "alternate_titles")).empty();
      case SectionId::RelatedCareers: {
        const Node* related = child(root_, "related_careers");
        return (related && related->isSequence() && related->size() > 0) ||
               (!manual_ && stringOf(child(root_, "category")).has_value());
      }
      case SectionId::DataSources:
        return true;
      case SectionId::WhatWorkersSay:
        return false;
    }
    return false;
  }

  bool hasLabel(std::string_view label) const {
    if (allLabels_) return true;
    return std::find(labels_.begin(), labels_.end(), label) != labels_.end();
  }

  void label(std::string_view text) {
    if (hasLabel(text)) add(LineKind::Label, std::string(text));
  }

  void body(layout::SectionId id) {
    using layout::SectionId;
    switch (id) {
      case SectionId::CareerVideo:
      case SectionId::WhatWorkersSay:
        return;  // no text: a player, review cards
      case SectionId::KeyResponsibilities:
        return items(child(root_, "tasks"), layout::kTasksShown, LineKind::Item,
                     layout::kBulletGlyph);
      case SectionId::InsideThisCareer:
        return inside();
      case SectionId::CareerProgression:
        return progression();
      case SectionId::Education:
        return education();
      case SectionId::AiAssessment:
        return aiAssessment();
      case SectionId::TechnologySkills:
        return items(child(root_, "technology_skills"), layout::kSkillsShown, LineKind::Entry, "");
      case SectionId::KeyAbilities:
        return items(child(root_, "abilities"), layout::kAbilitiesShown, LineKind::Entry,
                     layout::kBulletGlyph);
      case SectionId::AlsoKnownAs:
        return alternateTitles();
      case SectionId::RelatedCareers:
        return related();
      case SectionId::DataSources:
        return dataSources();
    }
  }

  void items(const Node* list, std::size_t shown, LineKind kind, std::string_view glyph) {
    const std::vector<std::string_view> values = stringsOf(list);
    for (std::size_t i = 0; i < values.size() && i < shown; ++i) {
      if (std::string text = clean(values[i]); !text.empty())
        add(kind, std::move(text), std::string(glyph));
    }
  }

  void inside() {
    const Node* inside = child(root_, "inside_look");
    const Node* content = child(inside, "content");
    if (auto text = stringOf(content)) {  // one text, paragraphs split by blank lines
      std::string_view rest = *text;
      while (!rest.empty()) {
        const std::size_t blank = rest.find("\n\n");
        if (std::string paragraph = clean(rest.substr(0, blank)); !paragraph.empty())
          add(LineKind::Text, std::move(paragraph));
        if (blank == std::string_view::npos) break;
        rest.remove_prefix(blank + 2);
      }
      return;
    }
    for (std::string_view paragraph : stringsOf(content)) {
      if (std::string text = clean(paragraph); !text.empty()) add(LineKind::Text, std::move(text));
    }
  }

  void progression() {
    const Node* progression = child(root_, "career_progression");
    const Node* levels = child(progression, "levels");
    if (levels && levels->isSequence()) {
      for (const Node* level : levels->items()) {
        if (auto number = numberOf(child(level, "level_number")))
          add(LineKind::Text, jsNumber(*number));
        if (auto name = stringOf(child(level, "level_name")); name && !clean(*name).empty())
          add(LineKind::Text, clean(*name));
        const Node* years = child(level, "years_experience");
        auto low = numberOf(child(years, "min"));
        auto high = numberOf(child(years, "max"));
        if (low && high) {
          add(LineKind::Text,
              jsNumber(*low) + "-" + jsNumber(*high) + std::string(layout::kYearsExperienceSuffix));
        }
        const Node* total = child(child(level, "compensation"), "total");
        if (total) {
          add(LineKind::Text, money(numberOf(child(total, "median"))));
          add(LineKind::Text,
              money(numberOf(child(total, "min"))) + " - " + money(numberOf(child(total, "max"))));
        }
      }
    }
    if (auto source = stringOf(child(progression, "source"))) {
      const std::string_view name =
          *source == layout::kLevelsFyiId ? layout::kLevelsFyiName : *source;
      add(LineKind::Text,
          std::string(layout::kProgressionSourcePrefix) + std::string(name) + " (" +
              std::string(stringOf(child(progression, "match_confidence")).value_or("")) +
              std::string(layout::kMatchSuffix));
    }
    if (!allLabels_) label(layout::kProgressionHelp);
  }

  void education() {
    const Node* education = child(root_, "education");
    label(layout::kRequirementsLabel);
    for (const layout::Requirement& requirement : layout::kRequirements) {
      const std::string value(stringOf(child(education, requirement.key)).value_or(""));
      add(LineKind::Item, clean(std::string(requirement.label) + " " + value),
          std::string(layout::kBulletGlyph));
    }
    if (isTrue(child(education, "requires_license_or_cert"))) {
      add(LineKind::Item, std::string(layout::kLicenseRequired),
          std::string(layout::kWarningGlyph));
    }
    label(layout::kTimeCostLabel);
    // The career model keeps education_duration; the site's own records time_to_job_ready.
    const Node* duration = child(education, "education_duration");
    if (!duration || !duration->isMapping()) duration = child(education, "time_to_job_ready");
    auto low = numberOf(child(duration, "min_years"));
    auto high = numberOf(child(duration, "max_years"));
    if (hasLabel(layout::kDurationLabel) || (low && high)) {
      add(LineKind::Label, std::string(layout::kDurationLabel));
      std::string text(layout::kVaries);
      if (low && high) {
        text = jsNumber(*low) + "-" + jsNumber(*high) + " years";
        if (auto typical = numberOf(child(duration, "typical_years")))
          text += std::string(layout::kTypicallyOpen) + jsNumber(*typical) + ")";
      }
      add(LineKind::Text, std::move(text));
    }
    const Node* cost = child(education, "estimated_cost");
    auto minCost = numberOf(child(cost, "min_cost"));
    auto maxCost = numberOf(child(cost, "max_cost"));
    if (hasLabel(layout::kCostLabel) || minCost || maxCost) {
      add(LineKind::Label, std::string(layout::kCostLabel));
      add(LineKind::Text, minCost || maxCost ? money(minCost) + " - " + money(maxCost)
                                             : std::string(layout::kVaries));
    }
    if (isTrue(child(education, "earning_while_learning")) ||
        isTrue(child(child(education, "time_to_job_ready"), "earning_while_learning"))) {
      add(LineKind::Text, std::string(layout::kEarningWhileLearning));
    }
    const Node* rows = child(education, "cost_by_institution_type");
    for (const layout::InstitutionRow& row : layout::kInstitutionRows) {
      const Node* value = child(rows, row.key);
      auto amount = numberOf(value);
      if (!amount) amount = numberOf(child(value, "total"));
      if (!amount && row.key == "apprenticeship") amount = numberOf(child(value, "cost"));
      if (!amount) continue;
      const std::string shown = row.key == "apprenticeship" && *amount == 0
                                    ? "$0" + std::string(layout::kPaidTraining)
                                    : money(amount);
      add(LineKind::Text, std::string(row.label) + shown);
    }
    const Node* source = child(education, "cost_data_source");
    if (auto primary = stringOf(child(source, "primary"))) {
      auto year = numberOf(child(source, "year"));
      add(LineKind::Text, std::string(layout::kCostSourcePrefix) + std::string(*primary) + " (" +
                              (year ? jsNumber(*year) : std::string()) + ")");
    }
  }

  // A metric's value: the seed-era field, or for today's records (§9) what stands in for it.
  std::optional<std::string> metricValue(const Node* ai, const layout::Metric& metric) const {
    const Node* field = child(ai, metric.field);
    const Node* value = metric.subfield.empty() ? field : child(field, metric.subfield);
    if (auto text = stringOf(value)) return std::string(*text);
    if (!manual_) return std::nullopt;
    if (metric.field == "taskExposure" || metric.field == "automationPotential") {
      if (auto label = stringOf(child(child(ai, "aiExposure"), "label")))
        return std::string(*label);
    }
    if (metric.field == "jobGrowth") {
      if (auto percent = numberOf(child(field, "percentChange")))
        return std::string(growthCategory(*percent));
    }
    return std::nullopt;
  }

  void aiAssessment() {
    const Node* ai = child(root_, "ai_assessment");
    if (hasLabel(layout::kAiTitle)) {
      add(LineKind::Label, std::string(layout::kAiTitle));
    } else if (hasLabel(layout::kAiTitleCurrent)) {
      add(LineKind::Label, std::string(layout::kAiTitleCurrent));
    }
    if (auto rationale = stringOf(child(ai, "classificationRationale"))) {
      if (std::string text = clean(*rationale); !text.empty()) add(LineKind::Text, std::move(text));
    }
    if (auto classification = stringOf(child(ai, "classification"))) {
      for (const layout::Classification& known : layout::kClassifications) {
        if (known.name == *classification)
          add(LineKind::Text, std::string(known.emoji) + std::string(known.name));
      }
    }
    for (std::size_t i = 0; i < layout::kMetrics.size(); ++i) {
      const layout::Metric& metric = layout::kMetrics[i];
      const std::optional<std::string> value = metricValue(ai, metric);
      if (hasLabel(metric.name) || value) add(LineKind::Label, std::string(metric.name));
      if (value) add(LineKind::Text, clean(*value));
      if (i == layout::kJobGrowthMetric) {
        const Node* growth = child(ai, metric.field);
        if (auto percent = numberOf(child(growth, "percentChange"))) {
          add(LineKind::Text, growthText(*percent) + std::string(layout::kGrowthSuffix));
        }
        if (auto source = stringOf(child(growth, "source")); source && !manual_)
          add(LineKind::Label, "(" + std::string(*source) + ")");
      }
      if (!metric.explanation.empty()) label(metric.explanation);
    }
  }

  void alternateTitles() {
    const Node* titles = child(root_, "alternate_titles");
    items(titles, layout::kAlternateTitlesShown, LineKind::Entry, "");
    if (!allLabels_) {
      for (std::string_view more : labels_) add(LineKind::Label, std::string(more));
      return;
    }
    const std::size_t count = stringsOf(titles).size();
    if (count > layout::kAlternateTitlesShown) {
      add(LineKind::Label, std::string(layout::kMorePrefix) +
                               std::to_string(count - layout::kAlternateTitlesShown) +
                               std::string(layout::kMoreSuffix));
    }
  }

  void related() {
    if (auto category = stringOf(child(root_, "category"))) {
      add(LineKind::Label, std::string(layout::kOtherCareersPrefix) + std::string(*category));
    }
    const Node* related = child(root_, "related_careers");
    if (!related || !related->isSequence()) return;
    for (const Node* card : related->items()) {
      auto title = stringOf(child(card, "title"));
      if (!title && manual_) title = stringOf(child(card, "slug"));
      if (!title) continue;
      add(LineKind::Entry, clean(*title));
      if (auto pay = numberOf(child(card, "median_pay")))
        add(LineKind::Text, money(pay) + std::string(layout::kPerYearSuffix));
    }
  }

  void dataSources() {
    if (auto updated = stringOf(child(root_, "last_updated")))
      add(LineKind::Text, std::string(layout::kLastUpdatedPrefix) + std::string(*updated));
    if (auto code = stringOf(child(root_, "onet_code")))
      add(LineKind::Text, std::string(layout::kOnetCodePrefix) + std::string(*code));
    if (manual_) {
      add(LineKind::Label, std::string(layout::kManuallySourced));
      const Node* citations = child(root_, "source_citations");
      for (const layout::Citation& citation : layout::kCitations) {
        if (auto text = stringOf(child(citations, citation.key)))
          add(LineKind::Label, std::string(citation.label) + clean(*text));
      }
    } else if (!allLabels_) {
      // A converted page's own labels here: the badge and a manual career's citations.
      for (std::string_view shown : labels_) add(LineKind::Label, std::string(shown));
    }
    const Node* sources = child(root_, "data_sources");
    if (sources && sources->isSequence()) {
      for (const Node* source : sources->items()) {
        auto name = stringOf(child(source, "source"));
        if (!name) name = stringOf(source);
        if (name) add(LineKind::Entry, clean(*name) + std::string(layout::kLinkArrowSuffix));
      }
    }
  }

  void closing(const Node* page, std::string_view title) {
    if (page && page->isMapping()) {
      const Node* block = child(page, "closing");
      if (auto question = stringOf(child(block, "question")))
        add(LineKind::Closing, std::string(*question));
      if (auto invitation = stringOf(child(block, "invitation")))
        add(LineKind::Closing, std::string(*invitation));
      return;
    }
    const std::string_view upToComma = title.substr(0, title.find(','));
    add(LineKind::Closing,
        clean(std::string(layout::kClosingQuestionLeads[0]) + std::string(upToComma) +
              std::string(layout::kClosingQuestionEnd)));
    add(LineKind::Closing, std::string(layout::kClosingInvitation));
  }

  // Lines the converter kept under `unplaced` go back to their line numbers.
  void putBackUnplaced() {
    const Node* unplaced = child(root_, "unplaced");
    if (!unplaced || !unplaced->isSequence()) return;
    for (const Node* entry : unplaced->items()) {
      auto number = numberOf(child(entry, "line"));
      auto text = stringOf(child(entry, "text"));
      if (!number || !text) continue;
      const auto at = static_cast<std::size_t>(std::max(1.0, *number)) - 1;
      Line line{LineKind::Unplaced, std::string(*text), {}};
      if (at <= lines_.size()) {
        lines_.insert(lines_.begin() + static_cast<std::ptrdiff_t>(at), std::move(line));
      } else {
        lines_.push_back(std::move(line));
      }
    }
  }

  const Node* root_;
  bool manual_;
  std::vector<Line> lines_;
  std::vector<std::string_view> labels_;
  bool allLabels_ = true;
};

// ---- writers ------------------------------------------------------------------------------------

std::string writeText(const std::vector<Line>& lines) {
  std::string out;
  for (const Line& line : lines) {
    if (line.kind == LineKind::Item) {
      out += layout::kItemPrefix;
      out += line.glyph;
    } else if (line.kind == LineKind::Entry) {
      out += line.glyph;
    }
    out += line.text;
    out += '\n';
  }
  return out;
}

bool isListLine(LineKind kind) { return kind == LineKind::Item || kind == LineKind::Entry; }

// Backslash-escapes what CommonMark could read as markup, so every value reads as itself: inline
// markup anywhere, and what would open a block at the start of a line (a list, a heading, a quote,
// "1." or "1)").
std::string markdownEscape(std::string_view text) {
  std::string out;
  std::size_t leadingDigits = 0;
  while (leadingDigits < text.size() && ascii::isDigit(text[leadingDigits])) ++leadingDigits;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool inline_ = std::string_view("\\`*_[]<>&").find(c) != std::string_view::npos;
    const bool blockStart = i == 0 && std::string_view("-+#>=|~").find(c) != std::string_view::npos;
    const bool orderedList = leadingDigits > 0 && i == leadingDigits && (c == '.' || c == ')');
    if (inline_ || blockStart || orderedList) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string writeMarkdown(const std::vector<Line>& lines) {
  std::string out;
  LineKind previous = LineKind::Title;
  bool first = true;
  for (const Line& line : lines) {
    const bool list = isListLine(line.kind);
    if (!first && !(list && isListLine(previous))) out += '\n';
    first = false;
    previous = line.kind;
    const std::string text = markdownEscape(line.text);
    switch (line.kind) {
      case LineKind::Title:
        out += "# " + text + "\n";
        break;
      case LineKind::Heading:
        out += "## " + text + "\n";
        break;
      case LineKind::Label:
        out += "### " + text + "\n";
        break;
      case LineKind::Item:
      case LineKind::Entry:
        out += "- " + markdownEscape(line.glyph == layout::kWarningGlyph ? "! " : "") + text + "\n";
        break;
      case LineKind::Closing:
        out += "*" + text + "*\n";
        break;
      default:
        out += text + "\n";
        break;
    }
  }
  return out;
}

std::string htmlEscape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string writeHtml(const std::vector<Line>& lines, std::string_view title) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'\">\n<title>" +
      htmlEscape(title) +
      "</title>\n<style>\n"
      "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
      "line-height:1.5;color:#1a1a1a}\n"
      "h2{margin-top:2rem;border-bottom:1px solid #ddd}\n"
      "h3{font-size:1rem;margin-bottom:.25rem}\n"
      "footer{margin-top:2rem;color:#555}\n"
      "</style>\n</head>\n<body>\n<main>\n";
  bool inList = false;
  bool inSection = false;
  auto closeList = [&] {
    if (inList) out += "</ul>\n";
    inList = false;
  };
  auto closeSection = [&] {
    closeList();
    if (inSection) out += "</section>\n";
    inSection = false;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    const std::string text = htmlEscape(line.text);
    if (!isListLine(line.kind)) closeList();
    switch (line.kind) {
      case LineKind::Title:
        out += "<h1>" + text + "</h1>\n";
        break;
      case LineKind::Heading:
        closeSection();
        out += "<section>\n<h2>" + text + "</h2>\n";
        inSection = true;
        break;
      case LineKind::Label:
        out += "<h3>" + text + "</h3>\n";
        break;
      case LineKind::Item:
      case LineKind::Entry:
        if (!inList) out += "<ul>\n";
        inList = true;
        out += "<li>" +
               (line.glyph == layout::kWarningGlyph ? std::string("&#9888;&#65039; ") : "") + text +
               "</li>\n";
        break;
      case LineKind::Closing:
        closeSection();
        out += "<footer><p>" + text + "</p></footer>\n";
        break;
      default:
        out += "<p>" + text + "</p>\n";
        break;
    }
  }
  closeSection();
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace

std::optional<RenderFormat> parseRenderFormat(std::string_view name) {
  if (name == "text") return RenderFormat::Text;
  if (name == "markdown" || name == "md") return RenderFormat::Markdown;
  if (name == "html") return RenderFormat::Html;
  return std::nullopt;
}

Expected<std::string> renderRecord(const Document& record, RenderFormat format,
                                   std::string_view file) {
  const Node* root = record.root();
  if (!root || !root->isMapping()) {
    return Error{std::string(file), root ? root->span().begin : Position{},
                 "not a career record: the document is not a mapping"};
  }
  std::optional<std::string_view> title = stringOf(root->get("title"));
  if (!title && isManualRecord(root)) title = stringOf(root->get("name"));
  if (!title || strings::trim(*title).empty()) {
    return Error{std::string(file), root->span().begin,
                 "not a career record: it has no title (career model) or name (manual record)"};
  }
  const std::vector<Line> lines = PageBuilder(root).build(*title);
  switch (format) {
    case RenderFormat::Text:
      return writeText(lines);
    case RenderFormat::Markdown:
      return writeMarkdown(lines);
    case RenderFormat::Html:
      return writeHtml(lines, clean(*title));
  }
  return writeText(lines);
}

}  // namespace careerlint
