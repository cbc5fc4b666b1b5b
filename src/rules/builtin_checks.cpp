#include "rules/builtin_checks.h"

namespace careerlint::rules {

const std::vector<RuleMeta>& builtinCheckMetas() {
  static const std::vector<RuleMeta> metas = [] {
    std::vector<RuleMeta> list;
    auto add = [&](std::string id, std::string description, Severity severity, RuleKind kind,
                   std::vector<RuleMessage> messages) {
      RuleMeta meta;
      meta.id = std::move(id);
      meta.description = std::move(description);
      meta.defaultSeverity = severity;
      meta.kind = kind;
      meta.messages = std::move(messages);
      list.push_back(std::move(meta));
    };
    add("input-format", "The file is not UTF-8 text, or not a career page or record",
        Severity::Error, RuleKind::Input,
        {{"empty", "empty file"},
         {"binary", "NUL bytes"},
         {"encoding", "not UTF-8"},
         {"notAPage", "not a career page"},
         {"notACareerRecord", "a YAML file with none of a career record's keys"}});
    add("unplaced-line", "A line of a raw page that is not part of the page layout",
        Severity::Warning, RuleKind::Input,
        {{"emptyBullet", "an empty bullet kept under `unplaced` (fixable: delete the line)"},
         {"unplaced", "line kept under `unplaced`"}});
    list.back().fixable = true;
    add("unused-suppression",
        "A careerlint-disable comment that suppresses nothing, or names an unknown rule",
        Severity::Warning, RuleKind::Engine,
        {{"unused", "suppresses nothing"},
         {"unknownRule", "names an unknown rule"},
         {"unmatched", "enable without disable"}});
    add("yaml-syntax", "The file is not valid YAML", Severity::Error, RuleKind::Input,
        {{"syntax", "YAML syntax error"},
         {"duplicateKey", "duplicate key"},
         {"limit", "a reading limit was exceeded"},
         {"encoding", "not UTF-8 text, or NUL bytes"}});
    return list;
  }();
  return metas;
}

}  // namespace careerlint::rules
