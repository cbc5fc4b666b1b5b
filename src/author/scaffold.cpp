// new and init: a record to start from and a configuration to start from. The record's
// placeholders are TODO markers, which placeholder-text reports as errors: an unedited scaffold
// never passes `careerlint lint`.
#include <string>

#include "careerlint/author.h"
#include "careerlint/convert.h"
#include "careerlint/page_layout.h"
#include "util/strings.h"

namespace careerlint {

namespace {

// A YAML double-quoted scalar (the title may hold ':' or '#').
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (c == '\n' || c == '\r' || c == '\t') {
      out.push_back(' ');
      continue;
    }
    out.push_back(c);
  }
  return out + "\"";
}

std::string careerScaffold(std::string_view title, const std::string& slug) {
  std::string out;
  out += "# " + std::string(title) +
         ": a career record (careerlint's career model, docs/career-model.md).\n"
         "# Replace every TODO, then run `careerlint lint` on this file until it passes;\n"
         "# `careerlint render` shows the page it makes.\n";
  out += "schema_version: 1\n";
  out += "title: " + quoted(title) + "\n";
  out += "slug: " + slug + "\n";
  out += "# One paragraph: what the work is, where it is done, for whom.\n";
  out += "description: \"TODO: describe the career in one paragraph.\"\n";
  out += "# One of the site's category slugs (docs/career-model.md), e.g. healthcare-technical.\n";
  out += "category: TODO\n";
  out += "video: false\n";
  out += "# The first 8 are shown, each an instruction that starts with a verb.\n";
  out += "tasks:\n  - \"TODO: the first responsibility.\"\n";
  out += "inside_look:\n";
  out +=
      "  # Paragraphs: a typical day (with its time shares), who thrives, the rewards, the way "
      "in.\n";
  out += "  content:\n    - \"TODO: a typical day.\"\n";
  out += "  time_breakdown: []\n";
  out += "career_progression: null\n";
  out += "education:\n";
  out += "  typical_entry_education: \"TODO: e.g. Post-secondary certificate\"\n";
  out += "  work_experience_required: \"TODO: e.g. None\"\n";
  out += "  on_the_job_training: \"TODO: e.g. Short-term\"\n";
  out += "  requires_license_or_cert: false\n";
  out += "  certifications: []\n";
  out += "  education_duration: null\n";
  out += "  estimated_cost: null\n";
  out += "  earning_while_learning: false\n";
  out += "  cost_by_institution_type: {}\n";
  out += "  cost_data_source: null\n";
  out += "ai_assessment:\n";
  out += "  classification: null\n";
  out += "  # \"<Factors>: <explanation>\", e.g. \"Low Exposure: hands-on work AI cannot do\".\n";
  out += "  classificationRationale: \"TODO: the assessment in one sentence.\"\n";
  out += "  factors: []\n";
  out += "  explanation: null\n";
  out += "  taskExposure: null\n";
  out += "  automationPotential: null\n";
  out += "  jobGrowth:\n    category: null\n    percentChange: null\n    source: null\n";
  out += "  humanAdvantage:\n    category: null\n";
  out += "technology_skills:\n  - \"TODO: a tool the work uses\"\n";
  out += "abilities:\n  - \"TODO: an ability the work needs\"\n";
  out += "alternate_titles: []\n";
  out += "related_careers: []\n";
  out += "last_updated: null\n";
  out += "onet_code: null\n";
  out += "data_sources: []\n";
  out +=
      "# The page's layout: the sections it shows, in order (include/careerlint/page_layout.h).\n";
  out += "page:\n  order: seed\n  sections:\n";
  // The sections the scaffold has content for (a video, career levels, alternate titles and
  // related careers are added with their data).
  using layout::SectionId;
  for (const SectionId id :
       {SectionId::KeyResponsibilities, SectionId::InsideThisCareer, SectionId::Education,
        SectionId::AiAssessment, SectionId::TechnologySkills, SectionId::KeyAbilities,
        SectionId::DataSources}) {
    const layout::Section& section = layout::section(id);
    out += "    - id: " + std::string(section.slug) + "\n";
    out +=
        "      heading: " + quoted(std::string(section.emoji) + std::string(section.title)) + "\n";
  }
  const std::string_view upToComma = title.substr(0, title.find(','));
  out += "  closing:\n";
  out += "    question: " +
         quoted(std::string(layout::kClosingQuestionLeads[0]) + std::string(upToComma) +
                std::string(layout::kClosingQuestionEnd)) +
         "\n";
  out += "    invitation: " + quoted(layout::kClosingInvitation) + "\n";
  out += "unplaced: []\n";
  return out;
}

