#!/usr/bin/env python3
"""Copy the small sample of the careers site's data and of O*NET that careerlint's tests use
into tests/data/, from a full data directory (the site's records and narratives, O*NET 29.3).

The tests read only tests/data/; this script is how that sample was made, and how to make it
again from a newer data set:

    tools/sample_test_data.py --data DIR [--careers 50] [--occupations 50]

DIR holds american-dream-jobs/ (careers.json, careers-index.json, inside-career/, LICENSE) and
onet/ (occupations.jsonl, SOURCE.md). Deterministic: the first N careers and occupations, plus
every record the committed fixture pages are made from, plus what those records refer to (the
careers an occupation specialises, its narrative). The careers index is copied whole (it is
small), so related careers are the site's own. Python 3 standard library only.
"""

import argparse
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_pages  # noqa: E402  (slug rules and the fixture records)

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE_CAREERS = {
    "communications-equipment-operators", "data-annotators", "data-center-technicians",
    "dental-assistants", "emergency-medical-technicians", "home-health-aides", "it-managers",
    "medical-assistants", "medical-records-specialists", "pharmacy-technicians",
    "surgical-technologists",
}
FIXTURE_OCCUPATIONS = {
    "11-1011.00", "11-1031.00", "11-3071.00", "11-9199.00", "23-2099.00", "33-3051.04",
    "47-5022.00", "51-2021.00",
}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, help="the full data directory")
    parser.add_argument("--out", default=os.path.join(REPO_ROOT, "tests", "data"))
    parser.add_argument("--careers", type=int, default=50)
    parser.add_argument("--occupations", type=int, default=50)
    args = parser.parse_args(argv)

    adj_in = os.path.join(args.data, "american-dream-jobs")
    onet_in = os.path.join(args.data, "onet")
    adj_out = os.path.join(args.out, "american-dream-jobs")
    onet_out = os.path.join(args.out, "onet")
    os.makedirs(os.path.join(adj_out, "inside-career"), exist_ok=True)
    os.makedirs(onet_out, exist_ok=True)

    with open(os.path.join(adj_in, "careers.json"), encoding="utf-8") as f:
        careers = json.load(f)
    with open(os.path.join(onet_in, "occupations.jsonl"), encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    occupations = [json.loads(line) for line in lines]
    narratives = {name[:-3] for name in os.listdir(os.path.join(adj_in, "inside-career"))
                  if name.endswith(".md")}

    chosen_occupations = [i for i, o in enumerate(occupations)
                          if i < args.occupations or o["code"] in FIXTURE_OCCUPATIONS]
    wanted_slugs = set()
    wanted_narratives = set()
    for i in chosen_occupations:
        title = occupations[i]["title"]
        for slug in (gen_pages.title_slug(title), gen_pages.full_slug(title)):
            wanted_slugs.add(slug)
            if slug in narratives:
                wanted_narratives.add(slug)
    chosen_careers = [r for i, r in enumerate(careers)
                      if i < args.careers or r["slug"] in FIXTURE_CAREERS
                      or wanted_slugs & set(r.get("specialization_slugs") or [])]

    with open(os.path.join(adj_out, "careers.json"), "w", encoding="utf-8") as f:
        json.dump(chosen_careers, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for name in ("careers-index.json", "LICENSE"):
        shutil.copyfile(os.path.join(adj_in, name), os.path.join(adj_out, name))
    for slug in sorted(wanted_narratives):
        shutil.copyfile(os.path.join(adj_in, "inside-career", slug + ".md"),
                        os.path.join(adj_out, "inside-career", slug + ".md"))
    with open(os.path.join(onet_out, "occupations.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(lines[i] for i in chosen_occupations)
    print("%d careers, %d occupations, %d narratives in %s" % (
        len(chosen_careers), len(chosen_occupations), len(wanted_narratives), args.out),
        file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
