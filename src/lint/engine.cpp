#include "lint/engine.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

#include "careerlint/rule.h"
#include "careerlint/schema.h"
#include "catalog/catalog.h"
#include "config/config.h"
#include "lint/careers_index.h"
#include "lint/file_cache.h"
#include "lint/fixer.h"
#include "lint/read_document.h"
#include "lint/suppressions.h"
#include "rules/registry.h"
#include "util/files.h"
#include "util/strings.h"

namespace careerlint::lint {

namespace fs = std::filesystem;

bool isLintableFile(const fs::path& path) {
  const fs::path extension = path.extension();
  return extension == ".txt" || extension == ".yaml" || extension == ".yml";
}

namespace {

// One file to check, with the configuration that applies to it.
struct Target {
  std::string path;  // display path
  fs::path absolute;
  const config::EffectiveConfig* config = nullptr;
};

// A file read for cross-file rules only (under a content root, or a careers index).
struct Reference {
  std::string path;  // as shown
  ProjectSummary summary;
};

// What checking one file produced.
struct FileResult {
  SourceFile source;                 // its text and path are let go once the file was checked
  std::optional<Document> document;  // while it is checked; absent when it could not be read
  // What cross-file rules read of the document, kept until every file was checked.
  std::optional<ProjectSummary> summary;
  std::vector<Finding> findings;
  std::unique_ptr<Suppressions> suppressions;  // kept when the file has directives
  std::unique_ptr<Error> fatal;                // rare: a pointer keeps 100,000 results small
  std::size_t fixesApplied = 0;
  std::string original;  // the text before fixes, when fixes were applied
  bool notFixed = false;
  // The lines a finding may quote (RunResult::sourceLines): the text itself is not kept.
  std::map<std::uint32_t, std::string> quoted;
};

// The lines of `text` numbered in `lines` (from 1), without their line break (or "\r\n").
std::map<std::uint32_t, std::string> linesOf(std::string_view text,
                                             const std::set<std::uint32_t>& lines) {
  std::map<std::uint32_t, std::string> found;
  std::size_t begin = 0;
  std::uint32_t number = 1;
  for (std::uint32_t wanted : lines) {
    if (wanted == 0) continue;
    for (; number < wanted; ++number) {
      begin = text.find('\n', begin);
      if (begin == std::string_view::npos) return found;
      ++begin;
    }
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view content = text.substr(begin, end - begin);
    if (!content.empty() && content.back() == '\r') content.remove_suffix(1);
    found.emplace(wanted, std::string(content));
  }
  return found;
}

// Keys only a career record has (the career model's and the hand-written record's); "name",
// "description" or "id" alone are in half the YAML files of a repository.
constexpr std::string_view kCareerKeys[] = {"schema_version",
                                            "slug",
                                            "onet_code",
                                            "data_source",
                                            "data_sources",
                                            "title",
                                            "ai_assessment",
                                            "ai_resilience",
                                            "ai_resilience_tier",
                                            "inside_look",
                                            "career_progression",
                                            "technology_skills",
                                            "alternate_titles",
                                            "related_careers",
                                            "source_citations",
                                            "linkedin_data",
                                            "wages",
                                            "tasks",
                                            "abilities",
                                            "education"};

// A YAML file that is plainly something else (mkdocs.yml, a CI workflow): one finding that says
// so, rather than a schema error for every key a career record would have.
// (An empty file or a root that is not a mapping keeps the schema's "expected a mapping".)
std::optional<Finding> notACareerRecord(const Document& document, const std::string& file) {
  const Node* root = document.root();
  if (!root || !root->isMapping() || root->size() == 0) return std::nullopt;
  for (std::string_view key : kCareerKeys) {
    if (root->get(key)) return std::nullopt;
  }
  Finding finding;
  finding.ruleId = "input-format";
  finding.messageId = "notACareerRecord";
  finding.severity = Severity::Error;
  finding.file = file;
  const Position where = root->span().begin;
  finding.span = Span{where, where};
  finding.message =
      "not a career record: none of the keys a career record has (schema_version, title, slug, "
      "onet_code, data_source, ...); if this file is not career content, add it to `ignore:` in "
      ".careerlint.yaml";
  return finding;
}

class Engine {
 public:
  explicit Engine(const EngineOptions& options)
      : options_(options), resolver_(options.configPath) {}

