#include "util/glob.h"

#include <gtest/gtest.h>

namespace careerlint::glob {
namespace {

TEST(Glob, StarStaysWithinASegment) {
  EXPECT_TRUE(matches("pages/*.txt", "pages/nurses.txt"));
  EXPECT_FALSE(matches("pages/*.txt", "pages/old/nurses.txt"));
  EXPECT_FALSE(matches("pages/*.txt", "pages/nurses.yaml"));
}

TEST(Glob, DoubleStarSpansSegments) {
  EXPECT_TRUE(matches("pages/**/*.txt", "pages/a/b/c.txt"));
  EXPECT_TRUE(matches("pages/**/*.txt", "pages/c.txt"));
  EXPECT_TRUE(matches("**/drafts/**", "x/drafts/y/z.yaml"));
  EXPECT_TRUE(matches("**", "anything/at/all"));
}

TEST(Glob, PatternWithoutSlashMatchesANameAtAnyDepth) {
  EXPECT_TRUE(matches("*.txt", "a/b/c.txt"));
  EXPECT_TRUE(matches("drafts", "content/drafts/page.yaml"));
  EXPECT_FALSE(matches("drafts", "content/drafts-old/page.yaml"));
}

TEST(Glob, DirectoryPatterns) {
  EXPECT_TRUE(matches("legacy/", "legacy/a.txt"));
  EXPECT_TRUE(matches("legacy/", "x/legacy/a.txt"));
  EXPECT_TRUE(matches("manual/old", "manual/old/a.yaml"));
  EXPECT_FALSE(matches("manual/old", "manual/older/a.yaml"));
}

TEST(Glob, QuestionMarkAndClasses) {
  EXPECT_TRUE(matches("page-?.txt", "page-1.txt"));
  EXPECT_FALSE(matches("page-?.txt", "page-10.txt"));
  EXPECT_TRUE(matches("page-[0-9].txt", "page-7.txt"));
  EXPECT_FALSE(matches("page-[!0-9].txt", "page-7.txt"));
  EXPECT_TRUE(matches("./pages/*.txt", "pages/a.txt"));
}

}  // namespace
}  // namespace careerlint::glob
