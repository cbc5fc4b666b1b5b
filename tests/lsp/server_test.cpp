// The language server in process: messages in, messages out, documents in a temporary
// workspace. The real clients (VS Code's protocol library, Neovim) are in clients_test.cpp.
#include "lsp/server.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "support/harness.h"

namespace careerlint::lsp {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::TempDir;

std::string seedPage() { return testing::readSourceFile("seeds/medical-assistants.txt"); }
std::string seedRecord() { return testing::readSourceFile("seeds/medical-assistants.yaml"); }

// A task whose space before the comma comes after CJK and an emoji:
//   code points before the space: 22; UTF-16 units: 23 (😀 is a surrogate pair);
//   UTF-8 bytes: 31 (• 3, 患者 6, 😀 4, the rest ASCII).
const std::string kEmojiTask =
    "- \xE2\x80\xA2Greet \xE6\x82\xA3\xE8\x80\x85 \xF0\x9F\x98\x80 patients , then record vitals.";

std::string pageWithEmojiTask() {
  std::string page = seedPage();
  const std::string heading = "\xF0\x9F\x93\x8BKey Responsibilities\n";  // 📋
  const std::size_t at = page.find(heading);
  EXPECT_NE(at, std::string::npos);
  page.insert(at + heading.size(), kEmojiTask + "\n");
  return page;
}

std::uint32_t lineOf(const std::string& text, const std::string& line) {
  const std::size_t at = text.find(line);
  return static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + at, '\n'));
}

json lspRange(std::uint32_t startLine, std::uint32_t startCharacter, std::uint32_t endLine,
              std::uint32_t endCharacter) {
  json range = json::object();
  range["start"] = {{"line", startLine}, {"character", startCharacter}};
  range["end"] = {{"line", endLine}, {"character", endCharacter}};
  return range;
}

// An incremental change.
json replacement(const json& range, const std::string& text) {
  json change = json::object();
  change["range"] = range;
  change["text"] = text;
  return change;
}

class Client {
 public:
  explicit Client(std::vector<std::string> encodings = {"utf-16"}) {
    const json init = request(
        "initialize", {{"processId", nullptr},
                       {"rootUri", nullptr},
                       {"capabilities", {{"general", {{"positionEncodings", encodings}}}}}});
    capabilities = init["result"]["capabilities"];
    notify("initialized", json::object());
  }

  json request(const std::string& method, const json& params) {
    const int id = nextId_++;
    server.receive(
        json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}}.dump());
    for (const json& message : sent) {
      if (message.contains("id") && message["id"] == id && !message.contains("method"))
        return message;
    }
    ADD_FAILURE() << "no response to " << method;
    return json();
  }
  void notify(const std::string& method, const json& params) {
    server.receive(json{{"jsonrpc", "2.0"}, {"method", method}, {"params", params}}.dump());
  }
  void open(const std::string& uri, const std::string& text, int version = 1) {
    notify("textDocument/didOpen",
           {{"textDocument",
             {{"uri", uri}, {"languageId", "plaintext"}, {"version", version}, {"text", text}}}});
  }
  void change(const std::string& uri, int version, const json& changes) {
    json params = json::object();
    params["textDocument"] = {{"uri", uri}, {"version", version}};
    params["contentChanges"] = changes;
    notify("textDocument/didChange", params);
  }
  // The publishDiagnostics sent for `uri` since the last call.
  std::vector<json> published(const std::string& uri) {
    std::vector<json> found;
    for (std::size_t i = seen_; i < sent.size(); ++i) {
      if (sent[i].value("method", "") == "textDocument/publishDiagnostics" &&
          sent[i]["params"]["uri"] == uri)
        found.push_back(sent[i]["params"]);
    }
    seen_ = sent.size();
    return found;
  }

  std::vector<json> sent;
  Server server{[this](const json& message) { sent.push_back(message); }};
  json capabilities;

 private:
  int nextId_ = 1;
  std::size_t seen_ = 0;
};

json findDiagnostic(const json& diagnostics, const std::string& code, std::uint32_t line) {
  for (const json& diagnostic : diagnostics) {
    if (diagnostic["code"] == code && diagnostic["range"]["start"]["line"] == line)
      return diagnostic;
  }
  return json();
}

