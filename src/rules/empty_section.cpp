// empty-section: a section heading with nothing under it. The site prints a heading only when
// it has data for it (docs/page-layout.md §2–3), so on a raw page an empty section means content
// was lost; in a YAML record an empty list is a section with nothing to show.
#include <array>

#include "careerlint/page_layout.h"
#include "rules/rules.h"
#include "rules/support/rule_util.h"

namespace careerlint::rules {

namespace {

// The sections a record's data can leave empty, with their default severity; their titles,
// fields and what they hold come from the page layout.
struct SectionContent {
  std::string_view id;        // page.sections[].id
  std::string_view title;     // as the page shows it
  std::string_view field;     // the model field that holds its content
  std::string_view what;      // what the page lost, for the message
  std::string_view severity;  // default
};

constexpr SectionContent content(layout::SectionId id, std::string_view severity) {
  const layout::Section& section = layout::section(id);
  return {section.slug, section.title, section.field, section.holds, severity};
}

// Career Video is heading-only in any text extraction (the player has no text) and the Data
// Sources heading is printed unconditionally, its links dropped by extraction (docs/page-layout.md
// §2, §3.2, §3.12): on a raw page neither being empty says anything, so both are off by default.
using layout::SectionId;
constexpr std::array<SectionContent, 11> kSections = {{
    content(SectionId::CareerVideo, "off"),
    content(SectionId::KeyResponsibilities, "error"),
    content(SectionId::InsideThisCareer, "error"),
    content(SectionId::CareerProgression, "warning"),
    content(SectionId::Education, "error"),
    content(SectionId::AiAssessment, "error"),
    content(SectionId::TechnologySkills, "error"),
    content(SectionId::KeyAbilities, "warning"),
    content(SectionId::AlsoKnownAs, "warning"),
    content(SectionId::RelatedCareers, "warning"),
    content(SectionId::DataSources, "off"),
}};

bool allNull(const Node* mapping, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    const Node* value = mapping->get(key);
    if (value && !value->isNull()) return false;
  }
  return true;
}

// Whether the model holds nothing for the section.
bool isEmpty(const Node* root, const SectionContent& section) {
  const Node* value = root->get(section.field);
  if (!value || value->isNull()) return true;
  if (section.id == "inside-this-career") {
    const Node* content = value->isMapping() ? value->get("content") : value;
    return !content || content->size() == 0 || (content->isString() && content->text().empty());
  }
  if (section.id == "career-progression") {
    const Node* levels = child(value, "levels");
    return !levels || levels->size() == 0;
  }
  if (section.id == "education") {
    return value->isMapping() &&
           allNull(value,
                   {"typical_entry_education", "work_experience_required", "on_the_job_training"});
  }
  if (section.id == "ai-assessment") {
    return value->isMapping() && allNull(value, {"classificationRationale", "classification",
                                                 "taskExposure", "automationPotential"});
  }
  if (section.id == "career-video")
    return value->kind() == NodeKind::Boolean ? !value->boolean() : false;
  return value->isSequence() && value->size() == 0;
}

// Option names, as the metadata declares them and check() reads them.
constexpr char kSectionsOption[] = "sections";

class EmptySection final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta = [] {
      std::map<std::string, std::string> defaults;
      std::vector<std::string> ids;
      for (const SectionContent& section : kSections) {
        defaults[std::string(section.id)] = std::string(section.severity);
        ids.emplace_back(section.id);
      }
      return RuleMeta{
          .id = "empty-section",
          .description =
              "A section heading with nothing under it: the page lost that section's content",
          .defaultSeverity = Severity::Warning,
          .options =
              {{kSectionsOption, OptionType::SeverityMap, defaults,
                "Severity per section id (off, info, warning, error); ids as in page.sections",
                ids}},
          .messages = {{"emptySection", "a heading with nothing under it"},
                       {"emptyList", "a YAML record's section list is empty"}},
      };
    }();
    return meta;
  }

  void check(RuleContext& context) const override {
    const Node* root = context.root();
    if (!root || !root->isMapping()) return;
    const auto& severities = context.options().severityMap(kSectionsOption);
    auto severityOf = [&](std::string_view id) -> std::optional<Severity> {
      auto it = severities.find(std::string(id));
      if (it == severities.end() || it->second == "off") return std::nullopt;
      return parseSeverity(it->second);
    };
    const Node* page = root->get("page");
    const Node* sections = child(page, "sections");
    if (sections && sections->isSequence()) {
      // A page (or its converted YAML): the headings it printed.
      for (std::size_t i = 0; i < sections->size(); ++i) {
        const Node* entry = sections->at(i);
        const Node* id = entry->get("id");
        const Node* heading = entry->get("heading");
        if (!id || !heading) continue;
        for (const SectionContent& section : kSections) {
          if (id->text() != section.id || !isEmpty(root, section)) continue;
          const auto severity = severityOf(section.id);
          if (!severity) break;
          context.report("emptySection",
                         "\"" + std::string(section.title) +
                             "\" has a heading but nothing under it: the page lost its " +
                             std::string(section.what) +
                             " (the site prints this heading only with content under it)",
                         heading->span(), "/page/sections/" + std::to_string(i), std::nullopt,
                         severity);
          break;
        }
      }
      return;
    }
    // A YAML record without page layout: its list sections.
    for (const SectionContent& section : kSections) {
      const Node::Member* member = root->findMember(section.field);
      if (!member || !member->value->isSequence() || member->value->size() != 0) continue;
      const auto severity = severityOf(section.id);
      if (!severity) continue;
      context.report("emptyList",
                     std::string(section.field) + " is empty: the page would show no " +
                         std::string(section.what),
                     member->key->span(), "/" + std::string(section.field), std::nullopt, severity);
    }
  }
};

}  // namespace

const Rule& emptySectionRule() {
  static const EmptySection rule;
  return rule;
}

}  // namespace careerlint::rules
