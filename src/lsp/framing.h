#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace careerlint::lsp {

// The base protocol of the Language Server Protocol: each message is a header part
// (`Content-Length: N`, optionally `Content-Type`, each line ending in CRLF), an empty line,
// then N bytes of JSON. Bytes arrive in pieces of any size; `next` yields whole messages.
class MessageReader {
 public:
  struct Message {
    std::string body;   // the JSON text (not yet parsed)
    std::string error;  // non-empty: the header was unreadable and was skipped
  };

  // Messages larger than this are refused (their bytes are skipped) rather than buffered.
  static constexpr std::size_t kMaxBodyBytes = 64u * 1024 * 1024;

  explicit MessageReader(std::size_t maxBodyBytes = kMaxBodyBytes) : maxBodyBytes_(maxBodyBytes) {}

  void feed(std::string_view bytes) { buffer_.append(bytes); }
  // The next complete message (or header error), or nullopt when more bytes are needed.
  std::optional<Message> next();

 private:
  std::string buffer_;
  std::size_t maxBodyBytes_;
  std::size_t skip_ = 0;  // bytes of a refused body still to discard
};

// `Content-Length: N\r\n\r\n` followed by `body`.
std::string frame(std::string_view body);

}  // namespace careerlint::lsp
