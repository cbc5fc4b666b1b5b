#pragma once

#include <string>
#include <vector>

#include "careerlint/expected.h"

namespace careerlint::process {

struct Output {
  int exitCode = 0;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs a program (searched on PATH) with arguments — no shell, so nothing in them is
// interpreted — in `directory` ("" = the current one), and collects what it prints.
// `input` is written to its standard input (empty: it reads /dev/null).
// Fails only when the program cannot be started.
Expected<Output> run(const std::vector<std::string>& argv, const std::string& directory = "",
                     const std::string& input = "");

}  // namespace careerlint::process
