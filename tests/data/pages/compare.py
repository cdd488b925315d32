"""Compare `qa corpus --json` on each page with its .expected.yaml — a measuring aid, not a test.

Per page and per paper: how many expected articles were read right (an article with the same headline, and the
same reporters, correspondents and photographers), how many were mis-read, how many extra articles the loader
made up, and how many were also right in sub-headline, kind and date ("strict"; the JSON has no datelines or
sections yet).
Usage: python tests/data/pages/compare.py [--qa .venv/bin/qa] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def squash(s: str) -> str:
    return "".join(s.split())


def names(xs: list[str]) -> list[str]:
    return sorted(squash(x) for x in xs)


def read(qa: str, page: Path) -> list[dict]:
    out = subprocess.run([qa, "corpus", "--json", "--corpus", str(page)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["articles"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--qa", default=str(HERE.parents[2] / ".venv" / "bin" / "qa"))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    per_paper: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # right, wrong, extra, strict
    for exp_file in sorted(HERE.glob("*.expected.yaml")):
        page = exp_file.with_name(exp_file.name.replace(".expected.yaml", ".txt"))
        expected = yaml.safe_load(exp_file.read_text(encoding="utf-8"))
        got = read(args.qa, page)
        by_headline = {squash(a["headline"]): a for a in got}
        tally = per_paper[expected["source"]]
        for art in expected["articles"]:
            a = by_headline.get(squash(art["headline"]))
            ok = (
                a is not None
                and names(a["reporters"]) == names(art.get("reporters") or [])  # a field left out is empty
                and names(a["correspondents"]) == names(art.get("correspondents") or [])
                and names(a["photographers"]) == names(art.get("photographers") or [])
            )
            tally[0 if ok else 1] += 1
            if ok and a is not None:
                kind = "article" if art["kind"] == "interview" else art["kind"]  # no interview kind in the JSON yet
                strict = a["kind"] in (art["kind"], kind) and a["date"] == expected["date"]
                tally[3] += strict and squash(a["subheadline"]) == squash(art.get("subheadline") or "")
            if args.verbose and not ok:
                seen = "no such headline"
                if a is not None:
                    seen = f"reporters {a['reporters']} photographers {a['photographers']}"
                print(f"  {page.name}: {art['headline']!r}: {seen}")
        tally[2] += max(0, len(got) - len(expected["articles"]))
    print(f"{'paper':<12} right  wrong  extra  strict")
    total = [0, 0, 0, 0]
    for paper, counts in sorted(per_paper.items()):
        print(f"{paper:<12} " + "  ".join(f"{n:>5}" for n in counts))
        total = [t + n for t, n in zip(total, counts, strict=True)]
    print(f"{'all':<12} " + "  ".join(f"{n:>5}" for n in total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