TEST(LspServer, NegotiatesUtf8WhenTheClientOffersItAndUtf16Otherwise) {
  EXPECT_EQ(Client({"utf-16", "utf-8"}).capabilities["positionEncoding"], "utf-8");
  EXPECT_EQ(Client({"utf-16"}).capabilities["positionEncoding"], "utf-16");
  EXPECT_EQ(Client(std::vector<std::string>{}).capabilities["positionEncoding"], "utf-16");
}

// What a client in `encoding` is sent for the page with the emoji task, once it is opened.
std::vector<json> publishedForEmojiPage(const std::string& encoding) {
  TempDir dir;
  const std::string page = pageWithEmojiTask();
  const fs::path path = dir.write("medical-assistants.txt", page);
  Client client({encoding});
  const std::string uri = uriOfPath(path);
  client.open(uri, page);
  client.server.checkPending();
  return client.published(uri);
}

json emojiTaskDiagnostic(const json& publication) {
  return findDiagnostic(publication["diagnostics"], "whitespace-and-punctuation",
                        lineOf(pageWithEmojiTask(), kEmojiTask));
}

TEST(LspServer, RangesAreExactOnALineWithCjkAndAnEmojiInUtf16) {
  const auto published = publishedForEmojiPage("utf-16");
  ASSERT_EQ(published.size(), 1u);
  EXPECT_EQ(published[0]["version"], 1);
  const json diagnostic = emojiTaskDiagnostic(published[0]);
  ASSERT_FALSE(diagnostic.is_null()) << published[0].dump(2);
  EXPECT_EQ(diagnostic["range"]["start"]["character"], 23);
  EXPECT_EQ(diagnostic["range"]["end"]["character"], 24);
  EXPECT_EQ(diagnostic["severity"], 2);
  EXPECT_EQ(diagnostic["source"], "careerlint");
  EXPECT_EQ(diagnostic["codeDescription"]["href"],
            "https://github.com/careerlint/careerlint/blob/main/docs/rules/"
            "whitespace-and-punctuation.md");
}

TEST(LspServer, RangesAreExactOnALineWithCjkAndAnEmojiInUtf8) {
  const auto published = publishedForEmojiPage("utf-8");
  ASSERT_EQ(published.size(), 1u);
  const json diagnostic = emojiTaskDiagnostic(published[0]);
  ASSERT_FALSE(diagnostic.is_null()) << published[0].dump(2);
  EXPECT_EQ(diagnostic["range"]["start"]["character"], 31);
  EXPECT_EQ(diagnostic["range"]["end"]["character"], 32);
}

TEST(LspServer, IncrementalChangesInTheClientsEncodingArePublishedOnceForTheLatestVersion) {
  for (const std::string encoding : {"utf-8", "utf-16"}) {
    SCOPED_TRACE(encoding);
    TempDir dir;
    const std::string page = pageWithEmojiTask();
    const fs::path path = dir.write("medical-assistants.txt", page);
    Client client({encoding});
    const std::string uri = uriOfPath(path);
    client.open(uri, page);
    const std::uint32_t line = lineOf(page, kEmojiTask);
    // Delete the space before the comma, named in the client's units; then type on line 1.
    const std::uint32_t space = encoding == "utf-8" ? 31 : 23;
    client.change(uri, 2, json::array({replacement(lspRange(line, space, line, space + 1), "")}));
    client.change(uri, 3, json::array({replacement(lspRange(0, 0, 0, 0), "Certified ")}));
    EXPECT_TRUE(client.published(uri).empty());  // nothing before the debounce ends
    client.server.checkPending();
    const auto published = client.published(uri);
    ASSERT_EQ(published.size(), 1u);
    EXPECT_EQ(published[0]["version"], 3);
    EXPECT_TRUE(
        findDiagnostic(published[0]["diagnostics"], "whitespace-and-punctuation", line).is_null())
        << published[0].dump(2);
    // Requests are answered from the buffer, not the file on disk.
    const json symbols =
        client.request("textDocument/documentSymbol", {{"textDocument", {{"uri", uri}}}})["result"];
    EXPECT_EQ(symbols[0]["name"], "Certified Medical Assistants");
  }
}

