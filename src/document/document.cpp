#include "careerlint/document.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory_resource>
#include <string>
#include <unordered_map>

#include "util/ascii.h"
#include "util/json_pointer.h"

namespace careerlint {

std::string_view nodeKindName(NodeKind kind) noexcept {
  switch (kind) {
    case NodeKind::Null:
      return "null";
    case NodeKind::Boolean:
      return "boolean";
    case NodeKind::Integer:
      return "integer";
    case NodeKind::Float:
      return "number";
    case NodeKind::String:
      return "string";
    case NodeKind::Sequence:
      return "list";
    case NodeKind::Mapping:
      return "mapping";
  }
  return "unknown";
}

std::span<const Node* const> Node::items() const noexcept {
  if (kind_ != NodeKind::Sequence) return {};
  return {static_cast<const Node* const*>(children_), count_};
}

std::span<const Node::Member> Node::members() const noexcept {
  if (kind_ != NodeKind::Mapping) return {};
  return {static_cast<const Member*>(children_), count_};
}

const Node* Node::at(std::size_t index) const noexcept {
  auto list = items();
  return index < list.size() ? list[index] : nullptr;
}

const Node::Member* Node::findMember(std::string_view key) const noexcept {
  for (const Member& member : members()) {
    if (member.key->isScalar() && member.key->text() == key) return &member;
  }
  return nullptr;
}

const Node* Node::get(std::string_view key) const noexcept {
  const Member* member = findMember(key);
  return member ? member->value : nullptr;
}

// Nodes, child arrays and scalar texts live in one arena owned by the document. Its first block
// is sized for the document when the size is known (DocumentBuilder::reserve), so a run that
// keeps thousands of documents for cross-file rules holds little more than their trees.
struct Document::Arena {
  explicit Arena(std::size_t firstBlock) : memory(firstBlock) {}
  std::pmr::monotonic_buffer_resource memory;
};

Document::Document() : Document(4 * 1024) {}
Document::Document(std::size_t firstBlock) : arena_(std::make_unique<Arena>(firstBlock)) {}
Document::~Document() = default;
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;

namespace {

bool isDigits(std::string_view s, bool (*digit)(char)) {
  return !s.empty() && std::all_of(s.begin(), s.end(), digit);
}
bool isOctalDigit(char c) { return c >= '0' && c <= '7'; }

bool parseInteger(std::string_view text, std::int64_t& out) {
  int base = 10;
  std::string_view digits = text;
  bool negative = false;
  if (text.starts_with("0o")) {
    base = 8;
    digits.remove_prefix(2);
    if (!isDigits(digits, isOctalDigit)) return false;
  } else if (text.starts_with("0x")) {
    base = 16;
    digits.remove_prefix(2);
    if (!isDigits(digits, ascii::isHexDigit)) return false;
  } else {
    if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) {
      negative = digits[0] == '-';
      digits.remove_prefix(1);
    }
    if (!isDigits(digits, ascii::isDigit)) return false;
  }
  std::uint64_t magnitude = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), magnitude, base);
  if (ec != std::errc() || end != digits.data() + digits.size()) return false;
  const auto max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  if (negative) {
    if (magnitude > max + 1) return false;
    out = magnitude == max + 1 ? std::numeric_limits<std::int64_t>::min()
                               : -static_cast<std::int64_t>(magnitude);
  } else {
    if (magnitude > max) return false;
    out = static_cast<std::int64_t>(magnitude);
  }
  return true;
}

