#include "util/regex.h"

#include <gtest/gtest.h>

#include <string>

namespace careerlint::regex {
namespace {

std::optional<Match> search(std::string_view pattern, std::string_view text,
                            bool ignoreCase = false) {
  auto compiled = Regex::compile(pattern, ignoreCase);
  EXPECT_TRUE(compiled) << pattern;
  if (!compiled) return std::nullopt;
  return compiled->search(text);
}

TEST(Regex, FindsTheFirstMatchInBytes) {
  auto found = search("b+", "aabbbc");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->offset, 2u);
  EXPECT_EQ(found->length, 3u);
  EXPECT_FALSE(search("^b", "ab"));
}

TEST(Regex, ReadsEcmaScriptAsJsonSchemaWritesIt) {
  EXPECT_TRUE(search("^\\d{2}-\\d{4}\\.\\d{2}$", "29-1141.00"));
  EXPECT_FALSE(search("^\\d{2}$", "12\n"));  // $ is the very end, as in ECMAScript
  EXPECT_TRUE(search("^caf\\u00e9$", "caf\xc3\xa9"));
  EXPECT_TRUE(search("^.$", "\xc3\xa9"));  // a code point, not a byte
  EXPECT_TRUE(search("LICENSED", "must be licensed", /*ignoreCase=*/true));
}

TEST(Regex, RefusesWhatItCannotMatchInLinearTime) {
  auto lookahead = Regex::compile("^(?=a)a");
  ASSERT_FALSE(lookahead);
  EXPECT_EQ(lookahead.error().message, "invalid perl operator: (?=");
  auto unbalanced = Regex::compile("((");
  ASSERT_FALSE(unbalanced);
  EXPECT_EQ(unbalanced.error().message, "missing ): ((");
}

// std::regex took minutes on the first (exponential backtracking) and overflowed the stack on
// the second (one recursion per character).
TEST(Regex, HostileTextsAreMatchedWithoutBacktracking) {
  std::string lines;
  for (int i = 0; i < 10000; ++i) lines += "ab\n";
  EXPECT_FALSE(
      search("^\\s*[^\\n]*\\S[^\\n]*(\\n[^\\n]*\\S[^\\n]*)*(\\n[ \\t]*\\n\\s*[^\\n]*\\S[^\\n]*"
             "(\\n[^\\n]*\\S[^\\n]*)*){1,2}\\s*$",
             lines));
  EXPECT_FALSE(search("^(a*)*b$", std::string(100000, 'a')));
  EXPECT_TRUE(search("^[a-z0-9]+(-[a-z0-9]+)*$", std::string(1000000, 'a')));
}

TEST(Regex, CachedCompilesOnce) {
  const Expected<Regex>& first = cached("^x");
  EXPECT_EQ(&first, &cached("^x"));
  EXPECT_NE(&first, &cached("^x", /*ignoreCase=*/true));
  EXPECT_FALSE(cached("(("));
}

}  // namespace
}  // namespace careerlint::regex
