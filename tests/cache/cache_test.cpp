#include "cache/cache.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/harness.h"

namespace careerlint::cache {
namespace {

namespace fs = std::filesystem;
using careerlint::testing::readFile;
using careerlint::testing::TempDir;

Finding fixableFinding() {
  Finding finding;
  finding.ruleId = "whitespace-and-punctuation";
  finding.messageId = "trailingSpace";
  finding.severity = Severity::Warning;
  finding.message = "trailing space — «quoted»";
  finding.file = "pages/a.yaml";
  finding.span = Span{Position{2, 5, 12}, Position{2, 6, 13}};
  finding.pointer = "/title";
  finding.fix = Fix{"remove it", {TextEdit{12, 13, ""}, TextEdit{20, 20, "."}}};
  return finding;
}

TEST(CacheStamp, ContentIsTheHashOfTheBytesAndMetadataTheSizeAndTime) {
  TempDir dir;
  const fs::path file = dir.write("a.yaml", "a: 1\n");
  EXPECT_EQ(fileStamp(Strategy::Content, file, "a: 1\n"),
            fileStamp(Strategy::Content, file, "a: 1\n"));
  EXPECT_NE(fileStamp(Strategy::Content, file, "a: 1\n"),
            fileStamp(Strategy::Content, file, "a: 2\n"));
  const auto metadata = fileStamp(Strategy::Metadata, file, "a: 1\n");
  ASSERT_TRUE(metadata);
  EXPECT_TRUE(metadata->starts_with("metadata:5:"));
  // Read while it changed size: no stamp, so no entry is trusted or written for it.
  EXPECT_FALSE(fileStamp(Strategy::Metadata, file, "a: 12\n"));
  EXPECT_FALSE(fileStamp(Strategy::Metadata, dir.path() / "missing.yaml", ""));
  EXPECT_EQ(digest("x").size(), 32u);
  EXPECT_NE(digest("x"), digest("y"));
}

TEST(Cache, AnEntryReadsBackAsItWasStoredForTheSameStampAndSettingsOnly) {
  TempDir dir;
  const fs::path location = dir.path() / "cache.json";
  const fs::path file = dir.write("a.yaml", "x");
  // The summary is the engine's JSON text: the cache keeps it as JSON, unread.
  const std::string summary = R"(["nurses«»",1,[0,6],[{"a":null}],true,0.5])";
  {
    Cache cache(location, "1.0");
    EXPECT_TRUE(cache.warnings().empty());
    cache.store(file, "stamp", "settings", Entry{{fixableFinding()}, summary});
    EXPECT_FALSE(cache.save());
  }
  EXPECT_NE(readFile(location).find(summary), std::string::npos);
  Cache cache(location, "1.0");
  EXPECT_TRUE(cache.warnings().empty());
  auto entry = cache.find(file, "stamp", "settings");
  ASSERT_TRUE(entry);
  ASSERT_EQ(entry->findings.size(), 1u);
  EXPECT_EQ(entry->findings[0], fixableFinding());
  EXPECT_EQ(entry->summary, summary);
  EXPECT_FALSE(cache.find(file, "other stamp", "settings"));
  EXPECT_FALSE(cache.find(file, "stamp", "other settings"));
  EXPECT_FALSE(cache.find(dir.path() / "b.yaml", "stamp", "settings"));
}

TEST(Cache, AnEntryWithoutASummaryHasAnEmptyOne) {
  TempDir dir;
  const fs::path location = dir.path() / "cache.json";
  const fs::path file = dir.write("a.yaml", "x");
  {
    Cache cache(location, "1.0");
    cache.store(file, "stamp", "settings", Entry{});
    EXPECT_FALSE(cache.save());
  }
  auto entry = Cache(location, "1.0").find(file, "stamp", "settings");
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->summary, "");
}

// Layout 1 kept whole document trees as summaries: such a cache is stale, as one of another
// version of careerlint is, and no reason for a warning.
TEST(Cache, AnOlderLayoutIsStaleWithoutAWarning) {
  TempDir dir;
  const fs::path file = dir.write("a.yaml", "x");
  const fs::path location =
      dir.write("cache.json", "{\"careerlintCache\":1,\"version\":\"1.0\",\"files\":{\n" +
                                  nlohmann::json(file.string()).dump() +
                                  ":{\"stamp\":\"s\",\"settings\":\"t\",\"findings\":[],"
                                  "\"summary\":[6,0,[[1,1,0],[2,1,9]],[]]}\n}}\n");
  Cache cache(location, "1.0");
  EXPECT_TRUE(cache.warnings().empty());
  EXPECT_FALSE(cache.find(file, "s", "t"));
}

TEST(Cache, AnotherVersionsEntriesAreStaleWithoutAWarning) {
  TempDir dir;
  const fs::path location = dir.path() / "cache.json";
  const fs::path file = dir.write("a.yaml", "x");
  {
    Cache cache(location, "1.0");
    cache.store(file, "stamp", "settings", Entry{});
    EXPECT_FALSE(cache.save());
  }
  Cache upgraded(location, "1.1");
  EXPECT_TRUE(upgraded.warnings().empty());
  EXPECT_FALSE(upgraded.find(file, "stamp", "settings"));
  EXPECT_TRUE(Cache(location, "1.0").find(file, "stamp", "settings"));
}

TEST(Cache, ADamagedOrForeignFileIsIgnoredWithAWarningAndReplacedOnSave) {
  const std::vector<std::pair<std::string, std::string>> damaged = {
      {"truncated", "{\"careerlintCache\":1,\"version\":\"1.0\",\"files\":{\"/a\":{\"st"},
      {"garbage", std::string("\x00\xff\x13garbage", 10)},
      {"foreign", "{\"name\": \"my-package\", \"version\": \"1.0\", \"files\": {}}"},
      {"entries not objects", "{\"careerlintCache\":2,\"version\":\"1.0\",\"files\":{\"/a\":3}}"}};
  for (const auto& [name, text] : damaged) {
    SCOPED_TRACE(name);
    TempDir dir;
    const fs::path file = dir.write("a.yaml", "x");
    const fs::path location = dir.write("cache.json", text);
    {
      Cache cache(location, "1.0");
      ASSERT_EQ(cache.warnings().size(), 1u);
      EXPECT_NE(cache.warnings()[0].find(location.string()), std::string::npos);
      EXPECT_NE(cache.warnings()[0].find("ignoring the cache"), std::string::npos);
      cache.store(file, "stamp", "settings", Entry{});
      EXPECT_FALSE(cache.save());
    }
    Cache again(location, "1.0");
    EXPECT_TRUE(again.warnings().empty()) << readFile(location);
    EXPECT_TRUE(again.find(file, "stamp", "settings"));
  }
}

TEST(Cache, AnEntryThatDoesNotReadBackIsAMiss) {
  TempDir dir;
  const fs::path file = dir.write("a.yaml", "x");
  const fs::path location = dir.write(
      "cache.json", "{\"careerlintCache\":2,\"version\":\"1.0\",\"files\":{" +
                        nlohmann::json(file.string()).dump() +
                        ":{\"stamp\":\"s\",\"settings\":\"t\",\"findings\":[{\"rule\":3}],"
                        "\"summary\":null}}}");
  Cache cache(location, "1.0");
  EXPECT_TRUE(cache.warnings().empty());
  EXPECT_FALSE(cache.find(file, "s", "t"));
}

TEST(Cache, SavingKeepsTheEntriesAnotherRunWroteMeanwhileAndDropsDeletedFiles) {
  TempDir dir;
  const fs::path location = dir.path() / "cache.json";
  const fs::path a = dir.write("a.yaml", "a");
  const fs::path b = dir.write("b.yaml", "b");
  const fs::path gone = dir.write("gone.yaml", "c");
  Cache first(location, "1.0");
  Cache second(location, "1.0");
  first.store(a, "sa", "t", Entry{});
  first.store(gone, "sc", "t", Entry{});
  EXPECT_FALSE(first.save());
  fs::remove(gone);
  second.store(b, "sb", "t", Entry{});
  EXPECT_FALSE(second.save());
  Cache merged(location, "1.0");
  EXPECT_TRUE(merged.find(a, "sa", "t"));
  EXPECT_TRUE(merged.find(b, "sb", "t"));
  EXPECT_FALSE(merged.find(gone, "sc", "t"));
}

}  // namespace
}  // namespace careerlint::cache
