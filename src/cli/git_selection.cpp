#include "cli/git_selection.h"

#include "util/process.h"
#include "util/strings.h"

namespace careerlint::cli {

namespace fs = std::filesystem;

namespace {

Expected<std::string> git(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"git"};
  argv.insert(argv.end(), args.begin(), args.end());
  auto output = process::run(argv);
  if (!output) return Error{{}, {}, output.error().message + " (is git installed?)"};
  if (output->exitCode != 0) {
    std::string reason(strings::trim(output->err));
    if (reason.empty()) reason = "exit code " + std::to_string(output->exitCode);
    return Error{{}, {}, "git " + args.front() + " failed: " + reason};
  }
  return output->out;
}

}  // namespace

Expected<std::set<fs::path>> gitSelectedFiles(const std::optional<std::string>& since,
                                              bool staged) {
  auto top = git({"rev-parse", "--show-toplevel"});
  if (!top) return top.error();
  const fs::path root = std::string(strings::trim(*top));
  std::vector<std::string> diff = {"diff", "--name-only", "-z", "--no-renames",
                                   "--diff-filter=ACMR"};
  if (staged) {
    diff.push_back("--cached");
  } else {
    // The revision is data, never an option: "--end-of-options" keeps "-x" from being one.
    auto base = git({"merge-base", "--end-of-options", *since, "HEAD"});
    if (!base) return Error{{}, {}, "--changed-since " + *since + ": " + base.error().message};
    diff.push_back(std::string(strings::trim(*base)));
  }
  diff.push_back("--");
  auto names = git(diff);
  if (!names) return names.error();
  std::set<fs::path> files;
  for (std::string_view name : strings::split(*names, '\0')) {
    if (!name.empty()) files.insert((root / name).lexically_normal());
  }
  if (!staged) {
    // New files not yet added are changes too.
    auto untracked =
        git({"ls-files", "-z", "--others", "--exclude-standard", "--full-name", root.string()});
    if (untracked) {
      for (std::string_view name : strings::split(*untracked, '\0')) {
        if (!name.empty()) files.insert((root / name).lexically_normal());
      }
    }
  }
  return files;
}

}  // namespace careerlint::cli
