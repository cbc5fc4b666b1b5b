#!/usr/bin/env python3
"""Render raw career pages (the text a text extractor keeps of a career page) from a data
set (by default the tests' sample in tests/data), with, for every page, the values a
correct converter must extract.

The layout follows docs/page-layout.md: the `seed` projection is §2/§3, the
`full` projection is the §9 convention, the `current` order is §4's order with only
the seed-era sections (§9, last paragraph). Expected values are computed from the
record, never by reading the rendered page back.

Python 3 standard library only; deterministic (no randomness anywhere).
See tools/README.md for usage and licence notes.
"""

import argparse
import dataclasses
import hashlib
import json
import math
import os
import re
import sys
import time
from dataclasses import dataclass, field
from typing import Optional

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The sample of the data that the tests use (tools/sample_test_data.py made it); --data takes
# a full data set instead.
DEFAULT_DATA = os.path.join(REPO_ROOT, "tests", "data")

# --------------------------------------------------------------------------------------
# Fixed page text (docs/page-layout.md §3)

HEADINGS = {
    "career-video": "🎬Career Video",
    "key-responsibilities": "📋Key Responsibilities",
    "inside-this-career": "💡Inside This Career",
    "career-progression": "📈Career Progression",
    "education": "📚Education & Training",
    "ai-assessment": "🤖AI Resilience Assessment",
    "technology-skills": "💻Technology Skills",
    "key-abilities": "⭐Key Abilities",  # U+2B50 without U+FE0F, as in the seed
    "also-known-as": "🏷️Also Known As",  # U+1F3F7 U+FE0F
    "related-careers": "🔗Related Careers",
    "data-sources": "🔗Data Sources",
}

# Heading emoji (with its variation selector when the site writes one) per section.
HEADING_EMOJI = {
    "career-video": "🎬",
    "key-responsibilities": "📋",
    "inside-this-career": "💡",
    "career-progression": "📈",
    "education": "📚",
    "ai-assessment": "🤖",
    "technology-skills": "💻",
    "key-abilities": "⭐",
    "also-known-as": "🏷️",
    "related-careers": "🔗",
    "data-sources": "🔗",
}

SEED_ORDER = [
    "header", "career-video", "key-responsibilities", "inside-this-career",
    "career-progression", "education", "ai-assessment", "technology-skills",
    "key-abilities", "also-known-as", "related-careers", "data-sources", "closing",
]
CURRENT_ORDER = [
    "header", "career-video", "ai-assessment", "key-responsibilities",
    "inside-this-career", "career-progression", "education", "technology-skills",
    "key-abilities", "also-known-as", "related-careers", "data-sources", "closing",
]
ORDERS = {"seed": SEED_ORDER, "current": CURRENT_ORDER}

AI_H3 = "AI Resilience Assessment"
AI_EXPLAIN_EXPOSURE = "How much of this job involves tasks AI can currently perform"
AI_EXPLAIN_AUTOMATION = "Likelihood that AI replaces workers vs. assists them"
AI_GROWTH_SOURCE = "(BLS 2024-2034)"
AI_EXPLAIN_HUMAN = "How much this role relies on distinctly human capabilities"
AI_BADGE_EMOJI = {
    "AI-Resilient": "🟢",
    "AI-Augmented": "🟡",
    "In Transition": "🟠",
    "High Disruption Risk": "🔴",
}

CLOSING_INVITATION = ("Help us make this page better. Share your real-world experience, "
                      "correct any errors, or add context that helps others.")

COST_ROWS = [  # (record key, page label), page order (§3.6)
    ("public_in_state", "Public (in-state):"),
    ("public_out_of_state", "Public (out-of-state):"),
    ("private_nonprofit", "Private nonprofit:"),
    ("community_college", "Community college:"),
    ("trade_school", "Trade school:"),
    ("apprenticeship", "Apprenticeship:"),
]

TASK_CAP, SKILL_CAP, ABILITY_CAP, ALT_TITLE_CAP, RELATED_CAP = 8, 15, 10, 10, 5

# SOC major group -> site category slug, used only for O*NET occupations that no
# consolidated career lists (checked against careers.json: every career's
# primary_onet_code falls in the group given here).
SOC_CATEGORY = {
    "11": "management", "13": "business-finance", "15": "technology",
    "17": "engineering", "19": "science", "21": "social-services", "23": "legal",
    "25": "education", "27": "arts-media", "29-1": "healthcare-clinical",
    "29-2": "healthcare-technical", "29-9": "healthcare-technical",
    "31": "healthcare-technical", "33": "protective-services", "35": "food-service",
    "37": "building-grounds", "39": "personal-care", "41": "sales",
    "43": "office-admin", "45": "agriculture", "47": "construction",
    "49": "installation-repair", "51": "production", "53": "transportation",
    "55": "military",
}

MIT_NOTICE = ("careers.json and inside-career narratives: MIT licence, "
              "Copyright (c) 2025-2026 American Dream Jobs")
ONET_NOTICE = ("This product includes information from the O*NET 29.3 Database by the "
               "U.S. Department of Labor, Employment and Training Administration "
               "(USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of "
               "USDOL/ETA. careerlint has modified all or some of this information. "
               "USDOL/ETA has not approved, endorsed, or tested these modifications.")

# --------------------------------------------------------------------------------------
# Formatting (docs/page-layout.md §2 rule 2 and §5)

_WS = re.compile(r"[ \t\n\r\f]+")  # HTML white space only; U+00A0 is not collapsed


def clean(text):
    """One extracted line: white-space runs collapsed to one space, trimmed."""
    return _WS.sub(" ", text).strip(" ")


def js_number(value):
    """A number as JavaScript prints it (2.0 -> '2', 0.5 -> '0.5')."""
    if isinstance(value, bool):
        raise TypeError("boolean is not a number")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def money_value(value):
    """The whole-dollar amount the page shows (Intl rounds half away from zero)."""
    if value is None:
        return 0
    return int(math.floor(abs(value) + 0.5)) * (1 if value >= 0 else -1)


def money(value):
    if value is None:
        return "$0"
    dollars = money_value(value)
    text = "${:,}".format(abs(dollars))
    return "-" + text if dollars < 0 else text


def growth_text(percent):
    if percent > 0:
        return "+" + js_number(percent) + "%"
    return js_number(percent) + "%"


def growth_category(percent):
    if percent < -10:
        return "Declining Quickly"
    if percent < 0:
        return "Declining Slowly"
    if percent <= 5:
        return "Stable"
    if percent <= 15:
        return "Growing Slowly"
    return "Growing Quickly"


def title_slug(title):
    """Narrative file name of a title (american-dream-jobs SOURCE.md): cut to 60."""
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]