  RunResult run(const std::vector<std::string>& paths) {
    RunResult result;
    std::vector<Target> targets = expand(paths, result);
    if (!schemaReady(result)) return result;
    std::vector<std::pair<fs::path, fs::path>> unselected;  // (shown, absolute): references only
    if (options_.onlyFiles) {
      std::vector<Target> selected;
      for (Target& target : targets) {
        if (options_.onlyFiles->count(target.absolute)) {
          selected.push_back(std::move(target));
        } else {
          unselected.emplace_back(target.path, target.absolute);
        }
      }
      targets = std::move(selected);
    }

    // A file's summary is kept for cross-file rules only; its document goes with its check.
    keepSummaries_ = false;
    if (options_.editorialRules) {
      for (const Rule* rule : rules::editorialRules()) {
        if (!rule->meta().crossFile) continue;
        for (const Target& target : targets)
          keepSummaries_ = keepSummaries_ || target.config->rule(rule->meta().id).enabled;
      }
    }
    if (options_.cache) {
      cache_ = std::make_unique<FileCache>(*options_.cache, options_);
      result.warnings = cache_->warnings();
      for (const Target& target : targets) cache_->prepare(*target.config);
    }
    std::vector<FileResult> files(targets.size());
    const unsigned workers = std::max(
        1u, std::min<unsigned>(options_.jobs ? options_.jobs : std::thread::hardware_concurrency(),
                               static_cast<unsigned>(targets.size())));
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> checked{0};
    auto work = [&] {
      for (std::size_t i = next++; i < targets.size(); i = next++) {
        files[i] = checkFile(targets[i]);
        if (options_.progress) options_.progress(++checked, targets.size());
      }
    };
    std::vector<std::thread> pool;
    for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work);
    work();
    for (std::thread& thread : pool) thread.join();
    if (cache_) {
      if (auto problem = cache_->save()) result.warnings.push_back(*problem);
    }

    if (options_.editorialRules) runCrossFileRules(targets, files, unselected);
    for (const Error& error : contentRootErrors_) addFatal(result, error);

    for (std::size_t i = 0; i < files.size(); ++i) {
      FileResult& file = files[i];
      if (file.fatal) {
        addFatal(result, *file.fatal);
        continue;
      }
      result.fixesApplied += file.fixesApplied;
      if (file.fixesApplied > 0) {
        result.fixed.push_back(
            FixedFile{targets[i].path, file.fixesApplied, std::move(file.original), {}});
        result.fixed.back().after = file.source.text;
      }
      if (file.notFixed) result.notFixed.push_back(targets[i].path);
      std::vector<Finding> kept = applySuppressions(file, *targets[i].config);
      if (!kept.empty()) {
        quoteCrossFileLines(targets[i], file, kept);
        result.sourceLines[targets[i].path] = std::move(file.quoted);
      }
      for (Finding& finding : kept) result.findings.push_back(std::move(finding));
      result.files.push_back(std::move(targets[i].path));
      file = FileResult();
    }
    sortFindings(result.findings);
    return result;
  }

 private:
  // A configuration error is the same for every file it applies to: it is reported once.
  static void addFatal(RunResult& result, const Error& error) {
    for (const Error& known : result.fatal) {
      if (known.file == error.file && known.where.line == error.where.line &&
          known.where.column == error.where.column && known.message == error.message)
        return;
    }
    result.fatal.push_back(error);
  }

  // ---- which files --------------------------------------------------------------------------

