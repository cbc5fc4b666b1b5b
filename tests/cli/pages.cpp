#include "cli/pages.h"

#include "support/harness.h"

namespace careerlint::testing::pages {

std::string seedPage() { return readSourceFile("seeds/medical-assistants.txt"); }

std::string seedRecord() { return readSourceFile("seeds/medical-assistants.yaml"); }

std::string cleanPage() { return readSourceFile("tests/fixtures/pages/seed-order-filled.txt"); }

std::string warningPage() {
  std::string page = cleanPage();
  const std::size_t abilities = page.find("\xE2\xAD\x90Key Abilities\n");
  const std::size_t next = page.find("\xF0\x9F\x8F\xB7", abilities);
  return page.substr(0, abilities + 17) + page.substr(next);
}

std::string fixedPage() {
  std::string page = cleanPage();
  page.erase(page.find("Perhaps 60%"), 8);
  return page;
}

std::string fixablePage() {
  std::string page = cleanPage();
  page.replace(page.find("operating rooms, sterilizing"), 28, "operating rooms , sterilizing");
  return page;
}

}  // namespace careerlint::testing::pages
