#include <gtest/gtest.h>

#include <sstream>

#include "report/fixture.h"
#include "report/golden.h"
#include "report/report.h"

namespace careerlint::report {
namespace {

std::string stylish(std::span<const Finding> findings, const ReportContext& context) {
  std::ostringstream out;
  writeStylish(findings, context, out);
  return out.str();
}

// One finding on a one-line file whose text is `line`, spanning `needle`.
struct OneLine {
  std::string text;
  Finding finding;
  ReportContext context;

  OneLine(std::string line, std::string_view needle, Severity severity = Severity::Error)
      : text(std::move(line) + "\n") {
    finding.ruleId = "some-rule";
    finding.severity = severity;
    finding.message = "Message";
    finding.file = "f.yaml";
    finding.span = fixture::spanOf(text, 1, needle);
    context.files = {"f.yaml"};
    context.sourceLine = [this](std::string_view, std::uint32_t n) {
      return fixture::lineOf(text, n);
    };
  }
  OneLine(const OneLine&) = delete;

  std::string write() const { return stylish(std::span(&finding, 1), context); }
};

TEST(StylishFormat, MatchesGoldenOverTheSharedFindings) {
  const auto& shared = fixture::shared();
  golden::expectMatches("stylish.txt", stylish(shared.findings, shared.context));
}

TEST(StylishFormat, MatchesGoldenInColour) {
  const auto& shared = fixture::shared();
  ReportContext context = shared.context;
  context.color = true;
  golden::expectMatches("stylish-color.txt", stylish(shared.findings, context));
}

TEST(StylishFormat, WritesNoEscapeCodesWithoutColour) {
  const auto& shared = fixture::shared();
  EXPECT_EQ(stylish(shared.findings, shared.context).find('\x1b'), std::string::npos);
}

TEST(StylishFormat, WritesNothingWithoutFindings) {
  EXPECT_EQ(stylish({}, fixture::shared().context), "");
}

TEST(StylishFormat, ShowsTheLineWithACaretUnderTheSpan) {
  const OneLine one("pay: ten dollars", "ten");
  EXPECT_EQ(one.write(),
            "f.yaml\n"
            "  1:6  error  Message  some-rule\n"
            "    1 | pay: ten dollars\n"
            "      |      ^~~\n"
            "\n"
            "1 problem (1 error, 0 warnings)\n");
}

TEST(StylishFormat, WideCharactersBeforeTheSpotDoNotShiftTheCaret) {
  // 給与 and the emoji take two columns each; é one; the combining accent none.
  const OneLine one("給与 🩺 e\xCC\x81 é x", "x");
  EXPECT_EQ(one.write(),
            "f.yaml\n"
            "  1:11  error  Message  some-rule\n"
            "    1 | 給与 🩺 e\xCC\x81 é x\n"
            "      |             ^\n"
            "\n"
            "1 problem (1 error, 0 warnings)\n");
}

TEST(StylishFormat, UnderlinesWideCharactersTwoColumnsEach) {
  const OneLine one("a: 日本", "日本");  // 日本
  EXPECT_NE(one.write().find("    1 | a: 日本\n"
                             "      |    ^~~~\n"),
            std::string::npos)
      << one.write();
}

TEST(StylishFormat, ExpandsTabsToTheNextTabStop) {
  const OneLine one("a:\tb", "b");
  EXPECT_NE(one.write().find("    1 | a:      b\n"
                             "      |         ^\n"),
            std::string::npos)
      << one.write();
}

TEST(StylishFormat, WindowsALongLineAroundTheCaret) {
  const std::string line = "k: " + std::string(100, 'a') + " SPOT " + std::string(100, 'b');
  const OneLine one(line, "SPOT");
  const std::string shown = "…" + std::string(14, 'a') + " SPOT " + std::string(50, 'b') + "…";
  EXPECT_NE(
      one.write().find("    1 | " + shown + "\n" + "      | " + std::string(16, ' ') + "^~~~\n"),
      std::string::npos)
      << one.write();
}

TEST(StylishFormat, KeepsTheCaretAtTheEndOfALongLine) {
  const std::string line = "k: " + std::string(100, 'a') + "END";
  const OneLine one(line, "END");
  const std::string shown = "…" + std::string(68, 'a') + "END";
  EXPECT_NE(
      one.write().find("    1 | " + shown + "\n" + "      | " + std::string(69, ' ') + "^~~\n"),
      std::string::npos)
      << one.write();
}

TEST(StylishFormat, ShowsNoLineForAFindingAboutTheWholeFile) {
  OneLine one("a: b", "b");
  one.finding.span = Span{};
  EXPECT_EQ(one.write(),
            "f.yaml\n"
            "  0:0  error  Message  some-rule\n"
            "\n"
            "1 problem (1 error, 0 warnings)\n");
}

TEST(StylishFormat, IndentsTheFurtherLinesOfAMessage) {
  OneLine one("a: b", "b", Severity::Warning);
  one.finding.message = "First line,\nsecond line";
  EXPECT_NE(one.write().find("  1:4  warning  First line,\n"
                             "                second line  some-rule\n"),
            std::string::npos)
      << one.write();
}

TEST(StylishFormat, WritesNoControlCharactersQuotedFromAFile) {
  OneLine one("a: b", "b");
  one.finding.message = "Got \"\x1b[2J\"";
  EXPECT_NE(one.write().find("  1:4  error  Got \"\xEF\xBF\xBD[2J\"  some-rule\n"),
            std::string::npos)
      << one.write();
  EXPECT_EQ(one.write().find('\x1b'), std::string::npos);
}

TEST(StylishFormat, ColoursSeverityFileAndSummaryOnlyWhenAsked) {
  OneLine one("a: b", "b", Severity::Warning);
  one.context.color = true;
  const std::string out = one.write();
  EXPECT_NE(out.find("\x1b[1;4mf.yaml\x1b[0m\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\x1b[33mwarning\x1b[0m"), std::string::npos) << out;
  EXPECT_NE(out.find("\x1b[1m\x1b[33m1 problem (0 errors, 1 warning)\x1b[0m\n"), std::string::npos)
      << out;
}

}  // namespace
}  // namespace careerlint::report
