// ScalarSourceMap: from a byte of a scalar's value to the exact place in the YAML file, through
// escapes, '', folding and block indentation; and encodeForScalar for edits there.
#include "careerlint/scalar_source.h"

#include <gtest/gtest.h>

#include <functional>

#include "careerlint/yaml_loader.h"
#include "support/harness.h"

namespace careerlint {
namespace {

Document load(const std::string& text) {
  auto loaded = loadYaml(text);
  EXPECT_TRUE(loaded) << (loaded ? "" : loaded.error().message);
  return loaded ? std::move(*loaded) : Document{};
}

// The span of the first occurrence of `part` in the value of top-level key `key`.
Span spanOfPart(const std::string& yaml, const Document& document, const std::string& key,
                const std::string& part) {
  const Node* node = document.root()->get(key);
  EXPECT_NE(node, nullptr);
  auto map = ScalarSourceMap::build(yaml, *node);
  EXPECT_TRUE(map.has_value()) << key;
  if (!map) return {};
  const std::size_t at = node->text().find(part);
  EXPECT_NE(at, std::string_view::npos);
  return map->spanOf(at, at + part.size());
}

std::string sourceOf(const std::string& yaml, const Span& span) {
  return yaml.substr(span.begin.offset, span.end.offset - span.begin.offset);
}

TEST(ScalarSourceMap, DoubleQuotedThroughEscapesAndFolding) {
  const std::string yaml =
      "a: \"caf\\u00e9 \\\"x\\\"\n"
      "  and then\n"
      "\n"
      "  Perhaps 50% of\\ttime\"\n";
  Document document = load(yaml);
  ASSERT_EQ(document.root()->get("a")->text(), "caf\xC3\xA9 \"x\" and then\nPerhaps 50% of\ttime");
  const Span perhaps = spanOfPart(yaml, document, "a", "Perhaps 50%");
  EXPECT_EQ(perhaps.begin.line, 4u);
  EXPECT_EQ(perhaps.begin.column, 3u);
  EXPECT_EQ(perhaps.end.column, 14u);
  EXPECT_EQ(sourceOf(yaml, perhaps), "Perhaps 50%");
  const Span escaped = spanOfPart(yaml, document, "a", "\xC3\xA9");
  EXPECT_EQ(sourceOf(yaml, escaped), "\\u00e9");
  EXPECT_EQ(escaped.begin.column, 8u);
  const Span tab = spanOfPart(yaml, document, "a", "\t");
  EXPECT_EQ(sourceOf(yaml, tab), "\\t");
  const Span quoted = spanOfPart(yaml, document, "a", "\"x\"");
  EXPECT_EQ(sourceOf(yaml, quoted), "\\\"x\\\"");
}

TEST(ScalarSourceMap, SingleQuotedAndPlainMultiLine) {
  const std::string yaml =
      "s: 'it''s a\n"
      "   long  line'\n"
      "p: first line\n"
      "   second TODO line\n";
  Document document = load(yaml);
  const Span apostrophe = spanOfPart(yaml, document, "s", "'");
  EXPECT_EQ(sourceOf(yaml, apostrophe), "''");
  const Span line = spanOfPart(yaml, document, "s", "long  line");
  EXPECT_EQ(line.begin.line, 2u);
  EXPECT_EQ(line.begin.column, 4u);
  const Span todo = spanOfPart(yaml, document, "p", "TODO");
  EXPECT_EQ(todo.begin.line, 4u);
  EXPECT_EQ(todo.begin.column, 11u);
  EXPECT_EQ(todo.end.column, 15u);
}

TEST(ScalarSourceMap, LiteralAndFoldedBlocks) {
  const std::string yaml =
      "l: |\n"
      "  one\n"
      "    two\n"
      "\n"
      "  three\n"
      "f: >-\n"
      "  folded\n"
      "  text\n"
      "\n"
      "  after a blank\n"
      "n: 1\n";
  Document document = load(yaml);
  EXPECT_EQ(document.root()->get("l")->text(), "one\n  two\n\nthree\n");
  EXPECT_EQ(document.root()->get("f")->text(), "folded text\nafter a blank");
  const Span two = spanOfPart(yaml, document, "l", "two");
  EXPECT_EQ(two.begin.line, 3u);
  EXPECT_EQ(two.begin.column, 5u);
  const Span three = spanOfPart(yaml, document, "l", "three");
  EXPECT_EQ(three.begin.line, 5u);
  const Span text = spanOfPart(yaml, document, "f", "text");
  EXPECT_EQ(text.begin.line, 8u);
  EXPECT_EQ(text.begin.column, 3u);
  const Span after = spanOfPart(yaml, document, "f", "after a blank");
  EXPECT_EQ(after.begin.line, 10u);
}

// Every scalar of the seed's record maps back, and every byte the map calls verbatim is that byte.
TEST(ScalarSourceMap, EveryScalarOfTheSeedRecordMapsByteForByte) {
  const std::string yaml = testing::readSourceFile("seeds/medical-assistants.yaml");
  Document document = load(yaml);
  std::size_t scalars = 0;
  std::function<void(const Node&)> visit = [&](const Node& node) {
    if (node.isMapping()) {
      for (const Node::Member& member : node.members()) visit(*member.value);
    } else if (node.isSequence()) {
      for (const Node* item : node.items()) visit(*item);
    } else if (node.isString() && !node.text().empty()) {
      ++scalars;
      auto map = ScalarSourceMap::build(yaml, node);
      ASSERT_TRUE(map.has_value()) << "line " << node.span().begin.line;
      for (std::size_t i = 0; i < node.text().size(); ++i) {
        if (!map->verbatim(i, i + 1)) continue;
        EXPECT_EQ(yaml[map->sourceRange(i, i + 1).first], node.text()[i]);
      }
    }
  };
  visit(*document.root());
  EXPECT_GT(scalars, 50u);
}

TEST(ScalarSourceMap, VerbatimOnlyWhereTheSourceIsTheValue) {
  const std::string yaml = "a: \"x\\ty z\"\n";
  Document document = load(yaml);
  auto map = ScalarSourceMap::build(yaml, *document.root()->get("a"));
  ASSERT_TRUE(map);
  EXPECT_TRUE(map->verbatim(0, 1));
  EXPECT_FALSE(map->verbatim(0, 2));  // the tab is an escape
  EXPECT_TRUE(map->verbatim(2, 5));
}

TEST(EncodeForScalar, EscapesForEachStyleAndRefusesWhatWouldChangeTheShape) {
  EXPECT_EQ(encodeForScalar("say \"hi\"\\", ScalarStyle::DoubleQuoted), "say \\\"hi\\\"\\\\");
  EXPECT_EQ(encodeForScalar("it's", ScalarStyle::SingleQuoted), "it''s");
  std::string why;
  EXPECT_FALSE(encodeForScalar("a: b", ScalarStyle::Plain, &why));
  EXPECT_NE(why.find("unquoted"), std::string::npos);
  EXPECT_FALSE(encodeForScalar("a\nb", ScalarStyle::Literal, &why));
  EXPECT_EQ(encodeForScalar("plain text.", ScalarStyle::Folded), "plain text.");
}

}  // namespace
}  // namespace careerlint
