#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "report/fixture.h"
#include "report/golden.h"
#include "report/report.h"
#include "support/harness.h"

namespace careerlint::report {
namespace {

namespace fs = std::filesystem;

std::string sarif(std::span<const Finding> findings, const ReportContext& context) {
  std::ostringstream out;
  writeSarif(findings, context, out);
  return out.str();
}

nlohmann::json parsed(std::span<const Finding> findings, const ReportContext& context) {
  return nlohmann::json::parse(sarif(findings, context));
}

const nlohmann::json& firstRun(const nlohmann::json& log) { return log["runs"][0]; }

TEST(SarifFormat, MatchesGoldenOverTheSharedFindings) {
  const auto& shared = fixture::shared();
  golden::expectMatches("sarif.json", sarif(shared.findings, shared.context));
}

TEST(SarifFormat, DescribesTheToolAndItsRules) {
  const auto& shared = fixture::shared();
  const nlohmann::json log = parsed(shared.findings, shared.context);
  EXPECT_EQ(log["version"], "2.1.0");
  const nlohmann::json& driver = firstRun(log)["tool"]["driver"];
  EXPECT_EQ(driver["name"], "careerlint");
  EXPECT_EQ(driver["version"], "0.1.0");
  EXPECT_EQ(driver["informationUri"], "https://example.org/careerlint");
  ASSERT_EQ(driver["rules"].size(), 7u);
  EXPECT_EQ(driver["rules"][5], nlohmann::json::parse(R"({
    "id": "schema/type",
    "name": "SchemaType",
    "shortDescription": {"text": "A value of the type the career model expects"},
    "fullDescription": {"text": "A value of the type the career model expects"},
    "help": {"text": "# schema/type\n\nA value of the type the career model expects.\n",
             "markdown": "# schema/type\n\nA value of the type the career model expects.\n"},
    "helpUri": "https://example.org/careerlint/docs/rules/schema/type.md",
    "defaultConfiguration": {"level": "error"},
    "properties": {"fixable": false}
  })"));
  EXPECT_EQ(driver["rules"][3]["defaultConfiguration"]["level"], "note");  // plain-language
}

TEST(SarifFormat, CountsColumnsInCodePointsAgainstTheSourceRoot) {
  const auto& shared = fixture::shared();
  const nlohmann::json log = parsed(shared.findings, shared.context);
  const nlohmann::json& run = firstRun(log);
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  EXPECT_EQ(
      run["originalUriBaseIds"],
      nlohmann::json::parse(R"({"SRCROOT": {"uri": "file:///home/editor/career%20pages/"}})"));
  EXPECT_EQ(
      run["artifacts"][2]["location"],
      nlohmann::json::parse(
          R"({"uri": "careers/%C3%85ngstr%C3%B6m%20caf%C3%A9/na%C3%AFve%20r%C3%A9sum%C3%A9.yaml",
                                      "uriBaseId": "SRCROOT"})"));
}

TEST(SarifFormat, WritesAResultPerFinding) {
  const auto& shared = fixture::shared();
  const nlohmann::json log = parsed(shared.findings, shared.context);
  const nlohmann::json& results = firstRun(log)["results"];
  ASSERT_EQ(results.size(), 8u);
  nlohmann::json first = results[0];
  first.erase("partialFingerprints");
  EXPECT_EQ(first, nlohmann::json::parse(R"({
    "ruleId": "plain-language",
    "ruleIndex": 3,
    "level": "note",
    "message": {"text": "Write the summary in English: \"día y noche\""},
    "locations": [{"physicalLocation": {
      "artifactLocation": {"uri": "careers/registered-nurse.yaml", "uriBaseId": "SRCROOT",
                           "index": 1},
      "region": {"startLine": 3, "startColumn": 40, "endLine": 3, "endColumn": 51}}}],
    "properties": {"messageId": "nonEnglish", "jsonPointer": "/summary"}
  })"));
  // About the whole file: placed on its first line, as GitHub needs a line.
  EXPECT_EQ(results[5]["locations"][0]["physicalLocation"]["region"],
            nlohmann::json::parse(R"({"startLine": 1})"));
  EXPECT_EQ(results[2]["fixes"], nlohmann::json::parse(R"([{
    "description": {"text": "Replace the tab with two spaces"},
    "artifactChanges": [{
      "artifactLocation": {"uri": "careers/registered-nurse.yaml", "uriBaseId": "SRCROOT",
                           "index": 1},
      "replacements": [{"deletedRegion": {"byteOffset": 136, "byteLength": 1},
                        "insertedContent": {"text": "  "}}]}]}])"));
}

std::string fingerprintOf(const Finding& f) {
  const nlohmann::json log = parsed(std::span(&f, 1), fixture::shared().context);
  return firstRun(log)["results"][0]["partialFingerprints"]["primaryLocationLineHash"];
}

TEST(SarifFormat, FingerprintsSurviveEditsThatMoveLines) {
  const Finding& original = fixture::shared().findings[1];
  Finding moved = original;
  moved.span.begin.line += 7;
  moved.span.end.line += 7;
  moved.span.begin.column += 2;
  moved.span.end.column += 2;
  moved.message = "Reworded";
  EXPECT_EQ(fingerprintOf(moved), fingerprintOf(original));
  // FNV-1a 64 of "schema/type\0careers/registered-nurse.yaml\0/median_pay", first occurrence.
  EXPECT_EQ(fingerprintOf(original), "abb9e6b55fefdcb4:1");

  Finding otherNode = original;
  otherNode.pointer = "/median_pay_max";
  EXPECT_NE(fingerprintOf(otherNode), fingerprintOf(original));
  Finding otherRule = original;
  otherRule.ruleId = "schema/enum";
  EXPECT_NE(fingerprintOf(otherRule), fingerprintOf(original));
  Finding otherFile = original;
  otherFile.file = "careers/nurse.yaml";
  EXPECT_NE(fingerprintOf(otherFile), fingerprintOf(original));
}

TEST(SarifFormat, NumbersRepeatedFindingsAtOneNode) {
  const Finding& f = fixture::shared().findings[1];
  const std::vector<Finding> twice{f, f};
  const nlohmann::json log = parsed(twice, fixture::shared().context);
  const nlohmann::json& results = firstRun(log)["results"];
  EXPECT_EQ(results[0]["partialFingerprints"]["primaryLocationLineHash"], "abb9e6b55fefdcb4:1");
  EXPECT_EQ(results[1]["partialFingerprints"]["primaryLocationLineHash"], "abb9e6b55fefdcb4:2");
}

TEST(SarifFormat, MakesAbsolutePathsUnderTheRootRelative) {
  ReportContext context;
  context.sourceRoot = "/work/site/";
  Finding inside;
  inside.ruleId = "r";
  inside.file = "/work/site/careers/a b.yaml";
  Finding outside = inside;
  outside.file = "/elsewhere/c.yaml";
  Finding dotted = inside;
  dotted.file = "./careers/d.yaml";
  const std::vector<Finding> findings{inside, outside, dotted};
  const nlohmann::json log = parsed(findings, context);
  const nlohmann::json& run = firstRun(log);
  EXPECT_EQ(run["originalUriBaseIds"]["SRCROOT"]["uri"], "file:///work/site/");
  EXPECT_EQ(run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"],
            nlohmann::json::parse(R"({"uri": "careers/a%20b.yaml", "uriBaseId": "SRCROOT",
                                      "index": 0})"));
  EXPECT_EQ(run["results"][1]["locations"][0]["physicalLocation"]["artifactLocation"],
            nlohmann::json::parse(R"({"uri": "file:///elsewhere/c.yaml", "index": 1})"));
  EXPECT_EQ(run["results"][2]["locations"][0]["physicalLocation"]["artifactLocation"],
            nlohmann::json::parse(R"({"uri": "careers/d.yaml", "uriBaseId": "SRCROOT",
                                      "index": 2})"));
}

// ---- Microsoft's SARIF validator ------------------------------------------------------------

// The validator as npm installs it (`npm ci` in tests/node, which tools/setup.sh test runs), or
// the one CAREERLINT_SARIF_MULTITOOL names.
fs::path validatorPath() {
  if (const char* env = std::getenv("CAREERLINT_SARIF_MULTITOOL"); env != nullptr && *env != 0) {
    return env;
  }
  return CAREERLINT_SARIF_MULTITOOL;
}

struct Validation {
  testing::RunResult outcome;
  std::vector<std::string> errorLines;
};

// Runs `sarif-multitool validate [options] FILE` on `log`. The exit code alone does not say
// whether the log is valid (the tool exits 0 after reporting errors): every line that reports an
// error is collected.
Validation validateSarif(const std::string& log, const std::string& options = "") {
  const fs::path tool = validatorPath();
  if (!fs::exists(tool)) {
    ADD_FAILURE() << "the SARIF validator is missing at " << tool
                  << ": run `npm ci` in tests/node (tools/setup.sh test does) or set "
                     "CAREERLINT_SARIF_MULTITOOL";
    return {};
  }
  // npm 11 runs no install scripts, so the .NET executable may lack the execute bit its
  // postinstall script would have set.
  const fs::path native =
      fs::canonical(tool).parent_path().parent_path() / "sarif-multitool-linux" / "Sarif.Multitool";
  std::error_code ignored;
  if (fs::exists(native)) {
    fs::permissions(native, fs::perms::owner_exec, fs::perm_options::add, ignored);
  }

  const testing::TempDir dir;
  const fs::path file = dir.write("report.sarif", log);
  // The npm wrapper hands its arguments to a shell unquoted: the path must need no quoting.
  EXPECT_EQ(file.string().find_first_not_of(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/._-"),
            std::string::npos)
      << file;
  Validation v;
  // Invariant globalisation: the .NET tool then needs no libicu on a minimal machine.
  v.outcome = testing::runShell("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 " +
                                testing::shellQuoted(tool.string()) + " validate " + options +
                                testing::shellQuoted(file.string()));
  std::istringstream lines(v.outcome.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.find(": error ") != std::string::npos || line.starts_with("error")) {
      v.errorLines.push_back(line);
    }
  }
  return v;
}

TEST(SarifFormat, PassesMicrosoftsValidatorWithoutErrors) {
  const auto& shared = fixture::shared();
  const Validation v = validateSarif(sarif(shared.findings, shared.context));
  EXPECT_EQ(v.outcome.exitCode, 0) << v.outcome.out;
  EXPECT_TRUE(v.errorLines.empty()) << v.outcome.out;
  EXPECT_NE(v.outcome.out.find("Analysis completed successfully"), std::string::npos)
      << v.outcome.out;
}

TEST(SarifFormat, PassesTheValidatorsGithubIngestionRulesWithoutErrors) {
  // The "Gh" rules check what GitHub code scanning requires on upload (rules array, regions with
  // a start line, relative URIs, …). The wrapper passes its arguments through a shell, hence the
  // inner double quotes around the list.
  const auto& shared = fixture::shared();
  const Validation v =
      validateSarif(sarif(shared.findings, shared.context), "--rule-kind '\"Sarif;Gh\"' ");
  EXPECT_EQ(v.outcome.exitCode, 0) << v.outcome.out;
  EXPECT_TRUE(v.errorLines.empty()) << v.outcome.out;
  EXPECT_NE(v.outcome.out.find("Analysis completed successfully"), std::string::npos)
      << v.outcome.out;
}

TEST(SarifFormat, PassesMicrosoftsValidatorWithoutFindings) {
  const auto& shared = fixture::shared();
  const Validation v = validateSarif(sarif({}, shared.context));
  EXPECT_EQ(v.outcome.exitCode, 0) << v.outcome.out;
  EXPECT_TRUE(v.errorLines.empty()) << v.outcome.out;
}

TEST(SarifFormat, TheValidatorCatchesABrokenLog) {
  // Guards the tests above: were the validator's output not read right, they would pass on
  // anything. A region on line 0 and a URI with a space are both errors.
  const std::string broken = R"({"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
    "version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{
    "ruleId": "r", "message": {"text": "m"}, "locations": [{"physicalLocation": {
    "artifactLocation": {"uri": "a b.yaml"}, "region": {"startLine": 0}}}]}]}]})";
  const Validation v = validateSarif(broken);
  EXPECT_GE(v.errorLines.size(), 2u) << v.outcome.out;
  // And the GitHub rules are really applied: this driver has no rules array (GH1018).
  const Validation gh = validateSarif(broken, "--rule-kind '\"Sarif;Gh\"' ");
  EXPECT_NE(gh.outcome.out.find("error GH1018"), std::string::npos) << gh.outcome.out;
}

}  // namespace
}  // namespace careerlint::report
