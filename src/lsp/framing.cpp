#include "lsp/framing.h"

#include <charconv>

#include "util/strings.h"

namespace careerlint::lsp {

std::optional<MessageReader::Message> MessageReader::next() {
  if (skip_ > 0) {
    const std::size_t dropped = std::min(skip_, buffer_.size());
    buffer_.erase(0, dropped);
    skip_ -= dropped;
    if (skip_ > 0) return std::nullopt;
  }
  const std::size_t headerEnd = buffer_.find("\r\n\r\n");
  if (headerEnd == std::string::npos) {
    // A header never grows this large: whatever this is, it is not a header.
    if (buffer_.size() > 64 * 1024) {
      buffer_.clear();
      return Message{{}, "a message header longer than 64 KiB: discarded"};
    }
    return std::nullopt;
  }
  std::optional<std::size_t> length;
  std::string_view header(buffer_.data(), headerEnd);
  while (!header.empty()) {
    const std::size_t lineEnd = header.find("\r\n");
    const std::string_view line = header.substr(0, lineEnd);
    header = lineEnd == std::string_view::npos ? std::string_view() : header.substr(lineEnd + 2);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string name = strings::toLower(strings::trim(line.substr(0, colon)));
    if (name != "content-length") continue;
    const std::string_view value = strings::trim(line.substr(colon + 1));
    std::size_t parsed = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (ec == std::errc() && end == value.data() + value.size()) length = parsed;
  }
  if (!length) {
    buffer_.erase(0, headerEnd + 4);
    return Message{{}, "a message header without a valid Content-Length: discarded"};
  }
  if (*length > maxBodyBytes_) {
    buffer_.erase(0, headerEnd + 4);
    skip_ = *length;
    return Message{{},
                   "a message of " + std::to_string(*length) + " bytes, more than the limit of " +
                       std::to_string(maxBodyBytes_) + ": discarded"};
  }
  if (buffer_.size() < headerEnd + 4 + *length) return std::nullopt;
  Message message{buffer_.substr(headerEnd + 4, *length), {}};
  buffer_.erase(0, headerEnd + 4 + *length);
  return message;
}

std::string frame(std::string_view body) {
  std::string out = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  out.append(body);
  return out;
}

}  // namespace careerlint::lsp
