// --cache through the real binary on real files: what invalidates an entry, cross-file rules over
// cached summaries, a damaged cache, and two processes sharing one.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/harness.h"

namespace careerlint::testing {
namespace {

namespace fs = std::filesystem;

std::string seed(const std::string& name) { return readSourceFile("seeds/" + name); }

// Two records, one naming the other as a related career, and the seed record, whose findings
// include hedged-figure's "Perhaps 50%".
class CacheCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.write("medical-assistants.yaml", seed("medical-assistants.yaml"));
    dir_.write("nurses.yaml",
               "id: nurses\nname: Nurses\nslug: nurses\ndata_source: manual\nrelated_careers:\n"
               "  - slug: \"surgeons\"\n    relationship: \"similar\"\n");
    dir_.write("surgeons.yaml",
               "id: surgeons\nname: Surgeons\nslug: surgeons\ndata_source: manual\n");
  }

  // careerlint with `args`, as version `version` of careerlint when given.
  RunResult run(std::vector<std::string> args, const std::string& version = "") {
    std::vector<std::string> argv = {"env"};
    if (!version.empty()) argv.push_back("CAREERLINT_CACHE_VERSION_FOR_TESTS=" + version);
    argv.push_back(CAREERLINT_BINARY);
    argv.insert(argv.end(), args.begin(), args.end());
    return ::careerlint::testing::run(argv, dir_.path());
  }
  RunResult lint(std::vector<std::string> extra = {}, const std::string& version = "") {
    std::vector<std::string> args = {"lint", "-f", "json", "."};
    args.insert(args.end(), extra.begin(), extra.end());
    return run(args, version);
  }
  RunResult cached(std::vector<std::string> extra = {}, const std::string& version = "") {
    extra.insert(extra.begin(), "--cache");
    return lint(extra, version);
  }

  // Rewrites a file without changing its size or modification time: only --cache-strategy
  // content can tell.
  void rewriteKeepingSizeAndTime(const std::string& name, const std::string& from,
                                 const std::string& to) {
    ASSERT_EQ(from.size(), to.size());
    const fs::path file = dir_.path() / name;
    const auto time = fs::last_write_time(file);
    std::string text = readFile(file);
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos);
    text.replace(at, from.size(), to);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
    fs::last_write_time(file, time);
  }

  static void expectSameRun(const RunResult& expected, const RunResult& actual) {
    EXPECT_EQ(expected.exitCode, actual.exitCode);
    EXPECT_EQ(expected.out, actual.out);
  }

  TempDir dir_;
};

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_F(CacheCli, AnUnchangedRunReportsTheSameBytesAndExitCodeAsWithoutTheCache) {
  for (const std::string format : {"json", "stylish", "sarif"}) {
    SCOPED_TRACE(format);
    const RunResult plain = run({"lint", "-f", format, "."});
    const RunResult writing = run({"lint", "--cache", "-f", format, "."});
    const RunResult reading = run({"lint", "--cache", "-f", format, "."});
    EXPECT_EQ(plain.exitCode, 1);
    expectSameRun(plain, writing);
    expectSameRun(plain, reading);
    EXPECT_EQ(reading.err, "");
  }
  EXPECT_TRUE(fs::exists(dir_.path() / ".careerlintcache"));
}

TEST_F(CacheCli, MetadataTrustsSizeAndTimeAndContentTrustsTheBytes) {
  ASSERT_TRUE(has(cached().out, "hedged-figure"));
  ASSERT_TRUE(has(cached({"--cache-strategy", "content", "--cache-location", "content.cache"}).out,
                  "hedged-figure"));
  rewriteKeepingSizeAndTime("medical-assistants.yaml", "Perhaps 50%", "Exactly 50%");
  // The metadata cache cannot see the change: the entry is used, which is what makes it fast.
  EXPECT_TRUE(has(cached().out, "hedged-figure"));
  const RunResult content =
      cached({"--cache-strategy", "content", "--cache-location", "content.cache"});
  EXPECT_FALSE(has(content.out, "hedged-figure"));
  expectSameRun(lint(), content);
}

TEST_F(CacheCli, AnEditedFileIsCheckedAgain) {
  const RunResult first = cached();
  std::string text = seed("medical-assistants.yaml");
  text.replace(text.find("Perhaps 50%"), 11, "50%");
  dir_.write("medical-assistants.yaml", text);
  const RunResult plain = lint();
  ASSERT_NE(first.out, plain.out);
  expectSameRun(plain, cached());
}

TEST_F(CacheCli, AnotherConfigurationIsCheckedAgain) {
  const RunResult first = cached();
  // The rule's own severity is set where the finding is made, so it is in the cached finding.
  dir_.write(".careerlint.yaml", "root: true\nrules:\n  hedged-figure: error\n");
  const RunResult plain = lint();
  ASSERT_NE(first.out, plain.out);
  expectSameRun(plain, cached());
}

TEST_F(CacheCli, AnotherSchemaTextIsCheckedAgain) {
  dir_.write("schema.json", "{\"type\": \"object\"}");
  const RunResult first = cached({"--schema", "schema.json"});
  EXPECT_FALSE(has(first.out, "no_such_key"));
  dir_.write("schema.json", "{\"type\": \"object\", \"required\": [\"no_such_key\"]}");
  const RunResult again = cached({"--schema", "schema.json"});
  EXPECT_TRUE(has(again.out, "no_such_key"));
  expectSameRun(lint({"--schema", "schema.json"}), again);
}

