#pragma once

#include <iosfwd>

#include "careerlint/expected.h"

namespace careerlint::cli {

// "careerlint: file:line:col: error: message" (or "careerlint: file: error: message" when there is
// no place, "careerlint: error: message" when there is no file).
void printError(std::ostream& err, const Error& error);

}  // namespace careerlint::cli
