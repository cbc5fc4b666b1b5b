#!/usr/bin/env python3
"""Writes N career YAML files that careerlint's schema and rules accept: the benchmark corpus.

The files are shaped like docs/career-model.md and are clean: `careerlint validate` and
`careerlint lint` report nothing on them, so a benchmark measures the normal path, not the error
path. The text is real: titles, descriptions, tasks, skills and narratives come from a data
directory (default: the tests' sample in tests/data; --data takes a full set: the site's
careers.json and inside-career/*.md, the O*NET occupations); the numbers are drawn around the
records' own and kept consistent the way the schema's cross-field checks want them. Each file is
about 6 KB, so 10,000 files make about 59 MB. Deterministic for a given --seed. Standard library
only.

--defects N plants N known defects, each giving exactly one finding, and writes manifest.json
next to the files: every defect with its file, line, rule id and message id. --check compares
careerlint's JSON findings with a manifest: found must equal planted, and nothing else.

    tools/gen_yaml_corpus.py --count 10000 --out build/corpus
    tools/gen_yaml_corpus.py --count 200 --defects 20 --out build/corpus-defects
    tools/gen_yaml_corpus.py --check build/corpus-defects/manifest.json \\
        --careerlint build/dev/src/careerlint
"""

import argparse
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO / "tests" / "data"
MANIFEST = "manifest.json"
# Ages are measured from a pinned day (stale-data's `today`, in the corpus's .careerlint.yaml), so
# the corpus's dates and data years do not turn stale as the calendar moves on.
TODAY = "2026-06-01"
CONFIG = f"""# Written by tools/gen_yaml_corpus.py: the day the corpus's dates are measured from.
rules:
  stale-data:
    options:
      today: "{TODAY}"
"""

CATEGORIES = [
    "healthcare-clinical", "healthcare-technical", "technology", "production", "office-admin",
    "transportation", "personal-care", "business-finance", "sales", "construction", "arts-media",
    "science", "education", "agriculture", "engineering", "food-service", "installation-repair",
    "protective-services", "building-grounds", "military", "management", "legal",
    "social-services",
]
SECTIONS = [
    ("career-video", "🎬Career Video"),
    ("key-responsibilities", "📋Key Responsibilities"),
    ("inside-this-career", "🔍Inside This Career"),
    ("career-progression", "📈Career Progression"),
    ("education", "📚Education & Training"),
    ("ai-assessment", "🤖AI Resilience Assessment"),
    ("technology-skills", "💻Technology Skills"),
    ("key-abilities", "🧠Key Abilities"),
    ("also-known-as", "🏷️Also Known As"),
    ("related-careers", "🔗Related Careers"),
    ("data-sources", "📊Data Sources"),
]
LEVELS = ["Entry (10th %ile)", "Early Career (25th %ile)", "Mid-Career (Median)",
          "Experienced (75th %ile)", "Expert (90th %ile)"]
# One vocabulary per page (nonstandard-vocabulary): the BLS categories and the template's phrases.
EDUCATION = ["No formal educational credential", "High school diploma or equivalent",
             "Postsecondary nondegree award", "Some college, no degree", "Associate's degree",
             "Bachelor's degree", "Master's degree", "Doctoral or professional degree"]
EXPERIENCE = ["None", "Less than 1 year", "1-2 years", "2-5 years", "5+ years"]
TRAINING = ["None", "Short-term", "Moderate-term", "Long-term", "Apprenticeship",
            "Internship/Residency"]
LEVEL3 = ["Low", "Medium", "High"]
ADVANTAGE = ["Weak", "Moderate", "Strong"]
CLASSIFICATIONS = ["AI-Resilient", "AI-Augmented", "In Transition", "High Disruption Risk"]
INSTITUTIONS = ["public_in_state", "public_out_of_state", "private_nonprofit", "community_college",
                "trade_school", "apprenticeship"]