bool parseFloat(std::string_view text, double& out) {
  std::string_view body = text;
  bool negative = false;
  if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  if (body == ".inf" || body == ".Inf" || body == ".INF") {
    out = negative ? -std::numeric_limits<double>::infinity()
                   : std::numeric_limits<double>::infinity();
    return true;
  }
  if (text == ".nan" || text == ".NaN" || text == ".NAN") {
    out = std::numeric_limits<double>::quiet_NaN();
    return true;
  }
  // [0-9]* ( . [0-9]* )? ( [eE] [-+]? [0-9]+ )?  with at least one digit before the exponent
  std::size_t i = 0;
  std::size_t mantissaDigits = 0;
  while (i < body.size() && ascii::isDigit(body[i])) ++i, ++mantissaDigits;
  if (i < body.size() && body[i] == '.') {
    ++i;
    while (i < body.size() && ascii::isDigit(body[i])) ++i, ++mantissaDigits;
  }
  if (mantissaDigits == 0) return false;
  if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
    ++i;
    if (i < body.size() && (body[i] == '-' || body[i] == '+')) ++i;
    std::size_t expDigits = 0;
    while (i < body.size() && ascii::isDigit(body[i])) ++i, ++expDigits;
    if (expDigits == 0) return false;
  }
  if (i != body.size()) return false;
  std::string copy(body);  // from_chars for double would do, strtod handles "5." portably
  char* end = nullptr;
  double value = std::strtod(copy.c_str(), &end);
  out = negative ? -value : value;
  return true;
}

bool isNullText(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

bool isBooleanText(std::string_view text) {
  return text == "true" || text == "True" || text == "TRUE" || text == "false" || text == "False" ||
         text == "FALSE";
}

}  // namespace

DocumentBuilder::DocumentBuilder() = default;

void DocumentBuilder::reserve(std::size_t bytes) {
  if (doc_.nodeCount_ == 0 && stack_.empty()) doc_ = Document(std::max<std::size_t>(bytes, 1024));
}
DocumentBuilder::~DocumentBuilder() = default;

std::size_t DocumentBuilder::depth() const noexcept { return stack_.size(); }

Node* DocumentBuilder::newScalar(NodeKind kind, ScalarStyle style, std::string_view text,
                                 Span span) {
  auto& memory = doc_.arena_->memory;
  Node* node = new (memory.allocate(sizeof(Node), alignof(Node))) Node();
  node->kind_ = kind;
  node->style_ = style;
  node->span_ = span;
  if (!text.empty()) {
    char* copy = static_cast<char*>(memory.allocate(text.size(), 1));
    std::memcpy(copy, text.data(), text.size());
    node->text_ = copy;
    node->textSize_ = static_cast<std::uint32_t>(text.size());
  }
  ++doc_.nodeCount_;
  return node;
}

void DocumentBuilder::attach(const Node* node) {
  last_ = node;
  if (stack_.empty()) {
    if (!doc_.root_) doc_.root_ = node;  // later documents of a stream are not kept
    return;
  }
  scratch_.push_back(node);
}

void DocumentBuilder::beginMapping(Position begin) {
  Node* node = newScalar(NodeKind::Mapping, ScalarStyle::Plain, {}, Span{begin, begin});
  stack_.push_back({node, scratch_.size()});
}

void DocumentBuilder::beginSequence(Position begin) {
  Node* node = newScalar(NodeKind::Sequence, ScalarStyle::Plain, {}, Span{begin, begin});
  stack_.push_back({node, scratch_.size()});
}

