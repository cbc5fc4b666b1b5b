#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "careerlint/yaml_loader.h"
#include "rules/rule_test_util.h"
#include "rules/rules.h"
#include "support/harness.h"

namespace careerlint {
namespace {

using ::testing::ElementsAre;
using testing::positions;

const Rule& rule() { return rules::placeholderTextRule(); }

// Runs the rule on a YAML file named `path` (the test harness names every file record.yaml).
std::vector<Finding> runOnYamlFile(const std::string& path, const std::string& yaml,
                                   std::map<std::string, OptionValue> options = {}) {
  SourceFile file{path, yaml, SourceFile::Kind::Yaml};
  auto document = loadYaml(file.text);
  if (!document) {
    ADD_FAILURE() << document.error().message;
    return {};
  }
  FindingList sink;
  RuleOptions effective(&rule().meta(), std::move(options));
  RuleContext context(file, *document, rule().meta(), rule().meta().defaultSeverity, effective,
                      sink);
  rule().check(context);
  sortFindings(sink.findings);
  return sink.findings;
}

std::string readTestData(const std::string& relative) {
  return testing::readSourceFile("tests/data/" + relative);
}

TEST(PlaceholderText, MarkersOnARawPageAreReportedAtTheirColumn) {
  const std::string page =
      "Nurses\nCare for patients. TODO: add the licence details.\n\xF0\x9F\x93\x8BKey "
      "Responsibilities\n"
      "- \xE2\x80\xA2Take vital signs (TBD).\n- \xE2\x80\xA2Lorem ipsum dolor sit amet.\n";
  const auto findings = testing::runRuleOnPage(rule(), page);
  EXPECT_THAT(positions(findings), ElementsAre("2:20 marker", "4:22 marker", "5:4 marker"));
  EXPECT_EQ(findings[0].message,
            "\"TODO\" left in description: replace it with the real content before publishing");
  EXPECT_EQ(findings[0].severity, Severity::Error);
  EXPECT_EQ(findings[0].span.end.column, 24u);
  EXPECT_EQ(findings[1].pointer, "/tasks/0");
  EXPECT_EQ(findings[2].message,
            "filler text \"Lorem ipsum\" in tasks[1]: replace it with the real content before "
            "publishing");
}

TEST(PlaceholderText, MarkersMustBeWholeUpperCaseWords) {
  // "Todo" and "tbd" are not markers; "XXXL" and "TODOs" are other words.
  const std::string page = "Nurses\nSizes run to XXXL. Todo lists and tbd notes. TODOs pile up.\n";
  EXPECT_TRUE(testing::runRuleOnPage(rule(), page).empty());
}

TEST(PlaceholderText, BracketedPromptsAndFigurePlaceholders) {
  const std::string yaml =
      "name: Recruiters\n"
      "ai_assessment:\n"
      "  classificationRationale: Strong job growth of X% and the need for [human skills] provide "
      "stability.\n"
      "tasks:\n"
      "  - Collaborate with [stakeholders] to [outcome]\n"
      "  - Negotiate offers of $XX,XXX with {{candidate}}\n";
  const auto findings = testing::runRuleOnYaml(rule(), yaml);
  EXPECT_THAT(positions(findings),
              ElementsAre("3:49 numberPlaceholder", "3:69 bracketPrompt", "5:22 bracketPrompt",
                          "5:40 bracketPrompt", "6:25 numberPlaceholder", "6:38 bracketPrompt"));
  EXPECT_EQ(findings[1].message,
            "template prompt \"[human skills]\" left in ai_assessment.classificationRationale: "
            "write the real text in "
            "its place");
  EXPECT_EQ(findings[0].message,
            "placeholder figure \"X%\" in ai_assessment.classificationRationale: put the real "
            "number in its place");
  EXPECT_EQ(findings[4].span.end.column, 32u);  // "$XX,XXX"
}

TEST(PlaceholderText, CitationsLinksAndRealFiguresAreNotPrompts) {
  const std::string yaml =
      "name: Recruiters\n"
      "description: Growth of 35% [1] and [sic] notes; see [the guide](https://example.org). X-ray "
      "techs earn $52,000.\n"
      "abilities:\n  - Windows NT\n  - N/A\n  - Xbox % share\n";
  EXPECT_TRUE(testing::runRuleOnYaml(rule(), yaml).empty());
}

TEST(PlaceholderText, TheTemplatesSampleValues) {
  const std::string yaml =
      "id: career-slug\nname: Career Title\n"
      "alternate_titles:\n  - Alternative Title 1\n  - Data Labeler\n"
      "keywords:\n  - keyword2\n"
      "related_careers:\n  - slug: \"related-career-1\"\n    relationship: similar\n";
  const auto findings = testing::runRuleOnYaml(rule(), yaml);
  EXPECT_THAT(positions(findings),
              ElementsAre("1:5 templateValue", "2:7 templateValue", "4:5 templateValue",
                          "7:5 templateValue", "9:12 templateValue"));
  EXPECT_EQ(findings[2].message,
            "\"Alternative Title 1\" in alternate_titles[0] is a sample value of the record "
            "template: replace it with "
            "the real value or delete it");
}

TEST(PlaceholderText, PositionsInsideLiteralBlocksAndQuotedValuesAreExact) {
  const std::string yaml =
      "name: Recruiters\ndescription: |\n  First paragraph: What does this role do day-to-day?\n\n"
      "  Second paragraph: What industries employ these professionals?\n"
      "tasks:\n  - \"Design [specific deliverable]\"\n  - \"Escaped \\\"quote\\\" and "
      "[outcome]\"\n";
  const auto findings = testing::runRuleOnYaml(rule(), yaml);
  // Through the escaped quotes to the prompt itself.
  EXPECT_THAT(positions(findings), ElementsAre("3:3 templateValue", "5:3 templateValue",
                                               "7:13 bracketPrompt", "8:28 bracketPrompt"));
  EXPECT_EQ(findings[0].message,
            "the template's prompt \"First paragraph:\" is still in description: write the "
            "paragraph it asks for in its "
            "place");
  EXPECT_EQ(findings[0].span.end.column, 19u);
}

TEST(PlaceholderText, TheSiteTemplateIsSkippedByNameUnlessAsked) {
  const std::string templateYaml = readTestData("manual-careers/_template.yaml");
  ASSERT_FALSE(templateYaml.empty());
  EXPECT_TRUE(runOnYamlFile("manual-careers/_template.yaml", templateYaml).empty());
  const auto findings =
      runOnYamlFile("manual-careers/_template.yaml", templateYaml, {{"skipTemplates", false}});
  EXPECT_EQ(findings.size(), 33u);  // every sample value and prompt of the template
  // The same text under a career's name is a record someone forgot to fill in.
  EXPECT_EQ(runOnYamlFile("manual-careers/recruiters.yaml", templateYaml).size(), 33u);
}

TEST(PlaceholderText, TheSeedAndARealRecordAreClean) {
  EXPECT_TRUE(testing::runRuleOnPage(rule(), testing::seedPage()).empty());
  const std::string record = readTestData("manual-careers/data-annotators.yaml");
  ASSERT_FALSE(record.empty());
  EXPECT_TRUE(runOnYamlFile("data-annotators.yaml", record).empty());
}

TEST(PlaceholderText, DerivedValuesOfTheCareerModelAreNotReportedTwice) {
  // The rationale's explanation and factors are copies of parts of it, at the same page columns.
  const std::string page =
      "Nurses\n\xF0\x9F\xA4\x96"
      "AI Resilience Assessment\nAI Resilience Assessment\nTBD Exposure: TBD\n";
  EXPECT_THAT(positions(testing::runRuleOnPage(rule(), page)),
              ElementsAre("4:1 marker", "4:15 marker"));
}

}  // namespace
}  // namespace careerlint
