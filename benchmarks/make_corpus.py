"""Build the benchmark corpora: about 20k, 200k and 1M sentences of real Chinese text, as .jsonl articles.

Source text: the 256 CMRC 2018 trial contexts (Wikipedia-style Chinese, 134k characters) and the seed page.
The originals go in first, unchanged, so every trial question still has its answer in each corpus. The rest is
synthesized, deterministically (fixed seed), from their clauses:

- every source sentence is cut into clauses at ，、：, (a clause keeps its comma);
- a synthetic sentence takes the clause count of a random source sentence and fills it with clauses drawn at
  random from the whole pool, ending with 。 — so sentence lengths, word frequencies and co-occurrence stay
  those of real text, and sentences are not exact copies (nothing can win by caching repeated sentences);
- digits in synthetic clauses are redrawn at random (same number of digits), so numbers with units
  ("2015年", "75.11万人次") keep growing the vocabulary as a real archive's dates and figures do;
- articles take a random CMRC title plus a serial number, and 5–25 sentences in 1–4 paragraphs.

What this cannot reproduce: new words. A real 1M-sentence archive has many more distinct terms (names, places)
than 134k characters can supply, so here posting lists are longer than in real text (pessimistic for query
time) and the vocabulary is smaller (optimistic for memory). bench_retrieval.py prints the term count.

Usage:
  python benchmarks/make_corpus.py                 # all sizes: 20k, 200k, 1m
  python benchmarks/make_corpus.py --sizes 20k 200k
  python benchmarks/make_corpus.py --sizes 1m --force
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from qa.config import PROJECT_ROOT
from qa.load import parse_page
from qa.split import split_text

BENCH_DIR = Path(__file__).resolve().parent
DATA_DIR = BENCH_DIR / "data"
CMRC = PROJECT_ROOT / "tests" / "data" / "cmrc2018_trial.json"  # CC BY-SA 4.0, see tests/data/README.md
SEEDS = PROJECT_ROOT / "seeds"
SIZES = {"20k": 20_000, "200k": 200_000, "1m": 1_000_000}
SEED = 2018

_CLAUSE = re.compile(r"[^，、：,]+[，、：,]?")
_DIGITS = re.compile(r"\d+")


def corpus_path(size: str) -> Path:
    return DATA_DIR / f"corpus-{size}.jsonl"


def source_articles() -> list[dict]:
    """The real articles: CMRC trial contexts, then the seed page's articles (as parsed by the project)."""
    data = json.loads(CMRC.read_text(encoding="utf-8"))
    out = []
    for art in data["data"]:
        for p in art["paragraphs"]:
            out.append({"id": f"cmrc:{p['id']}", "title": art.get("title", ""), "text": p["context"]})
    for f in sorted(SEEDS.glob("*.txt")):
        for a in parse_page(f.read_text(encoding="utf-8"), f.name):
            body = "\n".join(p.text for p in a.body)
            if body:
                out.append({"id": f"seed:{a.id}", "title": a.headline, "text": body, "byline": a.byline.text})
    return out


def count_sentences(article: dict) -> int:
    """Sentences the loader will make of this article: title and byline are one each, body split."""
    n = int(bool(article.get("title"))) + int(bool(article.get("byline")))
    return n + sum(len(split_text(chunk.strip())) for chunk in article["text"].split("\n") if chunk.strip())


def make_articles(target: int, seed: int = SEED):
    """Yield articles until about `target` sentences (the last article may overshoot by a few)."""
    rng = random.Random(seed)
    sources = source_articles()
    titles = [a["title"] for a in sources if a["title"]]
    clauses: list[str] = []
    shapes: list[int] = []  # clauses per source sentence
    for a in sources:
        for chunk in a["text"].split("\n"):
            for s, e in split_text(chunk):
                parts = [c.strip() for c in _CLAUSE.findall(chunk[s:e].rstrip("。！？!?；;…")) if c.strip()]
                if parts:
                    clauses.extend(parts)
                    shapes.append(len(parts))
    total = 0
    for a in sources:
        total += count_sentences(a)
        yield a
    serial = 0
    while total < target:
        serial += 1
        paragraphs = []
        for _ in range(rng.randint(1, 4)):
            sents = []
            for _ in range(rng.randint(2, 6)):
                picked = [rng.choice(clauses).rstrip("，、：,") for _ in range(rng.choice(shapes))]
                text = "，".join(picked) + "。"
                sents.append(_DIGITS.sub(lambda m: "".join(rng.choice("0123456789") for _ in m.group()), text))
            paragraphs.append("".join(sents))
        article = {"id": f"syn:{serial}", "title": f"{rng.choice(titles)}（{serial}）", "text": "\n".join(paragraphs)}
        total += count_sentences(article)
        yield article


def write_corpus(size: str, force: bool = False, progress: bool = False) -> Path:
    """Write benchmarks/data/corpus-<size>.jsonl unless it exists; returns its path."""
    path = corpus_path(size)
    if path.exists() and not force:
        return path
    from tqdm import tqdm

    target = SIZES[size]
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh, \
            tqdm(total=target, unit=" sent", desc=f"corpus {size}", disable=not progress or None, leave=False) as bar:
        for article in make_articles(target):
            fh.write(json.dumps(article, ensure_ascii=False) + "\n")
            bar.update(count_sentences(article))
    tmp.replace(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build the benchmark corpora (deterministic; see the module docstring for the method).",
        epilog="examples:\n  python benchmarks/make_corpus.py\n  python benchmarks/make_corpus.py --sizes 20k 200k\n"
               "  python benchmarks/make_corpus.py --sizes 1m --force",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--sizes", nargs="+", choices=list(SIZES), default=list(SIZES), help="which corpora")
    parser.add_argument("--force", action="store_true", help="rewrite corpora that already exist")
    args = parser.parse_args(argv)
    if not CMRC.exists():
        print(f"error: the CMRC 2018 trial file is missing: {CMRC}", file=sys.stderr)
        return 1
    for size in args.sizes:
        path = write_corpus(size, args.force, progress=sys.stderr.isatty())
        print(f"{size}: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
