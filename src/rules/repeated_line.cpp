// repeated-line: the same text twice where it should be once — an item listed twice in a list
// (a skill, an ability, an alternate title, a related career, a source), a paragraph pasted twice
// (description, Inside This Career, the AI rationale, or a task pasted as a paragraph), a long
// sentence said twice. Duplicate tasks among themselves are responsibility-style's; an alternate
// title equal to the career's title is the site's own style (150 of its 165 careers list it).
#include <algorithm>
#include <map>
#include <vector>

#include "rules/rules.h"
#include "rules/support/rule_util.h"
#include "rules/support/text_checks.h"
#include "util/ascii.h"
#include "util/strings.h"

namespace careerlint::rules {

namespace {

// White space collapsed and a final period dropped (as responsibility-style compares tasks);
// lower-cased for the comparison key, case kept to tell "the same" from "the same but for case".
std::string comparable(std::string_view text, bool lower) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(lower ? ascii::toLower(c) : c);
  }
  if (out.ends_with('.') && !out.ends_with("..")) out.pop_back();
  return out;
}

std::string normalized(std::string_view text) { return comparable(text, true); }
std::string collapsed(std::string_view text) { return comparable(text, false); }

std::size_t wordCount(std::string_view text) {
  std::size_t words = 0;
  bool inWord = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !inWord) ++words;
    inWord = !space;
  }
  return words;
}

// Lists whose items are compared, by pointer; a list of mappings is compared by one of its keys.
bool skippedList(std::string_view pointer, bool model) {
  if (pointer == "/tasks") return true;                // responsibility-style's
  if (pointer == "/inside_look/content") return true;  // paragraphs, compared as prose
  return model &&
         (pointer == "/ai_assessment/factors" || pointer == "/inside_look/time_breakdown" ||
          pointer == "/education/certifications" || pointer == "/career_progression/levels");
}

constexpr std::string_view kItemKeys[] = {"title", "slug", "source", "name"};

// One block of prose: a whole value, or one paragraph of a multi-paragraph value.
struct Block {
  const Node* node;
  std::string_view text;  // a view into node->text()
  std::string pointer;
  std::string where;  // for messages
  bool task;
};

