#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "careerlint/expected.h"

namespace careerlint::files {

inline constexpr std::uint64_t kDefaultMaxFileBytes = 10ull * 1024 * 1024;

// Reads a whole regular file (or "-" for standard input). Refuses directories, files larger
// than maxBytes (checked before reading, and again while reading for pipes) and unreadable files,
// with a message that names the file.
Expected<std::string> readFile(const std::string& path,
                               std::uint64_t maxBytes = kDefaultMaxFileBytes);

struct AtomicWriteOptions {
  // When set, the new contents must pass this check or nothing is written.
  std::function<std::optional<std::string>(std::string_view contents)> verify;
  // Testing only: pretend the disk fails after this many bytes of the temporary file.
  std::optional<std::size_t> failAfterBytesForTesting;
};

// Every file careerlint writes goes through here: a temporary file in the same directory,
// fsync, then rename over the target, keeping the target's permission bits. On any failure
// the target is untouched and the temporary file removed.
Expected<Ok> writeFileAtomically(const std::filesystem::path& target, std::string_view contents,
                                 const AtomicWriteOptions& options = {});

// Walks the files below `root` as careerlint reads a content tree, passing over hidden entries
// (".git", ".cache"), node_modules, and files whose name starts with "_" (templates and partials,
// which static-site loaders skip too). `visit` gets each other entry that is not a directory, in
// directory order. Returns the error that stopped the walk, if any.
std::error_code walkContentTree(
    const std::filesystem::path& root,
    const std::function<void(const std::filesystem::directory_entry&)>& visit);

}  // namespace careerlint::files
