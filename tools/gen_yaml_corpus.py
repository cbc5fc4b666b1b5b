#!/usr/bin/env python3
"""Writes N career YAML files shaped like docs/career-model.md: the benchmark corpus.

The text is real: titles, descriptions, tasks, skills and narratives come from
a data directory (default: the tests' sample in tests/data; --data takes a full set: site's careers.json and inside-career/*.md, the O*NET occupations);
the numbers are drawn around the records' own. Each file is about 5 KB, so 10,000 files
make about 50 MB. Deterministic for a given --seed. Standard library only.

    tools/gen_yaml_corpus.py --count 10000 --out build/corpus
"""

import argparse
import json
import os
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO / "tests" / "data"

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
EDUCATION = ["High school diploma or equivalent", "Post-secondary certificate", "Associate's degree",
             "Bachelor's degree", "Master's degree", "Doctoral or professional degree"]
EXPERIENCE = ["None", "Less than 1 year", "One to two years", "Two to four years",
              "Extensive experience"]
LEVEL3 = ["Low", "Medium", "High"]
GROWTH = ["Declining Quickly", "Declining Slowly", "Stable", "Growing Slowly", "Growing Quickly"]
ADVANTAGE = ["Weak", "Moderate", "Strong"]
CLASSIFICATIONS = ["AI-Resilient", "AI-Augmented", "AI-Transforming", "AI-Vulnerable"]
INSTITUTIONS = ["public_in_state", "public_out_of_state", "private_nonprofit", "community_college",
                "trade_school", "apprenticeship"]
CREDENTIALS = ["CMA", "RMA", "CPA", "PMP", "CNA", "RN", "CDL", "OSHA 30", "CompTIA A+", "AWS SAA",
               "NCLEX", "ASE", "EPA 608", "CFA", "PE"]