TEST(LspServer, CodeActionsFixDisableForTheLineAndFixAll) {
  TempDir dir;
  const std::string page = pageWithEmojiTask();
  const fs::path path = dir.write("medical-assistants.txt", page);
  Client client({"utf-16"});
  const std::string uri = uriOfPath(path);
  client.open(uri, page);
  const std::uint32_t line = lineOf(page, kEmojiTask);
  const json range = {{"start", {{"line", line}, {"character", 23}}},
                      {"end", {{"line", line}, {"character", 24}}}};
  const json response =
      client.request("textDocument/codeAction", {{"textDocument", {{"uri", uri}}},
                                                 {"range", range},
                                                 {"context", {{"diagnostics", json::array()}}}});
  // The request checked the document first: its diagnostics went out with version 1.
  ASSERT_EQ(client.published(uri).size(), 1u);
  const json& actions = response["result"];
  json fix, disable, fixAll;
  for (const json& action : actions) {
    if (action["kind"] == "source.fixAll") fixAll = action;
    if (action["title"] == "Disable whitespace-and-punctuation for this line") disable = action;
    if (action["kind"] == "quickfix" && action.value("isPreferred", false) &&
        action["diagnostics"][0]["code"] == "whitespace-and-punctuation")
      fix = action;
  }
  ASSERT_FALSE(fix.is_null()) << actions.dump(2);
  ASSERT_FALSE(disable.is_null()) << actions.dump(2);
  ASSERT_FALSE(fixAll.is_null()) << actions.dump(2);
  EXPECT_EQ(fix["edit"]["changes"][uri],
            json::parse(R"([{"range":{"start":{"line":)" + std::to_string(line) +
                        R"(,"character":23},"end":{"line":)" + std::to_string(line) +
                        R"(,"character":24}},"newText":""}])"));
  const json insert = disable["edit"]["changes"][uri][0];
  EXPECT_EQ(insert["range"]["start"], (json{{"line", line}, {"character", 0}}));
  EXPECT_EQ(insert["newText"], "# careerlint-disable-next-line whitespace-and-punctuation\n");

  // The comment really disables the rule on that line of a page.
  std::string disabled = page;
  disabled.insert(page.find(kEmojiTask), insert["newText"].get<std::string>());
  client.notify("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 2}}},
                                           {"contentChanges", {{{"text", disabled}}}}});
  client.server.checkPending();
  const auto after = client.published(uri);
  ASSERT_EQ(after.size(), 1u);
  EXPECT_TRUE(
      findDiagnostic(after[0]["diagnostics"], "whitespace-and-punctuation", line + 1).is_null())
      << after[0].dump(2);
  EXPECT_EQ(seedPage().size() + kEmojiTask.size() + 1, page.size());
  // Nothing was written: the file on disk is the page as it was.
  EXPECT_EQ(testing::readFile(path), page);
}

// The code action titled `title` offered at the start of `line`; null, and a test failure listing
// what was offered, when there is none.
json codeActionAt(Client& client, const std::string& uri, std::uint32_t line,
                  const std::string& title) {
  const json actions = client.request("textDocument/codeAction",
                                      {{"textDocument", {{"uri", uri}}},
                                       {"range", lspRange(line, 0, line, 0)},
                                       {"context", {{"diagnostics", json::array()}}}})["result"];
  for (const json& action : actions) {
    if (action["title"] == title) return action;
  }
  ADD_FAILURE() << "no code action \"" << title << "\" among " << actions.dump(2);
  return json();
}

TEST(LspServer, TheDisableCommentInARecordIsIndentedAndWorks) {
  TempDir dir;
  std::string record = seedRecord();
  const std::string task = "  - Clean and sterilize instruments";
  const std::size_t at = record.find(task);
  ASSERT_NE(at, std::string::npos);
  record.replace(at, task.size(), "  - Clean and sterilize  instruments");  // a double space
  const fs::path path = dir.write("record.yaml", record);
  Client client;
  const std::string uri = uriOfPath(path);
  client.open(uri, record);
  const std::uint32_t line = lineOf(record, "  - Clean and sterilize  instruments");
  const json disable =
      codeActionAt(client, uri, line, "Disable whitespace-and-punctuation for this line");
  ASSERT_FALSE(disable.is_null());
  const json insert = disable["edit"]["changes"][uri][0];
  EXPECT_EQ(insert["newText"], "  # careerlint-disable-next-line whitespace-and-punctuation\n");
  std::string disabled = record;
  disabled.insert(at, insert["newText"].get<std::string>());
  client.notify("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 2}}},
                                           {"contentChanges", {{{"text", disabled}}}}});
  client.server.checkPending();
  const auto after = client.published(uri);
  ASSERT_EQ(after.size(), 2u);  // version 1 (checked for the code action), then version 2
  EXPECT_EQ(after[1]["version"], 2);
  for (const json& diagnostic : after[1]["diagnostics"]) {
    EXPECT_NE(diagnostic["code"], "whitespace-and-punctuation") << diagnostic.dump();
    EXPECT_NE(diagnostic["code"], "yaml-syntax") << diagnostic.dump();
  }
}

