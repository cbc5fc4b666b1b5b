#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "careerlint/expected.h"

namespace careerlint::cli {

struct GitSelection {
  std::filesystem::path root;             // the repository's top level
  std::set<std::filesystem::path> files;  // absolute, normalised; deleted files left out
  // With --staged: the staged text (the index) of each selected file, which is what is committed.
  std::map<std::filesystem::path, std::string> staged;
};

// The files to lint for --changed-since REF (changed since the merge base of REF and HEAD,
// committed or not) or --staged (staged for commit, with their staged texts). A renamed file is
// selected under its new name.
Expected<GitSelection> gitSelectedFiles(const std::optional<std::string>& since, bool staged);

// The top level of the git repository around the current directory.
Expected<std::filesystem::path> gitTopLevel();

// Stages the working copies of `files` again (after --fix --staged rewrote them).
Expected<Ok> gitStage(const std::filesystem::path& root,
                      const std::vector<std::filesystem::path>& files);

}  // namespace careerlint::cli
