#pragma once

// The process exit codes of lint and validate (and the other subcommands that check something).
namespace careerlint::cli::exit_code {

inline constexpr int kClean = 0;        // nothing at or above --fail-on
inline constexpr int kFindings = 1;     // findings at or above --fail-on, or too many warnings
inline constexpr int kCouldNotRun = 2;  // bad arguments, an unreadable file, config or schema

}  // namespace careerlint::cli::exit_code
