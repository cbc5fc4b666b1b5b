#pragma once

// valijson reads careerlint's Document tree through this adapter (valijson's documented
// extension point), so documents are validated in place, without a copy into another JSON tree.

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <valijson/internal/adapter.hpp>
#include <valijson/internal/basic_adapter.hpp>
#include <valijson/internal/frozen_value.hpp>

#include "careerlint/document.h"

namespace careerlint::schema {

class NodeAdapter;
class NodeArrayIterator;
class NodeObjectIterator;

using NodeObjectMember = std::pair<std::string, NodeAdapter>;

// A list node seen as a JSON array. A null node pointer stands for an empty container.
class NodeArray {
 public:
  using const_iterator = NodeArrayIterator;
  using iterator = NodeArrayIterator;

  NodeArray() = default;
  explicit NodeArray(const Node* node)
      : items_(node ? node->items() : std::span<const Node* const>{}) {}

  NodeArrayIterator begin() const;
  NodeArrayIterator end() const;
  std::size_t size() const { return items_.size(); }

 private:
  std::span<const Node* const> items_;
};

// A mapping node seen as a JSON object.
class NodeObject {
 public:
  using const_iterator = NodeObjectIterator;
  using iterator = NodeObjectIterator;

  NodeObject() = default;
  explicit NodeObject(const Node* node)
      : members_(node ? node->members() : std::span<const Node::Member>{}) {}

  NodeObjectIterator begin() const;
  NodeObjectIterator end() const;
  NodeObjectIterator find(const std::string& key) const;
  std::size_t size() const { return members_.size(); }

 private:
  std::span<const Node::Member> members_;
};

// The value interface BasicAdapter builds on. Types are strict: a YAML string "5" is a string.
class NodeValue {
 public:
  NodeValue() = default;  // an empty mapping, as valijson's default adapters are
  explicit NodeValue(const Node* node) : node_(node) {}

  valijson::adapters::FrozenValue* freeze() const;

  std::optional<NodeArray> getArrayOptional() const {
    if (isArray()) return std::make_optional(NodeArray(node_));
    return {};
  }
  bool getArraySize(std::size_t& result) const {
    if (!isArray()) return false;
    result = node_->size();
    return true;
  }
  bool getBool(bool& result) const {
    if (!isBool()) return false;
    result = node_->boolean();
    return true;
  }
  bool getDouble(double& result) const {
    if (!isDouble()) return false;
    result = node_->number();
    return true;
  }
  bool getInteger(std::int64_t& result) const {
    if (!isInteger()) return false;
    result = node_->integer();
    return true;
  }
  std::optional<NodeObject> getObjectOptional() const {
    if (isObject()) return std::make_optional(NodeObject(node_));
    return {};
  }
  bool getObjectSize(std::size_t& result) const {
    if (!isObject()) return false;
    result = node_ ? node_->size() : 0;
    return true;
  }
  bool getString(std::string& result) const {
    if (!isString()) return false;
    result.assign(node_->text());
    return true;
  }
  static bool hasStrictTypes() { return true; }

  bool isArray() const { return node_ && node_->isSequence(); }
  bool isBool() const { return node_ && node_->kind() == NodeKind::Boolean; }
  bool isDouble() const { return node_ && node_->kind() == NodeKind::Float; }
  bool isInteger() const { return node_ && node_->kind() == NodeKind::Integer; }
  bool isNull() const { return node_ && node_->isNull(); }
  bool isNumber() const { return node_ && node_->isNumber(); }
  bool isObject() const { return !node_ || node_->isMapping(); }
  bool isString() const { return node_ && node_->isString(); }

  const Node* node() const { return node_; }

 private:
  const Node* node_ = nullptr;
};

class NodeAdapter
    : public valijson::adapters::BasicAdapter<NodeAdapter, NodeArray, NodeObjectMember, NodeObject,
                                              NodeValue> {
 public:
  // Not defaulted: clang deletes BasicAdapter's default constructor (its value member is const).
  NodeAdapter() : BasicAdapter(NodeValue()) {}
  explicit NodeAdapter(const Node* node) : BasicAdapter(NodeValue(node)), node_(node) {}

  // The node behind the adapter: careerlint's own keywords reach it through here.
  const Node* node() const { return node_; }

 private:
  const Node* node_ = nullptr;
};

class NodeArrayIterator {
 public:
  using iterator_category = std::bidirectional_iterator_tag;
  using value_type = NodeAdapter;
  using difference_type = std::ptrdiff_t;
  using pointer = NodeAdapter*;
  using reference = NodeAdapter&;

  explicit NodeArrayIterator(const Node* const* at) : at_(at) {}

  NodeAdapter operator*() const { return NodeAdapter(*at_); }
  valijson::adapters::DerefProxy<NodeAdapter> operator->() const {
    return valijson::adapters::DerefProxy<NodeAdapter>(**this);
  }
  bool operator==(const NodeArrayIterator& other) const { return at_ == other.at_; }
  bool operator!=(const NodeArrayIterator& other) const { return at_ != other.at_; }
  const NodeArrayIterator& operator++() {
    ++at_;
    return *this;
  }
  NodeArrayIterator operator++(int) {
    NodeArrayIterator before = *this;
    ++at_;
    return before;
  }
  const NodeArrayIterator& operator--() {
    --at_;
    return *this;
  }
  void advance(std::ptrdiff_t n) { at_ += n; }

 private:
  const Node* const* at_;
};

class NodeObjectIterator {
 public:
  using iterator_category = std::bidirectional_iterator_tag;
  using value_type = NodeObjectMember;
  using difference_type = std::ptrdiff_t;
  using pointer = NodeObjectMember*;
  using reference = NodeObjectMember&;

  explicit NodeObjectIterator(const Node::Member* at) : at_(at) {}

  NodeObjectMember operator*() const {
    return NodeObjectMember(std::string(at_->key->text()), NodeAdapter(at_->value));
  }
  valijson::adapters::DerefProxy<NodeObjectMember> operator->() const {
    return valijson::adapters::DerefProxy<NodeObjectMember>(**this);
  }
  bool operator==(const NodeObjectIterator& other) const { return at_ == other.at_; }
  bool operator!=(const NodeObjectIterator& other) const { return at_ != other.at_; }
  const NodeObjectIterator& operator++() {
    ++at_;
    return *this;
  }
  NodeObjectIterator operator++(int) {
    NodeObjectIterator before = *this;
    ++at_;
    return before;
  }
  const NodeObjectIterator& operator--() {
    --at_;
    return *this;
  }

 private:
  const Node::Member* at_;
};

inline NodeArrayIterator NodeArray::begin() const { return NodeArrayIterator(items_.data()); }
inline NodeArrayIterator NodeArray::end() const {
  return NodeArrayIterator(items_.data() + items_.size());
}

inline NodeObjectIterator NodeObject::begin() const { return NodeObjectIterator(members_.data()); }
inline NodeObjectIterator NodeObject::end() const {
  return NodeObjectIterator(members_.data() + members_.size());
}
inline NodeObjectIterator NodeObject::find(const std::string& key) const {
  for (const Node::Member& member : members_) {
    if (member.key->isScalar() && member.key->text() == key) return NodeObjectIterator(&member);
  }
  return end();
}

}  // namespace careerlint::schema

namespace valijson::adapters {
template <>
struct AdapterTraits<careerlint::schema::NodeAdapter> {
  using DocumentType = careerlint::Document;
  static std::string adapterName() { return "careerlint::schema::NodeAdapter"; }
};
}  // namespace valijson::adapters
