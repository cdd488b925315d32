"""The sparse index as immutable segments, so a new day's pages are indexed without re-reading the archive.

- A *unit* is one corpus file's sentences (the articles whose `file` it is, in corpus order), keyed by their
  content: kinds and paragraph texts, and the file's byline names. Each unit is tokenized with its own byline
  names only (`Tokenizer.scoped_names`), so its tokens depend on nothing else and a unit indexed last week is
  still right today.
- A *segment* holds a batch of units: raw term frequencies (a CSR matrix, its own vocabulary) and sentence
  lengths. It is written once (`seg-ID.npz`, atomically) and never changed.
- A *catalog* (`catalog.json`, written atomically after the segment files) lists the segments and their units;
  per corpus (engine paths) it also remembers the files of the last build, to say what changed.
- A query searches every segment with collection-wide statistics: document frequencies summed over the live
  sentences of all segments, average length over all live sentences. The BM25 weights are computed from them
  when the engine (re)loads, into one weighted CSR per segment (dead sentences dropped), so a search costs
  what a single index costs, per segment. Scores equal one index built from scratch over the same files.
- A changed or deleted file retires its unit (its sentences are left out of the weights: a tombstone);
  `optimize` (`qa index --optimize`) folds segments together, dropping retired sentences; a tiered policy
  folds `MERGE_FACTOR` segments of the same size tier on every `qa index`.

Crash safety: a segment or catalog is written to a temporary file and renamed; a process killed mid-write
leaves the previous catalog and segments, and the next start removes its temporary files with a warning. A
segment that cannot be read, or that the catalog names but is missing, is reported and its units rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import time
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse

from . import __version__, bm25
from .atomic import open_atomic, write_text
from .index import BATCH_SENTENCES, INDEX_FORMAT, CorruptIndex, SparseIndex, clean_stale_temp_files, tokenize_batches
from .tokenize import Tokenizer
from .types import Corpus

log = logging.getLogger(__name__)

SEGMENT_FORMAT = 1
MERGE_FACTOR = 10  # the tiered policy folds this many segments of one size tier (a power of 10 sentences)


# ---------------------------------------------------------------- units: a file's sentences

@dataclass(frozen=True)
class Unit:
    name: str  # the file's display name (Article.file)
    key: str  # content hash: paragraphs' kinds and texts, byline names
    sentences: np.ndarray  # the corpus sentence numbers, in order
    names: tuple[str, ...]  # byline and credit names of its articles


def corpus_units(corpus: Corpus) -> list[Unit]:
    """The corpus cut into units, one per file, in the order files first appear."""
    files: dict[str, int] = {}
    art_file = np.fromiter((files.setdefault(a.file, len(files)) for a in corpus.articles), dtype=np.int64,
                           count=len(corpus.articles))
    sent_article = np.asarray(corpus.sentences._article, dtype=np.int64)  # split.SentenceTable's own column
    sent_file = art_file[sent_article] if len(sent_article) else np.zeros(0, dtype=np.int64)
    order = np.argsort(sent_file, kind="stable")
    bounds = np.concatenate([[0], np.cumsum(np.bincount(sent_file, minlength=len(files)))])
    parts: list[list[str]] = [[] for _ in files]
    names: list[list[str]] = [[] for _ in files]
    for a, f in zip(corpus.articles, art_file.tolist(), strict=True):
        # One string per file, hashed once: far faster than a digest update per paragraph.
        parts[f].append(a.id)
        parts[f].extend([p.kind + "\0" + p.text for p in a.paragraphs])
        if a.byline.names or a.credit.names:
            names[f].extend(a.byline.names + a.credit.names)
    out = []
    for name, f in files.items():
        unit_names = tuple(dict.fromkeys(names[f]))
        text = "\1".join(parts[f]) + "\2" + "\0".join(unit_names) + "\2" + name
        key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        out.append(Unit(name, key, order[bounds[f]:bounds[f + 1]], unit_names))
    return out


# ---------------------------------------------------------------- tokenizing units

def tokenize_units(tokenizer: Tokenizer, corpus: Corpus, units: Sequence[Unit], progress: bool = False):
    """The units' sentences → (vocabulary, token ids, offsets), each unit with its own byline names; on both
    cores when there are many sentences."""
    sents = corpus.sentences
    work = [(u.names, [(s.text, s.kind) for s in (sents[int(i)] for i in u.sentences)]) for u in units]
    batches, cur, size = [], [], 0
    for w in work:
        cur.append(w)
        size += len(w[1])
        if size >= BATCH_SENTENCES:
            batches.append(cur)
            cur, size = [], 0
    if cur:
        batches.append(cur)
    tok = tokenize_batches(tokenizer, batches, progress)
    return list(tok.vocab), tok.ids, tok.offsets


# ---------------------------------------------------------------- segments

@dataclass(frozen=True)
class UnitSpan:
    name: str
    key: str
    start: int  # the unit's documents in its segment: start:stop
    stop: int


class Segment:
    """Immutable: units' raw term frequencies (terms × documents, local vocabulary) and document lengths."""

    def __init__(self, sid: str, units: Sequence[UnitSpan], vocab: Sequence[str], tf: sparse.csr_matrix,
                 doc_len: np.ndarray):
        self.id = sid
        self.units = tuple(units)
        self.vocab = list(vocab)
        self.term_ids = {t: i for i, t in enumerate(self.vocab)}
        self.tf = tf
        self.doc_len = doc_len

    @property
    def n_docs(self) -> int:
        return int(self.tf.shape[1])


