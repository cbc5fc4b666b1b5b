// libyaml 0.2.5 behind careerlint's TreeAssembler: the backend that lost to libfyaml
// (bench/README.md), kept for the comparison benchmark and the conformance count only.

#include "bench/libyaml_parser.h"

#include <yaml.h>

#include <vector>

#include "util/utf8.h"

namespace careerlint::yaml {
namespace {

ScalarStyle styleOf(yaml_scalar_style_t style) {
  switch (style) {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE:
      return ScalarStyle::SingleQuoted;
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
      return ScalarStyle::DoubleQuoted;
    case YAML_LITERAL_SCALAR_STYLE:
      return ScalarStyle::Literal;
    case YAML_FOLDED_SCALAR_STYLE:
      return ScalarStyle::Folded;
    default:
      return ScalarStyle::Plain;
  }
}

std::string_view view(const yaml_char_t* text) {
  return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

// libyaml counts its index in code points; careerlint's offsets are bytes. Events come
// nearly in text order, so a cursor moving both ways converts cheaply.
class OffsetCursor {
 public:
  explicit OffsetCursor(std::string_view body) : body_(body) {}

  std::size_t byteOffset(std::size_t codePoint) {
    while (codePoint_ < codePoint && byte_ < body_.size()) {
      byte_ += utf8::sequenceLength(static_cast<unsigned char>(body_[byte_]));
      ++codePoint_;
    }
    while (codePoint_ > codePoint && byte_ > 0) {
      do {
        --byte_;
      } while (byte_ > 0 && (static_cast<unsigned char>(body_[byte_]) & 0xC0) == 0x80);
      --codePoint_;
    }
    return std::min(byte_, body_.size());
  }

 private:
  std::string_view body_;
  std::size_t codePoint_ = 0;
  std::size_t byte_ = 0;
};

class EventReader {
 public:
  EventReader(std::string_view text, std::size_t skip, TreeAssembler& tree)
      : skip_(skip), body_(text.substr(skip)), tree_(tree), cursor_(body_) {}

  void run() {
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) throw std::bad_alloc();
    // libyaml asserts on a null buffer, which an empty string_view may have.
    static const unsigned char kEmpty[] = "";
    const auto* input =
        body_.empty() ? kEmpty : reinterpret_cast<const unsigned char*>(body_.data());
    yaml_parser_set_input_string(&parser, input, body_.size());
    bool more = true;
    while (more) {
      yaml_event_t event;
      if (!yaml_parser_parse(&parser, &event)) {
        std::string reason = parser.problem ? parser.problem : "";
        if (parser.context) reason.append(" (").append(parser.context).append(")");
        tree_.syntaxError(positionOf(parser.problem_mark), reason);
        break;
      }
      more = event.type != YAML_STREAM_END_EVENT && handle(event);
      yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
  }

 private:
  Position positionOf(const yaml_mark_t& mark) {
    return Position{static_cast<std::uint32_t>(mark.line + 1),
                    static_cast<std::uint32_t>(mark.column + 1),
                    static_cast<std::uint32_t>(cursor_.byteOffset(mark.index) + skip_)};
  }

  Span spanOf(const yaml_event_t& event) {
    const Position begin = positionOf(event.start_mark);
    return Span{begin, positionOf(event.end_mark)};
  }

  bool handle(yaml_event_t& event) {
    switch (event.type) {
      case YAML_DOCUMENT_START_EVENT:
        return tree_.documentStart();
      case YAML_DOCUMENT_END_EVENT:
        tree_.documentEnd();
        return true;
      case YAML_MAPPING_START_EVENT:
        flow_.push_back(event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE);
        return tree_.beginMapping(
            positionOf(event.start_mark),
            Properties{view(event.data.mapping_start.anchor), view(event.data.mapping_start.tag)});
      case YAML_SEQUENCE_START_EVENT:
        flow_.push_back(event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE);
        return tree_.beginSequence(positionOf(event.start_mark),
                                   Properties{view(event.data.sequence_start.anchor),
                                              view(event.data.sequence_start.tag)});
      case YAML_MAPPING_END_EVENT:
      case YAML_SEQUENCE_END_EVENT: {
        const bool flow = !flow_.empty() && flow_.back();
        if (!flow_.empty()) flow_.pop_back();
        return tree_.end(flow ? positionOf(event.end_mark) : tree_.lastEnd());
      }
      case YAML_SCALAR_EVENT: {
        const auto& scalar = event.data.scalar;
        return tree_.scalar(
            std::string_view(reinterpret_cast<const char*>(scalar.value), scalar.length),
            styleOf(scalar.style), spanOf(event),
            Properties{view(scalar.anchor), view(scalar.tag)});
      }
      case YAML_ALIAS_EVENT:
        return tree_.alias(view(event.data.alias.anchor), spanOf(event));
      default:
        return true;
    }
  }

  std::size_t skip_;
  std::string_view body_;
  TreeAssembler& tree_;
  OffsetCursor cursor_;
  std::vector<bool> flow_;  // per open collection: flow style?
};

}  // namespace

void parseWithLibyaml(std::string_view text, std::size_t skip, TreeAssembler& tree) {
  EventReader(text, skip, tree).run();
}

Expected<Document> loadYamlWithLibyaml(std::string_view text, const YamlLimits& limits) {
  return load(&parseWithLibyaml, text, limits);
}

}  // namespace careerlint::yaml