  std::vector<Target> expand(const std::vector<std::string>& paths, RunResult& result) {
    std::vector<Target> targets;
    std::set<fs::path> seen;
    auto add = [&](const std::string& display, bool explicitlyNamed) {
      const fs::path absolute = fs::absolute(display).lexically_normal();
      if (!seen.insert(absolute).second) return;
      auto config = resolver_.forFile(absolute);
      if (!config) {
        addFatal(result, config.error());
        return;
      }
      if (!options_.noIgnore && (*config)->isIgnored(absolute)) {
        // The pre-commit framework names every staged .yml: mkdocs.yml is not content.
        if (explicitlyNamed) result.ignored.push_back(display);
        return;
      }
      if (targets.size() >= options_.maxFiles) {
        if (targets.size() == options_.maxFiles) {
          result.fatal.push_back(
              Error{display,
                    {},
                    "more than " + std::to_string(options_.maxFiles) +
                        " files in one run (--max-files); the rest were not checked"});
        }
        return;
      }
      targets.push_back(Target{display, absolute, *config});
    };
    for (const std::string& path : paths) {
      std::error_code ec;
      const fs::file_status status = fs::status(path, ec);
      if (path != "-" && fs::is_directory(status)) {
        std::vector<std::string> found;
        std::error_code rootError;
        const fs::path root = fs::weakly_canonical(fs::absolute(path), rootError);
        std::vector<Error> refused;
        ec = files::walkContentTree(path, [&](const fs::directory_entry& entry) {
          if (!isLintableFile(entry.path())) return;
          // A link out of the tree would let a pull request have its findings quote any file
          // the CI user can read (a loop or a dangling link is reported when read).
          std::error_code linkError;
          if (entry.is_symlink(linkError)) {
            const fs::path target = fs::canonical(entry.path(), linkError);
            const fs::path inside = linkError ? fs::path() : target.lexically_relative(root);
            if (!linkError && (inside.empty() || *inside.begin() == "..")) {
              refused.push_back(
                  Error{entry.path().lexically_normal().string(),
                        {},
                        "is a symbolic link to " + target.string() + ", outside " + path +
                            ": careerlint does not follow links out of the directories it checks"});
              return;
            }
          }
          found.push_back(entry.path().lexically_normal().string());
        });
        if (ec) result.fatal.push_back(Error{path, {}, "cannot read directory: " + ec.message()});
        std::sort(refused.begin(), refused.end(),
                  [](const Error& a, const Error& b) { return a.file < b.file; });
        result.fatal.insert(result.fatal.end(), refused.begin(), refused.end());
        // A selected file that is staged but gone from the working tree is still checked.
        if (options_.onlyFiles && !ec) {
          for (const auto& [overlaid, text] : options_.overlay) {
            const fs::path inside =
                overlaid.lexically_relative(fs::absolute(path).lexically_normal());
            if (inside.empty() || *inside.begin() == ".." || !options_.onlyFiles->count(overlaid) ||
                !isLintableFile(overlaid) || fs::exists(overlaid))
              continue;
            found.push_back((fs::path(path) / inside).lexically_normal().string());
          }
        }
        std::sort(found.begin(), found.end());
        for (const std::string& file : found) add(file, false);
      } else if (path != "-" && fs::exists(status) && !isLintableFile(path)) {
        result.fatal.push_back(Error{
            path,
            {},
            "not a career page or YAML record: careerlint checks .txt, .yaml and .yml files"});
      } else {
        add(path, true);  // missing files are reported when read, with the reason
      }
    }
    return targets;
  }

  // ---- schemas ------------------------------------------------------------------------------

  bool schemaReady(RunResult& result) {
    if (options_.schemaPath) {
      auto schema = loadSchema(*options_.schemaPath);
      if (!schema) {
        result.fatal.push_back(schema.error());
        return false;
      }
    }
    return true;
  }

  Expected<const Schema*> loadSchema(const std::string& spec) {
    if (const auto builtinName = strings::afterPrefix(spec, Schema::kBuiltinPrefix)) {
      if (const Schema* builtin = Schema::builtin(*builtinName)) return builtin;
      return Error{spec, {}, "no built-in schema named " + std::string(*builtinName)};
    }
    std::lock_guard lock(schemaMutex_);
    if (auto it = schemas_.find(spec); it != schemas_.end()) return it->second.get();
    auto schema = Schema::fromFile(spec);
    if (!schema) return schema.error();
    auto owned = std::make_unique<Schema>(std::move(*schema));
    const Schema* pointer = owned.get();
    schemas_[spec] = std::move(owned);
    return pointer;
  }

  // ---- one file ---------------------------------------------------------------------------------

  // The overlay's text for the file, else the file on disk; the size limit holds for both.
  Expected<std::string> readText(const std::string& shown, const fs::path& absolute) const {
    if (auto it = options_.overlay.find(absolute); it != options_.overlay.end()) {
      if (it->second.size() > options_.maxFileBytes) {
        return Error{shown,
                     {},
                     "file is " + std::to_string(it->second.size()) +
                         " bytes, larger than the limit of " +
                         std::to_string(options_.maxFileBytes) + " bytes (--max-file-size)"};
      }
      return it->second;
    }
    return files::readFile(shown, options_.maxFileBytes);
  }

