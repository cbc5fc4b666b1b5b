#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "careerlint/span.h"

namespace careerlint {

// careerlint's own read-only document tree. Every node knows where it came from in its file.
// Built by the YAML loader (src/document) or programmatically (the converter builds one whose
// marks point into the raw page). Nothing outside src/document sees a YAML library's types.

enum class NodeKind : std::uint8_t { Null, Boolean, Integer, Float, String, Sequence, Mapping };
enum class ScalarStyle : std::uint8_t { Plain, SingleQuoted, DoubleQuoted, Literal, Folded };

std::string_view nodeKindName(NodeKind kind) noexcept;  // "null", "boolean", ..., "mapping"

class Node {
 public:
  struct Member {
    const Node* key;
    const Node* value;
  };

  NodeKind kind() const noexcept { return kind_; }
  ScalarStyle style() const noexcept { return style_; }
  const Span& span() const noexcept { return span_; }

  bool isNull() const noexcept { return kind_ == NodeKind::Null; }
  bool isString() const noexcept { return kind_ == NodeKind::String; }
  bool isNumber() const noexcept { return kind_ == NodeKind::Integer || kind_ == NodeKind::Float; }
  bool isSequence() const noexcept { return kind_ == NodeKind::Sequence; }
  bool isMapping() const noexcept { return kind_ == NodeKind::Mapping; }
  bool isScalar() const noexcept { return !isSequence() && !isMapping(); }

  // Scalars: the value's text (unescaped, folded); empty for containers.
  std::string_view text() const noexcept { return {text_, textSize_}; }
  bool boolean() const noexcept { return value_.boolean; }
  std::int64_t integer() const noexcept { return value_.integer; }
  // Integer or Float as a double.
  double number() const noexcept {
    return kind_ == NodeKind::Integer ? static_cast<double>(value_.integer) : value_.real;
  }

  // Containers.
  std::size_t size() const noexcept { return count_; }
  std::span<const Node* const> items() const noexcept;
  std::span<const Member> members() const noexcept;
  const Node* at(std::size_t index) const noexcept;
  const Node* get(std::string_view key) const noexcept;           // mapping value by key, or null
  const Member* findMember(std::string_view key) const noexcept;  // key and value, or null

 private:
  friend class DocumentBuilder;
  Node() = default;

  NodeKind kind_ = NodeKind::Null;
  ScalarStyle style_ = ScalarStyle::Plain;
  std::uint32_t textSize_ = 0;
  std::uint32_t count_ = 0;
  Span span_;
  const char* text_ = "";
  const void* children_ = nullptr;  // const Node* const[] or Member[]
  union {
    bool boolean;
    std::int64_t integer;
    double real;
  } value_{.integer = 0};
};

class Document {
 public:
  Document();
  ~Document();
  Document(Document&&) noexcept;
  Document& operator=(Document&&) noexcept;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const Node* root() const noexcept { return root_; }
  std::size_t nodeCount() const noexcept { return nodeCount_; }

 private:
  friend class DocumentBuilder;
  explicit Document(std::size_t firstBlock);
  struct Arena;
  std::unique_ptr<Arena> arena_;
  const Node* root_ = nullptr;
  std::size_t nodeCount_ = 0;
};

// A duplicate key found while building a mapping (YAML forbids them; JSON readers keep the last).
struct DuplicateKey {
  std::string key;
  Span first;
  Span duplicate;
};

// Builds a Document from a stream of events, in document order:
//   beginMapping, (key scalar, value)*, end; beginSequence, value*, end; scalars.
// Used by the YAML loader and by the converter.
class DocumentBuilder {
 public:
  DocumentBuilder();
  ~DocumentBuilder();
  DocumentBuilder(const DocumentBuilder&) = delete;
  DocumentBuilder& operator=(const DocumentBuilder&) = delete;

  // Sizes the document's memory for about `bytes` (before the first node), to avoid both
  // repeated growth and waste.
  void reserve(std::size_t bytes);

  void beginMapping(Position begin);
  void beginSequence(Position begin);
  void end(Position end);

  // A YAML scalar: plain scalars are resolved by the YAML 1.2 core schema (null, booleans,
  // integers, floats); every other style is a string.
  void scalar(std::string_view text, ScalarStyle style, Span span);
  void string(std::string_view text, Span span);
  void null(Span span);
  void boolean(bool value, Span span);
  void integer(std::int64_t value, Span span);
  void real(double value, Span span);
  // A scalar with an explicit core tag (!!null, !!bool, !!int, !!float, !!str): `text` is
  // resolved as `kind` by the core schema whatever its style. Returns false, adding nothing,
  // when the text is not a value of that kind (containers are not scalar kinds).
  bool taggedScalar(NodeKind kind, std::string_view text, ScalarStyle style, Span span);
  // A YAML alias: `node`, already in this document, appears again here. Shared, not copied.
  void alias(const Node* node);
  // The node completed most recently (scalar, alias or ended container); null before any.
  const Node* lastNode() const noexcept { return last_; }

  // Depth of open containers (the loader bounds nesting with it).
  std::size_t depth() const noexcept;
  const std::vector<DuplicateKey>& duplicateKeys() const noexcept { return duplicates_; }

  // Appends a copy of `node` (and everything under it), marks and kinds included.
  void copy(const Node* node);

  // The finished document; the builder is empty afterwards.
  Document finish();

 private:
  Node* newScalar(NodeKind kind, ScalarStyle style, std::string_view text, Span span);
  void attach(const Node* node);

  struct Frame {
    Node* node;
    std::size_t firstChild;  // index into scratch_
  };
  Document doc_;
  std::vector<Frame> stack_;
  std::vector<const Node*> scratch_;
  std::vector<DuplicateKey> duplicates_;
  const Node* last_ = nullptr;
};

// The value of `key` in `node` when `node` is a mapping that has it; null otherwise, also for a
// null `node`, so lookups chain: child(child(root, "page"), "sections").
inline const Node* child(const Node* node, std::string_view key) noexcept {
  return node && node->isMapping() ? node->get(key) : nullptr;
}

// A document holding only the named top-level keys of `document`'s root mapping (for a run that
// keeps thousands of documents for cross-file rules: those rules read a few keys).
Document keepTopLevelKeys(const Document& document, const std::vector<std::string>& keys);

// RFC 6901: resolve "/a/0/b" from root; null when it names nothing.
const Node* resolvePointer(const Node* root, std::string_view pointer) noexcept;
// Appends one reference token ("~" -> "~0", "/" -> "~1") to a pointer.
void appendPointerToken(std::string& pointer, std::string_view token);
std::string pointerJoin(std::string_view pointer, std::string_view token);
std::string pointerJoin(std::string_view pointer, std::size_t index);

}  // namespace careerlint
