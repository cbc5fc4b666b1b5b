#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <ostream>

#include "careerlint/convert.h"
#include "careerlint/yaml_loader.h"
#include "cli/command.h"
#include "cli/diagnostics.h"
#include "report/report.h"
#include "util/files.h"

namespace careerlint::cli {

namespace {

namespace fs = std::filesystem;

struct ConvertOptions {
  std::vector<std::string> inputs;
  std::string output;
  std::string outDir;
  std::string sourceMap;
};

// A page to convert and where its YAML goes ("" = standard output).
struct Job {
  std::string input;
  std::string output;
};

// Nothing is written that does not read back as YAML.
files::AtomicWriteOptions verifiedYaml() {
  files::AtomicWriteOptions options;
  options.verify = [](std::string_view contents) -> std::optional<std::string> {
    auto loaded = loadYaml(contents);
    if (loaded) return std::nullopt;
    return "line " + std::to_string(loaded.error().where.line) + ": " + loaded.error().message;
  };
  return options;
}

int convertOne(const Job& job, const ConvertOptions& options, Io& io) {
  auto text = files::readFile(job.input);
  if (!text) {
    printError(io.err, text.error());
    return 2;
  }
  const std::string name = job.input == "-" ? "<stdin>" : job.input;
  auto conversion = convertPage(*text, name);
  if (!conversion) {
    printError(io.err, conversion.error());
    return 2;
  }
  const std::string yaml = emitCanonicalYaml(conversion->document);
  if (job.output.empty()) {
    io.out << yaml;
  } else if (auto written = files::writeFileAtomically(job.output, yaml, verifiedYaml());
             !written) {
    printError(io.err, written.error());
    return 2;
  }
  if (!options.sourceMap.empty()) {
    if (auto written = files::writeFileAtomically(options.sourceMap,
                                                  sourceMapJson(conversion->document, name));
        !written) {
      printError(io.err, written.error());
      return 2;
    }
  }
  report::writeCompact(conversion->warnings, io.err);
  return conversion->warnings.empty() ? 0 : 1;
}

// Expands directories to the .txt pages under them, sorted; outputs mirror the inputs' layout.
std::vector<Job> planJobs(const ConvertOptions& options, Io& io, bool& failed) {
  std::vector<Job> jobs;
  const bool many =
      options.inputs.size() > 1 || (options.inputs.size() == 1 && options.inputs[0] != "-" &&
                                    fs::is_directory(options.inputs[0]));
  if (!many) {
    jobs.push_back({options.inputs[0], options.output});
    return jobs;
  }
  for (const std::string& input : options.inputs) {
    std::error_code ec;
    if (input != "-" && fs::is_directory(input, ec)) {
      std::vector<fs::path> pages;
      ec = files::walkContentTree(input, [&](const fs::directory_entry& entry) {
        std::error_code entryError;
        if (entry.is_regular_file(entryError) && entry.path().extension() == ".txt")
          pages.push_back(entry.path());
      });
      if (ec) {
        printError(io.err, Error{input, {}, "cannot read directory: " + ec.message()});
        failed = true;
      }
      std::sort(pages.begin(), pages.end());
      for (const fs::path& page : pages) {
        fs::path relative = fs::relative(page, input);
        relative.replace_extension(".yaml");
        jobs.push_back({page.string(), (fs::path(options.outDir) / relative).string()});
      }
    } else {
      fs::path output = fs::path(input).filename();
      output.replace_extension(".yaml");
      jobs.push_back({input, (fs::path(options.outDir) / output).string()});
    }
  }
  return jobs;
}

int runConvert(const ConvertOptions& options, Io& io) {
  const bool many = options.inputs.size() > 1 ||
                    (options.inputs[0] != "-" && fs::is_directory(options.inputs[0]));
  if (many && options.outDir.empty()) {
    io.err
        << "careerlint convert: several pages need --out-dir DIR (one .yaml is written per page)\n";
    return 2;
  }
  if (many && (!options.output.empty() || !options.sourceMap.empty())) {
    io.err << "careerlint convert: -o and --source-map take a single page; use --out-dir for "
              "several\n";
    return 2;
  }
  bool failed = false;
  std::vector<Job> jobs = planJobs(options, io, failed);
  int worst = failed ? 2 : 0;
  for (const Job& job : jobs) {
    if (!job.output.empty()) {
      std::error_code ec;
      fs::create_directories(fs::path(job.output).parent_path(), ec);
    }
    worst = std::max(worst, convertOne(job, options, io));
  }
  return worst;
}

}  // namespace

Command addConvertCommand(CLI::App& app) {
  auto options = std::make_shared<ConvertOptions>();
  CLI::App* sub = app.add_subcommand("convert", "Convert raw career page text to canonical YAML");
  sub->add_option("pages", options->inputs,
                  "Page text files or directories of .txt pages; - reads stdin")
      ->required();
  sub->add_option("-o,--output", options->output,
                  "Write the YAML to FILE (atomically) instead of stdout");
  sub->add_option("--out-dir", options->outDir,
                  "With several pages or a directory: write one .yaml per page here");
  sub->add_option("--source-map", options->sourceMap,
                  "Write the JSON source map (value -> page line:column) to FILE");
  sub->footer(
      "Exit codes: 0 converted; 1 converted, with warnings (lines kept under `unplaced`);\n"
      "2 an input could not be read or is not a career page.");
  return Command{sub, [options](Io& io) { return runConvert(*options, io); }};
}

}  // namespace careerlint::cli