CREDENTIALS = ["CMA", "RMA", "CPA", "PMP", "CNA", "RN", "CDL", "OSHA 30", "CompTIA A+", "AWS SAA",
               "NCLEX", "ASE", "EPA 608", "CFA", "PE"]
# The schema's x-careerlint-credential-flag: texts with one of these terms that match one of the
# phrases state that a credential is required, so the flag must then be true.
CREDENTIAL_TERMS = re.compile(
    r"\b(licence|license|licensed|licensure|certification|certificate|certified|credential|"
    r"registered)\b", re.IGNORECASE)
REQUIRED_PHRASES = [re.compile(p, re.IGNORECASE) for p in [
    r"(must|required to|need to|needs to) (be|become|hold|obtain|earn|have|pass|maintain) "
    r"[^.]*(licen[cs]|certif|registered)",
    r"(licen[cs]e|licensure|certification|registration) (is |are )?(required|mandatory)",
    r"requires? (a |an |state )*(licen[cs]|certif)",
]]
# A hedge before a percentage (hedged-figure): the corpus states its figures plainly.
HEDGE = re.compile(
    r"\b(?:[Pp]erhaps|[Rr]oughly|[Aa]bout|[Aa]pproximately|[Aa]n estimated)\s+(?=\d)|~(?=\d)")
GENERIC_TASKS = ["Coordinate daily work with colleagues and supervisors",
                 "Keep records of work completed, materials used and problems found",
                 "Follow safety rules and quality standards"]
GENERIC_SKILLS = ["Microsoft Excel", "Microsoft Word", "Email software", "Scheduling software"]


# Plain scalars that a YAML 1.2 core schema would not read as text, and those a YAML 1.1 loader
# (PyYAML, js-yaml's timestamps) would read as booleans or dates: the other validators read the
# same corpus.
RESOLVES = re.compile(
    r"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|"
    r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|"
    r"y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*)$")


def scalar(value, flow=False):
    """One YAML scalar: plain when that reads back as the same string, else double-quoted."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    plain = (
        text
        and text == text.strip()
        and not RESOLVES.match(text)
        and text[0] not in "-?:,[]{}#&*!|>'\"%@`"
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and not any(c in text for c in "\n\t\r")
        and not (flow and any(c in text for c in ",[]{}"))
    )
    return text if plain else json.dumps(text, ensure_ascii=False)


def flow(value):
    """A small mapping of scalars on one line, as the model writes {min: 0, max: 2}; or None."""
    if not isinstance(value, dict) or not value:
        return None
    parts = []
    for key, item in value.items():
        inner = flow(item) if isinstance(item, dict) else None
        if inner is None and isinstance(item, (dict, list)):
            return None
        parts.append(f"{key}: {inner if inner is not None else scalar(item, flow=True)}")
    text = "{" + ", ".join(parts) + "}"
    return text if len(text) <= 72 else None


def emit(value, indent=0):
    """Block-style YAML for dicts and lists of the career model, in insertion order."""
    pad = " " * indent
    lines = []
    if isinstance(value, dict):
        for key, item in value.items():
            if flow(item) is not None and key not in ("inside_look", "ai_assessment"):
                lines.append(f"{pad}{key}: {flow(item)}")
            elif isinstance(item, dict) and item:
                lines.append(f"{pad}{key}:")
                lines.extend(emit(item, indent + 2))
            elif isinstance(item, list) and item:
                lines.append(f"{pad}{key}:")
                lines.extend(emit(item, indent + 2))
            elif isinstance(item, (dict, list)):
                lines.append(f"{pad}{key}: {'{}' if isinstance(item, dict) else '[]'}")
            else:
                lines.append(f"{pad}{key}: {scalar(item)}")
    else:
        for item in value:
            if isinstance(item, dict) and item:
                inner = emit(item, indent + 2)
                lines.append(f"{pad}- {inner[0].lstrip()}")
                lines.extend(inner[1:])
            elif isinstance(item, list) and item:
                lines.append(f"{pad}-")
                lines.extend(emit(item, indent + 2))
            else:
                lines.append(f"{pad}- {scalar(item)}")
    return lines


def slugify(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def load_sources(data):
    site = json.loads((data / "american-dream-jobs" / "careers.json").read_text(encoding="utf-8"))
    onet = [json.loads(line) for line in
            (data / "onet" / "occupations.jsonl").read_text(encoding="utf-8").splitlines() if line]
    narratives = []
    for path in sorted((data / "american-dream-jobs" / "inside-career").glob("*.md")):
        paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        narratives.append([p for p in paragraphs if not p.startswith("#")])
    return site, onet, [n for n in narratives if n]


def growth_category(percent):
    """The band the schema's growthBand ties to the percentage (docs/page-layout.md §3.7)."""
    if percent < -10:
        return "Declining Quickly"
    if percent < 0:
        return "Declining Slowly"
    if percent <= 5:
        return "Stable"
    if percent <= 15:
        return "Growing Slowly"
    return "Growing Quickly"


