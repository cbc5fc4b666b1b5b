#pragma once
#include "support/harness.h"  // IWYU pragma: export; until tests/rules includes it directly
