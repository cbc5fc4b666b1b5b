#pragma once

#include <cstdint>
#include <regex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "careerlint/document.h"
#include "careerlint/finding.h"
#include "careerlint/schema.h"

namespace careerlint::schema {

// Bounds on one validation: a hostile schema can make it exponential (oneOf of recursive
// branches) or endlessly deep (allOf chains that lead back to themselves), on any document.
inline constexpr std::uint64_t kMaxValidationSteps = 200'000;  // subschema checks
inline constexpr std::uint32_t kMaxValidationDepth = 1000;     // nested subschema checks

// The state of one validation of one document, shared by everything that checks it.
struct Walk {
  const Node* root = nullptr;
  std::string_view file;
  std::string pointer;  // JSON pointer of the node being checked; grows and shrinks while walking
  std::unordered_map<std::string, std::regex>* regexes = nullptr;  // valijson's pattern cache
  const SchemaRuleOptions* options = nullptr;  // the configured options of the schema rules
  std::uint64_t steps = 0;
  std::uint32_t depth = 0;
  bool stopped = false;  // a bound was reached: what was found is not to be trusted
};

// "education.typical_entry_education", "tasks[2]", or "top level" for the empty pointer. Tokens
// are read as list indexes where the document has a list.
std::string dottedPath(const Node* root, std::string_view pointer);

// A finding whose message starts with the dotted path of `pointer`.
Finding makeFinding(const Walk& walk, Severity severity, std::string_view ruleId,
                    std::string_view messageId, const Span& span, std::string pointer,
                    std::string_view text);

// How careerlint's own keywords report: findings about the node the keyword applies to, or
// about nodes below it. Without an output list it only tells whether an error was found.
class Reporter {
 public:
  Reporter(Walk* walk, const Node& node, std::vector<Finding>* out)
      : walk_(walk), node_(node), out_(out) {}

  const Node& node() const { return node_; }
  bool collecting() const { return out_ != nullptr; }
  bool foundError() const { return foundError_; }

  // `relative` is a JSON pointer from the checked node to `at` ("" for the node itself).
  void report(Severity severity, std::string_view ruleId, std::string_view messageId,
              const Node& at, std::string_view relative, std::string_view text);
  void error(std::string_view ruleId, std::string_view messageId, const Node& at,
             std::string_view relative, std::string_view text) {
    report(Severity::Error, ruleId, messageId, at, relative, text);
  }

  // The options configured for one of the schema rules, or null (then its defaults apply).
  const RuleOptions* options(std::string_view ruleId) const {
    return walk_ && walk_->options && *walk_->options ? (*walk_->options)(ruleId) : nullptr;
  }

  // The dotted path of a node below the checked one, for messages that name other fields.
  std::string path(std::string_view relative) const;

 private:
  Walk* walk_;
  const Node& node_;
  std::vector<Finding>* out_;
  bool foundError_ = false;
};

}  // namespace careerlint::schema
