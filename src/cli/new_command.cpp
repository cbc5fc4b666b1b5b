#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <ostream>

#include "careerlint/author.h"
#include "careerlint/convert.h"
#include "cli/command.h"
#include "cli/diagnostics.h"
#include "util/files.h"
#include "util/strings.h"

namespace careerlint::cli {

namespace {

struct NewOptions {
  std::string title;
  bool manual = false;
  std::string output;
};

int runNew(const NewOptions& options, Io& io) {
  const std::string slug = strings::slugify(options.title);
  if (slug.empty()) {
    io.err << "careerlint new: the title \"" << options.title
           << "\" has no letters or digits to make a slug from\n";
    return 2;
  }
  const std::string scaffold = scaffoldRecord(options.title, options.manual);
  if (options.output == "-") {
    io.out << scaffold;
    return 0;
  }
  const std::string target = options.output.empty() ? slug + ".yaml" : options.output;
  std::error_code ec;
  if (std::filesystem::exists(target, ec) || ec) {
    io.err << "careerlint new: " << target
           << " already exists; careerlint never overwrites a record (choose another name with "
              "-o)\n";
    return 2;
  }
  if (auto written = files::writeFileAtomically(target, scaffold); !written) {
    printError(io.err, written.error());
    return 2;
  }
  io.err << "careerlint: wrote " << target << "; replace every TODO, then run `careerlint lint "
         << target << "`\n";
  return 0;
}

}  // namespace

Command addNewCommand(CLI::App& app) {
  auto options = std::make_shared<NewOptions>();
  CLI::App* sub = app.add_subcommand(
      "new", "Start a record: a scaffold with every required section and TODO placeholders");
  sub->add_option("title", options->title, "The career's title, e.g. \"Dental Hygienists\"")
      ->required();
  sub->add_flag("--manual", options->manual,
                "A hand-written manual-career record (the site's template) instead of the career "
                "model");
  sub->add_option("-o,--output", options->output,
                  "Write to FILE (default: <slug>.yaml here; - for standard output)");
  sub->footer(
      "`careerlint lint` refuses the scaffold until every TODO is filled. An existing file is\n"
      "never overwritten.\nExit codes: 0 written; 2 the file exists or could not be written.");
  return Command{sub, [options](Io& io) { return runNew(*options, io); }};
}

}  // namespace careerlint::cli
