// nonstandard-vocabulary: the education, experience and training values of a page read as one
// vocabulary. The site uses two: O*NET-derived phrases for its generated careers ("One to two
// years", "Some experience helpful", "Few months to one year", "Post-secondary certificate") and
// the BLS categories with the manual template's phrases for hand-written ones ("Bachelor's
// degree", "1-2 years", "Short-term"); no career in careers.json mixes them, and the O*NET
// experience and training phrases always come in the five Job Zone pairs. The schemas already
// reject a value outside both lists (with "did you mean"), so this rule reports what they accept:
// a value from the other vocabulary, a pair from two Job Zones — and, when `check_unlisted` is on
// for projects whose schema leaves these fields free, values outside the lists.
#include <array>

#include "rules/rules.h"
#include "rules/support/rule_util.h"
#include "rules/support/vocabulary.h"

namespace careerlint::rules {

namespace {

enum class Family : unsigned char { Shared, Onet, Template };

struct Term {
  std::string_view text;
  Family family;
  std::string_view counterpart;  // the closest term of the other family, or empty
};

// typical_entry_education: the 8 BLS categories and the site's O*NET phrases.
constexpr std::array<Term, 15> kEducation = {{
    {"No formal educational credential", Family::Template, "Less than high school"},
    {"High school diploma or equivalent", Family::Shared, ""},
    {"Postsecondary nondegree award", Family::Template, "Post-secondary certificate"},
    {"Some college, no degree", Family::Shared, ""},
    {"Associate's degree", Family::Shared, ""},
    {"Bachelor's degree", Family::Shared, ""},
    {"Master's degree", Family::Shared, ""},
    {"Doctoral or professional degree", Family::Template, "Doctoral degree"},
    {"Less than high school", Family::Onet, "No formal educational credential"},
    {"Post-secondary certificate", Family::Onet, "Postsecondary nondegree award"},
    {"Post-baccalaureate certificate", Family::Onet, ""},
    {"Post-master's certificate", Family::Onet, ""},
    {"First professional degree", Family::Onet, "Doctoral or professional degree"},
    {"Doctoral degree", Family::Onet, "Doctoral or professional degree"},
    {"Post-doctoral training", Family::Onet, "Doctoral or professional degree"},
}};

// work_experience_required: the template's phrases and the site's O*NET Job Zone phrases.
constexpr std::array<Term, 10> kExperience = {{
    {"None", Family::Template, "Little or no experience"},
    {"Less than 1 year", Family::Template, "Some experience helpful"},
    {"1-2 years", Family::Template, "One to two years"},
    {"2-5 years", Family::Template, "Several years"},
    {"5+ years", Family::Template, "Extensive experience"},
    {"Little or no experience", Family::Onet, "None"},
    {"Some experience helpful", Family::Onet, "Less than 1 year"},
    {"One to two years", Family::Onet, "1-2 years"},
    {"Several years", Family::Onet, "2-5 years"},
    {"Extensive experience", Family::Onet, "5+ years"},
}};

// on_the_job_training: the template's (BLS) terms and the site's O*NET Job Zone phrases. BLS:
// short-term is a month or less, moderate-term 1 to 12 months, long-term more than a year.
constexpr std::array<Term, 11> kTraining = {{
    {"None", Family::Template, "Short demonstration"},
    {"Short-term", Family::Template, "Short demonstration"},
    {"Moderate-term", Family::Template, "Few months to one year"},
    {"Long-term", Family::Template, ""},
    {"Apprenticeship", Family::Template, ""},
    {"Internship/Residency", Family::Template, ""},
    {"Short demonstration", Family::Onet, "Short-term"},
    {"Few months to one year", Family::Onet, "Moderate-term"},
    {"One to two years", Family::Onet, "Long-term"},
    {"Several years", Family::Onet, "Long-term"},
    {"Extensive training", Family::Onet, "Long-term"},
}};

// The O*NET Job Zones as the site words them: experience and training of one zone.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kJobZones = {{
    {"Little or no experience", "Short demonstration"},
    {"Some experience helpful", "Few months to one year"},
    {"One to two years", "One to two years"},
    {"Several years", "Several years"},
    {"Extensive experience", "Extensive training"},
}};

