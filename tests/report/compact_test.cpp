#include <gtest/gtest.h>

#include <sstream>

#include "report/fixture.h"
#include "report/golden.h"
#include "report/report.h"

namespace careerlint::report {
namespace {

std::string compact(std::span<const Finding> findings) {
  std::ostringstream out;
  writeCompact(findings, fixture::shared().context, out);
  return out.str();
}

TEST(CompactFormat, MatchesGoldenOverTheSharedFindings) {
  golden::expectMatches("compact.txt", compact(fixture::shared().findings));
}

TEST(CompactFormat, WritesFileLineColumnSeverityMessageAndRule) {
  const auto& findings = fixture::shared().findings;
  EXPECT_EQ(compact(std::span(findings).subspan(1, 1)),
            "careers/registered-nurse.yaml:4:13: error: Expected a number for \"median_pay\", "
            "got \"ten dollars\" [schema/type]\n");
}

TEST(CompactFormat, KeepsAMessageOfSeveralLinesOnOneLine) {
  Finding f = fixture::shared().findings[6];
  ASSERT_EQ(f.ruleId, "pay-format");
  EXPECT_EQ(compact(std::span(&f, 1)),
            "careers/Ångström café/naïve résumé.yaml:2:13: "
            "warning: Pay \"100% <negotiable> & more\" is not a number:: write digits, e.g. "
            "52000,\\nor leave it out [pay-format]\n");
}

TEST(CompactFormat, WritesNoControlCharactersQuotedFromAFile) {
  Finding f = fixture::shared().findings[1];
  f.message = "Got \"\x1b]0;title\a\"\r\nnext";
  EXPECT_EQ(
      compact(std::span(&f, 1)),
      "careers/registered-nurse.yaml:4:13: error: Got \"\xEF\xBF\xBD]0;title\xEF\xBF\xBD\"\\nnext "
      "[schema/type]\n");
}

TEST(CompactFormat, BothOverloadsWriteTheSame) {
  const auto& findings = fixture::shared().findings;
  std::ostringstream plain;
  writeCompact(findings, plain);
  EXPECT_EQ(plain.str(), compact(findings));
}

TEST(CompactFormat, WritesNothingWithoutFindings) { EXPECT_EQ(compact({}), ""); }

}  // namespace
}  // namespace careerlint::report
