#pragma once

namespace careerlint {

// The whole command line program; main() only calls this. Returns the process exit code:
// 0 success / nothing at the fail level, 1 findings at or above it, 2 careerlint could not run.
int careerlintMain(int argc, char** argv);

}  // namespace careerlint
