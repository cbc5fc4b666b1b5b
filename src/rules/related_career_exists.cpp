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

#include "rules/rules.h"
#include "rules/support/rule_util.h"
#include "rules/support/vocabulary.h"
#include "util/strings.h"

namespace careerlint::rules {

namespace {

namespace fs = std::filesystem;

struct Page {
  const ProjectFile* file;
  std::string form;  // directory and stem: the page whatever its extension
  std::string slug;
  const Node* slugNode;  // where the slug is written (a raw page: derived from the title line)
  std::string title;     // lowercase, for matching
  const Node* titleNode;
};

// One career of a careers index: what a related card must agree with.
struct IndexEntry {
  std::string title;     // as the index writes it
  std::string category;  // empty when the index has none
  const Node* pay;       // median pay, or null
};

struct Index {
  std::map<std::string, IndexEntry> bySlug;
  std::map<std::string, const IndexEntry*> byTitle;  // lowercase title
  bool empty() const { return bySlug.empty(); }
};

// The entries of an index read from a content root: a list of mappings with a slug and a title.
void addIndexEntries(const ProjectFile& file, Index& index) {
  const Node* root = file.document ? file.document->root() : nullptr;
  if (file.linted || !root || !root->isSequence()) return;
  for (const Node* entry : root->items()) {
    const Node* slug = vocabulary::stringAt(entry, "slug");
    const Node* title = vocabulary::stringAt(entry, "title");
    if (!slug || !title) continue;
    const Node* category = vocabulary::stringAt(entry, "category");
    const Node* pay = entry->get("median_pay");
    auto [it, fresh] = index.bySlug.emplace(
        std::string(strings::trim(slug->text())),
        IndexEntry{std::string(strings::trim(title->text())),
                   category ? std::string(strings::trim(category->text())) : std::string(),
                   pay && pay->isNumber() ? pay : nullptr});
    if (fresh) index.byTitle.emplace(strings::toLower(it->second.title), &it->second);
  }
}

// "$132,880/yr", as the site's related cards show pay.
std::string cardPay(double pay) {
  std::string digits = std::to_string(static_cast<long long>(std::llround(pay)));
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(at, ",");
  return "$" + digits + "/yr";
}

std::string formOf(const std::string& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  if (ec) absolute = path;
  return absolute.lexically_normal().replace_extension().string();
}

std::optional<Page> pageOf(const ProjectFile& file) {
  const Node* root = file.document ? file.document->root() : nullptr;
  if (!root || !root->isMapping()) return std::nullopt;
  Page page{&file, formOf(file.file->path), "", nullptr, "", vocabulary::recordTitle(root)};
  page.slugNode = vocabulary::stringAt(root, "slug");
  if (!page.slugNode && vocabulary::isManualRecord(root))
    page.slugNode = vocabulary::stringAt(root, "id");
  if (page.slugNode) {
    page.slug = std::string(strings::trim(page.slugNode->text()));
  } else if (page.titleNode) {
    page.slug = strings::slugify(page.titleNode->text());
  }
  if (page.titleNode) page.title = strings::toLower(strings::trim(page.titleNode->text()));
  if (page.slug.empty() && page.title.empty()) return std::nullopt;
  return page;
}

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
      if (auto page = pageOf(file)) pages.push_back(std::move(*page));
      addIndexEntries(file, index);
    }
    // The content roots' pages first (they are the site as published), then the linted ones, each
    // by path: a duplicate is reported on the later page, naming the first.
    std::sort(pages.begin(), pages.end(), [](const Page& a, const Page& b) {
      return std::pair(a.file->linted, a.file->file->path) <
             std::pair(b.file->linted, b.file->file->path);
    });
    std::map<std::string, const Page*> bySlug;
    std::map<std::string, const Page*> byTitle;
    for (const Page& page : pages) {
      if (!page.slug.empty()) bySlug.emplace(page.slug, &page);
      if (!page.title.empty()) byTitle.emplace(page.title, &page);
    }
    // A lone page (in one or two forms) with no content root has nothing to be checked against:
    // every related career would be "unknown", which says nothing.
    const bool knowsOtherPages =
        !index.empty() || std::any_of(pages.begin(), pages.end(), [&](const Page& page) {
          return page.form != pages.front().form;
        });
    for (const Page& page : pages) {
      if (!page.file->linted) continue;
      checkRelated(context, page, bySlug, byTitle, index, knowsOtherPages);
      checkDuplicates(context, page, bySlug, byTitle);
    }
  }

 private:
  static void checkRelated(ProjectContext& context, const Page& page,
                           const std::map<std::string, const Page*>& bySlug,
                           const std::map<std::string, const Page*>& byTitle, const Index& index,
                           bool knowsOtherPages) {
    const Node* related = page.file->document->root()->get("related_careers");
    if (!related || !related->isSequence()) return;
    for (std::size_t i = 0; i < related->size(); ++i) {
      const Node* entry = related->at(i);
      const Node* slug = vocabulary::stringAt(entry, "slug");
      const Node* title = vocabulary::stringAt(entry, "title");
      if (!slug && !title) continue;
      const std::string pointer = "/related_careers/" + std::to_string(i);
      const Node* where = title ? title : slug;
      const std::string name = title ? std::string(title->text()) : std::string(slug->text());
      const std::string slugText = slug ? std::string(strings::trim(slug->text())) : std::string();
      if (!slugText.empty() && slugText == page.slug) {
        context.report(
            *page.file, "selfReference",
            dottedPath(pointer) + ": \"" + name + "\" is this page itself: name another career",
            where->span(), pointer);
        continue;
      }
      const std::string titleKey = title ? strings::toLower(strings::trim(title->text())) : "";
      const IndexEntry* listed = nullptr;
      if (auto it = index.bySlug.find(slugText); !slugText.empty() && it != index.bySlug.end()) {
        listed = &it->second;
      } else if (auto byName = index.byTitle.find(titleKey);
                 title && byName != index.byTitle.end()) {
        listed = byName->second;
      }
      if (listed) {
        checkAgainstIndex(context, page, *entry, pointer, name, *listed);
        continue;
      }
      const bool known =
          (!slugText.empty() && bySlug.count(slugText)) || (title && byTitle.count(titleKey));
      if (known || !knowsOtherPages) continue;
      std::string message = dottedPath(pointer) + ": \"" + name + "\"";
      if (title && slug) message += " (" + slugText + ")";
      message +=
          " names no page of the linted files or the content roots: correct the slug, add the "
          "page, or list the "
          "directory of the site's pages under content_roots";
      context.report(*page.file, "unknownCareer", std::move(message), where->span(),
                     pointer + (slug ? "/slug" : "/title"));
    }
  }

  // A card of a career the index lists: the pay it shows is the index's, and (for the cards the
  // site computes, which carry no `relationship`) the career is of the page's category.
  static void checkAgainstIndex(ProjectContext& context, const Page& page, const Node& card,
                                const std::string& pointer, const std::string& name,
                                const IndexEntry& listed) {
    const Node* pay = card.get("median_pay");
    if (pay && pay->isNumber() && listed.pay &&
        std::fabs(pay->number() - listed.pay->number()) >= 0.5) {
      context.report(*page.file, "stalePay",
                     dottedPath(pointer + "/median_pay") + ": \"" + name + "\" shows " +
                         cardPay(pay->number()) + ", but the careers index gives " +
                         cardPay(listed.pay->number()) +
                         ": the card is stale; render it again from the index",
                     pay->span(), pointer + "/median_pay");
    }
    const Node* category = vocabulary::stringAt(page.file->document->root(), "category");
    if (card.get("relationship") || !category || listed.category.empty()) return;
    const std::string pageCategory(strings::trim(category->text()));
    if (pageCategory.empty() || pageCategory == listed.category) return;
    const Node* where = vocabulary::stringAt(&card, "title");
    if (!where) where = vocabulary::stringAt(&card, "slug");
    context.report(*page.file, "otherCategory",
                   dottedPath(pointer) + ": \"" + name + "\" is in category \"" + listed.category +
                       "\", not this page's \"" + pageCategory +
                       "\": the site relates careers of the page's own category",
                   where->span(), pointer);
  }

  // Reports `page` when an earlier page (by path) of another form has its slug or its title.
  static void checkDuplicates(ProjectContext& context, const Page& page,
                              const std::map<std::string, const Page*>& bySlug,
                              const std::map<std::string, const Page*>& byTitle) {
    if (!page.slug.empty()) {
      const Page* first = bySlug.at(page.slug);
      if (first != &page && first->form != page.form) {
        const Node* where = page.slugNode ? page.slugNode : page.titleNode;
        context.report(*page.file, "duplicateSlug",
                       "slug \"" + page.slug + "\" is also the slug of " + first->file->file->path +
                           ": two pages at one address; rename one or remove the copy",
                       where->span(), page.slugNode ? "/slug" : "/title");
        return;
      }
    }
    if (!page.title.empty() && page.titleNode) {
      const Page* first = byTitle.at(page.title);
      if (first != &page && first->form != page.form && first->slug != page.slug) {
        context.report(
            *page.file, "duplicateTitle",
            "title \"" + std::string(strings::trim(page.titleNode->text())) +
                "\" is also the title of " + first->file->file->path + " (slug \"" + first->slug +
                "\"): readers cannot tell the two careers apart; make the titles distinct",
            page.titleNode->span(),
            page.titleNode == vocabulary::stringAt(page.file->document->root(), "name") ? "/name"
                                                                                        : "/title");
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
