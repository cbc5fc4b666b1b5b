// x-careerlint-quoted-figure (rule quoted-growth): the growth a rationale quotes is the stored
// percent change.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "careerlint/schema.h"
#include "schema/schema_test_support.h"

namespace careerlint::schema_test {
namespace {

constexpr std::string_view kSchema = R"({"x-careerlint-quoted-figure": {
  "text": "/why", "figure": "/change", "terms": ["growth"], "within": 5}})";

TEST(QuotedGrowth, AFigureNearGrowthIsTheStoredChange) {
  const Schema schema = compile(kSchema);
  for (std::string_view why : {"Growth of 15% reflects demand.", "The field sees 15%+ growth.",
                               "Growth is stable at 15% as hiring remains essential.",
                               "Rapid growth of +15% in the creator economy."}) {
    SCOPED_TRACE(why);
    EXPECT_EQ(describe(check("change: 15\nwhy: \"" + std::string(why) + "\"\n", schema)), Lines{});
  }
  EXPECT_EQ(describe(check("change: 15\nwhy: \"Growth of 25%+ reflects demand.\"\n", schema)),
            Lines{"quoted-growth/figureMismatch 2:6 /why | why: quotes 25%+, but change is 15 (a "
                  "figure within 5 words of \"growth\" quotes the stored change)"});
  EXPECT_EQ(describe(check("change: -3\nwhy: \"Growth of 3% continues.\"\n", schema)),
            Lines{"quoted-growth/figureMismatch 2:6 /why | why: quotes 3%, but change is -3 (a "
                  "figure within 5 words of \"growth\" quotes the stored change)"});
}

TEST(QuotedGrowth, FiguresAwayFromTheTermOrInAnotherSentenceAreNotQuotes) {
  const Schema schema = compile(kSchema);
  // Another sentence.
  EXPECT_EQ(describe(check("change: 15\nwhy: \"AI drafts 40% of the text. Growth continues.\"\n",
                           schema)),
            Lines{});
  // More than 5 words away.
  EXPECT_EQ(describe(check("change: 15\nwhy: \"Growth will continue while AI tools handle about "
                           "40% of tasks.\"\n",
                           schema)),
            Lines{});
  // A number with a decimal point does not end the sentence.
  EXPECT_EQ(
      describe(check("change: 2.5\nwhy: \"Exposure is 0.35. Growth of 2.5% is slow.\"\n", schema)),
      Lines{});
  // No figure, no stored number, or not a text: nothing to compare.
  EXPECT_EQ(describe(check("change: 15\nwhy: \"Growth is strong.\"\n", schema)), Lines{});
  EXPECT_EQ(describe(check("change: null\nwhy: \"Growth of 9%.\"\n", schema)), Lines{});
  EXPECT_EQ(describe(check("change: 15\nwhy: [\"Growth of 9%.\"]\n", schema)), Lines{});
}

TEST(QuotedGrowth, BadParametersAreRefused) {
  Expected<Schema> schema = Schema::fromText(
      R"({"x-careerlint-quoted-figure": {"text": "/a", "figure": "/b", "terms": []}})", "s.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            "the schema is not valid: /x-careerlint-quoted-figure: \"terms\" must list words");
}

TEST(QuotedGrowth, BothSchemasCheckTheRationale) {
  const std::string manual =
      replaceOnce(readFixture("manual-valid.yaml"),
                  "Demos and proposals are drafted with AI help; the trust of a customer is not.",
                  "Demos are drafted with AI help. Growth of 6% reflects demand.");
  EXPECT_EQ(describe(check(manual, Schema::manualCareer())),
            Lines{"quoted-growth/figureMismatch 81:28 /ai_assessment/classificationRationale | "
                  "ai_assessment.classificationRationale: quotes 6%, but "
                  "ai_assessment.jobGrowth.percentChange is 4 (a figure within 5 words of "
                  "\"growth\" quotes the stored change)"});
  const std::string career =
      replaceOnce(readFixture("career-valid.yaml"),
                  "classificationRationale: \"Medium Exposure + Human Skills: AI augments this "
                  "work but human judgment remains essential\"",
                  "classificationRationale: \"Growth of 50% keeps demand high\"");
  const Lines found = describe(check(career, Schema::career()));
  ASSERT_EQ(found.size(), 1u) << ::testing::PrintToString(found);
  EXPECT_TRUE(
      found[0].starts_with("quoted-growth/figureMismatch 54:28 "
                           "/ai_assessment/classificationRationale | "
                           "ai_assessment.classificationRationale: quotes 50%, but "
                           "ai_assessment.jobGrowth.percentChange is "))
      << found[0];
}

TEST(QuotedGrowth, TheRealRecordsQuoteTheirOwnFigures) {
  // 13 of the 15 rationales quote a growth figure ("Growth of 15% reflects …", "35%+ growth");
  // each equals the record's percentChange.
  for (std::string_view name :
       {"ai-ml-engineers", "business-development-executives", "content-creators",
        "cybersecurity-analysts", "data-annotators", "data-center-technicians", "devops-engineers",
        "executive-assistants", "growth-marketers", "management-consultants", "product-managers",
        "quantitative-analysts", "recruiters", "solutions-architects", "ux-product-designers"}) {
    SCOPED_TRACE(name);
    const std::string text =
        testing::readSourceFile("tests/data/manual-careers/" + std::string(name) + ".yaml");
    for (const std::string& line : describe(check(text, Schema::manualCareer()))) {
      EXPECT_FALSE(line.starts_with("quoted-growth/")) << line;
    }
    // The same record with its figure changed is caught: the check reads these rationales.
    const std::size_t at = text.find("percentChange: ");
    ASSERT_NE(at, std::string::npos);
    std::string changed = text;
    changed.insert(at + 15, "1");  // 15 -> 115, 5 -> 15, …
    bool caught = false;
    for (const std::string& line : describe(check(changed, Schema::manualCareer()))) {
      caught = caught || line.starts_with("quoted-growth/figureMismatch");
    }
    const bool quotes = name != "devops-engineers" && name != "product-managers";
    EXPECT_EQ(caught, quotes);
  }
}

}  // namespace
}  // namespace careerlint::schema_test