// Sentences end at . ! or ? before white space or the end of the text.
std::vector<std::string_view> sentencesOf(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < text.size() && text[start] == ' ') ++start;
  for (std::size_t i = start; i < text.size(); ++i) {
    const char c = text[i];
    if ((c == '.' || c == '!' || c == '?') &&
        (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) {
      out.push_back(text.substr(start, i + 1 - start));
      start = i + 1;
      while (start < text.size() && (text[start] == ' ' || text[start] == '\n')) ++start;
      i = start == 0 ? 0 : start - 1;
    }
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

// Option names, as the metadata declares them and check() reads them.
constexpr char kMinSentenceWordsOption[] = "minSentenceWords";

class RepeatedLine final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "repeated-line",
        .description =
            "The same line twice: a paragraph or sentence pasted twice, a skill or title listed "
            "twice",
        .defaultSeverity = Severity::Warning,
        .options = {{kMinSentenceWordsOption, OptionType::Integer, std::int64_t{8},
                     "Sentences shorter than this many words may repeat (0 turns the sentence "
                     "check off)"}},
        .messages = {{"repeatedItem", "an item listed twice in the same list"},
                     {"repeatedParagraph", "a paragraph (or a task pasted as one) twice"},
                     {"repeatedSentence", "a long sentence twice in the prose"}},
    };
    return meta;
  }

  void check(RuleContext& context) const override {
    const Node* root = context.root();
    if (!root || !root->isMapping()) return;
    const bool model = text::isCareerModel(root);
    std::string pointer;
    for (const Node::Member& member : root->members()) {
      const std::string_view key = member.key->text();
      if (key == "page" || key == "unplaced" || key == "schema_version") continue;
      appendPointerToken(pointer, key);
      checkLists(context, member.value, pointer, model);
      pointer.clear();
    }
    checkProse(context, root);
  }

 private:
  static void checkLists(RuleContext& context, const Node* node, std::string& pointer, bool model) {
    const std::size_t length = pointer.size();
    if (node->isMapping()) {
      for (const Node::Member& member : node->members()) {
        appendPointerToken(pointer, member.key->text());
        checkLists(context, member.value, pointer, model);
        pointer.resize(length);
      }
      return;
    }
    if (!node->isSequence()) return;
    if (!skippedList(pointer, model)) checkList(context, node, pointer);
    for (std::size_t i = 0; i < node->size(); ++i) {
      if (!node->at(i)->isMapping()) continue;
      pointer += "/" + std::to_string(i);
      checkLists(context, node->at(i), pointer, model);
      pointer.resize(length);
    }
  }

  static void checkList(RuleContext& context, const Node* list, const std::string& pointer) {
    std::map<std::string, std::pair<const Node*, std::size_t>, std::less<>> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Node* item = list->at(i);
      std::string itemPointer = pointer + "/" + std::to_string(i);
      if (item->isMapping()) {
        const Node* id = nullptr;
        for (std::string_view key : kItemKeys) {
          const Node* value = item->get(key);
          if (value && value->isString()) {
            id = value;
            appendPointerToken(itemPointer, key);
            break;
          }
        }
        item = id;
      }
      if (!item || !item->isString()) continue;
      std::string key = normalized(item->text());
      if (key.empty()) continue;
      auto [it, inserted] = seen.try_emplace(std::move(key), item, i);
      if (inserted) continue;
      const Node* first = it->second.first;
      const bool sameCase = collapsed(first->text()) == collapsed(item->text());
      const std::string listName = dottedPath(pointer);
      const std::string firstAt = " (first as " + listName + "[" +
                                  std::to_string(it->second.second) + "], line " +
                                  std::to_string(first->span().begin.line) + ")";
      context.report("repeatedItem",
                     sameCase
                         ? strings::quoted(text::excerpt(item->text())) + " is listed twice in " +
                               listName + firstAt + ": delete the repeat"
                         : strings::quoted(text::excerpt(item->text())) + " repeats " +
                               strings::quoted(text::excerpt(first->text())) + " in " + listName +
                               " but for letter case" + firstAt + ": delete one",
                     item->span(), itemPointer);
    }
  }

  void checkProse(RuleContext& context, const Node* root) const {
    std::vector<Block> blocks;
    auto addParagraphs = [&](const Node* node, const std::string& pointer, bool task) {
      if (!node || !node->isString()) return;
      const std::string_view text = node->text();
      // A hand-written multi-paragraph value: paragraphs are separated by blank lines.
      std::vector<std::string_view> paragraphs;
      std::size_t start = 0;
      while (start <= text.size()) {
        std::size_t end = text.find("\n\n", start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view paragraph = strings::trim(text.substr(start, end - start));
        if (!paragraph.empty()) paragraphs.push_back(paragraph);
        start = end + 2;
      }
      for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        std::string where = dottedPath(pointer);
        if (paragraphs.size() > 1) where += " (paragraph " + std::to_string(i + 1) + ")";
        blocks.push_back(Block{node, paragraphs[i], pointer, std::move(where), task});
      }
    };
    addParagraphs(root->get("description"), "/description", false);
    if (const Node* inside = root->get("inside_look"); inside && inside->isMapping()) {
      if (const Node* content = inside->get("content"); content && content->isSequence()) {
        for (std::size_t i = 0; i < content->size(); ++i) {
          addParagraphs(content->at(i), "/inside_look/content/" + std::to_string(i), false);
        }
      } else {
        addParagraphs(content, "/inside_look/content", false);
      }
    }
    if (const Node* ai = root->get("ai_assessment"); ai && ai->isMapping()) {
      addParagraphs(ai->get("classificationRationale"), "/ai_assessment/classificationRationale",
                    false);
    }
    if (const Node* tasks = root->get("tasks"); tasks && tasks->isSequence()) {
      for (std::size_t i = 0; i < tasks->size(); ++i) {
        addParagraphs(tasks->at(i), "/tasks/" + std::to_string(i), true);
      }
    }

    // In the file's order, so that the first occurrence is the one the reader meets first.
    std::stable_sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) {
      const auto at = [](const Block& block) {
        return std::pair{block.node->span().begin.offset,
                         static_cast<std::size_t>(block.text.data() - block.node->text().data())};
      };
      return at(a) < at(b);
    });

    // Whole paragraphs.
    std::vector<bool> repeated(blocks.size(), false);
    std::map<std::string, std::size_t, std::less<>> seen;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (wordCount(blocks[i].text) < 4) continue;
      auto [it, inserted] = seen.try_emplace(normalized(blocks[i].text), i);
      if (inserted) continue;
      const Block& first = blocks[it->second];
      if (first.task && blocks[i].task) continue;  // duplicate tasks: responsibility-style
      repeated[i] = true;
      const Span span = text::locate(context.file(), *blocks[i].node, blocks[i].text);
      context.report(
          "repeatedParagraph",
          blocks[i].where + " repeats " + first.where + " word for word (line " +
              std::to_string(text::locate(context.file(), *first.node, first.text).begin.line) +
              "): delete the repeat",
          span, blocks[i].pointer);
    }

    // Long sentences, in the prose that is not a task nor already a repeated paragraph.
    const std::int64_t minWords = context.options().integer(kMinSentenceWordsOption);
    if (minWords <= 0) return;
    std::map<std::string, std::pair<std::size_t, std::string_view>, std::less<>> sentences;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (blocks[i].task || repeated[i]) continue;
      for (std::string_view sentence : sentencesOf(blocks[i].text)) {
        if (wordCount(sentence) < static_cast<std::size_t>(minWords)) continue;
        auto [it, inserted] = sentences.try_emplace(normalized(sentence), i, sentence);
        if (inserted) continue;
        const Block& first = blocks[it->second.first];
        const Span firstSpan = text::locate(context.file(), *first.node, it->second.second);
        const std::string quotedSentence = strings::quoted(text::excerpt(sentence, 50));
        const std::string line = "line " + std::to_string(firstSpan.begin.line);
        context.report("repeatedSentence",
                       it->second.first == i
                           ? "the sentence " + quotedSentence + " appears twice in " +
                                 blocks[i].where + " (first at " + line + "): delete the repeat"
                           : "the sentence " + quotedSentence + " in " + blocks[i].where +
                                 " repeats one in " + first.where + " (" + line +
                                 "): delete the repeat",
                       text::locate(context.file(), *blocks[i].node, sentence), blocks[i].pointer);
      }
    }
  }
};

}  // namespace

const Rule& repeatedLineRule() {
  static const RepeatedLine rule;
  return rule;
}

}  // namespace careerlint::rules
