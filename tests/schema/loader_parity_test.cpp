// Loader parity: the manual-career schema refuses every record the site's build refuses. The
// site's own loader (tests/data/site/load-manual-careers.ts, run by npm's tsx with the zod and
// yaml its package.json names, from tests/node after `npm ci`) and careerlint check the same
// files: the 15 real records and mutants of them (tests/node/site-loader-parity.ts writes them).
// careerlint may be stricter than the loader (it refuses 12 of the 15 real records, which the
// loader takes); it must never pass a record the loader refuses.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "report/external_tool.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;
namespace external = report::external;

const fs::path kSource = CAREERLINT_SOURCE_DIR;

nlohmann::json readJson(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str());
}

TEST(LoaderParity, CareerlintRefusesEveryRecordTheSitesLoaderRefuses) {
  const fs::path nodeModules = kSource / "tests/node/node_modules";
  const fs::path tsx = nodeModules / ".bin/tsx";
  ASSERT_TRUE(fs::exists(tsx)) << "tsx is missing at " << tsx
                               << ": run `npm ci` in tests/node (tools/setup.sh test does)";
  const external::ScratchDirectory dir("loader-parity");
  const fs::path out = dir.path() / "site";
  const fs::path result = dir.path() / "loader.json";

  // The site's loader over the records and their mutants.
  const external::Outcome loader = external::run(
      "NODE_PATH=" + external::shellQuoted(nodeModules.string()) + " " +
      external::shellQuoted(tsx.string()) + " " +
      external::shellQuoted((kSource / "tests/node/site-loader-parity.ts").string()) + " " +
      external::shellQuoted((kSource / "tests/data/manual-careers").string()) + " " +
      external::shellQuoted(out.string()) + " " +
      external::shellQuoted((kSource / "tests/data/site/load-manual-careers.ts").string()) + " " +
      external::shellQuoted(result.string()) + " 2>&1");
  ASSERT_EQ(loader.exitCode, 0) << loader.output;
  const nlohmann::json verdict = readJson(result);
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
  const external::Outcome lint =
      external::run(external::shellQuoted(CAREERLINT_BINARY) +
                    " validate --format json --schema builtin:manual-career " +
                    external::shellQuoted(careers.string()) + " 2>/dev/null");
  ASSERT_TRUE(lint.exitCode == 0 || lint.exitCode == 1) << lint.output;
  const nlohmann::json report = nlohmann::json::parse(lint.output);
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
