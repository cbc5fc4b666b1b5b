// How quickly `careerlint lsp` shows findings after a keystroke, in process: an incremental
// didChange to the 5.5 KB seed page, then the check and publishDiagnostics that the server runs
// once the client is quiet (the debounce, 10 ms, comes on top in an editor). And whether memory
// stays flat over 10,000 edits to one document, each checked.
//
//   careerlint_lsp_bench [benchmark flags]
//
// bench/README.md has the numbers and the commands.

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "lsp/server.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string seedPage() {
  std::ifstream in(std::string(CAREERLINT_SOURCE_DIR) + "/seeds/medical-assistants.txt",
                   std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

double residentMiB() {
  std::ifstream statm("/proc/self/statm");
  long size = 0, resident = 0;
  statm >> size >> resident;
  return static_cast<double>(resident) * static_cast<double>(::sysconf(_SC_PAGESIZE)) /
         (1024.0 * 1024.0);
}

// A workspace with the seed page open in a server, and keystrokes to send it.
class Session {
 public:
  Session() {
    dir_ = fs::temp_directory_path() / ("careerlint-lsp-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    const fs::path page = dir_ / "medical-assistants.txt";
    text_ = seedPage();
    std::ofstream(page, std::ios::binary) << text_;
    uri_ = lsp::uriOfPath(page);
    send({{"jsonrpc", "2.0"},
          {"id", 1},
          {"method", "initialize"},
          {"params",
           {{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", json::object()}}}});
    send({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}});
    send({{"jsonrpc", "2.0"},
          {"method", "textDocument/didOpen"},
          {"params",
           {{"textDocument",
             {{"uri", uri_}, {"languageId", "plaintext"}, {"version", 1}, {"text", text_}}}}}});
    server_.checkPending();
  }
  ~Session() {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  // Types an "x" after the title, or deletes it again, as a client sends it.
  void keystroke() {
    const std::uint32_t end = 18;  // "Medical Assistants"
    const bool insert = version_ % 2 == 1;
    json range = {{"start", {{"line", 0}, {"character", end}}},
                  {"end", {{"line", 0}, {"character", insert ? end : end + 1}}}};
    send({{"jsonrpc", "2.0"},
          {"method", "textDocument/didChange"},
          {"params",
           {{"textDocument", {{"uri", uri_}, {"version", ++version_}}},
            {"contentChanges", {{{"range", range}, {"text", insert ? "x" : ""}}}}}}});
  }
  void check() { server_.checkPending(); }
  std::size_t diagnostics() const { return diagnostics_; }

 private:
  void send(const json& message) { server_.receive(message.dump()); }

  fs::path dir_;
  std::string text_;
  std::string uri_;
  std::int64_t version_ = 1;
  std::size_t diagnostics_ = 0;
  lsp::Server server_{[this](const json& message) {
    if (message.value("method", "") == "textDocument/publishDiagnostics")
      diagnostics_ = message["params"]["diagnostics"].size();
  }};
};

void diagnosticsAfterChange(benchmark::State& state) {
  Session session;
  for (auto _ : state) {
    session.keystroke();
    session.check();
  }
  state.counters["diagnostics"] = static_cast<double>(session.diagnostics());
}
BENCHMARK(diagnosticsAfterChange)->Unit(benchmark::kMillisecond);

// 10,000 edits, each checked and published; resident memory after the first 1,000 and at the end.
void memoryOver10000Edits(benchmark::State& state) {
  for (auto _ : state) {
    Session session;
    double afterFirstThousand = 0;
    for (int edit = 1; edit <= 10000; ++edit) {
      session.keystroke();
      session.check();
      if (edit == 1000) afterFirstThousand = residentMiB();
    }
    state.counters["rss_after_1000_MiB"] = afterFirstThousand;
    state.counters["rss_after_10000_MiB"] = residentMiB();
  }
}
BENCHMARK(memoryOver10000Edits)->Iterations(1)->Unit(benchmark::kSecond);

}  // namespace
}  // namespace careerlint

BENCHMARK_MAIN();
