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
- IDF: the loader writes a global IDF file (indextool --buildidf) with the corpus-wide document frequencies,
  which every shard reads at startup (`global_idf`, OPTION global_idf=1), so IDF is the same on every shard.
  Sphinx's IDF formula differs from BM25Okapi's, so each query word carries a boost (word^x) that turns
  Sphinx's IDF into BM25Okapi's. Without the file (global_idf: ""), shards use local IDF and the boost assumes
  an even split: close, not equal (tests/test_sphinx.py measures both).
The client needs the corpus-wide document frequencies for those boosts; it computes them from the corpus it
holds anyway (the composer needs the sentences) and caches them in index.cache_dir.

A shard that is down never yields a silently short answer: SphinxUnavailable, or (on_partial: partial) the
hits with stats()["partial"] set.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import math
import shutil
import subprocess
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pymysql

from . import atomic, bm25
from .atomic import open_atomic
from .config import Config
from .index import Tokenized, cache_key, tokenize_corpus
from .retrieve import RetrieverUnavailable
from .tokenize import Tokenizer
from .types import Corpus, Hit

log = logging.getLogger(__name__)

TF_FIELDS = 32  # tf1..tf32; a token repeated more often in one sentence counts as 32 (CMRC's maximum is 20)
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
        path, key = _stats_path(config, corpus, tokenizer)
        self.corpus_tag = stable_hash(key)
        self.sids = [stable_hash(s.id) for s in corpus.sentences]
        if load:
            self.terms = self.load(progress)
            try:
                _save_stats(self.terms, path)
            except OSError as exc:
                log.warning("cannot write %s: %s", path, exc)
        else:
            self.terms = _load_stats(path) or self._compute_stats(path, progress)
        self.vocabulary = self.terms.df
        self._problem = self._check(probe=not load)
        if load and self.scfg.global_idf:
            log.warning("wrote the global IDF file %s: restart searchd on every shard so it reads it "
                        "(until then rankings differ from the in-process index)", config.path(self.scfg.global_idf))

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
        """Why the cluster cannot serve this corpus ("" when it can): rows of another corpus, rows missing."""
        try:
            rows, warning = self._query(f"SELECT corpus, COUNT(*) AS n FROM {self.scfg.index} GROUP BY corpus")
        except SphinxUnavailable as exc:
            return str(exc)
        if warning:
            if self.scfg.on_partial == "partial":
                log.warning("a shard is down, answers will be partial: %s", warning)
                return ""
            return f"a shard is down: {warning}"
        counts = {int(c): int(n) for c, n in rows}
        want = len(self.corpus.sentences)
        if counts.get(self.corpus_tag, 0) != want or len(counts) > 1:
            return (f"the Sphinx index {self.scfg.index} holds {sum(counts.values())} rows of "
                    f"{len(counts)} corpus version(s), not this corpus's {want} sentences: "
                    "run `qa index --backend sphinx` to load it")
        if probe:
            self.idf_ok = self._probe_idf()
        return ""

    def _probe_idf(self) -> bool:
        """Does one stored row score as this corpus's statistics say? False when the shards run on another
        IDF, e.g. a global IDF file not (re)read since the last load: searchd reads it only at startup."""
        probe = None
        for pos, s in enumerate(self.corpus.sentences):
            tokens = self.tokenizer.passage_tokens(s.folded, s.kind)
            best = max(tokens, key=self.terms.idf, default=None)
            if best is not None and self.terms.idf(best) > 0:
                probe = pos, tokens, best
                break
        if probe is None:
            return True
        pos, tokens, best = probe
        want = bm25.weight(self.terms.idf(best), tokens.count(best), len(tokens), self.terms.avgdl, self.k1, self.b)
        built = self._query_sql([best], 1)
        if built is None:  # cannot happen: `best` has a positive IDF
            return True
        sql, match, scale = built
        rows, _ = self._query(sql.replace("WHERE MATCH(%s)", f"WHERE MATCH(%s) AND id = {pos + 1}"), (match,))
        got = rows[0][1] / scale if rows else 0.0
        if abs(got - want) > 1e-3 * want:
            log.warning("Sphinx scores %.4f where this corpus's BM25 is %.4f: the shards use another IDF "
                        "(restart searchd on every shard after `qa index --backend sphinx` so it reads the "
                        "global IDF file); rankings will differ from the in-process index", got, want)
            return False
        return True

    @property
    def partial(self) -> str:
        """The agents' warning when this thread's last search was answered by only some shards."""
        return getattr(self._local, "partial", "")

    def stats(self) -> dict:
        return {"backend": self.name, "sentences": len(self.corpus.sentences), "terms": len(self.terms.df),
                "avg_len": self.terms.avgdl, "head": f"{self.head[0]}:{self.head[1]}", "shards": len(self.shards),
                "index": self.scfg.index, "global_idf": bool(self.scfg.global_idf),
                "idf_ok": self.idf_ok,
                "problem": self._problem, "partial": self.partial, **self.info}

    # ------------------------------------------------------------ search

    def _sphinx_idf(self, token: str) -> float:
        """The IDF Sphinx computes for a word (idf='plain', tfidf_unnormalized), which the boost divides out."""
        st = self.terms
        n = st.df[token]
        if self.scfg.global_idf:  # from the global IDF file: log((N-n+1)/n) / (2 log(N+1))
            return math.log((st.n_docs - n + 1) / n) / (2 * math.log(st.n_docs + 1))
        # local IDF on each shard, log(N/n) / (2 log(N+1)), assuming the rows split evenly
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
        built = self._query_sql(tokens, k)
        if built is None:
            return []
        sql, match, scale = built
        rows, warning = self._query(sql, (match,))
        self._local.partial = warning
        if warning:
            if self.scfg.on_partial == "error":
                raise SphinxUnavailable(f"a shard did not answer, results would be incomplete: {warning}")
            log.warning("partial results (a shard did not answer): %s", warning)
        sents = self.corpus.sentences
        hits = []
        for row_id, weight, sid in rows:
            pos = int(row_id) - 1
            if not 0 <= pos < len(sents) or self.sids[pos] != int(sid):
                raise SphinxUnavailable(f"Sphinx row {row_id} is not this corpus's sentence: "
                                        "run `qa index --backend sphinx` to reload the shards")
            hits.append(Hit(sents[pos], float(weight) / scale))
        return hits

    # ------------------------------------------------------------ loading

    def load(self, progress: bool = False) -> TermStats:
        """(Re)load the corpus into the shards: every mirror of every shard is emptied and refilled, so a
        second run leaves the same rows. Returns the corpus statistics; writes the global IDF file."""
        from tqdm import tqdm

        t0 = time.perf_counter()
        tok = tokenize_corpus(self.tokenizer, self.corpus.sentences, progress)
        stats = _stats_from_tokens(tok)
        words = [encode(t) for t in tok.vocab]
        routed: list[list[tuple]] = [[] for _ in self.shards]
        for pos, s in enumerate(self.corpus.sentences):
            a, b = tok.offsets[pos], tok.offsets[pos + 1]
            fields: list[list[str]] = [[] for _ in range(TF_FIELDS)]
            for term, count in Counter(tok.ids[a:b].tolist()).items():
                fields[min(count, TF_FIELDS) - 1].append(words[term])
            row = (pos + 1, *(" ".join(f) for f in fields), int(b - a), self.sids[pos], self.corpus_tag)
            routed[stable_hash(s.id) % len(self.shards)].append(row)
        columns = ", ".join(["id", *(f"tf{n}" for n in range(1, TF_FIELDS + 1)), "dl", "sid", "corpus"])
        holders = "(" + ", ".join(["%s"] * (TF_FIELDS + 4)) + ")"
        batch = max(1, self.scfg.batch)
        total = sum(len(r) * len(m) for r, m in zip(routed, self.shards, strict=True))
        bar = tqdm(total=total, unit=" rows", desc="loading shards", disable=not progress or None, leave=False)
        for rows, mirrors in zip(routed, self.shards, strict=True):
            for host, port in mirrors:
                conn = self._connect(host, port)
                try:
                    with conn.cursor() as cur:
                        cur.execute(f"TRUNCATE RTINDEX {self.scfg.shard_index}")
                        for i in range(0, len(rows), batch):
                            chunk = rows[i:i + batch]
                            cur.execute(f"INSERT INTO {self.scfg.shard_index} ({columns}) VALUES "
                                        + ", ".join([holders] * len(chunk)), [v for r in chunk for v in r])
                            bar.update(len(chunk))
                except pymysql.Error as exc:
                    raise SphinxUnavailable(f"loading shard {host}:{port} failed: {exc.args[-1]}") from None
                finally:
                    conn.close()
        bar.close()
        if self.scfg.global_idf:
            write_global_idf(stats, words_of=encode, path=self.config.path(self.scfg.global_idf))
        self.info = {"loaded_rows": [len(r) for r in routed], "load_seconds": round(time.perf_counter() - t0, 3)}
        return stats


