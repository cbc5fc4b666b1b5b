#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "careerlint/finding.h"
#include "careerlint/schema.h"
#include "support/harness.h"

namespace careerlint::schema_test {

// tests/fixtures/schema/<name>.
std::string readFixture(std::string_view name);
using testing::readFile;

// `text` with the one occurrence of `from` replaced (a test failure when it is not exactly one).
std::string replaceOnce(std::string text, std::string_view from, std::string_view to);

// Loads YAML and validates it; a YAML error is a test failure.
std::vector<Finding> check(std::string_view yaml, const Schema& schema);

// "rule/messageId line:col pointer | message", one per finding: what the tests assert.
using Lines = std::vector<std::string>;
std::string describe(const Finding& finding);
Lines describe(const std::vector<Finding>& findings);

// A schema compiled from inline JSON (a test failure when it does not compile).
Schema compile(std::string_view json);

}  // namespace careerlint::schema_test
