"""Retrieval on a Sphinx 2.2 / Manticore cluster over SphinxQL (the MySQL protocol, through PyMySQL).

Layout: one real-time index (`shard_index`) per shard, rows routed by a stable hash of the sentence id, and a
`type = distributed` index (`index`) on the head node whose agents are the shards. Queries go to the head.

Tokens stay on the client. Each jieba token is sent as an opaque ASCII word ("q" + base32 of a 64-bit hash of
its UTF-8), so Sphinx's tokenizer is the identity on it: no charset_table, case folding, 42-byte word cap or
query-syntax escaping can split or merge tokens, and the engine's analyzers never change an answer.

Scores equal the in-process index's (rank-bm25's BM25Okapi, IDF clamped at 0):
- Sphinx 2.2.11's own bm25a() cannot be used: on RT indexes its average field length is wrong (it
  normalises by ~1/N in the RAM chunk and by 0 once a disk chunk exists). Instead a row stores each distinct
  token in field tfN, N = its count in the sentence (capped at TF_FIELDS), plus its length as attribute `dl`;
  the expression ranker sums, per field, sum_idf × BM25's tf saturation with user_weight = N as the tf and
  the corpus-wide average length as a constant.
- IDF: the loader writes a global IDF file (indextool --buildidf, `global_idf`, OPTION global_idf=1) that
  gives every word the same count, so Sphinx's IDF is one known constant on every shard, and each query word
  carries a boost (word^x) equal to its BM25Okapi IDF over that constant. The client knows the collection
  statistics (document frequencies, sentences, average length) from the manifest below. Without the file
  (global_idf: ""), shards use local IDF and the boost assumes an even split: close, not equal
  (tests/test_sphinx.py measures both).

Loading is incremental (`qa index --backend sphinx`). Each row carries its file's version tag (`corpus`, a
hash of the file's articles and the tokenizer) and its id is a hash of the sentence id, so a sentence keeps
its row and shard when other files come and go. The loader compares each mirror's rows per tag with the
corpus: it deletes the rows of files removed or changed and inserts the sentences of files new or changed
(or whose rows are missing), and leaves the rest alone. A manifest in index.cache_dir keeps, per file
version, its sentence count, token count and per-term document counts, so the collection statistics are
sums that need no re-tokenizing of unchanged files; it is written last, so a load cut short is finished by
the next. A client without the manifest (a bot on another machine) tokenizes the corpus once for the
statistics and caches them there. The global IDF file changes only when new words appear; searchd
re-reads it on SIGHUP.

A shard that is down never yields a silently short answer: SphinxUnavailable, or (on_partial: partial) the
hits with stats()["partial"] set.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import logging
import math
import os
import shutil
import subprocess
import tempfile
import threading
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pymysql

from . import __version__, atomic, bm25
from .atomic import open_atomic
from .config import Config
from .index import Tokenized, cache_key, tokenize_corpus
from .normalize import fold
from .retrieve import RetrieverUnavailable
from .tokenize import Tokenizer
from .types import Corpus, Hit

log = logging.getLogger(__name__)

TF_FIELDS = 32  # tf1..tf32; a token repeated more often in one sentence counts as 32 (CMRC's maximum is 20)
# The global IDF file gives every word the same document count, so Sphinx's IDF is one constant and each query
# word's boost carries all of BM25's IDF. Sphinx 2.2.11 takes max(the shard's own count, the file's), and a
# shard's own count still includes rows deleted since its last merge, so the file's count must exceed any
# shard's; its totals must fit 31 bits (larger ones give IDF 0). The IDF is computed in float32, as here.
IDF_TOTAL, IDF_DOCS = 2_000_000_000, 100_000_000
GLOBAL_IDF = float(np.float32(np.log(np.float32(IDF_TOTAL - IDF_DOCS + 1) / np.float32(IDF_DOCS)))
                   / (np.float32(2) * np.float32(np.log(np.float32(IDF_TOTAL + 1)))))
STATS_FORMAT = 1


class SphinxUnavailable(RetrieverUnavailable):
    """The cluster cannot answer correctly: unreachable, a shard down, or holding another corpus."""


def encode(token: str) -> str:
    """A token → an ASCII word Sphinx indexes as is (stable across runs and machines)."""
    digest = hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest()
    return "q" + base64.b32encode(digest).decode().rstrip("=").lower()


def stable_hash(text: str) -> int:
    """63 bits, so it fits Sphinx's signed bigint attribute."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big") >> 1


def schema_lines() -> list[str]:
    """The `index` block lines every shard's RT index needs (for sphinx.conf / manticore.conf)."""
    return ([f"rt_field = tf{n}" for n in range(1, TF_FIELDS + 1)]
            + ["rt_attr_uint = dl", "rt_attr_bigint = sid", "rt_attr_bigint = corpus"])


def _endpoint(spec: str) -> tuple[str, int]:
    host, _, port = spec.strip().rpartition(":")
    if not host or not port.isdigit():
        raise SphinxUnavailable(f"bad Sphinx endpoint {spec!r}: expected host:port")
    return host, int(port)