# Plain scalars that a YAML 1.2 core schema would not read as text.
RESOLVES = re.compile(
    r"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|"
    r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")


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


def career(rng, record, onet, narratives):
    """One page's model, from a site record or an O*NET occupation."""
    title = record["title"]
    tasks = list(record.get("tasks") or [])
    skills = [s["example"] if isinstance(s, dict) else s for s in record.get("technology_skills") or []]
    abilities = list(record.get("abilities") or [])
    alternates = list(record.get("alternate_titles") or [])
    related_titles = list(record.get("related") or [])
    if not related_titles:
        related_titles = [o["title"] for o in rng.sample(onet, 4)]
    if not abilities:
        abilities = rng.sample(["Problem Sensitivity", "Oral Comprehension", "Written Comprehension",
                                "Deductive Reasoning", "Inductive Reasoning", "Near Vision",
                                "Information Ordering", "Speech Clarity", "Manual Dexterity",
                                "Selective Attention", "Time Sharing", "Category Flexibility"], 6)
    narrative = rng.choice(narratives)
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
        {"activity": rng.choice(tasks or [title]).rstrip(".").lower(), "share": shares[0]},
        {"activity": rng.choice(tasks or [title]).rstrip(".").lower(), "share": shares[1]},
    ]
    if shares[0] + shares[1] < 100:
        breakdown.append({"activity": "the coordination, documentation and follow-up the role needs",
                          "share": 100 - shares[0] - shares[1], "remainder": True})
    low_cost = rng.randrange(1000, 40000, 500)
    institutions = rng.sample(INSTITUTIONS, rng.randint(1, 4))
    growth = rng.randint(-8, 25)
    factors = [f"{rng.choice(LEVEL3)} Exposure", rng.choice(["Human Skills", "Growing Demand", "Routine Tasks"])]
    explanation = rng.choice([
        "AI augments this work but human judgment remains essential",
        "Much of the routine work can be automated; people still handle the exceptions",
        "The work depends on presence, trust and hands-on skill that AI does not provide",
    ])
    sections = rng.sample(SECTIONS, rng.randint(5, len(SECTIONS)))
    sections.sort(key=SECTIONS.index)
    model = {
        "schema_version": 1,
        "title": title,
        "slug": slugify(title),
        "description": record.get("description"),
        "category": record.get("category") or rng.choice(CATEGORIES),
        "video": rng.random() < 0.6,
        "tasks": tasks[: rng.randint(3, 7)],
        "inside_look": {
            "content": narrative[: 1 if rng.random() < 0.9 else 2],
            "time_breakdown": breakdown,
        },
        "career_progression": {
            "source": rng.choice([None, "levels_fyi"]),
            "match_confidence": rng.choice([None, "exact", "approximate"]),
            "levels": levels,
        },
        "education": {
            "typical_entry_education": rng.choice(EDUCATION),
            "work_experience_required": rng.choice(EXPERIENCE),
            "on_the_job_training": rng.choice(EXPERIENCE),
            "requires_license_or_cert": rng.random() < 0.4,
            "certifications": [{"name": c, "kind": rng.choice(["certification", "license"]),
                                "required": rng.random() < 0.3}
                               for c in rng.sample(CREDENTIALS, rng.randint(0, 3))],
            "education_duration": {"min_years": rng.choice([0.5, 1, 2, 4]),
                                   "max_years": rng.choice([2, 4, 6, 8]),
                                   "typical_years": rng.choice([1, 2, 4])},
            "estimated_cost": {"min_cost": low_cost, "max_cost": low_cost * rng.randint(2, 8)},
            "earning_while_learning": rng.random() < 0.3,
            "cost_by_institution_type": {name: rng.randrange(3000, 90000, 100) for name in institutions},
            "cost_data_source": {"primary": "college board", "year": 2024},
        },
        "ai_assessment": {
            "classification": rng.choice(CLASSIFICATIONS + [None]),
            "classificationRationale": f"{' + '.join(factors)}: {explanation}",
            "factors": factors,
            "explanation": explanation,
            "taskExposure": rng.choice(LEVEL3 + [None]),
            "automationPotential": rng.choice(LEVEL3 + [None]),
            "jobGrowth": {"category": rng.choice(GROWTH), "percentChange": growth,
                          "source": "BLS 2024-2034"},
            "humanAdvantage": {"category": rng.choice(ADVANTAGE)},
        },
        "technology_skills": skills[: rng.randint(3, 8)],
        "abilities": abilities[:10],
        "alternate_titles": alternates[: rng.randint(2, 6)],
        "related_careers": [{"title": t, "slug": slugify(t),
                             "median_pay": rng.choice([None, rng.randrange(25000, 200000, 10)])}
                            for t in related_titles[:3]],
        "last_updated": rng.choice([None, "2026-01-09", "2025-11-20"]),
        "onet_code": record.get("code") or record.get("primary_onet_code"),
        "data_sources": [{"source": "O*NET 30.1 (consolidated)"}, {"source": "BLS OES"}],
        "page": {
            "order": rng.choice(["seed", "current"]),
            "sections": [{"id": sid, "heading": heading} for sid, heading in sections],
            "closing": {
                "question": f"Work as a {title}?",
                "invitation": "Help us make this page better. Share your real-world experience, "
                              "suggest corrections, or tell us what we missed.",
            },
        },
        "unplaced": [],
    }
    return model


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000, help="number of files (10000)")
    parser.add_argument("--out", required=True, help="directory to write into (created)")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="the data directory (default: the tests' sample, tests/data)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (1)")
    args = parser.parse_args()

    site, onet, narratives = load_sources(Path(args.data))
    records = site + onet
    rng = random.Random(args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for index in range(args.count):
        record = records[index % len(records)]
        model = career(rng, record, onet, narratives)
        text = "\n".join(emit(model)) + "\n"
        name = f"{index:05d}-{model['slug'][:60]}.yaml"
        (out / name).write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    print(f"wrote {args.count} files, {total / 1e6:.1f} MB, to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
