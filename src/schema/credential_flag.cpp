// x-careerlint-credential-flag (rule credential-flag): a "licence or certification required"
// flag agrees with what the page names.
//
//   "x-careerlint-credential-flag": {
//     "flag": "/education/requires_license_or_cert",   JSON pointer from the node, required
//     "credentials": "/education/certifications",      list of {name, required} (optional)
//     "name": "name", "required": "required",           keys of a credential (these defaults)
//     "text": ["/description", "/tasks"],                texts that may name a credential
//     "terms": ["license", "certification"],             words that name one (whole words)
//     "requiredPhrases": ["(must|required to) be licensed"],  regexes (ignoring case) that
//                                                        state a requirement, looked for in
//                                                        texts that contain a term
//     "what": "licence or certification"                 the noun used in messages
//   }
//
// The value may also be a list of such objects (one per flag).
//  - error requiredButFlagFalse: the flag is false while a credential is named as required
//    (a credential with required: true, or a text matching a required phrase);
//  - warning flagWithoutCredential: the flag is true while no credential is named anywhere.

#include <string>
#include <vector>

#include "schema/keyword.h"
#include "util/regex.h"
#include "util/strings.h"

namespace careerlint::schema {

namespace {

constexpr std::string_view kRule = "credential-flag";

const std::vector<std::string> kDefaultTerms = {"licence",   "license",       "licensed",
                                                "licensure", "certification", "certificate",
                                                "certified", "credential"};

bool isPointer(const nlohmann::json& value) {
  return value.is_string() &&
         (value.get<std::string>().empty() || value.get<std::string>()[0] == '/');
}

std::string validateOne(const nlohmann::json& p) {
  if (!p.is_object()) return "each check must be an object";
  for (const auto& [key, value] : p.items()) {
    if (key == "flag" || key == "credentials") {
      if (!isPointer(value))
        return "\"" + key + "\" must be a JSON pointer such as \"/education/x\"";
    } else if (key == "name" || key == "required" || key == "what") {
      if (!value.is_string() || value.get<std::string>().empty()) {
        return "\"" + key + "\" must be a non-empty string";
      }
    } else if (key == "text") {
      if (!value.is_array()) return "\"text\" must list JSON pointers";
      for (const nlohmann::json& item : value) {
        if (!isPointer(item)) return "\"text\" must list JSON pointers such as \"/description\"";
      }
    } else if (key == "terms" || key == "requiredPhrases") {
      if (!value.is_array()) return "\"" + key + "\" must be a list of strings";
      for (const nlohmann::json& item : value) {
        if (!item.is_string() || item.get<std::string>().empty()) {
          return "\"" + key + "\" must be a list of non-empty strings";
        }
        if (key == "requiredPhrases") {
          if (!regex::cached(item.get<std::string>(), /*ignoreCase=*/true)) {
            return "\"requiredPhrases\" holds an invalid regular expression: " + item.dump();
          }
        }
      }
    } else {
      return "unknown parameter \"" + key +
             "\" (known: flag, credentials, name, required, text, terms, requiredPhrases, what)";
    }
  }
  if (!p.contains("flag")) return "\"flag\" is required";
  return {};
}

std::string validateParameters(const nlohmann::json& p) {
  if (!p.is_array()) return validateOne(p);
  if (p.empty()) return "the list of checks is empty";
  for (const nlohmann::json& one : p) {
    std::string problem = validateOne(one);
    if (!problem.empty()) return problem;
  }
  return {};
}

struct Check {
  std::string flag;
  std::string credentials;
  std::string name = "name";
  std::string required = "required";
  std::vector<std::string> text;
  std::vector<std::string> terms = kDefaultTerms;
  std::vector<regex::Regex> phraseRegexes;  // RE2 (util/regex.h): the texts are untrusted
  std::string what = "licence or certification";
};

// A string somewhere under one of the text pointers.
struct Text {
  const Node* node;
  std::string relative;
  std::string lowercase;  // for term matching
};

void collectTexts(const Node* node, std::string relative, std::vector<Text>& out) {
  if (!node) return;
  if (node->isString()) {
    out.push_back({node, std::move(relative), strings::toLower(node->text())});
  } else if (node->isSequence()) {
    const auto items = node->items();
    for (std::size_t i = 0; i < items.size(); ++i) {
      collectTexts(items[i], relative + "/" + std::to_string(i), out);
    }
  } else if (node->isMapping()) {
    for (const Node::Member& member : node->members()) {
      std::string child = relative;
      appendPointerToken(child, member.key->text());
      collectTexts(member.value, std::move(child), out);
    }
  }
}

std::string excerpt(std::string_view text) {
  constexpr std::size_t kLongest = 60;
  if (text.size() <= kLongest) return strings::quoted(text);
  std::size_t cut = kLongest;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return strings::quoted(text.substr(0, cut)) + "…";
}

class CredentialFlagConstraint final : public KeywordConstraintBase<CredentialFlagConstraint> {
 public:
  explicit CredentialFlagConstraint(std::vector<Check> checks) : checks_(std::move(checks)) {}

