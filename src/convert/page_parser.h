#pragma once

#include <string_view>
#include <vector>

#include "careerlint/career.h"
#include "careerlint/finding.h"
#include "convert/page_lines.h"

namespace careerlint::convert {

// The sections of the page layout (PAGE-LAYOUT.md §3), in the seed's order.
enum class SectionId {
  CareerVideo,
  KeyResponsibilities,
  InsideThisCareer,
  CareerProgression,
  Education,
  AiAssessment,
  TechnologySkills,
  KeyAbilities,
  AlsoKnownAs,
  RelatedCareers,
  DataSources,
  WhatWorkersSay,
};

struct SectionInfo {
  SectionId id;
  std::string_view slug;   // "career-video": the id in page.sections
  std::string_view title;  // "Career Video": the heading without its emoji
};

const std::vector<SectionInfo>& knownSections();

// The section a heading line names ("🎬Career Video", "Career Video", "🏷️ Also Known As"),
// if any.
const SectionInfo* matchHeading(std::string_view line);

// Parses the lines of a page into the model; lines it cannot place go to career.unplaced and
// become warnings (rule "unplaced-line") for `file`.
Career parsePage(const std::vector<PageLine>& lines, std::string_view file,
                 std::vector<Finding>& warnings);

}  // namespace careerlint::convert