def states_requirement(texts):
    return any(CREDENTIAL_TERMS.search(text) and any(p.search(text) for p in REQUIRED_PHRASES)
               for text in texts)


def plain(text):
    return HEDGE.sub("", text)


def career(rng, record, onet, narratives, related_pool, copy=0):
    """One page's model, from a site record or an O*NET occupation; clean for schema and rules.

    copy > 0 for a title's later pages: their title and slug take the copy number, so every page
    has a title and an address of its own (related-career-exists' duplicateTitle, duplicateSlug)."""
    title = record["title"] + (f" ({copy + 1})" if copy else "")
    tasks = [plain(t) for t in record.get("tasks") or []] or list(GENERIC_TASKS)
    skills = [s["example"] if isinstance(s, dict) else s for s in record.get("technology_skills") or []]
    skills = skills or list(GENERIC_SKILLS)
    abilities = list(record.get("abilities") or [])
    alternates = list(record.get("alternate_titles") or [])
    related_titles = [t for t in related_pool if slugify(t) != slugify(record["title"])]
    related_titles = rng.sample(related_titles, min(3, len(related_titles)))
    if not abilities:
        abilities = rng.sample(["Problem Sensitivity", "Oral Comprehension", "Written Comprehension",
                                "Deductive Reasoning", "Inductive Reasoning", "Near Vision",
                                "Information Ordering", "Speech Clarity", "Manual Dexterity",
                                "Selective Attention", "Time Sharing", "Category Flexibility"], 6)
    narrative = [plain(p) for p in rng.choice(narratives)]
    median = (record.get("wages") or {}).get("annual", {}).get("median") or rng.randrange(28000, 180000, 10)
    levels = []
    for number, name in enumerate(LEVELS[: rng.choice([3, 4, 5])], start=1):
        center = int(median * (0.7 + 0.17 * (number - 1)) * rng.uniform(0.95, 1.05))
        levels.append({
            "level_number": number,
            "level_name": name,
            "years_experience": {"min": (number - 1) * 3, "max": (number - 1) * 3 + rng.randint(2, 4)},
            "compensation": {"total": {"median": center, "min": int(center * 0.88),
                                       "max": int(center * 1.12)}},
        })
    first = rng.randrange(30, 65, 5)
    shares = [first, rng.randrange(10, 95 - first, 5)]
    breakdown = [
        {"activity": rng.choice(tasks).rstrip(".").lower(), "share": shares[0]},
        {"activity": rng.choice(tasks).rstrip(".").lower(), "share": shares[1]},
        {"activity": "the coordination, documentation and follow-up the role needs",
         "share": 100 - shares[0] - shares[1], "remainder": True},
    ]
    low_cost = rng.randrange(1000, 40000, 500)
    institutions = rng.sample(INSTITUTIONS, rng.randint(1, 4))
    growth = rng.randint(-14, 25)
    factors = [f"{rng.choice(LEVEL3)} Exposure", rng.choice(["Human Skills", "Growing Demand", "Routine Tasks"])]
    explanation = rng.choice([
        "AI augments this work but human judgment remains essential",
        "Much of the routine work can be automated; people still handle the exceptions",
        "The work depends on presence, trust and hands-on skill that AI does not provide",
    ])
    years = sorted(rng.sample([0.5, 1, 2, 3, 4, 6, 8], 3))
    description = record.get("description") or f"{title} do the work this page describes."
    shown_tasks = tasks[: rng.randint(3, 7)]
    content = narrative[: 1 if rng.random() < 0.9 else 2]
    certifications = [{"name": c, "kind": rng.choice(["certification", "license"]),
                       "required": rng.random() < 0.3}
                      for c in rng.sample(CREDENTIALS, rng.randint(0, 3))]
    # The flag agrees with the credentials and the text (x-careerlint-credential-flag).
    requires = (any(c["required"] for c in certifications)
                or states_requirement([description, *shown_tasks, *content]))
    sections = rng.sample(SECTIONS, rng.randint(5, len(SECTIONS)))
    if not related_titles:
        sections = [s for s in sections if s[0] != "related-careers"]
    sections.sort(key=SECTIONS.index)
    model = {
        "schema_version": 1,
        "title": title,
        "slug": slugify(title),
        "description": description,
        "category": record.get("category") or rng.choice(CATEGORIES),
        "video": rng.random() < 0.6,
        "tasks": shown_tasks,
        "inside_look": {"content": content, "time_breakdown": breakdown},
        "career_progression": {
            "source": rng.choice([None, "levels_fyi"]),
            "match_confidence": rng.choice([None, "exact", "approximate"]),
            "levels": levels,
        },
        "education": {
            "typical_entry_education": rng.choice(EDUCATION),
            "work_experience_required": rng.choice(EXPERIENCE),
            "on_the_job_training": rng.choice(TRAINING),
            "requires_license_or_cert": requires,
            "certifications": certifications,
            "education_duration": {"min_years": years[0], "max_years": years[2],
                                   "typical_years": years[1]},
            "estimated_cost": {"min_cost": low_cost, "max_cost": low_cost * rng.randint(2, 8)},
            "earning_while_learning": rng.random() < 0.3,
            "cost_by_institution_type": {name: rng.randrange(3000, 90000, 100) for name in institutions},
            "cost_data_source": {"primary": "college board", "year": 2025},
        },
        "ai_assessment": {
            "classification": rng.choice(CLASSIFICATIONS + [None]),
            "classificationRationale": f"{' + '.join(factors)}: {explanation}",
            "factors": factors,
            "explanation": explanation,
            "taskExposure": rng.choice(LEVEL3 + [None]),
            "automationPotential": rng.choice(LEVEL3 + [None]),
            "jobGrowth": {"category": growth_category(growth), "percentChange": growth,
                          "source": "BLS 2024-2034"},
            "humanAdvantage": {"category": rng.choice(ADVANTAGE)},
        },
        "technology_skills": skills[: rng.randint(3, 8)],
        "abilities": abilities[:10],
        "alternate_titles": alternates[: rng.randint(2, 6)],
        "related_careers": [{"title": t, "slug": slugify(t),
                             "median_pay": rng.choice([None, rng.randrange(25000, 200000, 10)])}
                            for t in related_titles],
        "last_updated": rng.choice(["2026-01-09", "2025-11-20"]),
        "onet_code": record.get("code") or record.get("primary_onet_code"),
        "data_sources": [{"source": "O*NET 30.1 (consolidated)"}, {"source": "BLS OES"}],
        "page": {
            "order": rng.choice(["seed", "current"]),
            "sections": [{"id": sid, "heading": heading} for sid, heading in sections],
            "closing": {
                "question": "Work in this career?",
                "invitation": "Help us make this page better. Share your real-world experience, "
                              "suggest corrections, or tell us what we missed.",
            },
        },
        "unplaced": [],
    }
    return model


