// render: text is convert's inverse (both directions, over the seed and the generated corpus);
// Markdown is read back by cmark and HTML by headless Chromium and tidy; manual records render.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "author/author_test_util.h"
#include "careerlint/author.h"
#include "careerlint/convert.h"
#include "careerlint/page_layout.h"
#include "careerlint/yaml_loader.h"
#include "support/harness.h"

namespace careerlint {
namespace {

namespace fs = std::filesystem;

// The record as a user has it: the converter's YAML, read back.
Document recordOf(const std::string& page, const std::string& name) {
  auto conversion = convertPage(page, name);
  EXPECT_TRUE(conversion) << name << ": " << conversion.error().message;
  if (!conversion) return Document();
  auto loaded = loadYaml(emitCanonicalYaml(conversion->document));
  EXPECT_TRUE(loaded);
  return loaded ? std::move(*loaded) : Document();
}

std::string renderText(const Document& record, const std::string& name) {
  auto rendered = renderRecord(record, RenderFormat::Text, name);
  EXPECT_TRUE(rendered) << name << ": " << rendered.error().message;
  return rendered ? *rendered : std::string();
}

std::string withoutFinalNewline(std::string text) {
  if (text.ends_with('\n')) text.pop_back();
  return text;
}

// "" when render(convert(page)) is the page and convert(render(record)) the record.
std::string roundTripProblem(const std::string& page, const std::string& name) {
  const Document record = recordOf(page, name);
  if (!record.root()) return "does not convert";
  const std::string rendered = renderText(record, name);
  if (withoutFinalNewline(rendered) != withoutFinalNewline(page)) {
    std::size_t at = 0;
    while (at < rendered.size() && at < page.size() && rendered[at] == page[at]) ++at;
    const std::size_t lineStart = page.rfind('\n', at == 0 ? 0 : at - 1);
    return "render(convert(page)) differs from the page at byte " + std::to_string(at) +
           ": page has \"" + page.substr(lineStart + 1, 80) + "\", render has \"" +
           rendered.substr(lineStart + 1, 80) + "\"";
  }
  auto again = convertPage(rendered, name);
  if (!again) return "the rendered text does not convert: " + again.error().message;
  auto reloaded = loadYaml(emitCanonicalYaml(again->document));
  if (!reloaded) return "the record of the rendered text does not load";
  const std::string difference = testing::dataDifference(record.root(), reloaded->root());
  if (!difference.empty())
    return "convert(render(record)) differs from the record at " + difference;
  return "";
}

TEST(RenderText, TheSeedComesBackByteForByte) {
  const std::string page = testing::readSourceFile("seeds/medical-assistants.txt");
  EXPECT_EQ(roundTripProblem(page, "seed"), "");
  const Document record = recordOf(page, "seed");
  EXPECT_EQ(renderText(record, "seed"), page + "\n");
}

TEST(RenderText, TheSeedRecordRendersAsTheSeedPage) {
  auto record = loadYaml(testing::readSourceFile("seeds/medical-assistants.yaml"));
  ASSERT_TRUE(record);
  EXPECT_EQ(renderText(*record, "seed.yaml"),
            testing::readSourceFile("seeds/medical-assistants.txt") + "\n");
}

TEST(RenderText, EveryPageOfTheGeneratedCorpusComesBackAndSoDoesItsRecord) {
  const fs::path dir = CAREERLINT_CORPUS_DIR;
  ASSERT_TRUE(fs::exists(dir / "index.json"))
      << "the corpus is generated at build time into " << dir;
  const auto index = nlohmann::json::parse(testing::readFile(dir / "index.json"));
  std::size_t pages = 0;
  std::size_t failures = 0;
  for (const auto& entry : index.at("entries")) {
    const std::string file = (dir / entry.at("file").get<std::string>()).string();
    const std::string problem = roundTripProblem(testing::readFile(file), file);
    ++pages;
    if (!problem.empty() && ++failures <= 20) ADD_FAILURE() << file << ": " << problem;
  }
  EXPECT_EQ(failures, 0u);
  EXPECT_GE(pages, 300u);  // the corpus the sample in tests/data makes (464 pages)
}

TEST(RenderText, TheCommittedFixturePagesComeBack) {
  // All but the variants whose form the site never prints: other bullet glyphs, CRLF, a BOM
  // (render writes the site's own form).
  const std::set<std::string> variants = {"bullet-styles.txt", "crlf-line-endings.txt",
                                          "utf8-bom.txt"};
  std::size_t pages = 0;
  for (const auto& entry : fs::directory_iterator(testing::sourcePath("tests/fixtures/pages"))) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".txt" || variants.count(name)) continue;
    ++pages;
    EXPECT_EQ(roundTripProblem(testing::readFile(entry.path()), name), "") << name;
  }
  EXPECT_GE(pages, 20u);
}

TEST(RenderText, UnplacedLinesGoBackWhereTheyWere) {
  std::string page = testing::readSourceFile("seeds/medical-assistants.txt");
  const std::string before =
      "\xF0\x9F\x94\x97"
      "Data Sources";
  page.insert(page.find(before),
              "\xF0\x9F\xA7\xAA"
              "Lab Notes\nSamples are logged twice a day.\n");
  EXPECT_EQ(roundTripProblem(page, "unplaced"), "");
}

