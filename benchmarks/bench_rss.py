"""Memory of a served corpus (what `qa bot` or `qa repl` hold) and what the watcher's reloads add to it.

    .venv/bin/python benchmarks/bench_rss.py --size 1m      # run twice: the first run builds the index cache
    .venv/bin/python benchmarks/bench_rss.py --size 20k     # a quick run

One process, the folder and index cache of bench_segments.py (benchmarks/data/seg-corpus-SIZE, cache-seg-SIZE):
an Engine over the benchmark corpus (built from scratch on the first run, loaded from the cache after), then
through `Engine.reload()` one new page (~100 sentences), a day (20 pages) and their removal. It prints the
resident set (VmRSS) after each step and the peak (ru_maxrss), with each step's wall time.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from bench_segments import pages, searchable, write_page  # noqa: E402
from make_corpus import SIZES, write_corpus  # noqa: E402


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=list(SIZES), default="1m")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from qa.config import load_config
    from qa.engine import Engine

    data = BENCH_DIR / "data"
    source = write_corpus(args.size)
    folder = data / f"seg-corpus-{args.size}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / source.name).symlink_to(source)
    config = load_config().replace(**{"index.cache_dir": str(data / f"cache-seg-{args.size}")})

    steps: list[dict] = [{"step": "imports", "seconds": 0.0, "rss_mb": rss_mb(), "peak_mb": peak_mb()}]

    def step(name: str, t0: float, **extra) -> None:
        steps.append({"step": name, "seconds": time.perf_counter() - t0, "rss_mb": rss_mb(), "peak_mb": peak_mb(),
                      **extra})

    t0 = time.perf_counter()
    engine = Engine(config, [folder])
    step("engine ready", t0, sentences=len(engine.corpus.sentences),
         tokenized=engine.retriever.changes.sentences)
    t0 = time.perf_counter()
    engine.ask("杭州在哪里？")  # the first question loads the POS tagger and the composer's caches
    step("first answer", t0)
    stamp = time.strftime("%Y%m%d%H%M%S")
    new = pages(21, seed=11)
    write_page(folder, f"rss-{stamp}-0.jsonl", new[0])
    t0 = time.perf_counter()
    assert engine.reload() and searchable(engine, new[0])
    step("+1 page", t0)
    for i, p in enumerate(new[1:], 1):
        write_page(folder, f"rss-{stamp}-{i}.jsonl", p)
    t0 = time.perf_counter()
    assert engine.reload() and searchable(engine, new[1])
    step("+20 pages", t0)
    for f in folder.glob(f"rss-{stamp}-*.jsonl"):
        f.unlink()
    t0 = time.perf_counter()
    assert engine.reload()
    step("-21 pages", t0)

    if args.json:
        print(json.dumps(steps, indent=2))
        return 0
    print(f"corpus {args.size}: {steps[1]['sentences']:,} sentences ({steps[1]['tokenized']:,} tokenized at start)")
    for s in steps:
        print(f"{s['step']:>14}: {s['seconds']:6.1f} s   RSS {s['rss_mb']:6.0f} MB   peak {s['peak_mb']:6.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
