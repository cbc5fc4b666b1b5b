// libFuzzer target: raw career page text -> career model -> canonical YAML.
// Besides crashes, it checks the converter's promises: what convert emits reads back as YAML,
// and emitting that again gives the same bytes (`convert -o` refuses to write otherwise, so a
// failure here is a page careerlint cannot convert).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "careerlint/convert.h"
#include "careerlint/schema.h"
#include "careerlint/yaml_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto conversion = careerlint::convertPage(text, "fuzz.txt");
  if (!conversion) return 0;

  const std::string yaml = careerlint::emitCanonicalYaml(conversion->document);
  auto loaded = careerlint::loadYaml(yaml);
  if (!loaded) {
    std::fprintf(stderr, "emitted YAML does not read back: line %u: %s\n--- YAML ---\n%s\n",
                 loaded.error().where.line, loaded.error().message.c_str(), yaml.c_str());
    std::abort();
  }
  if (careerlint::emitCanonicalYaml(*loaded) != yaml) {
    std::fprintf(stderr, "emitting the YAML read back gives other bytes\n--- YAML ---\n%s\n",
                 yaml.c_str());
    std::abort();
  }
  (void)careerlint::sourceMapJson(conversion->document, "fuzz.txt");

  careerlint::FindingList findings;
  careerlint::validate(conversion->document, careerlint::Schema::career(), "fuzz.txt", findings);
  return 0;
}