TEST(LspServer, InsideATextBlockOfARecordTheRuleIsDisabledForTheFile) {
  TempDir dir;
  std::string record = seedRecord();
  const std::string description = "description: Perform administrative";
  const std::size_t at = record.find(description);
  ASSERT_NE(at, std::string::npos);
  // A comment line inside the block would become part of the description.
  record.replace(at, description.size(), "description: |-\n  Perform  administrative");
  const fs::path path = dir.write("record.yaml", record);
  Client client;
  const std::string uri = uriOfPath(path);
  client.open(uri, record);
  const std::uint32_t line = lineOf(record, "  Perform  administrative");
  const json disable =
      codeActionAt(client, uri, line, "Disable whitespace-and-punctuation for this file");
  ASSERT_FALSE(disable.is_null());
  const json insert = disable["edit"]["changes"][uri][0];
  EXPECT_EQ(insert["range"], lspRange(0, 0, 0, 0));
  EXPECT_EQ(insert["newText"], "# careerlint-disable-file whitespace-and-punctuation\n");
  client.change(uri, 2, json::array({replacement(insert["range"], insert["newText"])}));
  client.server.checkPending();
  const auto after = client.published(uri);
  ASSERT_EQ(after.size(), 2u);
  for (const json& diagnostic : after[1]["diagnostics"]) {
    EXPECT_NE(diagnostic["code"], "whitespace-and-punctuation") << diagnostic.dump();
    EXPECT_NE(diagnostic["code"], "yaml-syntax") << diagnostic.dump();
  }
}

TEST(LspServer, HoverShowsTheRuleDocOnADiagnosticAndTheSchemaOnARecordKey) {
  TempDir dir;
  const std::string page = pageWithEmojiTask();
  const fs::path pagePath = dir.write("page.txt", page);
  const std::string record = seedRecord();
  const fs::path recordPath = dir.write("record.yaml", record);
  Client client;
  client.open(uriOfPath(pagePath), page);
  client.open(uriOfPath(recordPath), record);
  const json onDiagnostic =
      client.request("textDocument/hover",
                     {{"textDocument", {{"uri", uriOfPath(pagePath)}}},
                      {"position", {{"line", lineOf(page, kEmojiTask)}, {"character", 23}}}});
  EXPECT_TRUE(onDiagnostic["result"]["contents"]["value"].get<std::string>().starts_with(
      "# whitespace-and-punctuation"))
      << onDiagnostic.dump(2);
  const json onKey =
      client.request("textDocument/hover",
                     {{"textDocument", {{"uri", uriOfPath(recordPath)}}},
                      {"position", {{"line", lineOf(record, "category:")}, {"character", 3}}}});
  const std::string text = onKey["result"]["contents"]["value"].get<std::string>();
  EXPECT_NE(text.find("**category**"), std::string::npos) << text;
  EXPECT_NE(text.find("\"healthcare-technical\""), std::string::npos) << text;
  EXPECT_NE(text.find("`null`"), std::string::npos) << text;
}

