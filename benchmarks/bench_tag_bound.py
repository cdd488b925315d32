"""What storing part-of-speech tags (and typed spans) at index time could gain, measured before building it.

The bench_ask.py stream is asked on three composers of one engine, each question on all three back to back,
the order rotating (so all meet the same machine load):
  A  as now: tags and typed spans made when a question first needs them;
  B  the tagger's text cache already holds every corpus sentence the stream tags (a tag store's best case: it
     would serve them at about the cost of that cache's lookup and unpacking);
  C  B, and the composer's cache also holds those sentences' typed spans (a store of both, its best case).
Which sentences the stream tags is found by a first pass on another composer. All three must give the same
answers. It also times tagging and typed-span extraction per sentence over every 10th corpus sentence (a fresh
tagger, its caches on, as a build would run it), to extrapolate what a store would add to a 1M build.

Usage:
  python benchmarks/bench_tag_bound.py                 # 200k, 1,000 questions, 2 runs (~3 min with a cached index)
  python benchmarks/bench_tag_bound.py --runs 3 --json
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

from bench_ask import WARM_UP, cmrc_missing, percentile, questions  # noqa: E402
from make_corpus import SIZES, write_corpus  # noqa: E402

_TEXTS = 60_000  # the tagger's text cache, large enough on all three composers to hold the stream's texts


def _summary(seconds: list[float]) -> dict:
    return {"mean_ms": statistics.fmean(seconds) * 1e3, "p50_ms": statistics.median(seconds) * 1e3,
            "p99_ms": percentile(seconds, 0.99) * 1e3}


def _answer(a) -> tuple:
    return (a.text, a.declined, a.rule, a.confidence, a.message, a.sentence.id if a.sentence else None, a.span,
            tuple(h.sentence.id for h in a.evidence), tuple(c.text for c in a.alternatives))


def run(size: str, n: int, runs: int) -> dict:
    from qa.answer import Composer
    from qa.answer.typed import extract
    from qa.config import load_config
    from qa.engine import Engine
    from qa.postag import PosTagger

    config = load_config().replace(**{"index.cache_dir": str(BENCH_DIR / "data" / f"cache-{size}")})
    engine = Engine(config, [write_corpus(size, progress=False)], progress=False)
    base = engine._state  # a benchmark may reach inside: it swaps composers on one engine
    qs, spare = questions(n)
    warm = (*WARM_UP, *spare[:5])

    def fresh():
        c = Composer(engine.config.composer, base.corpus, engine.tokenizer, base.composer.weights)
        c._tagger = PosTagger(engine.tokenizer.pos_tokenizer(), engine.tokenizer.hmm, texts=_TEXTS)
        return replace(base, composer=c)

    # First pass: the texts the stream tags, and the sentences whose typed spans it reads.
    asked: list[str] = []
    scanned: dict[str, object] = {}
    own_tagged = Composer._tagged

    def tagged(self, s):
        scanned[s.id] = s
        return own_tagged(self, s)

    Composer._tagged = tagged  # type: ignore[method-assign]  # on the class: the Reader binds it at __init__
    try:
        first = fresh()
        own_tag = first.composer._tagger.tag
        first.composer._tagger.tag = lambda t: asked.append(t) or own_tag(t)
        engine._state = first
        for q in (*warm, *qs):
            engine.ask(q)
    finally:
        Composer._tagged = own_tagged  # type: ignore[method-assign]
    corpus_texts = {s.folded for s in engine.corpus.sentences}
    stored = [t for t in dict.fromkeys(asked) if t in corpus_texts]
    out: dict = {"size": size, "questions": len(qs), "texts_tagged": len(asked), "distinct": len(set(asked)),
                 "corpus_sentences_tagged": len(stored), "sentences_scanned": len(scanned), "runs": []}

    for _ in range(runs):
        states = {"A": fresh(), "B": fresh(), "C": fresh()}
        for name in "BC":
            for t in stored:
                states[name].composer._tagger.tag(t)
        for s in scanned.values():
            states["C"].composer._tagged(s)
        for state in states.values():
            engine._state = state
            for q in warm:
                engine.ask(q)
        cpu: dict[str, list[float]] = {k: [] for k in states}
        answers: dict[str, list[tuple]] = {k: [] for k in states}
        load0 = os.getloadavg()[0]
        names = list(states)
        for i, q in enumerate(qs):
            for name in names[i % 3:] + names[:i % 3]:
                engine._state = states[name]
                c0 = time.process_time()
                a = engine.ask(q)
                cpu[name].append(time.process_time() - c0)
                answers[name].append(_answer(a))
        r = {k: _summary(v) for k, v in cpu.items()}
        r["load"] = [load0, os.getloadavg()[0]]
        r["answers_differ"] = {k: sum(x != y for x, y in zip(answers["A"], answers[k], strict=True)) for k in "BC"}
        out["runs"].append(r)

    # Build cost: tags, then typed spans, of every 10th corpus sentence, on a fresh tagger.
    sents = engine.corpus.sentences
    texts = [sents[i].folded for i in range(0, len(sents), 10)]
    tagger = PosTagger(engine.tokenizer.pos_tokenizer(), engine.tokenizer.hmm, texts=0)
    tagger.tag(WARM_UP[0])
    c0 = time.process_time()
    tags = [list(tagger.tag(t)) for t in texts]
    tag_s = time.process_time() - c0
    comp = base.composer
    c0 = time.process_time()
    for t, p in zip(texts, tags, strict=True):
        extract(t, p, comp._names, comp._freq)
    spans_s = time.process_time() - c0
    out["build"] = {"sentences": len(texts), "tag_us": tag_s / len(texts) * 1e6,
                    "typed_us": spans_s / len(texts) * 1e6, "load_end": os.getloadavg()[0]}
    return out


def print_report(r: dict) -> None:
    print(f"corpus {r['size']}, {r['questions']} questions: {r['texts_tagged']} texts tagged ({r['distinct']} "
          f"distinct), {r['corpus_sentences_tagged']} of them corpus sentences; typed spans of "
          f"{r['sentences_scanned']} sentences read")
    for i, run_ in enumerate(r["runs"], 1):
        a = run_["A"]
        print(f"run {i} (load {run_['load'][0]:.1f} → {run_['load'][1]:.1f}), CPU ms mean / p50 / p99:")
        for name, label in (("A", "as now"), ("B", "tags stored"), ("C", "tags and typed spans stored")):
            s = run_[name]
            ratio = "" if name == "A" else (f"   ×{s['mean_ms'] / a['mean_ms']:.3f} mean, "
                                            f"×{s['p50_ms'] / a['p50_ms']:.3f} p50; answers that differ from A: "
                                            f"{run_['answers_differ'][name]}")
            print(f"  {label:28}{s['mean_ms']:6.2f}{s['p50_ms']:7.2f}{s['p99_ms']:7.2f}{ratio}")
    b = r["build"]
    print(f"build cost over {b['sentences']:,} corpus sentences (load {b['load_end']:.1f}): tags {b['tag_us']:.0f} µs, "
          f"typed spans {b['typed_us']:.0f} µs a sentence; at 1M: +{b['tag_us']:.0f} / "
          f"+{b['tag_us'] + b['typed_us']:.0f} CPU-s (÷ 2 build processes for wall time)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Best-case gain of index-time tags (and typed spans) on the bench_ask stream, and their build "
                    "cost.",
        epilog="examples:\n  python benchmarks/bench_tag_bound.py\n"
               "  python benchmarks/bench_tag_bound.py --size 20k --runs 3 --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--size", choices=list(SIZES), default="200k", help="corpus size (default 200k)")
    parser.add_argument("--questions", type=int, default=1000, metavar="N", help="questions in the stream")
    parser.add_argument("--runs", type=int, default=2, help="rounds of the three composers (default 2)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if cmrc_missing():
        return 1
    if args.questions < 1 or args.runs < 1:
        print("error: --questions and --runs must be at least 1", file=sys.stderr)
        return 2
    result = run(args.size, args.questions, args.runs)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
