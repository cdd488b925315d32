"""Adding pages to a large segmented index: how soon they are searchable, and what many segments cost a query.

    .venv/bin/python benchmarks/bench_segments.py                 # 200k sentences (the issue asks 1M: see README)
    .venv/bin/python benchmarks/bench_segments.py --size 20k      # a quick run

Setup: a corpus folder holding the benchmark corpus (`make_corpus.py`, one .jsonl file) is indexed once (kept in
benchmarks/data/cache-seg-SIZE, so later runs start from it). Then, through `Engine.reload()` — what `:reload`,
`/reload` and the file watcher call — it measures:

- **one page**: a new file of ~100 sentences (synthetic articles made like the corpus's) written into the folder;
  the time until `reload()` returns, after which questions are answered from it (checked: a sentence of the
  page is found by searching its own tokens). Split into corpus load (`load_parsed`: read and parse the new
  file, reuse the other files' articles and sentences) and the index update (segments.py: tokenize the new
  file, reweight all segments);
- **a day**: 20 such pages at once;
- **query latency**: the CMRC trial questions (tokenized beforehand, as `Engine.ask` does) against the index
  with the base segment + 20 one-page segments (no merging), then after `--optimize`-style folding into one
  segment. Medians of best-of-3 calls, and their ratio.

Each step is repeated `--repeat` times (fresh pages each time) and the median reported.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from bench_retrieval import questions, time_each  # noqa: E402
from make_corpus import SIZES, count_sentences, make_articles, write_corpus  # noqa: E402


def pages(n_pages: int, per_page: int = 100, seed: int = 7) -> list[list[dict]]:
    """`n_pages` lists of synthetic articles of about `per_page` sentences each (ids unique to the pages)."""
    out: list[list[dict]] = []
    cur: list[dict] = []
    size = 0
    for a in make_articles(10**9, seed=seed):
        if not a["id"].startswith("syn:"):
            continue
        a = {**a, "id": f"page{seed}-{len(out)}:{a['id']}"}
        cur.append(a)
        size += count_sentences(a)
        if size >= per_page:
            out.append(cur)
            cur, size = [], 0
            if len(out) == n_pages:
                return out
    return out


def write_page(folder: Path, name: str, articles: list[dict]) -> None:
    (folder / name).write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                               encoding="utf-8")


def timed_reload(engine) -> dict:
    """engine.reload(), with the corpus load and the index update timed apart."""
    import qa.engine as eng

    spans: dict[str, float] = {}
    real_load, real_sparse = eng.load_parsed, eng.sparse_retriever

    def load(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return real_load(*args, **kwargs)
        finally:
            spans["corpus_load"] = time.perf_counter() - t0

    def sparse(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return real_sparse(*args, **kwargs)
        finally:
            spans["index_update"] = time.perf_counter() - t0

    eng.load_parsed, eng.sparse_retriever = load, sparse
    try:
        t0 = time.perf_counter()
        assert engine.reload()
        spans["total"] = time.perf_counter() - t0
    finally:
        eng.load_parsed, eng.sparse_retriever = real_load, real_sparse
    return spans


def searchable(engine, articles: list[dict]) -> bool:
    """A body sentence of the new page is the top hit for its own tokens."""
    corpus = engine.corpus
    ids = {a["id"] for a in articles}
    sents = [s for s in (corpus.sentences_of(a.id) for a in corpus.articles if a.id in ids) for s in s
             if s.kind == "body"]
    target = sents[len(sents) // 2]
    tokens = engine.tokenizer.search_tokens(target.text, engine.retriever.vocabulary)
    return engine.retriever.search(tokens, 5)[0].sentence.text == target.text


def median(xs):
    return statistics.median(xs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=list(SIZES), default="200k")
    parser.add_argument("--repeat", type=int, default=3, help="repetitions of each add (median reported)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from qa.config import load_config
    from qa.engine import Engine
    from qa.segments import SegmentStore

    data = BENCH_DIR / "data"
    source = write_corpus(args.size)
    folder = data / f"seg-corpus-{args.size}"
    cache = data / f"cache-seg-{args.size}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / source.name).symlink_to(source)
    config = load_config().replace(**{"index.cache_dir": str(cache)})

    out: dict = {"size": args.size}
    t0 = time.perf_counter()
    engine = Engine(config, [folder])
    out["start_seconds"] = time.perf_counter() - t0
    out["start_tokenized"] = engine.retriever.changes.sentences
    out["sentences"] = len(engine.corpus.sentences)
    out["postings"] = engine.retriever.stats()["postings"]

    # Page names unique to this run: their segments cannot come from an earlier run's cache.
    stamp = time.strftime("%Y%m%d%H%M%S")
    all_pages = pages(args.repeat * 21, seed=7)
    one, day = [], []
    for r in range(args.repeat):
        page = all_pages[r * 21]
        write_page(folder, f"page-{stamp}-{r}-0.jsonl", page)
        spans = timed_reload(engine)
        assert searchable(engine, page), "the new page is not found"
        one.append({**spans, "sentences": engine.last_reload.sentences})
        batch = all_pages[r * 21 + 1:(r + 1) * 21]
        for i, p in enumerate(batch, 1):
            write_page(folder, f"page-{stamp}-{r}-{i}.jsonl", p)
        spans = timed_reload(engine)
        assert all(searchable(engine, p) for p in batch[:3])
        day.append({**spans, "sentences": engine.last_reload.sentences})
        for f in folder.glob(f"page-{stamp}-{r}-*.jsonl"):  # back to the base corpus for the next repetition
            f.unlink()
        engine.reload()
    for name, runs in (("one_page", one), ("day_20_pages", day)):
        out[name] = {k: median([r[k] for r in runs]) for k in runs[0]}

    # Query latency: base + 20 one-page segments (no merging) vs one optimized segment.
    for i, p in enumerate(all_pages[:20]):
        write_page(folder, f"q-{i}.jsonl", p)
    from qa.load import corpus_from_articles, load_corpus

    corpus = load_corpus([folder], config.corpus.extensions)
    store = SegmentStore(cache / "query-bench")
    base_names = {source.name}
    prev = None
    # Grow the corpus one page at a time, so each page lands in its own segment.
    tokenizer = engine.retriever.base_tokenizer
    for i in range(21):
        files = base_names | {f"q-{j}.jsonl" for j in range(i)}
        arts = [a for a in corpus.articles if Path(a.file).name in files]
        part = corpus_from_articles(arts)
        prev = store.update(part, tokenizer, config.index.k1, config.index.b, merge=False,
                            previous=prev.index.segments if prev else ())
    many = prev.index
    one_seg = store.update(part, tokenizer, config.index.k1, config.index.b, optimize=True,
                           previous=many.segments).index
    qs = questions()
    tokens = [engine.tokenizer.search_tokens(q, many.vocabulary) for q in qs]
    k = config.retrieve.candidates_k
    for t in tokens[:50]:  # same answers, same scores
        a, b = many.search(t, k), one_seg.search(t, k)
        assert all(abs(x[1] - y[1]) < 1e-6 for x, y in zip(a, b, strict=True)) and len(a) == len(b)
    lat_many = time_each(lambda t: many.search(t, k), tokens, repeat=3)
    lat_one = time_each(lambda t: one_seg.search(t, k), tokens, repeat=3)
    lat_many2 = time_each(lambda t: many.search(t, k), tokens, repeat=3)  # again: the order of runs matters little
    out["query"] = {
        "segments_many": len(many.segments), "segments_one": len(one_seg.segments), "queries": len(tokens),
        "p50_ms_many": median(lat_many + lat_many2) * 1e3, "p50_ms_one": median(lat_one) * 1e3,
    }
    out["query"]["ratio"] = out["query"]["p50_ms_many"] / out["query"]["p50_ms_one"]
    for f in folder.glob("q-*.jsonl"):
        f.unlink()
    shutil.rmtree(cache / "query-bench", ignore_errors=True)

    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    print(f"corpus {args.size}: {out['sentences']:,} sentences, {out['postings']:,} postings; "
          f"engine start {out['start_seconds']:.1f} s ({out['start_tokenized']:,} sentences tokenized)")
    for name, label in (("one_page", "add one page"), ("day_20_pages", "add a day (20 pages)")):
        r = out[name]
        print(f"{label:>22}: {r['total']:.2f} s to searchable (median of {args.repeat}; {r['sentences']:.0f} "
              f"sentences) = corpus load {r['corpus_load']:.2f} s + index update {r['index_update']:.2f} s "
              f"+ the rest {r['total'] - r['corpus_load'] - r['index_update']:.2f} s")
    q = out["query"]
    print(f"{'query p50, best of 3':>22}: {q['segments_many']} segments {q['p50_ms_many']:.3f} ms, "
          f"{q['segments_one']} segment {q['p50_ms_one']:.3f} ms, ratio {q['ratio']:.2f} ({q['queries']} questions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
