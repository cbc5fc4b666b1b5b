#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>

#include "careerlint/schema.h"
#include "careerlint/yaml_loader.h"
#include "cli/command.h"
#include "cli/diagnostics.h"
#include "report/report.h"
#include "util/files.h"
#include "util/utf8.h"

namespace careerlint::cli {

namespace {

namespace fs = std::filesystem;

struct ValidateOptions {
  std::vector<std::string> inputs;
  std::string schema;
};

bool isYamlFile(const fs::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml";
}

// Named files as given; directories as the YAML files under them, sorted.
std::vector<std::string> expandInputs(const std::vector<std::string>& inputs, Io& io,
                                      bool& failed) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input == "-" || !fs::is_directory(input, ec)) {
      files.push_back(input);
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator
             it(input, fs::directory_options::skip_permission_denied, ec),
         end;
         !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec) && isYamlFile(it->path())) found.push_back(it->path().string());
    }
    if (ec) {
      printError(io.err, Error{input, {}, "cannot read directory: " + ec.message()});
      failed = true;
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// The offending line and a caret under the column:
//     3 | title: [unclosed
//       |        ^
// (The stylish formatter will take this over.)
void writeSourceExcerpt(std::ostream& out, std::string_view text, Position where) {
  if (where.line == 0) return;
  std::size_t begin = 0;
  for (std::uint32_t line = 1; line < where.line; ++line) {
    const std::size_t newline = text.find('\n', begin);
    if (newline == std::string_view::npos) return;
    begin = newline + 1;
  }
  std::size_t end = text.find('\n', begin);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(begin, end - begin);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const std::string number = std::to_string(where.line);
  out << "  " << number << " | " << line << '\n';
  out << "  " << std::string(number.size(), ' ') << " | ";
  // Keep tabs so the caret lines up under the same column.
  std::size_t offset = 0;
  for (std::uint32_t column = 1; column < where.column && offset < line.size(); ++column) {
    out << (line[offset] == '\t' ? '\t' : ' ');
    offset += utf8::sequenceLength(static_cast<unsigned char>(line[offset]));
  }
  out << "^\n";
}

// The loader's Error has no kind; its wording tells (docs/rules/yaml-syntax.md lists the ids).
std::string_view yamlSyntaxMessageId(std::string_view message) {
  if (message.starts_with("duplicate key")) return "duplicateKey";
  for (std::string_view limit : {"more than", "too large", "careerlint reads lines of up to"}) {
    if (message.find(limit) != std::string_view::npos) return "limit";
  }
  return "syntax";
}

Finding yamlSyntaxFinding(const Error& error, const std::string& file) {
  Finding finding;
  finding.ruleId = "yaml-syntax";
  finding.messageId = std::string(yamlSyntaxMessageId(error.message));
  finding.severity = Severity::Error;
  finding.message = error.message;
  finding.file = file;
  finding.span = Span{error.where, error.where};
  return finding;
}

int runValidate(const ValidateOptions& options, Io& io) {
  if (options.inputs.empty()) {
    printError(io.err, Error{{}, {}, "validate: no files given"});
    return 2;
  }
  std::optional<Schema> chosen;
  if (!options.schema.empty()) {
    Expected<Schema> schema = Schema::fromFile(options.schema);
    if (!schema) {
      printError(io.err, schema.error());
      return 2;
    }
    chosen = std::move(schema).value();
  }
  bool couldNotRun = false;
  bool errorsFound = false;
  for (const std::string& file : expandInputs(options.inputs, io, couldNotRun)) {
    const std::string name = file == "-" ? "<stdin>" : file;
    Expected<std::string> text = files::readFile(file);
    if (!text) {
      printError(io.err, text.error());
      couldNotRun = true;
      continue;  // every file is checked, whatever happened to an earlier one
    }
    Expected<Document> document = loadYaml(*text);
    if (!document) {
      const Finding finding = yamlSyntaxFinding(document.error(), name);
      report::writeCompact(std::span(&finding, 1), io.out);
      writeSourceExcerpt(io.out, *text, finding.span.begin);
      errorsFound = true;
      continue;
    }
    FindingList findings;
    validate(*document, chosen ? *chosen : chooseBuiltinSchema(*document), name, findings);
    report::writeCompact(findings.findings, io.out);
    errorsFound =
        errorsFound || std::any_of(findings.findings.begin(), findings.findings.end(),
                                   [](const Finding& f) { return f.severity == Severity::Error; });
  }
  if (couldNotRun) return 2;
  return errorsFound ? 1 : 0;
}

}  // namespace

Command addValidateCommand(CLI::App& app) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* sub = app.add_subcommand(
      "validate", "Check career YAML files against a JSON Schema; every problem at file:line:col");
  sub->add_option(
      "files", options->inputs,
      "YAML files, or directories to search for .yaml/.yml files; - reads standard input");
  sub->add_option(
      "--schema", options->schema,
      "JSON Schema file to use instead of the built-in career and manual-career schemas");
  sub->footer(
      "Without --schema each file is checked against the built-in schema it is written for:\n"
      "the career model (a mapping with schema_version) or the hand-written career record\n"
      "(data_source: manual).\n"
      "Exit codes: 0 no errors; 1 errors found; 2 careerlint could not run.");
  return Command{sub, [options](Io& io) { return runValidate(*options, io); }};
}

}  // namespace careerlint::cli
