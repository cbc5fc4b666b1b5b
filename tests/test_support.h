#pragma once

#include <gtest/gtest.h>

#include <filesystem>

// Tests that read the project's shared data (../shared: the site's records, O*NET) skip, saying
// so, when a checkout has no ../shared next to it (a bare clone elsewhere); CI has it.
#define CAREERLINT_REQUIRE_SHARED_DATA()                                                      \
  do {                                                                                        \
    if (!std::filesystem::exists(std::filesystem::path(CAREERLINT_SHARED_DIR) / "data")) {    \
      GTEST_SKIP() << "needs the shared data at " << CAREERLINT_SHARED_DIR << " (CI has it)"; \
    }                                                                                         \
  } while (false)
