#pragma once

// What every YAML backend shares (internal to src/document, and bench/ for the comparison):
// the checks on the raw text, positions, and the assembly of careerlint's tree from parser
// events. A backend only translates its library's events and errors into TreeAssembler calls.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "careerlint/document.h"
#include "careerlint/expected.h"
#include "careerlint/yaml_loader.h"

namespace careerlint::yaml {

// The position of a byte offset in `text`. Lines end at LF, CR or CRLF (YAML 1.2); columns
// count code points; a UTF-8 byte order mark at the start is not a column.
Position positionAt(std::string_view text, std::size_t offset);
// The same, counting forward from a known position of the same text.
Position advance(std::string_view text, Position from, std::size_t offset);
// The byte offset of a 1-based line and code point column (clamped to the line's end).
std::size_t offsetAt(std::string_view text, std::uint32_t line, std::uint32_t column);

// Before any parser sees the text: size, UTF-16/UTF-32, NUL bytes, invalid UTF-8, line length.
// Returns the number of bytes to skip (3 for a UTF-8 byte order mark, else 0); on an error,
// sets `problem`.
Expected<std::size_t> checkText(std::string_view text, const YamlLimits& limits,
                                YamlProblem& problem);

// "YAML syntax error: <reason>", with the reason in the words of an editor, not of a library.
std::string syntaxErrorMessage(std::string_view reason);

// Node properties as the parser reports them.
struct Properties {
  std::string_view anchor;  // without the '&'; empty when there is none
  std::string_view tag;     // resolved: "tag:yaml.org,2002:int", "!local", "!"; empty when none
};

// Builds a Document from parser events and enforces what YAML libraries leave to their user:
// the limits, aliases (shared, counted, never copied), core tags, duplicate keys, and keeping
// the first document of a stream. Event methods return false once loading has failed; the
// backend then stops parsing and calls finish().
class TreeAssembler {
 public:
  // `streamStart` is where the text begins (after a byte order mark): an empty stream's null
  // root is placed there.
  TreeAssembler(const YamlLimits& limits, Position streamStart);
  void reserve(std::size_t bytes) { builder_.reserve(bytes); }

  bool documentStart();
  void documentEnd();
  bool beginMapping(Position begin, const Properties& properties);
  bool beginSequence(Position begin, const Properties& properties);
  bool end(Position end);
  bool scalar(std::string_view value, ScalarStyle style, Span span, const Properties& properties);
  bool alias(std::string_view name, Span span);
  // A syntax error reported by the parser, in its own words.
  void syntaxError(Position where, std::string_view reason);
  // A limit the backend enforces (the text is refused, not half-loaded).
  void refuse(Position where, std::string message);

  bool failed() const noexcept { return error_.has_value(); }
  const YamlLimits& limits() const noexcept { return limits_; }
  YamlProblem problem() const noexcept { return problem_; }
  // End of the node completed last: where a block collection ends.
  Position lastEnd() const noexcept { return lastEnd_; }

  Expected<Document> finish();

 private:
  enum class Tag : std::uint8_t { None, NonSpecific, Str, Int, Float, Bool, Null, Map, Seq, Other };
  struct Open {
    std::uint64_t childNodes = 0;  // expanded size of the children so far
    std::string anchor;            // set when the collection is anchored
    std::uint64_t anchorSerial = 0;
  };
  struct Anchor {
    const Node* node = nullptr;  // null while the anchored collection is still open
    std::uint64_t expandedNodes = 0;
    std::uint64_t serial = 0;
  };

  static Tag classify(std::string_view tag);
  bool fail(Position where, std::string message, YamlProblem problem = YamlProblem::Syntax);
  bool countNodes(std::uint64_t count, Position where);
  bool beginCollection(NodeKind kind, Position begin, const Properties& properties);
  void defineAnchor(std::string_view name, const Node* node, std::uint64_t expandedNodes);

  YamlLimits limits_;
  Position streamStart_;
  DocumentBuilder builder_;
  std::vector<Open> open_;
  std::unordered_map<std::string, Anchor> anchors_;
  std::uint64_t expandedNodes_ = 0;
  std::size_t aliases_ = 0;
  std::uint64_t anchorSerial_ = 0;
  int documents_ = 0;
  bool skipping_ = false;  // in the second and later documents of a stream
  Position lastEnd_;
  std::optional<Error> error_;
  YamlProblem problem_ = YamlProblem::None;
};

// A backend: parses `text` (whose first `skip` bytes are a byte order mark) into `tree`.
using Backend = void (*)(std::string_view text, std::size_t skip, TreeAssembler& tree);

// checkText, then the backend, then the tree's checks; `problem` (if given) says why it failed.
Expected<Document> load(Backend backend, std::string_view text, const YamlLimits& limits,
                        YamlProblem* problem = nullptr);

// The product's backend: libfyaml's event parser.
void parseWithLibfyaml(std::string_view text, std::size_t skip, TreeAssembler& tree);

}  // namespace careerlint::yaml