TEST(LspServer, CompletesKeysAndEnumValuesAtTheCursorsPointer) {
  TempDir dir;
  const std::string record =
      "schema_version: 1\n"
      "category: \n"
      "education:\n"
      "  typical_entry_education: \n"
      "  \n"
      "tasks:\n"
      "  - Greet patients.\n";
  const fs::path path = dir.write("record.yaml", record);
  Client client;
  const std::string uri = uriOfPath(path);
  client.open(uri, record);
  auto labels = [&](std::uint32_t line, std::uint32_t character) {
    const json result =
        client.request("textDocument/completion",
                       {{"textDocument", {{"uri", uri}}},
                        {"position", {{"line", line}, {"character", character}}}})["result"];
    std::set<std::string> found;
    for (const json& item : result) found.insert(item["label"].get<std::string>());
    return found;
  };
  const auto categories = labels(1, 10);
  EXPECT_TRUE(categories.count("healthcare-technical")) << ::testing::PrintToString(categories);
  const auto education = labels(3, 27);
  EXPECT_TRUE(education.count("\"Associate's degree\"") || education.count("Associate's degree"))
      << ::testing::PrintToString(education);
  EXPECT_TRUE(education.count("High school diploma or equivalent"));
  const auto educationKeys = labels(4, 2);
  EXPECT_TRUE(educationKeys.count("certifications")) << ::testing::PrintToString(educationKeys);
  EXPECT_FALSE(educationKeys.count("typical_entry_education"));  // already there
  EXPECT_FALSE(educationKeys.count("slug"));                     // a top-level key
  const auto topKeys = labels(7, 0);
  EXPECT_TRUE(topKeys.count("slug")) << ::testing::PrintToString(topKeys);
  EXPECT_FALSE(topKeys.count("tasks"));
}

TEST(LspServer, DocumentSymbolsAreThePagesSectionsAndTheRecordsTopLevelKeys) {
  TempDir dir;
  const std::string page = seedPage();
  const fs::path path = dir.write("page.txt", page);
  Client client;
  client.open(uriOfPath(path), page);
  const json symbols = client.request("textDocument/documentSymbol",
                                      {{"textDocument", {{"uri", uriOfPath(path)}}}})["result"];
  std::vector<std::string> names;
  for (const json& symbol : symbols) names.push_back(symbol["name"]);
  ASSERT_GE(names.size(), 3u) << ::testing::PrintToString(names);
  EXPECT_EQ(names[0], "Medical Assistants");
  EXPECT_EQ(names[1], "Career Video");
  EXPECT_EQ(names[2], "Key Responsibilities");
  // Key Responsibilities runs from its heading (line 4) to its last task (line 12).
  EXPECT_EQ(symbols[2]["range"]["start"], (json{{"line", 3}, {"character", 0}}));
  EXPECT_EQ(symbols[2]["range"]["end"]["line"], 11);

  const std::string record = seedRecord();
  const fs::path recordPath = dir.write("record.yaml", record);
  client.open(uriOfPath(recordPath), record);
  const json keys = client.request("textDocument/documentSymbol",
                                   {{"textDocument", {{"uri", uriOfPath(recordPath)}}}})["result"];
  ASSERT_GE(keys.size(), 5u);
  EXPECT_EQ(keys[0]["name"], "schema_version");
  EXPECT_EQ(keys[4]["name"], "category");
  EXPECT_EQ(keys[4]["range"]["start"], (json{{"line", 4}, {"character", 0}}));
}

TEST(LspServer, FormattingIsCareerlintFmtAsOneEditAndARefusalIsShownNotApplied) {
  TempDir dir;
  Client client;
  ASSERT_EQ(client.capabilities["documentFormattingProvider"], true);
  // Keys in the schema's order, quotes only where needed, the comment kept with its key.
  const std::string messy = "title: \"Nurses\"  # as on the page\nschema_version: 1\n";
  const std::string uri = uriOfPath(dir.write("messy.yaml", messy));
  client.open(uri, messy);
  const json edits = client.request(
      "textDocument/formatting", {{"textDocument", {{"uri", uri}}},
                                  {"options", {{"tabSize", 2}, {"insertSpaces", true}}}})["result"];
  ASSERT_EQ(edits.size(), 1u) << edits.dump();
  EXPECT_EQ(edits[0]["range"]["start"], (json{{"line", 0}, {"character", 0}}));
  EXPECT_EQ(edits[0]["range"]["end"], (json{{"line", 2}, {"character", 0}}));
  EXPECT_EQ(edits[0]["newText"], "schema_version: 1\ntitle: Nurses  # as on the page\n");
  // Formatted already: no edit.
  client.change(uri, 2, json::array({{{"text", edits[0]["newText"]}}}));
  EXPECT_EQ(client.request("textDocument/formatting", {{"textDocument", {{"uri", uri}}}})["result"],
            json::array());
  // Two documents in one file: fmt refuses, the buffer is left alone and the editor told why.
  client.change(uri, 3, json::array({{{"text", "title: a\n---\ntitle: b\n"}}}));
  const std::size_t before = client.sent.size();
  EXPECT_TRUE(
      client.request("textDocument/formatting", {{"textDocument", {{"uri", uri}}}})["result"]
          .is_null());
  bool told = false;
  for (std::size_t i = before; i < client.sent.size(); ++i) {
    told = told || (client.sent[i].value("method", "") == "window/showMessage" &&
                    client.sent[i]["params"]["message"].get<std::string>().starts_with(
                        "careerlint: not formatted: "));
  }
  EXPECT_TRUE(told);
}