void DocumentBuilder::end(Position end) {
  if (stack_.empty()) return;
  Frame frame = stack_.back();
  stack_.pop_back();
  Node* node = frame.node;
  node->span_.end = end;
  auto& memory = doc_.arena_->memory;
  const std::size_t childCount = scratch_.size() - frame.firstChild;
  const Node* const* children = scratch_.data() + frame.firstChild;
  if (node->kind_ == NodeKind::Sequence) {
    auto* array = static_cast<const Node**>(memory.allocate(
        sizeof(const Node*) * std::max<std::size_t>(childCount, 1), alignof(const Node*)));
    std::copy(children, children + childCount, array);
    node->children_ = array;
    node->count_ = static_cast<std::uint32_t>(childCount);
  } else {
    const std::size_t pairs = childCount / 2;  // a dangling key (malformed stream) is dropped
    auto* array = static_cast<Node::Member*>(memory.allocate(
        sizeof(Node::Member) * std::max<std::size_t>(pairs, 1), alignof(Node::Member)));
    for (std::size_t i = 0; i < pairs; ++i) {
      array[i] = Node::Member{children[2 * i], children[2 * i + 1]};
    }
    node->children_ = array;
    node->count_ = static_cast<std::uint32_t>(pairs);
    // Duplicate keys: quadratic for the small mappings of career pages, hashed for big ones.
    if (pairs > 1 && pairs <= 16) {
      for (std::size_t i = 1; i < pairs; ++i) {
        for (std::size_t j = 0; j < i; ++j) {
          const Node* a = array[j].key;
          const Node* b = array[i].key;
          if (a->isScalar() && b->isScalar() && a->text() == b->text()) {
            duplicates_.push_back({std::string(b->text()), a->span(), b->span()});
            break;
          }
        }
      }
    } else if (pairs > 16) {
      std::unordered_map<std::string_view, const Node*> seen;
      seen.reserve(pairs);
      for (std::size_t i = 0; i < pairs; ++i) {
        const Node* key = array[i].key;
        if (!key->isScalar()) continue;
        auto [it, inserted] = seen.emplace(key->text(), key);
        if (!inserted)
          duplicates_.push_back({std::string(key->text()), it->second->span(), key->span()});
      }
    }
  }
  scratch_.resize(frame.firstChild);
  attach(node);
}

void DocumentBuilder::scalar(std::string_view text, ScalarStyle style, Span span) {
  if (style != ScalarStyle::Plain) {
    attach(newScalar(NodeKind::String, style, text, span));
    return;
  }
  if (isNullText(text)) {
    attach(newScalar(NodeKind::Null, style, text, span));
    return;
  }
  if (isBooleanText(text)) {
    Node* node = newScalar(NodeKind::Boolean, style, text, span);
    node->value_.boolean = text[0] == 't' || text[0] == 'T';
    attach(node);
    return;
  }
  const char first = text[0];
  if (ascii::isDigit(first) || first == '-' || first == '+' || first == '.') {
    std::int64_t integer = 0;
    double real = 0;
    if (parseInteger(text, integer)) {
      Node* node = newScalar(NodeKind::Integer, style, text, span);
      node->value_.integer = integer;
      attach(node);
      return;
    }
    if (parseFloat(text, real)) {
      Node* node = newScalar(NodeKind::Float, style, text, span);
      node->value_.real = real;
      attach(node);
      return;
    }
  }
  attach(newScalar(NodeKind::String, style, text, span));
}

bool DocumentBuilder::taggedScalar(NodeKind kind, std::string_view text, ScalarStyle style,
                                   Span span) {
  Node* node = nullptr;
  switch (kind) {
    case NodeKind::String:
      node = newScalar(NodeKind::String, style, text, span);
      break;
    case NodeKind::Null:
      if (!isNullText(text)) return false;
      node = newScalar(NodeKind::Null, style, text, span);
      break;
    case NodeKind::Boolean:
      if (!isBooleanText(text)) return false;
      node = newScalar(NodeKind::Boolean, style, text, span);
      node->value_.boolean = text[0] == 't' || text[0] == 'T';
      break;
    case NodeKind::Integer: {
      std::int64_t integer = 0;
      if (!parseInteger(text, integer)) return false;
      node = newScalar(NodeKind::Integer, style, text, span);
      node->value_.integer = integer;
      break;
    }
    case NodeKind::Float: {
      double real = 0;
      if (!parseFloat(text, real)) return false;
      node = newScalar(NodeKind::Float, style, text, span);
      node->value_.real = real;
      break;
    }
    case NodeKind::Sequence:
    case NodeKind::Mapping:
      return false;
  }
  attach(node);
  return true;
}

