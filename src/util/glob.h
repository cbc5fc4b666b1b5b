#pragma once

#include <string_view>

namespace careerlint::glob {

// Matches a '/'-separated relative path against a glob:
//   *  any run of characters within one path segment     ?  one character (not '/')
//   ** any number of whole segments ("docs/**/x.md", "**/drafts/**")
//   [abc] [a-z] [!x]  a character class
// A pattern without '/' matches the last segment at any depth, as in .gitignore ("*.txt").
// A pattern ending in '/' or "/**" matches everything under that directory.
bool matches(std::string_view pattern, std::string_view path) noexcept;

}  // namespace careerlint::glob