TEST(LspServer, AConfigurationChangeChecksOpenDocumentsAgain) {
  TempDir dir;
  const std::string page = pageWithEmojiTask();
  const fs::path path = dir.write("pages/page.txt", page);
  Client client;
  const std::string uri = uriOfPath(path);
  client.open(uri, page);
  client.server.checkPending();
  ASSERT_FALSE(findDiagnostic(client.published(uri)[0]["diagnostics"], "whitespace-and-punctuation",
                              lineOf(page, kEmojiTask))
                   .is_null());
  dir.write(".careerlint.yaml", "rules:\n  whitespace-and-punctuation: off\n");
  client.notify(
      "workspace/didChangeWatchedFiles",
      {{"changes", {{{"uri", uriOfPath(dir.path() / ".careerlint.yaml")}, {"type", 1}}}}});
  EXPECT_TRUE(client.server.hasPendingChecks());
  client.server.checkPending();
  const auto after = client.published(uri);
  ASSERT_EQ(after.size(), 1u);
  for (const json& diagnostic : after[0]["diagnostics"])
    EXPECT_NE(diagnostic["code"], "whitespace-and-punctuation");

  // A configuration careerlint cannot read: a diagnostic that says so, and the server goes on.
  dir.write(".careerlint.yaml", "rules:\n  no-such-rule: off\n");
  client.notify("textDocument/didSave", {{"textDocument", {{"uri", uri}}}});
  client.server.checkPending();
  const auto broken = client.published(uri);
  ASSERT_EQ(broken.size(), 1u);
  ASSERT_EQ(broken[0]["diagnostics"].size(), 1u) << broken[0].dump(2);
  EXPECT_NE(broken[0]["diagnostics"][0]["message"].get<std::string>().find(
                "careerlint could not check this file"),
            std::string::npos);
  EXPECT_NE(broken[0]["diagnostics"][0]["message"].get<std::string>().find("no-such-rule"),
            std::string::npos)
      << broken[0].dump(2);
}

TEST(LspServer, AsksAClientThatCanToWatchConfigurationFiles) {
  std::vector<json> sent;
  Server server([&](const json& message) { sent.push_back(message); });
  server.receive(
      json{{"jsonrpc", "2.0"},
           {"id", 1},
           {"method", "initialize"},
           {"params",
            {{"capabilities",
              {{"workspace", {{"didChangeWatchedFiles", {{"dynamicRegistration", true}}}}}}}}}}
          .dump());
  server.receive(R"({"jsonrpc":"2.0","method":"initialized","params":{}})");
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_EQ(sent[1]["method"], "client/registerCapability");
  const json& registration = sent[1]["params"]["registrations"][0];
  EXPECT_EQ(registration["method"], "workspace/didChangeWatchedFiles");
  EXPECT_EQ(registration["registerOptions"]["watchers"][0]["globPattern"], "**/.careerlint.yaml");
  // The client's answer to that request is not a request to answer.
  server.receive(json{{"jsonrpc", "2.0"}, {"id", sent[1]["id"]}, {"result", nullptr}}.dump());
  EXPECT_EQ(sent.size(), 2u);
}

TEST(LspServer, CrossFileRulesSeeTheOtherOpenBuffers) {
  TempDir dir;
  const std::string page = seedPage();
  const fs::path first = dir.write("a/medical-assistants.txt", page);
  const fs::path second = dir.write("b/medical-assistants.yaml", "placeholder: true\n");
  const std::string record = seedRecord();
  Client client;
  client.open(uriOfPath(first), page);
  // On disk the second file is not a career; in the editor it is the same career as the page.
  client.open(uriOfPath(second), record);
  client.server.checkPending();
  const auto published = client.published(uriOfPath(second));
  ASSERT_EQ(published.size(), 1u);
  bool duplicate = false;
  for (const json& diagnostic : published[0]["diagnostics"]) {
    if (diagnostic["code"] != "related-career-exists") continue;
    duplicate = true;
    ASSERT_TRUE(diagnostic.contains("relatedInformation")) << diagnostic.dump(2);
    EXPECT_EQ(diagnostic["relatedInformation"][0]["location"]["uri"], uriOfPath(first));
  }
  EXPECT_TRUE(duplicate) << published[0].dump(2);
}

