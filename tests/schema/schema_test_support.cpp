#include "schema/schema_test_support.h"

#include <gtest/gtest.h>

#include "careerlint/yaml_loader.h"

namespace careerlint::schema_test {

std::string readFixture(std::string_view name) {
  return testing::readFile(testing::sourcePath("tests/fixtures/schema").append(name));
}

std::string replaceOnce(std::string text, std::string_view from, std::string_view to) {
  const std::size_t at = text.find(from);
  if (at == std::string::npos || text.find(from, at + 1) != std::string::npos) {
    ADD_FAILURE() << "expected exactly one occurrence of: " << from;
    return text;
  }
  text.replace(at, from.size(), to);
  return text;
}

std::vector<Finding> check(std::string_view yaml, const Schema& schema) {
  Expected<Document> document = loadYaml(yaml);
  if (!document) {
    ADD_FAILURE() << "YAML error " << document.error().where.line << ":"
                  << document.error().where.column << ": " << document.error().message;
    return {};
  }
  FindingList findings;
  validate(*document, schema, "test.yaml", findings);
  return findings.findings;
}

std::string describe(const Finding& f) {
  return f.ruleId + "/" + f.messageId + " " + std::to_string(f.span.begin.line) + ":" +
         std::to_string(f.span.begin.column) + " " + f.pointer + " | " + f.message +
         (f.severity == Severity::Warning ? " (warning)" : "");
}

std::vector<std::string> describe(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(describe(f));
  return out;
}

Schema compile(std::string_view json) {
  Expected<Schema> schema = Schema::fromText(json, "inline.schema.json");
  if (!schema) {
    ADD_FAILURE() << "schema does not compile: " << schema.error().message;
    return Schema::career();
  }
  return std::move(schema).value();
}

}  // namespace careerlint::schema_test
