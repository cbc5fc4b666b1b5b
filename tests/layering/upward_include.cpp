// Compiled by the Layering tests (tests/layering/CMakeLists.txt): the rules module reaching up
// the pipeline to the lint engine. It must not compile when linked to careerlint_rules only.
#include "lint/engine.h"
