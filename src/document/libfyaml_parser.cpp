// The product's YAML backend: libfyaml's event parser feeding careerlint's TreeAssembler.
// libfyaml parses iteratively (no recursion on nesting), checks UTF-8 and reports errors
// with a line and column; what it leaves to us (limits, aliases, tags, duplicates) is in
// yaml_reader.cpp.

#include <libfyaml.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "document/yaml_reader.h"

namespace careerlint::yaml {
namespace {

struct DiagDeleter {
  void operator()(fy_diag* diag) const { fy_diag_destroy(diag); }
};
struct ParserDeleter {
  void operator()(fy_parser* parser) const { fy_parser_destroy(parser); }
};

// Most errors are collected with a position; a few (a bad block scalar header, say) only
// reach the output function. The first such message is kept.
void keepFirstMessage(fy_diag* /*diag*/, void* user, const char* buf, size_t len) {
  auto* message = static_cast<std::string*>(user);
  if (message->empty() && buf) message->assign(buf, len);
}

ScalarStyle styleOf(fy_scalar_style style) {
  switch (style) {
    case FYSS_SINGLE_QUOTED:
      return ScalarStyle::SingleQuoted;
    case FYSS_DOUBLE_QUOTED:
      return ScalarStyle::DoubleQuoted;
    case FYSS_LITERAL:
      return ScalarStyle::Literal;
    case FYSS_FOLDED:
      return ScalarStyle::Folded;
    default:
      return ScalarStyle::Plain;
  }
}

// The bracket a syntax error says was never closed, or '\0'.
char unclosedBracket(std::string_view reason) {
  if (reason.find("without a closing bracket") != std::string_view::npos) return '[';
  if (reason.find("without a closing brace") != std::string_view::npos) return '{';
  return '\0';
}

std::string_view tokenText(fy_token* token) {
  if (!token) return {};
  size_t length = 0;
  const char* text = fy_token_get_text(token, &length);
  return text ? std::string_view(text, length) : std::string_view();
}

class EventReader {
 public:
  EventReader(std::string_view text, std::size_t skip, TreeAssembler& tree)
      : text_(text),
        skip_(skip),
        tree_(tree),
        tokenEnd_{1, 1, static_cast<std::uint32_t>(skip)},
        given_(skip) {}

  void run() {
    fy_diag_cfg diagConfig;
    fy_diag_cfg_default(&diagConfig);
    diagConfig.fp = nullptr;
    diagConfig.output_fn = keepFirstMessage;
    diagConfig.user = &output_;
    diagConfig.colorize = false;
    diagConfig.show_source = false;
    diagConfig.show_position = false;
    diagConfig.show_type = false;
    diagConfig.show_module = false;
    std::unique_ptr<fy_diag, DiagDeleter> diag(fy_diag_create(&diagConfig));
    if (!diag) throw std::bad_alloc();
    fy_diag_set_collect_errors(diag.get(), true);

    fy_parse_cfg config{};
    config.flags =
        static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2 | FYPCF_JSON_NONE);
    config.diag = diag.get();
    std::unique_ptr<fy_parser, ParserDeleter> parser(fy_parser_create(&config));
    if (!parser) throw std::bad_alloc();
    // Fed in pieces, so that libfyaml cannot run ahead of the events without limit (see
    // YamlLimits::maxLookahead).
    if (fy_parser_set_input_callback(parser.get(), this, &EventReader::feed) != 0) {
      throw std::bad_alloc();
    }

    const auto freeEvent = [&parser](fy_event* event) {
      fy_parser_event_free(parser.get(), event);
    };
    bool more = true;
    while (more) {
      std::unique_ptr<fy_event, decltype(freeEvent)> event(fy_parser_parse(parser.get()),
                                                           freeEvent);
      if (!event) break;
      if (stalled_) break;  // the event may come from the cut-off text
      more = handle(*event);
      if (event->type >= FYET_MAPPING_START) nodeEnd_ = tokenEnd_.offset;
    }
    if (more && stalled_) {
      refuseLookahead();
    } else if (more && fy_parser_get_stream_error(parser.get())) {
      reportError(diag.get());
    }
    // libfyaml 0.7.12 can corrupt its indentation stack when a tab comes before a block entry
    // after an implicit key inside an explicit one ("? -:\t-", "?\n -K:\t-") and then crash in
    // fy_parser_destroy. A parser that reported that error is left undestroyed: a few KiB lost
    // for that file, instead of careerlint crashing. Found by fuzz_yaml_validate (twice: the
    // first workaround matched only a '?' on the same line, so it is no longer narrowed).
    if (fy_parser_get_stream_error(parser.get()) && corruptsIndentation(diag.get())) {
      (void)parser.release();
    }
  }

