#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules/rule_test_util.h"
#include "rules/rules.h"

namespace careerlint {
namespace {

using ::testing::ElementsAre;
using testing::positions;

const Rule& rule() { return rules::metricWithoutValueRule(); }

const std::string kAiHeading =
    "\xF0\x9F\xA4\x96"
    "AI Resilience Assessment\nAI Resilience Assessment\n";
const std::string kEducationHeading =
    "\xF0\x9F\x93\x9A"
    "Education & Training\n";
const std::string kDot = "\xE2\x80\xA2";

TEST(MetricWithoutValue, TheSeedShowsItsFourAiMetricsWithoutValuesOneFindingForTheBlock) {
  const auto findings = testing::runRuleOnPage(rule(), testing::seedPage());
  EXPECT_THAT(positions(findings), ElementsAre("30:1 aiMetric"));
  EXPECT_EQ(findings[0].message,
            "the AI metrics Task Exposure, Automation Risk, Job Growth and Human Advantage are on "
            "the page without "
            "their values (ratings such as \"Medium\" or \"Stable\"): the page lost them; restore "
            "the ratings");
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_EQ(findings[0].pointer, "/ai_assessment/taskExposure");
  EXPECT_EQ(findings[0].span.end.line, 33u);  // through the last explanation line
  EXPECT_EQ(findings[0].span.end.column, 59u);
}

TEST(MetricWithoutValue, OneMetricWithoutItsRating) {
  const std::string page = "Nurses\n" + kAiHeading +
                           "Low Exposure: AI assists\nTask Exposure\nLow\n"
                           "How much of this job involves tasks AI can currently perform\n"
                           "Job Growth\n+5% over 10 years\n(BLS 2024-2034)\nHuman Advantage\n"
                           "How much this role relies on distinctly human capabilities\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("11:1 aiMetric"));
  EXPECT_EQ(findings[0].message,
            "the AI metric Human Advantage is on the page without its value (a rating such as "
            "\"Medium\"): the page "
            "lost it; restore the rating");
  EXPECT_EQ(findings[0].pointer, "/ai_assessment/humanAdvantage/category");
}

TEST(MetricWithoutValue, FilledMetricsAndASectionWithoutMetricLinesAreFine) {
  const std::string filled =
      "Nurses\n" + kAiHeading +
      "Low Exposure: AI assists\nTask Exposure\nLow\nAutomation Risk\nLow\nJob Growth\nStable\n"
      "+5% over 10 years\n(BLS 2024-2034)\nHuman Advantage\nStrong\n";
  EXPECT_TRUE(testing::runRuleOnPage(rule(), filled).empty());
  // Only the headline: no metric is shown, so none lacks a value.
  EXPECT_TRUE(testing::runRuleOnPage(rule(), "Nurses\n" + kAiHeading + "Low Exposure: AI assists\n")
                  .empty());
}

TEST(MetricWithoutValue, ARequirementsLabelWithNothingAfterTheColon) {
  const std::string page = "Nurses\n" + kEducationHeading + "Requirements\n- " + kDot +
                           "Entry Education: Bachelor's degree\n- " + kDot + "Experience:\n- " +
                           kDot + "On-the-job Training: None\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("5:4 requirementLabel"));
  EXPECT_EQ(findings[0].message,
            "the Requirements label \"Experience:\" is shown with nothing after it: fill in "
            "education.work_experience_required");
  EXPECT_EQ(findings[0].span.end.column, 15u);
  EXPECT_EQ(findings[0].pointer, "/education/work_experience_required");
}

TEST(MetricWithoutValue, AllThreeRequirementsEmptyAreOneFinding) {
  const std::string page = "Nurses\n" + kEducationHeading + "Requirements\n- " + kDot +
                           "Entry Education:\n- " + kDot + "Experience:\n- " + kDot +
                           "On-the-job Training:\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("4:4 requirementLabel"));
  EXPECT_EQ(findings[0].span.end.line, 6u);
  EXPECT_EQ(findings[0].message,
            "the Requirements labels \"Entry Education:\", \"Experience:\" and \"On-the-job "
            "Training:\" are shown with "
            "nothing after them: fill in education.typical_entry_education, "
            "education.work_experience_required and "
            "education.on_the_job_training");
}

TEST(MetricWithoutValue, ARequirementLineThatIsNotOnThePageIsNotALabelWithoutValue) {
  const std::string page = "Nurses\n" + kEducationHeading + "Requirements\n- " + kDot +
                           "Entry Education: Bachelor's degree\n- " + kDot +
                           "On-the-job Training: None\n";
  EXPECT_TRUE(testing::runRuleOnPage(rule(), page).empty());
}

TEST(MetricWithoutValue, ATimeAndCostLabelWithNoFigureUnderIt) {
  // "Varies" is a value; the duration label is followed directly by the next label.
  const std::string page = "Nurses\n" + kEducationHeading +
                           "Time & Cost\nEducation Duration\nEstimated Education Cost\n"
                           "Varies\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("4:1 timeCostLabel"));
  EXPECT_EQ(findings[0].message,
            "\"Education Duration\" is shown with no figure under it: the page lost "
            "education.education_duration (a "
            "figure such as \"2-4 years\" or \"Varies\")");
}

TEST(MetricWithoutValue, NanPrintedForAMissingNumber) {
  const std::string page =
      "Nurses\n\xF0\x9F\x94\x97Related Careers\nOther careers in "
      "healthcare-technical\nSurgeons\n$NaN/yr\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("5:1 notANumber"));
  EXPECT_EQ(findings[0].message,
            "\"$NaN\" is printed where a figure belongs: the site prints it for a number the "
            "record lacks; fill the "
            "number in");
  EXPECT_EQ(findings[0].span.end.column, 5u);
}

TEST(MetricWithoutValue, CareerModelYamlReportsAtTheFieldsAndTheLabels) {
  const std::string yaml =
      "schema_version: 1\ntitle: Nurses\n"
      "education:\n  typical_entry_education: Bachelor's degree\n  work_experience_required: null\n"
      "  on_the_job_training: None\n"
      "ai_assessment:\n  classificationRationale: \"Low Exposure: AI assists\"\n  taskExposure: "
      "null\n"
      "  automationPotential: Low\n  jobGrowth: {category: Stable, percentChange: 5, source: BLS "
      "2024-2034}\n"
      "  humanAdvantage: {category: Strong}\n"
      "page:\n  sections:\n    - id: ai-assessment\n      heading: \xF0\x9F\xA4\x96"
      "AI Resilience Assessment\n"
      "      labels:\n        - AI Resilience Assessment\n"
      "        - How much of this job involves tasks AI can currently perform\n";
  const auto findings = testing::runRuleOnYaml(rule(), yaml);
  EXPECT_THAT(positions(findings), ElementsAre("5:3 requirementLabel", "19:11 aiMetric"));
  EXPECT_EQ(findings[1].message,
            "the AI metric Task Exposure is on the page without its value (a rating such as "
            "\"Medium\"): the page "
            "lost it; restore the rating");
}

TEST(MetricWithoutValue, ASiteRecordsMedianPayEmptyWhileOtherPercentilesAreSet) {
  const std::string yaml =
      "name: Recruiters\nwages:\n  annual:\n    pct_10: 45000\n    pct_25: null\n    median: null\n"
      "    pct_75: null\n    pct_90: 120000\n  hourly:\n    median: null\n";
  const auto findings = testing::runRuleOnYaml(rule(), yaml);
  EXPECT_THAT(positions(findings), ElementsAre("6:5 medianPay"));
  EXPECT_EQ(findings[0].message,
            "wages.annual.median is empty while other percentiles are set: the page's \"Median "
            "Annual Pay\" shows no "
            "figure, and the site builds no career progression without a median");
  // No pay data at all ("null if not available", as the template says) is not a missing figure,
  // and neither are null hourly wages of a salaried role.
  EXPECT_TRUE(
      testing::runRuleOnYaml(rule(),
                             "name: Recruiters\nwages:\n  annual: {pct_10: null, median: null}\n"
                             "  hourly: {pct_10: 20, median: null}\n")
          .empty());
}

TEST(MetricWithoutValue, ANanNumberInAYamlRecord) {
  const auto findings =
      testing::runRuleOnYaml(rule(), "name: Recruiters\nwages:\n  annual:\n    median: .nan\n");
  EXPECT_THAT(positions(findings), ElementsAre("4:13 notANumber"));
  EXPECT_EQ(findings[0].message,
            "wages.annual.median is .nan, which the site prints as \"$NaN\": fill the number in or "
            "use null");
}

}  // namespace
}  // namespace careerlint
