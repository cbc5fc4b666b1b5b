#include "careerlint/yaml_emitter.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "util/ascii.h"
#include "util/strings.h"

namespace careerlint {

namespace {

// Strings a YAML reader would take for something else if written plain: core-schema nulls,
// booleans and numbers, plus YAML 1.1's yes/no/on/off and dates (PyYAML and others read 1.1).
bool needsQuotesToStayAString(std::string_view s) {
  if (s.empty()) return true;
  DocumentBuilder probe;
  probe.scalar(s, ScalarStyle::Plain, Span{});
  Document resolved = probe.finish();
  if (resolved.root() && resolved.root()->kind() != NodeKind::String) return true;
  for (std::string_view word : {"yes", "no", "on", "off", "y", "n"}) {
    if (strings::equalsIgnoreCase(s, word)) return true;
  }
  // 1.1 timestamps (2026-01-08…), sexagesimal (1:30), numbers with underscores or leading '+'.
  if (s.size() >= 10 && ascii::isDigit(s[0]) && ascii::isDigit(s[1]) && ascii::isDigit(s[2]) &&
      ascii::isDigit(s[3]) && s[4] == '-')
    return true;
  if (ascii::isDigit(s[0]) || s[0] == '+' || s[0] == '-' || s[0] == '.') {
    const bool numeric = std::all_of(s.begin(), s.end(), [](char c) {
      return ascii::isDigit(c) || c == '_' || c == ':' || c == '.' || c == '+' || c == '-' ||
             c == 'e' || c == 'E';
    });
    if (numeric) return true;
  }
  return false;
}

// A multi-line string that a literal block (clip chomping) gives back exactly.
bool fitsLiteralBlock(std::string_view s) {
  if (s.size() < 2 || s.back() != '\n' || s[s.size() - 2] == '\n') return false;
  if (s.front() == ' ' || s.front() == '\t' || s.front() == '\n') return false;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    const char c = s[i];
    if (c == '\r' || c == '\t' || (static_cast<unsigned char>(c) < 0x20 && c != '\n')) return false;
    if ((c == ' ') && s[i + 1] == '\n') return false;  // trailing spaces would be lost by editors
  }
  return true;
}

// A control character (a lone carriage return ends a line for a YAML reader) survives only in
// a double-quoted scalar, where yaml-cpp escapes it. Found by fuzz/fuzz_convert.
bool hasControlCharacter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && c != '\t' && c != '\n') || byte == 0x7f;
  });
}

void emitString(YAML::Emitter& out, std::string_view s) {
  if (s.find('\n') != std::string_view::npos) {
    if (fitsLiteralBlock(s)) {
      out << YAML::Literal << std::string(s.substr(0, s.size() - 1));
    } else {
      out << YAML::DoubleQuoted << std::string(s);
    }
    return;
  }
  if (needsQuotesToStayAString(s) || hasControlCharacter(s)) {
    out << YAML::DoubleQuoted << std::string(s);
  } else {
    out << std::string(s);  // yaml-cpp quotes what cannot be plain ("!x", "a: b", " #", …)
  }
}

void emitNode(YAML::Emitter& out, const Node* node) {
  if (!node) {
    out << YAML::Null;
    return;
  }
  switch (node->kind()) {
    case NodeKind::Null:
      out << YAML::Null;
      break;
    case NodeKind::Boolean:
      out << node->boolean();
      break;
    case NodeKind::Integer:
    case NodeKind::Float:
      out << std::string(node->text());
      break;
    case NodeKind::String:
      emitString(out, node->text());
      break;
    case NodeKind::Sequence:
      if (node->size() == 0) {
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
        break;
      }
      out << YAML::BeginSeq;
      for (const Node* item : node->items()) emitNode(out, item);
      out << YAML::EndSeq;
      break;
    case NodeKind::Mapping:
      if (node->size() == 0) {
        out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
        break;
      }
      out << YAML::BeginMap;
      for (const Node::Member& member : node->members()) {
        out << YAML::Key;
        if (member.key->isString()) {
          emitString(out, member.key->text());
        } else {
          emitNode(out, member.key);
        }
        out << YAML::Value;
        emitNode(out, member.value);
      }
      out << YAML::EndMap;
      break;
  }
}

}  // namespace

std::string emitCanonicalYaml(const Document& document) {
  YAML::Emitter out;
  out.SetIndent(2);
  out.SetNullFormat(YAML::LowerNull);
  out.SetBoolFormat(YAML::TrueFalseBool);
  out.SetBoolFormat(YAML::LowerCase);
  emitNode(out, document.root());
  std::string text = out.c_str();
  text.push_back('\n');
  return text;
}

}  // namespace careerlint