// O*NET's own category wording (its Education, Training, and Experience categories), as a page
// rendered straight from O*NET shows it, and the site's phrase for the same span. Long category
// texts ("Post-Secondary Certificate - awarded for …") are matched by their part before " - ".
struct OnetCategory {
  std::string_view field;
  std::string_view onet;
  std::string_view site;
};
constexpr std::array<OnetCategory, 30> kOnetCategories = {{
    {"typical_entry_education", "Less than a High School Diploma", "Less than high school"},
    {"typical_entry_education", "High School Diploma", "High school diploma or equivalent"},
    {"typical_entry_education", "Post-Secondary Certificate", "Post-secondary certificate"},
    {"typical_entry_education", "Some College Courses", "Some college, no degree"},
    {"typical_entry_education", "Associate's Degree", "Associate's degree"},
    {"typical_entry_education", "Post-Baccalaureate Certificate", "Post-baccalaureate certificate"},
    {"typical_entry_education", "Post-Master's Certificate", "Post-master's certificate"},
    {"typical_entry_education", "First Professional Degree", "First professional degree"},
    {"typical_entry_education", "Post-Doctoral Training", "Post-doctoral training"},
    {"work_experience_required", "Up to and including 1 month", "Some experience helpful"},
    {"work_experience_required", "Over 1 month, up to and including 3 months",
     "Some experience helpful"},
    {"work_experience_required", "Over 3 months, up to and including 6 months",
     "Some experience helpful"},
    {"work_experience_required", "Over 6 months, up to and including 1 year",
     "Some experience helpful"},
    {"work_experience_required", "Over 1 year, up to and including 2 years", "One to two years"},
    {"work_experience_required", "Over 2 years, up to and including 4 years", "Several years"},
    {"work_experience_required", "Over 6 years, up to and including 8 years",
     "Extensive experience"},
    {"work_experience_required", "Over 8 years, up to and including 10 years",
     "Extensive experience"},
    {"work_experience_required", "Over 10 years", "Extensive experience"},
    {"on_the_job_training", "None or short demonstration", "Short demonstration"},
    {"on_the_job_training", "Anything beyond short demonstration, up to and including 1 month",
     "Short demonstration"},
    {"on_the_job_training", "Over 1 month, up to and including 3 months", "Few months to one year"},
    {"on_the_job_training", "Over 3 months, up to and including 6 months",
     "Few months to one year"},
    {"on_the_job_training", "Over 6 months, up to and including 1 year", "Few months to one year"},
    {"on_the_job_training", "Over 1 year, up to and including 2 years", "One to two years"},
    {"on_the_job_training", "Over 2 years, up to and including 4 years", "Several years"},
    {"on_the_job_training", "Over 4 years, up to and including 10 years", "Several years"},
    {"on_the_job_training", "Over 10 years", "Extensive training"},
    // The site's phrase in O*NET's capitals.
    {"typical_entry_education", "Bachelor's Degree", "Bachelor's degree"},
    {"typical_entry_education", "Master's Degree", "Master's degree"},
    {"typical_entry_education", "Doctoral Degree", "Doctoral degree"},
}};

struct Field {
  std::string_view key;
  std::string_view label;  // as the page shows it
  std::span<const Term> terms;
};

const std::array<Field, 3>& fields() {
  static const std::array<Field, 3> list = {{
      {"typical_entry_education", "Entry Education", kEducation},
      {"work_experience_required", "Experience", kExperience},
      {"on_the_job_training", "On-the-job Training", kTraining},
  }};
  return list;
}

const Term* findTerm(std::span<const Term> terms, std::string_view value) {
  for (const Term& term : terms) {
    if (term.text == value) return &term;
  }
  return nullptr;
}

std::string_view familyName(Family family) {
  return family == Family::Onet ? "the site's O*NET phrases"
                                : "the BLS categories and the manual template's phrases";
}

struct Found {
  const Field* field;
  const Node* node;
  const Term* term;  // null when the value is in no list
};

// Option names, as the metadata declares them and check() reads them.
constexpr char kCheckUnlistedOption[] = "check_unlisted";

