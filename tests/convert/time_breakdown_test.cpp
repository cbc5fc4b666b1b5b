#include "convert/time_breakdown.h"

#include <gtest/gtest.h>

namespace careerlint::convert {
namespace {

struct Expected {
  double share;
  bool remainder;
  std::string_view activity;
};

void expectBreakdown(std::string_view paragraph, std::vector<Expected> expected) {
  const auto parts = extractTimeBreakdown(paragraph);
  ASSERT_EQ(parts.size(), expected.size()) << paragraph;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    EXPECT_DOUBLE_EQ(parts[i].share, expected[i].share) << "part " << i;
    EXPECT_EQ(parts[i].remainder, expected[i].remainder) << "part " << i;
    EXPECT_EQ(parts[i].activity, expected[i].activity) << "part " << i;
  }
}

TEST(TimeBreakdown, TheSeedsThreeSentencesWithAComputedRemainder) {
  expectBreakdown(
      "A typical day involves rooming patients. Perhaps 50% of time goes to clinical "
      "duties\xE2\x80\x94patient "
      "preparation. Another 35% involves administrative tasks: appointment scheduling. The "
      "remaining time "
      "splits between phone calls, supply management, and coordination. The work is fast-paced.",
      {{50, false, "clinical duties\xE2\x80\x94patient preparation"},
       {35, false, "administrative tasks: appointment scheduling"},
       {15, true, "phone calls, supply management, and coordination"}});
}

TEST(TimeBreakdown, FigurePointsAtThePercentAndTheRemainderPhrase) {
  const std::string_view text =
      "Perhaps 60% of shift time goes to patrol. The remaining time goes to reports.";
  const auto parts = extractTimeBreakdown(text);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].figure, "60%");
  EXPECT_EQ(parts[0].figure.data(), text.data() + 8);
  EXPECT_EQ(parts[1].figure, "The remaining time");
}

TEST(TimeBreakdown, OneSentenceListWithRemainder) {
  expectBreakdown(
      "Perhaps 50% of time goes to teaching, another 30% to grading, 10% to meetings, and the "
      "remainder to "
      "parent contact.",
      {{50, false, "teaching"},
       {30, false, "grading"},
       {10, false, "meetings"},
       {10, true, "parent contact"}});
}

TEST(TimeBreakdown, ExplicitRemainingShareKeepsItsNumber) {
  expectBreakdown(
      "Perhaps 60% of working time goes to fieldwork. The remaining 40% involves writing reports.",
      {{60, false, "fieldwork"}, {40, true, "writing reports"}});
}

TEST(TimeBreakdown, VariantOpenersFromTheNarratives) {
  expectBreakdown(
      "Perhaps during active employment, 60% of time goes to performance. Another 25% involves "
      "preparation. The remaining time splits between networking and classes.",
      {{60, false, "performance"},
       {25, false, "preparation"},
       {15, true, "networking and classes"}});
  expectBreakdown("Perhaps 40% goes to inspections. Another 40% involves paperwork.",
                  {{40, false, "inspections"}, {40, false, "paperwork"}});
}

TEST(TimeBreakdown, RemainingInOtherSensesIsNotARemainder) {
  expectBreakdown(
      "Perhaps 70% of time goes to care while remaining calm under pressure. Remaining positions "
      "are rare.",
      {{70, false, "care while remaining calm under pressure"}});
  expectBreakdown("Successful nurses stay efficient while remaining present with each patient.",
                  {});
}

TEST(TimeBreakdown, PercentagesThatAreNotSharesOfTimeAreIgnored) {
  expectBreakdown("Time divides among planning, building and testing.", {});
  expectBreakdown("Employment is projected to grow 35%+ over the decade. Wages rose 12% in 2024.",
                  {});
  expectBreakdown("About 20% of graduates find work in 3 months.", {});
  expectBreakdown("These professionals spend roughly 60-70% of their time on documentation.", {});
}

TEST(TimeBreakdown, OneAsideSentenceBetweenSharesIsSkipped) {
  expectBreakdown(
      "Perhaps 45% of time for inspectors goes to inspections. For investigators, similar time "
      "goes to "
      "scenes. Another 30% involves documentation. The remaining time goes to training. Then more.",
      {{45, false, "inspections"}, {30, false, "documentation"}, {25, true, "training"}});
  expectBreakdown(
      "Perhaps 45% of time goes to inspections. An aside. Another aside. Another 30% involves "
      "paperwork.",
      {{45, false, "inspections"}});
}

TEST(TimeBreakdown, TheRemainderCanBeNothingOrLessThanNothing) {
  expectBreakdown(
      "Perhaps 70% of time goes to a. Another 40% involves b. The remaining time goes to c.",
      {{70, false, "a"}, {40, false, "b"}, {-10, true, "c"}});
}

}  // namespace
}  // namespace careerlint::convert
