#pragma once

// The career page's layout as the site prints it (docs/career-model.md; the site's text
// extraction): every fixed string a page shows, in one table. The converter reads pages with it,
// the rules name sections and labels with it, and the renderer writes pages from it, so a layout
// change is one edit here.

#include <array>
#include <string_view>

namespace careerlint::layout {

// The sections, in the seed's order (the site's order of early January 2026).
enum class SectionId {
  CareerVideo,
  KeyResponsibilities,
  InsideThisCareer,
  CareerProgression,
  Education,
  AiAssessment,
  TechnologySkills,
  KeyAbilities,
  AlsoKnownAs,
  RelatedCareers,
  DataSources,
  WhatWorkersSay,
};

struct Section {
  SectionId id;
  std::string_view slug;   // "career-video": the id in page.sections
  std::string_view title;  // "Career Video": the heading without its emoji
  std::string_view emoji;  // printed right before the title, no space ("🎬Career Video")
  std::string_view field;  // the model field that holds its content ("" for none)
  std::string_view holds;  // what it holds, for messages and documentation
  bool onlyWithContent;    // the site prints the heading only when it has data for it
  bool inSeedPage;         // one of the sections a page of the seed era can show
};

inline constexpr std::array<Section, 12> kSections = {{
    {SectionId::CareerVideo, "career-video", "Career Video", "\xF0\x9F\x8E\xAC", "video", "video",
     true, true},
    {SectionId::KeyResponsibilities, "key-responsibilities", "Key Responsibilities",
     "\xF0\x9F\x93\x8B", "tasks", "responsibilities", true, true},
    {SectionId::InsideThisCareer, "inside-this-career", "Inside This Career", "\xF0\x9F\x92\xA1",
     "inside_look", "narrative", true, true},
    {SectionId::CareerProgression, "career-progression", "Career Progression", "\xF0\x9F\x93\x88",
     "career_progression", "career levels", true, true},
    {SectionId::Education, "education", "Education & Training", "\xF0\x9F\x93\x9A", "education",
     "requirements", true, true},
    {SectionId::AiAssessment, "ai-assessment", "AI Resilience Assessment", "\xF0\x9F\xA4\x96",
     "ai_assessment", "assessment", true, true},
    {SectionId::TechnologySkills, "technology-skills", "Technology Skills", "\xF0\x9F\x92\xBB",
     "technology_skills", "technology skills", true, true},
    // U+2B50 without a variation selector, as the seed has it.
    {SectionId::KeyAbilities, "key-abilities", "Key Abilities", "\xE2\xAD\x90", "abilities",
     "abilities", true, true},
    // U+1F3F7 U+FE0F.
    {SectionId::AlsoKnownAs, "also-known-as", "Also Known As", "\xF0\x9F\x8F\xB7\xEF\xB8\x8F",
     "alternate_titles", "alternate titles", true, true},
    {SectionId::RelatedCareers, "related-careers", "Related Careers", "\xF0\x9F\x94\x97",
     "related_careers", "related careers", true, true},
    {SectionId::DataSources, "data-sources", "Data Sources", "\xF0\x9F\x94\x97", "data_sources",
     "data sources", false, true},
    {SectionId::WhatWorkersSay, "what-workers-say", "What Workers Say", "\xF0\x9F\x92\xAC", "",
     "reviews", true, false},
}};

// The section with this id ("career-video"), or null.
constexpr const Section* sectionBySlug(std::string_view slug) {
  for (const Section& section : kSections) {
    if (section.slug == slug) return &section;
  }
  return nullptr;
}

constexpr const Section& section(SectionId id) { return kSections[static_cast<std::size_t>(id)]; }

// ---- list items ---------------------------------------------------------------------------------
// A list item is "- " (the extraction's marker) then the page's own glyph then the text.
inline constexpr std::string_view kItemPrefix = "- ";
inline constexpr std::string_view kBulletGlyph = "\xE2\x80\xA2";  // •
inline constexpr std::string_view kWarningGlyph = "!";            // the licence line's glyph

// ---- Key Responsibilities, Technology Skills, Key Abilities, Also Known As
// ----------------------- How many items the site shows.
inline constexpr std::size_t kTasksShown = 8;
inline constexpr std::size_t kSkillsShown = 15;
inline constexpr std::size_t kAbilitiesShown = 10;
inline constexpr std::size_t kAlternateTitlesShown = 10;
// "+12 more" after the alternate titles shown.
inline constexpr std::string_view kMorePrefix = "+";
inline constexpr std::string_view kMoreSuffix = " more";

// ---- Career Progression -------------------------------------------------------------------------
inline constexpr std::string_view kYearsExperienceSuffix = " years experience";
inline constexpr std::string_view kProgressionSourcePrefix = "Data source: ";
inline constexpr std::string_view kLevelsFyiName = "Levels.fyi";
inline constexpr std::string_view kLevelsFyiId = "levels_fyi";
inline constexpr std::string_view kMatchSuffix = " match)";
inline constexpr std::string_view kProgressionHelp = "What does this mean?";

// ---- Education & Training -----------------------------------------------------------------------
inline constexpr std::string_view kRequirementsLabel = "Requirements";
inline constexpr std::string_view kTimeCostLabel = "Time & Cost";
inline constexpr std::string_view kDurationLabel = "Education Duration";
inline constexpr std::string_view kCostLabel = "Estimated Education Cost";
inline constexpr std::string_view kVaries = "Varies";
inline constexpr std::string_view kTypicallyOpen = " (typically ";
inline constexpr std::string_view kEarningWhileLearning = "Can earn while learning";
inline constexpr std::string_view kLicenseRequired = "License or certification required";
inline constexpr std::string_view kCostSourcePrefix = "Source: ";
inline constexpr std::string_view kPaidTraining = " (paid training)";

struct Requirement {
  std::string_view label;  // "Entry Education:"
  std::string_view key;    // under education
};
inline constexpr std::array<Requirement, 3> kRequirements = {{
    {"Entry Education:", "typical_entry_education"},
    {"Experience:", "work_experience_required"},
    {"On-the-job Training:", "on_the_job_training"},
}};

struct InstitutionRow {
  std::string_view label;  // "Public (in-state):", glued to the amount on the page
  std::string_view key;    // under education.cost_by_institution_type
};
inline constexpr std::array<InstitutionRow, 6> kInstitutionRows = {{
    {"Public (in-state):", "public_in_state"},
    {"Public (out-of-state):", "public_out_of_state"},
    {"Private nonprofit:", "private_nonprofit"},
    {"Community college:", "community_college"},
    {"Trade school:", "trade_school"},
    {"Apprenticeship:", "apprenticeship"},
}};

// ---- AI Resilience Assessment -------------------------------------------------------------------
// The component's own h3, repeating the section title without emoji (and today's title).
inline constexpr std::string_view kAiTitle = "AI Resilience Assessment";
inline constexpr std::string_view kAiTitleCurrent = "AI Resilience Score";

struct Metric {
  std::string_view name;         // the label a filled page shows
  std::string_view explanation;  // the sentence under it (seed era); none for Job Growth
  std::string_view field;        // under ai_assessment
  std::string_view subfield;     // "" or the key under field
};
// In page order. Job Growth's value is followed by "+N% over 10 years" and its source note.
inline constexpr std::array<Metric, 4> kMetrics = {{
    {"Task Exposure", "How much of this job involves tasks AI can currently perform",
     "taskExposure", ""},
    {"Automation Risk", "Likelihood that AI replaces workers vs. assists them",
     "automationPotential", ""},
    {"Job Growth", "", "jobGrowth", "category"},
    {"Human Advantage", "How much this role relies on distinctly human capabilities",
     "humanAdvantage", "category"},
}};
inline constexpr std::size_t kJobGrowthMetric = 2;
inline constexpr std::string_view kGrowthSuffix = " over 10 years";

struct Classification {
  std::string_view name;   // "AI-Augmented"
  std::string_view emoji;  // the badge's emoji, glued before the name
};
inline constexpr std::array<Classification, 4> kClassifications = {{
    {"AI-Resilient", "\xF0\x9F\x9F\xA2"},          // 🟢
    {"AI-Augmented", "\xF0\x9F\x9F\xA1"},          // 🟡
    {"In Transition", "\xF0\x9F\x9F\xA0"},         // 🟠
    {"High Disruption Risk", "\xF0\x9F\x94\xB4"},  // 🔴
}};

// ---- Related Careers and Data Sources -----------------------------------------------------------
inline constexpr std::string_view kOtherCareersPrefix = "Other careers in ";
inline constexpr std::string_view kPerYearSuffix = "/yr";
inline constexpr std::string_view kCompare = "Compare";
inline constexpr std::string_view kLastUpdatedPrefix = "Last updated: ";
inline constexpr std::string_view kOnetCodePrefix = "O*NET Code: ";
inline constexpr std::string_view kLinkArrowSuffix = " \xE2\x86\x97";  // " ↗"
inline constexpr std::string_view kManuallySourced = "Manually Sourced";

// A manual career's citations, under Data Sources: "Wages: Glassdoor, Indeed (Jan 2026)".
struct Citation {
  std::string_view label;  // "Wages: "
  std::string_view key;    // under source_citations
};
inline constexpr std::array<Citation, 4> kCitations = {{
    {"Wages: ", "wages"},
    {"Skills: ", "skills"},
    {"Outlook: ", "outlook"},
    {"AI Assessment: ", "ai_assessment"},
}};

// ---- the closing block --------------------------------------------------------------------------
// "Work as a <title up to its first comma>?", then the invitation (seed era); today's texts after.
inline constexpr std::array<std::string_view, 2> kClosingQuestionLeads = {"Work as a ",
                                                                          "Work as an "};
inline constexpr std::string_view kClosingQuestionEnd = "?";
inline constexpr std::string_view kClosingInvitation =
    "Help us make this page better. Share your real-world experience, correct any errors, or add "
    "context that helps others.";
inline constexpr std::string_view kClosingQuestionCurrent = "Have feedback about this page?";
inline constexpr std::string_view kClosingInvitationCurrent =
    "Help us make this page better. Share your experience, correct errors, or suggest "
    "improvements.";
inline constexpr std::string_view kClosingInvitationLead = "Help us make this page better.";

}  // namespace careerlint::layout