  FileResult checkFile(const Target& target) {
    FileResult file;
    file.source.path = target.path;
    file.source.kind = fs::path(target.path).extension() == ".txt" ? SourceFile::Kind::Page
                                                                   : SourceFile::Kind::Yaml;
    auto text = readText(target.path, target.absolute);
    if (!text) {
      file.fatal = std::make_unique<Error>(text.error());
      return file;
    }
    file.source.text = std::move(*text);
    // A text that stands in for the file (the index, an editor's buffer) is never written over it.
    const bool overlaid = options_.overlay.count(target.absolute) > 0;
    if (cache_ && !overlaid && reuseCached(target, file)) {
      keepForCrossFileRules(file);
      return file;
    }
    check(target, file);
    const bool write = options_.fix && !options_.fixDryRun && !overlaid;
    if (options_.fix && !options_.fixDryRun && overlaid) {
      file.notFixed = std::any_of(file.findings.begin(), file.findings.end(),
                                  [](const Finding& f) { return f.fix.has_value(); });
    }
    const std::string original = file.source.text;
    for (int pass = 0; (write || options_.fixDryRun) && pass < 10; ++pass) {
      const std::size_t applied = applyFixes(file, write);
      if (applied == 0) break;
      file.fixesApplied += applied;
      check(target, file);
    }
    if (file.fixesApplied > 0) file.original = original;
    // validate runs no cross-file rule: it needs no summary, and neither do its cache entries.
    if (file.document && options_.editorialRules && (keepSummaries_ || cache_))
      file.summary = summarize(*file.document);
    file.document.reset();
    if (cache_ && !overlaid) storeInCache(target, file);
    keepForCrossFileRules(file);
    return file;
  }

  // Of a checked file, only the summary cross-file rules read, its findings and directives and
  // the lines its findings quote are kept until every file was checked: memory does not grow
  // with the files' size.
  void keepForCrossFileRules(FileResult& file) const {
    std::set<std::uint32_t> lines;
    for (const Finding& finding : file.findings) lines.insert(finding.span.begin.line);
    file.document.reset();
    if (!keepSummaries_) file.summary.reset();
    // Where careerlint-disable comments are: the unused ones are findings too.
    if (file.suppressions) {
      std::size_t begin = 0;
      for (std::uint32_t line = 1; begin <= file.source.text.size(); ++line) {
        std::size_t end = file.source.text.find('\n', begin);
        if (end == std::string::npos) end = file.source.text.size();
        if (Suppressions::isDirectiveLine(
                std::string_view(file.source.text).substr(begin, end - begin)))
          lines.insert(line);
        begin = end + 1;
      }
    }
    file.quoted = linesOf(file.source.text, lines);
    if (file.suppressions && file.suppressions->empty()) file.suppressions.reset();
    // --fix and --fix-dry-run report the whole fixed text.
    if (file.fixesApplied == 0) std::string().swap(file.source.text);
    std::string().swap(file.source.path);  // the target has it
  }

  // A cross-file finding is on a line nobody knew would be quoted: the few files that have one
  // are read again (their text was let go after their check).
  void quoteCrossFileLines(const Target& target, FileResult& file,
                           const std::vector<Finding>& findings) const {
    std::set<std::uint32_t> missing;
    for (const Finding& finding : findings) {
      if (finding.span.begin.line > 0 && !file.quoted.count(finding.span.begin.line))
        missing.insert(finding.span.begin.line);
    }
    if (missing.empty()) return;
    std::optional<std::string> reread;
    if (file.source.text.empty()) {
      auto text = readText(target.path, target.absolute);
      if (!text) return;
      reread = std::move(*text);
    }
    file.quoted.merge(linesOf(reread ? *reread : file.source.text, missing));
  }

  static std::unique_ptr<Suppressions> parseSuppressions(const SourceFile& source) {
    return std::make_unique<Suppressions>(Suppressions::parse(
        source.text, source.path,
        [](std::string_view id) { return catalog::findRuleMeta(id) != nullptr; }));
  }

  // --cache: an unchanged file's findings and cross-file summary, as if it were checked now.
  // Not when --fix or --fix-dry-run would have something to do with them.
  bool reuseCached(const Target& target, FileResult& file) const {
    auto entry = cache_->find(target.absolute, file.source.text, *target.config);
    if (!entry) return false;
    const bool fixable =
        std::any_of(entry->findings.begin(), entry->findings.end(),
                    [](const Finding& finding) { return finding.fix.has_value(); });
    if (fixable && (options_.fix || options_.fixDryRun)) return false;
    for (Finding& finding : entry->findings) finding.file = target.path;
    file.findings = std::move(entry->findings);
    file.summary = std::move(entry->summary);
    file.suppressions = parseSuppressions(file.source);
    return true;
  }