# The defects --defects plants. Each breaks one value of a clean model so that careerlint reports
# exactly one finding, on the line whose text starts with `line_prefix` (after emitting), under
# `rule`/`message`; `validate` says whether `careerlint validate` reports it too (schema-level) or
# only `lint` does (an editorial rule). `applies` says whether the model can take the defect.
def _category(model):
    model["category"] = "healthcare"


def _video(model):
    model["video"] = "yes"


def _growth(model):
    growth = model["ai_assessment"]["jobGrowth"]
    growth["category"] = "Growing Quickly" if growth["percentChange"] <= 15 else "Stable"


def _cost_order(model):
    cost = model["education"]["estimated_cost"]
    cost["min_cost"], cost["max_cost"] = cost["max_cost"], cost["min_cost"]


def _credential(model):
    education = model["education"]
    education["requires_license_or_cert"] = False
    education["certifications"] = [{"name": "CDL", "kind": "license", "required": True}]


def _no_credential_text(model):
    return not states_requirement([model["description"], *model["tasks"],
                                   *model["inside_look"]["content"]])


def _placeholder(model):
    model["technology_skills"][0] = "Skill 1"  # the record template's sample value


DEFECTS = [
    {"name": "category-not-allowed", "rule": "schema", "message": None, "validate": True,
     "line_prefix": "category: ", "plant": _category},
    {"name": "video-not-boolean", "rule": "schema", "message": "type", "validate": True,
     "line_prefix": "video: ", "plant": _video},
    {"name": "growth-band", "rule": "schema", "message": None, "validate": True,
     "line_prefix": "  jobGrowth: ", "plant": _growth},
    {"name": "cost-out-of-order", "rule": "ordered-values", "message": "outOfOrder",
     "validate": True,
     "line_prefix": "  estimated_cost: ", "plant": _cost_order},
    {"name": "credential-flag-false", "rule": "credential-flag", "message": "requiredButFlagFalse",
     "validate": True, "line_prefix": "  requires_license_or_cert: ", "plant": _credential,
     "applies": _no_credential_text},
    {"name": "template-skill", "rule": "placeholder-text", "message": "templateValue",
     "validate": False, "line_prefix": "  - Skill 1", "plant": _placeholder},
]


