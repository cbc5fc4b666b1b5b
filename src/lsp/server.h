#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerlint/finding.h"
#include "lsp/text_document.h"

namespace careerlint::lsp {

// careerlint's language server, without its transport: messages in (JSON text or parsed),
// messages out through `send`. Documents are checked by `checkPending`, which the transport
// calls when the client has been quiet for a moment (debounce); requests that need findings
// check their document first, so nothing is answered from a stale check.
class Server {
 public:
  using Send = std::function<void(const nlohmann::json&)>;

  explicit Server(Send send);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Messages that arrived together: a $/cancelRequest among them cancels the requests it names
  // that were not yet handled. A body that is not JSON gets a Parse error reply.
  void receive(const std::vector<std::string>& bodies);
  void receive(std::string_view body) { receive(std::vector<std::string>{std::string(body)}); }
  // A header the transport could not read.
  void framingError(const std::string& message);

  bool hasPendingChecks() const noexcept;
  // Checks every document changed since its last check and publishes its diagnostics.
  void checkPending();

  bool exited() const noexcept { return exitCode_.has_value(); }
  int exitCode() const noexcept { return exitCode_.value_or(1); }
  PositionEncoding encoding() const noexcept { return encoding_; }

 private:
  struct Document {
    std::string uri;
    std::filesystem::path path;  // absolute, normalised; empty for URIs that are not files
    TextDocument text;
    std::int64_t version = 0;
    bool dirty = true;
    std::vector<Finding> findings;  // of the last check, which saw `text`
  };

  void handle(const nlohmann::json& message, bool cancelled);
  nlohmann::json request(const std::string& method, const nlohmann::json& params);
  void notification(const std::string& method, const nlohmann::json& params);

  nlohmann::json initialize(const nlohmann::json& params);
  void didOpen(const nlohmann::json& params);
  void didChange(const nlohmann::json& params);
  void didSave(const nlohmann::json& params);
  void didClose(const nlohmann::json& params);
  void didChangeWatchedFiles(const nlohmann::json& params);
  nlohmann::json codeAction(const nlohmann::json& params);
  nlohmann::json hover(const nlohmann::json& params);
  nlohmann::json completion(const nlohmann::json& params);
  nlohmann::json documentSymbol(const nlohmann::json& params);
  nlohmann::json formatting(const nlohmann::json& params);

  Document* find(const nlohmann::json& textDocument);
  Document& current(const nlohmann::json& textDocument);  // checked if dirty; throws if unknown
  bool checkable(const Document& document) const;
  void check(Document& document);
  void publish(const Document& document);
  void markAllDirty();
  nlohmann::json diagnostic(const Document& document, const Finding& finding) const;
  nlohmann::json range(const Document& document, const Span& span) const;
  nlohmann::json rangeOfBytes(const Document& document, std::size_t begin, std::size_t end) const;
  // Second places a finding names in its message (the first of a repeat, the other page with
  // the same slug or title).
  nlohmann::json relatedInformation(const Document& document, const Finding& finding) const;
  void log(int type, const std::string& message);

  Send send_;
  std::map<std::string, Document> documents_;  // by URI
  PositionEncoding encoding_ = PositionEncoding::Utf16;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool watchRegistration_ = false;
  std::string trace_ = "off";
  std::int64_t nextRequestId_ = 1;
  std::optional<int> exitCode_;
};

// Decodes a file: URI to an absolute, normalised path (empty for other schemes), and back.
std::filesystem::path pathOfUri(std::string_view uri);
std::string uriOfPath(const std::filesystem::path& path);

// Serves the protocol on a file descriptor (standard input) until `exit`, writing to `out`.
// Diagnostics are published once the client has been quiet for `debounce`. Returns the exit
// code: 0 after shutdown and exit, 1 for exit without shutdown or input that ended first.
int serve(int inputFd, std::ostream& out,
          std::chrono::milliseconds debounce = std::chrono::milliseconds(10));

}  // namespace careerlint::lsp
