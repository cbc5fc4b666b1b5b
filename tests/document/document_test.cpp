#include "careerlint/document.h"

#include <gtest/gtest.h>

namespace careerlint {
namespace {

Span at(std::uint32_t line, std::uint32_t column) {
  return Span{Position{line, column, 0}, Position{line, column + 1, 0}};
}

TEST(DocumentBuilder, ResolvesPlainScalarsByTheYaml12CoreSchema) {
  DocumentBuilder b;
  b.beginSequence({1, 1, 0});
  for (const char* text : {"null", "~", "", "true", "False", "42", "-7", "0x1F", "0o17", "1.5",
                           "-.inf", ".nan", "1e3", "yes", "2026-01-08", "C++", "5."}) {
    b.scalar(text, ScalarStyle::Plain, at(1, 1));
  }
  b.scalar("true", ScalarStyle::DoubleQuoted, at(1, 1));
  b.end({2, 1, 0});
  Document doc = b.finish();
  const Node* root = doc.root();
  ASSERT_TRUE(root && root->isSequence());
  const NodeKind expected[] = {
      NodeKind::Null,    NodeKind::Null,    NodeKind::Null,    NodeKind::Boolean, NodeKind::Boolean,
      NodeKind::Integer, NodeKind::Integer, NodeKind::Integer, NodeKind::Integer, NodeKind::Float,
      NodeKind::Float,   NodeKind::Float,   NodeKind::Float,   NodeKind::String,  NodeKind::String,
      NodeKind::String,  NodeKind::Float,   NodeKind::String};
  ASSERT_EQ(root->size(), std::size(expected));
  for (std::size_t i = 0; i < root->size(); ++i) {
    EXPECT_EQ(root->at(i)->kind(), expected[i]) << "item " << i << " " << root->at(i)->text();
  }
  EXPECT_FALSE(root->at(4)->boolean());
  EXPECT_EQ(root->at(6)->integer(), -7);
  EXPECT_EQ(root->at(7)->integer(), 31);
  EXPECT_EQ(root->at(8)->integer(), 15);
  EXPECT_DOUBLE_EQ(root->at(9)->number(), 1.5);
}

TEST(DocumentBuilder, KeepsMappingOrderMarksAndReportsDuplicateKeys) {
  DocumentBuilder b;
  b.beginMapping({1, 1, 0});
  b.scalar("title", ScalarStyle::Plain, at(1, 1));
  b.scalar("Nurses", ScalarStyle::Plain, at(1, 8));
  b.scalar("tasks", ScalarStyle::Plain, at(2, 1));
  b.beginSequence({3, 3, 0});
  b.scalar("Assess patients", ScalarStyle::Plain, at(3, 5));
  b.end({4, 1, 0});
  b.scalar("title", ScalarStyle::Plain, at(4, 1));
  b.scalar("Again", ScalarStyle::Plain, at(4, 8));
  b.end({5, 1, 0});
  Document doc = b.finish();
  const Node* root = doc.root();
  ASSERT_EQ(root->size(), 3u);
  EXPECT_EQ(root->members()[1].key->text(), "tasks");
  EXPECT_EQ(root->get("tasks")->at(0)->span().begin.line, 3u);
  EXPECT_EQ(root->get("tasks")->at(0)->span().begin.column, 5u);
  EXPECT_EQ(root->get("title")->text(), "Nurses");  // the first of duplicate keys
  ASSERT_EQ(b.duplicateKeys().size(), 1u);
  EXPECT_EQ(b.duplicateKeys()[0].key, "title");
  EXPECT_EQ(b.duplicateKeys()[0].duplicate.begin.line, 4u);
}

TEST(DocumentBuilder, DetectsDuplicatesInLargeMappingsToo) {
  DocumentBuilder b;
  b.beginMapping({1, 1, 0});
  for (int i = 0; i < 40; ++i) {
    b.scalar("k" + std::to_string(i % 39), ScalarStyle::Plain,
             at(static_cast<std::uint32_t>(i + 1), 1));
    b.integer(i, at(static_cast<std::uint32_t>(i + 1), 5));
  }
  b.end({41, 1, 0});
  Document doc = b.finish();
  ASSERT_EQ(b.duplicateKeys().size(), 1u);
  EXPECT_EQ(b.duplicateKeys()[0].key, "k0");
  EXPECT_EQ(b.duplicateKeys()[0].duplicate.begin.line, 40u);
}

TEST(DocumentBuilder, ResolvesTaggedScalarsAsTheirTagSaysOrRefusesThem) {
  DocumentBuilder b;
  b.beginSequence({1, 1, 0});
  EXPECT_TRUE(b.taggedScalar(NodeKind::Integer, "0x1F", ScalarStyle::DoubleQuoted, at(1, 1)));
  EXPECT_TRUE(b.taggedScalar(NodeKind::String, "12", ScalarStyle::Plain, at(1, 2)));
  EXPECT_TRUE(b.taggedScalar(NodeKind::Float, "1", ScalarStyle::Plain, at(1, 3)));
  EXPECT_TRUE(b.taggedScalar(NodeKind::Null, "", ScalarStyle::SingleQuoted, at(1, 4)));
  EXPECT_FALSE(b.taggedScalar(NodeKind::Boolean, "yes", ScalarStyle::Plain, at(1, 5)));
  EXPECT_FALSE(b.taggedScalar(NodeKind::Mapping, "", ScalarStyle::Plain, at(1, 6)));
  b.end({2, 1, 0});
  Document doc = b.finish();
  const Node* root = doc.root();
  ASSERT_EQ(root->size(), 4u);
  EXPECT_EQ(root->at(0)->integer(), 31);
  EXPECT_EQ(root->at(0)->text(), "0x1F");
  EXPECT_EQ(root->at(0)->style(), ScalarStyle::DoubleQuoted);
  EXPECT_EQ(root->at(1)->kind(), NodeKind::String);
  EXPECT_EQ(root->at(2)->kind(), NodeKind::Float);
  EXPECT_EQ(root->at(3)->kind(), NodeKind::Null);
}

TEST(DocumentBuilder, SharesAliasedNodes) {
  DocumentBuilder b;
  b.beginSequence({1, 1, 0});
  EXPECT_EQ(b.lastNode(), nullptr);
  b.string("once", at(1, 1));
  const Node* once = b.lastNode();
  b.alias(once);
  b.end({2, 1, 0});
  Document doc = b.finish();
  EXPECT_EQ(doc.root()->at(1), doc.root()->at(0));
  EXPECT_EQ(doc.root()->at(0), once);
  EXPECT_EQ(doc.nodeCount(), 2u);
  EXPECT_EQ(b.lastNode(), nullptr);  // the builder is empty after finish()
}

TEST(DocumentBuilder, KeepTopLevelKeysCopiesOnlyThoseWithTheirMarksAndKinds) {
  DocumentBuilder b;
  b.beginMapping({1, 1, 0});
  b.string("slug", at(1, 1));
  b.string("nurses", at(1, 7));
  b.string("tasks", at(2, 1));
  b.beginSequence({3, 3, 0});
  b.string("Assess", at(3, 5));
  b.end({4, 1, 0});
  b.string("related", at(4, 1));
  b.beginSequence({5, 3, 0});
  b.integer(42, at(5, 5));
  b.boolean(true, at(6, 5));
  b.null(at(7, 5));
  b.end({8, 1, 0});
  b.end({8, 1, 0});
  Document full = b.finish();
  Document kept = keepTopLevelKeys(full, {"slug", "related"});
  const Node* root = kept.root();
  ASSERT_EQ(root->size(), 2u);
  EXPECT_EQ(root->get("slug")->text(), "nurses");
  EXPECT_EQ(root->get("slug")->span().begin.column, 7u);
  EXPECT_EQ(root->get("tasks"), nullptr);
  EXPECT_EQ(root->get("related")->at(0)->integer(), 42);
  EXPECT_TRUE(root->get("related")->at(1)->boolean());
  EXPECT_TRUE(root->get("related")->at(2)->isNull());
  EXPECT_EQ(root->get("related")->at(2)->span().begin.line, 7u);
}

TEST(JsonPointer, ResolvesEscapedTokensAndIndices) {
  DocumentBuilder b;
  b.beginMapping({1, 1, 0});
  b.string("a/b", at(1, 1));
  b.beginSequence({1, 1, 0});
  b.string("zero", at(1, 1));
  b.string("one", at(2, 1));
  b.end({3, 1, 0});
  b.string("m~n", at(3, 1));
  b.boolean(true, at(3, 5));
  b.end({4, 1, 0});
  Document doc = b.finish();
  EXPECT_EQ(resolvePointer(doc.root(), "/a~1b/1")->text(), "one");
  EXPECT_TRUE(resolvePointer(doc.root(), "/m~0n")->boolean());
  EXPECT_EQ(resolvePointer(doc.root(), ""), doc.root());
  EXPECT_EQ(resolvePointer(doc.root(), "/a~1b/2"), nullptr);
  EXPECT_EQ(resolvePointer(doc.root(), "/a~1b/x"), nullptr);
  EXPECT_EQ(resolvePointer(doc.root(), "/missing"), nullptr);
  EXPECT_EQ(pointerJoin("/x", "a/b~"), "/x/a~1b~0");
  EXPECT_EQ(pointerJoin("/x", 3), "/x/3");
}

}  // namespace
}  // namespace careerlint
