// How fast careerlint checks one page (a pre-commit run must feel instant) and a whole content
// repository (CI), end to end through the lint engine: read, convert or load, schema, every
// editorial rule, suppressions.
//
//   careerlint_lint_bench [benchmark flags] [CORPUS_DIR]
//
// CORPUS_DIR (or $CAREERLINT_LINT_CORPUS) is any directory of pages and records, e.g. made by
// tools/gen_pages.py (raw pages) or tools/gen_yaml_corpus.py (career YAML). Without one the
// corpus benchmarks are skipped with a message. bench/README.md has the numbers and commands.

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "careerlint/convert.h"
#include "careerlint/schema.h"
#include "careerlint/yaml_loader.h"
#include "lint/engine.h"
#include "util/files.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;

std::string& corpusDir() {
  static std::string dir;
  return dir;
}

std::string seedPath() {
  return std::string(CAREERLINT_SOURCE_DIR) + "/seeds/medical-assistants.txt";
}

void lintSeedPage(benchmark::State& state) {
  lint::EngineOptions options;
  options.jobs = 1;
  for (auto _ : state) {
    lint::RunResult result = lint::run({seedPath()}, options);
    benchmark::DoNotOptimize(result.findings.data());
  }
}
BENCHMARK(lintSeedPage)->Unit(benchmark::kMicrosecond);

void convertSeedPage(benchmark::State& state) {
  const std::string text = files::readFile(seedPath()).value();
  for (auto _ : state) {
    auto conversion = convertPage(text, "seed.txt");
    benchmark::DoNotOptimize(conversion.hasValue());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(convertSeedPage)->Unit(benchmark::kMicrosecond);

void validateSeedYaml(benchmark::State& state) {
  const std::string text =
      files::readFile(std::string(CAREERLINT_SOURCE_DIR) + "/seeds/medical-assistants.yaml")
          .value();
  const Document document = loadYaml(text).value();
  for (auto _ : state) {
    FindingList findings;
    validate(document, Schema::career(), "seed.yaml", findings);
    benchmark::DoNotOptimize(findings.findings.data());
  }
}
BENCHMARK(validateSeedYaml)->Unit(benchmark::kMicrosecond);

// The whole corpus; the argument is the number of worker threads.
void lintCorpus(benchmark::State& state) {
  if (corpusDir().empty() || !fs::is_directory(corpusDir())) {
    state.SkipWithError("no corpus: pass CORPUS_DIR or set CAREERLINT_LINT_CORPUS");
    return;
  }
  lint::EngineOptions options;
  options.jobs = static_cast<unsigned>(state.range(0));
  std::size_t files = 0;
  for (auto _ : state) {
    lint::RunResult result = lint::run({corpusDir()}, options);
    files = result.files.size();
    benchmark::DoNotOptimize(result.findings.data());
  }
  state.counters["files"] = static_cast<double>(files);
  state.counters["files_per_second"] = benchmark::Counter(
      static_cast<double>(files * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(lintCorpus)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

}  // namespace
}  // namespace careerlint

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc > 1) {
    careerlint::corpusDir() = argv[1];
  } else if (const char* dir = std::getenv("CAREERLINT_LINT_CORPUS")) {
    careerlint::corpusDir() = dir;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
