#include "schema/evaluator.h"

#include <algorithm>
#include <charconv>
#include <regex>
#include <span>
#include <string>
#include <tuple>
#include <valijson/constraints/concrete_constraints.hpp>
#include <valijson/constraints/constraint_visitor.hpp>
#include <valijson/subschema.hpp>
#include <valijson/validation_visitor.hpp>

#include "careerlint/node_json.h"
#include "schema/json_conversion.h"
#include "schema/keyword.h"
#include "schema/node_adapter.h"
#include "util/regex.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace careerlint::schema {

namespace {

constexpr std::string_view kSchemaRule = "schema";

// How a value reads in a message: texts quoted, numbers and booleans as written.
std::string renderValue(const Node& node) {
  switch (node.kind()) {
    case NodeKind::Null:
      return "null";
    case NodeKind::Boolean:
      return node.boolean() ? "true" : "false";
    case NodeKind::Integer:
    case NodeKind::Float:
      return std::string(node.text());
    case NodeKind::String: {
      // Long or multi-line texts are shown by their start: the position says where the rest is.
      const std::string_view text = node.text();
      const std::string_view firstLine = text.substr(0, text.find('\n'));
      constexpr std::size_t kLongest = 80;
      std::size_t offset = 0;
      for (std::size_t i = 0; i < kLongest && offset < firstLine.size(); ++i) {
        offset += utf8::sequenceLength(static_cast<unsigned char>(firstLine[offset]));
      }
      offset = std::min(offset, firstLine.size());
      if (offset == text.size()) return strings::quoted(text);
      return strings::quoted(text.substr(0, offset)) + "…";
    }
    case NodeKind::Sequence:
      return "a list";
    case NodeKind::Mapping:
      return "a mapping";
  }
  return "a value";
}

std::string renderJson(const nlohmann::json& value) {
  if (value.is_string()) return strings::quoted(value.get<std::string>());
  if (value.is_array()) return "a list";
  if (value.is_object()) return "a mapping";
  return value.dump();
}

// "found …" for a type mismatch.
std::string describeFound(const Node& node) {
  switch (node.kind()) {
    case NodeKind::Null:
      return "null (no value)";
    case NodeKind::Boolean:
      return std::string(node.boolean() ? "true" : "false");
    case NodeKind::Integer:
    case NodeKind::Float:
      return "the number " + std::string(node.text());
    case NodeKind::String:
      return "the text " + renderValue(node);
    case NodeKind::Sequence:
      return "a list";
    case NodeKind::Mapping:
      return "a mapping";
  }
  return "a value";
}

std::string_view typeWords(valijson::constraints::TypeConstraint::JsonType type) {
  using Type = valijson::constraints::TypeConstraint;
  switch (type) {
    case Type::kAny:
      return "anything";
    case Type::kArray:
      return "a list";
    case Type::kBoolean:
      return "true or false";
    case Type::kInteger:
      return "a whole number";
    case Type::kNull:
      return "null";
    case Type::kNumber:
      return "a number";
    case Type::kObject:
      return "a mapping";
    case Type::kString:
      return "a text";
  }
  return "a value";
}

std::string joinOr(std::span<const std::string> words) { return strings::joinList(words, "or"); }

std::string plural(std::uint64_t count, std::string_view noun) {
  return strings::plural(static_cast<long long>(count), noun);
}

// A text's length as valijson counts it (utils::u8_strlen over the C string): the code points
// before the first NUL, a stray continuation byte at the start counting as one. Counted here,
// on the node's own text, without the copy valijson's check makes of every text it measures.
std::uint64_t valijsonLength(std::string_view text) {
  text = text.substr(0, text.find('\0'));
  std::uint64_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  if (!text.empty() && (static_cast<unsigned char>(text.front()) & 0xC0) == 0x80) ++count;
  return count;
}

std::string indexToken(std::size_t index) {
  char buffer[24];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, index);
  return std::string(buffer, ec == std::errc() ? end : buffer);
}

using valijson::Subschema;
using valijson::constraints::Constraint;

class Evaluator final : public valijson::constraints::ConstraintVisitor {
 public:
  Evaluator(Walk& walk, const Node& node, std::vector<Finding>* out)
      : walk_(walk), node_(node), out_(out) {}

