"""Query tokens → top-k sentences (Hits). One protocol, several backends chosen by `index.backend`:

- sparse     the in-process CSR index of `index.py` (default), persisted in the cache directory;
- rank-bm25  rank_bm25.BM25Okapi, the reference (slow: it scores every sentence in Python);
- sphinx     a Sphinx/Manticore cluster over SphinxQL (`sphinx.py`).

This is the base every backend imports: the `Retriever` protocol, `RetrieverUnavailable` and the registry
`BACKENDS`, which names each backend's factory as "module:function" and imports it on first use. So this module
imports no remote backend (Sphinx's PyMySQL is loaded only when it is chosen) and nothing imports in a circle.
The composer and the adapters only see `Retriever.search`.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Container
from typing import Protocol, cast

from .config import Config
from .index import tokenize_corpus
from .segments import Changes, Segment, SegmentedIndex, SegmentStore, base_key
from .tokenize import Tokenizer
from .types import Corpus, Hit

log = logging.getLogger(__name__)


class RetrieverUnavailable(RuntimeError):
    """The backend cannot answer correctly right now (a search cluster down or holding another corpus)."""


PARTIAL_NOTE = "部分数据分片暂时不可用，答案可能不完整。"


class Retriever(Protocol):
    name: str
    vocabulary: Container[str]  # the terms the index knows, for splitting unknown query words

    # Raises RetrieverUnavailable rather than return a silently short list.
    def search(self, tokens: list[str], k: int) -> list[Hit]: ...

    # Sizes and timings; "problem" (when present and not "") says why the backend cannot serve right now.
    def stats(self) -> dict: ...


class SparseRetriever:
    name = "sparse"

    def __init__(self, corpus: Corpus, index: SegmentedIndex, info: dict, *, units: dict[str, str] | None = None,
                 changes: Changes | None = None, base: Tokenizer | None = None):
        self.corpus = corpus
        self.index = index
        self.info = info  # how the index came to be: built or loaded, timings, cache path
        self.vocabulary: Container[str] = index.vocabulary
        self.units = units or {}  # file → content key, to tell what the next update changes
        self.changes = changes or Changes()
        self.base_tokenizer = base  # without byline names: each file is tokenized with its own (segments.py)

    @property
    def segments(self) -> list[Segment]:
        return self.index.segments

    def search(self, tokens: list[str], k: int) -> list[Hit]:
        found = self.index.search(tokens, k)
        sents = self.corpus.sentences.take([i for i, _ in found])  # (made at once: ~40 a question)
        return [Hit(s, score) for s, (_, score) in zip(sents, found, strict=True)]

    def holding(self, term: str) -> list[int] | None:
        """The corpus sentence numbers whose index tokens hold `term`, in corpus order; None when the index
        cannot tell (SegmentedIndex.holding). A rule that would read every sentence for a word reads these."""
        rows = self.index.holding(term)
        return None if rows is None else rows.tolist()

    def stats(self) -> dict:
        return {"backend": self.name, **self.index.stats(), **self.info}


class RankBM25Retriever:
    """rank_bm25.BM25Okapi over the same tokens: the reference the sparse index is tested against."""

    name = "rank-bm25"

    def __init__(self, corpus: Corpus, tokenizer: Tokenizer, config: Config, progress: bool = False):
        from rank_bm25 import BM25Okapi

        self.corpus = corpus
        tok = tokenize_corpus(tokenizer, corpus.sentences, progress)
        docs = [[tok.vocab[i] for i in tok.ids[a:b]] for a, b in zip(tok.offsets[:-1], tok.offsets[1:], strict=True)]
        icfg = config.index
        # rank-bm25 divides by zero on an empty corpus; give it one empty document it can never return.
        self.bm25 = BM25Okapi(docs or [[]], k1=icfg.k1, b=icfg.b, epsilon=icfg.epsilon)
        self.vocabulary = self.bm25.idf

    def search(self, tokens: list[str], k: int) -> list[Hit]:
        if not tokens or not self.corpus.sentences:
            return []
        scores = self.bm25.get_scores(tokens)
        order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:k]
        return [Hit(self.corpus.sentences[i], float(scores[i])) for i in order if scores[i] > 0]

    def stats(self) -> dict:
        return {"backend": self.name, "sentences": len(self.corpus.sentences), "terms": len(self.bm25.idf)}


def sparse_retriever(config: Config, corpus: Corpus, tokenizer: Tokenizer, progress: bool = False,
                     rebuild: bool = False, *, corpus_id: str = "", previous: Retriever | None = None,
                     optimize: bool = False, merge: bool = False) -> SparseRetriever:
    """The segmented index of this corpus (segments.py): segments of unchanged files are reused (from
    `previous`, an earlier SparseRetriever, or the cache folder), new and changed files are tokenized into a new
    segment. `corpus_id` names the corpus in the catalog, to say which files changed since its last build;
    `optimize` folds all segments into one, `merge` applies the tiered merge policy."""
    icfg = config.index
    base = Tokenizer(config)  # read anew: a changed user dictionary or stopword list means other tokens
    key = base_key(base)
    prev = previous if isinstance(previous, SparseRetriever) and previous.info.get("base_key") == key else None
    folder = config.path(icfg.cache_dir) / f"sparse-{key}"
    built = SegmentStore(folder).update(
        corpus, base, icfg.k1, icfg.b, corpus_id=corpus_id, previous=prev.segments if prev else (),
        previous_units=prev.units if prev else None, rebuild=rebuild, optimize=optimize, merge=merge,
        progress=progress)
    return SparseRetriever(corpus, built.index, {**built.info, "base_key": key}, units=built.units,
                           changes=built.changes, base=base)


def rank_bm25_retriever(config: Config, corpus: Corpus, tokenizer: Tokenizer, progress: bool = False,
                        rebuild: bool = False) -> RankBM25Retriever:
    """The reference backend (built in memory each time: nothing to rebuild)."""
    return RankBM25Retriever(corpus, tokenizer, config, progress)


Factory = Callable[..., Retriever]  # (config, corpus, tokenizer, progress=, rebuild=) → Retriever

# Backend name → its factory, "module:function". Keep the names in step with config.BACKENDS (a test checks).
BACKENDS: dict[str, str] = {
    "sparse": f"{__name__}:sparse_retriever",
    "rank-bm25": f"{__name__}:rank_bm25_retriever",
    "sphinx": "qa.sphinx:sphinx_retriever",
}


def factory(backend: str) -> Factory:
    """The factory registered for `backend`; KeyError for a name that is not registered."""
    module, _, name = BACKENDS[backend].partition(":")
    return cast(Factory, getattr(importlib.import_module(module), name))


def make_retriever(config: Config, corpus: Corpus, tokenizer: Tokenizer, progress: bool = False,
                   rebuild: bool = False) -> Retriever:
    """The retriever of the config's `index.backend`. `rebuild` ignores the index cache (sparse) or reloads
    the cluster (sphinx)."""
    return factory(config.index.backend)(config, corpus, tokenizer, progress=progress, rebuild=rebuild)
