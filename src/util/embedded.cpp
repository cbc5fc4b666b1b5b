#include "util/embedded.h"

namespace careerlint::embedded {

const EmbeddedFile* find(std::span<const EmbeddedFile> files, std::string_view path) noexcept {
  for (const EmbeddedFile& file : files) {
    if (file.path == path) return &file;
  }
  return nullptr;
}

}  // namespace careerlint::embedded
