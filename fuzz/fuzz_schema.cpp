// libFuzzer target: an untrusted JSON Schema (x-careerlint keywords included) compiled and then
// used to validate a few documents: a career record, a list, a scalar and an empty file.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "careerlint/schema.h"
#include "careerlint/yaml_loader.h"

namespace {

const std::vector<careerlint::Document>& documents() {
  static const std::vector<careerlint::Document> loaded = [] {
    std::vector<careerlint::Document> made;
    for (std::string_view text :
         {std::string_view("schema_version: 1\ntitle: Nurse\nslug: nurse\ntasks: [a, b]\n"
                           "wages: {annual: {median: 50000}}\nx: &a [1, 2.5, true, null]\ny: *a\n"),
          std::string_view("- 1\n- [two, {three: 3}]\n- ''\n"), std::string_view("just text\n"),
          std::string_view("")}) {
      auto document = careerlint::loadYaml(text);
      if (!document) __builtin_trap();
      made.push_back(std::move(*document));
    }
    return made;
  }();
  return loaded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto schema = careerlint::Schema::fromText(text, "fuzz.schema.json");
  if (!schema) return 0;
  for (const careerlint::Document& document : documents()) {
    careerlint::FindingList findings;
    careerlint::validate(document, *schema, "fuzz.yaml", findings);
  }
  return 0;
}
