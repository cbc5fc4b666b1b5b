#include <gtest/gtest.h>

#include <sstream>

#include "report/fixture.h"
#include "report/golden.h"
#include "report/report.h"
#include "support/harness.h"

namespace careerlint::report {
namespace {

std::string junit(std::span<const Finding> findings, const ReportContext& context) {
  std::ostringstream out;
  writeJunit(findings, context, out);
  return out.str();
}

// xmllint --schema against the JUnit XSD kept in tests/fixtures/report/.
testing::RunResult validate(const std::string& xml) {
  const testing::TempDir dir;
  const auto file = dir.write("report.xml", xml);
  return testing::runShell("xmllint --noout --schema " +
                           testing::shellQuoted(golden::path("junit.xsd")) + " " +
                           testing::shellQuoted(file.string()));
}

TEST(JunitFormat, MatchesGoldenOverTheSharedFindings) {
  const auto& shared = fixture::shared();
  golden::expectMatches("junit.xml", junit(shared.findings, shared.context));
}

TEST(JunitFormat, IsValidAgainstTheJunitSchema) {
  const auto& shared = fixture::shared();
  const testing::RunResult outcome = validate(junit(shared.findings, shared.context));
  EXPECT_EQ(outcome.exitCode, 0) << outcome.out;
  EXPECT_NE(outcome.out.find("report.xml validates"), std::string::npos) << outcome.out;
}

TEST(JunitFormat, TheSchemaRejectsWhatReadersWouldNot) {
  // Guards the test above: a testcase without a name and a non-numeric count must fail.
  const testing::RunResult outcome = validate(
      "<?xml version=\"1.0\"?>\n<testsuites><testsuite name=\"f\" tests=\"x\">"
      "<testcase classname=\"f\"/></testsuite></testsuites>\n");
  EXPECT_NE(outcome.exitCode, 0) << outcome.out;
  EXPECT_NE(outcome.out.find("fails to validate"), std::string::npos) << outcome.out;
}

TEST(JunitFormat, ACleanFileIsOnePassingTest) {
  const auto& shared = fixture::shared();
  const std::string xml = junit(shared.findings, shared.context);
  EXPECT_NE(xml.find("  <testsuite name=\"careers/clean.yaml\" tests=\"1\" failures=\"0\" "
                     "errors=\"0\" skipped=\"0\" time=\"0\">\n"
                     "    <testcase name=\"no problems\" classname=\"careers/clean\" "
                     "file=\"careers/clean.yaml\" time=\"0\"/>\n"
                     "  </testsuite>\n"),
            std::string::npos)
      << xml;
}

TEST(JunitFormat, EachFindingIsAFailingTestWithItsSeverityAsType) {
  const auto& shared = fixture::shared();
  const Finding& f = shared.findings[6];
  ASSERT_EQ(f.ruleId, "pay-format");
  const std::string xml = junit(std::span(&f, 1), ReportContext{});
  EXPECT_NE(
      xml.find(
          "    <testcase name=\"pay-format at 2:13\" classname=\"careers/Ångström "
          "café/naïve résumé\" file=\"careers/Ångström "
          "café/naïve résumé.yaml\" line=\"2\" time=\"0\">\n"
          "      <failure message=\"Pay &quot;100% &lt;negotiable&gt; &amp; more&quot; is not a "
          "number:: write digits, e.g. 52000,&#10;or leave it out\" type=\"warning\">"),
      std::string::npos)
      << xml;
}

TEST(JunitFormat, ReplacesCharactersXmlCannotHold) {
  Finding f;
  f.ruleId = "r";
  f.file = "f.yaml";
  f.message = std::string("bell\a nul") + '\0' + " bad\xFF";
  const std::string xml = junit(std::span(&f, 1), ReportContext{});
  EXPECT_NE(xml.find("message=\"bell\xEF\xBF\xBD nul\xEF\xBF\xBD bad\xEF\xBF\xBD\""),
            std::string::npos)
      << xml;
  const testing::RunResult outcome = validate(xml);
  EXPECT_EQ(outcome.exitCode, 0) << outcome.out;
}

TEST(JunitFormat, WithoutFindingsEveryFileIsAPassingTest) {
  const auto& shared = fixture::shared();
  const std::string xml = junit({}, shared.context);
  EXPECT_NE(xml.find("<testsuites name=\"careerlint\" tests=\"3\" failures=\"0\" errors=\"0\" "
                     "skipped=\"0\" time=\"0\">"),
            std::string::npos)
      << xml;
  EXPECT_EQ(validate(xml).exitCode, 0);
}

}  // namespace
}  // namespace careerlint::report
