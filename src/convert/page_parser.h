#pragma once

#include <string_view>
#include <vector>

#include "careerlint/career.h"
#include "careerlint/finding.h"
#include "careerlint/page_layout.h"
#include "convert/page_lines.h"

namespace careerlint::convert {

using SectionId = layout::SectionId;
using SectionInfo = layout::Section;

// The section a heading line names ("🎬Career Video", "Career Video", "🏷️ Also Known As"),
// if any.
const SectionInfo* matchHeading(std::string_view line);

// Parses the lines of a page into the model; lines it cannot place go to career.unplaced and
// become warnings (rule "unplaced-line") for `file`.
Career parsePage(const std::vector<PageLine>& lines, std::string_view file,
                 std::vector<Finding>& warnings);

}  // namespace careerlint::convert
