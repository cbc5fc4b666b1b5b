// responsibility-style: the Key Responsibilities list in O*NET's style. A task is an instruction
// that starts with a verb ("Interview patients to …"); the list has no repeats; its items end the
// same way (O*NET's tasks all end with "."; the site's hand-written records' tasks never do — only
// a mix within one list is a problem); and each is a sentence, not a fragment or a paragraph.
#include <algorithm>
#include <array>

#include "rules/rules.h"
#include "rules/support/rule_util.h"
#include "rules/support/vocabulary.h"
#include "util/ascii.h"
#include "util/utf8.h"

namespace careerlint::rules {

namespace {

// Words that start a task: the first words of O*NET's 18,796 task statements (O*NET 29.3), the
// verbs O*NET coordinates with them ("Plan, direct, or coordinate"), verbs of the site's
// hand-written records and of current job postings ("Deploy", "Provision", "Source") and verbs
// with a noun's ending ("Function", "Finance"). Lowercase, sorted.
// clang-format off
constexpr auto kVerbs = std::to_array<std::string_view>({
    "abstract", "accept", "access", "accompany", "account", "acquire", "act", "activate", "adapt", "add", "address",
    "adhere", "adjust", "administer", "admit", "adopt", "advance", "advertise", "advise", "advocate", "affix",
    "agree", "aid", "alert", "align", "allocate", "allow", "alter", "analyze", "anchor", "anesthetize", "anneal",
    "annotate", "announce", "answer", "anticipate", "appear", "apply", "appoint", "apportion", "appraise",
    "apprehend", "approve", "arbitrate", "arc", "architect", "archive", "arrange", "arrest", "ascertain", "ask",
    "assemble", "assess", "assign", "assimilate", "assist", "attach", "attempt", "attend", "audit", "audition",
    "authenticate", "author", "authorize", "automate", "award", "back", "backfill", "bag", "bait", "bake", "balance",
    "bank", "baste", "bathe", "bead", "become", "bell", "benchmark", "bend", "bevel", "bill", "bind", "blast",
    "bleach", "blend", "block", "blow", "bolt", "bond", "bone", "book", "bore", "box", "brace", "brainstorm", "brand",
    "braze", "break", "brew", "brief", "bring", "broadcast", "broil", "brush", "buckle", "budget", "buff", "build",
    "bunch", "bundle", "butcher", "buy", "cable", "calculate", "calibrate", "call", "cancel", "cap", "capture",
    "care", "carry", "carve", "cash", "casket", "castrate", "catalog", "catalogue", "cauterize", "caution", "cement",
    "certify", "chain", "chair", "challenge", "champion", "change", "chaperone", "characterize", "charge", "chart",
    "check", "chip", "choose", "chop", "choreograph", "circulate", "claim", "clamp", "clarify", "classify", "clean",
    "cleanse", "clear", "climb", "clip", "close", "co-pilot", "coach", "coat", "code", "collaborate", "collate",
    "collect", "color", "comb", "combine", "comfort", "commence", "comment", "commission", "communicate", "compact",
    "compare", "compile", "complete", "comply", "compose", "compost", "compound", "compress", "compute", "conceal",
    "conceptualize", "condition", "conduct", "confer", "configure", "confirm", "confiscate", "conform", "connect",
    "conserve", "consider", "consolidate", "construct", "consult", "contact", "containerize", "contract",
    "contribute", "control", "converse", "convert", "convey", "cook", "cool", "cooperate", "coordinate", "copy",
    "copyedit", "correct", "correlate", "correspond", "cosmeticize", "counsel", "count", "countersink", "couple",
    "cover", "craft", "crank", "create", "credit", "critique", "crossbreed", "cue", "cultivate", "curate", "cure",
    "curl", "customize", "cut", "damp-proof", "dance", "date", "date-stamp", "de-grease", "deal", "debate", "debit",
    "debug", "deburr", "decide", "decipher", "decline", "decontaminate", "decorate", "decrease", "defend", "define",
    "defrost", "defuse", "degrease", "delegate", "delineate", "deliver", "demagnetize", "demonstrate", "deny",
    "deploy", "deposit", "depress", "descend", "describe", "design", "designate", "detail", "detain", "detect",
    "determine", "develop", "devise", "diagnose", "diagram", "dig", "digitize", "dilute", "dip", "direct",
    "disassemble", "disburse", "discard", "discharge", "discipline", "disclose", "disconnect", "discuss", "disinfect",
    "dislodge", "dismantle", "dismount", "dispatch", "dispense", "display", "dispose", "dissect", "disseminate",
    "distill", "distinguish", "distress", "distribute", "divide", "do", "dock", "document", "download", "draft",
    "drain", "drape", "draw", "dress", "drill", "drive", "dry", "dump", "duplicate", "dust", "dye", "earn", "edge",
    "edit", "educate", "electronically", "eliminate", "embalm", "embed", "emboss", "emphasize", "employ", "empty",
    "encode", "encourage", "encrypt", "enforce", "engage", "engineer", "engrave", "enhance", "enroll", "ensure",
    "enter", "entertain", "equalize", "erect", "escort", "establish", "estimate", "etch", "euthanize", "evacuate",
    "evaluate", "evangelize", "evict", "examine", "excavate", "exchange", "execute", "exercise", "exhibit", "expand",
    "experiment", "explain", "explore", "expose", "express", "extend", "extinguish", "extract", "fabricate", "face",
    "facilitate", "fasten", "fax", "feed", "feel", "fence", "fertilize", "fight", "file", "fill", "film", "finance",
    "find", "fine-tune", "finish", "fire", "fit", "fix", "flag", "flush", "fly", "fold", "follow", "force",
    "forecast", "form", "format", "formulate", "forward", "frame", "freeze", "fry", "fuel", "fulfill", "function",
    "furnish", "fuse", "garnish", "gather", "gauge", "generate", "gift-wrap", "gild", "give", "glaze", "glue",
    "grade", "grant", "graph", "grease", "greet", "grill", "grind", "groom", "grow", "guard", "guide", "guy",
    "hammer", "hand", "hand-feed", "hand-form", "hand-rub", "handle", "hang", "harden", "harmonize", "harvest",
    "haul", "hear", "heat", "heat-treat", "help", "herd", "hire", "hoist", "hold", "homogenize", "hone", "host",
    "ideate", "identify", "idle", "ignite", "immerse", "immobilize", "immunize", "implement", "import", "impose",
    "imprint", "improve", "improvise", "incise", "incorporate", "increase", "incubate", "indicate", "induce",
    "inflate", "influence", "inform", "initiate", "inject", "inoculate", "input", "inquire", "insert", "inspect",
    "install", "institute", "instruct", "insure", "integrate", "interact", "interpret", "interrogate", "interrupt",
    "intervene", "interview", "interweave", "intravenously", "introduce", "invent", "inventory", "investigate",
    "invite", "involve", "iron", "irrigate", "isolate", "issue", "itemize", "iterate", "jab", "join", "judge", "keep",
    "key", "kill", "kindle", "knead", "knit", "label", "lace", "lacquer", "laminate", "lap", "launch", "lay", "layer",
    "layout", "lead", "learn", "lease", "leave", "lend", "let", "level", "liaise", "license", "lift", "ligate",
    "light", "limit", "line", "link", "list", "listen", "load", "localize", "locate", "lock", "log", "look", "lower",
    "lubricate", "machine", "mail", "maintain", "make", "man", "manage", "maneuver", "manipulate", "manually", "map",
    "mark", "market", "mask", "massage", "mat", "match", "measure", "mediate", "meet", "melt", "memorize", "mention",
    "mentor", "merchandise", "merge", "migrate", "miter", "mix", "model", "moderate", "modify", "moisten", "mold",
    "monitor", "mop", "motion", "motivate", "mount", "move", "mow", "mulch", "nail", "negotiate", "network",
    "neutralize", "nominate", "note", "notify", "nurture", "obey", "observe", "obtain", "offboard", "offer",
    "officiate", "oil", "onboard", "open", "operate", "optimize", "orchestrate", "order", "organize", "orient",
    "outline", "overhaul", "oversee", "own", "pack", "package", "pad", "page", "paint", "park", "participate",
    "partition", "partner", "pass", "pasteurize", "pat", "patch", "patrol", "pay", "peel", "perforate", "perform",
    "persuade", "petition", "photograph", "pick", "piece", "pierce", "pilot", "pin", "pit", "pitch", "place", "plan",
    "plant", "plate", "play", "plot", "plug", "plumb", "polish", "populate", "portion", "portray", "pose", "position",
    "post", "postoperatively", "pour", "practice", "pray", "pre-cook", "pre-soak", "precast", "predict", "preheat",
    "prepack", "prepare", "preprocess", "prescribe", "present", "preserve", "preside", "press", "pretest", "prevent",
    "preview", "price", "prime", "print", "prioritize", "probate", "process", "proctor", "procure", "produce",
    "program", "promote", "proof", "proofread", "propose", "prospect", "protect", "prototype", "provide", "provision",
    "prune", "pry", "publicize", "publish", "pull", "pulverize", "pump", "punch", "purchase", "purge", "pursue",
    "push", "put", "qualify", "quantify", "query", "question", "quote", "rack", "radio", "raise", "rake", "rate",
    "ravel", "raze", "re-sew", "re-tap", "read", "readjust", "ream", "reassemble", "reassure", "rebase", "rebind",
    "rebore", "rebuild", "receive", "recognize", "recommend", "reconcile", "recondition", "reconstruct", "record",
    "recover", "recruit", "recycle", "redesign", "redevelop", "reduce", "reel", "reengineer", "reface", "refactor",
    "refer", "reference", "refill", "refine", "refinish", "reformat", "reformulate", "refuel", "refurbish", "refuse",
    "register", "regulate", "rehearse", "reinforce", "reinstall", "reject", "relay", "release", "reline", "remake",
    "remind", "remotely", "remount", "remove", "render", "renegotiate", "renew", "rent", "reorganize", "repair",
    "replace", "replenish", "replicate", "report", "reposition", "represent", "reprint", "reproduce", "request",
    "requisition", "reroute", "rescale", "rescue", "research", "reserve", "reset", "reshape", "resize", "reskill",
    "resolve", "respond", "restage", "restart", "restock", "restore", "restrain", "restrict", "resurface", "retain",
    "retouch", "retrace", "retract", "retrain", "retrieve", "retrofit", "return", "review", "revise", "revisit",
    "rewind", "rewire", "rework", "rewrap", "rewrite", "ride", "rinse", "roast", "roll", "root-feed", "rope",
    "rotate", "rough", "roughen", "rout", "route", "rub", "rule", "run", "safeguard", "salt", "salvage", "sample",
    "sand", "sandblast", "sanitize", "saw", "scale", "scan", "schedule", "scoop", "score", "scrape", "screed",
    "screen", "screw", "scribe", "script", "scrub", "seal", "search", "season", "seat", "section", "secure", "seed",
    "seek", "segregate", "seize", "select", "sell", "send", "sentence", "separate", "sequence", "serve", "service",
    "set", "settle", "sever", "sew", "shackle", "shade", "shadow", "shampoo", "shape", "share", "sharpen", "shave",
    "shear", "shift", "shim", "ship", "shop", "shovel", "show", "shrink", "shrink-fit", "shut", "sift", "sight-read",
    "sign", "signal", "silence", "simulate", "sing", "singe", "sketch", "skim", "skin", "slice", "slide", "slit",
    "smell", "smoke", "smooth", "soak", "soften", "solder", "solicit", "solve", "sort", "source", "space", "speak",
    "spearhead", "specialize", "specify", "splice", "split", "sponsor", "spot", "spot-clean", "spot-face", "spray",
    "spread", "sprinkle", "square", "stabilize", "stack", "stage", "stain", "stake", "stamp", "stand", "standardize",
    "staple", "start", "stay", "steady", "steam", "steam-clean", "steer", "stencil", "sterilize", "stir", "stitch",
    "stock", "stop", "store", "storyboard", "straighten", "strain", "stream", "streamline", "stretch", "strike",
    "string", "strip", "structure", "study", "stun", "subcontract", "submit", "subpoena", "substitute", "suggest",
    "summarize", "summon", "superimpose", "supervise", "supply", "support", "surface", "surgically", "survey",
    "suspend", "suture", "swab", "sweep", "swing", "switch", "synchronize", "synthesize", "tack", "tack-weld", "tag",
    "tailor", "take", "talk", "tamp", "tap", "tape", "taste", "tattoo", "teach", "tear", "telephone", "tell", "tend",
    "tenderize", "terminate", "test", "testify", "thin", "thread", "ticket", "tidy", "tie", "tighten", "tilt", "time",
    "tin", "tint", "tone", "top", "total", "touch", "tour", "tow", "trace", "track", "train", "transcribe",
    "transfer", "translate", "transmit", "transplant", "transport", "transpose", "travel", "treat", "triage", "trim",
    "troubleshoot", "tune", "turn", "tutor", "twist", "type", "typeset", "unbolt", "unclamp", "uncouple",
    "understand", "undock", "undress", "unload", "unlock", "unpack", "unroll", "unscrew", "unwind", "update",
    "upgrade", "upload", "upsell", "upskill", "use", "usher", "utilize", "vacuum", "validate", "varnish", "vary",
    "verify", "vet", "videotape", "view", "visit", "visualize", "visually", "vote", "walk", "warm", "warn", "wash",
    "watch", "water", "waterproof", "wax", "wear", "weave", "weed", "weigh", "weld", "wet", "whiten", "wind", "wipe",
    "wire", "withdraw", "withhold", "witness", "work", "wrap", "write",
});
// clang-format on

static_assert(std::is_sorted(kVerbs.begin(), kVerbs.end()),
              "kVerbs is searched with std::binary_search");

// First words that are clearly not an imperative verb.
constexpr auto kNotVerbs =
    std::to_array<std::string_view>({"a",           "ability",     "able",
                                     "an",          "as",          "at",
                                     "by",          "can",         "candidate",
                                     "candidates",  "could",       "daily",
                                     "degree",      "duties",      "duty",
                                     "excellent",   "experience",  "expertise",
                                     "familiarity", "for",         "from",
                                     "he",          "her",         "his",
                                     "i",           "in",          "it",
                                     "its",         "knowledge",   "may",
                                     "might",       "must",        "our",
                                     "proficiency", "proficient",  "proven",
                                     "required",    "responsible", "responsibilities",
                                     "shall",       "she",         "should",
                                     "skills",      "strong",      "that",
                                     "the",         "their",       "these",
                                     "they",        "this",        "we",
                                     "will",        "you"});

// Endings of nouns and adjectives, never of a verb in the list's imperative form.
constexpr auto kNounEndings = std::to_array<std::string_view>(
    {"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism", "ous", "ful", "ible"});

bool isVerb(std::string_view lower, const std::vector<std::string>& extra) {
  if (std::binary_search(kVerbs.begin(), kVerbs.end(), lower)) return true;
  return std::any_of(extra.begin(), extra.end(), [&](const std::string& verb) {
    return strings::equalsIgnoreCase(verb, lower);
  });
}

// The plain verb behind an inflected first word ("Manages", "Managing", "Managed" -> "manage").
std::optional<std::string> baseVerb(const std::string& lower,
                                    const std::vector<std::string>& extra) {
  std::vector<std::string> candidates;
  auto stem = [&](std::size_t cut) { return lower.substr(0, lower.size() - cut); };
  if (lower.ends_with("ing") && lower.size() > 5) {
    const std::string s = stem(3);
    candidates = {s, s + "e"};
    if (s.size() > 2 && s[s.size() - 1] == s[s.size() - 2])
      candidates.push_back(s.substr(0, s.size() - 1));
  } else if (lower.ends_with("ied") || lower.ends_with("ies")) {
    candidates = {stem(3) + "y"};
  } else if (lower.ends_with("ed") && lower.size() > 4) {
    const std::string s = stem(2);
    candidates = {s, stem(1)};
    if (s.size() > 2 && s[s.size() - 1] == s[s.size() - 2])
      candidates.push_back(s.substr(0, s.size() - 1));
  } else if (lower.ends_with("es") && lower.size() > 3) {
    candidates = {stem(2), stem(1)};
  } else if (lower.ends_with("s") && !lower.ends_with("ss") && lower.size() > 3) {
    candidates = {stem(1)};
  }
  for (const std::string& candidate : candidates) {
    if (isVerb(candidate, extra)) return candidate;
  }
  return std::nullopt;
}

std::string capitalized(std::string word) {
  if (!word.empty()) word[0] = ascii::toUpper(word[0]);
  return word;
}

// The task's text for comparison: lowercase, single spaces, no final punctuation.
std::string comparable(std::string_view text) {
  std::string out;
  for (char c : strings::trim(text)) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : ascii::toLower(c));
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ';' || out.back() == ' '))
    out.pop_back();
  return out;
}

