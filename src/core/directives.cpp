#include "core/directives.h"

#include "util/strings.h"

namespace careerlint {

std::optional<Directive> parseDirective(std::string_view line) {
  std::string_view text = strings::trim(line);
  if (text.starts_with('#')) text = strings::trimLeft(text.substr(1));
  if (!text.starts_with("careerlint-")) return std::nullopt;
  text.remove_prefix(11);
  Directive directive;
  for (std::string_view verb : {"disable-next-line", "disable-file", "disable", "enable"}) {
    if (text.starts_with(verb) && (text.size() == verb.size() || text[verb.size()] == ' ')) {
      directive.verb = verb;
      text.remove_prefix(verb.size());
      break;
    }
  }
  if (directive.verb.empty()) return std::nullopt;
  if (const std::size_t reason = text.find(" --"); reason != std::string_view::npos)
    text = text.substr(0, reason);
  for (std::string_view part : strings::split(text, ',')) {
    for (std::string_view word : strings::split(strings::trim(part), ' ')) {
      if (!word.empty()) directive.ruleIds.push_back(word);
    }
  }
  return directive;
}

}  // namespace careerlint
