"""What tagging the whole corpus at index time would add to a build, if it tagged with the dictionary the composer
tags with (every byline name of the corpus), so that stored tags could replace the composer's own.

In one process with the corpus loaded and its engine ready, both on two forked worker processes, as the index build
runs: (1) tokenizing every sentence for the index (`index.tokenize_corpus`, today's build step), (2) POS-tagging every
sentence's folded text with a `PosTagger` over the engine's tokenizer, the one the composer uses. Wall and CPU seconds
(the workers' CPU included), the words a sentence, and a check that the workers' tags equal the composer's own on a
sample: the same dictionary gives the same tags, so answers read from such a store would be the same.

`--pages` asks instead how often such a store would go stale, on the real news pages of tests/data/pages taken
as files ingested one by one in date order: how many bring a byline name no earlier file had (each would change
the composer's dictionary, so every stored tag), and how many sentences a file's own names alone (as the index
tokenizes each file) tag differently from the composer's dictionary; and, in this process, what a sentence costs
to tokenize for the index and to tag either way (real text: its clauses rarely repeat, as the synthetic corpus's
do, which the tagger's clause cache serves).

Usage:
  python benchmarks/bench_tag_build.py               # 200k (~3 min with a cached index)
  python benchmarks/bench_tag_build.py --size 20k --json
  python benchmarks/bench_tag_build.py --pages
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from make_corpus import SIZES, write_corpus  # noqa: E402

_BATCH = 2_000
_tagger = None  # a worker's, made after the fork from the engine's tokenizer


def _init(tokenizer) -> None:
    from qa.postag import PosTagger

    global _tagger
    _tagger = PosTagger(tokenizer.pos_tokenizer(), tokenizer.hmm, texts=0)  # no text cache: every text once


def _tag(texts: list[str]) -> list[tuple[bytes, str]]:
    """Each text's tags packed as a store would keep them: word lengths (a byte each) and flags."""
    out = []
    for t in texts:
        tags = _tagger.tag(t)  # type: ignore[union-attr]
        out.append((bytes(min(len(w), 255) for w, _f in tags), " ".join(f for _w, f in tags)))
    return out


def _unpack(text: str, packed: tuple[bytes, str]) -> tuple:
    ends = [0]
    for n in packed[0]:
        ends.append(ends[-1] + n)
    return tuple((text[a:b], f) for a, b, f in zip(ends[:-1], ends[1:], packed[1].split(" "), strict=True))


def _times() -> tuple[float, float]:
    t = os.times()
    return time.perf_counter(), t.user + t.system + t.children_user + t.children_system