TEST_F(CacheCli, AnotherVersionOfCareerlintChecksEverythingAgain) {
  ASSERT_TRUE(has(cached({}, "1.0").out, "hedged-figure"));
  rewriteKeepingSizeAndTime("medical-assistants.yaml", "Perhaps 50%", "Exactly 50%");
  EXPECT_TRUE(has(cached({}, "1.0").out, "hedged-figure"));  // the same version: from the cache
  const RunResult upgraded = cached({}, "1.1");
  EXPECT_FALSE(has(upgraded.out, "hedged-figure"));
  expectSameRun(lint(), upgraded);
}

TEST_F(CacheCli, AChangedPageRechecksThePagesThatNameIt) {
  const RunResult first = cached();
  EXPECT_FALSE(has(first.out, "related-career-exists"));
  // nurses.yaml is unchanged (its entry is used), but the page it names is gone.
  dir_.write("surgeons.yaml",
             "id: surgeons\nname: Surgeons\nslug: surgeons-2\ndata_source: manual\n");
  const RunResult again = cached();
  EXPECT_TRUE(has(again.out, "related-career-exists"));
  EXPECT_TRUE(has(again.out, "surgeons\\\" names no page"));  // JSON-escaped
  expectSameRun(lint(), again);
  // And back: the finding goes with the page's return.
  dir_.write("surgeons.yaml",
             "id: surgeons\nname: Surgeons\nslug: surgeons\ndata_source: manual\n");
  EXPECT_FALSE(has(cached().out, "related-career-exists"));
}

TEST_F(CacheCli, ADamagedOrForeignCacheIsIgnoredWithAWarningAndWrittenAgain) {
  const RunResult plain = lint();
  cached();
  const std::string good = readFile(dir_.path() / ".careerlintcache");
  ASSERT_GT(good.size(), 100u);
  const std::vector<std::pair<std::string, std::string>> damaged = {
      {"truncated", good.substr(0, good.size() / 2)},
      {"garbage", std::string("\x7f\x45\x4c\x46\x00\x01 garbage", 14)},
      {"foreign JSON", "{\"name\": \"site\", \"version\": \"1.0.0\", \"files\": [\"a\"]}\n"},
      {"empty", ""}};
  for (const auto& [name, text] : damaged) {
    SCOPED_TRACE(name);
    dir_.write(".careerlintcache", text);
    const RunResult damagedRun = cached();
    expectSameRun(plain, damagedRun);
    EXPECT_TRUE(damagedRun.err.starts_with("careerlint: "));
    EXPECT_TRUE(has(damagedRun.err, ".careerlintcache: "));
    EXPECT_TRUE(has(damagedRun.err, "ignoring the cache, it will be written again"));
    const RunResult next = cached();
    expectSameRun(plain, next);
    EXPECT_EQ(next.err, "");
  }
}

TEST_F(CacheCli, ProcessesSharingACacheNeverCorruptIt) {
  for (int i = 0; i < 6; ++i) {
    dir_.write("a/page" + std::to_string(i) + ".yaml", seed("medical-assistants.yaml"));
    dir_.write("b/page" + std::to_string(i) + ".yaml", seed("medical-assistants.yaml"));
  }
  const RunResult plainA = run({"lint", "-f", "json", "a"});
  const RunResult plainB = run({"lint", "-f", "json", "b"});
  const std::string binary = CAREERLINT_BINARY;
  std::string script;
  for (int round = 0; round < 4; ++round) {
    script += "'" + binary +
              "' lint --cache --cache-location shared.cache a >/dev/null 2>>err & '" + binary +
              "' lint --cache --cache-location shared.cache b >/dev/null 2>>err & ";
  }
  script += "wait";
  ::careerlint::testing::run({"/bin/sh", "-c", script}, dir_.path());
  EXPECT_EQ(readFile(dir_.path() / "err"), "");
  const RunResult a =
      run({"lint", "--cache", "--cache-location", "shared.cache", "-f", "json", "a"});
  const RunResult b =
      run({"lint", "--cache", "--cache-location", "shared.cache", "-f", "json", "b"});
  EXPECT_EQ(a.err, "");
  EXPECT_EQ(b.err, "");
  expectSameRun(plainA, a);
  expectSameRun(plainB, b);
}

TEST_F(CacheCli, ACacheLocationThatIsADirectoryHoldsTheCacheFile) {
  fs::create_directories(dir_.path() / "caches");
  cached({"--cache-location", "caches"});
  EXPECT_TRUE(fs::is_regular_file(dir_.path() / "caches" / ".careerlintcache"));
  cached({"--cache-location", "new-dir/"});
  EXPECT_TRUE(fs::is_regular_file(dir_.path() / "new-dir" / ".careerlintcache"));
}

TEST_F(CacheCli, ValidateKeepsItsOwnEntries) {
  const RunResult plainValidate = run({"validate", "-f", "json", "."});
  cached();
  const RunResult validate = run({"validate", "--cache", "-f", "json", "."});
  expectSameRun(plainValidate, validate);
  EXPECT_FALSE(has(validate.out, "hedged-figure"));
  expectSameRun(lint(), cached());
}

}  // namespace
}  // namespace careerlint::testing
