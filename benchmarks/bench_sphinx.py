"""Query latency through a Sphinx distributed index (2 RT shards + a head, all on this machine) against the
in-process sparse index, on the same corpus and the same pre-tokenized questions.

Corpus: benchmarks/make_corpus.py's ~200k-sentence corpus (CMRC 2018 trial contexts plus sentences synthesized
from their clauses; built on first use). Questions: the 1,002 CMRC 2018 trial questions, top-k = 20 (what the
composer asks for). Each backend answers every question once as warm-up, then once timed; medians, p99 and the
ratio are printed, with the share of questions whose top-5 is identical. Then the incremental `qa index`:
a page of ~100 sentences (CMRC contexts under new ids) added three times, one new page each time, and a run
with nothing to do, timed around the load alone (median of 3 each; the corpus is read before the clock
starts). The machine may be shared: the load average is printed with the figures. Needs `searchd` and
`indextool` (Debian: apt-get install sphinxsearch).

Usage:
  python benchmarks/bench_sphinx.py                 # 200k sentences, 2 shards
  python benchmarks/bench_sphinx.py --size 20k --shards 3 --json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))
sys.path.insert(0, str(BENCH_DIR.parent / "tests"))

from make_corpus import CMRC, corpus_path, write_corpus  # noqa: E402
from sphinx_cluster import SEARCHD, Cluster  # noqa: E402

from qa.config import load_config  # noqa: E402
from qa.engine import Engine  # noqa: E402
from qa.sphinx import SphinxRetriever  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def timed(search, queries: list[list[str]], k: int) -> tuple[list[float], list[list[str]]]:
    for tokens in queries:  # warm-up: caches, connections, jieba
        search(tokens, k)
    times, tops = [], []
    for tokens in queries:
        t0 = time.perf_counter()
        hits = search(tokens, k)
        times.append((time.perf_counter() - t0) * 1000)
        tops.append([h.sentence.id for h in hits[:5]])
    return times, tops


def incremental(config, cfg, path: Path, pages: Path, data: dict, progress: bool) -> tuple[list, list, int]:
    """Seconds of three incremental loads that each add one page, and of three with nothing to do."""
    pages.mkdir()
    contexts = [p["context"] for a in data["data"] for p in a["paragraphs"]]
    add_s, noop_s, sentences = [], [], 0
    for n in range(3):
        lines = [json.dumps({"id": f"bench-add-{n}-{i}", "title": f"新增 {n}", "text": c}, ensure_ascii=False)
                 for i, c in enumerate(contexts[n * 8:(n + 1) * 8])]
        (pages / f"page{n}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        engine = Engine.load(config, corpus=[path, pages])
        t0 = time.perf_counter()
        done = SphinxRetriever(cfg, engine.corpus, engine.tokenizer, load=True, progress=progress).stats()
        add_s.append(time.perf_counter() - t0)
        sentences = sum(done["loaded_rows"])
        t0 = time.perf_counter()
        SphinxRetriever(cfg, engine.corpus, engine.tokenizer, load=True)
        noop_s.append(time.perf_counter() - t0)
    return add_s, noop_s, sentences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="200k", help="corpus size from make_corpus.py (20k, 200k, 1m)")
    parser.add_argument("--shards", type=int, default=2)
    parser.add_argument("--k", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if SEARCHD is None:
        print("searchd not installed (Debian: apt-get install sphinxsearch)", file=sys.stderr)
        return 2
    path = corpus_path(args.size)
    if not path.exists():
        write_corpus(args.size)
    data = json.loads(CMRC.read_text(encoding="utf-8"))
    questions = [q["question"] for a in data["data"] for p in a["paragraphs"] for q in p["qas"]]
    progress = sys.stderr.isatty()
    with tempfile.TemporaryDirectory(prefix="bench-sphinx-") as tmp:
        cluster = Cluster(Path(tmp) / "cluster", shards=args.shards)
        try:
            cluster.start()
            config = load_config().replace(**{"index.cache_dir": str(Path(tmp) / "cache")})
            t0 = time.perf_counter()
            engine = Engine.load(config, corpus=path, progress=progress)
            sparse_build = time.perf_counter() - t0
            cfg = config
            for key, value in cluster.settings().items():
                cfg = cfg.replace(**{f"index.sphinx.{key}": tuple(value) if isinstance(value, list) else value})
            t0 = time.perf_counter()
            SphinxRetriever(cfg, engine.corpus, engine.tokenizer, load=True, progress=progress)
            sphinx_load = time.perf_counter() - t0
            cluster.restart_shards()  # searchd reads the global IDF file at startup
            sphinx = SphinxRetriever(cfg, engine.corpus, engine.tokenizer)
            queries = [engine.tokenizer.query_tokens(q) for q in questions]
            sparse_ms, sparse_top = timed(engine.retriever.search, queries, args.k)
            sphinx_ms, sphinx_top = timed(sphinx.search, queries, args.k)
            add_s, noop_s, add_sentences = incremental(config, cfg, path, Path(tmp) / "pages", data, progress)
        finally:
            cluster.stop()
    same = sum(a == b for a, b in zip(sparse_top, sphinx_top, strict=True)) / len(queries)
    report = {
        "sentences": len(engine.corpus.sentences), "shards": args.shards, "questions": len(queries), "k": args.k,
        "sparse_build_s": round(sparse_build, 1), "sphinx_load_s": round(sphinx_load, 1),
        "sparse_p50_ms": round(statistics.median(sparse_ms), 3), "sparse_p99_ms": round(percentile(sparse_ms, .99), 3),
        "sphinx_p50_ms": round(statistics.median(sphinx_ms), 3), "sphinx_p99_ms": round(percentile(sphinx_ms, .99), 3),
        "ratio_p50": round(statistics.median(sphinx_ms) / statistics.median(sparse_ms), 1),
        "same_top5": round(same, 4), "idf_ok": sphinx.idf_ok, "loadavg": os.getloadavg()[0],
        "add_page_sentences": add_sentences, "sphinx_add_page_s": round(statistics.median(add_s), 3),
        "sphinx_noop_s": round(statistics.median(noop_s), 3),
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{report['sentences']} sentences, {args.shards} shards + head, {len(queries)} questions, k={args.k}"
              f" (load average {report['loadavg']:.1f})")
        print(f"  build: sparse index {report['sparse_build_s']} s (incl. corpus), "
              f"sphinx load {report['sphinx_load_s']} s")
        print(f"  in-process sparse  p50 {report['sparse_p50_ms']:8.3f} ms   p99 {report['sparse_p99_ms']:8.3f} ms")
        print(f"  sphinx distributed p50 {report['sphinx_p50_ms']:8.3f} ms   p99 {report['sphinx_p99_ms']:8.3f} ms")
        print(f"  ratio (p50, sphinx / in-process): {report['ratio_p50']}×;  identical top-5: {same:.1%}")
        print(f"  incremental qa index: add a page of {add_sentences} sentences {report['sphinx_add_page_s']} s, "
              f"nothing to do {report['sphinx_noop_s']} s (medians of 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
