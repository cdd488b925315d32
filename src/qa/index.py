"""Sentences → a sparse BM25 index: a CSR term × sentence matrix of precomputed BM25 weights (bm25.py).

A query's scores are the sum of its terms' rows, so a search touches only the sentences that contain a query
term. Scores equal rank-bm25's BM25Okapi wherever its IDF is non-negative (see bm25.py).

What persists in the cache directory are segments of raw term counts (segments.py), weighted at load; this
module is the weighting, the search and the tokenizing loop both share.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

from . import __version__, bm25
from .normalize import fold
from .tokenize import Tokenizer
from .types import Sentence

log = logging.getLogger(__name__)

INDEX_FORMAT = 2  # bump when the file layout or the weighting changes (2: weights from bm25.py)
PARALLEL_MIN = 20_000  # below this many sentences, one process tokenizes faster than two
_SAMPLE = 512  # candidates sampled for a floor under the k-th best score (SparseIndex.candidates)


@dataclass(frozen=True)
class Tokenized:
    """The corpus as token ids: ids[offsets[i]:offsets[i+1]] are sentence i's tokens."""

    vocab: tuple[str, ...]
    ids: np.ndarray  # int32
    offsets: np.ndarray  # int64, len = sentences + 1


class SparseIndex:
    def __init__(self, vocab: Sequence[str], matrix: sparse.csr_matrix, doc_len: np.ndarray, idf: np.ndarray,
                 term_ids: dict[str, int] | None = None):
        self.vocab = list(vocab)
        self.term_ids = term_ids if term_ids is not None else {t: i for i, t in enumerate(self.vocab)}
        self.matrix = matrix  # terms × sentences, BM25 weights
        self.doc_len = doc_len
        self.idf = idf
        self._local = threading.local()  # one score buffer per thread: searches may run concurrently

    @property
    def n_docs(self) -> int:
        return self.matrix.shape[1]

    def stats(self) -> dict:
        return {
            "sentences": int(self.n_docs), "terms": len(self.vocab), "postings": int(self.matrix.nnz),
            "avg_len": float(self.doc_len.mean()) if len(self.doc_len) else 0.0,
            "bytes": int(self.matrix.data.nbytes + self.matrix.indices.nbytes + self.matrix.indptr.nbytes),
        }

    def scores(self, tokens: Sequence[str]) -> np.ndarray:
        """Dense scores of every sentence (for tests and comparison; search() avoids the dense array)."""
        out = np.zeros(self.n_docs)
        for t in tokens:
            i = self.term_ids.get(t)
            if i is not None:
                row = self.matrix.getrow(i)
                out[row.indices] += row.data
        return out

    def search(self, tokens: Sequence[str], k: int) -> list[tuple[int, float]]:
        """Top-k (sentence index, score), best first; ties broken by sentence order; only matching sentences."""
        cand, vals = self.candidates(tokens, k)
        order = np.lexsort((cand, -vals))[:k]
        return list(zip(cand[order].tolist(), vals[order].tolist(), strict=True))  # plain ints and floats

    def candidates(self, tokens: Sequence[str], k: int) -> tuple[np.ndarray, np.ndarray]:
        """(sentences, scores), unsorted: the top k and every sentence tied with the k-th (so that a caller
        merging several indexes can break ties by its own sentence order)."""
        empty = (np.zeros(0, dtype=np.int64), np.zeros(0))
        rows = [self.term_ids[t] for t in tokens if t in self.term_ids]
        if not rows or k <= 0:
            return empty
        buf = getattr(self._local, "buf", None)
        if buf is None or len(buf) != self.n_docs:
            buf = self._local.buf = np.zeros(self.n_docs)
        indptr, indices, data = self.matrix.indptr, self.matrix.indices, self.matrix.data
        # (take and put: the same reads and writes as buf[ix], buf[ix] = …, ~20 % less time on the ~5,000 postings
        # a question reads at 200k; a row's sentences are distinct, so no write is lost)
        take, put = buf.take, buf.put
        seen: list[np.ndarray] = []
        # The longest postings list first: it lands in the clean buffer without being read or tested.
        for r in sorted(rows, key=lambda r: indptr[r] - indptr[r + 1]):
            a, b = indptr[r], indptr[r + 1]
            if a == b:
                continue
            ix = indices[a:b]
            if not seen:
                put(ix, data[a:b])
                seen.append(ix)
                continue
            cur = take(ix)  # one read serves both the "seen" test and the sum
            new = ix[cur == 0]  # weights are positive, so 0 means "not reached yet"
            if len(new):
                seen.append(new)
            put(ix, cur + data[a:b])
        if not seen:
            return empty
        cand = np.concatenate(seen)
        vals = take(cand)
        put(cand, 0.0)  # leave the buffer clean for the next query
        if len(cand) > k:
            # the k-th best score, and every sentence scoring at least it (ties at the boundary included: the
            # caller breaks them by sentence order); partition finds the value without an index array. Of many
            # candidates, those below the k-th best of an evenly spread sample of them are left out first: at
            # least k score that much (the sample's k best), so the k-th best of the rest is the k-th best of all.
            top = vals
            if len(vals) > 8 * _SAMPLE and k < _SAMPLE:
                sample = vals[:: len(vals) // _SAMPLE]
                top = vals[vals >= np.partition(sample, len(sample) - k)[len(sample) - k]]
            kth = np.partition(top, len(top) - k)[len(top) - k]
            part = np.flatnonzero(vals >= kth)
            cand, vals = cand[part], vals[part]
        return cand, vals


# ---------------------------------------------------------------- building

# A batch of work for one worker: (byline names, [(text, kind), …]) per unit of sentences tokenized together.
Batch = Sequence[tuple[Sequence[str], Sequence[tuple[str, str]]]]
BATCH_SENTENCES = 5000


def _tokenize_batch(tokenizer: Tokenizer, batch: Batch) -> tuple[list[str], np.ndarray, np.ndarray]:
    """→ local vocabulary, token ids, lengths. Each unit is tokenized with its own byline names kept whole
    (none for a whole-corpus build). Folding happens here, in the workers, rather than once per sentence object
    kept in memory."""
    vocab: dict[str, int] = {}
    ids: list[int] = []
    lengths: list[int] = []
    for names, items in batch:
        with tokenizer.scoped_names(names):
            for text, kind in items:
                toks = tokenizer.passage_tokens(fold(text), kind)
                lengths.append(len(toks))
                ids.extend(vocab.setdefault(t, len(vocab)) for t in toks)
    return list(vocab), np.asarray(ids, dtype=np.int32), np.asarray(lengths, dtype=np.int64)


# The tokenizer of a forked worker: inherited through fork (set by the pool's initializer), never pickled —
# it holds its own copy of jieba's dictionary.
_worker_tokenizer: Tokenizer | None = None


def _init_worker(tokenizer: Tokenizer) -> None:
    global _worker_tokenizer
    _worker_tokenizer = tokenizer


def _tokenize_in_worker(batch: Batch) -> tuple[list[str], np.ndarray, np.ndarray]:
    assert _worker_tokenizer is not None
    return _tokenize_batch(_worker_tokenizer, batch)


def tokenize_batches(tokenizer: Tokenizer, batches: Sequence[Batch], progress: bool = False,
                     processes: int | None = None) -> Tokenized:
    """Every batch's sentences → token ids, in order, on all cores for large corpora. Ids are assigned during
    tokenization (per batch, then merged by vocabulary), never by a second pass over the tokens."""
    from tqdm import tqdm

    total = sum(len(items) for batch in batches for _, items in batch)
    bar = tqdm(total=total, unit=" sent", desc="tokenizing", disable=not progress or None, leave=False)
    processes = processes or os.cpu_count() or 1
    vocab: dict[str, int] = {}
    all_ids, all_len = [], []

    def merge(result):
        local_vocab, ids, lengths = result
        remap = np.fromiter((vocab.setdefault(t, len(vocab)) for t in local_vocab), dtype=np.int32,
                            count=len(local_vocab))
        all_ids.append(remap[ids] if len(ids) else ids)
        all_len.append(lengths)
        bar.update(len(lengths))

    if total >= PARALLEL_MIN and processes > 1 and "fork" in multiprocessing.get_all_start_methods():
        # The workers are forked with the tokenizer (its dictionary already loaded), sharing its memory.
        with multiprocessing.get_context("fork").Pool(processes, _init_worker, (tokenizer,)) as pool:
            for result in pool.imap(_tokenize_in_worker, batches):
                merge(result)
    else:
        for batch in batches:
            merge(_tokenize_batch(tokenizer, batch))
    bar.close()
    lengths = np.concatenate(all_len) if all_len else np.zeros(0, dtype=np.int64)
    offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    ids = np.concatenate(all_ids) if all_ids else np.zeros(0, dtype=np.int32)
    return Tokenized(tuple(vocab), ids, offsets)


def tokenize_corpus(tokenizer: Tokenizer, sentences: Sequence[Sentence], progress: bool = False,
                    processes: int | None = None) -> Tokenized:
    """Every sentence → token ids, with the tokenizer's own names (a whole-corpus build)."""
    items = [(s.text, s.kind) for s in sentences]
    batches = [[((), items[i:i + BATCH_SENTENCES])] for i in range(0, len(items), BATCH_SENTENCES)]
    return tokenize_batches(tokenizer, batches, progress, processes)


def build_index(tok: Tokenized, k1: float = 1.5, b: float = 0.75) -> SparseIndex:
    """The terms × sentences matrix of BM25 weights (bm25.py's formulas)."""
    n_docs = len(tok.offsets) - 1
    doc_len = np.diff(tok.offsets).astype(np.float64)
    tf = bm25.term_frequencies(tok.ids, tok.offsets, len(tok.vocab))
    idf = bm25.idf(n_docs, bm25.document_frequencies(tf).astype(np.float64))
    rows = np.repeat(np.arange(len(tok.vocab)), np.diff(tf.indptr))
    tf.data = bm25.weight(idf[rows], tf.data, doc_len[tf.indices], bm25.avg_length(doc_len), k1, b)
    tf.eliminate_zeros()  # zero-IDF terms add nothing; dropping them keeps "weight > 0" true for search()
    return SparseIndex(tok.vocab, tf, doc_len, idf)


# ---------------------------------------------------------------- cache housekeeping

def cache_key(fingerprint: str, n_sentences: int, tokenizer: Tokenizer, k1: float, b: float) -> str:
    h = hashlib.sha256()
    for part in (fingerprint, str(n_sentences), tokenizer.signature(), repr((k1, b)), __version__,
                 str(INDEX_FORMAT)):
        h.update(part.encode() + b"\0")
    return h.hexdigest()[:24]


class CorruptIndex(ValueError):
    pass


def clean_stale_temp_files(folder: Path) -> list[Path]:
    """Remove the temporary files (".NAME.PID.RANDOM.tmp") that writers killed mid-save left in the cache folder: those
    whose process is gone. Returns what was removed."""
    removed: list[Path] = []
    try:
        candidates = list(folder.glob(".*.tmp"))
    except OSError:
        return removed
    for tmp in candidates:
        # atomic.open_atomic names them ".NAME.PID.RANDOM.tmp" (older versions ".NAME.PID.tmp").
        fields = tmp.name[:-len(".tmp")].rsplit(".", 2)
        new_style = len(fields) == 3 and fields[-2].isdigit() and len(fields[-1]) == 8
        pid = fields[-2] if new_style else fields[-1]
        if not pid.isdigit() or alive(int(pid)):
            continue
        try:
            tmp.unlink()
            removed.append(tmp)
        except OSError as exc:
            log.warning("cannot remove the stale temporary file %s: %s", tmp, exc.strerror or exc)
    return removed


def alive(pid: int) -> bool:
    """Is process `pid` running (a temporary file or folder named by its writer's pid still being written)?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # someone else's process, or a number that is not a pid: leave the file alone
    return True
