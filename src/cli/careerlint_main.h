#pragma once

#include <string>
#include <vector>

#include "cli/command.h"

namespace careerlint {

// The whole command line program; main() only calls this. Returns the process exit code:
// 0 success / nothing at the fail level, 1 findings at or above it, 2 careerlint could not run.
int careerlintMain(int argc, char** argv);

// The same, with explicit arguments (without the program name) and streams, for tests.
int careerlintMain(const std::vector<std::string>& args, cli::Io& io);

}  // namespace careerlint
