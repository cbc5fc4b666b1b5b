// Loader parity: the manual-career schema refuses every record the site's build refuses. The
// site's own loader (tests/data/site/load-manual-careers.ts, run by npm's tsx with the zod and
// yaml its package.json names, from tests/node after `npm ci`) and careerlint check the same
// files: the 15 real records and mutants of them (tests/node/site-loader-parity.ts writes them).
// careerlint may be stricter than the loader (it refuses 12 of the 15 real records, which the
// loader takes); it must never pass a record the loader refuses.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "support/harness.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;

const fs::path& kSource = testing::sourceDir();

TEST(LoaderParity, CareerlintRefusesEveryRecordTheSitesLoaderRefuses) {
  const fs::path nodeModules = kSource / "tests/node/node_modules";
  const fs::path tsx = nodeModules / ".bin/tsx";
  ASSERT_TRUE(fs::exists(tsx)) << "tsx is missing at " << tsx
                               << ": run `npm ci` in tests/node (tools/setup.sh test does)";
  const testing::TempDir dir;
  const fs::path out = dir.path() / "site";
  const fs::path result = dir.path() / "loader.json";

  // The site's loader over the records and their mutants.
  testing::RunOptions options;
  options.environment["NODE_PATH"] = nodeModules.string();
  const testing::RunResult loader =
      testing::run({tsx.string(), (kSource / "tests/node/site-loader-parity.ts").string(),
                    (kSource / "tests/data/manual-careers").string(), out.string(),
                    (kSource / "tests/data/site/load-manual-careers.ts").string(), result.string()},
                   options);
  ASSERT_EQ(loader.exitCode, 0) << loader.out << loader.err;
  const nlohmann::json verdict = nlohmann::json::parse(testing::readFile(result));
  const nlohmann::json& files = verdict.at("files");
  const nlohmann::json& refused = verdict.at("refused");

  // The harness works: the loader takes the 15 real records and refuses most mutants.
  std::size_t real = 0;
  for (const nlohmann::json& file : files) {
    const std::string name = file.get<std::string>();
    if (name.starts_with("mutant-")) continue;
    ++real;
    EXPECT_FALSE(refused.contains(name)) << "the site's loader refuses the real record " << name;
  }
  EXPECT_EQ(real, 15u);
  EXPECT_GT(files.size(), 300u);
  EXPECT_GT(refused.size(), 200u);

  // careerlint over the same files.
  const fs::path careers = out / "data/manual/careers";
  const testing::RunResult lint = testing::runCareerlint(
      {"validate", "--format", "json", "--schema", "builtin:manual-career", careers.string()});
  ASSERT_TRUE(lint.exitCode == 0 || lint.exitCode == 1) << lint.out << lint.err;
  const nlohmann::json report = nlohmann::json::parse(lint.out);
  std::set<std::string> passed;
  for (const nlohmann::json& file : report.at("files")) {
    if (file.at("errors").get<int>() == 0) {
      passed.insert(fs::path(file.at("path").get<std::string>()).filename().string());
    }
  }
  EXPECT_EQ(report.at("files").size(), files.size()) << "careerlint did not check every file";

  std::size_t checked = 0;
  for (const auto& [name, reason] : refused.items()) {
    ++checked;
    EXPECT_FALSE(passed.count(name))
        << name << ": the site's loader refuses it, careerlint passes it. The loader says: "
        << reason.get<std::string>();
  }
  EXPECT_EQ(checked, refused.size());
}

}  // namespace
}  // namespace careerlint
