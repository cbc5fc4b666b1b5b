#include "cli/progress.h"

#include <gtest/gtest.h>

#include <sstream>

namespace careerlint::cli {
namespace {

using namespace std::chrono_literals;
using Clock = Progress::Clock;

TEST(ProgressWanted, OnlyOnATerminalAndNeverUnderCi) {
  EXPECT_TRUE(progressWanted(true, nullptr));
  EXPECT_TRUE(progressWanted(true, ""));  // CI= (empty) is not set
  EXPECT_FALSE(progressWanted(true, "true"));
  EXPECT_FALSE(progressWanted(false, nullptr));
  EXPECT_FALSE(progressWanted(false, "1"));
}

TEST(Progress, SaysNothingInTheFirstSecond) {
  std::ostringstream err;
  const Clock::time_point start{};
  Progress progress(err, true, start);
  progress.update(1, 10, start + 999ms);
  progress.finish();
  EXPECT_EQ(err.str(), "");
}

TEST(Progress, DrawsOneLineInPlaceAfterASecondAtMostTenTimesASecond) {
  std::ostringstream err;
  const Clock::time_point start{};
  Progress progress(err, true, start);
  progress.update(3, 10, start + 1000ms);
  EXPECT_EQ(err.str(), "\rcareerlint: checked 3 of 10 files");
  progress.update(4, 10, start + 1050ms);  // too soon: not drawn
  EXPECT_EQ(err.str(), "\rcareerlint: checked 3 of 10 files");
  progress.update(5, 10, start + 1100ms);
  EXPECT_EQ(err.str(), "\rcareerlint: checked 3 of 10 files\rcareerlint: checked 5 of 10 files");
}

TEST(Progress, DrawsTheLastFileEvenTooSoonAndErasesTheLineAtTheEnd) {
  std::ostringstream err;
  const Clock::time_point start{};
  Progress progress(err, true, start);
  progress.update(9, 10, start + 2000ms);
  progress.update(10, 10, start + 2001ms);
  const std::string line = "careerlint: checked 10 of 10 files";
  EXPECT_EQ(err.str(), "\rcareerlint: checked 9 of 10 files\r" + line);
  progress.finish();
  EXPECT_EQ(err.str(), "\rcareerlint: checked 9 of 10 files\r" + line + "\r" +
                           std::string(line.size(), ' ') + "\r");
}

TEST(Progress, DisabledDrawsNothingHoweverLongTheRun) {
  std::ostringstream err;
  const Clock::time_point start{};
  Progress progress(err, false, start);
  progress.update(1, 10, start + 60s);
  progress.finish();
  EXPECT_EQ(err.str(), "");
}

}  // namespace
}  // namespace careerlint::cli
