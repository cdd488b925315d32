"""`ask` benchmark: a stream of reading-comprehension questions against a large corpus, the full `ask` per
question (retrieve, rerank, tag, extract, compose) — mean, p50, p99 — against rank-bm25 retrieval alone on the
same corpus and questions, measured in the same run; optionally the slow tagging path too, on the same stream,
with a count of the answers that differ.

Corpus: benchmarks/make_corpus.py's (about 20k / 200k / 1M sentences; built on first use; the index cache is
shared with bench_retrieval.py). Questions: the first N CMRC 2018 trial questions, in file order, each asked
once (a stream, as users ask: questions about one paragraph come together, so a sentence retrieved twice is
tagged once — that is the design, not a warm-up). Before the stream a few other questions warm jieba up.

rank-bm25 scores every sentence in Python per query term (about a second a question at 200k), so it runs on an
evenly spread subsample of the questions; per-question times are comparable all the same. Its build (tokens,
BM25Okapi) is not timed against anything.

The machine may be shared with other work: the load average is printed with the figures, medians are shown
beside means, and a second run is the check on noise.

Usage:
  python benchmarks/bench_ask.py                          # 200k sentences, 1,000 questions, 50 for rank-bm25
  python benchmarks/bench_ask.py --size 20k --compare-slow  # quick, with the slow tagging path beside it
  python benchmarks/bench_ask.py --size 200k --compare-slow --json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from make_corpus import CMRC, SIZES, write_corpus  # noqa: E402

TARGETS = "targets at 200k: ask mean ≤ 4 ms, p99 ≤ 12 ms, ≥ 200× faster per question than rank-bm25 retrieval alone"
WARM_UP = ("浙江省的省会是哪里？", "这次会议由谁主持？", "2024年的增长率是多少？", "什么是平安浙江？")


def questions(n: int) -> tuple[list[str], list[str]]:
    """(the first n CMRC trial questions, the rest)."""
    data = json.loads(CMRC.read_text(encoding="utf-8"))
    qs = [q["question"] for a in data["data"] for p in a["paragraphs"] for q in p["qas"]]
    return qs[:n], qs[n:]


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def summary(seconds: list[float]) -> dict:
    return {"n": len(seconds), "mean_ms": statistics.fmean(seconds) * 1e3,
            "p50_ms": statistics.median(seconds) * 1e3, "p99_ms": percentile(seconds, 0.99) * 1e3,
            "max_ms": max(seconds) * 1e3}


def stream(engine, qs: list[str], progress: bool, desc: str) -> tuple[list[float], list[tuple]]:
    """Seconds per ask, and what each answer was (text, declined, rule, confidence, supporting sentence)."""
    from tqdm import tqdm

    times, answers = [], []
    for q in tqdm(qs, desc=desc, unit=" q", disable=not progress or None, leave=False):
        t0 = time.perf_counter()
        a = engine.ask(q)
        times.append(time.perf_counter() - t0)
        answers.append((a.text, a.declined, a.rule, a.confidence, a.sentence.id if a.sentence else None))
    return times, answers


def fresh_composer(engine, fast: bool):
    """Swap in a new composer (empty caches) tagging on the fast path or on jieba's own (the slow path)."""
    from qa.answer import Composer
    from qa.postag import PosTagger, pos_tokenizer_of

    state = engine._state  # a benchmark may reach inside: it compares two tagging paths on one engine
    composer = Composer(engine.config.composer, state.corpus, engine.tokenizer, state.composer.weights)
    if not hasattr(composer, "_tagger"):
        raise SystemExit("the composer has no _tagger (postag.PosTagger): adapt fresh_composer()")
    composer._tagger = PosTagger(pos_tokenizer_of(engine.tokenizer), engine.tokenizer.hmm, fast=fast)
    engine._state = replace(state, composer=composer)


def rank_bm25_times(engine, qs: list[str], progress: bool) -> dict:
    """rank-bm25 (BM25Okapi over the engine's own tokens): score every sentence and take the top k, as its
    get_top_n does, per question."""
    import numpy as np
    from tqdm import tqdm

    from qa.retrieve import RankBM25Retriever

    t0 = time.perf_counter()
    bm25 = RankBM25Retriever(engine.corpus, engine.tokenizer, engine.config, progress=progress).bm25
    build = time.perf_counter() - t0
    k = engine.config.retrieve.candidates_k
    times = []
    for q in tqdm(qs, desc="rank-bm25", unit=" q", disable=not progress or None, leave=False):
        tokens = engine.tokenizer.search_tokens(q, bm25.idf)
        t0 = time.perf_counter()
        scores = bm25.get_scores(tokens)
        np.argsort(-scores, kind="stable")[:k]
        times.append(time.perf_counter() - t0)
    return {"build_s": build, **summary(times)}