# ---------------------------------------------------------------- corpus statistics

@dataclass(frozen=True)
class TermStats:
    """Corpus-wide statistics the query boosts need: document frequency per token, sentences, average length."""

    df: dict[str, int]
    n_docs: int
    avgdl: float

    def idf(self, token: str) -> float:
        """BM25Okapi's IDF (bm25.idf); 0 for a token no sentence holds."""
        n = self.df.get(token, 0)
        return float(bm25.idf(self.n_docs, n)) if n else 0.0


def _stats_from_tokens(tok: Tokenized) -> TermStats:
    df = bm25.document_frequencies(bm25.term_frequencies(tok.ids, tok.offsets, len(tok.vocab)))
    return TermStats({t: int(d) for t, d in zip(tok.vocab, df, strict=True)}, len(tok.offsets) - 1,
                     bm25.avg_length(np.diff(tok.offsets)))


def _stats_path(config: Config, corpus: Corpus, tokenizer: Tokenizer) -> tuple[Path, str]:
    icfg = config.index
    key = cache_key(corpus.fingerprint, len(corpus.sentences), tokenizer, icfg.k1, icfg.b)
    return config.path(icfg.cache_dir) / f"sphinx-stats-{key}.npz", key


def _load_stats(path: Path) -> TermStats | None:
    try:
        with np.load(path, allow_pickle=False) as z:
            if int(z["format"]) != STATS_FORMAT:
                return None
            raw = z["vocab"].tobytes().decode("utf-8")
            vocab = raw.split("\n") if raw else []
            df = z["df"]
            if len(df) != len(vocab):
                return None
            return TermStats(dict(zip(vocab, df.tolist(), strict=True)), int(z["n_docs"]), float(z["avgdl"]))
    except (OSError, ValueError, KeyError, EOFError, UnicodeDecodeError):
        return None


