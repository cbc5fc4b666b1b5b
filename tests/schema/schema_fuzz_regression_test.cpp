// Schemas that fuzz/fuzz_schema found careerlint could not take.

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "careerlint/schema.h"

namespace careerlint {
namespace {

// nlohmann throws out_of_range, not parse_error, for a number no double holds: it reached
// std::terminate.
TEST(SchemaFuzzRegressions, ANumberTooLargeIsInvalidJson) {
  const std::pair<const char*, const char*> cases[] = {
      {"888928888888888888e889288888888888", "888928888888888888e889288888888888"},
      {R"({"maximum": 1e999})", "1e999"}};
  for (const auto& [text, number] : cases) {
    SCOPED_TRACE(text);
    auto schema = Schema::fromText(text, "huge.json");
    ASSERT_FALSE(schema);
    EXPECT_EQ(schema.error().file, "huge.json");
    EXPECT_EQ(
        schema.error().message,
        std::string("the schema is not valid JSON: number overflow parsing '") + number + "'");
  }
}

}  // namespace
}  // namespace careerlint
