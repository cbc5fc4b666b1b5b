// Schemas are untrusted input: a $ref resolves only to files inside the schema's own directory
// tree. Every way out (../, an absolute path elsewhere, a symbolic link, a URL) is refused with
// a message naming the schema file; references that valijson would follow forever are refused
// before it sees them.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "careerlint/schema.h"
#include "careerlint/yaml_loader.h"
#include "schema/schema_test_support.h"
#include "support/harness.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;

class SchemaRefConfinementTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(base_ / "schemas" / "sub");
    fs::create_directories(base_ / "elsewhere");
    write(base_ / "elsewhere" / "secret.json", R"({"type": "integer"})");
    write(
        base_ / "schemas" / "sub" / "common.json",
        R"({"definitions": {"count": {"type": "integer"}, "list": {"type": "array", "items": {"$ref": "#/definitions/count"}}}})");
  }
  static void write(const fs::path& path, const std::string& text) {
    testing::writeFile(path, text);
  }

  // A schema in schemas/ whose property `x` is {"$ref": ref}; what Schema::fromFile says.
  Expected<Schema> schemaReferring(const std::string& ref) {
    write(schemaPath(), R"({"type": "object", "properties": {"x": {"$ref": ")" + ref + R"("}}})");
    return Schema::fromFile(schemaPath().string());
  }
  fs::path schemaPath() const { return base_ / "schemas" / "main.schema.json"; }
  std::string schemasDir() const { return (base_ / "schemas").string(); }

  std::string refusal(const std::string& ref, const std::string& why) const {
    return "the schema is not valid: $ref \"" + ref + "\" (at /properties/x) " + why;
  }

  const testing::TempDir temp_;
  // Canonical: the messages name the schema by its real path.
  const fs::path base_ = fs::canonical(temp_.path());
};

TEST_F(SchemaRefConfinementTest, AFileInsideTheTreeIsReferencedAndUsed) {
  auto schema = schemaReferring("sub/common.json#/definitions/list");
  ASSERT_TRUE(schema) << schema.error().message;
  EXPECT_EQ(schema_test::describe(schema_test::check("x: [1, two]\n", *schema)),
            std::vector<std::string>{
                "schema/type 1:8 /x/1 | x[1]: expected a whole number, found the text \"two\""});
}

TEST_F(SchemaRefConfinementTest, DotDotOutOfTheTreeIsRefused) {
  auto schema = schemaReferring("../elsewhere/secret.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().file, schemaPath().string());
  EXPECT_EQ(schema.error().message,
            refusal("../elsewhere/secret.json",
                    "leaves the schema's directory " + schemasDir() +
                        ": careerlint resolves $ref only to files inside it"));
}

TEST_F(SchemaRefConfinementTest, DotDotThatComesBackInsideIsAllowed) {
  auto schema = schemaReferring("sub/../sub/common.json#/definitions/count");
  ASSERT_TRUE(schema) << schema.error().message;
}

TEST_F(SchemaRefConfinementTest, AnAbsolutePathElsewhereIsRefused) {
  const std::string secret = (base_ / "elsewhere" / "secret.json").string();
  auto schema = schemaReferring(secret);
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().file, schemaPath().string());
  EXPECT_EQ(schema.error().message,
            refusal(secret, "leaves the schema's directory " + schemasDir() +
                                ": careerlint resolves $ref only to files inside it"));
}

TEST_F(SchemaRefConfinementTest, AnAbsolutePathInsideTheTreeIsAllowed) {
  auto schema =
      schemaReferring((base_ / "schemas" / "sub" / "common.json").string() + "#/definitions/count");
  ASSERT_TRUE(schema) << schema.error().message;
}

TEST_F(SchemaRefConfinementTest, ASymbolicLinkOutOfTheTreeIsRefused) {
  fs::create_symlink(base_ / "elsewhere" / "secret.json", base_ / "schemas" / "link.json");
  auto schema = schemaReferring("link.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            refusal("link.json", "is a symbolic link to " +
                                     (base_ / "elsewhere" / "secret.json").string() +
                                     ", outside the schema's directory " + schemasDir() +
                                     ": careerlint resolves $ref only to files inside it"));
}

TEST_F(SchemaRefConfinementTest, ASymbolicLinkToADirectoryOutOfTheTreeIsRefused) {
  fs::create_directory_symlink(base_ / "elsewhere", base_ / "schemas" / "out");
  auto schema = schemaReferring("out/secret.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            refusal("out/secret.json", "is a symbolic link to " +
                                           (base_ / "elsewhere" / "secret.json").string() +
                                           ", outside the schema's directory " + schemasDir() +
                                           ": careerlint resolves $ref only to files inside it"));
}

