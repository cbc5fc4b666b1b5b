#include "report/report.h"

#include <gtest/gtest.h>

#include <sstream>

#include "report/fixture.h"

namespace careerlint::report {
namespace {

TEST(ReportRegistry, NamesEveryFormatInOrder) {
  const auto names = formatNames();
  EXPECT_EQ(
      std::vector<std::string_view>(names.begin(), names.end()),
      (std::vector<std::string_view>{"compact", "github", "json", "junit", "sarif", "stylish"}));
  EXPECT_NE(std::find(names.begin(), names.end(), kDefaultFormat), names.end());
}

TEST(ReportRegistry, RefusesAnUnknownFormatAndWritesNothing) {
  std::ostringstream out;
  EXPECT_FALSE(writeFormat("xml", fixture::shared().findings, fixture::shared().context, out));
  EXPECT_FALSE(writeFormat("", fixture::shared().findings, fixture::shared().context, out));
  EXPECT_FALSE(writeFormat("Stylish", fixture::shared().findings, fixture::shared().context, out));
  EXPECT_EQ(out.str(), "");
}

TEST(ReportRegistry, EachNameWritesItsFormat) {
  const auto& shared = fixture::shared();
  const auto direct = [&](std::string_view name) {
    std::ostringstream out;
    std::ostringstream summary;
    if (name == "compact") writeCompact(shared.findings, shared.context, out);
    if (name == "github") writeGithub(shared.findings, shared.context, out, &summary);
    if (name == "json") writeJson(shared.findings, shared.context, out);
    if (name == "junit") writeJunit(shared.findings, shared.context, out);
    if (name == "sarif") writeSarif(shared.findings, shared.context, out);
    if (name == "stylish") writeStylish(shared.findings, shared.context, out);
    return out.str() + summary.str();
  };
  for (const std::string_view name : formatNames()) {
    std::ostringstream out;
    std::ostringstream summary;
    ASSERT_TRUE(writeFormat(name, shared.findings, shared.context, out, &summary)) << name;
    EXPECT_FALSE(out.str().empty()) << name;
    EXPECT_EQ(out.str() + summary.str(), direct(name)) << name;
  }
}

TEST(ReportRegistry, OnlyGithubWritesASummary) {
  const auto& shared = fixture::shared();
  for (const std::string_view name : formatNames()) {
    std::ostringstream out;
    std::ostringstream summary;
    writeFormat(name, shared.findings, shared.context, out, &summary);
    EXPECT_EQ(summary.str().empty(), name != "github") << name;
  }
}

}  // namespace
}  // namespace careerlint::report
