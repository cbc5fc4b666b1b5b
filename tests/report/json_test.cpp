#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "report/fixture.h"
#include "report/golden.h"
#include "report/report.h"

namespace careerlint::report {
namespace {

std::string json(std::span<const Finding> findings, const ReportContext& context) {
  std::ostringstream out;
  writeJson(findings, context, out);
  return out.str();
}

nlohmann::json parsed(std::span<const Finding> findings, const ReportContext& context) {
  return nlohmann::json::parse(json(findings, context));  // throws if it is not valid JSON
}

TEST(JsonFormat, MatchesGoldenOverTheSharedFindings) {
  const auto& shared = fixture::shared();
  golden::expectMatches("json.json", json(shared.findings, shared.context));
}

TEST(JsonFormat, IsVersionedJsonWithToolFilesFindingsAndSummary) {
  const auto& shared = fixture::shared();
  const nlohmann::json doc = parsed(shared.findings, shared.context);
  EXPECT_EQ(doc["version"], 1);
  EXPECT_EQ(doc["tool"], (nlohmann::json{{"name", "careerlint"}, {"version", "0.1.0"}}));
  EXPECT_EQ(doc["sourceRoot"], "/home/editor/career pages");
  ASSERT_EQ(doc["files"].size(), 3u);
  EXPECT_EQ(doc["files"][0], (nlohmann::json{{"path", "careers/clean.yaml"},
                                             {"problems", 0},
                                             {"errors", 0},
                                             {"warnings", 0},
                                             {"infos", 0},
                                             {"fixable", 0}}));
  EXPECT_EQ(doc["files"][1]["problems"], 5);
  EXPECT_EQ(doc["files"][2]["path"], "careers/Ångström café/naïve résumé.yaml");
  EXPECT_EQ(doc["summary"], (nlohmann::json{{"files", 3},
                                            {"problems", 8},
                                            {"errors", 3},
                                            {"warnings", 3},
                                            {"infos", 2},
                                            {"fixable", 2}}));
  ASSERT_EQ(doc["findings"].size(), 8u);
}

TEST(JsonFormat, WritesEveryFieldOfAFinding) {
  const auto& shared = fixture::shared();
  const nlohmann::json doc = parsed(shared.findings, shared.context);
  EXPECT_EQ(doc["findings"][1], nlohmann::json::parse(R"({
    "file": "careers/registered-nurse.yaml",
    "ruleId": "schema/type",
    "messageId": "type",
    "severity": "error",
    "message": "Expected a number for \"median_pay\", got \"ten dollars\"",
    "span": {"line": 4, "column": 13, "endLine": 4, "endColumn": 24,
             "offset": 117, "endOffset": 128},
    "pointer": "/median_pay",
    "fix": null
  })"));
  EXPECT_EQ(doc["findings"][2]["fix"], nlohmann::json::parse(R"({
    "description": "Replace the tab with two spaces",
    "edits": [{"offset": 136, "endOffset": 137, "replacement": "  "}]
  })"));
}

TEST(JsonFormat, MessagesRoundTripWithQuotesLineBreaksAndNonAscii) {
  const auto& shared = fixture::shared();
  const nlohmann::json doc = parsed(shared.findings, shared.context);
  for (std::size_t i = 0; i < shared.findings.size(); ++i) {
    EXPECT_EQ(doc["findings"][i]["message"], shared.findings[i].message);
    EXPECT_EQ(doc["findings"][i]["file"], shared.findings[i].file);
  }
}

TEST(JsonFormat, ReplacesInvalidUtf8AndStaysValidJson) {
  Finding f;
  f.ruleId = "r";
  f.file = "bad\xFF.yaml";
  f.message = "broken \xC3";
  const nlohmann::json doc = parsed(std::span(&f, 1), ReportContext{});
  EXPECT_EQ(doc["findings"][0]["message"], "broken \xEF\xBF\xBD");
  EXPECT_EQ(doc["findings"][0]["file"], "bad\xEF\xBF\xBD.yaml");
}

TEST(JsonFormat, WithoutFindingsStillListsTheCheckedFiles) {
  const auto& shared = fixture::shared();
  const nlohmann::json doc = parsed({}, shared.context);
  EXPECT_EQ(doc["findings"], nlohmann::json::array());
  EXPECT_EQ(doc["files"].size(), 3u);
  EXPECT_EQ(doc["summary"]["problems"], 0);
  EXPECT_EQ(doc["summary"]["files"], 3);
}

}  // namespace
}  // namespace careerlint::report