void DocumentBuilder::alias(const Node* node) { attach(node); }

void DocumentBuilder::string(std::string_view text, Span span) {
  attach(newScalar(NodeKind::String, ScalarStyle::Plain, text, span));
}

void DocumentBuilder::null(Span span) {
  attach(newScalar(NodeKind::Null, ScalarStyle::Plain, "null", span));
}

void DocumentBuilder::boolean(bool value, Span span) {
  Node* node = newScalar(NodeKind::Boolean, ScalarStyle::Plain, value ? "true" : "false", span);
  node->value_.boolean = value;
  attach(node);
}

void DocumentBuilder::integer(std::int64_t value, Span span) {
  const std::string text = std::to_string(value);
  Node* node = newScalar(NodeKind::Integer, ScalarStyle::Plain, text, span);
  node->value_.integer = value;
  attach(node);
}

void DocumentBuilder::real(double value, Span span) {
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  std::string_view text(buffer, ec == std::errc() ? static_cast<std::size_t>(end - buffer) : 0);
  Node* node = newScalar(NodeKind::Float, ScalarStyle::Plain, text, span);
  node->value_.real = value;
  attach(node);
}

Document DocumentBuilder::finish() {
  while (!stack_.empty()) end(stack_.back().node->span_.begin);
  Document done = std::move(doc_);
  doc_ = Document();
  scratch_.clear();
  last_ = nullptr;
  return done;
}

void DocumentBuilder::copy(const Node* node) {
  if (!node) return;
  if (node->isSequence() || node->isMapping()) {
    if (node->isSequence()) {
      beginSequence(node->span().begin);
      for (const Node* item : node->items()) copy(item);
    } else {
      beginMapping(node->span().begin);
      for (const Node::Member& member : node->members()) {
        copy(member.key);
        copy(member.value);
      }
    }
    end(node->span().end);
    return;
  }
  Node* scalar = newScalar(node->kind(), node->style(), node->text(), node->span());
  scalar->value_ = node->value_;
  attach(scalar);
}

Document keepTopLevelKeys(const Document& document, const std::vector<std::string>& keys) {
  DocumentBuilder builder;
  const Node* root = document.root();
  if (!root || !root->isMapping()) {
    builder.copy(root);
    return builder.finish();
  }
  builder.beginMapping(root->span().begin);
  for (const Node::Member& member : root->members()) {
    if (std::find(keys.begin(), keys.end(), member.key->text()) == keys.end()) continue;
    builder.copy(member.key);
    builder.copy(member.value);
  }
  builder.end(root->span().end);
  return builder.finish();
}

const Node* resolvePointer(const Node* root, std::string_view pointer) noexcept {
  const Node* node = root;
  if (pointer.empty()) return node;
  if (pointer[0] != '/') return nullptr;
  std::string token;
  std::size_t pos = 1;
  while (node) {
    const std::size_t next = pointer.find('/', pos);
    std::string_view raw =
        pointer.substr(pos, next == std::string_view::npos ? pointer.npos : next - pos);
    token = json_pointer::unescapeToken(raw);
    if (node->isMapping()) {
      node = node->get(token);
    } else if (node->isSequence()) {
      std::size_t index = 0;
      auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), index);
      if (ec != std::errc() || end != token.data() + token.size() || token.empty()) return nullptr;
      node = node->at(index);
    } else {
      return nullptr;
    }
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return node;
}

void appendPointerToken(std::string& pointer, std::string_view token) {
  json_pointer::appendToken(pointer, token);
}

std::string pointerJoin(std::string_view pointer, std::string_view token) {
  std::string out(pointer);
  appendPointerToken(out, token);
  return out;
}

std::string pointerJoin(std::string_view pointer, std::size_t index) {
  std::string out(pointer);
  out.push_back('/');
  out += std::to_string(index);
  return out;
}

}  // namespace careerlint