TEST(RenderText, AManualRecordRendersTheSectionsTheSiteShowsForIt) {
  for (const fs::path& path : testing::manualRecords()) {
    auto record = loadYaml(testing::readFile(path));
    ASSERT_TRUE(record) << path;
    const std::string text = renderText(*record, path.string());
    const Node* root = record->root();
    auto page = convertPage(text, path.string());
    ASSERT_TRUE(page) << path << ": " << page.error().message;
    EXPECT_EQ(page->career.title.value.value_or(""), std::string(root->get("name")->text()))
        << path;
    const Node* tasks = root->get("tasks");
    ASSERT_EQ(page->career.tasks.size(), std::min<std::size_t>(tasks->size(), layout::kTasksShown))
        << path;
    EXPECT_EQ(page->career.tasks[0].value, std::string(tasks->at(0)->text())) << path;
    EXPECT_EQ(page->career.technologySkills.size(),
              std::min<std::size_t>(root->get("technology_skills")->size(), layout::kSkillsShown))
        << path;
    ASSERT_TRUE(page->career.education) << path;
    EXPECT_EQ(page->career.education->typicalEntryEducation.value.value_or(""),
              std::string(root->get("education")->get("typical_entry_education")->text()))
        << path;
    ASSERT_TRUE(page->career.aiAssessment) << path;
    EXPECT_EQ(page->career.aiAssessment->classification.value.value_or(""),
              std::string(root->get("ai_assessment")->get("classification")->text()))
        << path;
    EXPECT_TRUE(page->warnings.empty()) << path << ": " << page->warnings.front().message;
  }
}

// ---- Markdown, read back by cmark ---------------------------------------------------------------

std::vector<std::string> matches(const std::string& text, const std::string& pattern) {
  std::vector<std::string> out;
  const std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator();
       ++it)
    out.push_back((*it)[1].str());
  return out;
}

// Headings (level 2) and list items of the text render, as cmark must find them.
struct Structure {
  std::vector<std::string> headings;
  std::vector<std::string> items;
};

Structure expectedStructure(const std::string& text) {
  Structure structure;
  const std::string bullet(layout::kBulletGlyph);
  std::size_t start = 0;
  bool first = true;
  for (std::string line; start < text.size(); first = false) {
    const std::size_t end = text.find('\n', start);
    line = text.substr(start, end - start);
    start = end + 1;
    (void)first;
    for (const layout::Section& section : layout::kSections) {
      if (line == std::string(section.emoji) + std::string(section.title))
        structure.headings.push_back(line);
    }
    if (line.starts_with("- " + bullet)) structure.items.push_back(line.substr(2 + bullet.size()));
  }
  return structure;
}

std::string unescapeXml(std::string text) {
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}}) {
    std::size_t at = 0;
    while ((at = text.find(from, at)) != std::string::npos) {
      text.replace(at, from.size(), to);
      at += to.size();
    }
  }
  return text;
}

void expectMarkdownStructure(const Document& record, const std::string& name) {
  const std::string text = renderText(record, name);
  auto markdown = renderRecord(record, RenderFormat::Markdown, name);
  ASSERT_TRUE(markdown);
  testing::TempDir dir;
  dir.write("page.md", *markdown);
  auto xml = testing::run({"cmark", "--to", "xml", "page.md"}, dir.path());
  ASSERT_EQ(xml.exitCode, 0) << xml.err;
  // Each heading's and item's text, joined from its text nodes.
  std::vector<std::string> headings;
  for (const std::string& body :
       matches(xml.out, R"(<heading level="2">\s*((?:.|\n)*?)</heading>)")) {
    std::string joined;
    for (const std::string& piece : matches(body, R"(<text[^>]*>([^<]*)</text>)")) joined += piece;
    headings.push_back(unescapeXml(joined));
  }
  std::vector<std::string> items;
  for (const std::string& body : matches(xml.out, R"(<item>\s*((?:.|\n)*?)</item>)")) {
    std::string joined;
    for (const std::string& piece : matches(body, R"(<text[^>]*>([^<]*)</text>)")) joined += piece;
    items.push_back(unescapeXml(joined));
  }
  const Structure expected = expectedStructure(text);
  EXPECT_EQ(headings, expected.headings) << name;
  for (const std::string& item : expected.items) {
    EXPECT_NE(std::find(items.begin(), items.end(), item), items.end())
        << name << ": the list item \"" << item << "\" is not a list item for cmark";
  }
  EXPECT_EQ(matches(xml.out, R"(<heading level="1">)").size(), 1u) << name;
}

TEST(RenderMarkdown, CmarkReadsTheSeedsSectionsAndListsBack) {
  expectMarkdownStructure(recordOf(testing::readSourceFile("seeds/medical-assistants.txt"), "seed"),
                          "seed");
}

TEST(RenderMarkdown, CmarkReadsManualRecordsBack) {
  for (const fs::path& path : testing::manualRecords()) {
    auto record = loadYaml(testing::readFile(path));
    ASSERT_TRUE(record);
    expectMarkdownStructure(*record, path.string());
  }
}

