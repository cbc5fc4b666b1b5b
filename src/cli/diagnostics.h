#pragma once

#include <iosfwd>

#include "careerlint/expected.h"

namespace careerlint::cli {

// "file:line:col: error: message" (or "file: error: message" when there is no place).
void printError(std::ostream& err, const Error& error);

}  // namespace careerlint::cli
