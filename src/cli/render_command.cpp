#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <ostream>

#include "careerlint/author.h"
#include "careerlint/convert.h"
#include "careerlint/yaml_loader.h"
#include "cli/command.h"
#include "cli/diagnostics.h"
#include "util/files.h"

namespace careerlint::cli {

namespace {

struct RenderOptions {
  std::string input;
  std::string format = "text";
  std::string output;
};

// The record to render: a YAML record, or a raw page (.txt) converted first.
Expected<Document> readRecord(const std::string& input, const std::string& text) {
  const std::string name = input == "-" ? "<stdin>" : input;
  if (std::filesystem::path(input).extension() == ".txt") {
    auto conversion = convertPage(text, name);
    if (!conversion) return conversion.error();
    return std::move(conversion->document);
  }
  auto document = loadYaml(text);
  if (!document) {
    Error error = document.error();
    error.file = name;
    return error;
  }
  return document;
}

int runRender(const RenderOptions& options, Io& io) {
  const std::optional<RenderFormat> format = parseRenderFormat(options.format);
  if (!format) {
    io.err << "careerlint render: unknown --format \"" << options.format
           << "\" (text, markdown or html)\n";
    return 2;
  }
  auto text = files::readFile(options.input);
  if (!text) {
    printError(io.err, text.error());
    return 2;
  }
  auto record = readRecord(options.input, *text);
  if (!record) {
    printError(io.err, record.error());
    return 2;
  }
  auto rendered = renderRecord(*record, *format, options.input);
  if (!rendered) {
    printError(io.err, rendered.error());
    return 2;
  }
  if (options.output.empty()) {
    io.out << *rendered;
    return 0;
  }
  if (auto written = files::writeFileAtomically(options.output, *rendered); !written) {
    printError(io.err, written.error());
    return 2;
  }
  return 0;
}

}  // namespace

Command addRenderCommand(CLI::App& app) {
  auto options = std::make_shared<RenderOptions>();
  CLI::App* sub = app.add_subcommand(
      "render", "Show a record as readers see it: the page's text, Markdown or an HTML preview");
  sub->add_option("record", options->input,
                  "A YAML record (career model or manual career), a raw page (.txt), or - for "
                  "standard input")
      ->required();
  sub->add_option("--format", options->format,
                  "text (the page as the site prints it), markdown or html")
      ->capture_default_str();
  sub->add_option("-o,--output", options->output, "Write to FILE (atomically) instead of stdout");
  sub->footer(
      "Text is convert's inverse: `careerlint convert` of the rendered text gives the record "
      "back.\n"
      "Exit codes: 0 rendered; 2 the record could not be read or is not a career record.");
  return Command{sub, [options](Io& io) { return runRender(*options, io); }};
}

}  // namespace careerlint::cli