def _save_stats(stats: TermStats, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open_atomic(path) as fh:
        np.savez(fh, format=STATS_FORMAT, n_docs=stats.n_docs, avgdl=stats.avgdl,
                 vocab=np.frombuffer("\n".join(stats.df).encode("utf-8"), dtype=np.uint8),
                 df=np.fromiter(stats.df.values(), dtype=np.int64, count=len(stats.df)))


# ---------------------------------------------------------------- files: what the cluster holds

def _base_signature(tokenizer: Tokenizer) -> str:
    """The tokenizer's signature without the corpus's byline names: those change with every new reporter, and
    only files whose text holds a changed name need new tokens (SphinxRetriever.load checks)."""
    bare = copy.copy(tokenizer)
    bare.names = set()
    return bare.signature()


@dataclass(frozen=True)
class Files:
    """The corpus by file. Each file has a version tag, a hash of its articles, the tokenizer and the code,
    stored in every row's `corpus` attribute, so the cluster itself says which file versions it holds. Each
    sentence has a row id, a hash of its id, so it keeps its row (and shard) when other files come and go."""

    names: tuple[str, ...]
    tags: np.ndarray  # int64, one per file
    articles: tuple[tuple[int, ...], ...]  # each file's article positions
    file_of: np.ndarray  # int64, the file of each sentence
    ids: np.ndarray  # int64, each sentence's row id
    sids: np.ndarray  # int64, each sentence's stable_hash(id), stored as `sid` and checked on every hit

    def counts(self, mask: np.ndarray | None = None) -> dict[int, int]:
        """tag → sentences (of the masked ones); files with none are left out."""
        file_of = self.file_of if mask is None else self.file_of[mask]
        n = np.bincount(file_of, minlength=len(self.tags))
        return {t: c for t, c in zip(self.tags.tolist(), n.tolist(), strict=True) if c}

    def text(self, corpus: Corpus, f: int) -> str:
        """File f's folded text (for the byline-name check; made on demand, not held)."""
        return fold("\n".join(p.text for a in self.articles[f] for p in corpus.articles[a].paragraphs))


def corpus_files(corpus: Corpus, tokenizer: Tokenizer) -> Files:
    base = f"{_base_signature(tokenizer)}\0{__version__}\0{TF_FIELDS}\0"
    position: dict[str, int] = {}
    digests: list = []
    articles: list[list[int]] = []
    file_of_article: dict[str, int] = {}
    for n, a in enumerate(corpus.articles):
        f = position.get(a.file)
        if f is None:
            f = position[a.file] = len(digests)
            digests.append(hashlib.sha256(f"{base}{a.file}\0".encode("utf-8", "surrogatepass")))
            articles.append([])
        file_of_article[a.id] = f
        articles[f].append(n)
        digests[f].update(f"{a.id}\0".encode("utf-8", "surrogatepass"))
        for p in a.paragraphs:
            digests[f].update(f"{p.index}\0{p.kind}\0{p.text}\0".encode("utf-8", "surrogatepass"))
    tags = np.array([stable_hash(h.hexdigest()) for h in digests], dtype=np.int64)
    n = len(corpus.sentences)
    file_of, sids = np.empty(n, dtype=np.int64), np.empty(n, dtype=np.int64)
    for pos, s in enumerate(corpus.sentences):
        file_of[pos] = file_of_article[s.article_id]
        sids[pos] = stable_hash(s.id)
    ids = np.where(sids == 0, 1, sids)  # Sphinx ids are positive
    if len(np.unique(ids)) != n:  # a sentence id given twice: its later copies get ids of their own
        seen: Counter[int] = Counter()
        for pos, s in enumerate(corpus.sentences):
            k = seen[int(sids[pos])]
            seen[int(sids[pos])] += 1
            if k:
                ids[pos] = stable_hash(f"{s.id}\0{k}") or 1
    return Files(tuple(position), tags, tuple(tuple(a) for a in articles), file_of, ids, sids)


MANIFEST_FORMAT = 1


@dataclass(frozen=True)
class Manifest:
    """What `qa index --backend sphinx` loaded: per file version (tag), its name, sentences, tokens and the
    document frequency of each of its terms within it, plus the byline names the tokenizer knew. The
    collection statistics are sums over the files, so they can be updated without tokenizing unchanged files
    again (a removed file's terms are subtracted by dropping its entry)."""

    tags: np.ndarray  # int64 [F]
    files: tuple[str, ...]  # [F]
    n_docs: np.ndarray  # int64 [F]
    lengths: np.ndarray  # int64 [F], tokens in the file's sentences
    ptr: np.ndarray  # int64 [F + 1], file f's terms are terms[ptr[f]:ptr[f+1]]
    terms: np.ndarray  # int64, into vocab
    df: np.ndarray  # int64, sentences of the file holding the term
    vocab: tuple[str, ...]
    names: tuple[str, ...] = ()

    @staticmethod
    def empty(names: tuple[str, ...] = ()) -> Manifest:
        z = np.zeros(0, dtype=np.int64)
        return Manifest(z, (), z, z, np.zeros(1, dtype=np.int64), z, z, (), names)

    @staticmethod
    def from_tokens(tok: Tokenized, tags: list[int], files: list[str], n_docs: list[int]) -> Manifest:
        """Entries for files whose sentences are, in this order, tok's sentences (n_docs[f] each)."""
        n_files, n_terms = len(tags), len(tok.vocab)
        doc_file = np.repeat(np.arange(n_files, dtype=np.int64), np.asarray(n_docs, dtype=np.int64))
        tf = bm25.term_frequencies(tok.ids, tok.offsets, n_terms)
        term = np.repeat(np.arange(n_terms, dtype=np.int64), np.diff(tf.indptr))
        key, df = np.unique(doc_file[tf.indices] * max(n_terms, 1) + term, return_counts=True)
        file, term = np.divmod(key, max(n_terms, 1))
        lengths = np.bincount(doc_file, weights=np.diff(tok.offsets), minlength=n_files).astype(np.int64)
        ptr = np.searchsorted(file, np.arange(n_files + 1)).astype(np.int64)
        return Manifest(np.asarray(tags, dtype=np.int64), tuple(files), np.asarray(n_docs, dtype=np.int64),
                        lengths, ptr, term, df.astype(np.int64), tok.vocab)

    def select(self, keep: np.ndarray) -> Manifest:
        """The entries where `keep` (a bool per file) is true."""
        sizes = np.diff(self.ptr)
        pair = np.repeat(keep, sizes)
        ptr = np.zeros(int(keep.sum()) + 1, dtype=np.int64)
        np.cumsum(sizes[keep], out=ptr[1:])
        return replace(self, tags=self.tags[keep], files=tuple(f for f, k in zip(self.files, keep, strict=True)
                                                               if k),
                       n_docs=self.n_docs[keep], lengths=self.lengths[keep], ptr=ptr, terms=self.terms[pair],
                       df=self.df[pair])

    def plus(self, other: Manifest) -> Manifest:
        """Both sets of entries, over one vocabulary (terms no entry holds any more are dropped)."""
        index = {t: i for i, t in enumerate(self.vocab)}
        remap = np.fromiter((index.setdefault(t, len(index)) for t in other.vocab), dtype=np.int64,
                            count=len(other.vocab))
        terms = np.concatenate([self.terms, remap[other.terms] if len(other.terms) else other.terms])
        used, terms = np.unique(terms, return_inverse=True)
        vocab = list(index)
        return Manifest(np.concatenate([self.tags, other.tags]), self.files + other.files,
                        np.concatenate([self.n_docs, other.n_docs]), np.concatenate([self.lengths, other.lengths]),
                        np.concatenate([self.ptr, other.ptr[1:] + self.ptr[-1]]), terms.astype(np.int64),
                        np.concatenate([self.df, other.df]), tuple(vocab[i] for i in used.tolist()),
                        other.names or self.names)

    def term_stats(self) -> TermStats:
        """The collection statistics, equal to those of the same files' sentences tokenized at once."""
        df = np.bincount(self.terms, weights=self.df, minlength=len(self.vocab)).astype(np.int64)
        n_docs, total = int(self.n_docs.sum()), int(self.lengths.sum())
        return TermStats({t: d for t, d in zip(self.vocab, df.tolist(), strict=True) if d}, n_docs,
                         total / n_docs if n_docs and total else 1.0)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open_atomic(path) as fh:
            np.savez(fh, format=MANIFEST_FORMAT, tags=self.tags, n_docs=self.n_docs, lengths=self.lengths,
                     ptr=self.ptr, terms=self.terms, df=self.df, files=_strings(self.files),
                     vocab=_strings(self.vocab), names=_strings(self.names))

    @staticmethod
    def load(path: Path) -> Manifest | None:
        """The saved manifest, None when missing, of another format or damaged (the loader then reloads all)."""
        try:
            with np.load(path, allow_pickle=False) as z:
                if int(z["format"]) != MANIFEST_FORMAT:
                    return None
                m = Manifest(z["tags"], _unstrings(z["files"]), z["n_docs"], z["lengths"], z["ptr"], z["terms"],
                             z["df"], _unstrings(z["vocab"]), _unstrings(z["names"]))
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile, UnicodeDecodeError):
            return None
        n = len(m.tags)
        if not (len(m.files) == len(m.n_docs) == len(m.lengths) == n and len(m.ptr) == n + 1
                and m.ptr[-1] == len(m.terms) == len(m.df) and (not len(m.terms) or m.terms.max() < len(m.vocab))):
            return None
        return m


