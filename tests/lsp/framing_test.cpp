#include "lsp/framing.h"

#include <gtest/gtest.h>

namespace careerlint::lsp {
namespace {

TEST(LspFraming, YieldsAMessageOnlyOnceItsBodyHasArrived) {
  MessageReader reader;
  const std::string framed = frame(R"({"jsonrpc":"2.0","method":"initialized"})");
  reader.feed(framed.substr(0, 10));
  EXPECT_FALSE(reader.next());
  reader.feed(framed.substr(10, framed.size() - 11));
  EXPECT_FALSE(reader.next());
  reader.feed(framed.substr(framed.size() - 1));
  auto message = reader.next();
  ASSERT_TRUE(message);
  EXPECT_EQ(message->body, R"({"jsonrpc":"2.0","method":"initialized"})");
  EXPECT_TRUE(message->error.empty());
  EXPECT_FALSE(reader.next());
}

TEST(LspFraming, CountsContentLengthInBytesAndReadsTwoMessagesFedTogether) {
  MessageReader reader;
  const std::string first = R"({"text":"😀 患者"})";  // 4 + 1 + 6 bytes of UTF-8 inside
  reader.feed(frame(first) + "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n" +
              "content-length: 2\r\n\r\n{}");
  auto one = reader.next();
  auto two = reader.next();
  ASSERT_TRUE(one && two);
  EXPECT_EQ(one->body, first);
  EXPECT_EQ(two->body, "{}");
}

TEST(LspFraming, AHeaderWithoutContentLengthIsReportedAndSkipped) {
  MessageReader reader;
  reader.feed("Content-Type: x\r\n\r\n" + frame("{}"));
  auto bad = reader.next();
  ASSERT_TRUE(bad);
  EXPECT_NE(bad->error.find("Content-Length"), std::string::npos);
  auto good = reader.next();
  ASSERT_TRUE(good);
  EXPECT_EQ(good->body, "{}");
}

TEST(LspFraming, ABodyOverTheLimitIsSkippedNotBuffered) {
  MessageReader reader(100);
  reader.feed("Content-Length: 103\r\n\r\n");
  auto refused = reader.next();
  ASSERT_TRUE(refused);
  EXPECT_NE(refused->error.find("more than the limit"), std::string::npos);
  reader.feed(std::string(50, 'x'));
  EXPECT_FALSE(reader.next());
  reader.feed(std::string(53, 'x'));
  reader.feed(frame("{}"));
  auto next = reader.next();
  ASSERT_TRUE(next);
  EXPECT_EQ(next->body, "{}");
}

}  // namespace
}  // namespace careerlint::lsp
