#include "careerlint/yaml_loader.h"

#include "document/yaml_reader.h"

namespace careerlint {

// libfyaml, not libyaml: on the YAML test suite it accepts 302 of 308 valid cases (libyaml,
// a YAML 1.1 parser: 256) for a small cost in speed; bench/README.md has the measurements.
Expected<Document> loadYaml(std::string_view text, const YamlLimits& limits) {
  return yaml::load(&yaml::parseWithLibfyaml, text, limits);
}

}  // namespace careerlint