def _strings(items: tuple[str, ...]) -> np.ndarray:
    return np.frombuffer("\n".join(items).encode("utf-8", "surrogatepass"), dtype=np.uint8)


def _unstrings(raw: np.ndarray) -> tuple[str, ...]:
    text = raw.tobytes().decode("utf-8", "surrogatepass")
    return tuple(text.split("\n")) if text else ()



# ---------------------------------------------------------------- the retriever

class SphinxRetriever:
    name = "sphinx"

    def __init__(self, config: Config, corpus: Corpus, tokenizer: Tokenizer, load: bool = False,
                 progress: bool = False):
        self.config = config
        self.scfg = config.index.sphinx
        self.k1, self.b = config.index.k1, config.index.b
        self.corpus = corpus
        self.tokenizer = tokenizer
        if not self.scfg.nodes:
            raise SphinxUnavailable("index.sphinx.nodes is empty: list the shards' SphinxQL endpoints")
        self.shards = [[_endpoint(m) for m in spec.split("|")] for spec in self.scfg.nodes]
        self.head = _endpoint(self.scfg.head) if self.scfg.head else self.shards[0][0]
        # Per thread: a connection (PyMySQL's are not thread-safe) and the last search's partial warning.
        self._local = threading.local()
        self.info: dict = {}
        self.idf_ok: bool | None = None  # None: not probed (cluster unusable)
        path, _ = _stats_path(config, corpus, tokenizer)
        self.files = corpus_files(corpus, tokenizer)
        self._order = np.argsort(self.files.ids)  # row id → sentence position, by binary search
        self._sorted_ids = self.files.ids[self._order]
        self.names = tuple(sorted(tokenizer.names))
        manifest = Manifest.load(self.manifest_path)
        self._stale_names = False
        if load:
            self.terms = self.load(progress)
            try:
                _save_stats(self.terms, path)
            except OSError as exc:
                log.warning("cannot write %s: %s", path, exc)
        elif manifest is not None and sorted(manifest.tags.tolist()) == sorted(self.files.tags.tolist()):
            # what the last `qa index` loaded is this corpus: its statistics, without tokenizing anything
            self._stale_names = manifest.names != self.names
            self.terms = manifest.term_stats()
        else:
            self.terms = _load_stats(path) or self._compute_stats(path, progress)
        self.vocabulary = self.terms.df
        self._problem = self._check(probe=not load)

    @property
    def manifest_path(self) -> Path:
        """Where this cluster's manifest lives: one per cluster (head, shards, tables) and tokenizer setup."""
        key = hashlib.sha256("\0".join([self.scfg.head, *self.scfg.nodes, self.scfg.index, self.scfg.shard_index,
                                        _base_signature(self.tokenizer), __version__]).encode()).hexdigest()[:24]
        return self.config.path(self.config.index.cache_dir) / f"sphinx-files-{key}.npz"

    # ------------------------------------------------------------ connections

    def _connect(self, host: str, port: int):
        try:
            return pymysql.connect(host=host, port=port, autocommit=True, charset="utf8",
                                   connect_timeout=self.scfg.connect_timeout,
                                   read_timeout=self.scfg.query_timeout + self.scfg.connect_timeout,
                                   write_timeout=self.scfg.query_timeout)
        except pymysql.Error as exc:
            raise SphinxUnavailable(f"cannot reach Sphinx at {host}:{port}: {exc.args[-1]}") from None

    def _query(self, sql: str, args=None) -> tuple[list[tuple], str]:
        """Rows from the head, and the agents' warning ("" when every shard answered)."""
        for attempt in (1, 2):
            conn = getattr(self._local, "conn", None)
            if conn is None:
                conn = self._local.conn = self._connect(*self.head)
            try:
                with conn.cursor() as cur:
                    cur.execute(sql, args)
                    rows = list(cur.fetchall())
                    warning = ""
                    if cur.warning_count:  # Sphinx flags agent errors as warnings
                        cur.execute("SHOW META")
                        warning = dict(cur.fetchall()).get("warning", "") or "a shard did not answer"
                    return rows, warning
            except pymysql.OperationalError as exc:
                self._local.conn = None
                if attempt == 2:  # one retry: a pooled connection may have been closed by a restart
                    raise SphinxUnavailable(f"Sphinx at {self.head[0]}:{self.head[1]}: {exc.args[-1]}") from None
            except pymysql.Error as exc:
                raise SphinxUnavailable(f"Sphinx at {self.head[0]}:{self.head[1]}: {exc.args[-1]}") from None
        raise AssertionError("unreachable")

    def _versions_sql(self, table: str) -> str:
        """Rows per file version (`corpus`); the limit leaves room for versions of files no longer here."""
        limit = 2 * len(self.files.tags) + 10_000
        return f"SELECT corpus, COUNT(*) AS n FROM {table} GROUP BY corpus LIMIT {limit} OPTION max_matches={limit}"

    # ------------------------------------------------------------ statistics and health

    def _compute_stats(self, path: Path, progress: bool) -> TermStats:
        tok = tokenize_corpus(self.tokenizer, self.corpus.sentences, progress)
        stats = _stats_from_tokens(tok)
        try:
            _save_stats(stats, path)
        except OSError as exc:
            log.warning("cannot write %s: %s", path, exc)
        return stats

    def _check(self, probe: bool = True) -> str:
        """Why the cluster cannot serve this corpus ("" when it can): rows of other file versions, rows missing."""
        try:
            rows, warning = self._query(self._versions_sql(self.scfg.index))
        except SphinxUnavailable as exc:
            return str(exc)
        if warning:
            if self.scfg.on_partial == "partial":
                log.warning("a shard is down, answers will be partial: %s", warning)
                return ""
            return f"a shard is down: {warning}"
        held = {int(c): int(n) for c, n in rows}
        want = self.files.counts()
        if held != want:
            stale = sum(n for t, n in held.items() if want.get(t) != n)
            missing = sum(n for t, n in want.items() if held.get(t) != n)
            return (f"the Sphinx index {self.scfg.index} holds {sum(held.values())} rows, {stale} of them not of "
                    f"this corpus's files, and lacks {missing} of its {len(self.corpus.sentences)} sentences: "
                    "run `qa index --backend sphinx` to load it")
        if self._stale_names:
            return ("byline names changed since the last `qa index --backend sphinx`, so some rows may hold old "
                    "tokens: run it again")
        if probe:
            self.idf_ok = self._probe_idf()
        return ""

    def _probe_idf(self) -> bool:
        """Does the best row for the newest word (the last one the global IDF file got) score as this corpus's
        statistics say? False when the shards run on another IDF, e.g. a global IDF file not re-read since
        `qa index` added words to it (SIGHUP or a restart makes searchd read it)."""
        word = next((t for t in reversed(self.terms.df) if self.terms.idf(t) > 0), None)
        built = self._query_sql([word], 1) if word is not None else None
        if word is None or built is None:
            return True
        sql, match, scale = built
        rows, _ = self._query(sql, (match,))
        pos = self._position(int(rows[0][0])) if rows else -1
        if pos < 0:
            return False
        s = self.corpus.sentences[pos]
        tokens = self.tokenizer.passage_tokens(s.folded, s.kind)
        want = bm25.weight(self.terms.idf(word), tokens.count(word), len(tokens), self.terms.avgdl, self.k1, self.b)
        got = rows[0][1] / scale
        if abs(got - want) > 1e-3 * want:
            log.warning("Sphinx scores %.4f where this corpus's BM25 is %.4f: the shards use another IDF "
                        "(after `qa index --backend sphinx` adds words, send SIGHUP to every shard's searchd, or "
                        "restart it, so it reads the global IDF file); rankings will differ from the in-process "
                        "index", got, want)
            return False
        return True

    def _position(self, row_id: int) -> int:
        """The sentence position of a row id, -1 when no sentence of this corpus has it."""
        i = int(np.searchsorted(self._sorted_ids, row_id))
        return int(self._order[i]) if i < len(self._sorted_ids) and self._sorted_ids[i] == row_id else -1

    @property
    def partial(self) -> str:
        """The agents' warning when this thread's last search was answered by only some shards."""
        return getattr(self._local, "partial", "")

    def stats(self) -> dict:
        return {"backend": self.name, "sentences": len(self.corpus.sentences), "files": len(self.files.tags),
                "terms": len(self.terms.df), "avg_len": self.terms.avgdl, "head": f"{self.head[0]}:{self.head[1]}",
                "shards": len(self.shards), "index": self.scfg.index, "global_idf": bool(self.scfg.global_idf),
                "idf_ok": self.idf_ok, "problem": self._problem, "partial": self.partial, **self.info}

    # ------------------------------------------------------------ search

    def _sphinx_idf(self, token: str) -> float:
        """The IDF Sphinx computes for a word (idf='plain', tfidf_unnormalized), which the boost divides out."""
        if self.scfg.global_idf:  # the same constant for every word listed in the global IDF file
            return GLOBAL_IDF
        # local IDF on each shard, log(N/n) / (2 log(N+1)), assuming the rows split evenly
        st, n = self.terms, self.terms.df[token]
        s = len(self.shards)
        per_shard, n_shard = max(st.n_docs / s, 1.0), max(n / s, 1.0)
        return max(math.log(per_shard / n_shard), 1e-6) / (2 * math.log(per_shard + 1))

    def _query_sql(self, tokens: list[str], k: int) -> tuple[str, str, float] | None:
        weights = {}
        for t, count in Counter(tokens).items():
            idf = self.terms.idf(t)
            if idf > 0:  # unknown words and words in half the sentences or more add nothing, as in index.py
                weights[t] = count * idf
        if not weights:
            return None
        k1, b, avgdl = self.k1, self.b, self.terms.avgdl or 1.0
        # WEIGHT() is a 32-bit integer: scale the float score as finely as the largest possible score allows.
        scale = min(1e6, 2e9 / (sum(weights.values()) * (k1 + 1)))
        match = " | ".join(f"{encode(t)}^{w / self._sphinx_idf(t):.9g}" for t, w in weights.items())
        # Per field, sum_idf is the boosted IDF of the words found and user_weight (= N in field tfN) their tf.
        ranker = f"{scale:.9g}*sum({bm25.expression('sum_idf', 'user_weight', 'dl', avgdl, k1, b)})"
        field_weights = ",".join(f"tf{n}={n}" for n in range(1, TF_FIELDS + 1))
        sql = (f"SELECT id, WEIGHT() AS w, sid FROM {self.scfg.index} WHERE MATCH(%s) "
               f"ORDER BY w DESC, id ASC LIMIT {int(k)} "
               f"OPTION ranker=expr('{ranker}'), field_weights=({field_weights}), idf='plain,tfidf_unnormalized', "
               f"max_matches={max(int(k), 1)}, agent_query_timeout={int(self.scfg.query_timeout * 1000)}"
               + (", global_idf=1" if self.scfg.global_idf else ""))
        return sql, match, scale

    def search(self, tokens: list[str], k: int) -> list[Hit]:
        if k <= 0 or not self.corpus.sentences:
            return []
        if self._problem:
            self._problem = self._check()  # it may have been fixed (shard back, corpus loaded) meanwhile
            if self._problem:
                raise SphinxUnavailable(self._problem)
        # Row ids are hashes, so Sphinx breaks ties in score in no useful order; the in-process index breaks them
        # by sentence position. Ask for a few more rows than k and sort here; if the tie at the k-th score may
        # go on past them, ask for more.
        fetch = k + 8
        while True:
            built = self._query_sql(tokens, fetch)
            if built is None:
                return []
            sql, match, scale = built
            rows, warning = self._query(sql, (match,))
            if len(rows) < fetch or len(rows) <= k or rows[k - 1][1] != rows[-1][1]:
                break
            fetch *= 4
        self._local.partial = warning
        if warning:
            if self.scfg.on_partial == "error":
                raise SphinxUnavailable(f"a shard did not answer, results would be incomplete: {warning}")
            log.warning("partial results (a shard did not answer): %s", warning)
        found = []
        for row_id, weight, sid in rows:
            pos = self._position(int(row_id))
            if pos < 0 or self.files.sids[pos] != int(sid):
                raise SphinxUnavailable(f"Sphinx row {row_id} is not this corpus's sentence: "
                                        "run `qa index --backend sphinx` to reload the shards")
            found.append((-int(weight), pos))
        sents = self.corpus.sentences
        return [Hit(sents[pos], -w / scale) for w, pos in sorted(found)[:k]]

    # ------------------------------------------------------------ loading

    def _held(self, conn, host: str, port: int) -> dict[int, int]:
        """Rows per file version on one mirror."""
        with conn.cursor() as cur:
            cur.execute(self._versions_sql(self.scfg.shard_index))
            rows = cur.fetchall()
        if len(rows) >= 2 * len(self.files.tags) + 10_000:
            raise SphinxUnavailable(f"shard {host}:{port} holds too many file versions to compare: empty it "
                                    f"(TRUNCATE RTINDEX {self.scfg.shard_index}) and run `qa index` again")
        return {int(t): int(n) for t, n in rows}

    def load(self, progress: bool = False) -> TermStats:
        """Bring every mirror of every shard to this corpus, incrementally: rows of file versions no longer in
        the corpus are deleted, sentences of new or changed files inserted, the rest left alone. Rows are
        trusted only for file versions the manifest lists, tokenized with the same byline names where the file
        mentions one (a new name can change a file's tokens). Returns the collection statistics (from the
        manifest: unchanged files are not tokenized again); rewrites the global IDF file when they changed."""
        from tqdm import tqdm

        t0 = time.perf_counter()
        files = self.files
        tags = files.tags.tolist()
        file_index = {t: f for f, t in enumerate(tags)}
        old = Manifest.load(self.manifest_path)
        trusted: set[int] = set()
        if old is not None:
            changed = set(old.names) ^ set(self.names)  # byline names added or gone since the last load

            def mentions(f: int) -> bool:
                return bool(changed) and any(n in files.text(self.corpus, f) for n in changed)

            trusted = {t for t in old.tags.tolist() if t in file_index and not mentions(file_index[t])}
        shard_of = files.sids % len(self.shards)
        expect = [files.counts(shard_of == s) for s in range(len(self.shards))]
        plans = []  # per mirror: (host, port, shard, versions to delete with their rows, versions to insert)
        for s, mirrors in enumerate(self.shards):
            for host, port in mirrors:
                conn = self._connect(host, port)
                try:
                    held = self._held(conn, host, port)
                except pymysql.Error as exc:
                    raise SphinxUnavailable(f"reading shard {host}:{port} failed: {exc.args[-1]}") from None
                finally:
                    conn.close()
                delete = {t: n for t, n in held.items() if t not in trusted or expect[s].get(t) != n}
                insert = [t for t in expect[s] if t not in held or t in delete]
                plans.append((host, port, s, delete, insert))
        todo = sorted({file_index[t] for t in tags if t not in trusted}
                      | {file_index[t] for *_, insert in plans for t in insert})
        # the sentences of the files to (re)load, grouped by file
        picked = np.flatnonzero(np.isin(files.file_of, todo))
        picked = picked[np.argsort(files.file_of[picked], kind="stable")]
        sents = self.corpus.sentences
        tok = tokenize_corpus(self.tokenizer, [sents[int(p)] for p in picked], progress)
        n_docs = np.bincount(files.file_of[picked], minlength=len(tags))[todo].tolist()
        fresh = Manifest.from_tokens(tok, [tags[f] for f in todo], [files.names[f] for f in todo], n_docs)
        rows: dict[tuple[int, int], list[tuple]] = {}
        words = [encode(t) for t in tok.vocab]
        for j, pos in enumerate(picked.tolist()):
            a, b = tok.offsets[j], tok.offsets[j + 1]
            fields: list[list[str]] = [[] for _ in range(TF_FIELDS)]
            for term, count in Counter(tok.ids[a:b].tolist()).items():
                fields[min(count, TF_FIELDS) - 1].append(words[term])
            tag = tags[files.file_of[pos]]
            rows.setdefault((int(shard_of[pos]), tag), []).append(
                (int(files.ids[pos]), *(" ".join(f) for f in fields), int(b - a), int(files.sids[pos]), tag))
        columns = ", ".join(["id", *(f"tf{n}" for n in range(1, TF_FIELDS + 1)), "dl", "sid", "corpus"])
        holders = "(" + ", ".join(["%s"] * (TF_FIELDS + 4)) + ")"
        batch = max(1, self.scfg.batch)
        total = sum(len(rows.get((s, t), ())) for _, _, s, _, insert in plans for t in insert)
        bar = tqdm(total=total, unit=" rows", desc="loading shards", disable=not progress or None, leave=False)
        inserted = [0] * len(self.shards)
        for host, port, s, delete, insert in plans:
            out = [r for t in insert for r in rows.get((s, t), ())]
            if not delete and not out:
                continue
            conn = self._connect(host, port)
            try:
                with conn.cursor() as cur:
                    for t in delete:
                        cur.execute(f"DELETE FROM {self.scfg.shard_index} WHERE corpus = %s", (t,))
                    for i in range(0, len(out), batch):
                        chunk = out[i:i + batch]
                        cur.execute(f"INSERT INTO {self.scfg.shard_index} ({columns}) VALUES "
                                    + ", ".join([holders] * len(chunk)), [v for r in chunk for v in r])
                        bar.update(len(chunk))
            except pymysql.Error as exc:
                raise SphinxUnavailable(f"loading shard {host}:{port} failed: {exc.args[-1]} (run `qa index` "
                                        "again: it picks up where this stopped)") from None
            finally:
                conn.close()
            inserted[s] = max(inserted[s], len(out))
        bar.close()
        kept = old.select(np.isin(old.tags, [t for t in trusted if file_index[t] not in set(todo)])) \
            if old is not None else Manifest.empty()
        manifest = replace(kept.plus(fresh), names=self.names)
        stats = manifest.term_stats()
        # Only words the file does not list yet need it rewritten (and the shards to re-read it); a word
        # whose last sentence went away keeps its line, and is never sent in a query (IDF 0 here).
        idf_changed = False
        new_words = set(manifest.vocab) - set(old.vocab) if old is not None else set(manifest.vocab)
        idf_path = self.config.path(self.scfg.global_idf) if self.scfg.global_idf else None
        if idf_path is not None and (new_words or not idf_path.exists()):
            idf_changed = write_global_idf(manifest.vocab, words_of=encode, path=idf_path)
        try:
            manifest.save(self.manifest_path)  # last: a run stopped before this is redone from the old one
        except OSError as exc:
            log.warning("cannot write %s: %s (the next `qa index` reloads every file)", self.manifest_path, exc)
        self.info = self._report(old, todo, plans, inserted, idf_changed, time.perf_counter() - t0)
        return stats

    def _report(self, old: Manifest | None, todo: list[int], plans: list, inserted: list[int], idf_changed: bool,
                seconds: float) -> dict:
        """What a load did, in numbers and in one line ("+3 files, 412 sentences; -1 file, 37 rows; 0.9 s")."""
        files = self.files
        before = dict(zip(old.files, old.tags.tolist(), strict=True)) if old is not None else {}
        names = [files.names[f] for f in todo]
        changed = sum(1 for f in todo if files.names[f] in before and before[files.names[f]] != files.tags[f])
        again = sum(1 for f in todo if before.get(files.names[f]) == files.tags[f])
        removed = sorted(set(before) - set(files.names))
        first_mirrors: dict[int, dict[int, int]] = {}
        for _, _, s, delete, _ in plans:
            first_mirrors.setdefault(s, delete)
        retired = sum(n for delete in first_mirrors.values() for n in delete.values())
        added = int(np.isin(files.file_of, todo).sum())
        line = f"+{len(names)} files, {added:,} sentences"
        if changed or again:
            line += f" ({changed} changed" + (f", {again} reloaded" if again else "") + ")"
        line += f"; -{len(removed)} files, {retired:,} rows retired; {seconds:.1f} s"
        if idf_changed:
            line += ("; new words in the global IDF file: send SIGHUP to every shard's searchd (kill -HUP "
                     "$(cat its pid_file)) or restart it, so it reads the file")
        elif self.scfg.global_idf:
            line += "; global IDF file unchanged (no new words): no shard reload needed"
        return {"indexed": line, "added_files": names, "removed_files": removed, "retired_rows": retired,
                "loaded_rows": inserted, "global_idf_changed": idf_changed, "load_seconds": round(seconds, 3)}


