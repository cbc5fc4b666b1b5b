#include "author/author_test_util.h"

#include <algorithm>

#include "support/harness.h"

namespace careerlint::testing {

std::vector<std::filesystem::path> manualRecords() {
  std::vector<std::filesystem::path> records;
  for (const auto& entry :
       std::filesystem::directory_iterator(sourcePath("tests/data/manual-careers"))) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".yaml" && !name.starts_with("_"))
      records.push_back(entry.path());
  }
  std::sort(records.begin(), records.end());
  return records;
}

std::string dataDifference(const Node* a, const Node* b, const std::string& where) {
  if (!a || !b) return a == b ? "" : where + ": missing";
  if (a->kind() != b->kind()) return where + ": kind differs";
  switch (a->kind()) {
    case NodeKind::Null:
      return "";
    case NodeKind::Boolean:
      return a->boolean() == b->boolean() ? "" : where + ": boolean differs";
    case NodeKind::Integer:
    case NodeKind::Float:
      return a->number() == b->number() ? "" : where + ": number differs";
    case NodeKind::String:
      return a->text() == b->text() ? "" : where + ": text differs";
    case NodeKind::Sequence:
      if (a->size() != b->size()) return where + ": length differs";
      for (std::size_t i = 0; i < a->size(); ++i) {
        std::string difference =
            dataDifference(a->at(i), b->at(i), where + "/" + std::to_string(i));
        if (!difference.empty()) return difference;
      }
      return "";
    case NodeKind::Mapping:
      if (a->size() != b->size()) return where + ": key count differs";
      for (const Node::Member& member : a->members()) {
        std::string difference = dataDifference(member.value, b->get(member.key->text()),
                                                where + "/" + std::string(member.key->text()));
        if (!difference.empty()) return difference;
      }
      return "";
  }
  return "";
}

namespace {

// The key a line starts ("  - name: x" -> "name"), or "" when it starts none.
std::string keyOf(std::string_view line) {
  std::size_t start = line.find_first_not_of(' ');
  if (start == std::string_view::npos) return "";
  line.remove_prefix(start);
  if (line.starts_with("- ")) line.remove_prefix(2);
  if (line.starts_with('#')) return "";
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return "";
  std::string key(line.substr(0, colon));
  if (key.size() >= 2 && key.front() == '"' && key.back() == '"')
    key = key.substr(1, key.size() - 2);
  return key;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> commentsWithKeys(const std::string& yaml) {
  std::vector<std::string> lines;
  const std::size_t bom = yaml.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (std::size_t start = bom; start < yaml.size();) {
    std::size_t end = yaml.find('\n', start);
    if (end == std::string::npos) end = yaml.size();
    std::string line = yaml.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
    start = end + 1;
  }
  std::vector<std::pair<std::string, std::string>> out;
  bool inBlock = false;
  std::size_t blockIndent = 0;
  std::string lastKey;
  auto nextKey = [&](std::size_t from) {
    std::string next;
    for (std::size_t j = from; j < lines.size() && next.empty(); ++j) next = keyOf(lines[j]);
    return next;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    const std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string::npos) continue;
    if (inBlock && indent > blockIndent) continue;  // the text of a literal block
    inBlock = false;
    if (line[indent] == '#') {
      out.emplace_back(line.substr(indent), nextKey(i + 1));
      continue;
    }
    if (!keyOf(line).empty()) lastKey = keyOf(line);
    // An end-of-line comment: " #" outside quotes.
    bool quoted = false;
    char quote = 0;
    for (std::size_t k = indent; k < line.size(); ++k) {
      const char c = line[k];
      if (quoted) {
        if (c == '\\' && quote == '"') {
          ++k;
        } else if (c == quote) {
          quoted = false;
        }
        continue;
      }
      if ((c == '"' || c == '\'') && (k == indent || line[k - 1] == ' ')) {
        quoted = true;
        quote = c;
      } else if (c == '#' && line[k - 1] == ' ') {
        // A comment after a lone dash belongs to the item below it; on a line without a key
        // (a flow list's continuation), to the key above.
        const bool loneDash =
            line.substr(indent, k - indent).find_first_not_of("- ") == std::string::npos;
        out.emplace_back(line.substr(k), loneDash ? nextKey(i + 1) : lastKey);
        break;
      }
    }
    const std::size_t bar = line.find(": |");
    if (bar != std::string::npos || line.ends_with("- |") || line.ends_with(": >")) {
      inBlock = true;
      blockIndent = indent;
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace careerlint::testing
