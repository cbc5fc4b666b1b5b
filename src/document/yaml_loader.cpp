#include "careerlint/yaml_loader.h"

#include "document/yaml_reader.h"

namespace careerlint {

// libfyaml, not libyaml: through the same TreeAssembler it loads 307 of the YAML test suite's
// 308 valid cases and refuses all 94 invalid ones (libyaml, a YAML 1.1 parser: 257 and 78,
// and 4 values read wrong) for about 30% more time per page. bench/README.md has the figures.
Expected<Document> loadYaml(std::string_view text, const YamlLimits& limits, YamlProblem* problem) {
  return yaml::load(&yaml::parseWithLibfyaml, text, limits, problem);
}

}  // namespace careerlint
