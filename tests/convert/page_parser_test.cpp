#include "convert/page_parser.h"

#include <gtest/gtest.h>

#include "careerlint/convert.h"

namespace careerlint {
namespace {

Career parse(std::string_view text, std::vector<Finding>* warningsOut = nullptr) {
  std::vector<Finding> warnings;
  Career career = convert::parsePage(convert::splitPageLines(text, 0), "p.txt", warnings);
  if (warningsOut) *warningsOut = warnings;
  return career;
}

TEST(PageParser, HeadingsWithAndWithoutEmojiOrVariationSelectors) {
  EXPECT_EQ(convert::matchHeading("\xF0\x9F\x8F\xB7\xEF\xB8\x8F"
                                  "Also Known As")
                ->slug,
            "also-known-as");
  EXPECT_EQ(convert::matchHeading("Also Known As")->slug, "also-known-as");
  EXPECT_EQ(convert::matchHeading("\xF0\x9F\x92\xBB technology  skills")->slug,
            "technology-skills");
  EXPECT_EQ(convert::matchHeading("Technology Skill"), nullptr);
}

TEST(PageParser, LabelsWithoutValuesAreNullsAtTheLabel) {
  const Career career = parse(
      "Nurses\n\xF0\x9F\x93\x9A"
      "Education & Training\nRequirements\n- \xE2\x80\xA2"
      "Entry Education: Bachelor's degree\n- \xE2\x80\xA2"
      "Experience:\n");
  ASSERT_TRUE(career.education);
  EXPECT_EQ(career.education->typicalEntryEducation.value, "Bachelor's degree");
  EXPECT_EQ(career.education->typicalEntryEducation.span.begin.column, 21u);
  EXPECT_FALSE(career.education->workExperienceRequired.value);
  EXPECT_EQ(career.education->workExperienceRequired.span.begin.line, 5u);
  EXPECT_EQ(career.education->workExperienceRequired.span.begin.column, 4u);
  EXPECT_FALSE(career.education->onTheJobTraining.value);  // not shown at all
  EXPECT_FALSE(career.education->requiresLicenseOrCert.value);
}

TEST(PageParser, TheAiSectionsOwnTitleIsALabelAndTheHeadlineSplitsIntoFactors) {
  const Career career = parse(
      "Nurses\nAI Resilience Assessment\nAI Resilience Assessment\nLow Exposure + Strong Growth: "
      "AI helps\n(BLS 2024-2034)\n");
  ASSERT_EQ(career.sections.size(), 1u);
  ASSERT_TRUE(career.aiAssessment);
  EXPECT_EQ(career.sections[0].labels.size(), 1u);
  ASSERT_EQ(career.aiAssessment->factors.size(), 2u);
  EXPECT_EQ(career.aiAssessment->factors[1].value, "Strong Growth");
  EXPECT_EQ(career.aiAssessment->explanation.value, "AI helps");
  EXPECT_EQ(career.aiAssessment->jobGrowthSource.value, "BLS 2024-2034");
}

TEST(PageParser, SectionOrderIsDetectedFromWhereTheAiSectionStands) {
  EXPECT_EQ(parse("T\n\xF0\x9F\x93\x8BKey Responsibilities\n- x\n\xF0\x9F\xA4\x96"
                  "AI Resilience Assessment\n")
                .order,
            "seed");
  EXPECT_EQ(parse("T\n\xF0\x9F\xA4\x96"
                  "AI Resilience Assessment\n\xF0\x9F\x93\x8BKey Responsibilities\n- x\n")
                .order,
            "current");
  EXPECT_EQ(parse("T\n\xF0\x9F\x92\xBBTechnology Skills\n").order, "unknown");
}

TEST(PageParser, UnknownSectionsAndTheirLinesAreKeptUnplacedWithWarnings) {
  std::vector<Finding> warnings;
  const Career career = parse(
      "T\nD\n\xF0\x9F\xA7\xAALab Notes\nWear gloves.\n\xF0\x9F\x92\xBBTechnology Skills\nEpic\n",
      &warnings);
  ASSERT_EQ(career.unplaced.size(), 2u);
  EXPECT_EQ(career.unplaced[0].line, 3u);
  EXPECT_EQ(career.unplaced[1].text.value, "Wear gloves.");
  ASSERT_EQ(career.technologySkills.size(), 1u);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0].ruleId, "unplaced-line");
  EXPECT_EQ(warnings[0].message,
            "line 3 is not part of the career page layout; it is kept under `unplaced`");
  EXPECT_EQ(warnings[0].pointer, "/unplaced/0");
}