TEST(LspServer, MalformedMessagesGetErrorsAndTheServerGoesOn) {
  Client client;
  client.server.receive("{not json");
  ASSERT_FALSE(client.sent.empty());
  EXPECT_EQ(client.sent.back()["error"]["code"], -32700);
  EXPECT_TRUE(client.sent.back()["id"].is_null());
  client.server.receive(R"([1,2])");
  EXPECT_EQ(client.sent.back()["error"]["code"], -32600);
  client.server.framingError("a message header without a valid Content-Length: discarded");
  EXPECT_EQ(client.sent.back()["error"]["code"], -32700);
  EXPECT_EQ(client.request("no/such/method", json::object())["error"]["code"], -32601);
  EXPECT_EQ(client.request("textDocument/hover", {{"textDocument", 7}})["error"]["code"], -32602);
  EXPECT_EQ(client.request("textDocument/hover",
                           {{"textDocument", {{"uri", "file:///not/open.txt"}}},
                            {"position", {{"line", 0}, {"character", 0}}}})["error"]["code"],
            -32602);
  // Still serving.
  EXPECT_TRUE(client.request("shutdown", nullptr).contains("result"));
}

TEST(LspServer, ACancelledRequestIsAnsweredAsCancelled) {
  Client client;
  client.server.receive(std::vector<std::string>{
      R"({"jsonrpc":"2.0","id":41,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///x.txt"}}})",
      R"({"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":41}})"});
  EXPECT_EQ(client.sent.back()["id"], 41);
  EXPECT_EQ(client.sent.back()["error"]["code"], -32800);
}

TEST(LspServer, TheLifeCycleDecidesTheExitCode) {
  {
    Server server([](const json&) {});
    server.receive(R"({"jsonrpc":"2.0","method":"exit"})");
    EXPECT_TRUE(server.exited());
    EXPECT_EQ(server.exitCode(), 1);
  }
  Client client;
  EXPECT_TRUE(client.request("shutdown", nullptr)["result"].is_null());
  EXPECT_EQ(client.request("textDocument/documentSymbol", json::object())["error"]["code"], -32600);
  client.notify("exit", nullptr);
  EXPECT_TRUE(client.server.exited());
  EXPECT_EQ(client.server.exitCode(), 0);
}

TEST(LspServer, SetTraceVerboseLogsEachCheck) {
  TempDir dir;
  const std::string page = seedPage();
  const fs::path path = dir.write("page.txt", page);
  Client client;
  client.notify("$/setTrace", {{"value", "verbose"}});
  client.open(uriOfPath(path), page);
  client.server.checkPending();
  ASSERT_FALSE(client.sent.empty());
  EXPECT_EQ(client.sent.back()["method"], "$/logTrace");
  EXPECT_NE(client.sent.back()["params"]["message"].get<std::string>().find("version 1"),
            std::string::npos);
  client.notify("$/setTrace", {{"value", "off"}});
  client.change(uriOfPath(path), 2, json::array({json{{"text", page}}}));
  client.server.checkPending();
  EXPECT_EQ(client.sent.back()["method"], "textDocument/publishDiagnostics");
}

TEST(LspServer, RequestsBeforeInitializeAreRefused) {
  std::vector<json> sent;
  Server server([&](const json& message) { sent.push_back(message); });
  server.receive(R"({"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}})");
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0]["error"]["code"], -32002);
}

TEST(LspUri, DecodesAndEncodesFileUris) {
  EXPECT_EQ(pathOfUri("file:///home/editor/career%20pages/n%C3%BCrse.txt"),
            fs::path("/home/editor/career pages/n\xC3\xBCrse.txt"));
  EXPECT_EQ(pathOfUri("untitled:Untitled-1"), fs::path());
  EXPECT_EQ(uriOfPath("/home/editor/career pages/a#b.txt"),
            "file:///home/editor/career%20pages/a%23b.txt");
}

}  // namespace
}  // namespace careerlint::lsp
