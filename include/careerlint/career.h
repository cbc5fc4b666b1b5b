#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "careerlint/span.h"

namespace careerlint {

// The career model (docs/career-model.md). Every value remembers the span of the raw page text
// it came from, so findings on a converted page point at the page's own lines.

inline constexpr int kCareerSchemaVersion = 1;

struct Text {
  std::string value;
  Span span;
};

struct Number {
  double value = 0;
  Span span;
};

// A value that may be missing: a label shown with nothing after it, or a field the page does
// not show. `span` is where the value is, or else the label (or heading) that lacks it.
struct TextField {
  std::optional<std::string> value;
  Span span;
};

struct NumberField {
  std::optional<double> value;
  Span span;
};

struct Flag {
  bool value = false;
  Span span;  // line 0 when the flag was not shown on the page (false by absence)
};

struct TimeShare {
  Text activity;
  Number share;
  bool remainder = false;  // "the remaining time …": share = total minus the stated shares
};

struct InsideLook {
  Span span;  // the section heading
  std::vector<Text> content;
  std::vector<TimeShare> timeBreakdown;
};

struct ProgressionLevel {
  Span span;
  NumberField levelNumber;
  TextField levelName;
  NumberField yearsMin, yearsMax;
  Span yearsSpan;
  NumberField compensationMedian, compensationMin, compensationMax;
  Span compensationSpan;
};

struct CareerProgression {
  Span span;
  TextField source;
  TextField matchConfidence;
  std::vector<ProgressionLevel> levels;
};

struct Credential {
  Text name;
  std::string kind;  // "certification" | "license"
  bool required = false;
};

struct InstitutionCost {
  std::string key;  // public_in_state | public_out_of_state | private_nonprofit | community_college
                    // | trade_school | apprenticeship
  Number total;
};

struct Education {
  Span span;
  TextField typicalEntryEducation;
  TextField workExperienceRequired;
  TextField onTheJobTraining;
  Flag requiresLicenseOrCert;
  std::vector<Credential> certifications;
  NumberField durationMin, durationMax, durationTypical;
  Span durationSpan;
  NumberField costMin, costMax;
  Span costSpan;
  Flag earningWhileLearning;
  std::vector<InstitutionCost> costByInstitutionType;
  TextField costSourcePrimary;
  NumberField costSourceYear;
  Span costSourceSpan;
};

struct AiAssessment {
  Span span;
  TextField classification;
  TextField classificationRationale;
  std::vector<Text> factors;
  TextField explanation;
  TextField taskExposure;
  TextField automationPotential;
  TextField jobGrowthCategory;
  NumberField jobGrowthPercentChange;
  TextField jobGrowthSource;
  Span jobGrowthSpan;
  TextField humanAdvantageCategory;
};

struct RelatedCareer {
  Text title;
  Text slug;  // derived from the title
  NumberField medianPay;
};

struct PageSection {
  std::string id;  // "career-video", …; "" for an unknown heading (which also goes to unplaced)
  Text heading;
  std::vector<Text> labels;
};

struct UnplacedLine {
  std::uint32_t line = 0;
  Text text;
};

struct Career {
  TextField title;
  TextField slug;
  TextField description;
  TextField category;
  Flag video;
  Span tasksSpan;
  std::vector<Text> tasks;
  std::optional<InsideLook> insideLook;
  std::optional<CareerProgression> careerProgression;
  std::optional<Education> education;
  std::optional<AiAssessment> aiAssessment;
  Span technologySkillsSpan;
  std::vector<Text> technologySkills;
  Span abilitiesSpan;
  std::vector<Text> abilities;
  Span alternateTitlesSpan;
  std::vector<Text> alternateTitles;
  Span relatedCareersSpan;
  std::vector<RelatedCareer> relatedCareers;
  TextField lastUpdated;
  TextField onetCode;
  Span dataSourcesSpan;
  std::vector<Text> dataSources;

  // The page's own layout.
  std::string order;  // "seed" | "current" | "unknown"
  std::vector<PageSection> sections;
  TextField closingQuestion;
  TextField closingInvitation;
  std::vector<Text> directives;  // careerlint-disable comments, kept verbatim

  std::vector<UnplacedLine> unplaced;
};

}  // namespace careerlint
