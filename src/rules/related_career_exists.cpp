// related-career-exists (cross-file): every related career names a page that exists among the
// linted files or the configured content roots, by slug (or, for a page's card, by title); and no
// two pages share a slug (one address for two pages) or a title. A page's raw text and its
// converted YAML side by side (seeds/medical-assistants.txt and .yaml) are one page in two forms.
#include <algorithm>
#include <filesystem>
#include <map>

#include "rules/rule_util.h"
#include "rules/rules.h"
#include "rules/vocabulary.h"
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
    static const RuleMeta meta = [] {
      RuleMeta m;
      m.id = "related-career-exists";
      m.description =
          "A related career that names no known page; two pages with the same slug or title";
      m.defaultSeverity = Severity::Warning;
      m.crossFile = true;
      m.projectKeys = {
          "data_source",      "id",    "name", "related_careers", "schema_version", "slug",
          "source_citations", "title", "wages"};
      m.messages = {
          {"unknownCareer", "a related career names no page of the linted files or content roots"},
          {"selfReference", "a related career names the page itself"},
          {"duplicateSlug", "two pages have the same slug"},
          {"duplicateTitle", "two pages have the same title"}};
      return m;
    }();
    return meta;
  }

  void checkProject(ProjectContext& context) const override {
    std::vector<Page> pages;
    for (const ProjectFile& file : context.files()) {
      if (auto page = pageOf(file)) pages.push_back(std::move(*page));
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
    const bool knowsOtherPages = std::any_of(pages.begin(), pages.end(), [&](const Page& page) {
      return page.form != pages.front().form;
    });
    for (const Page& page : pages) {
      if (!page.file->linted) continue;
      checkRelated(context, page, bySlug, byTitle, knowsOtherPages);
      checkDuplicates(context, page, bySlug, byTitle);
    }
  }

 private:
  static void checkRelated(ProjectContext& context, const Page& page,
                           const std::map<std::string, const Page*>& bySlug,
                           const std::map<std::string, const Page*>& byTitle,
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
      const bool known = (!slugText.empty() && bySlug.count(slugText)) ||
                         (title && byTitle.count(strings::toLower(strings::trim(title->text()))));
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