std::string manualScaffold(std::string_view title, const std::string& slug) {
  std::string out;
  out += "# " + std::string(title) +
         "\n# A hand-written career record (the site's manual-careers/*.yaml).\n"
         "# Replace every TODO, then run `careerlint lint` on this file until it passes.\n"
         "#\n# Sources:\n# - Wages: TODO\n\n";
  out +=
      "# =============================================================================\n"
      "# IDENTITY\n"
      "# =============================================================================\n\n";
  out += "id: " + slug + "\nname: " + quoted(title) + "\nslug: " + slug + "\n";
  out += "category: TODO\ndata_source: manual\nlast_updated: \"TODO\"\n\n";
  out +=
      "# =============================================================================\n"
      "# DESCRIPTION\n"
      "# =============================================================================\n\n";
  out +=
      "description: |\n  TODO: what the role does day to day, who employs it, why it matters.\n\n";
  out += "wages:\n  source: \"TODO: two or more sources, with the month\"\n  year: 2026\n";
  out +=
      "  annual:\n    pct_10: null\n    pct_25: null\n    median: null\n    pct_75: null\n"
      "    pct_90: null\n    mean: null\n";
  out +=
      "  hourly:\n    pct_10: null\n    pct_25: null\n    median: null\n    pct_75: null\n"
      "    pct_90: null\n    mean: null\n";
  out += "  employment_count: null\n\n";
  out +=
      "education:\n  typical_entry_education: \"TODO\"\n  work_experience_required: \"TODO\"\n"
      "  on_the_job_training: \"TODO\"\n";
  out +=
      "  time_to_job_ready:\n    min_years: 0\n    typical_years: 0\n    max_years: 0\n"
      "    earning_while_learning: false\n    notes: \"TODO\"\n";
  for (const char* flag : {"requires_high_school", "requires_bachelors", "requires_masters",
                           "requires_doctoral", "requires_certificate", "requires_associate",
                           "requires_apprenticeship", "requires_license"})
    out += std::string("  ") + flag + ": false\n";
  out +=
      "\n# One of: \"AI-Resilient\", \"AI-Augmented\", \"In Transition\", \"High Disruption "
      "Risk\"\n";
  out += "ai_resilience: \"AI-Augmented\"\nai_resilience_tier: 2\n";
  out +=
      "ai_assessment:\n  aiExposure:\n    score: 0.5\n    label: \"Medium\"\n"
      "    source: \"editorial\"\n";
  out += "  jobGrowth:\n    label: \"Stable\"\n    percentChange: 0\n    source: \"TODO\"\n";
  out +=
      "  humanAdvantage:\n    category: \"Moderate\"\n    epochScores:\n      empathy: 3\n"
      "      presence: 3\n      opinion: 3\n      creativity: 3\n      hope: 3\n";
  out +=
      "  scoring:\n    exposurePoints: 1\n    growthPoints: 1\n    humanAdvantagePoints: 1\n"
      "    totalScore: 3\n";
  out += "  classification: \"AI-Augmented\"\n";
  out += "  classificationRationale: |\n    TODO: why this classification, in a few sentences.\n\n";
  out += "tasks:\n  - \"TODO: the first responsibility\"\n\n";
  out += "technology_skills:\n  - \"TODO: a tool\"\n\n";
  out += "abilities:\n  - \"TODO: an ability\"\n\n";
  out += "alternate_titles:\n  - \"TODO: another title for the role\"\n\n";
  out += "keywords:\n  - \"TODO\"\n\n";
  out +=
      "source_citations:\n  wages: \"TODO\"\n  skills: \"TODO\"\n  outlook: \"TODO\"\n"
      "  ai_assessment: \"TODO\"\n";
  return out;
}

}  // namespace

std::string scaffoldRecord(std::string_view title, bool manual) {
  const std::string slug = strings::slugify(title);
  return manual ? manualScaffold(title, slug) : careerScaffold(title, slug);
}

std::string starterConfig() {
  return "# careerlint configuration (README.md, \"Configuration\"). The nearest .careerlint.yaml\n"
         "# walking up from each checked file applies; `root: true` stops the walk here.\n"
         "root: true\n"
         "\n"
         "# recommended: the rules most teams want; strict: every rule on.\n"
         "extends: recommended\n"
         "\n"
         "# The rules most often tuned: off, info, warning or error, or a mapping with\n"
         "# severity and options (`careerlint explain <rule>` lists a rule's options).\n"
         "rules:\n"
         "  # Hedged figures (\"about 40%\") are fine in some house styles.\n"
         "  hedged-figure: warning\n"
         "  # Which empty sections matter: career-video and data-sources are heading-only on\n"
         "  # extracted pages.\n"
         "  empty-section:\n"
         "    severity: warning\n"
         "  # Records not updated for a long time.\n"
         "  stale-data: warning\n"
         "\n"
         "# Files under these globs are not checked.\n"
         "ignore:\n"
         "  - \"drafts/**\"\n"
         "\n"
         "# Directories of other pages, for related-career-exists.\n"
         "# content_roots: [\"../careers\"]\n"
         "\n"
         "# The site's hand-written records follow their own schema.\n"
         "schemas:\n"
         "  - files: [\"manual-careers/*.yaml\"]\n"
         "    schema: builtin:manual-career\n";
}

}  // namespace careerlint
