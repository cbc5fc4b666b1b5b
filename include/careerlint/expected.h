#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

#include "careerlint/span.h"

namespace careerlint {

// An expected failure: a message and the place it is about. Exceptions are only for the fatal.
struct Error {
  std::string file;  // may be empty when the failure is not about a file
  Position where;    // line 0 when there is no place in the file
  std::string message;
};

// A value or an Error (std::expected is C++23; this is the small part of it we need).
template <typename T>
class [[nodiscard]] Expected {
 public:
  Expected(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
  Expected(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  bool hasValue() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return hasValue(); }

  T& value() & {
    assert(hasValue());
    return std::get<0>(state_);
  }
  const T& value() const& {
    assert(hasValue());
    return std::get<0>(state_);
  }
  T&& value() && {
    assert(hasValue());
    return std::get<0>(std::move(state_));
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const {
    assert(!hasValue());
    return std::get<1>(state_);
  }

 private:
  std::variant<T, Error> state_;
};

// For operations that return nothing on success.
struct Ok {};

}  // namespace careerlint
