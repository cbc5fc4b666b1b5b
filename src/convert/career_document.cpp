#include <cmath>

#include "careerlint/convert.h"

namespace careerlint {

namespace {

// Writes the model in canonical key order (docs/career-model.md). Keys carry the span of their
// value, so a finding about a key points at the page text the value came from.
class CareerWriter {
 public:
  Document write(const Career& c) {
    const Span top = c.title.span;
    fallback_ = top;
    b_.beginMapping(top.begin);
    key("schema_version", top);
    b_.integer(kCareerSchemaVersion, top);
    textField("title", c.title);
    textField("slug", c.slug);
    textField("description", c.description);
    textField("category", c.category);
    key("video", c.video.span);
    b_.boolean(c.video.value, at(c.video.span));
    textList("tasks", c.tasks, c.tasksSpan);
    insideLook(c);
    progression(c);
    education(c);
    aiAssessment(c);
    textList("technology_skills", c.technologySkills, c.technologySkillsSpan);
    textList("abilities", c.abilities, c.abilitiesSpan);
    textList("alternate_titles", c.alternateTitles, c.alternateTitlesSpan);
    related(c);
    textField("last_updated", c.lastUpdated);
    textField("onet_code", c.onetCode);
    key("data_sources", c.dataSourcesSpan);
    b_.beginSequence(at(c.dataSourcesSpan).begin);
    for (const Text& source : c.dataSources) {
      b_.beginMapping(source.span.begin);
      text("source", source);
      b_.end(source.span.end);
    }
    b_.end(c.dataSourcesSpan.end);
    page(c);
    unplaced(c);
    b_.end(top.end);
    return b_.finish();
  }

 private:
  // A value the page does not show has no place of its own; findings about it (a missing
  // section) point at the title line rather than at 0:0.
  Span at(Span span) const { return span.begin.line == 0 ? fallback_ : span; }

  void key(std::string_view name, Span span) { b_.string(name, at(span)); }

  void text(std::string_view name, const Text& value) {
    key(name, value.span);
    b_.string(value.value, value.span);
  }

  // A missing field is placed at `missing` when given (the block it belongs to), never at 1:1.
  void textField(std::string_view name, const TextField& field, Span missing = {}) {
    const Span where = field.value || missing.begin.line == 0 ? at(field.span) : missing;
    key(name, where);
    if (field.value) {
      b_.string(*field.value, field.span);
    } else {
      b_.null(where);
    }
  }

  void numberValue(double value, Span span) {
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 9.0e15) {
      b_.integer(static_cast<std::int64_t>(value), span);
    } else {
      b_.real(value, span);
    }
  }

  void number(std::string_view name, const NumberField& field) {
    key(name, field.span);
    if (field.value) {
      numberValue(*field.value, field.span);
    } else {
      b_.null(at(field.span));
    }
  }

  void textList(std::string_view name, const std::vector<Text>& list, Span span) {
    span = at(span);
    key(name, span);
    b_.beginSequence(span.begin);
    for (const Text& item : list) b_.string(item.value, item.span);
    b_.end(span.end);
  }

  void insideLook(const Career& c) {
    const Span span = at(c.insideLook ? c.insideLook->span : Span{});
    key("inside_look", span);
    if (!c.insideLook) {
      b_.null(span);
      return;
    }
    b_.beginMapping(span.begin);
    textList("content", c.insideLook->content, span);
    key("time_breakdown", span);
    b_.beginSequence(span.begin);
    for (const TimeShare& part : c.insideLook->timeBreakdown) {
      b_.beginMapping(part.activity.span.begin);
      text("activity", part.activity);
      key("share", part.share.span);
      numberValue(part.share.value, part.share.span);
      if (part.remainder) {
        key("remainder", part.share.span);
        b_.boolean(true, part.share.span);
      }
      b_.end(part.activity.span.end);
    }
    b_.end(span.end);
    b_.end(span.end);
  }

  void progression(const Career& c) {
    const Span span = at(c.careerProgression ? c.careerProgression->span : Span{});
    key("career_progression", span);
    if (!c.careerProgression) {
      b_.null(span);
      return;
    }
    const CareerProgression& p = *c.careerProgression;
    b_.beginMapping(span.begin);
    textField("source", p.source);
    textField("match_confidence", p.matchConfidence);
    key("levels", span);
    b_.beginSequence(span.begin);
    for (const ProgressionLevel& level : p.levels) {
      b_.beginMapping(level.span.begin);
      number("level_number", level.levelNumber);
      textField("level_name", level.levelName);
      key("years_experience", level.yearsSpan);
      b_.beginMapping(level.yearsSpan.begin);
      number("min", level.yearsMin);
      number("max", level.yearsMax);
      b_.end(level.yearsSpan.end);
      key("compensation", level.compensationSpan);
      b_.beginMapping(level.compensationSpan.begin);
      key("total", level.compensationSpan);
      b_.beginMapping(level.compensationSpan.begin);
      number("median", level.compensationMedian);
      number("min", level.compensationMin);
      number("max", level.compensationMax);
      b_.end(level.compensationSpan.end);
      b_.end(level.compensationSpan.end);
      b_.end(level.span.end);
    }
    b_.end(span.end);
    b_.end(span.end);
  }