  void storeInCache(const Target& target, const FileResult& file) const {
    if (file.fatal) return;
    // After --fix-dry-run the text in memory is not the file's.
    if (options_.fixDryRun && file.fixesApplied > 0) return;
    const bool ownFindings =
        std::all_of(file.findings.begin(), file.findings.end(),
                    [&](const Finding& finding) { return finding.file == target.path; });
    if (!ownFindings) return;
    cache_->store(target.absolute, file.source.text, *target.config, file.findings,
                  file.summary ? &*file.summary : nullptr);
  }

  void check(const Target& target, FileResult& file) {
    file.findings.clear();
    file.document.reset();
    const config::EffectiveConfig& config = *target.config;
    file.suppressions = parseSuppressions(file.source);
    ReadDocument read = readDocument(file.source, options_.yamlLimits);
    file.findings = std::move(read.findings);
    if (!read.document) return;
    file.document = std::move(read.document);

    FindingList found;
    const Schema* schema = nullptr;
    std::optional<std::string> spec = options_.schemaPath ? options_.schemaPath : config.schema;
    if (spec) {
      auto loaded = loadSchema(*spec);
      if (!loaded) {
        file.fatal = std::make_unique<Error>(loaded.error());
        return;
      }
      schema = *loaded;
    } else {
      if (file.source.kind == SourceFile::Kind::Yaml) {
        if (auto finding = notACareerRecord(*file.document, file.source.path)) {
          file.findings.push_back(std::move(*finding));
          return;
        }
      }
      schema = &chooseBuiltinSchema(*file.document);
    }
    validate(*file.document, *schema, file.source.path, found,
             [&config](std::string_view id) { return &config.rule(id).options; });

    if (options_.editorialRules) {
      for (const Rule* rule : rules::editorialRules()) {
        const config::EffectiveRule& setting = config.rule(rule->meta().id);
        if (!setting.enabled || rule->meta().crossFile) continue;
        RuleContext context(file.source, *file.document, rule->meta(), setting.severity,
                            setting.options, found, setting.severityConfigured);
        rule->check(context);
      }
    }
    for (Finding& finding : found.findings) file.findings.push_back(std::move(finding));
  }

  // One pass of fixes (lint/fixer.h); returns how many were applied.
  std::size_t applyFixes(FileResult& file, bool write) {
    auto fixed = fixOnce(file.source, file.document ? &*file.document : nullptr, file.findings,
                         options_.yamlLimits, write);
    if (!fixed) {
      file.fatal = std::make_unique<Error>(fixed.error());
      return 0;
    }
    if (fixed->fixes > 0) file.source.text = std::move(fixed->text);
    return fixed->fixes;
  }

  // ---- across files -----------------------------------------------------------------------------

  // A content root that names the site's careers index (lint/careers_index.h): its entries, as a
  // file read for reference. An index that cannot be read or is not one is passed over, like an
  // unreadable page under a content root.
  // A careers index named in content_roots that cannot be read is an error of the run: without
  // it every related card would go unchecked, and a gate must not pass by accident.
  std::unique_ptr<Reference> readCareersIndex(const fs::path& root) {
    auto text = readText(root.string(), root);
    if (!text) {
      contentRootErrors_.push_back(text.error());
      return nullptr;
    }
    auto index = lint::loadCareersIndex(*text, root.string());
    if (!index) {
      contentRootErrors_.push_back(index.error());
      return nullptr;
    }
    auto reference = std::make_unique<Reference>();
    reference->path = root.string();
    reference->summary = summarize(*index);
    return reference;
  }

