// related-career-exists (cross-file): every related career names a page that exists among the
// linted files or the configured content roots, by slug (or, for a page's card, by title); and no
// two pages share a slug (one address for two pages) or a title. A page's raw text and its
// converted YAML side by side (seeds/medical-assistants.txt and .yaml) are one page in two forms.
// A content root may name the site's careers index (lint/careers_index.h): its entries are known
// careers too, and a page's card must show the index's pay and belong to the page's category.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>
#include <string_view>

#include "rules/rules.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace careerlint::rules {

namespace {

namespace fs = std::filesystem;

// A page, as the summary of its file has it (its document is gone by now).
struct Page {
  const ProjectFile* file;
  std::string_view slug;
  std::string_view title;  // lowercase, for matching
  const ProjectSummary& summary() const { return *file->summary; }
};

// One career of a careers index: what a related card must agree with.
struct IndexEntry {
  std::string_view title;     // as the index writes it
  std::string_view category;  // empty when the index has none
  std::optional<double> pay;  // median pay
};

struct Index {
  std::map<std::string_view, IndexEntry> bySlug;
  std::map<std::string, const IndexEntry*> byTitle;  // lowercase title
  bool empty() const { return bySlug.empty(); }
};

// The entries of an index read from a content root.
void addIndexEntries(const ProjectFile& file, Index& index) {
  if (file.linted) return;
  const ProjectSummary& summary = *file.summary;
  for (const ProjectSummary::IndexEntry& entry : summary.index) {
    auto [it, fresh] = index.bySlug.emplace(
        summary[entry.slug], IndexEntry{summary[entry.title], summary[entry.category],
                                        entry.hasPay ? std::optional(entry.pay) : std::nullopt});
    if (fresh) index.byTitle.emplace(strings::toLower(it->second.title), &it->second);
  }
}

// "$132,880/yr", as the site's related cards show pay.
std::string cardPay(double pay) {
  std::string digits = std::to_string(static_cast<long long>(std::llround(pay)));
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(at, ",");
  return "$" + digits + "/yr";
}

// The page whatever its extension: its directory and stem.
std::string formOf(std::string_view path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  if (ec) absolute = path;
  return absolute.lexically_normal().replace_extension().string();
}

std::optional<Page> pageOf(const ProjectFile& file) {
  const ProjectSummary& summary = *file.summary;
  if (!summary.isRecord || (summary.slug.size == 0 && summary.titleKey.size == 0))
    return std::nullopt;
  return Page{&file, summary[summary.slug], summary[summary.titleKey]};
}

// Pages by a key (slug or title), the first of each key in the pages' order: a sorted list of
// pointers rather than a map, as there may be 100,000 pages.
class PagesBy {
 public:
  PagesBy(const std::vector<Page>& pages, std::string_view Page::*key) : key_(key) {
    for (const Page& page : pages) {
      if (!(page.*key).empty()) sorted_.push_back(&page);
    }
    std::stable_sort(sorted_.begin(), sorted_.end(),
                     [key](const Page* a, const Page* b) { return a->*key < b->*key; });
  }
  // The first page with this key, or null.
  const Page* find(std::string_view value) const {
    auto it =
        std::lower_bound(sorted_.begin(), sorted_.end(), value,
                         [this](const Page* page, std::string_view v) { return page->*key_ < v; });
    return it != sorted_.end() && (*it)->*key_ == value ? *it : nullptr;
  }

