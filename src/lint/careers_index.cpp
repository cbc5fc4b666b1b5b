#include "lint/careers_index.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace careerlint::lint {

namespace {

// Marks for values that have no place in a linted file (findings are never reported on an index).
constexpr Span kNowhere{{1, 1, 0}, {1, 1, 0}};

const nlohmann::json* member(const nlohmann::json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(std::string(key));
  return it == object.end() ? nullptr : &*it;
}

void addText(DocumentBuilder& builder, std::string_view key, const nlohmann::json* value) {
  if (!value || !value->is_string()) return;
  builder.string(key, kNowhere);
  builder.string(value->get_ref<const std::string&>(), kNowhere);
}

}  // namespace

bool isCareersIndexFile(const std::filesystem::path& root) {
  std::error_code ec;
  return root.extension() == ".json" && std::filesystem::is_regular_file(root, ec);
}

Expected<Document> loadCareersIndex(std::string_view text, std::string_view name) {
  // Bounds first, in one pass over the text: nesting (outside strings) and the entries of the
  // top-level array, so that nothing deeper or larger is ever built.
  std::size_t depth = 0;
  std::size_t entries = 0;
  bool inString = false;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (inString) {
      if (c == '\\') {
        ++at;
      } else if (c == '"') {
        inString = false;
      }
    } else if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxIndexDepth) {
        return Error{std::string(name),
                     {},
                     "the careers index is nested more than " + std::to_string(kMaxIndexDepth) +
                         " levels deep"};
      }
      if (depth == 2 && ++entries > kMaxIndexEntries) {
        return Error{
            std::string(name),
            {},
            "the careers index has more than " + std::to_string(kMaxIndexEntries) + " entries"};
      }
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  nlohmann::json index;
  try {
    index = nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::exception& e) {
    return Error{std::string(name), {}, std::string("the careers index is not JSON: ") + e.what()};
  }
  if (!index.is_array()) {
    return Error{std::string(name),
                 {},
                 "the careers index is not an array of careers (careers-index.json or "
                 "careers.json)"};
  }

  DocumentBuilder builder;
  builder.beginSequence(kNowhere.begin);
  for (const nlohmann::json& entry : index) {
    const nlohmann::json* slug = member(entry, "slug");
    const nlohmann::json* title = member(entry, "title");
    if (!slug || !slug->is_string() || !title || !title->is_string()) {
      return Error{
          std::string(name), {}, "the careers index has an entry without a slug and a title"};
    }
    builder.beginMapping(kNowhere.begin);
    addText(builder, "title", title);
    addText(builder, "slug", slug);
    addText(builder, "category", member(entry, "category"));
    // careers-index.json: median_pay; careers.json: wages.annual.median.
    const nlohmann::json* pay = member(entry, "median_pay");
    if (!pay) {
      const nlohmann::json* wages = member(entry, "wages");
      const nlohmann::json* annual = wages ? member(*wages, "annual") : nullptr;
      pay = annual ? member(*annual, "median") : nullptr;
    }
    if (pay && pay->is_number_integer()) {
      builder.string("median_pay", kNowhere);
      builder.integer(pay->get<std::int64_t>(), kNowhere);
    } else if (pay && pay->is_number()) {
      builder.string("median_pay", kNowhere);
      builder.real(pay->get<double>(), kNowhere);
    }
    builder.end(kNowhere.end);
  }
  builder.end(kNowhere.end);
  return builder.finish();
}

}  // namespace careerlint::lint
