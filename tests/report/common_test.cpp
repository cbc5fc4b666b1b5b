#include "report/common.h"

#include <gtest/gtest.h>

#include "report/fixture.h"

namespace careerlint::report {
namespace {

TEST(ReportCommon, ReplacesInvalidUtf8WithReplacementCharacters) {
  EXPECT_EQ(validUtf8("café"), "café");
  EXPECT_EQ(validUtf8("a\xFF"
                      "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(validUtf8("\xC3"), "\xEF\xBF\xBD");
  EXPECT_EQ(validUtf8(""), "");
}

TEST(ReportCommon, TerminalSafeTextKeepsLineBreaksAndTabsButNoOtherControls) {
  EXPECT_EQ(terminalSafe("a\tb\nc\r\nd"), "a\tb\nc\nd");
  EXPECT_EQ(terminalSafe("\x1b[31mred\rx\x7f"), "\xEF\xBF\xBD[31mred\xEF\xBF\xBDx\xEF\xBF\xBD");
  EXPECT_EQ(terminalSafe("c1 \xC2\x9B end"), "c1 \xEF\xBF\xBD end");  // U+009B CSI
  EXPECT_EQ(terminalSafe("caf\xC3\xA9 \xFF"), "café \xEF\xBF\xBD");
}

TEST(ReportCommon, CountsWideCharactersAsTwoColumnsAndMarksAsNone) {
  EXPECT_EQ(displayWidth(U'a'), 1);
  EXPECT_EQ(displayWidth(U'\u00ED'), 1);      // í
  EXPECT_EQ(displayWidth(U'\u2014'), 1);      // em dash
  EXPECT_EQ(displayWidth(U'\u0301'), 0);      // combining acute accent
  EXPECT_EQ(displayWidth(U'\u200D'), 0);      // zero-width joiner
  EXPECT_EQ(displayWidth(U'\uFE0F'), 0);      // emoji presentation selector
  EXPECT_EQ(displayWidth(U'\u7D66'), 2);      // 給
  EXPECT_EQ(displayWidth(U'\uAC00'), 2);      // 가
  EXPECT_EQ(displayWidth(U'\u3042'), 2);      // あ
  EXPECT_EQ(displayWidth(U'\uFF21'), 2);      // fullwidth A
  EXPECT_EQ(displayWidth(U'\U0001FA7A'), 2);  // stethoscope emoji
  EXPECT_EQ(displayWidth(U'\U0001F600'), 2);  // grinning face
  EXPECT_EQ(displayWidth(U'\u2705'), 2);      // check mark button
  EXPECT_EQ(displayWidth(U'\u2713'), 1);      // check mark (text)
}

TEST(ReportCommon, SummarySaysProblemsErrorsWarningsAndFixable) {
  EXPECT_EQ(summaryText({3, 9, 0, 4}), "12 problems (3 errors, 9 warnings), 4 fixable with --fix");
  EXPECT_EQ(summaryText({1, 0, 0, 0}), "1 problem (1 error, 0 warnings)");
  EXPECT_EQ(summaryText({0, 1, 1, 1}),
            "2 problems (0 errors, 1 warning, 1 info), 1 fixable with --fix");
  EXPECT_EQ(summaryText({0, 0, 2, 0}), "2 problems (0 errors, 0 warnings, 2 infos)");
}

TEST(ReportCommon, CountsTheSharedFindings) {
  const FindingCounts counts = countFindings(fixture::shared().findings);
  EXPECT_EQ(counts.errors, 3u);
  EXPECT_EQ(counts.warnings, 3u);
  EXPECT_EQ(counts.infos, 2u);
  EXPECT_EQ(counts.fixable, 2u);
  EXPECT_EQ(counts.problems(), 8u);
}

TEST(ReportCommon, ReportedFilesAreTheCheckedOnesThenThoseOnlyFindingsName) {
  ReportContext context;
  context.files = {"b.yaml", "a.yaml", "b.yaml"};
  Finding f;
  f.file = "c.yaml";
  const std::vector<Finding> findings{f, f};
  EXPECT_EQ(reportedFiles(findings, context),
            (std::vector<std::string>{"b.yaml", "a.yaml", "c.yaml"}));
}

}  // namespace
}  // namespace careerlint::report