def sphinx_retriever(config: Config, corpus: Corpus, tokenizer: Tokenizer, progress: bool = False,
                     rebuild: bool = False) -> SphinxRetriever:
    """The registered factory (retrieve.BACKENDS): `rebuild` (re)loads the corpus into the shards."""
    return SphinxRetriever(config, corpus, tokenizer, load=rebuild, progress=progress)


def write_global_idf(stats: TermStats, words_of, path: Path) -> None:
    """The cluster-wide IDF file every shard reads (`global_idf` in sphinx.conf), built by Sphinx's own
    `indextool --buildidf` from a dictionary dump. searchd reads it at startup: restart the shards after."""
    indextool = shutil.which("indextool")
    if indextool is None:
        raise SphinxUnavailable("indextool (Sphinx/Manticore) is not installed: cannot write the global IDF file")
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "dict.txt"
        with open(dump, "w", encoding="utf-8") as fh:
            fh.write(f"total-documents: {stats.n_docs}\nkeyword,docs,hits,offset\n")
            for token, df in stats.df.items():
                fh.write(f"{words_of(token)},{df},{df},0\n")
        out = Path(tmp) / "global.idf"
        done = subprocess.run([indextool, "--buildidf", str(dump), "--out", str(out)], capture_output=True,
                              text=True)
        if done.returncode != 0 or not out.exists():
            raise SphinxUnavailable(f"indextool --buildidf failed: {(done.stdout + done.stderr)[-500:]}")
        atomic.write_bytes(path, out.read_bytes())  # searchd may start and read it at any moment