def segment_id(units: Sequence[UnitSpan]) -> str:
    h = hashlib.sha256()
    for u in units:
        h.update(f"{u.name}\0{u.key}\0{u.stop - u.start}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:24]


def build_segment(tokenizer: Tokenizer, corpus: Corpus, units: Sequence[Unit], progress: bool = False) -> Segment:
    vocab, ids, offsets = tokenize_units(tokenizer, corpus, units, progress)
    spans, pos = [], 0
    for u in units:
        spans.append(UnitSpan(u.name, u.key, pos, pos + len(u.sentences)))
        pos += len(u.sentences)
    tf = bm25.term_frequencies(ids, offsets, len(vocab))
    tf.data = tf.data.astype(np.float32)  # counts: exact, and half the memory of float64
    return Segment(segment_id(spans), spans, vocab, tf, np.diff(offsets).astype(np.float64))


def merge_segments(parts: Sequence[tuple[Segment, Sequence[UnitSpan]]]) -> Segment:
    """One segment holding the given units of the given segments (their other documents dropped); no
    tokenization: vocabularies are merged by string."""
    spans, base = [], 0
    for _, units in parts:
        for u in units:
            spans.append(UnitSpan(u.name, u.key, base, base + u.stop - u.start))
            base += u.stop - u.start
    keeps = [(seg, np.concatenate([np.arange(u.start, u.stop) for u in units]) if units else np.zeros(0, np.int64))
             for seg, units in parts]
    vocab, tf, doc_len = _stack(keeps)
    return Segment(segment_id(spans), spans, vocab, tf, doc_len)


def _stack(parts: Sequence[tuple[Segment, np.ndarray]]) -> tuple[list[str], sparse.csr_matrix, np.ndarray]:
    """The documents `keep` of each segment, in that order, as one term-frequency matrix over the union of the
    vocabularies. Terms held only by dropped documents stay as empty rows: harmless (their df is 0)."""
    vocab: dict[str, int] = {}
    rows, cols, data, lens = [], [], [], []
    base = 0
    for seg, keep in parts:
        newcol = np.full(seg.n_docs, -1, dtype=np.int64)
        newcol[keep] = base + np.arange(len(keep))
        remap = np.fromiter((vocab.setdefault(t, len(vocab)) for t in seg.vocab), dtype=np.int64,
                            count=len(seg.vocab))
        coo = seg.tf.tocoo()
        live = newcol[coo.col] >= 0
        rows.append(remap[coo.row[live]])
        cols.append(newcol[coo.col[live]])
        data.append(coo.data[live])
        lens.append(seg.doc_len[keep])
        base += len(keep)

    def cat(xs, dt):
        return np.concatenate(xs) if xs else np.zeros(0, dtype=dt)

    tf = sparse.csr_matrix((cat(data, np.float32).astype(np.float32), (cat(rows, np.int64), cat(cols, np.int64))),
                           shape=(len(vocab), base))
    tf.sort_indices()
    return list(vocab), tf, cat(lens, np.float64)


def save_segment(seg: Segment, path: Path) -> None:
    m = seg.tf
    meta = {"format": SEGMENT_FORMAT, "units": [[u.name, u.key, u.start, u.stop] for u in seg.units]}
    with open_atomic(path) as fh:
        np.savez(fh, data=m.data, indices=m.indices, indptr=m.indptr, doc_len=seg.doc_len,
                 vocab=np.frombuffer("\n".join(seg.vocab).encode("utf-8", "surrogatepass"), dtype=np.uint8),
                 meta=np.frombuffer(json.dumps(meta, ensure_ascii=False).encode(), dtype=np.uint8))


def load_segment(path: Path, sid: str) -> Segment:
    """A saved segment, checked; CorruptIndex when it is damaged."""
    try:
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(z["meta"].tobytes().decode())
            if meta.get("format") != SEGMENT_FORMAT:
                raise CorruptIndex(f"format {meta.get('format')}, expected {SEGMENT_FORMAT}")
            raw = z["vocab"].tobytes().decode("utf-8", "surrogatepass")
            vocab = raw.split("\n") if raw else []
            units = [UnitSpan(str(n), str(k), int(a), int(b)) for n, k, a, b in meta["units"]]
            data, indices, indptr, doc_len = z["data"], z["indices"], z["indptr"], z["doc_len"]
            n_docs = len(doc_len)
            tf = sparse.csr_matrix((data, indices, indptr), shape=(len(vocab), n_docs))
    except CorruptIndex:
        raise
    except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise CorruptIndex(str(exc) or type(exc).__name__) from None
    if segment_id(units) != sid:
        raise CorruptIndex("its units do not match its name")
    if len(indptr) != len(vocab) + 1:
        raise CorruptIndex("does not match its vocabulary")
    pos = 0
    for u in units:
        if u.start != pos or u.stop < u.start:
            raise CorruptIndex("unit ranges that do not tile the segment")
        pos = u.stop
    if pos != n_docs:
        raise CorruptIndex("unit ranges that do not tile the segment")
    if not (np.issubdtype(data.dtype, np.floating) and np.issubdtype(indices.dtype, np.integer)
            and np.issubdtype(indptr.dtype, np.integer) and np.issubdtype(doc_len.dtype, np.number)):
        raise CorruptIndex("unexpected array types")
    if len(data) != len(indices) or indptr[0] != 0 or indptr[-1] != len(indices) or np.any(np.diff(indptr) < 0):
        raise CorruptIndex("inconsistent row offsets")
    if len(indices) and (indices.min() < 0 or indices.max() >= n_docs):
        raise CorruptIndex("sentence numbers out of range")
    if not (np.all(np.isfinite(data)) and np.all(data > 0)):
        raise CorruptIndex("term frequencies that are not finite and positive")
    if not (np.all(np.isfinite(doc_len)) and np.all(doc_len >= 0)):
        raise CorruptIndex("sentence lengths that are not finite and non-negative")
    if len(set(vocab)) != len(vocab):
        raise CorruptIndex("a term listed twice")
    return Segment(sid, units, vocab, tf, doc_len.astype(np.float64))


# ---------------------------------------------------------------- the searchable view

class _LiveVocabulary:
    """The terms at least one live sentence holds (what a fresh index over the same files would know)."""

    def __init__(self, term_ids: dict[str, int], df: np.ndarray):
        self._ids, self._df = term_ids, df

    def __contains__(self, term: object) -> bool:
        i = self._ids.get(term)  # type: ignore[call-overload]
        return i is not None and self._df[i] > 0

    def __len__(self) -> int:
        return int(np.count_nonzero(self._df))

    def __iter__(self) -> Iterator[str]:
        return (t for t, i in self._ids.items() if self._df[i] > 0)


class SegmentedIndex:
    """Segments weighted with collection-wide BM25 statistics; immutable once made (a reload makes another).

    `used[j]` are the units of segment j that are live, `sentence_of[j]` maps each of their documents to its
    corpus sentence number (-1: retired)."""

    def __init__(self, segments: Sequence[Segment], sentence_of: Sequence[np.ndarray], n_sentences: int,
                 k1: float, b: float):
        self.segments = list(segments)  # as stored (the next update reuses them)
        self.n_sentences = n_sentences
        # Queries search one weighted matrix, terms × corpus sentences, over all segments: a day's small segments
        # cost a query nothing, and ties fall in corpus order. The largest segment goes first, so its term
        # numbers are the global ones and only the others' rows are renumbered.
        sentence_of = list(sentence_of)
        live_n = [int(np.count_nonzero(m >= 0)) for m in sentence_of]
        order = sorted(range(len(self.segments)), key=lambda i: -live_n[i])
        searched = [self.segments[i] for i in order]
        self.sentence_of = [sentence_of[i] for i in order]
        self.term_ids: dict[str, int] = {}
        gids = [np.fromiter((self.term_ids.setdefault(t, len(self.term_ids)) for t in s.vocab), dtype=np.int64,
                            count=len(s.vocab)) for s in searched]
        masked = [self._live_tf(s, m >= 0) for s, m in zip(searched, self.sentence_of, strict=True)]
        n_terms = len(self.term_ids)
        df = np.zeros(n_terms)
        n_live, total_len = 0, 0.0
        for s, m, tf, gid in zip(searched, self.sentence_of, masked, gids, strict=True):
            df[gid] += np.diff(tf.indptr)
            live = m >= 0
            n_live += int(live.sum())
            total_len += float(s.doc_len[live].sum())
        self.df = df
        self.n_live = n_live
        self.avgdl = total_len / n_live if n_live and total_len else 1.0  # as bm25.avg_length
        self.idf = bm25.idf(n_live, df)
        self.vocabulary = _LiveVocabulary(self.term_ids, df)
        first: sparse.csr_matrix | None = None
        rest_rows, rest_cols, rest_data = [], [], []
        for s, m, tf, gid in zip(searched, self.sentence_of, masked, gids, strict=True):
            rows = np.repeat(np.arange(tf.shape[0]), np.diff(tf.indptr))
            w = bm25.weight(self.idf[gid][rows], tf.data, s.doc_len[tf.indices], self.avgdl, k1, b)
            keep = w > 0  # zero-IDF terms add nothing; search() relies on "weight > 0"
            if first is None:  # gid is 0..n-1 here: keep the rows, renumber the columns to corpus sentences
                indptr = np.zeros(n_terms + 1, dtype=np.int64)
                np.cumsum(np.bincount(rows[keep], minlength=n_terms), out=indptr[1:])
                first = sparse.csr_matrix((w[keep], m[tf.indices[keep]], indptr), shape=(n_terms, n_sentences))
            else:
                rest_rows.append(gid[rows[keep]])
                rest_cols.append(m[tf.indices[keep]])
                rest_data.append(w[keep])
        if first is None:
            first = sparse.csr_matrix((n_terms, n_sentences))
        if rest_data:
            first = first + sparse.csr_matrix(
                (np.concatenate(rest_data), (np.concatenate(rest_rows), np.concatenate(rest_cols))),
                shape=(n_terms, n_sentences))
        self.matrix = first
        self.part = SparseIndex(list(self.term_ids), first, np.zeros(0), self.idf, term_ids=self.term_ids)

    @staticmethod
    def _live_tf(seg: Segment, live: np.ndarray) -> sparse.csr_matrix:
        if live.all():
            return seg.tf
        keep = live[seg.tf.indices]
        rows = np.repeat(np.arange(seg.tf.shape[0]), np.diff(seg.tf.indptr))
        indptr = np.zeros(seg.tf.shape[0] + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows[keep], minlength=seg.tf.shape[0]), out=indptr[1:])
        return sparse.csr_matrix((seg.tf.data[keep], seg.tf.indices[keep], indptr), shape=seg.tf.shape)

    @property
    def n_docs(self) -> int:
        return self.n_sentences

    @property
    def vocab(self) -> list[str]:
        return list(self.vocabulary)

    def stats(self) -> dict:
        return {
            "sentences": self.n_live, "terms": len(self.vocabulary),
            "postings": int(self.matrix.nnz), "avg_len": self.avgdl if self.n_live else 0.0,
            "bytes": int(self.matrix.data.nbytes + self.matrix.indices.nbytes + self.matrix.indptr.nbytes),
            "segments": len(self.segments),
            "retired": int(sum(int((m < 0).sum()) for m in self.sentence_of)),
        }

    def scores(self, tokens: Sequence[str]) -> np.ndarray:
        """Dense scores of every corpus sentence (for tests and comparison)."""
        return self.part.scores(tokens)

    def search(self, tokens: Sequence[str], k: int) -> list[tuple[int, float]]:
        """Top-k (corpus sentence number, score), best first, ties broken by corpus order."""
        return self.part.search(tokens, k)

    def holding(self, term: str) -> np.ndarray | None:
        """The corpus sentence numbers whose tokens hold `term`, in corpus order (its postings list); None when the
        index cannot tell: a term in over half the sentences has IDF 0, and its zero weights are not stored."""
        i = self.term_ids.get(term)
        if i is None or self.df[i] == 0:
            return np.zeros(0, dtype=np.int64)
        if self.idf[i] <= 0:
            return None
        a, b = self.matrix.indptr[i], self.matrix.indptr[i + 1]
        return np.sort(self.matrix.indices[a:b])


