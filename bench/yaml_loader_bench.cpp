// How fast careerlint reads YAML, and what the alternatives would cost.
//
//   careerlint_yaml_bench [benchmark flags] [CORPUS_DIR]
//
// One page: loadYaml (libfyaml) and the libyaml backend on a real hand-written career file,
// yaml-cpp's parse for the record. Whole corpus (CORPUS_DIR, or $CAREERLINT_YAML_CORPUS; made by
// tools/gen_yaml_corpus.py): every file read and parsed, single thread; the raw read is the
// floor. Without a corpus those benchmarks are skipped with a message. bench/README.md has the
// numbers and the commands.

#include <benchmark/benchmark.h>
#include <libfyaml.h>
#include <yaml-cpp/yaml.h>
#include <yaml.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "bench/libyaml_parser.h"
#include "careerlint/yaml_loader.h"
#include "util/files.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;

std::string& corpusDir() {
  static std::string dir;
  return dir;
}

const std::vector<std::string>& corpusFiles() {
  static const std::vector<std::string> files = [] {
    std::vector<std::string> found;
    std::error_code error;
    if (corpusDir().empty() || !fs::is_directory(corpusDir(), error)) return found;
    for (const auto& entry : fs::directory_iterator(corpusDir())) {
      if (entry.is_regular_file() && entry.path().extension() == ".yaml") {
        found.push_back(entry.path().string());
      }
    }
    std::sort(found.begin(), found.end());
    return found;
  }();
  return files;
}

std::string readOrDie(const std::string& path) {
  Expected<std::string> text = files::readFile(path);
  if (!text) {
    std::cerr << path << ": " << text.error().message << "\n";
    std::exit(2);
  }
  return std::move(text).value();
}

const std::string& onePageText() {
  static const std::string text =
      readOrDie(CAREERLINT_TEST_DATA_DIR "/manual-careers/recruiters.yaml");
  return text;
}

// Each way of reading one text; returns false when the text was refused.
bool viaLoadYaml(const std::string& text) {
  Expected<Document> doc = loadYaml(text);
  benchmark::DoNotOptimize(doc);
  return doc.hasValue();
}

bool viaLibyamlBackend(const std::string& text) {
  Expected<Document> doc = yaml::loadYamlWithLibyaml(text);
  benchmark::DoNotOptimize(doc);
  return doc.hasValue();
}

bool viaYamlCpp(const std::string& text) {
  try {
    YAML::Node node = YAML::Load(text);
    benchmark::DoNotOptimize(node);
    return true;
  } catch (const YAML::Exception&) {
    return false;
  }
}

// The parsers alone, events discarded: what careerlint's tree building adds on top.
bool libfyamlEventsOnly(const std::string& text) {
  fy_parse_cfg config{};
  config.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2);
  fy_parser* parser = fy_parser_create(&config);
  fy_parser_set_string(parser, text.empty() ? "" : text.data(), text.size());
  while (fy_event* event = fy_parser_parse(parser)) {
    if (event->type == FYET_SCALAR) {
      size_t length = 0;
      benchmark::DoNotOptimize(fy_token_get_text(event->scalar.value, &length));
    }
    fy_parser_event_free(parser, event);
  }
  const bool ok = !fy_parser_get_stream_error(parser);
  fy_parser_destroy(parser);
  return ok;
}

// libfyaml's own document tree (its document API), for comparison with its event API.
bool libfyamlDocumentOnly(const std::string& text) {
  fy_parse_cfg config{};
  config.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2);
  fy_document* document = fy_document_build_from_string(&config, text.data(), text.size());
  benchmark::DoNotOptimize(document);
  if (!document) return false;
  fy_document_destroy(document);
  return true;
}

bool libyamlEventsOnly(const std::string& text) {
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  static const unsigned char kEmpty[] = "";
  yaml_parser_set_input_string(
      &parser, text.empty() ? kEmpty : reinterpret_cast<const unsigned char*>(text.data()),
      text.size());
  bool ok = true;
  for (bool done = false; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      ok = false;
      break;
    }
    done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  return ok;
}

bool readOnly(const std::string& text) {
  benchmark::DoNotOptimize(text.data());
  return true;
}

using Reader = bool (*)(const std::string&);

void benchOnePage(benchmark::State& state, Reader reader) {
  const std::string& text = onePageText();
  for (auto _ : state) {
    if (!reader(text)) {
      state.SkipWithError("the page was refused");
      return;
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

// Reads every corpus file from disk and hands it to `reader`, as `careerlint lint` would.
void benchWholeCorpus(benchmark::State& state, Reader reader) {
  const std::vector<std::string>& files = corpusFiles();
  if (files.empty()) {
    state.SkipWithError(
        "no corpus: pass a directory of YAML files (tools/gen_yaml_corpus.py --out DIR) as the "
        "last argument or in CAREERLINT_YAML_CORPUS");
    return;
  }
  std::int64_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& path : files) {
      const std::string text = readOrDie(path);
      if (!reader(text)) {
        state.SkipWithError(std::string("refused: ").append(path).c_str());
        return;
      }
      bytes += static_cast<std::int64_t>(text.size());
    }
  }
  state.SetBytesProcessed(bytes);
  state.counters["files"] = static_cast<double>(files.size());
}

// On a shared machine the fastest of several runs is the least disturbed one:
// --benchmark_repetitions=N reports it as "_min".
double fastest(const std::vector<double>& runs) {
  return runs.empty() ? 0.0 : *std::min_element(runs.begin(), runs.end());
}

void registerAll() {
  const std::pair<const char*, Reader> pageReaders[] = {
      {"loadYaml_libfyaml", &viaLoadYaml},
      {"libyaml_to_Document", &viaLibyamlBackend},
      {"yamlcpp_parse", &viaYamlCpp},
      {"libfyaml_events_only", &libfyamlEventsOnly},
      {"libfyaml_document_api_only", &libfyamlDocumentOnly},
      {"libyaml_events_only", &libyamlEventsOnly},
  };
  for (const auto& [name, reader] : pageReaders) {
    benchmark::RegisterBenchmark((std::string("onePage/") + name).c_str(), benchOnePage, reader)
        ->ComputeStatistics("min", fastest);
  }
  const std::pair<const char*, Reader> corpusReaders[] = {
      {"read_only", &readOnly},
      {"loadYaml_libfyaml", &viaLoadYaml},
      {"libyaml_to_Document", &viaLibyamlBackend},
      {"yamlcpp_parse", &viaYamlCpp},
      {"libfyaml_events_only", &libfyamlEventsOnly},
      {"libfyaml_document_api_only", &libfyamlDocumentOnly},
      {"libyaml_events_only", &libyamlEventsOnly},
  };
  for (const auto& [name, reader] : corpusReaders) {
    benchmark::RegisterBenchmark((std::string("wholeCorpus/") + name).c_str(), benchWholeCorpus,
                                 reader)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->ComputeStatistics("min", fastest);
  }
}

}  // namespace
}  // namespace careerlint

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  careerlint::registerAll();
  if (argc > 2) {
    std::cerr << "usage: " << argv[0] << " [benchmark flags] [CORPUS_DIR]\n";
    return 2;
  }
  if (argc == 2) {
    careerlint::corpusDir() = argv[1];
  } else if (const char* env = std::getenv("CAREERLINT_YAML_CORPUS")) {
    careerlint::corpusDir() = env;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
