#include <nlohmann/json.hpp>
#include <ostream>

#include "report/common.h"
#include "report/report.h"

namespace careerlint::report {
namespace {

using Json = nlohmann::ordered_json;  // keeps the documented key order

// Bump when a field changes meaning or goes away; adding a field does not bump it.
constexpr int kFormatVersion = 1;

Json spanJson(const Span& span) {
  return Json{{"line", span.begin.line},     {"column", span.begin.column},
              {"endLine", span.end.line},    {"endColumn", span.end.column},
              {"offset", span.begin.offset}, {"endOffset", span.end.offset}};
}

Json fixJson(const std::optional<Fix>& fix) {
  if (!fix) return nullptr;
  Json edits = Json::array();
  for (const TextEdit& edit : fix->edits) {
    edits.push_back({{"offset", edit.beginOffset},
                     {"endOffset", edit.endOffset},
                     {"replacement", edit.replacement}});
  }
  return Json{{"description", fix->description}, {"edits", std::move(edits)}};
}

Json countsJson(const FindingCounts& counts) {
  return Json{{"problems", counts.problems()},
              {"errors", counts.errors},
              {"warnings", counts.warnings},
              {"infos", counts.infos},
              {"fixable", counts.fixable}};
}

}  // namespace

void writeJson(std::span<const Finding> findings, const ReportContext& context, std::ostream& out) {
  Json files = Json::array();
  const std::vector<std::string> paths = reportedFiles(findings, context);
  for (const std::string& path : paths) {
    FindingCounts counts;
    for (const Finding* f : findingsFor(findings, path)) counts.add(*f);
    Json file{{"path", path}};
    file.update(countsJson(counts));
    files.push_back(std::move(file));
  }

  Json list = Json::array();
  for (const Finding& f : findings) {
    list.push_back({{"file", f.file},
                    {"ruleId", f.ruleId},
                    {"messageId", f.messageId},
                    {"severity", severityName(f.severity)},
                    {"message", f.message},
                    {"span", spanJson(f.span)},
                    {"pointer", f.pointer},
                    {"fix", fixJson(f.fix)}});
  }

  Json summary{{"files", paths.size()}};
  summary.update(countsJson(countFindings(findings)));

  const Json document{{"version", kFormatVersion},
                      {"tool", {{"name", "careerlint"}, {"version", context.toolVersion}}},
                      {"sourceRoot", context.sourceRoot},
                      {"files", std::move(files)},
                      {"findings", std::move(list)},
                      {"summary", std::move(summary)}};
  // Invalid UTF-8 in a message or path becomes U+FFFD rather than an exception.
  out << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace careerlint::report
