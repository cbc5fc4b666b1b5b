// libFuzzer target: YAML text -> careerlint's document tree -> JSON Schema validation against
// the built-in schemas (the one chooseBuiltinSchema picks, then both) and a permissive one.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "careerlint/schema.h"
#include "careerlint/yaml_loader.h"

namespace {

const careerlint::Schema& permissiveSchema() {
  static const careerlint::Schema schema = [] {
    auto compiled = careerlint::Schema::fromText("{}", "permissive.schema.json");
    if (!compiled) __builtin_trap();
    return *compiled;
  }();
  return schema;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto document = careerlint::loadYaml(text);
  if (!document) return 0;
  const careerlint::Schema* schemas[] = {&careerlint::chooseBuiltinSchema(*document),
                                         &careerlint::Schema::career(),
                                         &careerlint::Schema::manualCareer(), &permissiveSchema()};
  for (const careerlint::Schema* schema : schemas) {
    careerlint::FindingList findings;
    careerlint::validate(*document, *schema, "fuzz.yaml", findings);
  }
  return 0;
}