  bool run(const Subschema& subschema) {
    subschema_ = &subschema;
    if (subschema.getAlwaysInvalid()) {
      fail("false", "is not allowed here");
      return false;
    }
    const std::size_t before = out_ ? out_->size() : 0;
    bool valid = true;
    Subschema::ApplyFunction apply = [this, &valid](const Constraint& constraint) {
      const bool ok = constraint.accept(*this);
      valid = valid && ok;
      return ok;
    };
    if (out_) {
      subschema.apply(apply);
    } else {
      subschema.applyStrict(apply);
    }
    if (out_ && out_->size() > before) dropPatternAfterLength(before);
    return valid;
  }

  bool visit(const AllOfConstraint& constraint) override {
    bool valid = true;
    constraint.applyToSubschemas([&](unsigned, const Subschema* subschema) {
      valid = evaluate(walk_, *subschema, node_, out_) && valid;
      return valid || out_ != nullptr;
    });
    return valid;
  }

  bool visit(const AnyOfConstraint& constraint) override {
    return chooseBranch(constraint, /*exactlyOne=*/false);
  }

  bool visit(const OneOfConstraint& constraint) override {
    return chooseBranch(constraint, /*exactlyOne=*/true);
  }

  bool visit(const ConditionalConstraint& constraint) override {
    const Subschema* condition = constraint.getIfSubschema();
    if (!condition) return true;
    const bool holds = evaluate(walk_, *condition, node_, nullptr);
    const Subschema* next = holds ? constraint.getThenSubschema() : constraint.getElseSubschema();
    if (!next) return true;
    const std::size_t before = out_ ? out_->size() : 0;
    const bool valid = evaluate(walk_, *next, node_, out_);
    // The branch's description says why the rule applies ("tier 1 is AI-Resilient").
    if (!valid && out_ && next->hasDescription()) {
      const std::string why = " (" + next->getDescription() + ")";
      for (std::size_t i = before; i < out_->size(); ++i) {
        if ((*out_)[i].severity == Severity::Error) (*out_)[i].message += why;
      }
    }
    return valid;
  }

  bool visit(const NotConstraint& constraint) override {
    const Subschema* excluded = constraint.getSubschema();
    if (!excluded) return false;
    if (!evaluate(walk_, *excluded, node_, nullptr)) return true;
    fail("not", excluded->hasDescription() ? "must not be " + excluded->getDescription()
                                           : std::string("must not match the excluded form"));
    return false;
  }

  bool visit(const PropertiesConstraint& constraint) override {
    if (!node_.isMapping()) return true;
    const auto members = node_.members();
    std::vector<char> matched(members.size(), 0);
    bool valid = true;
    constraint.applyToProperties([&](const auto& name, const Subschema* subschema) {
      const std::string_view key(name.c_str(), name.size());
      for (std::size_t i = 0; i < members.size(); ++i) {
        if (!members[i].key->isScalar() || members[i].key->text() != key) continue;
        matched[i] = 1;
        valid = child(*subschema, *members[i].value, key) && valid;
      }
      return valid || out_ != nullptr;
    });
    if (!valid && !out_) return false;
    constraint.applyToPatternProperties([&](const auto& pattern, const Subschema* subschema) {
      const auto& regex = regex::cached(std::string_view(pattern.c_str(), pattern.size()));
      for (std::size_t i = 0; i < members.size(); ++i) {
        const std::string key(members[i].key->text());
        // A pattern that does not compile matches nothing (the schema's check names it).
        if (!regex || !regex->search(key)) continue;
        matched[i] = 1;
        valid = child(*subschema, *members[i].value, key) && valid;
      }
      return valid || out_ != nullptr;
    });
    if (!valid && !out_) return false;
    const Subschema* additional = constraint.getAdditionalPropertiesSubschema();
    for (std::size_t i = 0; i < members.size(); ++i) {
      if (matched[i]) continue;
      const std::string_view key = members[i].key->text();
      if (additional) {
        valid = child(*additional, *members[i].value, key) && valid;
      } else {
        valid = false;
        if (!out_) return false;
        unknownKey(constraint, *members[i].key, key);
      }
      if (!valid && !out_) return false;
    }
    return valid;
  }

  bool visit(const PropertyNamesConstraint& constraint) override {
    if (!node_.isMapping() || !constraint.getSubschema()) return true;
    bool valid = true;
    for (const Node::Member& member : node_.members()) {
      valid = child(*constraint.getSubschema(), *member.key, member.key->text()) && valid;
      if (!valid && !out_) return false;
    }
    return valid;
  }

