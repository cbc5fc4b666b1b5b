#include "cli/git_selection.h"

#include "util/process.h"
#include "util/strings.h"

namespace careerlint::cli {

namespace fs = std::filesystem;

namespace {

Expected<std::string> git(const std::vector<std::string>& args, const std::string& directory = "",
                          const std::string& input = "") {
  std::vector<std::string> argv = {"git"};
  argv.insert(argv.end(), args.begin(), args.end());
  auto output = process::run(argv, directory, input);
  if (!output) return Error{{}, {}, output.error().message + " (is git installed?)"};
  if (output->exitCode != 0) {
    std::string reason(strings::trim(output->err));
    if (reason.empty()) reason = "exit code " + std::to_string(output->exitCode);
    return Error{{}, {}, "git " + args.front() + " failed: " + reason};
  }
  return output->out;
}

// The staged texts of `names` (relative to the top level), all through one `git cat-file
// --batch`: ":NAME" is the index's version of NAME.
Expected<std::map<fs::path, std::string>> stagedTexts(const fs::path& root,
                                                      const std::vector<std::string>& names) {
  std::map<fs::path, std::string> texts;
  std::string request;
  std::vector<const std::string*> asked;
  for (const std::string& name : names) {
    if (name.find('\n') != std::string::npos) continue;  // cannot be asked for on a line
    request += ":" + name + "\n";
    asked.push_back(&name);
  }
  if (asked.empty()) return texts;
  auto output = git({"cat-file", "--batch"}, root.string(), request);
  if (!output) return output.error();
  const std::string& out = *output;
  std::size_t at = 0;
  for (const std::string* name : asked) {
    const std::size_t eol = out.find('\n', at);
    if (eol == std::string::npos) break;
    const std::string header = out.substr(at, eol - at);
    at = eol + 1;
    // "<oid> blob <size>", or "<request> missing" (a submodule, say): not staged text.
    const std::size_t space = header.rfind(' ');
    if (header.ends_with(" missing") || space == std::string::npos) continue;
    std::size_t size = 0;
    try {
      size = std::stoull(header.substr(space + 1));
    } catch (const std::exception&) {
      return Error{{}, {}, "git cat-file --batch: unexpected answer \"" + header + "\""};
    }
    if (at + size > out.size())
      return Error{{}, {}, "git cat-file --batch: the answer for " + *name + " is cut short"};
    if (header.find(" blob ") != std::string::npos)
      texts[(root / *name).lexically_normal()] = out.substr(at, size);
    at += size + 1;  // the contents, then a line feed
  }
  return texts;
}

}  // namespace

Expected<fs::path> gitTopLevel() {
  auto top = git({"rev-parse", "--show-toplevel"});
  if (!top) return top.error();
  return fs::path(std::string(strings::trim(*top)));
}

Expected<GitSelection> gitSelectedFiles(const std::optional<std::string>& since, bool staged) {
  auto top = gitTopLevel();
  if (!top) return top.error();
  GitSelection selection;
  selection.root = *top;
  const fs::path& root = selection.root;
  // Renames are a deletion and an addition: the new name is checked, the old one is gone.
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
  auto names = git(diff, root.string());
  if (!names) return names.error();
  std::vector<std::string> changed;
  for (std::string_view name : strings::split(*names, '\0')) {
    if (name.empty()) continue;
    changed.emplace_back(name);
    selection.files.insert((root / name).lexically_normal());
  }
  if (staged) {
    auto texts = stagedTexts(root, changed);
    if (!texts) return texts.error();
    selection.staged = std::move(*texts);
  } else {
    // New files not yet added are changes too.
    auto untracked =
        git({"ls-files", "-z", "--others", "--exclude-standard", "--full-name", root.string()});
    if (untracked) {
      for (std::string_view name : strings::split(*untracked, '\0')) {
        if (!name.empty()) selection.files.insert((root / name).lexically_normal());
      }
    }
  }
  return selection;
}

Expected<Ok> gitStage(const fs::path& root, const std::vector<fs::path>& files) {
  if (files.empty()) return Ok{};
  std::vector<std::string> args = {"add", "--"};
  for (const fs::path& file : files) args.push_back(file.string());
  auto added = git(args, root.string());
  if (!added) return added.error();
  return Ok{};
}

}  // namespace careerlint::cli
