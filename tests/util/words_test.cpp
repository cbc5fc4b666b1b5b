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

TEST(Words, LettersJoinUnderscoresAndNonAsciiLettersButNotHyphens) {
  EXPECT_EQ(findWholeWord("TODO_later", "todo"), npos);
  EXPECT_EQ(findWholeWord("caf\xC3\xA9must", "must"), npos);  // é (C3 A9) continues a word
  EXPECT_EQ(findWholeWord("full-time", "time"), 5u);
  EXPECT_TRUE(isWholeWord("a TODO.", 2, 4));
  EXPECT_TRUE(isWordChar('\xC3'));
  EXPECT_TRUE(isWordChar('\xA9'));  // a continuation byte continues its code point
}

TEST(Words, DashesCurlyQuotesAndBulletsEndAWordOfEitherKind) {
  // U+2014 EM DASH (E2 80 94), U+2019 RIGHT SINGLE QUOTATION MARK (E2 80 99), U+2022 BULLET.
  for (const WordChars kind : {WordChars::Letters, WordChars::Joined}) {
    EXPECT_EQ(findWholeWord("a\xE2\x80\x94time", "time", 0, kind), 4u);
    EXPECT_EQ(findWholeWord("time\xE2\x80\x99s", "time", 0, kind), 0u);
    EXPECT_EQ(findWholeWord("\xE2\x80\xA2"
                            "TODO",
                            "todo", 0, kind),
              3u);
    EXPECT_TRUE(wordEndsBefore("\xE2\x80\x94x", 3, kind));
    EXPECT_FALSE(wordEndsBefore("\xC3\xA9x", 2, kind));
    EXPECT_FALSE(isWordChar('\xE2', kind));
  }
}

TEST(Words, JoinedKeepsHyphenatedAndPossessiveWordsWhole) {
  EXPECT_EQ(findWholeWord("full-time", "time", 0, WordChars::Joined), npos);
  EXPECT_EQ(findWholeWord("driver's", "driver", 0, WordChars::Joined), npos);
  EXPECT_EQ(findWholeWord("caf\xC3\xA9time", "time", 0, WordChars::Joined), npos);
  EXPECT_EQ(findWholeWord("a driver, a time", "time", 0, WordChars::Joined), 12u);
}

TEST(Words, LowercaseTermsMatchWholeWordsAndTheirPlurals) {
  EXPECT_TRUE(containsLowercaseTerm("a state license is needed", "license"));
  EXPECT_TRUE(containsLowercaseTerm("two licenses", "license"));
  EXPECT_FALSE(containsLowercaseTerm("licensed", "license"));
  EXPECT_FALSE(containsLowercaseTerm("unlicense", "license"));
  EXPECT_FALSE(containsLowercaseTerm("text", ""));
  // An edge that is not a word character needs no boundary there.
  EXPECT_TRUE(containsLowercaseTerm("x-ray-tech", "-ray-"));
  EXPECT_FALSE(containsLowercaseTerm("caf\xC3\xA9license", "license"));
  EXPECT_TRUE(containsLowercaseTerm("license\xE2\x80\x94or not", "license"));
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
