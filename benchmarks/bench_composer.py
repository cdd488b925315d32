"""Composer time per question on the seed corpus: median and p99, excluding retrieval.

Retrieval runs once per question beforehand; only `Composer.compose` is timed, over several rounds (the first
round fills the composer's part-of-speech cache, as a running bot's would be after a few questions).

    .venv/bin/python benchmarks/bench_composer.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import yaml

from qa.engine import Engine

ROOT = Path(__file__).resolve().parents[1]


def questions() -> list[str]:
    out = []
    for suite in sorted((ROOT / "tests" / "suites").glob("*.qa.yaml")):
        for case in yaml.safe_load(suite.read_text(encoding="utf-8")).get("cases", []):
            for turn in case.get("turns", [case]):
                if isinstance(turn.get("q"), str):
                    out.append(turn["q"])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    engine = Engine.load(corpus=ROOT / "seeds")
    composer = engine._state.composer
    qs = questions()
    prepared = [(q, engine.retrieve(q)) for q in qs]
    t0 = time.perf_counter()
    for q, hits in prepared:  # cold: the part-of-speech cache is empty
        composer.compose(q, hits)
    cold = (time.perf_counter() - t0) / len(prepared) * 1000
    times = []
    for _ in range(args.rounds):
        for q, hits in prepared:
            t = time.perf_counter()
            composer.compose(q, hits)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"seed corpus: {len(engine.corpus.sentences)} sentences, {len(qs)} questions × {args.rounds} rounds")
    print(f"composer ms/question: median {statistics.median(times):.3f}  p99 {p99:.3f}  "
          f"mean {statistics.fmean(times):.3f}  first round (cold cache) {cold:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
