#include "schema/walk.h"

#include <charconv>

#include "util/json_pointer.h"

namespace careerlint::schema {

namespace {

bool isIndex(std::string_view token) {
  if (token.empty()) return false;
  for (char c : token) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

std::string dottedPath(const Node* root, std::string_view pointer) {
  std::string out;
  const Node* node = root;
  std::size_t pos = 0;
  while (pos < pointer.size()) {  // each token starts after a '/'
    const std::size_t next = pointer.find('/', pos + 1);
    const std::size_t end = next == std::string_view::npos ? pointer.size() : next;
    const std::string token = json_pointer::unescapeToken(pointer.substr(pos + 1, end - pos - 1));
    const bool list = node ? node->isSequence() : isIndex(token);
    if (list) {
      out += '[';
      out += token;
      out += ']';
      std::size_t index = 0;
      auto [last, ec] = std::from_chars(token.data(), token.data() + token.size(), index);
      const bool parsed = ec == std::errc() && last == token.data() + token.size();
      node = (node && parsed) ? node->at(index) : nullptr;
    } else {
      if (!out.empty()) out += '.';
      out += token;
      node = node ? node->get(token) : nullptr;
    }
    pos = end;
  }
  return out.empty() ? std::string("top level") : out;
}

Finding makeFinding(const Walk& walk, Severity severity, std::string_view ruleId,
                    std::string_view messageId, const Span& span, std::string pointer,
                    std::string_view text) {
  Finding finding;
  finding.ruleId = std::string(ruleId);
  finding.messageId = std::string(messageId);
  finding.severity = severity;
  finding.message = dottedPath(walk.root, pointer);
  finding.message += ": ";
  finding.message += text;
  finding.file = std::string(walk.file);
  finding.span = span;
  finding.pointer = std::move(pointer);
  return finding;
}

void Reporter::report(Severity severity, std::string_view ruleId, std::string_view messageId,
                      const Node& at, std::string_view relative, std::string_view text) {
  if (severity == Severity::Error) foundError_ = true;
  if (!out_ || !walk_) return;
  std::string pointer = walk_->pointer;
  pointer += relative;
  out_->push_back(
      makeFinding(*walk_, severity, ruleId, messageId, at.span(), std::move(pointer), text));
}

std::string Reporter::path(std::string_view relative) const {
  if (!walk_) return {};
  std::string pointer = walk_->pointer;
  pointer += relative;
  return dottedPath(walk_->root, pointer);
}

}  // namespace careerlint::schema
