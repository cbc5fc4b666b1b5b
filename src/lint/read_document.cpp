#include "lint/read_document.h"

#include <string>

#include "careerlint/convert.h"

namespace careerlint::lint {

namespace {

Finding inputFinding(const std::string& ruleId, const std::string& messageId, const Error& error,
                     const std::string& file) {
  Finding finding;
  finding.ruleId = ruleId;
  finding.messageId = messageId;
  finding.severity = Severity::Error;
  finding.message = error.message;
  finding.file = file;
  // A problem with the whole file (empty, binary) is placed at its start, not at line 0.
  const Position where = error.where.line > 0 ? error.where : Position{1, 1, 0};
  finding.span = Span{where, where};
  return finding;
}

std::string inputMessageId(const std::string& message) {
  if (message.starts_with("empty file")) return "empty";
  if (message.starts_with("binary file")) return "binary";
  if (message.starts_with("not a career page")) return "notAPage";
  return "encoding";
}

std::string yamlMessageId(YamlProblem problem) {
  switch (problem) {
    case YamlProblem::DuplicateKey:
      return "duplicateKey";
    case YamlProblem::Limit:
      return "limit";
    case YamlProblem::Encoding:
    case YamlProblem::NulByte:
      return "encoding";
    case YamlProblem::None:
    case YamlProblem::Syntax:
      break;
  }
  return "syntax";
}

}  // namespace

ReadDocument readDocument(const SourceFile& source, const YamlLimits& limits) {
  ReadDocument read;
  if (source.kind == SourceFile::Kind::Page) {
    auto conversion = convertPage(source.text, source.path);
    if (!conversion) {
      read.findings.push_back(inputFinding("input-format",
                                           inputMessageId(conversion.error().message),
                                           conversion.error(), source.path));
      return read;
    }
    read.findings = std::move(conversion->warnings);
    read.document = std::move(conversion->document);
    return read;
  }
  YamlProblem problem = YamlProblem::None;
  auto loaded = loadYaml(source.text, limits, &problem);
  if (!loaded) {
    read.findings.push_back(
        inputFinding("yaml-syntax", yamlMessageId(problem), loaded.error(), source.path));
    return read;
  }
  read.document = std::move(*loaded);
  return read;
}

}  // namespace careerlint::lint
