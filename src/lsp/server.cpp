#include "lsp/server.h"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <exception>
#include <ostream>
#include <set>

#include "catalog/catalog.h"
#include "config/config.h"
#include "lint/engine.h"
#include "lsp/framing.h"
#include "util/ascii.h"

namespace careerlint::lsp {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// JSON-RPC and LSP error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kServerNotInitialized = -32002;
constexpr int kRequestCancelled = -32800;

constexpr std::string_view kRuleDocsUri =
    "https://github.com/careerlint/careerlint/blob/main/docs/rules/";

// An error to answer a request with.
struct RpcError {
  int code;
  std::string message;
};

bool isConfigFile(const fs::path& path) { return path.filename() == config::kConfigFileName; }

int lspSeverity(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return 1;
    case Severity::Warning:
      return 2;
    case Severity::Info:
      break;
  }
  return 3;
}

std::string dump(const json& message) {
  return message.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

fs::path pathOfUri(std::string_view uri) {
  constexpr std::string_view kScheme = "file://";
  if (!uri.starts_with(kScheme)) return {};
  std::string_view rest = uri.substr(kScheme.size());
  if (const std::size_t slash = rest.find('/'); slash != 0) {
    if (slash == std::string_view::npos || rest.substr(0, slash) != "localhost") return {};
    rest = rest.substr(slash);
  }
  std::string decoded;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size() + 0 && ascii::hexValue(rest[i + 1]) >= 0 &&
        ascii::hexValue(rest[i + 2]) >= 0) {
      decoded.push_back(
          static_cast<char>(ascii::hexValue(rest[i + 1]) * 16 + ascii::hexValue(rest[i + 2])));
      i += 2;
    } else if (rest[i] == '?' || rest[i] == '#') {
      break;
    } else {
      decoded.push_back(rest[i]);
    }
  }
  return fs::path(decoded).lexically_normal();
}

std::string uriOfPath(const fs::path& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string uri = "file://";
  for (const char c : path.string()) {
    const auto byte = static_cast<unsigned char>(c);
    if (ascii::isAlnum(c) || std::string_view("-._~/").find(c) != std::string_view::npos) {
      uri.push_back(c);
    } else {
      uri.push_back('%');
      uri.push_back(kHex[byte >> 4]);
      uri.push_back(kHex[byte & 15]);
    }
  }
  return uri;
}

Server::Server(Send send) : send_(std::move(send)) {}
Server::~Server() = default;

void Server::framingError(const std::string& message) {
  send_(json{{"jsonrpc", "2.0"},
             {"id", nullptr},
             {"error", {{"code", kParseError}, {"message", "careerlint: " + message}}}});
}

void Server::receive(const std::vector<std::string>& bodies) {
  std::vector<json> messages;
  std::set<std::string> cancelled;  // ids, as JSON text
  for (const std::string& body : bodies) {
    json message = json::parse(body, nullptr, false);
    if (message.is_discarded()) {
      send_(json{{"jsonrpc", "2.0"},
                 {"id", nullptr},
                 {"error",
                  {{"code", kParseError},
                   {"message", "careerlint: the message is not valid JSON (UTF-8)"}}}});
      continue;
    }
    if (message.is_object() && message.value("method", "") == "$/cancelRequest" &&
        message.contains("params") && message["params"].is_object() &&
        message["params"].contains("id")) {
      cancelled.insert(message["params"]["id"].dump());
    }
    messages.push_back(std::move(message));
  }
  for (const json& message : messages) {
    const bool isCancelled =
        message.is_object() && message.contains("id") && cancelled.count(message["id"].dump()) > 0;
    handle(message, isCancelled);
    if (exited()) return;
  }
}

