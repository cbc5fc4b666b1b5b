// new and init: what they write reads as YAML of the right schema, and the scaffold renders.
#include <gtest/gtest.h>

#include "careerlint/author.h"
#include "careerlint/yaml_loader.h"

namespace careerlint {
namespace {

TEST(Scaffold, ACareerRecordHasEverySectionTheSlugAndPlaceholders) {
  const std::string text = scaffoldRecord("Dental Hygienists", false);
  auto record = loadYaml(text);
  ASSERT_TRUE(record) << record.error().message;
  const Node* root = record->root();
  EXPECT_EQ(root->get("slug")->text(), "dental-hygienists");
  EXPECT_EQ(root->get("title")->text(), "Dental Hygienists");
  for (const char* key : {"schema_version", "description", "tasks", "inside_look", "education",
                          "ai_assessment", "technology_skills", "page", "unplaced"})
    EXPECT_NE(root->get(key), nullptr) << key;
  EXPECT_NE(text.find("TODO"), std::string::npos);
  auto page = renderRecord(*record, RenderFormat::Text, "x");
  ASSERT_TRUE(page);
  EXPECT_NE(page->find("Work as a Dental Hygienists?"), std::string::npos) << *page;
}

TEST(Scaffold, AManualRecordFollowsTheSitesTemplate) {
  const std::string text = scaffoldRecord("Prompt Engineers: AI", true);
  auto record = loadYaml(text);
  ASSERT_TRUE(record) << record.error().message;
  EXPECT_EQ(record->root()->get("name")->text(), "Prompt Engineers: AI");
  EXPECT_EQ(record->root()->get("id")->text(), "prompt-engineers-ai");
  EXPECT_EQ(record->root()->get("data_source")->text(), "manual");
}

TEST(Scaffold, TheStarterConfigurationIsYamlWithComments) {
  auto config = loadYaml(starterConfig());
  ASSERT_TRUE(config);
  EXPECT_TRUE(config->root()->get("root")->boolean());
  EXPECT_EQ(config->root()->get("extends")->text(), "recommended");
}

}  // namespace
}  // namespace careerlint