// Option names, as the metadata declares them and check() reads them.
constexpr char kMaxLengthOption[] = "max_length";
constexpr char kMinLengthOption[] = "min_length";
constexpr char kVerbsOption[] = "verbs";

class ResponsibilityStyle final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta meta{
        .id = "responsibility-style",
        .description =
            "Tasks that do not start with a verb, repeat, mix final punctuation, or are too short "
            "or long",
        .defaultSeverity = Severity::Warning,
        .fixable = true,
        .options =
            {
                {kVerbsOption, OptionType::StringList, std::vector<std::string>{},
                 "More words accepted as a task's first verb, besides O*NET's"},
                {kMinLengthOption, OptionType::Integer, std::int64_t{12},
                 "Fewest characters in a task (O*NET's shortest task has 13); 0 turns the check "
                 "off"},
                {kMaxLengthOption, OptionType::Integer, std::int64_t{350},
                 "Most characters in a task (O*NET's longest task has 332); 0 turns the check off"},
            },
        .messages = {{"notAVerb", "the task does not start with a verb"},
                     {"inflectedVerb",
                      "the task starts with an inflected verb instead of the plain one"},
                     {"duplicate", "the task repeats an earlier task"},
                     {"mixedPunctuation", "the task ends differently from most tasks of the list"},
                     {"tooShort", "the task is shorter than min_length"},
                     {"tooLong", "the task is longer than max_length"}},
    };
    return meta;
  }

  void check(RuleContext& context) const override {
    const Node* root = context.root();
    const Node* tasks = child(root, "tasks");
    if (!tasks || !tasks->isSequence()) return;
    std::vector<std::pair<const Node*, std::string>> items;  // node, pointer
    for (std::size_t i = 0; i < tasks->size(); ++i) {
      const Node* task = tasks->at(i);
      if (task->isString() && !strings::trim(task->text()).empty())
        items.emplace_back(task, "/tasks/" + std::to_string(i));
    }
    for (const auto& [task, pointer] : items) {
      checkFirstWord(context, *task, pointer);
      checkLength(context, *task, pointer);
    }
    checkDuplicates(context, items);
    checkPunctuation(context, items);
  }

 private:
  static void checkFirstWord(RuleContext& context, const Node& task, const std::string& pointer) {
    const std::string_view text = strings::trimLeft(task.text());
    std::size_t end = 0;
    while (end < text.size() &&
           (ascii::isAlpha(text[end]) || text[end] == '-' || text[end] == '\''))
      ++end;
    const std::string_view word = text.substr(0, end);
    if (word.empty()) return;  // a quote, a bracket or a digit first: nothing to say about the verb
    const std::string lower = strings::toLower(word);
    const auto& extra = context.options().strings(kVerbsOption);
    if (isVerb(lower, extra)) return;
    const std::string where = dottedPath(pointer);
    if (auto base = baseVerb(lower, extra)) {
      const std::string verb = ascii::isUpper(word[0]) ? capitalized(*base) : *base;
      std::optional<Fix> fix;
      std::string message = where + ": starts with \"" + std::string(word) +
                            "\"; a task is an instruction that starts with the plain verb: \"" +
                            verb + " …\"";
      if (auto edit = editWithin(context.file(), task, word, verb)) {
        fix = Fix{"Write \"" + verb + "\"", {*edit}};
      } else if (const std::string why = editRefusal(context.file(), task, word, verb);
                 !why.empty()) {
        message += " (not fixed automatically: " + why + ")";
      }
      context.report("inflectedVerb", std::move(message), spanWithin(context.file(), task, word),
                     pointer, std::move(fix));
      return;
    }
    const bool closedClass =
        std::find(kNotVerbs.begin(), kNotVerbs.end(), lower) != kNotVerbs.end();
    const bool nounEnding =
        lower.size() > 5 &&
        std::any_of(kNounEndings.begin(), kNounEndings.end(),
                    [&](std::string_view ending) { return lower.ends_with(ending); });
    const bool possessive = end < text.size() && text.substr(end).starts_with("'s");
    const bool acronym = word.size() > 1 && std::all_of(word.begin(), word.end(), ascii::isUpper);
    if (!closedClass && !nounEnding && !possessive && !acronym && !word.ends_with("'s"))
      return;  // an unknown verb, perhaps
    std::string message = where + ": starts with \"" + std::string(word) +
                          "\", not a verb; write the task as an instruction that starts with one "
                          "(\"Prepare …\", \"Review …\")";
    if (!closedClass)
      message +=
          "; if \"" + std::string(word) + "\" is a verb here, add it to the rule's verbs option";
    context.report("notAVerb", std::move(message), spanWithin(context.file(), task, word), pointer);
  }

  static void checkLength(RuleContext& context, const Node& task, const std::string& pointer) {
    const std::string_view text = strings::trim(task.text());
    const auto length = static_cast<std::int64_t>(utf8::codePointCount(text));
    const std::int64_t shortest = context.options().integer(kMinLengthOption);
    const std::int64_t longest = context.options().integer(kMaxLengthOption);
    if (shortest > 0 && length < shortest) {
      context.report(
          "tooShort",
          dottedPath(pointer) + ": \"" + std::string(text) + "\" is " + std::to_string(length) +
              " characters, fewer than " + std::to_string(shortest) +
              ": a task says what is done to what (\"Dig trenches.\"); complete it or remove it",
          task.span(), pointer);
    } else if (longest > 0 && length > longest) {
      context.report("tooLong",
                     dottedPath(pointer) + ": the task is " + std::to_string(length) +
                         " characters, more than " + std::to_string(longest) +
                         ": split it into separate tasks or shorten it",
                     task.span(), pointer);
    }
  }

  static void checkDuplicates(RuleContext& context,
                              const std::vector<std::pair<const Node*, std::string>>& items) {
    std::vector<std::string> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
      seen.push_back(comparable(items[i].first->text()));
      for (std::size_t j = 0; j < i; ++j) {
        if (seen[j] != seen[i]) continue;
        const Span& first = items[j].first->span();
        context.report("duplicate",
                       dottedPath(items[i].second) + " repeats " + dottedPath(items[j].second) +
                           " (line " + std::to_string(first.begin.line) + "): remove one of them",
                       items[i].first->span(), items[i].second);
        break;
      }
    }
  }

  // Within one list, every task ends with "." or none does; the minority is reported (on a tie,
  // the tasks that end unlike the first one).
  static void checkPunctuation(RuleContext& context,
                               const std::vector<std::pair<const Node*, std::string>>& items) {
    auto endsWithPeriod = [](const Node* task) {
      return strings::trimRight(task->text()).ends_with('.');
    };
    const auto withPeriod = static_cast<std::size_t>(std::count_if(
        items.begin(), items.end(), [&](const auto& item) { return endsWithPeriod(item.first); }));
    if (withPeriod == 0 || withPeriod == items.size()) return;
    const std::size_t without = items.size() - withPeriod;
    const bool majorityPeriod =
        withPeriod != without ? withPeriod > without : endsWithPeriod(items.front().first);
    for (const auto& [task, pointer] : items) {
      if (endsWithPeriod(task) == majorityPeriod) continue;
      const std::string_view text = strings::trimRight(task->text());
      const std::size_t majority = majorityPeriod ? withPeriod : without;
      std::string message =
          dottedPath(pointer) +
          (majorityPeriod ? " ends without a period, while " : " ends with a period, while ") +
          std::to_string(majority) + " of the " + std::to_string(items.size()) + " tasks " +
          (majorityPeriod ? "end with one" : "do not") +
          ": end every task of the list the same way";
      std::optional<Fix> fix;
      const std::string_view part =
          majorityPeriod ? text.substr(text.size()) : text.substr(text.size() - 1);
      if (auto edit = editWithin(context.file(), *task, part, majorityPeriod ? "." : "")) {
        fix = Fix{majorityPeriod ? "Add the period" : "Remove the period", {*edit}};
      } else if (const std::string why =
                     editRefusal(context.file(), *task, part, majorityPeriod ? "." : "");
                 !why.empty()) {
        message += " (not fixed automatically: " + why + ")";
      }
      const Span span = majorityPeriod
                            ? spanWithin(context.file(), *task, text.substr(text.size() - 1))
                            : spanWithin(context.file(), *task, part);
      context.report("mixedPunctuation", std::move(message), span, pointer, std::move(fix));
    }
  }
};

}  // namespace

const Rule& responsibilityStyleRule() {
  static const ResponsibilityStyle rule;
  return rule;
}

}  // namespace careerlint::rules