  bool visit(const RequiredConstraint& constraint) override {
    if (!node_.isMapping()) return true;
    bool valid = true;
    constraint.applyToRequiredProperties([&](const auto& name) {
      const std::string_view key(name.c_str(), name.size());
      if (node_.findMember(key)) return true;
      valid = false;
      fail("required", "missing required key " + strings::quoted(key));
      return out_ != nullptr;
    });
    return valid;
  }

  bool visit(const DependenciesConstraint& constraint) override {
    if (!node_.isMapping()) return true;
    bool valid = true;
    constraint.applyToPropertyDependencies([&](const auto& name, const auto& dependencies) {
      const std::string_view key(name.c_str(), name.size());
      if (!node_.findMember(key)) return true;
      for (const auto& dependency : dependencies) {
        const std::string_view needed(dependency.c_str(), dependency.size());
        if (node_.findMember(needed)) continue;
        valid = false;
        fail("dependencies", "has " + strings::quoted(key) + " but not " + strings::quoted(needed) +
                                 ", which goes with it");
        if (!out_) return false;
      }
      return true;
    });
    if (!valid && !out_) return false;
    constraint.applyToSchemaDependencies([&](const auto& name, const Subschema* subschema) {
      if (!node_.findMember(std::string_view(name.c_str(), name.size()))) return true;
      valid = evaluate(walk_, *subschema, node_, out_) && valid;
      return valid || out_ != nullptr;
    });
    return valid;
  }

  bool visit(const SingularItemsConstraint& constraint) override {
    const Subschema* items = constraint.getItemsSubschema();
    if (!node_.isSequence() || !items) return true;
    bool valid = true;
    const auto list = node_.items();
    for (std::size_t i = 0; i < list.size(); ++i) {
      valid = childAt(*items, *list[i], i) && valid;
      if (!valid && !out_) return false;
    }
    return valid;
  }

  bool visit(const LinearItemsConstraint& constraint) override {
    if (!node_.isSequence()) return true;
    const auto list = node_.items();
    bool valid = true;
    constraint.applyToItemSubschemas([&](unsigned index, const Subschema* subschema) {
      if (index >= list.size()) return false;
      valid = childAt(*subschema, *list[index], index) && valid;
      return valid || out_ != nullptr;
    });
    if (!valid && !out_) return false;
    const Subschema* additional = constraint.getAdditionalItemsSubschema();
    for (std::size_t i = constraint.getItemSubschemaCount(); i < list.size(); ++i) {
      if (additional) {
        valid = childAt(*additional, *list[i], i) && valid;
      } else {
        valid = false;
        failAt("additionalItems", *list[i], pointerTo(i),
               "is one item too many: at most " +
                   plural(constraint.getItemSubschemaCount(), "item") + " are allowed here");
      }
      if (!valid && !out_) return false;
    }
    return valid;
  }

  bool visit(const ContainsConstraint& constraint) override {
    if (!node_.isSequence() || !constraint.getSubschema()) return true;
    for (const Node* item : node_.items()) {
      if (evaluate(walk_, *constraint.getSubschema(), *item, nullptr)) return true;
    }
    const Subschema& wanted = *constraint.getSubschema();
    fail("contains", "must contain at least one item that is " +
                         (wanted.hasDescription() ? wanted.getDescription()
                                                  : std::string("of the required form")));
    return false;
  }

  bool visit(const TypeConstraint& constraint) override {
    if (byValijson(constraint)) return true;
    std::vector<std::string> expected;
    constraint.applyToNamedTypes([&](TypeConstraint::JsonType type) {
      expected.emplace_back(typeWords(type));
      return true;
    });
    fail("type", "expected " + joinOr(expected) + ", found " + describeFound(node_));
    return false;
  }

  bool visit(const EnumConstraint& constraint) override {
    if (byValijson(constraint)) return true;
    fail("enum", enumMessage());
    return false;
  }

  bool visit(const ConstConstraint& constraint) override {
    if (byValijson(constraint)) return true;
    const ValueAnnotation* annotation = findAnnotation("const");
    fail("const",
         annotation ? "must be " + renderJson(annotation->value()) + ", found " + renderValue(node_)
                    : renderValue(node_) + " is not the required value");
    return false;
  }

