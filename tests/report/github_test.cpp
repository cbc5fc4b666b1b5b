#include <gtest/gtest.h>

#include <sstream>

#include "report/fixture.h"
#include "report/golden.h"
#include "report/report.h"

namespace careerlint::report {
namespace {

struct Written {
  std::string out;
  std::string summary;
};

Written github(std::span<const Finding> findings, const ReportContext& context) {
  std::ostringstream out;
  std::ostringstream summary;
  writeGithub(findings, context, out, &summary);
  return {out.str(), summary.str()};
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> result;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) result.push_back(line);
  return result;
}

TEST(GithubFormat, MatchesGoldenOverTheSharedFindings) {
  const auto& shared = fixture::shared();
  const Written written = github(shared.findings, shared.context);
  golden::expectMatches("github.txt", written.out);
  golden::expectMatches("github-summary.md", written.summary);
}

TEST(GithubFormat, WritesErrorsThenWarningsThenNotices) {
  const auto& shared = fixture::shared();
  std::vector<std::string> kinds;
  for (const std::string& line : lines(github(shared.findings, shared.context).out)) {
    if (line.starts_with("::")) kinds.push_back(line.substr(0, line.find(' ')));
  }
  EXPECT_EQ(kinds, (std::vector<std::string>{"::error", "::error", "::error", "::warning",
                                             "::warning", "::warning", "::notice", "::notice"}));
}

TEST(GithubFormat, WritesAnnotationWithPositionAndRuleTitle) {
  const auto& shared = fixture::shared();
  const Finding& f = shared.findings[1];
  ASSERT_EQ(f.ruleId, "schema/type");
  EXPECT_EQ(github(std::span(&f, 1), shared.context).out,
            "::error file=careers/registered-nurse.yaml,line=4,col=13,endLine=4,endColumn=23,"
            "title=schema/type::Expected a number for \"median_pay\", got \"ten dollars\"\n"
            "careerlint: 1 problem (1 error, 0 warnings)\n");
}

TEST(GithubFormat, EscapesPercentLineBreaksAndPropertyDelimiters) {
  Finding f = fixture::shared().findings[6];
  ASSERT_EQ(f.ruleId, "pay-format");
  f.file = "a,b:c%.yaml";
  f.ruleId = "x:y,z";
  EXPECT_EQ(
      lines(github(std::span(&f, 1), {}).out)[0],
      "::warning file=a%2Cb%3Ac%25.yaml,line=2,col=13,endLine=2,endColumn=48,title=x%3Ay%2Cz::"
      "Pay \"100%25 <negotiable> & more\" is not a number:: write digits, e.g. 52000,%0Aor leave "
      "it out");
}

TEST(GithubFormat, GivesNoColumnsForASpanOverSeveralLinesOrTheWholeFile) {
  const auto& shared = fixture::shared();
  const std::vector<std::string> out = lines(github(shared.findings, shared.context).out);
  EXPECT_EQ(out[2].substr(0, out[2].find("::", 2)),
            "::error file=careers/Ångström café/naïve "
            "résumé.yaml,title=schema/required");
  EXPECT_EQ(out[7].substr(0, out[7].find("::", 2)),
            "::notice file=careers/Ångström café/naïve "
            "résumé.yaml,line=4,endLine=5,title=plain-language");
}

TEST(GithubFormat, SaysSoWhenMoreThanGithubAnnotates) {
  std::vector<Finding> findings(11, fixture::shared().findings[1]);
  std::ostringstream out;
  writeGithub(findings, {}, out, nullptr);
  const std::vector<std::string> written = lines(out.str());
  ASSERT_EQ(written.size(), 13u);
  EXPECT_EQ(written[11], "careerlint: 11 problems (11 errors, 0 warnings)");
  EXPECT_EQ(written[12],
            "careerlint: GitHub annotates only 10 errors, warnings and notices each per step; this "
            "log lists all of them");
}

TEST(GithubFormat, WritesNoCommandsButASummaryWhenThereAreNoFindings) {
  const Written written = github({}, fixture::shared().context);
  EXPECT_EQ(written.out, "");
  EXPECT_EQ(written.summary, "## careerlint\n\nNo problems in 3 files.\n");
}

TEST(GithubFormat, SummaryTableCellsCannotBreakTheTable) {
  const auto& shared = fixture::shared();
  const std::vector<std::string> summary = lines(github(shared.findings, shared.context).summary);
  const auto row = std::find_if(summary.begin(), summary.end(), [](const std::string& line) {
    return line.find("pay-format") != std::string::npos;
  });
  ASSERT_NE(row, summary.end());
  EXPECT_EQ(*row,
            "| warning | careers/Ångström café/naïve "
            "résumé.yaml | 2 | 13 | "
            "[pay-format](https://example.org/careerlint/docs/rules/pay-format.md) | Pay \"100% "
            "&lt;negotiable&gt; &amp; more\" is not a number:: write digits, e.g. 52000,<br>or "
            "leave it out |");
}

}  // namespace
}  // namespace careerlint::report