TEST_F(SchemaRefConfinementTest, UrlsAreRefused) {
  for (const std::string url :
       {"http://example.com/s.json", "https://example.com/s.json#/definitions/a",
        "file:///etc/passwd", "ftp://example.com/s.json"}) {
    SCOPED_TRACE(url);
    auto schema = schemaReferring(url);
    ASSERT_FALSE(schema);
    EXPECT_EQ(schema.error().message,
              refusal(url, "is a URL: careerlint does not fetch schemas; refer to a file inside " +
                               schemasDir() + " by a relative path"));
  }
}

TEST_F(SchemaRefConfinementTest, AReferencedFileCannotEscapeEither) {
  write(base_ / "schemas" / "sub" / "hop.json", R"({"$ref": "../../elsewhere/secret.json"})");
  auto schema = schemaReferring("sub/hop.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(
      schema.error().message,
      "the schema is not valid: $ref \"../../elsewhere/secret.json\" (at the top level) leaves the "
      "schema's directory " +
          schemasDir() + ": careerlint resolves $ref only to files inside it");
}

TEST_F(SchemaRefConfinementTest, AMissingFileIsNamed) {
  auto schema = schemaReferring("sub/absent.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(
      schema.error().message,
      "the schema is not valid: $ref \"sub/absent.json\" (at /properties/x): there is no file " +
          (base_ / "schemas" / "sub" / "absent.json").string());
}

TEST_F(SchemaRefConfinementTest, FilesReferringToEachOtherCompile) {
  write(base_ / "schemas" / "sub" / "a.json",
        R"({"type": "object", "properties": {"next": {"$ref": "b.json"}}})");
  write(base_ / "schemas" / "sub" / "b.json",
        R"({"type": "object", "properties": {"next": {"$ref": "a.json"}}})");
  auto schema = schemaReferring("sub/a.json");
  ASSERT_TRUE(schema) << schema.error().message;
  EXPECT_EQ(
      schema_test::describe(schema_test::check("x: {next: {next: 3}}\n", *schema)),
      std::vector<std::string>{
          "schema/type 1:18 /x/next/next | x.next.next: expected a mapping, found the number 3"});
}

TEST(SchemaRefChecks, ATextSchemaCannotNameAFile) {
  auto schema = Schema::fromText(R"({"properties": {"x": {"$ref": "other.json"}}})", "inline.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            "the schema is not valid: $ref \"other.json\" (at /properties/x) names another file; "
            "only a schema "
            "read from a file may do that, and only to files in its own directory tree");
}

TEST(SchemaRefChecks, AReferenceToItselfIsRefusedBeforeValijsonRecursesForever) {
  auto schema = Schema::fromText(R"({"$ref": "#"})", "self.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().file, "self.json");
  EXPECT_EQ(schema.error().message,
            "the schema is not valid: $ref loops without reaching a schema: # -> #");
}

TEST(SchemaRefChecks, AChainOfReferencesInALoopIsRefused) {
  auto schema = Schema::fromText(
      R"({"definitions": {"a": {"$ref": "#/definitions/b"}, "b": {"$ref": "#/definitions/a"}},
          "properties": {"x": {"$ref": "#/definitions/a"}}})",
      "loop.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            "the schema is not valid: $ref loops without reaching a schema: #/definitions/a -> "
            "#/definitions/b -> "
            "#/definitions/a");
}

TEST(SchemaRefChecks, AReferenceToNothingIsNamed) {
  auto schema =
      Schema::fromText(R"({"properties": {"x": {"$ref": "#/definitions/none"}}})", "s.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            "the schema is not valid: $ref \"#/definitions/none\" (at /properties/x) points at "
            "nothing in the schema");
}

TEST(SchemaRefChecks, RecursionThroughTheDocumentIsFine) {
  auto schema = Schema::fromText(R"({"type": "array", "items": {"$ref": "#"}})", "tree.json");
  ASSERT_TRUE(schema) << schema.error().message;
  EXPECT_EQ(schema_test::describe(schema_test::check("[[[], [1]]]\n", *schema)),
            std::vector<std::string>{
                "schema/type 1:8 /0/1/0 | [0][1][0]: expected a list, found the number 1"});
}

TEST(SchemaRefChecks, ADeeplyNestedSchemaIsRefusedBeforeValijsonRecurses) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += R"({"items": )";
  deep += "{}";
  deep += std::string(100000, '}');
  auto schema = Schema::fromText(deep, "deep.json");
  ASSERT_FALSE(schema);
  EXPECT_EQ(schema.error().message,
            "the schema is not valid: the schema is nested more than 64 levels deep");
}

}  // namespace
}  // namespace careerlint