void Server::handle(const json& message, bool cancelled) {
  auto reply = [&](const json& id, const std::optional<RpcError>& error, const json& result) {
    json response{{"jsonrpc", "2.0"}, {"id", id}};
    if (error) {
      response["error"] = {{"code", error->code}, {"message", error->message}};
    } else {
      response["result"] = result;
    }
    send_(response);
  };
  if (!message.is_object() || (message.contains("method") && !message["method"].is_string()) ||
      (message.contains("id") && !message["id"].is_string() && !message["id"].is_number_integer() &&
       !message["id"].is_null())) {
    reply(nullptr, RpcError{kInvalidRequest, "careerlint: not a JSON-RPC request or notification"},
          nullptr);
    return;
  }
  if (!message.contains("method")) return;  // a response to a request of ours
  const std::string method = message["method"].get<std::string>();
  const json params = message.value("params", json::object());
  if (!message.contains("id")) {
    try {
      notification(method, params);
    } catch (const std::exception& e) {
      log(1, "careerlint: " + method + " failed: " + e.what());
    }
    return;
  }
  const json& id = message["id"];
  if (cancelled) {
    reply(id, RpcError{kRequestCancelled, "careerlint: cancelled"}, nullptr);
    return;
  }
  if (!initialized_ && method != "initialize") {
    reply(id, RpcError{kServerNotInitialized, "careerlint: initialize first"}, nullptr);
    return;
  }
  if (shutdown_) {
    reply(id, RpcError{kInvalidRequest, "careerlint: the server is shutting down"}, nullptr);
    return;
  }
  try {
    reply(id, std::nullopt, request(method, params));
  } catch (const RpcError& error) {
    reply(id, error, nullptr);
  } catch (const json::exception& e) {
    reply(id, RpcError{kInvalidParams, std::string("careerlint: invalid params: ") + e.what()},
          nullptr);
  } catch (const std::exception& e) {
    reply(id, RpcError{kInternalError, std::string("careerlint: internal error: ") + e.what()},
          nullptr);
  }
}

json Server::request(const std::string& method, const json& params) {
  if (method == "initialize") {
    if (initialized_) throw RpcError{kInvalidRequest, "careerlint: initialize was sent twice"};
    return initialize(params);
  }
  if (method == "shutdown") {
    shutdown_ = true;
    return nullptr;
  }
  if (method == "textDocument/codeAction") return codeAction(params);
  if (method == "textDocument/hover") return hover(params);
  if (method == "textDocument/completion") return completion(params);
  if (method == "textDocument/documentSymbol") return documentSymbol(params);
  if (method == "textDocument/formatting") return formatting(params);
  throw RpcError{kMethodNotFound, "careerlint: no method " + method};
}

void Server::notification(const std::string& method, const json& params) {
  if (method == "exit") {
    exitCode_ = shutdown_ ? 0 : 1;
    return;
  }
  if (!initialized_ || shutdown_) return;
  if (method == "$/setTrace") {
    trace_ = params.value("value", "off");
  } else if (method == "initialized") {
    if (watchRegistration_) {
      // Tell us when a configuration file changes, so open documents are checked again.
      send_(
          json{{"jsonrpc", "2.0"},
               {"id", "careerlint/watch/" + std::to_string(nextRequestId_++)},
               {"method", "client/registerCapability"},
               {"params",
                {{"registrations",
                  {{{"id", "careerlint-config-watch"},
                    {"method", "workspace/didChangeWatchedFiles"},
                    {"registerOptions",
                     {{"watchers",
                       {{{"globPattern", "**/" + std::string(config::kConfigFileName)}}}}}}}}}}}});
    }
  } else if (method == "textDocument/didOpen") {
    didOpen(params);
  } else if (method == "textDocument/didChange") {
    didChange(params);
  } else if (method == "textDocument/didSave") {
    didSave(params);
  } else if (method == "textDocument/didClose") {
    didClose(params);
  } else if (method == "workspace/didChangeWatchedFiles") {
    didChangeWatchedFiles(params);
  }
  // Other notifications ($/cancelRequest, handled on arrival; workspace/didChangeConfiguration)
  // need nothing.
}