  void check(Reporter& r) const override {
    for (const Check& c : checks_) checkOne(r, c);
  }

 private:
  void checkOne(Reporter& r, const Check& c) const {
    const Node* flag = resolvePointer(&r.node(), c.flag);
    if (!flag || flag->kind() != NodeKind::Boolean) return;

    std::vector<const Node*> credentials;
    std::string requiredRelative;  // the first credential named as required
    std::string requiredName;
    if (!c.credentials.empty()) {
      const Node* list = resolvePointer(&r.node(), c.credentials);
      const auto items = list ? list->items() : std::span<const Node* const>{};
      for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i]->isMapping()) continue;
        credentials.push_back(items[i]);
        const Node* required = items[i]->get(c.required);
        if (requiredRelative.empty() && required && required->kind() == NodeKind::Boolean &&
            required->boolean()) {
          requiredRelative = c.credentials + "/" + std::to_string(i);
          const Node* name = items[i]->get(c.name);
          requiredName = name && name->isString() ? std::string(name->text()) : std::string();
        }
      }
    }

    if (flag->boolean() && !credentials.empty()) return;  // set, and something is named
    std::vector<Text> texts;
    for (const std::string& pointer : c.text) {
      collectTexts(resolvePointer(&r.node(), pointer), pointer, texts);
    }

    if (!flag->boolean()) {
      if (!requiredRelative.empty()) {
        std::string named = r.path(requiredRelative);
        if (!requiredName.empty()) named += " (" + strings::quoted(requiredName) + ")";
        r.error(kRule, "requiredButFlagFalse", *flag, c.flag,
                "is false, but " + named + " is named as required");
        return;
      }
      for (const Text& text : texts) {
        if (!namesTerm(c, text.lowercase)) continue;
        for (const regex::Regex& phrase : c.phraseRegexes) {
          const std::string_view body = text.node->text();
          if (const auto match = phrase.search(body)) {
            r.error(kRule, "requiredButFlagFalse", *flag, c.flag,
                    "is false, but " + r.path(text.relative) + " says " +
                        excerpt(body.substr(match->offset, match->length)));
            return;
          }
        }
      }
      return;
    }

    for (const Text& text : texts) {
      if (namesTerm(c, text.lowercase)) return;
    }
    std::vector<std::string> places;
    if (!c.credentials.empty()) places.push_back(r.path(c.credentials));
    for (const std::string& pointer : c.text) places.push_back(r.path(pointer));
    std::string where;
    for (std::size_t i = 0; i < places.size(); ++i) {
      if (i > 0) where += i + 1 == places.size() ? " or " : ", ";
      where += places[i];
    }
    r.report(Severity::Warning, kRule, "flagWithoutCredential", *flag, c.flag,
             "is true, but no " + c.what + " is named" +
                 (where.empty() ? std::string() : " in " + where) + "; say which one");
  }

  static bool namesTerm(const Check& c, std::string_view lowercaseText) {
    for (const std::string& term : c.terms) {
      if (containsLowercaseWord(lowercaseText, term)) return true;
    }
    return false;
  }

  std::vector<Check> checks_;
};

Check parseOne(const nlohmann::json& p) {
  Check c;
  c.flag = p.at("flag").get<std::string>();
  c.credentials = p.value("credentials", std::string());
  c.name = p.value("name", c.name);
  c.required = p.value("required", c.required);
  c.text = p.value("text", std::vector<std::string>());
  c.terms = p.value("terms", c.terms);
  for (std::string& term : c.terms) term = strings::toLower(term);
  for (const std::string& phrase : p.value("requiredPhrases", std::vector<std::string>())) {
    if (const auto& compiled = regex::cached(phrase, /*ignoreCase=*/true))
      c.phraseRegexes.push_back(*compiled);
  }
  c.what = p.value("what", c.what);
  return c;
}

std::unique_ptr<KeywordConstraint> make(const nlohmann::json& p) {
  std::vector<Check> checks;
  if (p.is_array()) {
    for (const nlohmann::json& one : p) checks.push_back(parseOne(one));
  } else {
    checks.push_back(parseOne(p));
  }
  return std::make_unique<CredentialFlagConstraint>(std::move(checks));
}

RuleMeta credentialRuleMeta() {
  return schemaRuleMeta(
      std::string(kRule), "A licence or certification flag disagrees with what the page names",
      Severity::Error,
      {{"requiredButFlagFalse", "a credential is named as required, the flag is false"},
       {"flagWithoutCredential", "the flag is set, no credential is named (warning)"}});
}

}  // namespace

KeywordDefinition credentialFlagKeyword() {
  return {"x-careerlint-credential-flag", credentialRuleMeta, validateParameters, make};
}

}  // namespace careerlint::schema
