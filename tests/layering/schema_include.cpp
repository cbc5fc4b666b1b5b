// Compiled by the Layering tests (tests/layering/CMakeLists.txt): a sideways edge. The rules do
// not know the schema (the catalogue of every rule id, src/catalog, assembles both), so this
// must not compile when linked to careerlint_rules, and must when linked to careerlint_catalog.
#include "careerlint/schema.h"