TEST(RenderMarkdown, MarkupInValuesIsEscaped) {
  auto record = loadYaml(
      "schema_version: 1\ntitle: \"*Bold* <b>tag</b> [link](x)\"\ndescription: \"# not a "
      "heading\"\n"
      "tasks: [\"1. not a number\", \"- not a list\", \"_under_ `code`\"]\n");
  ASSERT_TRUE(record);
  auto markdown = renderRecord(*record, RenderFormat::Markdown, "x");
  ASSERT_TRUE(markdown);
  testing::TempDir dir;
  dir.write("page.md", *markdown);
  auto html = testing::run({"cmark", "page.md"}, dir.path());
  ASSERT_EQ(html.exitCode, 0);
  EXPECT_EQ(html.out.find("<em>Bold</em>"), std::string::npos) << html.out;
  EXPECT_NE(html.out.find("<h1>*Bold* "), std::string::npos) << html.out;
  EXPECT_EQ(html.out.find("<em>under</em>"), std::string::npos) << html.out;
  EXPECT_EQ(html.out.find("<a "), std::string::npos) << html.out;
  EXPECT_EQ(html.out.find("<code>"), std::string::npos) << html.out;
  EXPECT_EQ(html.out.find("<ol"), std::string::npos) << html.out;
  EXPECT_NE(html.out.find("<li>- not a list</li>"), std::string::npos) << html.out;
  EXPECT_NE(html.out.find("&lt;b&gt;tag&lt;/b&gt;"), std::string::npos) << html.out;
  EXPECT_NE(html.out.find("<p># not a heading</p>"), std::string::npos) << html.out;
}

// ---- HTML, in a real browser and tidy -----------------------------------------------------------

void expectHtmlInBrowser(const Document& record, const std::string& name) {
  const std::string text = renderText(record, name);
  auto html = renderRecord(record, RenderFormat::Html, name);
  ASSERT_TRUE(html);
  EXPECT_EQ(html->find("<script"), std::string::npos);
  EXPECT_EQ(html->find("http://"), std::string::npos);
  EXPECT_EQ(html->find("https://"), std::string::npos);
  testing::TempDir dir;
  const fs::path file = dir.write("page.html", *html);
  auto tidy = testing::run({"tidy", "-e", "-q", file.string()}, dir.path());
  EXPECT_LT(tidy.exitCode, 2) << name << ": tidy found errors:\n" << tidy.err;
  EXPECT_EQ(tidy.err.find("Error:"), std::string::npos) << tidy.err;
  auto dom = testing::run(
      {"chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
       "--user-data-dir=" + (dir.path() / "profile").string(), "--dump-dom",
       "file://" + file.string()},
      dir.path());
  ASSERT_EQ(dom.exitCode, 0) << dom.err;
  std::vector<std::string> headings;
  for (const std::string& heading : matches(dom.out, R"(<h2>([^<]*)</h2>)"))
    headings.push_back(unescapeXml(heading));
  std::vector<std::string> items;
  for (const std::string& item : matches(dom.out, R"(<li>([^<]*)</li>)"))
    items.push_back(unescapeXml(item));
  const Structure expected = expectedStructure(text);
  EXPECT_EQ(headings, expected.headings) << name;
  for (const std::string& item : expected.items) {
    EXPECT_NE(std::find(items.begin(), items.end(), item), items.end())
        << name << ": the browser shows no list item \"" << item << "\"";
  }
}

TEST(RenderHtml, ChromiumShowsEverySectionHeadingAndListItemAndTidyFindsNoError) {
  expectHtmlInBrowser(recordOf(testing::readSourceFile("seeds/medical-assistants.txt"), "seed"),
                      "seed");
  const std::vector<fs::path> records = testing::manualRecords();
  ASSERT_FALSE(records.empty());
  auto manual = loadYaml(testing::readFile(records.front()));
  ASSERT_TRUE(manual);
  expectHtmlInBrowser(*manual, records.front().string());
}

TEST(RenderHtml, ValuesAreEscapedNotMarkup) {
  auto record = loadYaml(
      "schema_version: 1\ntitle: \"<script>alert(1)</script> & co\"\n"
      "tasks: [\"<img src=x onerror=alert(1)>\"]\n");
  ASSERT_TRUE(record);
  auto html = renderRecord(*record, RenderFormat::Html, "x");
  ASSERT_TRUE(html);
  EXPECT_EQ(html->find("<script>"), std::string::npos);
  EXPECT_EQ(html->find("<img"), std::string::npos);
  EXPECT_NE(html->find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"), std::string::npos);
}

TEST(Render, ARecordWithoutATitleIsRefused) {
  auto record = loadYaml("schema_version: 1\ntasks: []\n");
  ASSERT_TRUE(record);
  auto rendered = renderRecord(*record, RenderFormat::Text, "x.yaml");
  ASSERT_FALSE(rendered);
  EXPECT_NE(rendered.error().message.find("no title"), std::string::npos);
}

}  // namespace
}  // namespace careerlint
