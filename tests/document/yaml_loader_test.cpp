#include "careerlint/yaml_loader.h"

#include <gtest/gtest.h>

#include <string>

#include "document/yaml_reader.h"

namespace careerlint {
namespace {

// "line:column@offset"
std::string at(const Position& p) {
  return std::to_string(p.line) + ":" + std::to_string(p.column) + "@" + std::to_string(p.offset);
}
std::string spanOf(const Node* node) {
  return node ? at(node->span().begin) + "-" + at(node->span().end) : "(no node)";
}
// "line:column@offset: message", or "loaded" when there is no error.
std::string errorOf(std::string_view yaml, const YamlLimits& limits = {}) {
  Expected<Document> doc = loadYaml(yaml, limits);
  if (doc) return "loaded";
  return at(doc.error().where) + ": " + doc.error().message;
}
Document load(std::string_view yaml) {
  Expected<Document> doc = loadYaml(yaml);
  if (!doc) {
    ADD_FAILURE() << "not loaded: " << at(doc.error().where) << ": " << doc.error().message;
    return Document();
  }
  return std::move(doc).value();
}

TEST(LoadYaml, ResolvesPlainScalarsByTheCoreSchemaAndKeepsQuotedOnesStrings) {
  Document doc = load(
      "a: ~\nb: true\nc: 42\nd: -1.5e3\ne: 0x1F\nf: yes\ng: '42'\nh: \"true\"\ni: 2026-01-08\n"
      "j: null\nk: .inf\n");
  const Node* root = doc.root();
  ASSERT_TRUE(root && root->isMapping());
  EXPECT_EQ(root->get("a")->kind(), NodeKind::Null);
  EXPECT_EQ(root->get("b")->kind(), NodeKind::Boolean);
  EXPECT_TRUE(root->get("b")->boolean());
  EXPECT_EQ(root->get("c")->integer(), 42);
  EXPECT_EQ(root->get("d")->kind(), NodeKind::Float);
  EXPECT_DOUBLE_EQ(root->get("d")->number(), -1500.0);
  EXPECT_EQ(root->get("e")->integer(), 31);
  EXPECT_EQ(root->get("f")->kind(), NodeKind::String);  // YAML 1.1's "yes" is a string in 1.2
  EXPECT_EQ(root->get("g")->kind(), NodeKind::String);
  EXPECT_EQ(root->get("g")->style(), ScalarStyle::SingleQuoted);
  EXPECT_EQ(root->get("h")->kind(), NodeKind::String);
  EXPECT_EQ(root->get("h")->text(), "true");
  EXPECT_EQ(root->get("i")->kind(), NodeKind::String);
  EXPECT_EQ(root->get("j")->kind(), NodeKind::Null);
  EXPECT_EQ(root->get("k")->kind(), NodeKind::Float);
}

TEST(LoadYaml, MarksEveryNodeFromBeginToEnd) {
  Document doc = load("title: Nurses\ntasks:\n  - Assess\n  - Treat\n");
  const Node* root = doc.root();
  EXPECT_EQ(spanOf(root), "1:1@0-4:10@41");
  EXPECT_EQ(spanOf(root->members()[0].key), "1:1@0-1:6@5");
  EXPECT_EQ(spanOf(root->get("title")), "1:8@7-1:14@13");
  EXPECT_EQ(spanOf(root->get("tasks")), "3:3@23-4:10@41");
  EXPECT_EQ(spanOf(root->get("tasks")->at(0)), "3:5@25-3:11@31");
  EXPECT_EQ(spanOf(root->get("tasks")->at(1)), "4:5@36-4:10@41");
}

TEST(LoadYaml, UnescapesQuotedScalarsAndMarksThemWithTheirQuotes) {
  Document doc = load("a: \"tab\\there \\u00e9 \\\"q\\\"\"\nb: 'it''s'\nc: \"two\n  lines\"\n");
  const Node* root = doc.root();
  EXPECT_EQ(root->get("a")->text(), "tab\there \xC3\xA9 \"q\"");
  EXPECT_EQ(root->get("a")->style(), ScalarStyle::DoubleQuoted);
  EXPECT_EQ(spanOf(root->get("a")), "1:4@3-1:28@27");
  EXPECT_EQ(root->get("b")->text(), "it's");
  EXPECT_EQ(spanOf(root->get("b")), "2:4@31-2:11@38");
  EXPECT_EQ(root->get("c")->text(), "two lines");
  EXPECT_EQ(spanOf(root->get("c")), "3:4@42-4:9@55");
}

TEST(LoadYaml, ReadsBlockScalarsFromTheirIndicator) {
  Document doc = load(
      "lit: |\n  one\n  two\nstrip: |-\n  kept\nfold: > # note | >\n  a\n  b\n\n  c\nend: 1\n");
  const Node* root = doc.root();
  EXPECT_EQ(root->get("lit")->text(), "one\ntwo\n");
  EXPECT_EQ(root->get("lit")->style(), ScalarStyle::Literal);
  EXPECT_EQ(spanOf(root->get("lit")), "1:6@5-4:1@19");
  EXPECT_EQ(root->get("strip")->text(), "kept");
  EXPECT_EQ(spanOf(root->get("strip")), "4:8@26-6:1@36");
  EXPECT_EQ(root->get("fold")->text(), "a b\nc\n");
  EXPECT_EQ(root->get("fold")->style(), ScalarStyle::Folded);
  EXPECT_EQ(spanOf(root->get("fold")), "6:7@42-11:1@68");
}

TEST(LoadYaml, ReadsFlowCollectionsWithTheirBrackets) {
  Document doc = load("skills: [C++, {name: Go, years: 2}, []]\n");
  const Node* skills = doc.root()->get("skills");
  ASSERT_TRUE(skills && skills->isSequence());
  ASSERT_EQ(skills->size(), 3u);
  EXPECT_EQ(spanOf(skills), "1:9@8-1:40@39");
  EXPECT_EQ(skills->at(0)->text(), "C++");
  EXPECT_EQ(spanOf(skills->at(1)), "1:15@14-1:35@34");
  EXPECT_EQ(skills->at(1)->get("years")->integer(), 2);
  EXPECT_EQ(skills->at(2)->size(), 0u);
  EXPECT_EQ(spanOf(skills->at(2)), "1:37@36-1:39@38");
}

TEST(LoadYaml, PlacesEmptyValuesAfterTheirColon) {
  Document doc = load("a:\nb: # nothing\n  \nc: 1\n");
  EXPECT_EQ(doc.root()->get("a")->kind(), NodeKind::Null);
  EXPECT_EQ(spanOf(doc.root()->get("a")), "1:3@2-1:3@2");
  EXPECT_EQ(spanOf(doc.root()->get("b")), "2:3@5-2:3@5");
}

TEST(LoadYaml, HonoursCoreTagsAndKeepsOtherTagsAsStrings) {
  Document doc = load(
      "s: !!str 12\ni: !!int \"12\"\nf: !!float 1\nb: !!bool 'true'\nn: !!null ''\n"
      "o: !custom 42\nx: ! 7\nm: !!map {a: 1}\nq: !!seq [1]\nt: !!timestamp 2001-12-14\n");
  const Node* root = doc.root();
  EXPECT_EQ(root->get("s")->kind(), NodeKind::String);
  EXPECT_EQ(root->get("s")->text(), "12");
  EXPECT_EQ(root->get("i")->kind(), NodeKind::Integer);
  EXPECT_EQ(root->get("i")->integer(), 12);
  EXPECT_EQ(root->get("f")->kind(), NodeKind::Float);
  EXPECT_EQ(root->get("b")->kind(), NodeKind::Boolean);
  EXPECT_EQ(root->get("n")->kind(), NodeKind::Null);
  EXPECT_EQ(root->get("o")->kind(), NodeKind::String);
  EXPECT_EQ(root->get("x")->kind(), NodeKind::String);
  EXPECT_EQ(root->get("m")->kind(), NodeKind::Mapping);
  EXPECT_EQ(root->get("q")->kind(), NodeKind::Sequence);
  EXPECT_EQ(root->get("t")->kind(), NodeKind::String);
  EXPECT_EQ(spanOf(root->get("s")), "1:10@9-1:12@11");
}

TEST(LoadYaml, RefusesValuesTheirCoreTagDoesNotFit) {
  EXPECT_EQ(errorOf("a: 1\nb: !!int twelve\n"),
            "2:10@14: \"twelve\" is not a valid !!int (integer)");
  EXPECT_EQ(errorOf("a: !!bool yes\n"), "1:11@10: \"yes\" is not a valid !!bool (boolean)");
  EXPECT_EQ(errorOf("a: !!map [1]\n"), "1:10@9: the tag !!map does not fit a list");
  EXPECT_EQ(errorOf("a: !!seq x\n"), "1:10@9: the tag !!seq does not fit a scalar");
  EXPECT_EQ(errorOf("a: !!str {b: 1}\n"), "1:10@9: the tag !!str does not fit a mapping");
}

TEST(LoadYaml, SharesAnAliasedNodeInsteadOfCopyingIt) {
  Document doc = load("base: &pay {median: 100}\ncopy: *pay\nname: &n Nurse\nagain: *n\n");
  const Node* root = doc.root();
  EXPECT_EQ(root->get("copy"), root->get("base"));
  EXPECT_EQ(root->get("again"), root->get("name"));
  EXPECT_EQ(root->get("copy")->get("median")->integer(), 100);
  EXPECT_EQ(doc.nodeCount(), 9u);  // the root, 4 keys, {median: 100} (3 nodes), "Nurse"
}

TEST(LoadYaml, RefusesUndefinedAndRecursiveAliases) {
  EXPECT_EQ(errorOf("a: 1\nb: *nowhere\n"),
            "2:4@8: the alias *nowhere names no anchor: &nowhere must be defined before it");
  EXPECT_EQ(errorOf("a: &loop [1, *loop]\n"),
            "1:14@13: the alias *loop is inside the node it names; careerlint does not read "
            "recursive data");
  EXPECT_EQ(errorOf("- *later\n- &later 1\n"),
            "1:3@2: the alias *later names no anchor: &later must be defined before it");
}

TEST(LoadYaml, UsesTheLatestDefinitionOfAnAnchor) {
  Document doc = load("- &a [&a x, *a]\n- *a\n");
  const Node* root = doc.root();
  EXPECT_EQ(root->at(0)->at(1)->text(), "x");
  EXPECT_EQ(root->at(1)->text(), "x");
}

TEST(LoadYaml, RefusesABillionLaughsWithoutExpandingIt) {
  std::string yaml =
      "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char name = 'b'; name <= 'i'; ++name) {
    yaml += std::string(1, name) + ": &" + std::string(1, name) + " [";
    for (int i = 0; i < 9; ++i) yaml += std::string(i ? "," : "") + "*" + std::string(1, name - 1);
    yaml += "]\n";
  }
  // g's list would hold 9^6 strings: refused at its first alias, before the second.
  EXPECT_EQ(errorOf(yaml),
            "7:8@244: aliases would expand this document to more than 1000000 nodes; careerlint "
            "refuses it (a \"billion laughs\" file?)");
}

TEST(LoadYaml, LimitsAliasesAndNodes) {
  YamlLimits limits;
  limits.maxAliases = 2;
  EXPECT_EQ(errorOf("a: &a 1\nb: [*a, *a, *a]\n", limits),
            "2:13@20: more than 2 aliases in one document");
  limits = YamlLimits{};
  limits.maxExpandedNodes = 4;
  EXPECT_EQ(errorOf("[1, 2, 3, 4]\n", limits), "1:11@10: the document has more than 4 nodes");
}

TEST(LoadYaml, RefusesNestingBeyondTheLimitWhereItStarts) {
  // 100,000 levels: refused at the 257th without recursing (this test runs under ASan too).
  EXPECT_EQ(errorOf(std::string(100'000, '[')),
            "1:257@256: lists and mappings are nested more than 256 levels deep");
  std::string dashes;
  for (int i = 0; i < 100'000; ++i) dashes += "- ";
  EXPECT_EQ(errorOf(dashes + "x\n"),
            "1:513@512: lists and mappings are nested more than 256 levels deep");
  std::string mappings;
  for (int i = 0; i < 300; ++i) mappings += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
  YamlLimits limits;
  limits.maxDepth = 3;
  EXPECT_EQ(errorOf(mappings, limits),
            "4:4@15: lists and mappings are nested more than 3 levels deep");
  EXPECT_EQ(errorOf(std::string(256, '[') + std::string(256, ']')), "loaded");
}

TEST(LoadYaml, RefusesDuplicateKeysNamingBothLines) {
  EXPECT_EQ(errorOf("title: A\nslug: a\ntitle: B\n"),
            "3:1@17: duplicate key \"title\" (first at line 1)");
  EXPECT_EQ(errorOf("outer:\n  k: 1\n  \"k\": 2\n"),
            "3:3@16: duplicate key \"k\" (first at line 2)");
}

TEST(LoadYaml, SaysWhyATextWasRefused) {
  using namespace std::string_literals;
  const auto problemOf = [](std::string_view yaml) {
    YamlProblem problem = YamlProblem::Syntax;
    YamlLimits limits;
    limits.maxDepth = 2;
    (void)loadYaml(yaml, limits, &problem);
    return problem;
  };
  EXPECT_EQ(problemOf("a: 1\n"), YamlProblem::None);
  EXPECT_EQ(problemOf("a: b: c\n"), YamlProblem::Syntax);
  EXPECT_EQ(problemOf("a: *none\n"), YamlProblem::Syntax);
  EXPECT_EQ(problemOf("a: !!int x\n"), YamlProblem::Syntax);
  EXPECT_EQ(problemOf("a: 1\na: 2\n"), YamlProblem::DuplicateKey);
  EXPECT_EQ(problemOf("[[[1]]]\n"), YamlProblem::Limit);
  EXPECT_EQ(problemOf("\xFF\xFE"
                      "a\0"s),
            YamlProblem::Encoding);
  EXPECT_EQ(problemOf("a: \xC0\n"), YamlProblem::Encoding);
  EXPECT_EQ(problemOf("a: 1\n\0"s), YamlProblem::NulByte);
}

TEST(LoadYaml, ReadsAnEmptyTextAsANullDocument) {
  for (std::string_view yaml : {"", "# only a comment\n", "\n\n", "---\n"}) {
    Document doc = load(yaml);
    ASSERT_NE(doc.root(), nullptr) << "'" << yaml << "'";
    EXPECT_TRUE(doc.root()->isNull()) << "'" << yaml << "'";
  }
  EXPECT_EQ(spanOf(load("").root()), "1:1@0-1:1@0");
  Expected<Document> none = loadYaml(std::string_view());
  ASSERT_TRUE(none.hasValue());
  EXPECT_TRUE(none->root()->isNull());
}

TEST(LoadYaml, KeepsTheFirstDocumentOfAStream) {
  Document doc = load("--- first\n--- {second: [a, a]}\n...\n");
  EXPECT_EQ(doc.root()->text(), "first");
  EXPECT_EQ(doc.nodeCount(), 1u);
  // Later documents are still read for syntax, not for duplicate keys or aliases.
  EXPECT_EQ(errorOf("a: 1\n---\nb: [\n"),
            "3:4@12: YAML syntax error: flow sequence without a closing bracket");
  EXPECT_EQ(errorOf("a: 1\n---\nb: 1\nb: *x\n"), "loaded");
}

TEST(LoadYaml, ReportsSyntaxErrorsInTheParsersWordsAtTheSpot) {
  EXPECT_EQ(errorOf("title: a: b\n"),
            "1:9@8: YAML syntax error: mapping values are not allowed here (a value that contains "
            "\": \" must be put in quotes)");
  EXPECT_EQ(errorOf("a: 1\nb\n"), "2:1@5: YAML syntax error: invalid value after mapping");
  EXPECT_EQ(errorOf("a: \"open\n"),
            "1:4@3: YAML syntax error: double-quoted scalar without closing quote");
  EXPECT_EQ(errorOf("a:\n\t- x\n"),
            "2:1@3: YAML syntax error: tab character may not be used as indentation");
  EXPECT_EQ(errorOf("--- |0\n"), "1:4@3: YAML syntax error: indentation indicator 0");
}

TEST(LoadYaml, PointsAtTheBracketOrQuoteThatWasNeverClosed) {
  // libfyaml notices at the end of the text; the editor needs the opening.
  EXPECT_EQ(errorOf("skills: [C++, Go\n\nnext: 1\n"),
            "1:9@8: YAML syntax error: flow sequence without a closing bracket");
  EXPECT_EQ(errorOf("a: [1, [2, 3]\n"),
            "1:4@3: YAML syntax error: flow sequence without a closing bracket");
  EXPECT_EQ(errorOf("a: 'it is\n"),
            "1:4@3: YAML syntax error: single-quoted scalar without closing quote");
}

TEST(YamlSyntaxErrorMessage, KeepsTheReasonInAnEditorsWords) {
  EXPECT_EQ(yaml::syntaxErrorMessage("plain scalar is malformed UTF8 "),
            "YAML syntax error: plain scalar is malformed UTF-8");
  EXPECT_EQ(yaml::syntaxErrorMessage("wrong indendation in sequence while in mapping"),
            "YAML syntax error: wrong indentation in sequence while in mapping");
  EXPECT_EQ(yaml::syntaxErrorMessage("Invalid low surrogate value"),
            "YAML syntax error: invalid low surrogate value");
  EXPECT_EQ(yaml::syntaxErrorMessage("illegal arguments to fy_save_simple_key"),
            "YAML syntax error: the text cannot be read from here on");
  EXPECT_EQ(yaml::syntaxErrorMessage(""),
            "YAML syntax error: the text cannot be read from here on");
}

TEST(LoadYaml, SkipsAUtf8ByteOrderMark) {
  Document doc = load("\xEF\xBB\xBFtitle: Nurse\n");
  EXPECT_EQ(doc.root()->get("title")->text(), "Nurse");
  EXPECT_EQ(spanOf(doc.root()->members()[0].key), "1:1@3-1:6@8");
  EXPECT_EQ(errorOf("\xEF\xBB\xBF"
                    "a: \xFF\n"),
            "1:4@6: invalid UTF-8: byte 0xFF at byte offset 6; careerlint reads UTF-8 (was the "
            "file saved as Latin-1 or Windows-1252?)");
}

TEST(LoadYaml, RefusesUtf16AndUtf32) {
  using namespace std::string_literals;
  EXPECT_EQ(errorOf("\xFF\xFE"
                    "a\0:\0"s),
            "1:1@0: the file is UTF-16; careerlint reads UTF-8");
  EXPECT_EQ(errorOf("\xFE\xFF\0a\0:"s), "1:1@0: the file is UTF-16; careerlint reads UTF-8");
  EXPECT_EQ(errorOf("a\0:\0 \0"
                    "1\0"s),
            "1:1@0: the file is UTF-16; careerlint reads UTF-8");
  EXPECT_EQ(errorOf("\0a\0:"s), "1:1@0: the file is UTF-16; careerlint reads UTF-8");
  EXPECT_EQ(errorOf("\xFF\xFE\0\0a\0\0\0"s), "1:1@0: the file is UTF-32; careerlint reads UTF-8");
  EXPECT_EQ(errorOf("\0\0\0a"s), "1:1@0: the file is UTF-32; careerlint reads UTF-8");
}

TEST(LoadYaml, RefusesInvalidUtf8AtItsLineColumnAndOffset) {
  // "é" is 2 bytes and one column; the stray byte is the 6th code point of line 2.
  EXPECT_EQ(errorOf("a: 1\nb: \xC3\xA9t\xE9\n"),
            "2:6@11: invalid UTF-8: byte 0xE9 at byte offset 11; careerlint reads UTF-8 (was the "
            "file saved as Latin-1 or Windows-1252?)");
  EXPECT_EQ(errorOf("a: \xED\xA0\x80\n"),  // an encoded surrogate
            "1:4@3: invalid UTF-8: byte 0xED at byte offset 3; careerlint reads UTF-8 (was the "
            "file saved as Latin-1 or Windows-1252?)");
}

TEST(LoadYaml, RefusesNulBytesAtTheSpot) {
  using namespace std::string_literals;
  EXPECT_EQ(errorOf("a: 1\nb: x\0y\n"s),
            "2:5@9: the file contains a NUL byte (0x00), which YAML does not allow");
}

TEST(LoadYaml, CountsLinesOfCrlfText) {
  Document doc = load("a: 1\r\nb:\r\n  - x\r\n");
  EXPECT_EQ(spanOf(doc.root()->get("a")), "1:4@3-1:5@4");
  EXPECT_EQ(spanOf(doc.root()->get("b")->at(0)), "3:5@14-3:6@15");
  EXPECT_EQ(errorOf("a: 1\r\nb\r\n"), "2:1@6: YAML syntax error: invalid value after mapping");
  Document block = load("a: |\r\n  x\r\n  y\r\nb: 1\r\n");
  EXPECT_EQ(block.root()->get("a")->text(), "x\ny\n");  // line breaks are read as LF
  EXPECT_EQ(spanOf(block.root()->get("b")), "4:4@19-4:5@20");
}

TEST(LoadYaml, CountsColumnsInCodePoints) {
  // "é" is 2 bytes, "🩺" 4 bytes; each is one column. A tab is one column too.
  Document doc = load("é🩺: [ü, x]\nb:\ty\n");
  const Node* root = doc.root();
  EXPECT_EQ(spanOf(root->members()[0].key), "1:1@0-1:3@6");
  EXPECT_EQ(spanOf(root->members()[0].value->at(1)), "1:9@13-1:10@14");
  EXPECT_EQ(spanOf(root->get("b")), "2:4@19-2:5@20");
  EXPECT_EQ(errorOf("é🩺: [ü, x\n"),
            "1:5@8: YAML syntax error: flow sequence without a closing bracket");
  EXPECT_EQ(errorOf("né: a: b\n"),
            "1:6@6: YAML syntax error: mapping values are not allowed here (a value that contains "
            "\": \" must be put in quotes)");
}

TEST(LoadYaml, RefusesLinesLongerThanTheLimit) {
  YamlLimits limits;
  limits.maxLineLength = 10;
  EXPECT_EQ(errorOf("a: 1\nb: 0123456789\n", limits),
            "2:1@5: line is 13 bytes long; careerlint reads lines of up to 10 bytes");
  EXPECT_EQ(errorOf("a: 1\nb: 0123456\n", limits), "loaded");
}

}  // namespace
}  // namespace careerlint
