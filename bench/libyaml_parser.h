#pragma once

// libyaml behind the same TreeAssembler as the product's libfyaml backend (comparison only).

#include <cstddef>
#include <string_view>

#include "document/yaml_reader.h"

namespace careerlint::yaml {

void parseWithLibyaml(std::string_view text, std::size_t skip, TreeAssembler& tree);
Expected<Document> loadYamlWithLibyaml(std::string_view text, const YamlLimits& limits = {});

}  // namespace careerlint::yaml
