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

// What cross-file rules read of a file, taken from its document when the file is checked: the
// document is let go then, so a run over 100,000 files keeps only these few values, with the
// spans findings are reported at. The texts sit in one string (`text`); values point into it.
// Built by summarize(); the --cache keeps it as it is (src/lint/file_cache.cpp).
struct ProjectSummary {
  // A text of the summary: text.substr(offset, size).
  struct Text {
    std::uint32_t offset = 0;
    std::uint32_t size = 0;
    friend bool operator==(const Text&, const Text&) = default;
  };
  // One entry of related_careers that has a slug or a title (a string that is not blank).
  struct Card {
    Text slug;   // as written; empty when it has none
    Text title;  // as written; empty when it has none
    Span where;  // the title's span, else the slug's
    double pay = 0;
    Span paySpan;
    std::uint32_t index = 0;  // its place in related_careers
    bool hasPay = false;      // median_pay is a number
    bool hasRelationship = false;
    friend bool operator==(const Card&, const Card&) = default;
  };
  // One career of a careers index (a list of mappings with a slug and a title), trimmed.
  struct IndexEntry {
    Text slug;
    Text title;
    Text category;  // empty when there is none
    bool hasPay = false;
    double pay = 0;
    friend bool operator==(const IndexEntry&, const IndexEntry&) = default;
  };

  std::string text;          // every text below, one after the other
  bool isRecord = false;     // the root is a mapping
  bool hasSlugNode = false;  // `slug` (or a hand-written record's `id`) is written
  bool titleIsName = false;  // the title is a hand-written record's `name`
  Text slug;                 // trimmed; from the title (slugified) when no slug is written
  Span slugSpan;             // where the slug is written (hasSlugNode)
  Text title;                // trimmed; empty when the record has no title
  Span titleSpan;            // where the title is written
  Text titleKey;             // the title, lowercase: what titles are matched by
  Text category;             // as written; empty when there is none
  std::vector<Card> cards;
  std::vector<IndexEntry> index;

  std::string_view operator[](Text at) const noexcept {
    return std::string_view(text).substr(at.offset, at.size);
  }
  // Appends `value` to `text`, and returns where it is.
  Text add(std::string_view value);

  friend bool operator==(const ProjectSummary&, const ProjectSummary&) = default;
};

// What cross-file rules read of `document` (src/rules/rule_context.cpp).
ProjectSummary summarize(const Document& document);

// One file as cross-file rules see it.
struct ProjectFile {
  std::string_view path;          // as shown in findings
  const ProjectSummary* summary;  // never null
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
