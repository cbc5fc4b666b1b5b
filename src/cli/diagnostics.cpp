#include "cli/diagnostics.h"

#include <ostream>

namespace careerlint::cli {

void printError(std::ostream& err, const Error& error) {
  err << "careerlint: ";
  if (!error.file.empty()) {
    err << error.file;
    if (error.where.line > 0) err << ':' << error.where.line << ':' << error.where.column;
    err << ": ";
  }
  err << "error: " << error.message << '\n';
}

}  // namespace careerlint::cli
