#include "report/report.h"

#include <algorithm>
#include <array>

namespace careerlint::report {
namespace {

using Writer = void (*)(std::span<const Finding>, const ReportContext&, std::ostream&,
                        std::ostream*);

struct Format {
  std::string_view name;
  Writer write;
};

// Sorted by name; formatNames() hands out the names in this order.
constexpr std::array kFormats{
    Format{"compact", [](std::span<const Finding> f, const ReportContext& c, std::ostream& o,
                         std::ostream*) { writeCompact(f, c, o); }},
    Format{"github", [](std::span<const Finding> f, const ReportContext& c, std::ostream& o,
                        std::ostream* summary) { writeGithub(f, c, o, summary); }},
    Format{"json", [](std::span<const Finding> f, const ReportContext& c, std::ostream& o,
                      std::ostream*) { writeJson(f, c, o); }},
    Format{"junit", [](std::span<const Finding> f, const ReportContext& c, std::ostream& o,
                       std::ostream*) { writeJunit(f, c, o); }},
    Format{"sarif", [](std::span<const Finding> f, const ReportContext& c, std::ostream& o,
                       std::ostream*) { writeSarif(f, c, o); }},
    Format{"stylish", [](std::span<const Finding> f, const ReportContext& c, std::ostream& o,
                         std::ostream*) { writeStylish(f, c, o); }},
};

constexpr auto kNames = [] {
  std::array<std::string_view, kFormats.size()> names{};
  for (std::size_t i = 0; i < kFormats.size(); ++i) names[i] = kFormats[i].name;
  return names;
}();

}  // namespace

std::span<const std::string_view> formatNames() noexcept { return kNames; }

bool writeFormat(std::string_view name, std::span<const Finding> findings,
                 const ReportContext& context, std::ostream& out, std::ostream* summary) {
  const auto it = std::find_if(kFormats.begin(), kFormats.end(),
                               [&](const Format& format) { return format.name == name; });
  if (it == kFormats.end()) return false;
  it->write(findings, context, out, summary);
  return true;
}

}  // namespace careerlint::report
