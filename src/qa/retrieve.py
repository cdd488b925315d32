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
import time
from collections.abc import Callable, Container
from typing import Protocol, cast

from .config import Config
from .index import (
    CorruptIndex,
    SparseIndex,
    build_index,
    cache_key,
    clean_stale_temp_files,
    load_index,
    save_index,
    tokenize_corpus,
)
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

    def __init__(self, corpus: Corpus, index: SparseIndex, info: dict):
        self.corpus = corpus
        self.index = index
        self.info = info  # how the index came to be: built or loaded, timings, cache path
        self.vocabulary = index.term_ids

    def search(self, tokens: list[str], k: int) -> list[Hit]:
        sents = self.corpus.sentences
        return [Hit(sents[i], score) for i, score in self.index.search(tokens, k)]

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
                     rebuild: bool = False) -> SparseRetriever:
    """Load the persisted index for this corpus and config, or build (and persist) it."""
    icfg = config.index
    key = cache_key(corpus.fingerprint, len(corpus.sentences), tokenizer, icfg.k1, icfg.b)
    path = config.path(icfg.cache_dir) / f"index-{key}.npz"
    try:
        for tmp in clean_stale_temp_files(path.parent):
            log.info("removed %s, left by a process killed while saving", tmp)
        cached = path.is_file() and not rebuild
        usable = True
    except OSError as exc:  # e.g. a cache folder this user may not read
        log.warning("index cache folder %s is not usable (%s); building the index in memory", path.parent,
                    exc.strerror or exc)
        cached = usable = False
    if cached:
        t0 = time.perf_counter()
        try:
            index = load_index(path, len(corpus.sentences))
            return SparseRetriever(corpus, index, {"cache": str(path), "loaded": True,
                                                   "load_seconds": time.perf_counter() - t0})
        except CorruptIndex as exc:
            log.warning("index cache %s is unusable (%s); rebuilding it", path, exc)
    t0 = time.perf_counter()
    index = build_index(tokenize_corpus(tokenizer, corpus.sentences, progress), icfg.k1, icfg.b)
    info = {"cache": str(path) if usable else "", "loaded": False, "build_seconds": time.perf_counter() - t0}
    try:
        if usable:
            save_index(index, path)
    except OSError as exc:
        log.warning("cannot write the index cache %s: %s (continuing without it)", path, exc)
        info["cache"] = ""
    return SparseRetriever(corpus, index, info)


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
