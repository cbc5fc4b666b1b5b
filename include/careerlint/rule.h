#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "careerlint/document.h"
#include "careerlint/finding.h"
#include "careerlint/rule_meta.h"

namespace careerlint {

// ---- what a rule sees ------------------------------------------------------------------------

// One file being linted.
struct SourceFile {
  enum class Kind : unsigned char { Page, Yaml };
  std::string path;  // as shown in findings (relative stays relative)
  std::string text;  // the raw bytes
  Kind kind = Kind::Yaml;
};

class RuleContext {
 public:
  // `severityConfigured`: the user set this rule's severity, which then wins over the severities
  // a rule gives its own findings.
  RuleContext(const SourceFile& file, const Document& document, const RuleMeta& meta,
              Severity severity, const RuleOptions& options, FindingSink& sink,
              bool severityConfigured = false)
      : file_(file),
        document_(document),
        meta_(meta),
        severity_(severity),
        options_(options),
        sink_(sink),
        severityConfigured_(severityConfigured) {}

  const SourceFile& file() const noexcept { return file_; }
  const Document& document() const noexcept { return document_; }
  const Node* root() const noexcept { return document_.root(); }
  bool isPage() const noexcept { return file_.kind == SourceFile::Kind::Page; }
  const RuleOptions& options() const noexcept { return options_; }
  Severity severity() const noexcept { return severity_; }

  // Reports at the configured severity (or `severity` when a rule grades its own findings,
  // e.g. per section, unless the user configured the rule's severity). The message id must be
  // one of the rule's declared messages.
  void report(std::string_view messageId, std::string message, Span span, std::string pointer,
              std::optional<Fix> fix = std::nullopt,
              std::optional<Severity> severity = std::nullopt);

 private:
  const SourceFile& file_;
  const Document& document_;
  const RuleMeta& meta_;
  Severity severity_;
  const RuleOptions& options_;
  FindingSink& sink_;
  bool severityConfigured_;
};

// One linted file, as cross-file rules see it.
struct ProjectFile {
  const SourceFile* file;
  const Document* document;
  bool linted;  // false for files read only from a content root (no findings reported on them)
  Severity severity;
  RuleOptions options;
  bool severityConfigured = false;
};

class ProjectContext {
 public:
  ProjectContext(std::span<const ProjectFile> files, const RuleMeta& meta, FindingSink& sink)
      : files_(files), meta_(meta), sink_(sink) {}
  std::span<const ProjectFile> files() const noexcept { return files_; }
  // At the file's configured severity, or `severity` when the rule grades the finding itself
  // (unless the user configured the rule's severity for that file).
  void report(const ProjectFile& where, std::string_view messageId, std::string message, Span span,
              std::string pointer, std::optional<Severity> severity = std::nullopt);

 private:
  std::span<const ProjectFile> files_;
  const RuleMeta& meta_;
  FindingSink& sink_;
};

// ---- a rule ------------------------------------------------------------------------------------

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleMeta& meta() const = 0;
  // Per file.
  virtual void check(RuleContext& context) const { (void)context; }
  // After every file was read (rules with meta().crossFile).
  virtual void checkProject(ProjectContext& context) const { (void)context; }
};

}  // namespace careerlint
