#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "careerlint/schema.h"
#include "schema/keyword.h"
#include "schema/schema_test_support.h"

namespace careerlint::schema_test {
namespace {

const char* kSchema = R"({
  "x-careerlint-credential-flag": {
    "flag": "/edu/flag",
    "credentials": "/edu/credentials",
    "text": ["/about", "/tasks"],
    "terms": ["license", "certification"],
    "requiredPhrases": ["must (be|hold) [^.]*licen[cs]"]
  }})";

TEST(CredentialFlag, AFlagThatIsFalseWhileACredentialIsRequiredIsAnError) {
  const Schema schema = compile(kSchema);
  EXPECT_EQ(describe(check("about: x\ntasks: []\nedu:\n  flag: false\n  credentials:\n"
                           "    - {name: CMA, required: false}\n    - {name: RN, required: true}\n",
                           schema)),
            Lines{"credential-flag/requiredButFlagFalse 4:9 /edu/flag | edu.flag: is false, but "
                  "edu.credentials[1] (\"RN\") is named as required"});
  EXPECT_EQ(describe(check("about: Nurses must hold a state license.\ntasks: []\nedu:\n"
                           "  flag: false\n  credentials: []\n",
                           schema)),
            Lines{"credential-flag/requiredButFlagFalse 4:9 /edu/flag | edu.flag: is false, but "
                  "about says \"must hold a state licens\""});
  EXPECT_EQ(describe(check("about: x\ntasks: [Renew the License every year]\nedu:\n"
                           "  flag: false\n  credentials: [{name: CMA, required: false}]\n",
                           schema)),
            Lines{});
}

TEST(CredentialFlag, AFlagThatIsTrueWhileNothingIsNamedIsAWarning) {
  const Schema schema = compile(kSchema);
  EXPECT_EQ(
      describe(check("about: x\ntasks: [Assist patients]\nedu:\n  flag: true\n  credentials: []\n",
                     schema)),
      Lines{"credential-flag/flagWithoutCredential 4:9 /edu/flag | edu.flag: is true, but no "
            "licence or certification is named in edu.credentials, about or tasks; say which "
            "one (warning)"});
  // Named in the text (a plural counts), or in the list: fine.
  EXPECT_EQ(describe(check("about: Certifications help.\ntasks: []\nedu:\n  flag: true\n", schema)),
            Lines{});
  EXPECT_EQ(describe(check(
                "about: x\ntasks: []\nedu:\n  flag: true\n  credentials: [{name: CMA}]\n", schema)),
            Lines{});
}

TEST(CredentialFlag, AMissingOrNonBooleanFlagIsLeftToTheSchema) {
  const Schema schema = compile(kSchema);
  EXPECT_EQ(describe(check("about: x\nedu:\n  flag: yes\n", schema)), Lines{});
  EXPECT_EQ(describe(check("about: x\n", schema)), Lines{});
}

TEST(CredentialFlag, WordsMatchWholeWordsIgnoringCase) {
  EXPECT_TRUE(schema::containsWord("Licensed practical nurses", "licensed"));
  EXPECT_TRUE(schema::containsWord("CompTIA certifications (A+)", "certification"));
  EXPECT_TRUE(schema::containsWord("Security+ certification", "Security+"));
  EXPECT_FALSE(schema::containsWord("unlicensed", "licensed"));
  EXPECT_FALSE(schema::containsWord("licenseship", "license"));
}

TEST(CredentialFlag, TheCareerSchemaChecksTheLicenceLine) {
  const std::string fixture = readFixture("career-valid.yaml");
  EXPECT_EQ(
      describe(
          check(replaceOnce(replaceOnce(fixture, "required: false", "required: true"),
                            "requires_license_or_cert: true", "requires_license_or_cert: false"),
                Schema::career())),
      Lines{"credential-flag/requiredButFlagFalse 40:29 /education/requires_license_or_cert | "
            "education.requires_license_or_cert: is false, but education.certifications[0] "
            "(\"CMA\") is named as required"});
  EXPECT_EQ(
      describe(check(
          replaceOnce(fixture, "  - Clean and sterilize instruments",
                      "  - Must be licensed by the state board. Clean and sterilize instruments"),
          Schema::career())),
      Lines{});  // the flag is true: nothing to say
  const std::string unnamed = replaceOnce(
      replaceOnce(fixture, "    - name: CMA\n      kind: certification\n      required: false\n",
                  ""),
      "  certifications:\n", "  certifications: []\n");
  EXPECT_EQ(
      describe(check(replaceOnce(unnamed, "Certification (CMA, RMA) provides credentials",
                                 "Training provides skills"),
                     Schema::career())),
      Lines{"credential-flag/flagWithoutCredential 40:29 /education/requires_license_or_cert "
            "| education.requires_license_or_cert: is true, but no licence or certification is "
            "named in education.certifications, description, tasks or inside_look.content; say "
            "which one (warning)"});
  EXPECT_EQ(describe(check(unnamed, Schema::career())), Lines{});  // the text still names one
}

TEST(CredentialFlag, TheManualSchemaChecksLicenceAndCertificateFlags) {
  const std::string fixture = readFixture("manual-valid.yaml");
  EXPECT_EQ(
      describe(check(replaceOnce(fixture, "requires_license: false", "requires_license: true"),
                     Schema::manualCareer())),
      Lines{"credential-flag/flagWithoutCredential 51:21 /education/requires_license | "
            "education.requires_license: is true, but no licence is named in description, "
            "tasks, technology_skills, education.time_to_job_ready.notes or "
            "education.alternative_pathways; say which one (warning)"});
  EXPECT_EQ(describe(check(
                replaceOnce(fixture, "  - \"Answer security questionnaires\"",
                            "  - \"Answer security questionnaires; a certification is required\""),
                Schema::manualCareer())),
            Lines{"credential-flag/requiredButFlagFalse 48:25 /education/requires_certificate | "
                  "education.requires_certificate: is false, but tasks[3] says \"certification is "
                  "required\""});
}

TEST(CredentialFlag, BadParametersAreRefused) {
  Expected<Schema> schema = Schema::fromText(
      R"({"x-careerlint-credential-flag": [{"flag": "/a", "requiredPhrases": ["(unclosed"]}]})",
      "s.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            "the schema is not valid: /x-careerlint-credential-flag: \"requiredPhrases\" holds an "
            "invalid regular expression: \"(unclosed\"");
  schema = Schema::fromText(R"({"x-careerlint-credential-flag": {"flag": "education"}})", "s.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            "the schema is not valid: /x-careerlint-credential-flag: \"flag\" must be a JSON "
            "pointer such as \"/education/x\"");
}

}  // namespace
}  // namespace careerlint::schema_test