def sphinx_retriever(config: Config, corpus: Corpus, tokenizer: Tokenizer, progress: bool = False,
                     rebuild: bool = False) -> SphinxRetriever:
    """The registered factory (retrieve.BACKENDS): `rebuild` brings the shards to this corpus (incrementally)."""
    return SphinxRetriever(config, corpus, tokenizer, load=rebuild, progress=progress)


def write_global_idf(words, words_of, path: Path) -> bool:
    """The global IDF file every shard reads (`global_idf` in sphinx.conf): every word with the same count
    (IDF_DOCS of IDF_TOTAL), built by Sphinx's own `indextool --buildidf`; True when its content changed.
    searchd reads it at startup and, when its mtime changed, a moment after SIGHUP (Sphinx 2.2.11 has no
    SphinxQL statement for it)."""
    indextool = shutil.which("indextool")
    if indextool is None:
        raise SphinxUnavailable("indextool (Sphinx/Manticore) is not installed: cannot write the global IDF file")
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "dict.txt"
        with open(dump, "w", encoding="utf-8") as fh:
            fh.write(f"total-documents: {IDF_TOTAL}\nkeyword,docs,hits,offset\n")
            for token in words:
                fh.write(f"{words_of(token)},{IDF_DOCS},{IDF_DOCS},0\n")
        out = Path(tmp) / "global.idf"
        done = subprocess.run([indextool, "--buildidf", str(dump), "--out", str(out)], capture_output=True,
                              text=True)
        if done.returncode != 0 or not out.exists():
            raise SphinxUnavailable(f"indextool --buildidf failed: {(done.stdout + done.stderr)[-500:]}")
        data = out.read_bytes()
    try:
        if path.read_bytes() == data:
            return False
        before = int(path.stat().st_mtime)
    except OSError:
        before = None
    atomic.write_bytes(path, data)  # searchd may start and read it at any moment
    if before is not None and int(path.stat().st_mtime) <= before:
        # searchd re-reads the file on SIGHUP only if its mtime, in whole seconds, changed: two loads within
        # one second would leave the shards on the older file.
        os.utime(path, (before + 1, before + 1))
    return True
