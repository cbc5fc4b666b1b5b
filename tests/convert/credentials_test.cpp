#include "convert/credentials.h"

#include <gtest/gtest.h>

namespace careerlint::convert {
namespace {

TEST(Credentials, NamesInParenthesesAfterTheKeyword) {
  const auto found =
      findCredentials("Certification (CMA, RMA) provides credentials and often higher wages.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].name, "CMA");
  EXPECT_EQ(found[1].name, "RMA");
  EXPECT_EQ(found[0].kind, "certification");
  EXPECT_FALSE(found[0].required);
}

TEST(Credentials, QualifiedNamesAndRequirement) {
  const auto found = findCredentials(
      "All states require licensure for nurses. Most employers want CPR certification.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].name, "licensure");
  EXPECT_EQ(found[0].kind, "license");
  EXPECT_TRUE(found[0].required);
  EXPECT_EQ(found[1].name, "CPR certification");
  EXPECT_FALSE(found[1].required);
}

TEST(Credentials, StateLicensureAtTheStartOfASentence) {
  const auto found = findCredentials("State licensure is required before practice.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].name, "State licensure");
  EXPECT_TRUE(found[0].required);
}

TEST(Credentials, NegatedRequirementIsNotRequired) {
  const auto found = findCredentials("Certification is not required, though it helps.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].required);
}

TEST(Credentials, CertifiedAndLicensedCountOnlyAfterAVerb) {
  EXPECT_EQ(findCredentials("Electricians must be licensed in most states.").size(), 1u);
  EXPECT_TRUE(findCredentials("Electricians must be licensed in most states.")[0].required);
  EXPECT_TRUE(findCredentials("Licensed practical nurses supervise aides.").empty());
  EXPECT_TRUE(findCredentials("They complete certificate programs.").empty());
}

}  // namespace
}  // namespace careerlint::convert
