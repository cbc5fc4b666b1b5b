#include "lint/read_document.h"

#include <gtest/gtest.h>

namespace careerlint::lint {
namespace {

TEST(ReadDocument, AYamlSyntaxErrorIsOneFindingAndNoDocument) {
  const ReadDocument read =
      readDocument(SourceFile{"r.yaml", "a: [b\n", SourceFile::Kind::Yaml}, YamlLimits{});
  EXPECT_FALSE(read.document);
  ASSERT_EQ(read.findings.size(), 1u);
  EXPECT_EQ(read.findings[0].ruleId, "yaml-syntax");
  EXPECT_EQ(read.findings[0].messageId, "syntax");
  EXPECT_EQ(read.findings[0].file, "r.yaml");
}

TEST(ReadDocument, ARecordPastTheLimitsIsRefusedUnderTheLimitId) {
  YamlLimits shallow;
  shallow.maxDepth = 1;
  const SourceFile source{"r.yaml", "a: {b: {c: d}}\n", SourceFile::Kind::Yaml};
  const ReadDocument refused = readDocument(source, shallow);
  EXPECT_FALSE(refused.document);
  ASSERT_EQ(refused.findings.size(), 1u);
  EXPECT_EQ(refused.findings[0].messageId, "limit");
  const ReadDocument read = readDocument(source, YamlLimits{});
  EXPECT_TRUE(read.document);
  EXPECT_TRUE(read.findings.empty());
}

TEST(ReadDocument, AnEmptyPageIsAnInputFormatFindingAtItsStart) {
  const ReadDocument read =
      readDocument(SourceFile{"p.txt", "", SourceFile::Kind::Page}, YamlLimits{});
  EXPECT_FALSE(read.document);
  ASSERT_EQ(read.findings.size(), 1u);
  EXPECT_EQ(read.findings[0].ruleId, "input-format");
  EXPECT_EQ(read.findings[0].messageId, "empty");
  EXPECT_EQ(read.findings[0].span.begin.line, 1u);
  EXPECT_EQ(read.findings[0].span.begin.column, 1u);
}

}  // namespace
}  // namespace careerlint::lint
