#pragma once

#include <cstddef>
#include <filesystem>
#include <string_view>

#include "careerlint/document.h"
#include "careerlint/expected.h"

namespace careerlint::lint {

// Bounds on a careers index (a content root may name one): it is read once per run, and is as
// untrusted as any other input. Its size is bounded by the file-size limit when it is read.
inline constexpr std::size_t kMaxIndexEntries = 100'000;
inline constexpr std::size_t kMaxIndexDepth = 32;

// Whether a content root names a careers index file (a JSON file) rather than a directory.
bool isCareersIndexFile(const std::filesystem::path& root);

// The site's careers index (careers-index.json: an array of {title, slug, category, median_pay,
// …}) or its consolidated careers (careers.json: an array of records with slug, title, category
// and wages.annual.median), as a document: a list of mappings {title, slug, category,
// median_pay} (the keys an entry has), for related-career-exists. The Error says why the text is
// not an index (not JSON, not an array of records with a slug and a title, beyond the bounds).
Expected<Document> loadCareersIndex(std::string_view text, std::string_view name);

}  // namespace careerlint::lint