def run(size: str, sample: int) -> dict:
    from qa.config import load_config
    from qa.engine import Engine
    from qa.index import tokenize_corpus

    config = load_config().replace(**{"index.cache_dir": str(BENCH_DIR / "data" / f"cache-{size}")})
    engine = Engine(config, [write_corpus(size, progress=False)], progress=False)
    sentences = engine.corpus.sentences
    out: dict = {"size": size, "sentences": len(sentences), "load": [os.getloadavg()[0]]}

    w0, c0 = _times()
    tokenize_corpus(engine.tokenizer, sentences, processes=2)
    w1, c1 = _times()
    out["tokenize"] = {"wall_s": w1 - w0, "cpu_s": c1 - c0}

    texts = [s.folded for s in sentences]
    batches = [texts[i:i + _BATCH] for i in range(0, len(texts), _BATCH)]
    w0, c0 = _times()
    with multiprocessing.get_context("fork").Pool(2, _init, (engine.tokenizer,)) as pool:
        tags = [t for batch in pool.imap(_tag, batches) for t in batch]
    w1, c1 = _times()
    words = sum(len(t[0]) for t in tags)
    out["tag"] = {"wall_s": w1 - w0, "cpu_s": c1 - c0, "words_per_sentence": words / len(tags)}

    composer = engine._state.composer  # a benchmark may reach inside: the composer's own tagger
    step = max(1, len(texts) // sample)
    checked = range(0, len(texts), step)
    out["tags_differ"] = sum(tuple(composer._pos(texts[i])) != _unpack(texts[i], tags[i]) for i in checked)
    out["tags_checked"] = len(checked)
    out["load"].append(os.getloadavg()[0])
    return out


def pages(folder: Path) -> dict:
    import re
    import tempfile

    from qa.config import load_config
    from qa.engine import Engine
    from qa.index import tokenize_corpus
    from qa.postag import PosTagger
    from qa.segments import corpus_units

    with tempfile.TemporaryDirectory() as cache:
        engine = Engine(load_config().replace(**{"index.cache_dir": cache}), [folder], progress=False)
    units = sorted(corpus_units(engine.corpus), key=lambda u: (re.findall(r"\d{8}", u.name) or ["0"])[0])
    seen: set[str] = set()
    new = 0
    for u in units:
        new += bool(set(u.names) - seen)
        seen |= set(u.names)
    base = engine.retriever.base_tokenizer  # type: ignore[attr-defined]  # without byline names
    texts = [[engine.corpus.sentences[int(i)].folded for i in u.sentences] for u in units]
    warm = PosTagger(engine.tokenizer.pos_tokenizer(), engine.tokenizer.hmm, texts=0)
    for unit_texts in texts[:20]:  # the HMM's tables are built on first use: not in either timing
        for t in unit_texts:
            warm.tag(t)
    c0 = time.process_time()
    tokenize_corpus(engine.tokenizer, engine.corpus.sentences, processes=1)  # the index's step, for scale
    tokenize_s = time.process_time() - c0
    c0 = time.process_time()
    own = []
    for u, unit_texts in zip(units, texts, strict=True):
        with base.scoped_names(u.names):  # the file's own names only, as the index workers tokenize it
            tagger = PosTagger(base.pos_tokenizer(), base.hmm, texts=0)
            own += [tuple(tagger.tag(t)) for t in unit_texts]
    own_s = time.process_time() - c0
    tagger = PosTagger(engine.tokenizer.pos_tokenizer(), engine.tokenizer.hmm, texts=0)  # as the composer tags
    c0 = time.process_time()
    every = [tuple(tagger.tag(t)) for unit_texts in texts for t in unit_texts]
    every_s = time.process_time() - c0
    return {"files": len(units), "files_with_names": sum(bool(u.names) for u in units), "names": len(seen),
            "files_bringing_a_new_name": new, "sentences": len(every),
            "tagged_differently_with_own_names": sum(a != b for a, b in zip(own, every, strict=True)),
            "tokenize_us": tokenize_s / len(every) * 1e6, "tag_us_own_names": own_s / len(every) * 1e6,
            "tag_us_every_name": every_s / len(every) * 1e6}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build cost of tagging the corpus at index time with the "
                                                 "composer's dictionary, beside the index's own tokenizing.")
    parser.add_argument("--size", choices=list(SIZES), default="200k", help="corpus size (default 200k)")
    parser.add_argument("--sample", type=int, default=2000, help="sentences whose tags are checked (default 2000)")
    parser.add_argument("--pages", action="store_true", help="how often new byline names would make stored "
                                                                "tags stale, on tests/data/pages")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.pages:
        print(json.dumps(pages(BENCH_DIR.parent / "tests" / "data" / "pages"), indent=2))
        return 0
    r = run(args.size, args.sample)
    if args.json:
        print(json.dumps(r, indent=2))
        return 0
    t, g = r["tokenize"], r["tag"]
    print(f"{r['sentences']:,} sentences, load {r['load'][0]:.1f} → {r['load'][1]:.1f}, two processes:")
    print(f"  index tokenizing  {t['wall_s']:6.1f} s wall {t['cpu_s']:6.1f} s CPU")
    print(f"  tagging           {g['wall_s']:6.1f} s wall {g['cpu_s']:6.1f} s CPU, "
          f"{g['words_per_sentence']:.1f} words a sentence")
    print(f"  tags differing from the composer's: {r['tags_differ']} of {r['tags_checked']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