  void runCrossFileRules(const std::vector<Target>& targets, std::vector<FileResult>& files,
                         const std::vector<std::pair<fs::path, fs::path>>& unselected) {
    std::vector<const Rule*> crossFile;
    for (const Rule* rule : rules::editorialRules()) {
      if (rule->meta().crossFile) crossFile.push_back(rule);
    }
    if (crossFile.empty()) return;

    // Files under the configured content roots that were not linted: read for reference only.
    std::set<fs::path> roots;
    for (const Target& target : targets) {
      for (const fs::path& root : target.config->contentRoots) roots.insert(root);
    }
    // (Only then: 100,000 paths are memory worth not spending.)
    std::set<fs::path> linted;
    if (!roots.empty() || !unselected.empty()) {
      for (const Target& target : targets) linted.insert(target.absolute);
    }
    std::vector<std::unique_ptr<Reference>> references;
    auto addReference = [&](const fs::path& shown, const fs::path& absolute) {
      if (!isLintableFile(absolute) || linted.count(absolute)) return;
      linted.insert(absolute);
      SourceFile source;
      source.path = shown.string();
      source.kind =
          absolute.extension() == ".txt" ? SourceFile::Kind::Page : SourceFile::Kind::Yaml;
      auto text = readText(absolute.string(), absolute);
      if (!text) return;
      source.text = std::move(*text);
      const auto document = readDocument(source, options_.yamlLimits).document;
      if (!document) return;
      references.push_back(
          std::make_unique<Reference>(Reference{std::move(source.path), summarize(*document)}));
    };
    for (const auto& [shown, absolute] : unselected) addReference(shown, absolute);
    for (const fs::path& root : roots) {
      if (isCareersIndexFile(root)) {  // the site's careers index, read once
        if (auto reference = readCareersIndex(root)) references.push_back(std::move(reference));
        continue;
      }
      files::walkContentTree(root, [&](const fs::directory_entry& entry) {
        addReference(entry.path(), fs::absolute(entry.path()).lexically_normal());
      });
    }

    for (const Rule* rule : crossFile) {
      std::vector<ProjectFile> project;
      std::vector<std::size_t> fileOf;  // project[k] is files[fileOf[k]]
      for (std::size_t i = 0; i < files.size(); ++i) {
        if (!files[i].summary) continue;
        const config::EffectiveRule& setting = targets[i].config->rule(rule->meta().id);
        project.push_back(ProjectFile{targets[i].path, &*files[i].summary, setting.enabled,
                                      setting.severity, setting.options,
                                      setting.severityConfigured});
        fileOf.push_back(i);
      }
      for (const auto& reference : references) {
        project.push_back(
            ProjectFile{reference->path, &reference->summary, false, Severity::Info, {}});
      }
      if (std::none_of(project.begin(), project.end(),
                       [](const ProjectFile& f) { return f.linted; }))
        continue;
      FindingList found;
      ProjectContext context(project, rule->meta(), found);
      rule->checkProject(context);
      if (found.findings.empty()) continue;
      std::map<std::string_view, std::size_t> byPath;
      for (std::size_t k = 0; k < fileOf.size(); ++k) byPath.emplace(project[k].path, fileOf[k]);
      for (Finding& finding : found.findings) {
        if (auto it = byPath.find(finding.file); it != byPath.end())
          files[it->second].findings.push_back(std::move(finding));
      }
    }
  }

  // Configured severities and off switches for findings not made by RuleContext, then the
  // file's careerlint-disable comments.
  std::vector<Finding> applySuppressions(FileResult& file, const config::EffectiveConfig& config) {
    std::vector<Finding> kept;
    for (Finding& finding : file.findings) {
      const config::EffectiveRule& setting = config.rule(finding.ruleId);
      if (!setting.enabled) continue;
      const RuleMeta* meta = catalog::findRuleMeta(finding.ruleId);
      if (meta && meta->kind != RuleKind::Editorial && setting.severityConfigured) {
        finding.severity = setting.severity;
      }
      if (file.suppressions && file.suppressions->suppresses(finding)) continue;
      kept.push_back(std::move(finding));
    }
    if (file.suppressions && config.rule("unused-suppression").enabled) {
      const auto ran = [&](std::string_view id) { return config.rule(id).enabled; };
      for (Finding& problem : file.suppressions->problems(ran)) {
        problem.severity = config.rule("unused-suppression").severity;
        kept.push_back(std::move(problem));
      }
    }
    return kept;
  }

  const EngineOptions& options_;
  std::vector<Error> contentRootErrors_;  // careers indexes in content_roots that are not indexes
  std::unique_ptr<FileCache> cache_;
  bool keepSummaries_ = false;  // a cross-file rule is on for some file
  config::ConfigResolver resolver_;
  std::mutex schemaMutex_;
  std::map<std::string, std::unique_ptr<Schema>> schemas_;
};

}  // namespace

RunResult run(const std::vector<std::string>& paths, const EngineOptions& options) {
  return Engine(options).run(paths);
}

}  // namespace careerlint::lint