def plant_defects(rng, count, number):
    """{file index: defect} for `number` defects on distinct files, the kinds taken in turn."""
    if number > count:
        raise SystemExit(f"--defects {number} is more than --count {count}: one defect a file")
    indexes = sorted(rng.sample(range(count), number))
    return {index: DEFECTS[n % len(DEFECTS)] for n, index in enumerate(indexes)}


def generate(args):
    site, onet, narratives = load_sources(Path(args.data))
    records = site + onet
    rng = random.Random(args.seed)
    defect_rng = random.Random(args.seed + 1)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / ".careerlint.yaml").write_text(CONFIG, encoding="utf-8")
    # Related careers name only pages of the corpus itself (related-career-exists).
    related_pool = sorted({r["title"] for r in records[: min(args.count, len(records))]})
    planned = plant_defects(defect_rng, args.count, args.defects)
    planted = []
    copies = {}
    total = 0
    for index in range(args.count):
        record = records[index % len(records)]
        base = slugify(record["title"])
        copies[base] = copies.get(base, -1) + 1
        model = career(rng, record, onet, narratives, related_pool, copies[base])
        defect = planned.get(index)
        if defect and not defect.get("applies", lambda m: True)(model):
            defect = DEFECTS[0]
        if defect:
            defect["plant"](model)
        lines = emit(model)
        name = f"{index:05d}-{model['slug'][:60]}.yaml"
        if defect:
            line = next(n for n, text in enumerate(lines, 1)
                        if text.startswith(defect["line_prefix"]))
            planted.append({"file": name, "line": line, "rule": defect["rule"],
                            "message": defect["message"], "defect": defect["name"],
                            "validate": defect["validate"]})
        text = "\n".join(lines) + "\n"
        (out / name).write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    if args.defects:
        manifest = {"count": args.count, "seed": args.seed, "defects": planted}
        (out / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.count} files, {total / 1e6:.1f} MB, {len(planted)} defects, to {out}",
          file=sys.stderr)
    return 0