json Server::initialize(const json& params) {
  encoding_ = PositionEncoding::Utf16;
  const json* general = nullptr;
  if (auto capabilities = params.find("capabilities");
      capabilities != params.end() && capabilities->is_object()) {
    if (auto found = capabilities->find("general"); found != capabilities->end()) general = &*found;
    const json watched =
        capabilities->value(json::json_pointer("/workspace/didChangeWatchedFiles"), json());
    watchRegistration_ = watched.is_object() && watched.value("dynamicRegistration", false);
  }
  if (general && general->is_object()) {
    const json offered = general->value("positionEncodings", json::array());
    if (offered.is_array()) {
      for (const json& name : offered) {
        if (name == "utf-8") encoding_ = PositionEncoding::Utf8;
      }
    }
  }
  if (auto trace = params.find("trace"); trace != params.end() && trace->is_string())
    trace_ = trace->get<std::string>();
  initialized_ = true;
  return json{
      {"capabilities",
       {{"positionEncoding", encodingName(encoding_)},
        {"textDocumentSync",
         {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
        {"codeActionProvider", {{"codeActionKinds", {"quickfix", "source.fixAll"}}}},
        {"hoverProvider", true},
        {"completionProvider", {{"triggerCharacters", {":", "-"}}, {"resolveProvider", false}}},
        {"documentSymbolProvider", true},
        {"documentFormattingProvider", true}}},
      {"serverInfo", {{"name", "careerlint"}, {"version", CAREERLINT_VERSION}}}};
}

// ---- documents ----------------------------------------------------------------------------------

Server::Document* Server::find(const json& textDocument) {
  auto it = documents_.find(textDocument.at("uri").get<std::string>());
  return it == documents_.end() ? nullptr : &it->second;
}

Server::Document& Server::current(const json& textDocument) {
  Document* document = find(textDocument);
  if (!document) {
    throw RpcError{kInvalidParams, "careerlint: the document " +
                                       textDocument.at("uri").get<std::string>() + " is not open"};
  }
  if (document->dirty && checkable(*document)) {
    check(*document);
    publish(*document);
  }
  return *document;
}

bool Server::checkable(const Document& document) const {
  return !document.path.empty() && lint::isLintableFile(document.path) &&
         !isConfigFile(document.path);
}

void Server::didOpen(const json& params) {
  const json& item = params.at("textDocument");
  Document document;
  document.uri = item.at("uri").get<std::string>();
  document.path = pathOfUri(document.uri);
  document.text.setText(item.at("text").get<std::string>());
  document.version = item.value("version", 0);
  const bool config = !document.path.empty() && isConfigFile(document.path);
  documents_[document.uri] = std::move(document);
  markAllDirty();  // cross-file rules see the new buffer; a configuration file applies to all
  (void)config;
}

void Server::didChange(const json& params) {
  Document* document = find(params.at("textDocument"));
  if (!document) return;
  for (const json& change : params.at("contentChanges")) {
    const std::string text = change.at("text").get<std::string>();
    if (!change.contains("range")) {
      document->text.setText(text);
      continue;
    }
    const json& range = change["range"];
    auto position = [](const json& where) {
      return LspPosition{where.at("line").get<std::uint32_t>(),
                         where.at("character").get<std::uint32_t>()};
    };
    const std::size_t begin = document->text.offsetAt(position(range.at("start")), encoding_);
    const std::size_t end = document->text.offsetAt(position(range.at("end")), encoding_);
    document->text.replace(begin, std::max(begin, end), text);
  }
  document->version = params["textDocument"].value("version", document->version + 1);
  markAllDirty();
}

void Server::didSave(const json& params) {
  // A saved configuration file changes what applies; a saved page changes what cross-file
  // rules read from disk for documents that are not open.
  if (find(params.at("textDocument"))) markAllDirty();
}

void Server::didClose(const json& params) {
  Document* document = find(params.at("textDocument"));
  if (!document) return;
  const std::string uri = document->uri;
  const bool hadFindings = checkable(*document);
  documents_.erase(uri);
  if (hadFindings) {
    send_(json{{"jsonrpc", "2.0"},
               {"method", "textDocument/publishDiagnostics"},
               {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
  }
  markAllDirty();
}

void Server::didChangeWatchedFiles(const json& params) {
  (void)params;
  markAllDirty();  // a configuration file or a page on disk changed: check the open ones again
}

void Server::markAllDirty() {
  for (auto& [uri, document] : documents_) document.dirty = true;
}

bool Server::hasPendingChecks() const noexcept {
  for (const auto& [uri, document] : documents_) {
    if (document.dirty && checkable(document)) return true;
  }
  return false;
}

void Server::checkPending() {
  for (auto& [uri, document] : documents_) {
    if (!document.dirty || !checkable(document)) continue;
    check(document);
    publish(document);
  }
}

void Server::check(Document& document) {
  document.dirty = false;
  document.findings.clear();
  lint::EngineOptions options;
  options.jobs = 1;
  options.onlyFiles = std::set<fs::path>{document.path};
  // Every open buffer stands in for its file, so cross-file rules see what the editor shows.
  std::vector<std::string> paths{document.path.string()};
  for (const auto& [uri, other] : documents_) {
    if (!checkable(other)) continue;
    options.overlay[other.path] = other.text.text();
    if (&other != &document) paths.push_back(other.path.string());
  }
  auto problem = [&](const std::string& message) {
    Finding finding;
    finding.ruleId = "careerlint";
    finding.messageId = "couldNotCheck";
    finding.severity = Severity::Error;
    finding.message = message;
    finding.file = document.path.string();
    finding.span = Span{{1, 1, 0}, {1, 1, 0}};
    document.findings.push_back(std::move(finding));
  };
  try {
    lint::RunResult result = lint::run(paths, options);
    for (Finding& finding : result.findings) {
      if (finding.file == document.path.string()) document.findings.push_back(std::move(finding));
    }
    // What kept this document from being checked (another open document's broken
    // configuration is that document's problem).
    const bool checked = std::find(result.files.begin(), result.files.end(),
                                   document.path.string()) != result.files.end();
    for (const Error& error : result.fatal) {
      if (error.file == document.path.string() ||
          (!checked && (error.file.empty() || isConfigFile(error.file)))) {
        problem("careerlint could not check this file: " +
                (error.file == document.path.string() || error.file.empty()
                     ? std::string()
                     : error.file +
                           (error.where.line > 0 ? ":" + std::to_string(error.where.line) + ":" +
                                                       std::to_string(error.where.column)
                                                 : std::string()) +
                           ": ") +
                error.message);
      }
    }
  } catch (const std::exception& e) {
    problem(std::string("careerlint failed while checking this file (please report it): ") +
            e.what());
  }
}

void Server::publish(const Document& document) {
  json diagnostics = json::array();
  for (const Finding& finding : document.findings)
    diagnostics.push_back(diagnostic(document, finding));
  send_(json{{"jsonrpc", "2.0"},
             {"method", "textDocument/publishDiagnostics"},
             {"params",
              {{"uri", document.uri},
               {"version", document.version},
               {"diagnostics", std::move(diagnostics)}}}});
  if (trace_ != "off") {
    send_(json{{"jsonrpc", "2.0"},
               {"method", "$/logTrace"},
               {"params",
                {{"message", "careerlint: checked " + document.uri + " version " +
                                 std::to_string(document.version) + ": " +
                                 std::to_string(document.findings.size()) + " findings"}}}});
  }
}

json Server::range(const Document& document, const Span& span) const {
  const LspPosition begin =
      document.text.fromLineColumn(span.begin.line, span.begin.column, encoding_);
  LspPosition end = span.end.line == 0
                        ? begin
                        : document.text.fromLineColumn(span.end.line, span.end.column, encoding_);
  if (end.line < begin.line || (end.line == begin.line && end.character < begin.character))
    end = begin;
  return json{{"start", {{"line", begin.line}, {"character", begin.character}}},
              {"end", {{"line", end.line}, {"character", end.character}}}};
}

json Server::rangeOfBytes(const Document& document, std::size_t begin, std::size_t end) const {
  const LspPosition from = document.text.positionAt(begin, encoding_);
  const LspPosition to = document.text.positionAt(end, encoding_);
  return json{{"start", {{"line", from.line}, {"character", from.character}}},
              {"end", {{"line", to.line}, {"character", to.character}}}};
}

json Server::diagnostic(const Document& document, const Finding& finding) const {
  json result{{"range", range(document, finding.span)},
              {"severity", lspSeverity(finding.severity)},
              {"code", finding.ruleId},
              {"source", "careerlint"},
              {"message", finding.message}};
  if (!catalog::ruleDoc(finding.ruleId).empty()) {
    result["codeDescription"] = {{"href", std::string(kRuleDocsUri) + finding.ruleId + ".md"}};
  }
  json related = relatedInformation(document, finding);
  if (!related.empty()) result["relatedInformation"] = std::move(related);
  return result;
}

void Server::log(int type, const std::string& message) {
  send_(json{{"jsonrpc", "2.0"},
             {"method", "window/logMessage"},
             {"params", {{"type", type}, {"message", message}}}});
}

// ---- transport ----------------------------------------------------------------------------------

int serve(int inputFd, std::ostream& out, std::chrono::milliseconds debounce) {
  using Clock = std::chrono::steady_clock;
  // Changes that keep coming are still checked at least this often.
  constexpr auto kMaxDelay = std::chrono::milliseconds(250);
  Server server([&out](const json& message) {
    out << frame(dump(message));
    out.flush();
  });
  MessageReader reader;
  std::vector<char> buffer(64 * 1024);
  bool inputEnded = false;
  // Since when checks wait (Clock::time_point::max(): none wait). Not an optional: GCC 12 at -O3
  // warns that the optional's value may be uninitialised.
  constexpr Clock::time_point kNone = Clock::time_point::max();
  Clock::time_point pendingSince = kNone;
  while (!server.exited()) {
    std::vector<std::string> batch;
    while (auto message = reader.next()) {
      if (!message->error.empty()) {
        server.receive(batch);
        batch.clear();
        server.framingError(message->error);
      } else {
        batch.push_back(std::move(message->body));
      }
    }
    if (!batch.empty()) {
      server.receive(batch);
      if (server.hasPendingChecks() && pendingSince == kNone) pendingSince = Clock::now();
    }
    if (server.exited() || inputEnded) break;
    int timeout = -1;
    if (server.hasPendingChecks()) {
      if (pendingSince == kNone) pendingSince = Clock::now();
      if (Clock::now() - pendingSince >= kMaxDelay) {
        server.checkPending();
        pendingSince = kNone;
        continue;
      }
      timeout = static_cast<int>(debounce.count());
    } else {
      pendingSince = kNone;
    }
    pollfd input{inputFd, POLLIN, 0};
    const int ready = ::poll(&input, 1, timeout);
    if (ready == 0) {
      server.checkPending();
      pendingSince = kNone;
      continue;
    }
    if (ready < 0) {
      if (errno == EINTR) continue;
      break;
    }
    const ssize_t got = ::read(inputFd, buffer.data(), buffer.size());
    if (got < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (got <= 0) {
      inputEnded = true;
      continue;
    }
    reader.feed(std::string_view(buffer.data(), static_cast<std::size_t>(got)));
  }
  return server.exited() ? server.exitCode() : 1;
}

}  // namespace careerlint::lsp