  bool visit(const FormatConstraint& constraint) override {
    if (!node_.isString()) return true;
    // valijson checks the formats with std::regex, which overflows the stack on a long text;
    // no date, time or date-time is this long.
    constexpr std::size_t kLongestFormatted = 128;
    if (node_.text().size() <= kLongestFormatted && byValijson(constraint)) return true;
    fail("format", renderValue(node_) + " is not a valid " + constraint.getFormat());
    return false;
  }

  bool visit(const PatternConstraint& constraint) override {
    // Not valijson's check: it uses std::regex (see util/regex.h).
    if (!node_.isString()) return true;
    const std::string pattern = constraint.getPattern<std::allocator<char>>();
    const auto& regex = regex::cached(pattern);
    if (!regex) {
      fail("pattern", "cannot be checked: the schema's pattern " + strings::quoted(pattern) +
                          " is not a valid regular expression (" + regex.error().message + ")");
      return false;
    }
    if (regex->search(node_.text())) return true;
    std::string text = renderValue(node_);
    if (subschema_->hasDescription()) {
      text += " is not in the expected form (" + subschema_->getDescription() + ")";
    } else {
      text += " does not match the pattern " + constraint.getPattern<std::allocator<char>>();
    }
    fail("pattern", text);
    return false;
  }

  bool visit(const MinLengthConstraint& constraint) override {
    // valijson's rule (strict types: only texts have a length), without its copy of the text.
    if (!node_.isString()) return true;
    const std::uint64_t wanted = constraint.getMinLength();
    if (valijsonLength(node_.text()) >= wanted) return true;
    fail("minLength", wanted == 1 ? std::string("must not be empty")
                                  : "must be at least " + plural(wanted, "character") +
                                        " long, found " + lengthOf(node_));
    return false;
  }

  bool visit(const MaxLengthConstraint& constraint) override {
    if (!node_.isString() || valijsonLength(node_.text()) <= constraint.getMaxLength()) return true;
    fail("maxLength", "must be at most " + plural(constraint.getMaxLength(), "character") +
                          " long, found " + lengthOf(node_));
    return false;
  }

  bool visit(const MinimumConstraint& constraint) override {
    if (byValijson(constraint)) return true;
    const std::string bound = formatNumber(constraint.getMinimum());
    fail("minimum", withDescription((constraint.getExclusiveMinimum() ? "must be more than "
                                                                      : "must be at least ") +
                                    bound + ", found " + std::string(node_.text())));
    return false;
  }

  bool visit(const MaximumConstraint& constraint) override {
    if (byValijson(constraint)) return true;
    const std::string bound = formatNumber(constraint.getMaximum());
    fail("maximum", withDescription((constraint.getExclusiveMaximum() ? "must be less than "
                                                                      : "must be at most ") +
                                    bound + ", found " + std::string(node_.text())));
    return false;
  }

  bool visit(const MultipleOfDoubleConstraint& constraint) override {
    if (byValijson(constraint)) return true;
    fail("multipleOf", "must be a multiple of " + formatNumber(constraint.getDivisor()) +
                           ", found " + std::string(node_.text()));
    return false;
  }

  bool visit(const MultipleOfIntConstraint& constraint) override {
    if (byValijson(constraint)) return true;
    fail("multipleOf", "must be a multiple of " + std::to_string(constraint.getDivisor()) +
                           ", found " + std::string(node_.text()));
    return false;
  }

  bool visit(const MinItemsConstraint& constraint) override {
    if (byValijson(constraint)) return true;
    fail("minItems",
         withDescription("must have at least " + plural(constraint.getMinItems(), "item") +
                         ", found " + countOf(node_.size())));
    return false;
  }

  bool visit(const MaxItemsConstraint& constraint) override {
    if (byValijson(constraint)) return true;
    fail("maxItems",
         withDescription("must have at most " + plural(constraint.getMaxItems(), "item") +
                         ", found " + countOf(node_.size())));
    return false;
  }

  bool visit(const MinPropertiesConstraint& constraint) override {
    if (byValijson(constraint)) return true;
    fail("minProperties",
         withDescription("must have at least " + plural(constraint.getMinProperties(), "key") +
                         ", found " + countOf(node_.size())));
    return false;
  }

  bool visit(const MaxPropertiesConstraint& constraint) override {
    if (byValijson(constraint)) return true;
    fail("maxProperties",
         withDescription("must have at most " + plural(constraint.getMaxProperties(), "key") +
                         ", found " + countOf(node_.size())));
    return false;
  }

