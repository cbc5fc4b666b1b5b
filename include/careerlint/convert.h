#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "careerlint/career.h"
#include "careerlint/document.h"
#include "careerlint/expected.h"
#include "careerlint/finding.h"
#include "careerlint/yaml_emitter.h"

namespace careerlint {

// A converted page: the typed model, the same model as a document tree whose marks point into
// the raw page (the source map), and the converter's warnings (lines it could not place).
struct Conversion {
  Career career;
  Document document;
  std::vector<Finding> warnings;
};

// Raw career page text -> career model. Fails (with the file and the place) when the input is
// empty, binary, not UTF-8, UTF-16, or not a career page.
Expected<Conversion> convertPage(std::string_view text, std::string_view file);

// The model as a document tree, keys in canonical order, marks from the page.
Document careerToDocument(const Career& career);

// {"version":1,"file":…,"entries":[{"pointer":…,"line":…,"column":…},…]} for every node.
std::string sourceMapJson(const Document& document, std::string_view file);

}  // namespace careerlint