def full_slug(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def number_or_none(value):
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# --------------------------------------------------------------------------------------
# Time breakdown of a narrative's first paragraph (docs/page-layout.md §6)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")
# A share: "50%" not part of a range ("60-70%") and not "35%+".
_SHARE = re.compile(r"(?<![\d.\-–])(\d{1,3}(?:\.\d+)?)\s?%(?!\+)")
_RANGE = re.compile(r"\d+(?:\.\d+)?\s?%?\s?(?:-|–|to)\s?\d+(?:\.\d+)?\s?%")
_PERCENT_WORD = re.compile(r"\d+(?:\.\d+)?\s+percent\b", re.I)
_OF_TIME = re.compile(r"^\s+of\s+(?:[a-z]+\s+){0,2}time\b")
_ANOTHER = re.compile(r"\b[Aa]nother\s+$")
_EXPLICIT_REMAINDER = re.compile(r"\b[Tt]he\s+remaining\s+$")
_QUALIFIED = re.compile(r"\b\d+\s?% of (?:[a-z]+ )?time (?:for|during)\b|^Perhaps during\b")
_LIST_BEFORE = re.compile(r",\s+(?:and\s+)?$")
_LIST_AFTER = re.compile(r"^\s+(?:to|goes\s+to|go\s+to|involves|addresses|covers|on|for)\b")
_REMAINDER = re.compile(
    r"\b(?:[Tt]he\s+remaining\s+time|[Tt]he\s+remainder\b|[Tt]he\s+rest\s+of\s+"
    r"(?:the\s+|their\s+|the\s+working\s+)?time)")
_WORD_SHARE = re.compile(
    r"\b(?:(?:roughly|about|nearly|perhaps|almost)\s+)?(?:half|a\s+third|one\s+third|"
    r"two\s+thirds|a\s+quarter|the\s+majority|most)\s+(?:of\s+)?(?:their\s+|the\s+|"
    r"his\s+or\s+her\s+)?(?:time|day|shift|workday)\b", re.I)


def _to_number(text):
    number = float(text)
    return int(number) if number.is_integer() else number


def sentences_with_offsets(paragraph):
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        yield start, paragraph[start:match.start()]
        start = match.end()
    yield start, paragraph[start:]


def time_breakdown(paragraph):
    """Shares stated in `paragraph`, in text order, as [{share, remainder}], and notes on
    anything left unread (ranges, shares in words, percentages with no time cue).

    Rules (all within one paragraph, the narrative's first):
    * N% is a time share when it is followed by "of [up to two words] time"
      ("of time", "of shift time", "of working time", "of their time"), or preceded by
      "Another"/"another", or is the first percentage of a sentence that starts with
      "Perhaps", or continues a list inside a sentence that already stated a share
      (", 20% to …", ", and 10% to …").
    * "the remaining N%" is the remainder with an explicit share.
    * "the remaining time", "the remainder", "the rest of (the|their) time" is the
      remainder; its share is 100 minus the stated shares. It counts only after at
      least one numeric share; only the first remainder phrase counts.
    * "remaining" in any other sense ("while remaining calm") is not a remainder.
    * Ranges ("60-70%"), shares in words ("roughly half their time") and "N percent"
      are not read; they are reported in the notes.
    """
    entries = []  # (position, share or None, is_remainder)
    notes = []
    for offset, sentence in sentences_with_offsets(paragraph):
        shares_in_sentence = 0
        first_percent = True
        for match in _SHARE.finditer(sentence):
            before, after = sentence[:match.start()], sentence[match.end():]
            value = _to_number(match.group(1))
            is_first = first_percent
            first_percent = False
            if _EXPLICIT_REMAINDER.search(before):
                entries.append((offset + match.start(), value, True))
                shares_in_sentence += 1
                continue
            cue = (_OF_TIME.match(after) or _ANOTHER.search(before)
                   or (is_first and sentence.startswith("Perhaps"))
                   or (shares_in_sentence and _LIST_BEFORE.search(before)
                       and _LIST_AFTER.match(after)))
            if cue:
                entries.append((offset + match.start(), value, False))
                shares_in_sentence += 1
                if _QUALIFIED.search(sentence):
                    notes.append("share read, but qualified: " + _excerpt(sentence, match))
            else:
                notes.append("percentage with no time cue: " + _excerpt(sentence, match))
        for match in _RANGE.finditer(sentence):
            notes.append("range not read as a share: " + _excerpt(sentence, match))
        for match in _PERCENT_WORD.finditer(sentence):
            notes.append("'percent' spelled out: " + _excerpt(sentence, match))
        for match in _WORD_SHARE.finditer(sentence):
            notes.append("share in words not read: " + _excerpt(sentence, match))
    stated = [e for e in entries if not e[2]]
    explicit_remainders = [e for e in entries if e[2]]
    if not stated and not explicit_remainders:
        return [], notes
    remainder_phrases = [m.start() for m in _REMAINDER.finditer(paragraph)
                         if m.start() > min(e[0] for e in entries)]
    if explicit_remainders:
        if len(explicit_remainders) > 1:
            notes.append("more than one explicit remainder")
        if remainder_phrases:
            notes.append("explicit remainder and a remainder phrase")
        remainder = explicit_remainders[0]
    elif remainder_phrases:
        if len(remainder_phrases) > 1:
            notes.append("more than one remainder phrase; the first counts")
        remainder = (remainder_phrases[0], 100 - sum(e[1] for e in stated), True)
    else:
        remainder = None
    ordered = sorted(stated + ([remainder] if remainder else []), key=lambda e: e[0])
    result = [{"share": number_or_none(e[1]), "remainder": e[2]} for e in ordered]
    return result, notes


def _excerpt(sentence, match, width=40):
    start = max(0, match.start() - width)
    end = min(len(sentence), match.end() + width)
    return ("…" if start else "") + sentence[start:end] + ("…" if end < len(sentence) else "")


def split_paragraphs(content):
    """Inside This Career paragraphs: split on blank lines, each collapsed (§3.4)."""
    return [p for p in (clean(part) for part in content.split("\n\n")) if p]


# --------------------------------------------------------------------------------------
# The page data: one normalised record, whatever its source


@dataclass
class Education:
    typical_entry_education: Optional[str]
    work_experience_required: Optional[str]
    on_the_job_training: Optional[str]
    requires_license_or_cert: bool = False
    duration: Optional[dict] = None  # {min_years, max_years, typical_years}
    estimated_cost: Optional[dict] = None  # {min_cost, max_cost}
    earning_while_learning: bool = False
    cost_rows: list = field(default_factory=list)  # [(key, label, amount text, value)]
    cost_data_source: Optional[dict] = None  # {primary, year}


@dataclass
class AiAssessment:
    rationale: str
    classification: Optional[str]
    task_exposure: Optional[str]
    automation_potential: Optional[str]
    percent_change: Optional[float]
    human_advantage: Optional[str]


@dataclass
class Career:
    source: str  # careers | onet
    record: str  # careers.json slug or O*NET-SOC code
    slug: str  # the slug used for related-career exclusion
    title: str
    description: Optional[str]
    category: Optional[str]
    video: bool
    tasks: list
    inside: Optional[str]  # inside_look.content; None = no section
    progression: Optional[dict]
    education: Optional[Education]
    ai: Optional[AiAssessment]
    technology_skills: list
    abilities: list
    alternate_titles: list
    last_updated: Optional[str]
    onet_code: Optional[str]
    data_sources: list
    notes: list = field(default_factory=list)  # where the values came from
    position: int = 0  # 0-based position of the record in its source file


def education_from_careers(edu):
    if not edu:
        return None
    duration = edu.get("education_duration") or edu.get("time_to_job_ready")
    if duration:
        duration = {"min_years": number_or_none(duration.get("min_years")),
                    "max_years": number_or_none(duration.get("max_years")),
                    "typical_years": number_or_none(duration.get("typical_years"))}
    cost = edu.get("estimated_cost")
    if cost:
        cost = {"min_cost": money_value(cost.get("min_cost")),
                "max_cost": money_value(cost.get("max_cost"))}
    rows = []
    by_type = edu.get("cost_by_institution_type") or {}
    for key, label in COST_ROWS:
        row = by_type.get(key)
        if not row:
            continue
        if key == "apprenticeship":
            amount = row.get("cost", row.get("total"))
            text = "$0 (paid training)" if amount == 0 else money(amount)
        else:
            amount = row.get("total")
            text = money(amount)
        rows.append((key, label, text, money_value(amount)))
    source = edu.get("cost_data_source")
    if source and source.get("primary"):
        source = {"primary": source["primary"].replace("_", " "), "year": source.get("year")}
    else:
        source = None
    ready = edu.get("time_to_job_ready") or {}
    return Education(
        typical_entry_education=edu.get("typical_entry_education"),
        work_experience_required=edu.get("work_experience_required"),
        on_the_job_training=edu.get("on_the_job_training"),
        requires_license_or_cert=bool(edu.get("requires_license_or_cert")),
        duration=duration, estimated_cost=cost,
        earning_while_learning=bool(ready.get("earning_while_learning")),
        cost_rows=rows, cost_data_source=source)


def ai_from_careers(assessment, ai_risk):
    """v2 record fields mapped to the seed-era metrics (docs/page-layout.md §9)."""
    if not assessment:
        return None
    exposure = (assessment.get("aiExposure") or {}).get("label")
    risk = (ai_risk or {}).get("label")
    if risk in ("very_low", "low"):
        automation = "Low"
    elif risk in ("very_high", "high"):
        automation = "High"
    else:
        automation = exposure
    return AiAssessment(
        rationale=assessment.get("classificationRationale") or "",
        classification=assessment.get("classification"),
        task_exposure=exposure,
        automation_potential=automation,
        percent_change=(assessment.get("jobGrowth") or {}).get("percentChange"),
        human_advantage=(assessment.get("humanAdvantage") or {}).get("category"))


def progression_from_careers(prog):
    if not prog or prog.get("levels") is None:
        return None
    levels = []
    for level in prog["levels"]:
        years = level.get("years_experience") or {}
        total = (level.get("compensation") or {}).get("total") or {}
        levels.append({"level_number": level.get("level_number"),
                       "level_name": level.get("level_name"),
                       "years": (years.get("min"), years.get("max")),
                       "median": total.get("median"), "min": total.get("min"),
                       "max": total.get("max")})
    return {"source": prog.get("source"), "match_confidence": prog.get("match_confidence"),
            "levels": levels}


def career_from_record(r, position=0):
    inside = r.get("inside_look")
    return Career(
        position=position,
        source="careers", record=r["slug"], slug=r["slug"], title=r["title"],
        description=r.get("description"), category=r.get("category"),
        video=bool(r.get("video")), tasks=list(r.get("tasks") or []),
        inside=None if not inside else (inside.get("content") or ""),
        progression=progression_from_careers(r.get("career_progression")),
        education=education_from_careers(r.get("education")),
        ai=ai_from_careers(r.get("ai_assessment"), r.get("ai_risk")),
        technology_skills=list(r.get("technology_skills") or []),
        abilities=list(r.get("abilities") or []),
        alternate_titles=list(r.get("alternate_titles") or []),
        last_updated=r.get("last_updated"), onet_code=r.get("onet_code"),
        data_sources=[s.get("source") for s in (r.get("data_sources") or [])
                      if s.get("source")])


def career_from_onet(occ, narratives, parents, position=0):
    """An O*NET occupation as a page. Category, video flag and AI assessment come from
    the consolidated careers.json career that lists the occupation among its
    specialization_slugs (O*NET has none of them); otherwise the category follows
    the SOC major group and there is no video and no AI section."""
    slug = title_slug(occ["title"])
    narrative_file = slug if slug in narratives else None
    if narrative_file is None and full_slug(occ["title"]) in narratives:
        narrative_file = full_slug(occ["title"])
    parent = parents.get(full_slug(occ["title"])) or parents.get(slug)
    notes = []
    if parent:
        category = parent["category"]
        notes.append("category, video and AI assessment from careers.json '%s'" % parent["slug"])
    else:
        code = occ["code"]
        category = SOC_CATEGORY.get(code[:4]) or SOC_CATEGORY.get(code[:2])
        notes.append("category from SOC major group")
    if narrative_file:
        notes.append("narrative inside-career/%s.md" % narrative_file)
    edu = occ.get("education")
    education = None
    if edu:
        education = Education(typical_entry_education=edu.get("required_level"),
                              work_experience_required=edu.get("related_work_experience"),
                              on_the_job_training=edu.get("on_the_job_training"))
    return Career(
        position=position,
        source="onet", record=occ["code"], slug=full_slug(occ["title"]), title=occ["title"],
        description=occ.get("description"), category=category,
        video=bool(parent and parent.get("video")), tasks=list(occ.get("tasks") or []),
        inside=narratives[narrative_file] if narrative_file else None,
        progression=None, education=education,
        ai=ai_from_careers(parent.get("ai_assessment"), parent.get("ai_risk")) if parent else None,
        technology_skills=[s["example"] for s in occ.get("technology_skills") or []],
        abilities=list(occ.get("abilities") or []),
        alternate_titles=list(occ.get("alternate_titles") or []),
        last_updated=None, onet_code=occ["code"], data_sources=[], notes=notes)


class Data:
    """The data set, loaded once."""

    def __init__(self, data_dir):
        adj = os.path.join(data_dir, "american-dream-jobs")
        with open(os.path.join(adj, "careers.json"), encoding="utf-8") as f:
            self.careers = json.load(f)
        self.narratives = {}
        inside_dir = os.path.join(adj, "inside-career")
        for name in sorted(os.listdir(inside_dir)):
            if name.endswith(".md"):
                with open(os.path.join(inside_dir, name), encoding="utf-8") as f:
                    self.narratives[name[:-3]] = f.read()
        with open(os.path.join(data_dir, "onet", "occupations.jsonl"),
                  encoding="utf-8") as f:
            self.occupations = [json.loads(line) for line in f if line.strip()]
        self.parents = {}
        for r in self.careers:
            for s in r.get("specialization_slugs") or []:
                self.parents.setdefault(s, r)  # two slugs have two parents: first wins
        # The careers index of §3.11: (category, slug, title, median pay), in file order; the
        # site's own index file, which lists every career even where careers.json is a sample.
        with open(os.path.join(adj, "careers-index.json"), encoding="utf-8") as f:
            self.index = [(r.get("category"), r["slug"], r["title"], r.get("median_pay"))
                          for r in json.load(f)]

    def career(self, slug):
        """The first careers.json record with this slug (the file has one slug twice)."""
        position = next(i for i, r in enumerate(self.careers) if r["slug"] == slug)
        return career_from_record(self.careers[position], position)

    def occupation(self, code):
        position = next(i for i, o in enumerate(self.occupations) if o["code"] == code)
        return career_from_onet(self.occupations[position], self.narratives, self.parents,
                                position)

    def related(self, career):
        """Same category, other slug, by median pay descending (stable), first 5."""
        if not career.category:
            return []
        same = [(title, pay) for category, slug, title, pay in self.index
                if category == career.category and slug != career.slug]
        same.sort(key=lambda item: -(item[1] or 0))
        return same[:RELATED_CAP]


# --------------------------------------------------------------------------------------
# Rendering

@dataclass
class Line:
    section: str  # a section id, "header" or "closing"
    kind: str  # title | description | heading | item | text
    text: str


def item(section, glyph, text):
    return Line(section, "item", "- " + clean(glyph + clean(text)))


def render_lines(c, related, projection, order):
    """The page as structured lines, in page order."""
    full = projection == "full"
    out = {}
    out["header"] = [Line("header", "title", clean(c.title))]
    if c.description and clean(c.description):
        out["header"].append(Line("header", "description", clean(c.description)))

    def section(sid, body):
        out[sid] = [Line(sid, "heading", HEADINGS[sid])] + body

    def text(sid, value):
        return Line(sid, "text", clean(value))

    if c.video:
        section("career-video", [])
    if c.tasks:
        section("key-responsibilities",
                [item("key-responsibilities", "•", t) for t in c.tasks[:TASK_CAP]])
    if c.inside is not None:
        section("inside-this-career",
                [text("inside-this-career", p) for p in split_paragraphs(c.inside)])
    if c.progression is not None:
        body = []
        if full:
            sid = "career-progression"
            for level in c.progression["levels"]:
                low, high = level["years"]
                body += [text(sid, js_number(level["level_number"])),
                         text(sid, level["level_name"] or ""),
                         text(sid, "%s-%s years experience" % (js_number(low), js_number(high))),
                         text(sid, money(level["median"])),
                         text(sid, "%s - %s" % (money(level["min"]), money(level["max"])))]
            if c.progression["source"] == "levels_fyi":
                body.append(text(sid, "Data source: Levels.fyi (%s match)"
                                 % c.progression["match_confidence"]))
        section("career-progression", [line for line in body if line.text])
    if c.education is not None:
        e, sid = c.education, "education"
        body = [text(sid, "Requirements"),
                item(sid, "•", "Entry Education: " + (e.typical_entry_education or "")),
                item(sid, "•", "Experience: " + (e.work_experience_required or "")),
                item(sid, "•", "On-the-job Training: " + (e.on_the_job_training or ""))]
        if e.requires_license_or_cert:
            body.append(item(sid, "!", "License or certification required"))
        body.append(text(sid, "Time & Cost"))
        if full:
            body.append(text(sid, "Education Duration"))
            body.append(text(sid, duration_text(e.duration)))
            body.append(text(sid, "Estimated Education Cost"))
            body.append(text(sid, "%s - %s" % (money(e.estimated_cost["min_cost"]),
                                               money(e.estimated_cost["max_cost"]))
                             if e.estimated_cost else "Varies"))
            if e.earning_while_learning:
                body.append(text(sid, "Can earn while learning"))
            body += [text(sid, label + amount) for _, label, amount, _ in e.cost_rows]
            if e.cost_data_source:
                body.append(text(sid, "Source: %s (%s)" % (e.cost_data_source["primary"],
                                                           e.cost_data_source["year"])))
        section(sid, body)
    if c.ai is not None:
        a, sid = c.ai, "ai-assessment"
        body = [text(sid, AI_H3)]
        if clean(a.rationale):
            body.append(text(sid, a.rationale))
        if full:
            if a.classification:
                body.append(text(sid, AI_BADGE_EMOJI.get(a.classification, "")
                                 + a.classification))
            body += [text(sid, "Task Exposure"), text(sid, a.task_exposure or ""),
                     text(sid, AI_EXPLAIN_EXPOSURE),
                     text(sid, "Automation Risk"), text(sid, a.automation_potential or ""),
                     text(sid, AI_EXPLAIN_AUTOMATION), text(sid, "Job Growth")]
            if a.percent_change is not None:
                body += [text(sid, growth_category(a.percent_change)),
                         text(sid, growth_text(a.percent_change) + " over 10 years")]
            body += [text(sid, AI_GROWTH_SOURCE), text(sid, "Human Advantage"),
                     text(sid, a.human_advantage or ""), text(sid, AI_EXPLAIN_HUMAN)]
        else:
            body += [text(sid, AI_EXPLAIN_EXPOSURE), text(sid, AI_EXPLAIN_AUTOMATION),
                     text(sid, AI_GROWTH_SOURCE), text(sid, AI_EXPLAIN_HUMAN)]
        section(sid, [line for line in body if line.text])
    if c.technology_skills:
        sid = "technology-skills"
        section(sid, [text(sid, s) for s in c.technology_skills[:SKILL_CAP]] if full else [])
    if c.abilities:
        sid = "key-abilities"
        section(sid, [text(sid, "•" + clean(a)) for a in c.abilities[:ABILITY_CAP]]
                if full else [])
    if c.alternate_titles:
        sid, body = "also-known-as", []
        if full:
            body = [text(sid, t) for t in c.alternate_titles[:ALT_TITLE_CAP]]
            if len(c.alternate_titles) > ALT_TITLE_CAP:
                body.append(text(sid, "+%d more" % (len(c.alternate_titles) - ALT_TITLE_CAP)))
        section(sid, body)
    if related:
        sid = "related-careers"
        body = [text(sid, "Other careers in " + c.category)]
        if full:
            for title, pay in related:
                body += [text(sid, title), text(sid, money(pay) + "/yr")]
        section(sid, body)
    body = []
    if full:
        sid = "data-sources"
        if c.last_updated:
            body.append(text(sid, "Last updated: " + c.last_updated))
        if c.onet_code:
            body.append(text(sid, "O*NET Code: " + c.onet_code))
        body += [text(sid, s + " ↗") for s in c.data_sources]
    section("data-sources", body)
    out["closing"] = [Line("closing", "text", closing_question(c.title)),
                      Line("closing", "text", CLOSING_INVITATION)]
    lines = []
    for sid in ORDERS[order]:
        lines += out.get(sid, [])
    return lines


def duration_text(duration):
    if not duration:
        return "Varies"
    text = "%s-%s years" % (js_number(duration["min_years"]), js_number(duration["max_years"]))
    if duration.get("typical_years") is not None:
        text += " (typically %s)" % js_number(duration["typical_years"])
    return text


def closing_question(title):
    return clean("Work as a %s?" % title.split(",", 1)[0])


# --------------------------------------------------------------------------------------
# Expected values (from the record, never from the page)

def label_value(value):
    value = clean(value or "")
    return value or None


def expected_values(c, related, projection):
    full = projection == "full"
    exp = {
        "title": clean(c.title),
        "description": label_value(c.description),
        "category": c.category if related else None,
        "video": c.video,
        "tasks": [clean(t) for t in c.tasks[:TASK_CAP]],
        "inside_look": None,
        "career_progression": None,
        "education": None,
        "ai_assessment": None,
        "technology_skills": [clean(s) for s in c.technology_skills[:SKILL_CAP]] if full else [],
        "abilities": [clean(a) for a in c.abilities[:ABILITY_CAP]] if full else [],
        "alternate_titles": [clean(t) for t in c.alternate_titles[:ALT_TITLE_CAP]] if full else [],
        "related_careers": [{"title": clean(t), "median_pay": money_value(p)}
                            for t, p in related] if full else [],
        "last_updated": c.last_updated if full else None,
        "onet_code": c.onet_code if full else None,
        "data_sources": [{"source": clean(s)} for s in c.data_sources] if full else [],
    }
    if c.inside is not None:
        paragraphs = split_paragraphs(c.inside)
        breakdown, _ = time_breakdown(paragraphs[0]) if paragraphs else ([], [])
        exp["inside_look"] = {"content": paragraphs, "time_breakdown": breakdown}
    if c.progression is not None:
        p = c.progression
        levels_fyi = full and p["source"] == "levels_fyi"
        exp["career_progression"] = {
            "source": "levels_fyi" if levels_fyi else None,
            "match_confidence": p["match_confidence"] if levels_fyi else None,
            "levels": [{"level_number": lv["level_number"], "level_name": lv["level_name"],
                        "years_experience": {"min": number_or_none(lv["years"][0]),
                                             "max": number_or_none(lv["years"][1])},
                        "compensation": {"total": {"median": money_value(lv["median"]),
                                                   "min": money_value(lv["min"]),
                                                   "max": money_value(lv["max"])}}}
                       for lv in p["levels"]] if full else []}
    if c.education is not None:
        e = c.education
        exp["education"] = {
            "typical_entry_education": label_value(e.typical_entry_education),
            "work_experience_required": label_value(e.work_experience_required),
            "on_the_job_training": label_value(e.on_the_job_training),
            "requires_license_or_cert": e.requires_license_or_cert,
            "education_duration": e.duration if full else None,
            "estimated_cost": e.estimated_cost if full else None,
            "earning_while_learning": e.earning_while_learning if full else False,
            "cost_by_institution_type": {key: value for key, _, _, value in e.cost_rows}
            if full else {},
            "cost_data_source": e.cost_data_source if full else None,
        }
    if c.ai is not None:
        a = c.ai
        exp["ai_assessment"] = {
            "classification": a.classification if full else None,
            "classificationRationale": label_value(a.rationale),
            "taskExposure": label_value(a.task_exposure) if full else None,
            "automationPotential": label_value(a.automation_potential) if full else None,
            "jobGrowth": {
                "category": growth_category(a.percent_change)
                if full and a.percent_change is not None else None,
                "percentChange": number_or_none(a.percent_change) if full else None,
                "source": AI_GROWTH_SOURCE.strip("()"),
            },
            "humanAdvantage": {"category": label_value(a.human_advantage) if full else None},
        }
    return exp


def page_layout(lines, order):
    """expected.page: order, sections (id, verbatim heading, fixed labels), closing."""
    sections = []
    labels_of = {
        "education": {"Requirements", "Time & Cost", "Education Duration",
                      "Estimated Education Cost"},
        "ai-assessment": {AI_H3, AI_EXPLAIN_EXPOSURE, AI_EXPLAIN_AUTOMATION, AI_EXPLAIN_HUMAN,
                          "Task Exposure", "Automation Risk", "Job Growth", "Human Advantage"},
    }
    for line in lines:
        if line.kind == "heading":
            sections.append({"id": line.section, "heading": line.text})
        elif sections and line.section == sections[-1]["id"] and line.kind == "text":
            is_label = (line.text in labels_of.get(line.section, ())
                        or (line.section == "also-known-as"
                            and re.fullmatch(r"\+\d+ more", line.text)))
            if is_label:
                sections[-1].setdefault("labels", []).append(line.text)
    closing = [line.text for line in lines if line.section == "closing"]
    # The two orders differ only in whether the AI section stands before or after the sections
    # from Key Responsibilities to Education: without the AI section and one of those, a reader
    # of the page cannot tell the orders apart.
    ids = {section["id"] for section in sections}
    if "ai-assessment" not in ids or not ids & {"key-responsibilities", "inside-this-career",
                                                "career-progression", "education"}:
        order = "unknown"
    return {"order": order, "sections": sections,
            "closing": {"question": closing[0], "invitation": closing[1]}
            if len(closing) == 2 else None}


# --------------------------------------------------------------------------------------
# Pages and variants

@dataclass
class Page:
    name: str
    text: str
    expected: dict


def build_page(data, c, projection, order, name, variant=None, covers=None):
    related = data.related(c)
    lines = render_lines(c, related, projection, order)
    exp = expected_values(c, related, projection)
    unplaced = []
    final_newline, crlf, bom = False, False, False
    for step in (variant or []):
        kind = step[0]
        if kind == "headings":  # rewrite headings: step[1] maps section id -> heading
            for line in lines:
                if line.kind == "heading" and line.section in step[1]:
                    line.text = step[1][line.section]
        elif kind == "bullets":  # list items take the step[1] styles in turn
            styles, n, position = step[1], 0, {}
            for line in lines:
                if line.kind == "item" and line.section in step[2]:
                    position[line.section] = position.get(line.section, 0) + 1
                    if not line.text.startswith("- •"):
                        continue  # the licence line keeps its own form
                    style = styles[n % len(styles)]
                    n += 1
                    line.text = (style.replace("{n}", str(position[line.section]))
                                 .replace("{text}", line.text[3:]))
        elif kind == "insert-before":  # unknown section before a section heading
            at = next(i for i, line in enumerate(lines)
                      if line.kind == "heading" and line.section == step[1])
            lines[at:at] = [Line("unknown", "text", t) for t in step[2]]
        elif kind == "title-only":
            lines = lines[:1]
            exp = {key: (False if key == "video" else [] if isinstance(value, list) else None)
                   for key, value in exp.items()}
            exp["title"] = lines[0].text
        elif kind == "final-newline":
            final_newline = True
        elif kind == "crlf":
            crlf = True
        elif kind == "bom":
            bom = True
        else:
            raise ValueError("unknown variant step " + kind)
    for number, line in enumerate(lines, start=1):
        if line.section == "unknown":
            unplaced.append({"line": number, "text": line.text})
    exp["page"] = page_layout(lines, order)
    exp["unplaced"] = unplaced
    newline = "\r\n" if crlf else "\n"
    text = newline.join(line.text for line in lines) + (newline if final_newline else "")
    if bom:
        text = "\ufeff" + text
    meta = {"source": c.source, "record": c.record, "position": c.position,
            "projection": projection, "order": order,
            "line_endings": "CRLF" if crlf else "LF", "bom": bom,
            "final_newline": final_newline, "notes": c.notes}
    if covers:
        meta["covers"] = covers
    expected = {"meta": meta}
    expected.update(exp)
    return Page(name, text, expected)


def json_bytes(value):
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


class DirectorySink:
    """Writes files into a directory."""

    def __init__(self, directory):
        self.directory = directory
        os.makedirs(directory, exist_ok=True)

    def put(self, name, data):
        with open(os.path.join(self.directory, name), "wb") as f:
            f.write(data)


class CompareSink:
    """Compares files with what a directory holds, without writing (--check)."""

    def __init__(self, directory):
        self.directory = directory
        self.names = set()
        self.problems = []

    def put(self, name, data):
        self.names.add(name)
        path = os.path.join(self.directory, name)
        if not os.path.exists(path):
            self.problems.append("missing: " + path)
            return
        with open(path, "rb") as f:
            if f.read() != data:
                self.problems.append("differs: " + path)

    def finish(self):
        if os.path.isdir(self.directory):
            for name in sorted(os.listdir(self.directory)):
                if (name.endswith(".txt") or name.endswith(".json")) and name not in self.names:
                    self.problems.append("not generated: " + os.path.join(self.directory, name))
        return self.problems


def write_page(sink, page):
    data = page.text.encode("utf-8")
    sink.put(page.name + ".txt", data)
    sink.put(page.name + ".expected.json", json_bytes(page.expected))
    return {"file": page.name + ".txt", "expected": page.name + ".expected.json",
            "source": page.expected["meta"]["source"], "record": page.expected["meta"]["record"],
            "title": page.expected["title"], "projection": page.expected["meta"]["projection"],
            "order": page.expected["meta"]["order"],
            "lines": page.text.count("\n") + (0 if page.text.endswith("\n") else 1),
            "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def write_index(sink, options, entries):
    counts = {}
    for e in entries:
        key = "%s/%s/%s" % (e["source"], e["projection"], e["order"])
        counts[key] = counts.get(key, 0) + 1
    index = {"generator": "tools/gen_pages.py", "options": options,
             "layout": "docs/page-layout.md", "pages": len(entries), "counts": counts,
             "licences": [MIT_NOTICE, "O*NET 29.3: CC BY 4.0. " + ONET_NOTICE],
             "entries": entries}
    sink.put("index.json", json_bytes(index))


def both(value, choices):
    return list(choices) if value == "both" else [value]


def generate(data, args):
    sink = DirectorySink(args.out)
    records = []
    careers = ([career_from_record(r, i) for i, r in enumerate(data.careers)]
               if args.source != "onet" else [])
    onet = ([career_from_onet(o, data.narratives, data.parents, i)
             for i, o in enumerate(data.occupations)] if args.source != "careers" else [])
    # Interleave the sources so that a --count cap still draws from both.
    for i in range(max(len(careers), len(onet))):
        records += careers[i:i + 1] + onet[i:i + 1]
    variants = [(projection, order) for projection in both(args.projection, ("seed", "full"))
                for order in both(args.order, ("seed", "current"))]
    entries, stems = [], set()
    for c in records:
        stem = "%s-%s" % (c.source, c.record)
        if stem in stems:  # careers.json has "production-workers" twice
            stem = "%s-%d" % (stem, c.position)
        stems.add(stem)
        for projection, order in variants:
            if args.count is not None and len(entries) >= args.count:
                break
            page = build_page(data, c, projection, order,
                              "%s.%s-%s" % (stem, projection, order))
            entries.append(write_page(sink, page))
    options = {"source": args.source, "projection": args.projection, "order": args.order,
               "count": args.count}
    write_index(sink, options, entries)
    return entries


# --------------------------------------------------------------------------------------
# Committed fixtures (tests/fixtures/pages): each one a real record plus, where the
# variant needs it, a transformation or a documented override of the record.

YAML_TRICKY_SKILLS = ["C++", "C#", "!Important", "@mention", "Key: Value", "# hash",
                      "\"quoted\"", "it's", "true", "null", "123", "2024", "no",
                      "yes", "~", "50%", "[brackets]", "{braces}", "a: b # c", "|pipe",
                      "&anchor", "*alias", "`backtick`"]

NO_EMOJI = {sid: heading[len(HEADING_EMOJI[sid]):] for sid, heading in HEADINGS.items()}
WITH_AND_WITHOUT_FE0F = {  # U+FE0F added after some emoji, dropped from the tag emoji
    "career-video": "🎬\ufe0fCareer Video",
    "key-responsibilities": "📋Key Responsibilities",
    "inside-this-career": "💡\ufe0fInside This Career",
    "education": "📚Education & Training",
    "ai-assessment": "🤖\ufe0fAI Resilience Assessment",
    "technology-skills": "💻\ufe0fTechnology Skills",
    "key-abilities": "⭐\ufe0fKey Abilities",
    "also-known-as": "🏷Also Known As",
    "related-careers": "🔗\ufe0fRelated Careers",
    "data-sources": "🔗Data Sources",
}


def fixture_specs(data):
    """(name, career, projection, order, variant steps, what it covers)."""
    def career(slug, **override):
        return dataclasses.replace(data.career(slug), **override)

    def occupation(code, **override):
        return dataclasses.replace(data.occupation(code), **override)

    def education_override(slug, **override):
        return dataclasses.replace(data.career(slug).education, **override)

    specs = [
        ("seed-order-empty-sections", career("medical-assistants"), "seed", "seed", [],
         "seed projection, seed order: heading-only sections exactly as in the real seed "
         "(same record as the seed page, today's data)"),
        ("seed-order-filled", career("surgical-technologists"), "full", "seed", [],
         "full projection (§9), seed order: every section with its div/span text"),
        ("current-order-filled", career("surgical-technologists"), "full", "current", [],
         "full projection, current order (AI section right after the video)"),
        ("current-order-seed-projection", career("surgical-technologists"), "seed", "current",
         [], "seed projection, current order"),
        ("site-empty-sections", career("dental-assistants", inside="",
                                       progression=dict(data.career("dental-assistants")
                                                        .progression, levels=[])),
         "full", "seed", [],
         "the two sections the site itself can print empty: career_progression.levels "
         "= [] and inside_look.content = '' (record overridden)"),
        ("crlf-line-endings", career("dental-assistants"), "seed", "seed", [("crlf",)],
         "CRLF line endings"),
        ("no-emoji-headings", career("dental-assistants"), "seed", "seed",
         [("headings", NO_EMOJI)], "section headings without their emoji"),
        ("emoji-variation-selectors", career("dental-assistants"), "full", "seed",
         [("headings", WITH_AND_WITHOUT_FE0F)],
         "U+FE0F added after some heading emoji, dropped after 🏷 (U+1F3F7)"),
        ("bullet-styles", career("dental-assistants"), "seed", "seed",
         [("bullets", ["- •{text}", "•{text}", "- {text}", "* {text}", "{n}. {text}"],
           ("key-responsibilities", "education"))],
         "list items as '- •x', '•x', '- x', '* x', 'N. x' (tasks and requirement lines)"),
        ("requirements-labels-without-values", occupation("11-3071.00"), "seed", "seed", [],
         "'- •Entry Education:', '- •Experience:', '- •On-the-job Training:' with no value "
         "(O*NET occupation with a Job Zone but no education/experience/training rows); "
         "a title with commas ('Work as a Transportation?')"),
        ("unknown-section", career("dental-assistants"), "seed", "seed",
         [("insert-before", "data-sources",
           ["🧪Lab Notes", "Samples are logged twice a day.",
            "- •Autoclave check at 7 a.m."])],
         "a heading the layout does not have, with lines under it (all unplaced)"),
        ("title-only", career("dental-assistants"), "seed", "seed", [("title-only",)],
         "a page that is only its title line"),
        ("no-final-newline", occupation("51-2021.00"), "seed", "seed", [],
         "last line without a newline (as the site's extraction)"),
        ("final-newline", occupation("51-2021.00"), "seed", "seed", [("final-newline",)],
         "the same page with a final LF"),
        ("utf8-bom", occupation("51-2021.00"), "seed", "seed", [("bom",)],
         "UTF-8 byte order mark before the title"),
        ("license-flag-absent", career("home-health-aides"), "seed", "seed", [],
         "education section without the '- !License or certification required' line"),
        ("ai-metrics-filled", career("emergency-medical-technicians"), "full", "seed", [],
         "AI section with badge, metric names, values and the growth line (full)"),
        ("ai-growth-declining", career("communications-equipment-operators"), "full", "current", [],
         "AI section with a negative percentChange ('-N% over 10 years'), current order"),
        ("inside-with-remaining-in-other-sense",
         occupation("33-3051.04"), "seed", "seed", [],
         "narrative whose first paragraph says 'while remaining alert' (not a remainder)"),
        ("breakdown-single-sentence-list", occupation("11-1031.00"), "seed", "seed", [],
         "'Perhaps 30% …, another 30% to …, 20% to …, and the remainder to …' in one sentence"),
        ("breakdown-explicit-remaining-number", occupation("11-1011.00"), "seed", "seed", [],
         "'… and the remaining 40% to …' (explicit remainder share)"),
        ("breakdown-single-share", occupation("47-5022.00"), "seed", "seed", [],
         "one stated share plus 'The remaining time …'"),
        ("breakdown-none", occupation("23-2099.00"), "seed", "seed", [],
         "narrative with no numeric shares (time_breakdown = [])"),
        ("values-needing-yaml-quotes",
         career("medical-records-specialists", technology_skills=YAML_TRICKY_SKILLS[:15],
                alternate_titles=YAML_TRICKY_SKILLS[15:] + ["Health Information Technician"]),
         "full", "seed", [],
         "technology skills and alternate titles that a YAML emitter must quote "
         "(synthetic values on a real record)"),
        ("related-careers-filled", career("pharmacy-technicians"), "full", "seed", [],
         "related careers with title and '$N/yr' cards (full); community college and "
         "trade school cost rows"),
        ("progression-and-time-cost-filled", career("it-managers"), "full", "seed", [],
         "levels.fyi progression (5 levels + 'Data source: Levels.fyi (close match)') and "
         "Time & Cost: duration, cost range, three institution rows, source"),
        ("time-cost-rows-filled",
         career("data-center-technicians", education=education_override(
             "data-center-technicians",
             cost_rows=education_override("data-center-technicians").cost_rows
             + [("apprenticeship", "Apprenticeship:", "$0 (paid training)", 0)])),
         "full", "seed", [],
         "Time & Cost with 'Can earn while learning', four institution rows and an "
         "apprenticeship row '$0 (paid training)' (that row added to the record: no record "
         "has one); duration from time_to_job_ready (no education_duration)"),
        ("manual-career", career("data-annotators"), "full", "seed", [],
         "hand-written (manual) career: multi-paragraph description on one line, free "
         "AI rationale with non-time percentages, BLS-style education values"),
        ("onet-sparse-occupation", occupation("11-9199.00"), "full", "seed", [],
         "'All Other' occupation: no tasks, skills, education; alternate titles only"),
    ]
    return specs


def generate_fixtures(data, sink):
    entries = []
    for name, c, projection, order, variant, covers in fixture_specs(data):
        page = build_page(data, c, projection, order, name, variant, covers)
        page.expected["meta"]["variant"] = name
        entries.append(dict(write_page(sink, page), covers=covers))
    write_index(sink, {"fixtures": True}, entries)
    return entries


# --------------------------------------------------------------------------------------
# Breakdown survey over every narrative

def breakdown_survey(data, verbose):
    texts = [("inside-career", "inside-career/%s.md" % k, v)
             for k, v in sorted(data.narratives.items())]
    texts += [("careers.json", "careers.json:%s" % r["slug"], r["inside_look"]["content"])
              for r in data.careers if r.get("inside_look") and r["inside_look"].get("content")]
    keys = ["texts", "with_breakdown", "sum_100", "no_numbers", "with_remainder",
            "explicit_remainder", "single_share_plus_remainder", "no_remainder", "with_notes"]
    stats = {origin: dict.fromkeys(keys, 0) for origin in ("inside-career", "careers.json")}
    odd, ambiguous, shapes = [], [], {}
    for origin, name, content in texts:
        st = stats[origin]
        st["texts"] += 1
        paragraphs = split_paragraphs(content)
        entries, notes = time_breakdown(paragraphs[0] if paragraphs else "")
        shape = "".join("R" if e["remainder"] else "S" for e in entries) or "(none)"
        shapes[shape] = shapes.get(shape, 0) + 1
        if notes:
            st["with_notes"] += 1
            ambiguous.append((name, entries, notes))
        if not entries:
            st["no_numbers"] += 1
            continue
        st["with_breakdown"] += 1
        total = sum(e["share"] for e in entries)
        if total == 100 and all(e["share"] > 0 for e in entries):
            st["sum_100"] += 1
        else:
            odd.append((name, entries, "shares sum to %s" % js_number(total)))
        if any(e["remainder"] for e in entries):
            st["with_remainder"] += 1
            if len(entries) == 2:
                st["single_share_plus_remainder"] += 1
        else:
            st["no_remainder"] += 1
        if re.search(r"\b[Tt]he\s+remaining\s+\d", paragraphs[0]):
            st["explicit_remainder"] += 1
    print("time-breakdown survey (first paragraph of every narrative)")
    print("  %-28s %13s %13s %6s" % ("", "inside-career", "careers.json", "all"))
    for key in keys:
        a, b = stats["inside-career"][key], stats["careers.json"][key]
        print("  %-28s %13d %13d %6d" % (key, a, b, a + b))
    print("shapes (S = stated share, R = remainder): " + ", ".join(
        "%s %d" % kv for kv in sorted(shapes.items(), key=lambda kv: -kv[1])))
    print("odd (sum != 100 or a share <= 0): %d" % len(odd))
    for name, entries, why in odd:
        print("  %s: %s; %s" % (name, [e["share"] for e in entries], why))
    print("ambiguous (text the rules leave unread or read with a qualification): %d"
          % len(ambiguous))
    for name, entries, notes in ambiguous:
        print("  %s: read %s" % (name, [(e["share"], e["remainder"]) for e in entries]))
        for note in notes:
            print("      " + note)
    if verbose:
        print("every breakdown:")
        for origin, name, content in texts:
            paragraphs = split_paragraphs(content)
            entries, _ = time_breakdown(paragraphs[0] if paragraphs else "")
            print("  %s %s" % (name, " ".join(
                "%s%s" % (js_number(e["share"]), "R" if e["remainder"] else "")
                for e in entries) or "-"))
    return stats


# --------------------------------------------------------------------------------------
# Self-test of the time-breakdown rules (the variants of docs/page-layout.md §6)

BREAKDOWN_CASES = [
    ("Perhaps 50% of time goes to a. Another 35% involves b. "
     "The remaining time splits between c and d.", [(50, 0), (35, 0), (15, 1)]),
    ("Perhaps 30% of shift time involves calls. Another 40% involves readiness. "
     "The remaining time covers training.", [(30, 0), (40, 0), (30, 1)]),
    ("Perhaps 40% of working time involves flight. Another 30% involves planning. "
     "The remaining time addresses training.", [(40, 0), (30, 0), (30, 1)]),
    ("Perhaps 40% goes to oversight: monitoring. Another 35% involves planning. "
     "The remaining time covers staff.", [(40, 0), (35, 0), (25, 1)]),
    ("Perhaps during active employment, 60% of time goes to rehearsal. Another 25% involves "
     "preparation. The remaining time addresses auditions.", [(60, 0), (25, 0), (15, 1)]),
    ("Perhaps 30% of time goes to legislation itself, another 30% to constituent services, "
     "20% to committee work, and the remainder to campaigning.",
     [(30, 0), (30, 0), (20, 0), (20, 1)]),
    ("Perhaps 30% of time goes to operations (budgets, policy), another 30% to external "
     "relations, and the remaining 40% to strategic planning.", [(30, 0), (30, 0), (40, 1)]),
    ("Perhaps 90% of time goes to equipment operation. The remaining time addresses checks.",
     [(90, 0), (10, 1)]),
    ("Time divides among planning, teaching and assessment. The remaining time is unclear.", []),
    ("A typical shift involves processing travelers while remaining alert for threats. "
     "Perhaps 50% of time goes to inspections. Another 30% involves enforcement. "
     "The remaining time splits between documentation and training.",
     [(50, 0), (30, 0), (20, 1)]),
    ("Perhaps 70% of time goes to staffing the remaining positions. Another 20% involves "
     "reports.", [(70, 0), (20, 0)]),
    ("These professionals spend roughly 60-70% of their time on documentation.", []),
    ("They spend roughly half their time on calls.", []),
    ("Current growth of 40%+ is driven by training data needs.", []),
    ("Perhaps 45% of time for inspectors goes to inspections. Another 25% involves reports. "
     "The remaining time covers court.", [(45, 0), (25, 0), (30, 1)]),
]


def self_test():
    failures = 0
    for text, want in BREAKDOWN_CASES:
        got, _ = time_breakdown(text)
        got = [(e["share"], int(e["remainder"])) for e in got]
        if got != want:
            failures += 1
            print("FAIL: %s\n  want %s\n  got  %s" % (text, want, got), file=sys.stderr)
    print("self-test: %d of %d breakdown cases pass" % (len(BREAKDOWN_CASES) - failures,
                                                         len(BREAKDOWN_CASES)), file=sys.stderr)
    return failures


# --------------------------------------------------------------------------------------

def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Render raw career pages and their expected values from a data set.")
    parser.add_argument("--data", default=DEFAULT_DATA,
                        help="the data directory, with american-dream-jobs/ and onet/ "
                             "(default: the tests' sample, <repo>/tests/data)")
    parser.add_argument("--source", choices=("careers", "onet", "both"), default="both")
    parser.add_argument("--projection", choices=("seed", "full", "both"), default="both")
    parser.add_argument("--order", choices=("seed", "current", "both"), default="both")
    parser.add_argument("--count", type=int, help="write at most N pages")
    parser.add_argument("--out", help="directory for the pages, expected values and index.json")
    parser.add_argument("--fixtures", metavar="DIR",
                        help="(re)write the committed fixture pages into DIR")
    parser.add_argument("--breakdown-report", action="store_true",
                        help="check the time-breakdown rules over every narrative and print "
                             "a summary")
    parser.add_argument("--check", action="store_true",
                        help="with --fixtures: compare instead of writing; exit 1 on a difference")
    parser.add_argument("--self-test", action="store_true",
                        help="check the time-breakdown rules on the docs/page-layout.md §6 variants")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    if not (args.out or args.fixtures or args.breakdown_report or args.self_test):
        parser.error("nothing to do: give --out DIR, --fixtures DIR, --breakdown-report "
                     "or --self-test")
    if args.check and not args.fixtures:
        parser.error("--check needs --fixtures DIR")
    if args.self_test:
        failures = self_test()
        if failures:
            return 1
    if args.count is not None and args.count < 0:
        parser.error("--count must be >= 0")
    started = time.monotonic()
    data = Data(args.data)
    if args.breakdown_report:
        breakdown_survey(data, args.verbose)
    if args.fixtures and args.check:
        sink = CompareSink(args.fixtures)
        entries = generate_fixtures(data, sink)
        problems = sink.finish()
        for problem in problems:
            print(problem, file=sys.stderr)
        print("%d fixture pages checked in %s: %s" % (
            len(entries), args.fixtures, "%d problem(s)" % len(problems) if problems else "same"),
            file=sys.stderr)
        if problems:
            return 1
    elif args.fixtures:
        entries = generate_fixtures(data, DirectorySink(args.fixtures))
        print("%d fixture pages in %s" % (len(entries), args.fixtures), file=sys.stderr)
    if args.out:
        entries = generate(data, args)
        print("%d pages in %s (%.2f s)" % (len(entries), args.out, time.monotonic() - started),
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
