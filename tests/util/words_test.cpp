#include "util/words.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace careerlint::words {
namespace {

using ::testing::ElementsAre;
constexpr auto npos = std::string_view::npos;

TEST(Words, FindWholeWordIgnoresAsciiCaseAndSkipsPartsOfWords) {
  EXPECT_EQ(findWholeWord("Licensure is Required.", "required"), 13u);
  EXPECT_EQ(findWholeWord("unrequired, required", "required"), 12u);
  EXPECT_EQ(findWholeWord("requirements", "required"), npos);
  EXPECT_EQ(findWholeWord("a must", "must", 2), 2u);
  EXPECT_EQ(findWholeWord("a must", "must", 3), npos);
  EXPECT_EQ(findWholeWord("text", ""), npos);
}

TEST(Words, PlainCountsNonAsciiBytesAsWordCharacters) {
  EXPECT_EQ(findWholeWord("caf\xC3\xA9must", "must"), npos);
  EXPECT_EQ(findWholeWord("full-time", "time"), 5u);
  EXPECT_EQ(findWholeWord("TODO_later", "todo"), 0u);
}

TEST(Words, IdentifierAlsoJoinsUnderscores) {
  EXPECT_EQ(findWholeWord("TODO_later", "todo", 0, WordChars::Identifier), npos);
  EXPECT_TRUE(isWholeWord("a TODO.", 2, 4, WordChars::Identifier));
}

TEST(Words, JoinedKeepsHyphenatedWordsAndEndsWordsAtDashesAndCurlyQuotes) {
  EXPECT_EQ(findWholeWord("full-time", "time", 0, WordChars::Joined), npos);
  EXPECT_EQ(findWholeWord("driver's", "driver", 0, WordChars::Joined), npos);
  // U+2014 EM DASH (E2 80 94) ends a word; é (C3 A9) continues it.
  EXPECT_EQ(findWholeWord("a\xE2\x80\x94time", "time", 0, WordChars::Joined), 4u);
  EXPECT_EQ(findWholeWord("caf\xC3\xA9time", "time", 0, WordChars::Joined), npos);
  EXPECT_TRUE(wordEndsBefore("\xE2\x80\x94x", 3, WordChars::Joined));
  EXPECT_FALSE(wordEndsBefore("\xC3\xA9x", 2, WordChars::Joined));
}

TEST(Words, AsciiStopsAtEveryNonAsciiByte) {
  EXPECT_EQ(findWholeWord("caf\xC3\xA9must", "must", 0, WordChars::Ascii), 5u);
  EXPECT_FALSE(isWordChar('\xC3', WordChars::Ascii));
  EXPECT_TRUE(isWordChar('\xC3'));
}

TEST(Words, LowercaseTermsMatchWholeWordsAndTheirPlurals) {
  EXPECT_TRUE(containsLowercaseTerm("a state license is needed", "license"));
  EXPECT_TRUE(containsLowercaseTerm("two licenses", "license"));
  EXPECT_FALSE(containsLowercaseTerm("licensed", "license"));
  EXPECT_FALSE(containsLowercaseTerm("unlicense", "license"));
  EXPECT_FALSE(containsLowercaseTerm("text", ""));
  // An edge that is not a word character needs no boundary there.
  EXPECT_TRUE(containsLowercaseTerm("x-ray-tech", "-ray-"));
}

TEST(Words, SentencesEndAtPunctuationBeforeACapitalADigitOrAQuote) {
  EXPECT_THAT(splitSentences("One. Two? 3 things! \"Four\" ends"),
              ElementsAre("One.", "Two?", "3 things!", "\"Four\" ends"));
  EXPECT_THAT(splitSentences("Lower. case stays"), ElementsAre("Lower. case stays"));
  EXPECT_THAT(splitSentences("Ends here. "), ElementsAre("Ends here."));
}

TEST(Words, SentencesDoNotEndAtAbbreviations) {
  EXPECT_THAT(splitSentences("See Dr. Smith. Then e.g. Lab work."),
              ElementsAre("See Dr. Smith.", "Then e.g. Lab work."));
  // "ADr." is no abbreviation: the period ends the sentence.
  EXPECT_THAT(splitSentences("Ask ADr. Then go."), ElementsAre("Ask ADr.", "Then go."));
}

}  // namespace
}  // namespace careerlint::words
