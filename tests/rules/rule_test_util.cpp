#include "rules/rule_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "careerlint/convert.h"
#include "careerlint/yaml_loader.h"
#include "support/harness.h"

namespace careerlint::testing {

namespace {

std::vector<Finding> run(const Rule& rule, const SourceFile& file, const Document& document,
                         std::map<std::string, OptionValue> options) {
  FindingList sink;
  RuleOptions effective(&rule.meta(), std::move(options));
  RuleContext context(file, document, rule.meta(), rule.meta().defaultSeverity, effective, sink);
  rule.check(context);
  sortFindings(sink.findings);
  return sink.findings;
}

}  // namespace

std::vector<Finding> runRuleOnPage(const Rule& rule, std::string_view page,
                                   std::map<std::string, OptionValue> options) {
  SourceFile file{"page.txt", std::string(page), SourceFile::Kind::Page};
  auto conversion = convertPage(file.text, file.path);
  if (!conversion) {
    ADD_FAILURE() << "the page does not convert: " << conversion.error().message;
    return {};
  }
  return run(rule, file, conversion->document, std::move(options));
}

std::vector<Finding> runRuleOnYaml(const Rule& rule, std::string_view yaml,
                                   std::map<std::string, OptionValue> options) {
  SourceFile file{"record.yaml", std::string(yaml), SourceFile::Kind::Yaml};
  auto document = loadYaml(file.text);
  if (!document) {
    ADD_FAILURE() << "the YAML does not load: " << document.error().message;
    return {};
  }
  return run(rule, file, *document, std::move(options));
}

std::vector<Finding> runRuleOnProject(
    const Rule& rule, const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<SourceFile> sources;
  std::vector<Document> documents;
  sources.reserve(files.size());
  documents.reserve(files.size());
  for (const auto& [name, text] : files) {
    const bool page = name.ends_with(".txt");
    sources.push_back(
        SourceFile{name, text, page ? SourceFile::Kind::Page : SourceFile::Kind::Yaml});
    if (page) {
      auto conversion = convertPage(text, name);
      if (!conversion) ADD_FAILURE() << name << ": " << conversion.error().message;
      documents.push_back(conversion ? std::move(conversion->document) : Document());
    } else {
      auto document = loadYaml(text);
      if (!document) ADD_FAILURE() << name << ": " << document.error().message;
      documents.push_back(document ? std::move(*document) : Document());
    }
  }
  // The rule sees each file's summary, as in a run: the documents are gone by then.
  std::vector<ProjectSummary> summaries;
  for (const Document& document : documents) summaries.push_back(summarize(document));
  documents.clear();
  std::vector<ProjectFile> project;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const bool linted = !sources[i].path.starts_with("root/");
    project.push_back(ProjectFile{sources[i].path, &summaries[i], linted,
                                  rule.meta().defaultSeverity, RuleOptions(&rule.meta(), {})});
  }
  FindingList sink;
  ProjectContext context(project, rule.meta(), sink);
  rule.checkProject(context);
  sortFindings(sink.findings);
  return sink.findings;
}

std::string applyFixes(std::string_view text, const std::vector<Finding>& findings) {
  std::vector<TextEdit> edits;
  for (const Finding& finding : findings) {
    if (finding.fix)
      edits.insert(edits.end(), finding.fix->edits.begin(), finding.fix->edits.end());
  }
  std::sort(edits.begin(), edits.end(),
            [](const TextEdit& a, const TextEdit& b) { return a.beginOffset > b.beginOffset; });
  std::string out(text);
  for (const TextEdit& edit : edits)
    out.replace(edit.beginOffset, edit.endOffset - edit.beginOffset, edit.replacement);
  return out;
}

std::vector<std::string> positions(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) {
    out.push_back(std::to_string(f.span.begin.line) + ":" + std::to_string(f.span.begin.column) +
                  " " + f.messageId);
  }
  return out;
}

std::string seedPage() { return testing::readSourceFile("seeds/medical-assistants.txt"); }

}  // namespace careerlint::testing