TEST(PageParser, AnEmptyBulletInAListIsKeptUnplacedWithAFixThatDeletesTheLine) {
  std::vector<Finding> warnings;
  const std::string text =
      "T\r\n\xF0\x9F\x92\xBBTechnology Skills\r\n- \xE2\x80\xA2"
      "Epic\r\n- \xE2\x80\xA2\r\n- "
      "\xE2\x80\xA2SQL\r\n";
  const Career career = parse(text, &warnings);
  ASSERT_EQ(career.technologySkills.size(), 2u);
  ASSERT_EQ(career.unplaced.size(), 1u);
  EXPECT_EQ(career.unplaced[0].line, 4u);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].ruleId, "unplaced-line");
  EXPECT_EQ(warnings[0].messageId, "emptyBullet");
  EXPECT_EQ(warnings[0].message,
            "line 4 is an empty bullet \"- \xE2\x80\xA2\" with no text; it is kept under "
            "`unplaced`; delete the line");
  EXPECT_EQ(warnings[0].span.begin.line, 4u);
  EXPECT_EQ(warnings[0].span.begin.column, 1u);
  ASSERT_TRUE(warnings[0].fix.has_value());
  ASSERT_EQ(warnings[0].fix->edits.size(), 1u);
  const TextEdit& edit = warnings[0].fix->edits[0];
  std::string fixed = text;
  fixed.erase(edit.beginOffset, edit.endOffset - edit.beginOffset);
  EXPECT_EQ(fixed,
            "T\r\n\xF0\x9F\x92\xBBTechnology Skills\r\n- \xE2\x80\xA2"
            "Epic\r\n- "
            "\xE2\x80\xA2SQL\r\n");
}

TEST(PageParser, SuppressionCommentsAreKeptAsDirectivesNotContent) {
  std::vector<Finding> warnings;
  const Career career = parse(
      "T\n# careerlint-disable-file empty-section\n\xF0\x9F\x92\xBBTechnology "
      "Skills\ncareerlint-disable-next-line x\nEpic\n",
      &warnings);
  EXPECT_TRUE(warnings.empty());
  ASSERT_EQ(career.directives.size(), 2u);
  EXPECT_EQ(career.directives[0].span.begin.line, 2u);
  EXPECT_FALSE(career.description.value);  // the comment is not the description
  ASSERT_EQ(career.technologySkills.size(), 1u);
}

TEST(PageParser, ConvertPageRejectsWhatIsNotAPageWithThePlace) {
  auto binary = convertPage(std::string_view("T\nab\0c", 6), "x.txt");
  ASSERT_FALSE(binary);
  EXPECT_EQ(
      binary.error().message,
      "binary file: NUL byte at byte offset 4 (line 2, column 3); careerlint reads UTF-8 text");
  auto utf16 = convertPage("\xFF\xFET\0", "x.txt");
  ASSERT_FALSE(utf16);
  EXPECT_EQ(utf16.error().message,
            "the file is UTF-16 (it starts with a UTF-16 byte order mark); careerlint reads UTF-8");
  auto latin1 = convertPage("Nurses\ncaf\xE9\n", "x.txt");
  ASSERT_FALSE(latin1);
  EXPECT_EQ(latin1.error().message,
            "not UTF-8: invalid byte 0xE9 at byte offset 10 (line 2, column 4)");
  EXPECT_EQ(latin1.error().where.line, 2u);
  auto prose = convertPage("Once upon a time.\nThere was a page.\nIt had no headings.\n", "x.txt");
  ASSERT_FALSE(prose);
  EXPECT_EQ(prose.error().message,
            "not a career page: none of its 3 lines is a heading of the career page layout (e.g. "
            "\"Key Responsibilities\")");
  auto yaml = convertPage("title: Nurses\n", "x.txt");
  ASSERT_FALSE(yaml);
  auto empty = convertPage(" \n\n", "x.txt");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().message, "empty file: there is no career page to convert");
  auto bom = convertPage("\xEF\xBB\xBFNurses\n", "x.txt");
  ASSERT_TRUE(bom);
  EXPECT_EQ(bom->career.title.span.begin.offset, 3u);
  EXPECT_EQ(bom->career.title.span.begin.column, 1u);
}

}  // namespace
}  // namespace careerlint
