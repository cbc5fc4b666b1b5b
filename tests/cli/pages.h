#pragma once

// The pages and records the CLI tests run careerlint on, and their variants.

#include <string>

namespace careerlint::testing::pages {

// seeds/medical-assistants.txt: errors, the first at 34:1 (Technology Skills left empty).
std::string seedPage();
// seeds/medical-assistants.yaml: the seed page converted.
std::string seedRecord();
// tests/fixtures/pages/seed-order-filled.txt: no errors; a hedged "Perhaps 60%" on line 14.
std::string cleanPage();
// The clean page with only a warning: Key Abilities lost its content.
std::string warningPage();
// The clean page as --fix leaves it: its hedged "Perhaps 60%" (line 14) made plain.
std::string fixedPage();
// The clean page with one more fixable slip: a space before a comma (line 14).
std::string fixablePage();

}  // namespace careerlint::testing::pages