  void education(const Career& c) {
    const Span span = at(c.education ? c.education->span : Span{});
    key("education", span);
    if (!c.education) {
      b_.null(span);
      return;
    }
    const Education& e = *c.education;
    b_.beginMapping(span.begin);
    textField("typical_entry_education", e.typicalEntryEducation);
    textField("work_experience_required", e.workExperienceRequired);
    textField("on_the_job_training", e.onTheJobTraining);
    key("requires_license_or_cert", e.requiresLicenseOrCert.span);
    b_.boolean(e.requiresLicenseOrCert.value, e.requiresLicenseOrCert.span);
    key("certifications", span);
    b_.beginSequence(span.begin);
    for (const Credential& credential : e.certifications) {
      b_.beginMapping(credential.name.span.begin);
      text("name", credential.name);
      key("kind", credential.name.span);
      b_.string(credential.kind, credential.name.span);
      key("required", credential.name.span);
      b_.boolean(credential.required, credential.name.span);
      b_.end(credential.name.span.end);
    }
    b_.end(span.end);
    key("education_duration", e.durationSpan);
    if (e.durationMin.value || e.durationMax.value) {
      b_.beginMapping(e.durationSpan.begin);
      number("min_years", e.durationMin);
      number("max_years", e.durationMax);
      number("typical_years", e.durationTypical);
      b_.end(e.durationSpan.end);
    } else {
      b_.null(e.durationSpan);
    }
    key("estimated_cost", e.costSpan);
    if (e.costMin.value || e.costMax.value) {
      b_.beginMapping(e.costSpan.begin);
      number("min_cost", e.costMin);
      number("max_cost", e.costMax);
      b_.end(e.costSpan.end);
    } else {
      b_.null(e.costSpan);
    }
    key("earning_while_learning", e.earningWhileLearning.span);
    b_.boolean(e.earningWhileLearning.value, e.earningWhileLearning.span);
    key("cost_by_institution_type", span);
    b_.beginMapping(span.begin);
    for (const InstitutionCost& row : e.costByInstitutionType) {
      key(row.key, row.total.span);
      numberValue(row.total.value, row.total.span);
    }
    b_.end(span.end);
    key("cost_data_source", e.costSourceSpan);
    if (e.costSourcePrimary.value) {
      b_.beginMapping(e.costSourceSpan.begin);
      textField("primary", e.costSourcePrimary);
      number("year", e.costSourceYear);
      b_.end(e.costSourceSpan.end);
    } else {
      b_.null(e.costSourceSpan);
    }
    b_.end(span.end);
  }

  void aiAssessment(const Career& c) {
    const Span span = at(c.aiAssessment ? c.aiAssessment->span : Span{});
    key("ai_assessment", span);
    if (!c.aiAssessment) {
      b_.null(span);
      return;
    }
    const AiAssessment& a = *c.aiAssessment;
    b_.beginMapping(span.begin);
    textField("classification", a.classification);
    textField("classificationRationale", a.classificationRationale);
    key("factors", a.classificationRationale.span);
    b_.beginSequence(a.classificationRationale.span.begin);
    for (const Text& factor : a.factors) b_.string(factor.value, factor.span);
    b_.end(a.classificationRationale.span.end);
    textField("explanation", a.explanation);
    textField("taskExposure", a.taskExposure);
    textField("automationPotential", a.automationPotential);
    key("jobGrowth", a.jobGrowthSpan);
    b_.beginMapping(a.jobGrowthSpan.begin);
    textField("category", a.jobGrowthCategory);
    number("percentChange", a.jobGrowthPercentChange);
    textField("source", a.jobGrowthSource);
    b_.end(a.jobGrowthSpan.end);
    key("humanAdvantage", a.humanAdvantageCategory.span);
    b_.beginMapping(a.humanAdvantageCategory.span.begin);
    textField("category", a.humanAdvantageCategory);
    b_.end(a.humanAdvantageCategory.span.end);
    b_.end(span.end);
  }

  void related(const Career& c) {
    key("related_careers", c.relatedCareersSpan);
    b_.beginSequence(at(c.relatedCareersSpan).begin);
    for (const RelatedCareer& r : c.relatedCareers) {
      b_.beginMapping(r.title.span.begin);
      text("title", r.title);
      text("slug", r.slug);
      number("median_pay", r.medianPay);
      b_.end(r.title.span.end);
    }
    b_.end(c.relatedCareersSpan.end);
  }

  void page(const Career& c) {
    const Span span = c.sections.empty() ? c.title.span : c.sections.front().heading.span;
    key("page", span);
    b_.beginMapping(span.begin);
    key("order", span);
    b_.string(c.order, span);
    key("sections", span);
    b_.beginSequence(span.begin);
    for (const PageSection& section : c.sections) {
      b_.beginMapping(section.heading.span.begin);
      key("id", section.heading.span);
      b_.string(section.id, section.heading.span);
      text("heading", section.heading);
      if (!section.labels.empty()) textList("labels", section.labels, section.heading.span);
      b_.end(section.heading.span.end);
    }
    b_.end(span.end);
    const Span closing =
        c.closingQuestion.value ? c.closingQuestion.span : c.closingInvitation.span;
    key("closing", closing);
    if (c.closingQuestion.value || c.closingInvitation.value) {
      b_.beginMapping(closing.begin);
      textField("question", c.closingQuestion, closing);
      textField("invitation", c.closingInvitation, closing);
      b_.end(closing.end);
    } else {
      b_.null(closing);
    }
    if (!c.directives.empty()) textList("directives", c.directives, c.directives.front().span);
    b_.end(span.end);
  }

  void unplaced(const Career& c) {
    const Span span = c.unplaced.empty() ? Span{} : c.unplaced.front().text.span;
    key("unplaced", span);
    b_.beginSequence(span.begin);
    for (const UnplacedLine& line : c.unplaced) {
      b_.beginMapping(line.text.span.begin);
      key("line", line.text.span);
      b_.integer(line.line, line.text.span);
      text("text", line.text);
      b_.end(line.text.span.end);
    }
    b_.end(span.end);
  }

  DocumentBuilder b_;
  Span fallback_;
};

}  // namespace

Document careerToDocument(const Career& career) { return CareerWriter().write(career); }

}  // namespace careerlint
