#pragma once

#include <string>
#include <valijson/schema.hpp>

#include "careerlint/schema.h"

namespace careerlint {

// What a Schema shares between its copies: valijson's compiled form.
struct Schema::Impl {
  std::string name;
  valijson::Schema compiled;
};

}  // namespace careerlint