def compare(manifest, report, command):
    """Planted defects against reported findings: (missing defects, unexpected findings).

    A finding matches a defect by file, line and rule id (and message id, where the manifest
    names one); each defect takes one finding, so a second finding at the same place is
    unexpected."""
    corpus = Path(manifest["directory"]).resolve()
    waiting = [d for d in manifest["defects"] if command == "lint" or d["validate"]]
    unexpected = []
    for finding in report["findings"]:
        path = Path(finding["file"])
        if not path.is_absolute():
            path = Path(report.get("sourceRoot") or ".") / path
        try:
            name = str(path.resolve().relative_to(corpus))
        except ValueError:
            name = str(path)
        place = (name, finding["span"]["line"], finding["ruleId"])
        match = next((d for d in waiting if (d["file"], d["line"], d["rule"]) == place
                      and d["message"] in (None, finding["messageId"])), None)
        if match:
            waiting.remove(match)
        else:
            unexpected.append(finding)
    return waiting, unexpected


def check(args):
    manifest_path = Path(args.check)
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["directory"] = str(manifest_path.parent)
    if args.findings:
        report = json.loads(Path(args.findings).read_text(encoding="utf-8"))
    else:
        run = subprocess.run([args.careerlint, args.command, str(manifest_path.parent), "--format",
                              "json", "--jobs", str(args.jobs)], capture_output=True, text=True)
        if run.returncode not in (0, 1):
            print(f"careerlint exited {run.returncode}:\n{run.stderr}", file=sys.stderr)
            return 2
        report = json.loads(run.stdout)
    missing, unexpected = compare(manifest, report, args.command)
    planted = sum(1 for d in manifest["defects"] if args.command == "lint" or d["validate"])
    for defect in missing:
        print(f"missing: {defect['file']}:{defect['line']}: {defect['rule']} ({defect['defect']})")
    for finding in unexpected:
        span = finding["span"]
        print(f"unexpected: {finding['file']}:{span['line']}:{span['column']}: {finding['ruleId']}"
              f"/{finding['messageId']}: {finding['message']}")
    found = len(report["findings"])
    print(f"{args.command}: planted {planted}, found {found}, missing {len(missing)}, "
          f"unexpected {len(unexpected)}")
    return 0 if not missing and not unexpected else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000, help="number of files (10000)")
    parser.add_argument("--out", help="directory to write into (created)")
    parser.add_argument("--data", default=str(DEFAULT_DATA),
                        help="the data directory (default: the tests' sample, tests/data)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (1)")
    parser.add_argument("--defects", type=int, default=0,
                        help="plant this many known defects (one a file) and write manifest.json")
    parser.add_argument("--check", metavar="MANIFEST",
                        help="compare careerlint's findings on the manifest's corpus with it; "
                             "exit 1 on any difference")
    parser.add_argument("--findings", metavar="JSON",
                        help="with --check: a `--format json` report to read instead of running careerlint")
    parser.add_argument("--careerlint",
                        default=str(REPO / "build" / "release" / "src" / "careerlint"),
                        help="with --check: the binary to run (build/release/src/careerlint)")
    parser.add_argument("--command", choices=["lint", "validate"], default="lint",
                        help="with --check: the command whose findings are compared (lint)")
    parser.add_argument("--jobs", type=int, default=0,
                        help="with --check: careerlint's --jobs (0: one per core)")
    args = parser.parse_args()
    if args.check:
        return check(args)
    if not args.out:
        parser.error("--out is required (or --check MANIFEST)")
    return generate(args)


if __name__ == "__main__":
    sys.exit(main())