 private:
  // libfyaml's input: the text after the byte order mark, a piece at a time; end of input once
  // it is maxLookahead bytes past the end of the last token an event reported.
  static ssize_t feed(void* user, void* buffer, size_t count) {
    auto* self = static_cast<EventReader*>(user);
    const std::size_t end = self->text_.size();
    if (self->given_ >= end) return 0;
    const std::size_t settled = std::max<std::size_t>(self->tokenEnd_.offset, self->skip_);
    if (self->given_ > settled + self->tree_.limits().maxLookahead) {
      self->stalled_ = true;
      return 0;
    }
    // Small enough pieces that the limit holds to within a quarter of itself.
    const std::size_t piece =
        std::clamp<std::size_t>(self->tree_.limits().maxLookahead / 4, 256, 16 * 1024);
    const std::size_t size = std::min({count, piece, end - self->given_});
    std::memcpy(buffer, self->text_.data() + self->given_, size);
    self->given_ += size;
    return static_cast<ssize_t>(size);
  }

  // What libfyaml was reading when it ran too far ahead: nesting (the usual cause, said as the
  // depth limit says it) or one value that does not end.
  void refuseLookahead() {
    const YamlLimits& limits = tree_.limits();
    std::size_t at = std::max(nodeEnd_, skip_);
    while (at < text_.size()) {  // to the value: past blanks and comments
      if (text_[at] == '#') {
        while (at < text_.size() && text_[at] != '\n') ++at;
      } else if (text_[at] == ' ' || text_[at] == '\n' || text_[at] == '\r' || text_[at] == '\t') {
        ++at;
      } else {
        break;
      }
    }
    std::size_t depth = 0;
    char quote = 0;
    for (std::size_t i = at; i < given_; ++i) {
      const char c = text_[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[' || c == '{') {
        if (++depth > limits.maxDepth) {
          tree_.refuse(positionAt(text_, i), "lists and mappings are nested more than " +
                                                 std::to_string(limits.maxDepth) + " levels deep");
          return;
        }
      } else if ((c == ']' || c == '}') && depth > 0) {
        --depth;
      }
    }
    tree_.refuse(positionAt(text_, at),
                 "this value runs on for more than " + std::to_string(limits.maxLookahead) +
                     " bytes; careerlint reads texts, […] lists and {…} mappings of up to " +
                     std::to_string(limits.maxLookahead) +
                     " bytes (write long ones in block style)");
  }

  Position positionOf(const fy_mark& mark) const {
    return Position{static_cast<std::uint32_t>(mark.line + 1),
                    static_cast<std::uint32_t>(mark.column + 1),
                    static_cast<std::uint32_t>(mark.input_pos + skip_)};
  }

  void seen(Position end) {
    if (end.offset > tokenEnd_.offset) tokenEnd_ = end;
  }

  void seenToken(fy_token* token) {
    if (const fy_mark* end = token ? fy_token_end_mark(token) : nullptr) seen(positionOf(*end));
  }

  Properties propertiesOf(fy_event& event) {
    fy_token* anchor = fy_event_get_anchor_token(&event);
    fy_token* tag = fy_event_get_tag_token(&event);
    seenToken(anchor);
    seenToken(tag);
    return Properties{tokenText(anchor), tokenText(tag)};
  }

  Position startOf(fy_event& event) {
    const fy_mark* mark = fy_event_start_mark(&event);
    return mark ? positionOf(*mark) : tokenEnd_;
  }

  // libfyaml gives an empty scalar no marks. An empty value is placed after its ':', an
  // empty key at the ':' that follows it, anything else after the previous token.
  Position emptyScalarPosition() const {
    std::size_t i = tokenEnd_.offset;
    while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t')) ++i;
    if (i < text_.size() && text_[i] == ':') return advance(text_, tokenEnd_, i + 1);
    while (i < text_.size()) {
      const char c = text_[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++i;
      } else if (c == '#') {
        while (i < text_.size() && text_[i] != '\n' && text_[i] != '\r') ++i;
      } else {
        break;
      }
    }
    if (i < text_.size() && text_[i] == ':') return advance(text_, tokenEnd_, i);
    return tokenEnd_;
  }

  // libfyaml's block scalar starts at its first content line; the node begins at its
  // indicator ('|' or '>'), the first one after the previous token that is not in a comment.
  Position blockIndicator(Position content) const {
    bool lineStart = tokenEnd_.column == 1;
    for (std::size_t i = tokenEnd_.offset; i < content.offset && i < text_.size(); ++i) {
      const char c = text_[i];
      if (c == '#' && (lineStart || text_[i - 1] == ' ' || text_[i - 1] == '\t')) {
        while (i < content.offset && text_[i] != '\n' && text_[i] != '\r') ++i;
        lineStart = true;
        continue;
      }
      if (c == '|' || c == '>') return advance(text_, tokenEnd_, i);
      lineStart = c == '\n' || c == '\r';
    }
    return content;
  }

  bool handle(fy_event& event) {
    switch (event.type) {
      case FYET_DOCUMENT_START:
        seenToken(fy_event_get_token(&event));
        return tree_.documentStart();
      case FYET_DOCUMENT_END:
        tree_.documentEnd();
        seenToken(fy_event_get_token(&event));
        return true;
      case FYET_MAPPING_START:
      case FYET_SEQUENCE_START: {
        const Properties properties = propertiesOf(event);
        const Position begin = startOf(event);
        fy_token* token = fy_event_get_token(&event);
        open_.push_back(begin);
        seenToken(token);
        return event.type == FYET_MAPPING_START ? tree_.beginMapping(begin, properties)
                                                : tree_.beginSequence(begin, properties);
      }
      case FYET_MAPPING_END:
      case FYET_SEQUENCE_END: {
        fy_token* token = fy_event_get_token(&event);
        const fy_token_type type = token ? fy_token_get_type(token) : FYTT_NONE;
        const fy_mark* end = token ? fy_token_end_mark(token) : nullptr;
        // A flow collection ends after its bracket; a block one with its last entry.
        const bool flow = type == FYTT_FLOW_MAPPING_END || type == FYTT_FLOW_SEQUENCE_END;
        if (!open_.empty()) open_.pop_back();
        const Position at = flow && end ? positionOf(*end) : tree_.lastEnd();
        seen(at);
        return tree_.end(at);
      }
      case FYET_SCALAR:
        return scalar(event);
      case FYET_ALIAS: {
        const fy_mark* start = fy_event_start_mark(&event);
        const fy_mark* end = fy_event_end_mark(&event);
        Span span{tokenEnd_, tokenEnd_};
        if (start && end) {
          span = Span{positionOf(*start), positionOf(*end)};
          if (span.begin.column > 1) {  // the mark is on the name; the alias starts at '*'
            --span.begin.column;
            --span.begin.offset;
          }
        }
        seen(span.end);
        return tree_.alias(tokenText(event.alias.anchor), span);
      }
      default:
        return true;
    }
  }

  bool scalar(fy_event& event) {
    const Properties properties = propertiesOf(event);
    fy_token* value = event.scalar.value;
    const ScalarStyle style = styleOf(value ? fy_token_scalar_style(value) : FYSS_PLAIN);
    const fy_mark* start = fy_event_start_mark(&event);
    const fy_mark* end = fy_event_end_mark(&event);
    Span span;
    if (start && end) {
      span = Span{positionOf(*start), positionOf(*end)};
      if (style == ScalarStyle::SingleQuoted || style == ScalarStyle::DoubleQuoted) {
        // libfyaml marks the content; the node includes its quotes.
        if (span.begin.column > 1) {
          --span.begin.column;
          --span.begin.offset;
        }
        ++span.end.column;
        ++span.end.offset;
      } else if (style == ScalarStyle::Literal || style == ScalarStyle::Folded) {
        span.begin = blockIndicator(span.begin);
      }
    } else {
      const Position at = emptyScalarPosition();
      span = Span{at, at};
    }
    seen(span.end);
    return tree_.scalar(tokenText(value), style, span, properties);
  }

  // The error after which libfyaml may not survive being destroyed: a tab before a block entry.
  static bool corruptsIndentation(fy_diag* diag) {
    void* iterator = nullptr;
    while (fy_diag_error* error = fy_diag_errors_iterate(diag, &iterator)) {
      if (error->msg &&
          std::string_view(error->msg) == "cannot use tab for indentation of block entry")
        return true;
    }
    return false;
  }

  void reportError(fy_diag* diag) {
    void* iterator = nullptr;
    while (fy_diag_error* error = fy_diag_errors_iterate(diag, &iterator)) {
      if (error->type != FYET_ERROR) continue;
      const std::string_view reason = error->msg ? error->msg : "";
      Position where = tokenEnd_;
      if (error->line > 0 && error->column > 0) {
        where = positionAt(text_, offsetAt(text_, static_cast<std::uint32_t>(error->line),
                                           static_cast<std::uint32_t>(error->column)));
      }
      // libfyaml finds a missing bracket at the end of the text and a missing quote at the
      // start of the content; the editor needs the bracket or the quote that was opened.
      if (const char bracket = unclosedBracket(reason)) {
        for (auto open = open_.rbegin(); open != open_.rend(); ++open) {
          if (open->offset < text_.size() && text_[open->offset] == bracket) {
            where = *open;
            break;
          }
        }
      } else if (reason.find("without closing quote") != std::string_view::npos &&
                 where.offset > 0 && where.column > 1 &&
                 (text_[where.offset - 1] == '"' || text_[where.offset - 1] == '\'')) {
        --where.offset;
        --where.column;
      }
      tree_.syntaxError(where, reason);
      return;
    }
    tree_.syntaxError(tokenEnd_, output_);
  }

  std::string_view text_;
  std::size_t skip_;
  TreeAssembler& tree_;
  Position tokenEnd_;   // end of the last token seen: where an empty or block scalar is sought
  std::string output_;  // the first message libfyaml printed instead of collecting it
  std::vector<Position> open_;  // where each open collection begins
  std::size_t given_ = 0;       // bytes of text_ handed to libfyaml (the byte order mark counts)
  bool stalled_ = false;        // libfyaml ran maxLookahead bytes ahead of its events
  std::size_t nodeEnd_ = 0;     // end of the last node event: the unfinished value is after it
};

}  // namespace

void parseWithLibfyaml(std::string_view text, std::size_t skip, TreeAssembler& tree) {
  EventReader(text, skip, tree).run();
}

}  // namespace careerlint::yaml