  bool visit(const UniqueItemsConstraint& constraint) override {
    if (byValijson(constraint)) return true;
    const auto list = node_.items();
    std::vector<nlohmann::json> seen;
    seen.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
      nlohmann::json value = nodeToJson(list[i]);
      const auto first = std::find(seen.begin(), seen.end(), value);
      if (first != seen.end()) {
        const std::size_t earlier = static_cast<std::size_t>(first - seen.begin());
        failAt("uniqueItems", *list[i], pointerTo(i),
               "repeats " + dottedPath(walk_.root, pointerTo(earlier)));
      }
      seen.push_back(std::move(value));
    }
    return false;
  }

  bool visit(const PolyConstraint& constraint) override {
    if (dynamic_cast<const ValueAnnotation*>(&constraint)) return true;
    if (const auto* keyword = dynamic_cast<const KeywordConstraint*>(&constraint)) {
      Reporter reporter(&walk_, node_, out_);
      keyword->check(reporter);
      return !reporter.foundError();
    }
    return constraint.validate(NodeAdapter(&node_), {}, nullptr);
  }

 private:
  // valijson decides a keyword on the node, through the adapter.
  template <typename ConstraintType>
  bool byValijson(const ConstraintType& constraint) {
    const NodeAdapter adapter(&node_);
    valijson::ValidationVisitor<NodeAdapter> visitor(adapter, {}, true, nullptr, *walk_.regexes);
    return visitor.visit(constraint);
  }

  bool child(const Subschema& subschema, const Node& node, std::string_view key) {
    const std::size_t mark = walk_.pointer.size();
    appendPointerToken(walk_.pointer, key);
    const bool valid = evaluate(walk_, subschema, node, out_);
    walk_.pointer.resize(mark);
    return valid;
  }

  bool childAt(const Subschema& subschema, const Node& node, std::size_t index) {
    const std::size_t mark = walk_.pointer.size();
    walk_.pointer += '/';
    walk_.pointer += indexToken(index);
    const bool valid = evaluate(walk_, subschema, node, out_);
    walk_.pointer.resize(mark);
    return valid;
  }

  std::string pointerTo(std::size_t index) const { return walk_.pointer + "/" + indexToken(index); }

  void fail(std::string_view keyword, std::string_view text) {
    failAt(keyword, node_, walk_.pointer, text);
  }

  void failAt(std::string_view keyword, const Node& at, std::string pointer,
              std::string_view text) {
    if (!out_) return;
    out_->push_back(makeFinding(walk_, Severity::Error, kSchemaRule, keyword, at.span(),
                                std::move(pointer), text));
  }

  std::string withDescription(std::string text) const {
    if (subschema_ && subschema_->hasDescription())
      text += " (" + subschema_->getDescription() + ")";
    return text;
  }

  static std::string countOf(std::size_t count) {
    return count == 0 ? std::string("none") : std::to_string(count);
  }

  static std::string lengthOf(const Node& node) {
    return std::to_string(utf8::codePointCount(node.text()));
  }

  const ValueAnnotation* findAnnotation(std::string_view keyword) const {
    const ValueAnnotation* found = nullptr;
    Subschema::ApplyFunction look = [&](const Constraint& constraint) {
      const auto* annotation = dynamic_cast<const ValueAnnotation*>(&constraint);
      if (annotation && annotation->keyword() == keyword) found = annotation;
      return found == nullptr;
    };
    subschema_->applyStrict(look);
    return found;
  }

  std::string enumMessage() const {
    std::string text = renderValue(node_) + " is not one of the allowed values";
    const ValueAnnotation* annotation = findAnnotation("enum");
    if (!annotation || !annotation->value().is_array()) return text;
    std::vector<std::string> candidates;
    std::vector<std::string> shown;
    for (const nlohmann::json& value : annotation->value()) {
      if (value.is_string()) candidates.push_back(value.get<std::string>());
      shown.push_back(renderJson(value));
    }
    if (node_.isString()) {
      if (auto suggestion = strings::closestMatch(node_.text(), candidates)) {
        return text + "; did you mean " + strings::quoted(*suggestion) + "?";
      }
    }
    constexpr std::size_t kMostListed = 8;
    if (shown.size() <= kMostListed) return text + ": " + joinOr(shown);
    return withDescription(std::move(text));
  }

  void unknownKey(const PropertiesConstraint& constraint, const Node& key, std::string_view name) {
    std::vector<std::string> known;
    constraint.applyToProperties([&](const auto& property, const Subschema*) {
      known.emplace_back(property.c_str(), property.size());
      return true;
    });
    std::string text = "unknown key";
    if (auto suggestion = strings::closestMatch(name, known)) {
      text += "; did you mean " + strings::quoted(*suggestion) + "?";
    } else if (!known.empty() && known.size() <= 10) {
      text += "; the keys allowed here are " + strings::join(known, ", ");
    }
    std::string pointer = walk_.pointer;
    appendPointerToken(pointer, name);
    failAt("additionalProperties", key, std::move(pointer), text);
  }

  // anyOf / oneOf: valid branches decide; otherwise the branch that came closest speaks.
  template <typename Combination>
  bool chooseBranch(const Combination& constraint, bool exactlyOne) {
    unsigned validCount = 0;
    std::vector<Finding> validWarnings;
    std::vector<std::vector<Finding>> failures;
    constraint.applyToSubschemas([&](unsigned, const Subschema* subschema) {
      if (!out_) {
        if (evaluate(walk_, *subschema, node_, nullptr)) ++validCount;
        return validCount < (exactlyOne ? 2u : 1u);
      }
      std::vector<Finding> found;
      if (evaluate(walk_, *subschema, node_, &found)) {
        if (++validCount == 1) validWarnings = std::move(found);
      } else {
        failures.push_back(std::move(found));
      }
      return exactlyOne || validCount == 0;
    });
    if (validCount == 1 || (validCount > 1 && !exactlyOne)) {
      if (out_) std::move(validWarnings.begin(), validWarnings.end(), std::back_inserter(*out_));
      return true;
    }
    if (validCount > 1) {
      fail(exactlyOne ? "oneOf" : "anyOf", "matches more than one of the allowed forms");
      return false;
    }
    if (out_ && !failures.empty()) {
      std::vector<Finding>& best =
          *std::min_element(failures.begin(), failures.end(),
                            [this](const std::vector<Finding>& a, const std::vector<Finding>& b) {
                              return distance(a) < distance(b);
                            });
      std::move(best.begin(), best.end(), std::back_inserter(*out_));
    }
    return false;
  }

  // How far a branch was from matching: a wrong type of the node itself is furthest, then
  // failed discriminators (const/enum), then the number of errors.
  std::tuple<int, int, int> distance(const std::vector<Finding>& findings) const {
    int wrongType = 0;
    int wrongValue = 0;
    int errors = 0;
    for (const Finding& finding : findings) {
      if (finding.severity != Severity::Error) continue;
      ++errors;
      if (finding.messageId == "type" && finding.pointer == walk_.pointer) wrongType = 1;
      if (finding.messageId == "const" || finding.messageId == "enum") ++wrongValue;
    }
    return {wrongType, wrongValue, errors};
  }

  // An empty text breaks both minLength and a "\S" pattern: say it once.
  void dropPatternAfterLength(std::size_t from) {
    auto sameNode = [this](const Finding& f) { return f.pointer == walk_.pointer; };
    const bool lengthFailed =
        std::any_of(out_->begin() + static_cast<std::ptrdiff_t>(from), out_->end(),
                    [&](const Finding& f) { return f.messageId == "minLength" && sameNode(f); });
    if (!lengthFailed) return;
    out_->erase(std::remove_if(out_->begin() + static_cast<std::ptrdiff_t>(from), out_->end(),
                               [&](const Finding& f) {
                                 return f.ruleId == kSchemaRule && f.messageId == "pattern" &&
                                        sameNode(f);
                               }),
                out_->end());
  }

  Walk& walk_;
  const Node& node_;
  std::vector<Finding>* out_;
  const Subschema* subschema_ = nullptr;
};

}  // namespace

bool evaluate(Walk& walk, const valijson::Subschema& subschema, const Node& node,
              std::vector<Finding>* out) {
  if (walk.stopped) return true;
  if (++walk.steps > kMaxValidationSteps || walk.depth >= kMaxValidationDepth) {
    walk.stopped = true;
    return true;
  }
  ++walk.depth;
  Evaluator evaluator(walk, node, out);
  const bool valid = evaluator.run(subschema);
  --walk.depth;
  return valid;
}

}  // namespace careerlint::schema