class NonstandardVocabulary final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "nonstandard-vocabulary",
        .description =
            "Education, experience and training values that mix vocabularies or break the O*NET "
            "job-zone pairing",
        .defaultSeverity = Severity::Warning,
        .options = {{kCheckUnlistedOption, OptionType::Boolean, false,
                     "Also report values outside every list (off by default: the built-in schemas "
                     "report them, with "
                     "a suggestion, as schema errors)"}},
        .messages = {{"otherVocabulary",
                      "a value from the other vocabulary than the rest of the page"},
                     {"jobZonePair", "experience and training from two different O*NET Job Zones"},
                     {"unlisted", "a value in none of the lists"}},
    };
    return meta;
  }

  void check(RuleContext& context) const override {
    const Node* root = context.root();
    const Node* education = child(root, "education");
    if (!education || !education->isMapping()) return;
    const bool manual = vocabulary::isManualRecord(root);
    std::vector<Found> found;
    for (const Field& field : fields()) {
      const Node* node = vocabulary::stringAt(education, field.key);
      if (node) found.push_back({&field, node, findTerm(field.terms, node->text())});
    }
    if (context.options().boolean(kCheckUnlistedOption)) reportUnlisted(context, found, manual);
    // Manual records: the schema allows only the template's vocabulary, so a mix is a schema error.
    if (manual) return;
    if (!reportMix(context, found)) reportJobZone(context, found);
  }

 private:
  static std::string pointerOf(const Field& field) {
    return "/education/" + std::string(field.key);
  }

  // Each value of the minority vocabulary (on a tie, the later value), naming one of the other.
  // True when it reported.
  static bool reportMix(RuleContext& context, const std::vector<Found>& found) {
    int onet = 0;
    int manual = 0;
    Family last = Family::Shared;
    for (const Found& f : found) {
      if (!f.term || f.term->family == Family::Shared) continue;
      ++(f.term->family == Family::Onet ? onet : manual);
      last = f.term->family;
    }
    if (onet == 0 || manual == 0) return false;
    const Family minority = onet < manual ? Family::Onet : manual < onet ? Family::Template : last;
    const Found* other = nullptr;
    for (const Found& f : found) {
      if (f.term && f.term->family != Family::Shared && f.term->family != minority && !other)
        other = &f;
    }
    for (const Found& f : found) {
      if (!f.term || f.term->family != minority) continue;
      std::string message =
          "education." + std::string(f.field->key) + ": \"" + std::string(f.node->text()) +
          "\" is from " + std::string(familyName(minority)) + ", while " +
          std::string(other->field->key) + " \"" + std::string(other->node->text()) +
          "\" is from " + std::string(familyName(other->term->family)) +
          "; a page uses one vocabulary";
      if (!f.term->counterpart.empty())
        message += ": did you mean \"" + std::string(f.term->counterpart) + "\"?";
      context.report("otherVocabulary", std::move(message), f.node->span(), pointerOf(*f.field));
    }
    return true;
  }

  static void reportJobZone(RuleContext& context, const std::vector<Found>& found) {
    const Found* experience = nullptr;
    const Found* training = nullptr;
    for (const Found& f : found) {
      if (!f.term || f.term->family != Family::Onet) continue;
      if (f.field->key == "work_experience_required") experience = &f;
      if (f.field->key == "on_the_job_training") training = &f;
    }
    if (!experience || !training) return;
    std::size_t experienceZone = 0;
    std::size_t trainingZone = 0;
    for (std::size_t zone = 0; zone < kJobZones.size(); ++zone) {
      if (kJobZones[zone].first == experience->node->text()) experienceZone = zone + 1;
      if (kJobZones[zone].second == training->node->text()) trainingZone = zone + 1;
    }
    if (experienceZone == 0 || trainingZone == 0 || experienceZone == trainingZone) return;
    context.report("jobZonePair",
                   "education.on_the_job_training: \"" + std::string(training->node->text()) +
                       "\" is O*NET Job Zone " + std::to_string(trainingZone) +
                       "'s training, but work_experience_required \"" +
                       std::string(experience->node->text()) + "\" is Job Zone " +
                       std::to_string(experienceZone) + "'s experience (which goes with \"" +
                       std::string(kJobZones[experienceZone - 1].second) +
                       "\"): the site takes both from one Job Zone, so one of the two was changed",
                   training->node->span(), pointerOf(*training->field));
  }

  // Values in no list (in a hand-written record: also the O*NET phrases, which its schema does
  // not allow), with the closest allowed value.
  static void reportUnlisted(RuleContext& context, const std::vector<Found>& found, bool manual) {
    auto allowed = [&](const Term* term) {
      return term && !(manual && term->family == Family::Onet);
    };
    for (const Found& f : found) {
      if (allowed(f.term)) continue;
      const std::string_view value = f.node->text();
      const Term* known = f.term;
      const std::size_t dash = value.find(" - ");
      const std::string_view head =
          strings::trim(value.substr(0, std::min(dash, value.find(" ("))));
      for (const OnetCategory& category : kOnetCategories) {
        if (!known && category.field == f.field->key &&
            strings::equalsIgnoreCase(head, category.onet)) {
          known = findTerm(f.field->terms, category.site);
        }
      }
      std::optional<std::string> suggestion;
      if (known && allowed(known)) {
        suggestion = std::string(known->text);
      } else if (known && !known->counterpart.empty()) {
        suggestion = std::string(known->counterpart);
      } else if (!known) {
        std::vector<std::string> candidates;
        for (const Term& term : f.field->terms) {
          if (allowed(&term)) candidates.emplace_back(term.text);
        }
        suggestion = strings::closestMatch(value, candidates);
      }
      std::string message = "education." + std::string(f.field->key) + ": \"" + std::string(value) +
                            "\" is not one of " +
                            (manual ? "the manual template's values" : "the site's values") +
                            " for " + std::string(f.field->label);
      if (suggestion) message += "; did you mean \"" + *suggestion + "\"?";
      context.report("unlisted", std::move(message), f.node->span(), pointerOf(*f.field));
    }
  }
};

}  // namespace

const Rule& nonstandardVocabularyRule() {
  static const NonstandardVocabulary rule;
  return rule;
}

}  // namespace careerlint::rules