 private:
  std::string_view Page::*key_;
  std::vector<const Page*> sorted_;
};

class RelatedCareerExists final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "related-career-exists",
        .description =
            "A related career that names no known page; two pages with the same slug or title",
        .defaultSeverity = Severity::Warning,
        .crossFile = true,
        .projectKeys = {"category", "data_source", "id", "name", "related_careers",
                        "schema_version", "slug", "source_citations", "title", "wages"},
        .messages = {{"unknownCareer",
                      "a related career names no page of the linted files or content roots"},
                     {"selfReference", "a related career names the page itself"},
                     {"duplicateSlug", "two pages have the same slug"},
                     {"duplicateTitle", "two pages have the same title"},
                     {"stalePay", "a card's pay is not the careers index's median pay"},
                     {"otherCategory",
                      "a card's career belongs to another category than the page"}},
    };
    return meta;
  }

  void checkProject(ProjectContext& context) const override {
    std::vector<Page> pages;
    Index index;
    for (const ProjectFile& file : context.files()) {
      if (auto page = pageOf(file)) pages.push_back(*page);
      addIndexEntries(file, index);
    }
    // The content roots' pages first (they are the site as published), then the linted ones, each
    // by path: a duplicate is reported on the later page, naming the first.
    std::sort(pages.begin(), pages.end(), [](const Page& a, const Page& b) {
      return std::pair(a.file->linted, a.file->path) < std::pair(b.file->linted, b.file->path);
    });
    const PagesBy bySlug(pages, &Page::slug);
    const PagesBy byTitle(pages, &Page::title);
    // A lone page (in one or two forms) with no content root has nothing to be checked against:
    // every related career would be "unknown", which says nothing.
    bool knowsOtherPages = !index.empty();
    if (!knowsOtherPages && !pages.empty()) {
      const std::string first = formOf(pages.front().file->path);
      knowsOtherPages = std::any_of(pages.begin(), pages.end(), [&](const Page& page) {
        return formOf(page.file->path) != first;
      });
    }
    for (const Page& page : pages) {
      if (!page.file->linted) continue;
      checkRelated(context, page, bySlug, byTitle, index, knowsOtherPages);
      checkDuplicates(context, page, bySlug, byTitle);
    }
  }

 private:
  static void checkRelated(ProjectContext& context, const Page& page, const PagesBy& bySlug,
                           const PagesBy& byTitle, const Index& index, bool knowsOtherPages) {
    const ProjectSummary& summary = page.summary();
    for (const ProjectSummary::Card& card : summary.cards) {
      const bool hasSlug = card.slug.size > 0;
      const bool hasTitle = card.title.size > 0;
      const std::string pointer = "/related_careers/" + std::to_string(card.index);
      const std::string name(hasTitle ? summary[card.title] : summary[card.slug]);
      const std::string_view slugText = strings::trim(summary[card.slug]);
      if (!slugText.empty() && slugText == page.slug) {
        context.report(
            *page.file, "selfReference",
            dottedPath(pointer) + ": \"" + name + "\" is this page itself: name another career",
            card.where, pointer);
        continue;
      }
      const std::string titleKey =
          hasTitle ? strings::toLower(strings::trim(summary[card.title])) : "";
      const IndexEntry* listed = nullptr;
      if (auto it = index.bySlug.find(slugText); !slugText.empty() && it != index.bySlug.end()) {
        listed = &it->second;
      } else if (auto byName = index.byTitle.find(titleKey);
                 hasTitle && byName != index.byTitle.end()) {
        listed = byName->second;
      }
      if (listed) {
        checkAgainstIndex(context, page, card, pointer, name, *listed);
        continue;
      }
      const bool known =
          (!slugText.empty() && bySlug.find(slugText)) || (hasTitle && byTitle.find(titleKey));
      if (known || !knowsOtherPages) continue;
      std::string message = dottedPath(pointer) + ": \"" + name + "\"";
      if (hasTitle && hasSlug) message += " (" + std::string(slugText) + ")";
      message +=
          " names no page of the linted files or the content roots: correct the slug, add the "
          "page, or list the "
          "directory of the site's pages under content_roots";
      context.report(*page.file, "unknownCareer", std::move(message), card.where,
                     pointer + (hasSlug ? "/slug" : "/title"));
    }
  }

  // A card of a career the index lists: the pay it shows is the index's, and (for the cards the
  // site computes, which carry no `relationship`) the career is of the page's category.
  static void checkAgainstIndex(ProjectContext& context, const Page& page,
                                const ProjectSummary::Card& card, const std::string& pointer,
                                const std::string& name, const IndexEntry& listed) {
    const ProjectSummary& summary = page.summary();
    if (card.hasPay && listed.pay && std::fabs(card.pay - *listed.pay) >= 0.5) {
      context.report(*page.file, "stalePay",
                     dottedPath(pointer + "/median_pay") + ": \"" + name + "\" shows " +
                         cardPay(card.pay) + ", but the careers index gives " +
                         cardPay(*listed.pay) +
                         ": the card is stale; render it again from the index",
                     card.paySpan, pointer + "/median_pay");
    }
    if (card.hasRelationship || summary.category.size == 0 || listed.category.empty()) return;
    const std::string_view pageCategory = strings::trim(summary[summary.category]);
    if (pageCategory.empty() || pageCategory == listed.category) return;
    context.report(*page.file, "otherCategory",
                   dottedPath(pointer) + ": \"" + name + "\" is in category \"" +
                       std::string(listed.category) + "\", not this page's \"" +
                       std::string(pageCategory) +
                       "\": the site relates careers of the page's own category",
                   card.where, pointer);
  }

  // Reports `page` when an earlier page (by path) of another form has its slug or its title.
  static void checkDuplicates(ProjectContext& context, const Page& page, const PagesBy& bySlug,
                              const PagesBy& byTitle) {
    const ProjectSummary& summary = page.summary();
    if (!page.slug.empty()) {
      const Page* first = bySlug.find(page.slug);
      if (first != &page && formOf(first->file->path) != formOf(page.file->path)) {
        context.report(*page.file, "duplicateSlug",
                       "slug \"" + std::string(page.slug) + "\" is also the slug of " +
                           std::string(first->file->path) +
                           ": two pages at one address; rename one or remove the copy",
                       summary.hasSlugNode ? summary.slugSpan : summary.titleSpan,
                       summary.hasSlugNode ? "/slug" : "/title");
        return;
      }
    }
    if (!page.title.empty() && summary.title.size > 0) {
      const Page* first = byTitle.find(page.title);
      if (first != &page && first->slug != page.slug &&
          formOf(first->file->path) != formOf(page.file->path)) {
        context.report(*page.file, "duplicateTitle",
                       "title \"" + std::string(summary[summary.title]) +
                           "\" is also the title of " + std::string(first->file->path) +
                           " (slug \"" + std::string(first->slug) +
                           "\"): readers cannot tell the two careers apart; make the titles "
                           "distinct",
                       summary.titleSpan, summary.titleIsName ? "/name" : "/title");
      }
    }
  }
};

}  // namespace

const Rule& relatedCareerExistsRule() {
  static const RelatedCareerExists rule;
  return rule;
}

}  // namespace careerlint::rules