def run(size: str, n: int, n_bm25: int, compare_slow: bool, progress: bool) -> dict:
    from qa.config import load_config
    from qa.engine import Engine

    out: dict = {"size": size, "load_avg_start": os.getloadavg()[0]}
    config = load_config().replace(**{"index.cache_dir": str(BENCH_DIR / "data" / f"cache-{size}")})
    path = write_corpus(size, progress=progress)
    t0 = time.perf_counter()
    engine = Engine(config, [path], progress=progress)
    out["engine_s"] = time.perf_counter() - t0
    out["sentences"] = len(engine.corpus.sentences)
    qs, spare = questions(n)
    out["questions"] = len(qs)

    for q in (*WARM_UP, *spare[:5]):
        engine.ask(q)
    fast_times, fast_answers = stream(engine, qs, progress, "ask (fast)")
    out["ask"] = summary(fast_times)
    tagger = getattr(engine._state.composer, "_tagger", None)
    out["tagger"] = tagger.stats() if tagger is not None else {}

    if compare_slow:
        fresh_composer(engine, fast=False)
        for q in (*WARM_UP, *spare[:5]):
            engine.ask(q)
        slow_times, slow_answers = stream(engine, qs, progress, "ask (slow tagging)")
        out["ask_slow"] = summary(slow_times)
        out["answers_differ"] = sum(a != b for a, b in zip(fast_answers, slow_answers, strict=True))
        out["slow_over_fast"] = out["ask_slow"]["mean_ms"] / out["ask"]["mean_ms"]

    sub = qs[:: max(1, len(qs) // n_bm25)][:n_bm25]
    out["rank_bm25"] = rank_bm25_times(engine, sub, progress)
    out["speedup_mean"] = out["rank_bm25"]["mean_ms"] / out["ask"]["mean_ms"]
    out["speedup_p50"] = out["rank_bm25"]["p50_ms"] / out["ask"]["p50_ms"]
    out["load_avg_end"] = os.getloadavg()[0]
    return out


def print_report(r: dict) -> None:
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {r['load_avg_start']:.2f} → "
          f"{r['load_avg_end']:.2f}; corpus {r['size']}: {r['sentences']:,} sentences; "
          f"{r['questions']} CMRC trial questions, each asked once")
    rows = [("ask (fast tagging)", r["ask"])]
    if "ask_slow" in r:
        rows.append(("ask (slow tagging: jieba.posseg)", r["ask_slow"]))
    rows.append((f"rank-bm25 retrieval alone ({r['rank_bm25']['n']} q)", r["rank_bm25"]))
    print(f"{'per question':40}{'mean ms':>10}{'p50 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    for name, s in rows:
        print(f"{name:40}{s['mean_ms']:>10.2f}{s['p50_ms']:>10.2f}{s['p99_ms']:>10.2f}{s['max_ms']:>10.1f}")
    print(f"rank-bm25 / ask: {r['speedup_mean']:,.0f}× (means), {r['speedup_p50']:,.0f}× (medians)")
    if "ask_slow" in r:
        print(f"slow / fast tagging: {r['slow_over_fast']:.1f}× (means); answers that differ: "
              f"{r['answers_differ']} of {r['questions']}")
    if r.get("tagger"):
        t = r["tagger"]
        print(f"tagger: {t['misses']} texts tagged, {t['hits']} served from its cache; "
              f"{t['hmm_blocks']} HMM runs, {t['hmm_hits']} repeated")
    print(TARGETS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Benchmark the full ask over a stream of CMRC questions against rank-bm25 retrieval alone.",
        epilog="examples:\n  python benchmarks/bench_ask.py\n"
               "  python benchmarks/bench_ask.py --size 20k --compare-slow\n"
               "  python benchmarks/bench_ask.py --size 200k --compare-slow --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--size", choices=list(SIZES), default="200k", help="corpus size (default 200k)")
    parser.add_argument("--questions", type=int, default=1000, metavar="N", help="questions in the stream")
    parser.add_argument("--bm25-questions", type=int, default=50, metavar="N",
                        help="questions timed on rank-bm25 (evenly spread over the stream)")
    parser.add_argument("--compare-slow", action="store_true",
                        help="also run the stream with jieba's own tagging (the slow path) and count differences")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not CMRC.exists():
        print(f"error: the CMRC 2018 trial file (corpus source and questions) is missing: {CMRC}", file=sys.stderr)
        return 1
    if args.questions < 1 or args.bm25_questions < 1:
        print("error: --questions and --bm25-questions must be at least 1", file=sys.stderr)
        return 2
    result = run(args.size, args.questions, args.bm25_questions, args.compare_slow, sys.stderr.isatty())
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
