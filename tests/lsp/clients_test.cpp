// `careerlint lsp` as a process, driven by real clients: VS Code's protocol library
// (tests/lsp/client.mjs, npm packages from tests/node) and Neovim's built-in client
// (tests/lsp/nvim_client.lua).
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "lsp/framing.h"
#include "support/harness.h"
#include "util/utf8.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path& kSource = testing::sourceDir();

std::string framed(const json& message) { return lsp::frame(message.dump()); }

std::string initialize(int id = 1) {
  return framed(
      {{"jsonrpc", "2.0"},
       {"id", id},
       {"method", "initialize"},
       {"params",
        {{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", json::object()}}}});
}

TEST(LspProcess, ExitsZeroAfterShutdownAndExit) {
  testing::RunOptions options;
  options.stdinText =
      initialize() +
      framed({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}}) +
      framed({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}}) +
      framed({{"jsonrpc", "2.0"}, {"method", "exit"}});
  const auto result = testing::runCareerlint({"lsp"}, options);
  EXPECT_EQ(result.exitCode, 0) << result.err;
  EXPECT_NE(result.out.find("\"positionEncoding\":\"utf-16\""), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("Content-Length: "), std::string::npos);
  EXPECT_TRUE(result.err.empty()) << result.err;
}

TEST(LspProcess, ExitsOneWithoutShutdownOrWhenInputEnds) {
  testing::RunOptions options;
  options.stdinText = initialize() + framed({{"jsonrpc", "2.0"}, {"method", "exit"}});
  EXPECT_EQ(testing::runCareerlint({"lsp"}, options).exitCode, 1);
  options.stdinText = initialize();
  EXPECT_EQ(testing::runCareerlint({"lsp", "--stdio"}, options).exitCode, 1);
}

TEST(LspProcess, AMalformedMessageGetsAnErrorAndTheServerGoesOn) {
  testing::RunOptions options;
  options.stdinText = "Content-Length: 9\r\n\r\n{not json" + std::string("X-Nonsense: 1\r\n\r\n") +
                      initialize(7) +
                      framed({{"jsonrpc", "2.0"}, {"id", 8}, {"method", "shutdown"}}) +
                      framed({{"jsonrpc", "2.0"}, {"method", "exit"}});
  const auto result = testing::runCareerlint({"lsp"}, options);
  EXPECT_EQ(result.exitCode, 0) << result.err;
  EXPECT_NE(result.out.find("\"code\":-32700"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("Content-Length"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("\"id\":8,\"jsonrpc\":\"2.0\",\"result\":null"), std::string::npos)
      << result.out;
}

// tests/node's packages (`npm ci` in tests/node, as the test set-up does).
void requireNodePackages() {
  ASSERT_TRUE(fs::exists(kSource / "tests/node/node_modules/vscode-languageserver-protocol"))
      << "run (cd tests/node && npm ci --no-audit --no-fund) first";
}

// tests/lsp/client.mjs drives `careerlint lsp` through VS Code's library in `encoding`.
void expectVsCodeClientPasses(const std::string& encoding) {
  ASSERT_NO_FATAL_FAILURE(requireNodePackages());
  const auto result = testing::run(
      {"node", (kSource / "tests/lsp/client.mjs").string(), CAREERLINT_BINARY, encoding}, kSource);
  EXPECT_EQ(result.exitCode, 0) << result.out << result.err;
  EXPECT_NE(result.out.find("careerlint lsp client test (" + encoding + "): passed"),
            std::string::npos)
      << result.out << result.err;
}

TEST(LspClients, VsCodesProtocolLibraryWithUtf8Positions) { expectVsCodeClientPasses("utf-8"); }

TEST(LspClients, VsCodesProtocolLibraryWithUtf16Positions) { expectVsCodeClientPasses("utf-16"); }

std::vector<std::string> linesOf(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Neovim's own client on the seed: it must show exactly what `careerlint lint` reports, each at
// the same place (Neovim keeps byte columns; careerlint's are code points).
TEST(LspClients, NeovimShowsTheFindingsOfTheSeedWhereTheCliPutsThem) {
  testing::TempDir dir;
  const std::string page = testing::readFile(kSource / "seeds/medical-assistants.txt");
  const fs::path path = dir.write("medical-assistants.txt", page);
  const auto lint = testing::runCareerlint({"lint", "--format", "json", path.string()}, dir.path());
  const json report = json::parse(lint.out);
  const std::vector<std::string> pageLines = linesOf(page);
  std::vector<std::string> expected;
  for (const json& finding : report["findings"]) {
    const std::size_t line = finding["span"]["line"].get<std::size_t>();
    const std::size_t column = finding["span"]["column"].get<std::size_t>();
    std::size_t byte = 0;
    const std::string& text = pageLines.at(line - 1);
    for (std::size_t i = 1; i < column && byte < text.size(); ++i)
      byte += utf8::sequenceLength(static_cast<unsigned char>(text[byte]));
    expected.push_back(std::to_string(line - 1) + ":" + std::to_string(byte) + " " +
                       finding["severity"].get<std::string>() + " " +
                       finding["ruleId"].get<std::string>() + " " +
                       finding["message"].get<std::string>());
  }
  std::sort(expected.begin(), expected.end());
  ASSERT_FALSE(expected.empty()) << lint.out << lint.err;

  const fs::path output = dir.path() / "diagnostics.txt";
  testing::RunOptions options;
  options.workingDirectory = dir.path();
  options.environment = {{"CAREERLINT_BINARY", CAREERLINT_BINARY},
                         {"CAREERLINT_PAGE", path.string()},
                         {"CAREERLINT_OUTPUT", output.string()}};
  const auto nvim = testing::run({"nvim", "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c",
                                  "luafile " + (kSource / "tests/lsp/nvim_client.lua").string()},
                                 options);
  const std::string received = testing::readFile(output);
  EXPECT_EQ(nvim.exitCode, 0) << received << nvim.out << nvim.err;
  std::vector<std::string> got = linesOf(received);
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, expected) << received;
  std::cout << "Neovim received for the seed:\n" << received;
}

}  // namespace
}  // namespace careerlint
