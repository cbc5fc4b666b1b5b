// libFuzzer target: careerlint-disable comments. The text is parsed as the directives of a
// file, findings on its first lines (and on no line) go through them, and the problems with
// the directives are reported, as the lint engine does.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "catalog/catalog.h"
#include "lint/suppressions.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto isKnownRule = [](std::string_view id) {
    return careerlint::catalog::findRuleMeta(id) != nullptr;
  };
  auto suppressions = careerlint::lint::Suppressions::parse(text, "fuzz.yaml", isKnownRule);

  const auto& metas = careerlint::catalog::allRuleMetas();
  for (std::uint32_t line = 0; line <= 12; ++line) {
    careerlint::Finding finding;
    finding.ruleId = metas.empty() ? "yaml-syntax" : metas[line % metas.size()]->id;
    finding.file = "fuzz.yaml";
    finding.span = careerlint::Span{{line, 1, 0}, {line, 2, 1}};
    (void)suppressions.suppresses(finding);
  }
  (void)suppressions.problems([](std::string_view id) { return id.size() % 2 == 0; });

  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    (void)careerlint::lint::Suppressions::isDirectiveLine(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return 0;
}