# ---------------------------------------------------------------- the cache folder

def base_key(tokenizer: Tokenizer) -> str:
    """What every segment in a folder shares: the tokenizer without byline names, the code version."""
    h = hashlib.sha256()
    for part in (tokenizer.signature(), __version__, str(INDEX_FORMAT), str(SEGMENT_FORMAT)):
        h.update(part.encode() + b"\0")
    return h.hexdigest()[:24]


@dataclass(frozen=True)
class Changes:
    """What an update did to a corpus's index."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    sentences: int = 0  # sentences tokenized
    seconds: float = 0.0
    segments: int = 0
    merged: int = 0  # segments folded into one by the merge policy

    def summary(self) -> str:
        merged = f", {self.merged} merged" if self.merged else ""
        return summary(self.added, self.changed, self.removed, self.sentences, self.seconds, self.segments) + merged


def summary(added: Sequence[str], changed: Sequence[str], removed: Sequence[str], sentences: int, seconds: float,
            segments: int) -> str:
    """"+23 files, 1,904 sentences, 0.8 s; 4 segments" (also "-2 files", "~1 changed")."""
    parts = [f"{sign}{len(files):,} {what}" for sign, files, what in
             (("+", added, "files"), ("~", changed, "changed"), ("-", removed, "files")) if files]
    return (f"{', '.join(parts or ['no changed files'])}, {sentences:,} sentences, {seconds:.1f} s; "
            f"{segments} segment{'s' if segments != 1 else ''}")


@dataclass
class Catalog:
    segments: dict[str, list[list]] = field(default_factory=dict)  # id → [[name, key, start, stop], ...]
    corpora: dict[str, dict[str, str]] = field(default_factory=dict)  # corpus id → {file: key} at its last build
    tombstones: dict[str, list[str]] = field(default_factory=dict)  # id → retired files (for the last corpus)


def _read_catalog(path: Path) -> Catalog:
    if not path.is_file():
        return Catalog()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != SEGMENT_FORMAT:
            raise ValueError(f"format {raw.get('format')}")
        return Catalog({str(k): list(v) for k, v in raw["segments"].items()},
                       {str(k): dict(v) for k, v in raw.get("corpora", {}).items()},
                       {str(k): list(v) for k, v in raw.get("tombstones", {}).items()})
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("index catalog %s is unusable (%s); its segments are rebuilt as needed", path, exc)
        return Catalog()


def _write_catalog(path: Path, cat: Catalog) -> None:
    write_text(path, json.dumps({"format": SEGMENT_FORMAT, "segments": cat.segments, "corpora": cat.corpora,
                                 "tombstones": cat.tombstones}, ensure_ascii=False))


@dataclass
class Built:
    index: SegmentedIndex
    units: dict[str, str]  # file → key of this corpus
    changes: Changes
    info: dict


class SegmentStore:
    """One cache folder of segments (for one tokenizer configuration and code version)."""

    def __init__(self, folder: Path | None):
        self.folder = folder  # None: in memory only

    @property
    def catalog_path(self) -> Path | None:
        return self.folder / "catalog.json" if self.folder else None

    def segment_path(self, sid: str) -> Path | None:
        return self.folder / f"seg-{sid}.npz" if self.folder else None

    def update(self, corpus: Corpus, tokenizer: Tokenizer, k1: float, b: float, *, corpus_id: str = "",
               previous: Sequence[Segment] = (), previous_units: dict[str, str] | None = None,
               rebuild: bool = False, optimize: bool = False, merge: bool = False,
               progress: bool = False) -> Built:
        """The index of `corpus`: segments reused from memory (`previous`) or the folder, new units tokenized
        into one new segment, the catalog updated. `optimize` folds every segment into one; `merge` applies
        the tiered policy."""
        t0 = time.perf_counter()
        units = corpus_units(corpus)
        cat = Catalog()
        if self.folder is not None:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                for tmp in clean_stale_temp_files(self.folder):
                    log.warning("removed %s, left by a process killed while saving the index", tmp)
                cat = _read_catalog(self.catalog_path)  # type: ignore[arg-type]
            except OSError as exc:
                log.warning("index cache folder %s is not usable (%s); building the index in memory",
                            self.folder, exc.strerror or exc)
                self.folder = None
        if previous_units is None:
            previous_units = cat.corpora.get(corpus_id) if corpus_id else None

        # Which known segment serves each unit: the one serving most of this corpus's units first.
        memory = {s.id: s for s in previous} if not rebuild else {}
        known: dict[str, list[UnitSpan]] = {} if rebuild else {sid: [UnitSpan(*u) for u in us]
                                                                for sid, us in cat.segments.items()}
        for s in memory.values():
            known.setdefault(s.id, list(s.units))
        wanted = {(u.name, u.key) for u in units}
        ranked = sorted(known, key=lambda sid: (-sum((x.name, x.key) in wanted for x in known[sid]), sid))
        served: dict[tuple[str, str], tuple[str, UnitSpan]] = {}
        loaded: dict[str, Segment] = {}
        problems = False
        for sid in ranked:
            mine = [x for x in known[sid] if (x.name, x.key) in wanted and (x.name, x.key) not in served]
            if not mine:
                continue
            seg = memory.get(sid) or self._load(sid)
            if seg is None:
                problems = True
                cat.segments.pop(sid, None)
                continue
            loaded[sid] = seg
            for x in mine:
                served[(x.name, x.key)] = (sid, x)
        todo = [u for u in units if (u.name, u.key) not in served]
        new_sentences = sum(len(u.sentences) for u in todo)
        if todo:
            seg = build_segment(tokenizer, corpus, todo, progress)
            loaded[seg.id] = seg
            for x in seg.units:
                served[(x.name, x.key)] = (seg.id, x)
            self._save(seg, cat)
        segs = [loaded[sid] for sid in loaded if any(v[0] == sid for v in served.values())]
        merged = 0
        retired = any(sum(v[1].stop - v[1].start for v in served.values() if v[0] == s.id) < s.n_docs
                      for s in segs)
        if optimize and (len(segs) > 1 or retired) or merge and len(segs) >= MERGE_FACTOR:
            groups = [segs] if optimize else _tiers(segs, served)
            for group in groups:
                ids = {s.id for s in group}
                parts = [(s, sorted((v[1] for v in served.values() if v[0] == s.id), key=lambda x: x.start))
                         for s in group]
                seg = merge_segments(parts)
                for x in seg.units:
                    served[(x.name, x.key)] = (seg.id, x)
                self._save(seg, cat)
                for sid in ids - {seg.id}:
                    self._drop(sid, cat)
                segs = [s for s in segs if s.id not in ids] + [seg]
                merged += len(group)

        sentence_of = []
        for s in segs:
            m = np.full(s.n_docs, -1, dtype=np.int32)
            for u in units:
                sid, x = served[(u.name, u.key)]
                if sid == s.id:
                    m[x.start:x.stop] = u.sentences
            sentence_of.append(m)
        index = SegmentedIndex(segs, sentence_of, len(corpus.sentences), k1, b)
        current = {u.name: u.key for u in units}
        added: tuple[str, ...]
        changed: tuple[str, ...] = ()
        removed: tuple[str, ...] = ()
        if previous_units is None:
            added = tuple(current)
        else:
            added = tuple(n for n in current if n not in previous_units)
            changed = tuple(n for n in current if n in previous_units and previous_units[n] != current[n])
            removed = tuple(n for n in previous_units if n not in current)
        if self.catalog_path is not None:
            if corpus_id:
                cat.corpora[corpus_id] = current
            cat.tombstones = {s.id: sorted({x.name for x in s.units} - {x.name for x in s.units
                                                                          if served.get((x.name, x.key),
                                                                                        ("",))[0] == s.id})
                              for s in segs}
            try:
                _write_catalog(self.catalog_path, cat)
            except OSError as exc:
                log.warning("cannot write the index catalog %s: %s", self.catalog_path, exc.strerror or exc)
        changes = Changes(added, changed, removed, new_sentences, time.perf_counter() - t0, len(segs), merged)
        path = self.segment_path(segs[0].id) if len(segs) == 1 else self.folder
        info = {"cache": str(path) if self.folder is not None and path else "", "loaded": not todo and not problems,
                ("load_seconds" if not todo else "build_seconds"): changes.seconds,
                "tokenized": new_sentences}
        return Built(index, current, changes, info)

    def _load(self, sid: str) -> Segment | None:
        path = self.segment_path(sid)
        if path is None:
            return None
        if not path.is_file():
            log.warning("index catalog names segment %s, which is missing; rebuilding its part", path)
            return None
        try:
            return load_segment(path, sid)
        except CorruptIndex as exc:
            log.warning("index cache %s is unusable (%s); rebuilding it", path, exc)
            return None

    def _save(self, seg: Segment, cat: Catalog) -> None:
        path = self.segment_path(seg.id)
        if path is None:
            return
        try:
            save_segment(seg, path)
            cat.segments[seg.id] = [[u.name, u.key, u.start, u.stop] for u in seg.units]
        except OSError as exc:
            log.warning("cannot write the index segment %s: %s (continuing without it)", path, exc.strerror or exc)

    def _drop(self, sid: str, cat: Catalog) -> None:
        cat.segments.pop(sid, None)
        path = self.segment_path(sid)
        if path is not None:
            path.unlink(missing_ok=True)


def _tiers(segs: Sequence[Segment], served) -> list[list[Segment]]:
    """Lucene's tiered policy, simply: MERGE_FACTOR or more segments whose live sizes share a power of ten."""
    tiers: dict[int, list[Segment]] = {}
    for s in segs:
        live = sum(v[1].stop - v[1].start for v in served.values() if v[0] == s.id)
        tiers.setdefault(int(math.log10(max(live, 1))), []).append(s)
    return [g for g in tiers.values() if len(g) >= MERGE_FACTOR]
