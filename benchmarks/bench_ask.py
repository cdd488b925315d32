"""`ask` benchmark: a stream of reading-comprehension questions against a large corpus, the full `ask` per
question (retrieve, rerank, tag, extract, compose) — mean, p50, p99 — against rank-bm25 retrieval alone on the
same corpus and questions, measured in the same run; optionally the slow path too (jieba's own tagging, every
retrieved sentence tagged: the composer as it was before postag and lazy tagging), on the same stream, with a
count of the answers that differ. rank-bm25 is checked to search with the engine's own tokens and to return the
sparse index's top k (the same sentences and scores), so both do the same retrieval.

Corpus: benchmarks/make_corpus.py's (about 20k / 200k / 1M sentences; built on first use; the index cache is
shared with bench_retrieval.py). Questions: the first N CMRC 2018 trial questions, in file order, each asked
once (a stream, as users ask: questions about one paragraph come together, so a sentence retrieved twice is
tagged once — that is the design, not a warm-up). Before the stream a few other questions warm jieba up.

rank-bm25 scores every sentence in Python per query term (about a second a question at 200k), so it runs on an
evenly spread subsample of the questions; per-question times are comparable all the same. Its build (tokens,
BM25Okapi) is not timed against anything.

The machine may be shared with other work: every time is taken as CPU time of this process (what the work
costs, hardly moved by other processes) and as wall time (what a user waits, which a busy machine inflates);
with --compare-slow the two paths answer each question back to back, in alternating order, so both meet the
same load. The load average is printed with the figures, medians beside means; a second run is the check on
noise.

Usage:
  python benchmarks/bench_ask.py                          # 200k sentences, 1,000 questions, 50 for rank-bm25
  python benchmarks/bench_ask.py --size 20k --compare-slow  # quick, with the slow path beside it
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


def stream(engine, qs: list[str], states: dict, progress: bool) -> dict[str, dict]:
    """Each question asked once on each engine state (fast / slow path), back to back, the order alternating,
    so both meet the same machine load: wall and CPU seconds per ask, and what each answer was."""
    from tqdm import tqdm

    out: dict[str, dict] = {name: {"wall": [], "cpu": [], "answers": []} for name in states}
    names = list(states)
    for i, q in enumerate(tqdm(qs, desc="ask", unit=" q", disable=not progress or None, leave=False)):
        for name in names if i % 2 == 0 else names[::-1]:
            engine._state = states[name]
            w0, c0 = time.perf_counter(), time.process_time()
            a = engine.ask(q)
            out[name]["cpu"].append(time.process_time() - c0)
            out[name]["wall"].append(time.perf_counter() - w0)
            out[name]["answers"].append((a.text, a.declined, a.rule, a.confidence, a.message,
                                         a.sentence.id if a.sentence else None, a.span,
                                         tuple(h.sentence.id for h in a.evidence),
                                         tuple(c.text for c in a.alternatives)))
    return out


def with_composer(engine, fast: bool):
    """The engine's state with a new composer (empty caches): the fast path, or the slow one as before postag
    and lazy tagging (jieba's own tagging code, every retrieved sentence tagged and scanned: Composer.lazy off)."""
    from qa.answer import Composer
    from qa.postag import PosTagger

    state = engine._state  # a benchmark may reach inside: it compares two tagging paths on one engine
    composer = Composer(engine.config.composer, state.corpus, engine.tokenizer, state.composer.weights)
    if not hasattr(composer, "_tagger"):
        raise SystemExit("the composer has no _tagger (postag.PosTagger): adapt with_composer()")
    composer._tagger = PosTagger(engine.tokenizer.pos_tokenizer(), engine.tokenizer.hmm, fast=fast)
    composer.lazy = fast
    return replace(state, composer=composer)


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
    index = engine._state.retriever.index  # the engine's own sparse index, to check that both rank alike
    wall, cpu = [], []
    same_tokens = same_top = 0
    for q in tqdm(qs, desc="rank-bm25", unit=" q", disable=not progress or None, leave=False):
        tokens = engine.tokenizer.search_tokens(q, bm25.idf)
        w0, c0 = time.perf_counter(), time.process_time()
        scores = bm25.get_scores(tokens)
        top = np.argsort(-scores, kind="stable")[:k]
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
        # Fair comparison: the tokens the engine searches with, and the same top k (ids and scores to 1e-6).
        same_tokens += tokens == engine.tokens(q)
        sparse = index.search(tokens, k)
        ours = [(int(i), float(scores[i])) for i in top if scores[i] > 0]
        same_top += len(ours) == len(sparse) and all(
            i == j and abs(a - b) <= 1e-6 for (i, a), (j, b) in zip(ours, sparse, strict=True))
    return {"build_s": build, **summary(wall), "cpu": summary(cpu), "same_tokens": same_tokens,
            "same_top_k": same_top}


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

    states = {"fast": engine._state}
    if compare_slow:
        states["slow"] = with_composer(engine, fast=False)
    for state in states.values():
        engine._state = state
        for q in (*WARM_UP, *spare[:5]):
            engine.ask(q)
    runs = stream(engine, qs, states, progress)
    engine._state = states["fast"]
    out["ask"] = {**summary(runs["fast"]["wall"]), "cpu": summary(runs["fast"]["cpu"])}
    tagger = getattr(states["fast"].composer, "_tagger", None)
    out["tagger"] = tagger.stats() if tagger is not None else {}
    if compare_slow:
        out["ask_slow"] = {**summary(runs["slow"]["wall"]), "cpu": summary(runs["slow"]["cpu"])}
        out["answers_differ"] = sum(a != b for a, b in zip(runs["fast"]["answers"], runs["slow"]["answers"],
                                                           strict=True))
        out["slow_over_fast"] = out["ask_slow"]["cpu"]["mean_ms"] / out["ask"]["cpu"]["mean_ms"]

    sub = qs[:: max(1, len(qs) // n_bm25)][:n_bm25]
    out["rank_bm25"] = rank_bm25_times(engine, sub, progress)
    out["k"] = engine.config.retrieve.candidates_k
    out["speedup_mean"] = out["rank_bm25"]["cpu"]["mean_ms"] / out["ask"]["cpu"]["mean_ms"]
    out["speedup_p50"] = out["rank_bm25"]["cpu"]["p50_ms"] / out["ask"]["cpu"]["p50_ms"]
    out["speedup_wall_mean"] = out["rank_bm25"]["mean_ms"] / out["ask"]["mean_ms"]
    out["load_avg_end"] = os.getloadavg()[0]
    return out


def print_report(r: dict) -> None:
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {r['load_avg_start']:.2f} → "
          f"{r['load_avg_end']:.2f}; corpus {r['size']}: {r['sentences']:,} sentences; "
          f"{r['questions']} CMRC trial questions, each asked once")
    rows = [("ask (fast path)", r["ask"])]
    if "ask_slow" in r:
        rows.append(("ask (slow path: jieba.posseg, eager)", r["ask_slow"]))
    rows.append((f"rank-bm25 retrieval alone ({r['rank_bm25']['n']} q)", r["rank_bm25"]))
    print(f"{'per question (CPU | wall)':36}{'mean ms':>16}{'p50 ms':>16}{'p99 ms':>16}{'max ms':>16}")
    for name, s in rows:
        c = s["cpu"]
        print(f"{name:36}" + "".join(f"{c[k]:>8.2f}{s[k]:>8.2f}" for k in ("mean_ms", "p50_ms", "p99_ms", "max_ms")))
    print(f"rank-bm25 / ask, CPU time: {r['speedup_mean']:,.0f}× (means), {r['speedup_p50']:,.0f}× (medians); "
          f"wall: {r['speedup_wall_mean']:,.0f}× (means)")
    b = r["rank_bm25"]
    print(f"rank-bm25 searched with the engine's own tokens on {b['same_tokens']} of {b['n']} questions, and "
          f"returned the sparse index's top {r['k']} (same sentences, scores to 1e-6) on {b['same_top_k']}")
    if "ask_slow" in r:
        print(f"slow / fast path: {r['slow_over_fast']:.1f}× (CPU means); answers that differ: "
              f"{r['answers_differ']} of {r['questions']}")
    if r.get("tagger"):
        t = r["tagger"]
        print(f"tagger: {t['misses']} texts tagged, {t['hits']} served from its cache; "
              f"{t['hmm_blocks']} HMM runs, {t['hmm_hits']} repeated")
    print(TARGETS)


def cmrc_missing() -> bool:
    """Say so on stderr when the CMRC 2018 trial file (the stream's corpus source and questions) is not there."""
    if CMRC.exists():
        return False
    print(f"error: the CMRC 2018 trial file (corpus source and questions) is missing: {CMRC}", file=sys.stderr)
    return True


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
                        help="also run the stream on the slow path (jieba's own tagging, every sentence tagged) and "
                             "count the answers that differ")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if cmrc_missing():
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
