#pragma once

#include <span>
#include <string_view>

namespace careerlint::embedded {

// A file compiled into the binary by cmake/EmbedFiles.cmake.
struct EmbeddedFile {
  std::string_view path;  // relative to the directory it was embedded from
  std::string_view contents;
};

// Returns the file of `files` whose path is `path`, or null.
const EmbeddedFile* find(std::span<const EmbeddedFile> files, std::string_view path) noexcept;

}  // namespace careerlint::embedded
