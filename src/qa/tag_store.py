"""Part-of-speech tags of a large corpus's sentences, made once and kept in the index cache.

Tagging a sentence the first time a question reads it is a fifth of an `ask` at 200k sentences (benchmarks/
README.md): the tagger's LRU keeps only `postag.TEXTS` texts, and each question brings ~5 corpus sentences it has
not tagged. The tags depend on nothing but the text and the tagger's dictionary (jieba's, the user entries and
every byline name of the corpus, which the composer's tokenizer holds), so they are made here once, with the
composer's own tagger, and read back on a miss:

    store = tag_store(config, corpus, tokenizer, tagger)   # None below MIN_SENTENCES sentences
    tagger.use_store(store)                                  # PosTagger.tag reads it while its dictionary is unchanged
    store.get(folded) -> Tags | None                         # None: a text the store does not hold

Exact by construction: the store is keyed by everything the tags depend on (the tokenizer's signature, which
holds the names and tokenize's code, postag's code, and VERSION), and PosTagger reads it only while its
dictionary is the one it had when the store was attached (a word added later, as by a reload's new byline,
makes it tag live again). A text is found by an 8-byte BLAKE2 digest of its folded form, and its word lengths must
add up to the text's length. Layout (a folder `tags-<key>` in index.cache_dir, arrays read memory-mapped):
keys.npy (sorted uint64 digests), starts.npy (int64, each text's first word), lengths.npy (uint8), flags.npy
(uint8 codes into meta.json's flags). Bump VERSION when the layout or what is stored changes: an old store is
then rebuilt.

With the composer's typed-span extractor (`spans`, a SpanMaker), each text's typed spans (typed.extract over those
same tags) are kept too — ~13 % of an `ask` at 200k went to scanning the ~2.6 sentences a question had not
seen before. They depend on the tags, the composer's byline names, the dictionary's frequencies and the code of
the extractor's modules (every qa module typed.py imports, read by `code_key`): all in the key. Four more arrays:
span_starts.npy (int64, each text's first span), span_at.npy and span_len.npy (uint16 offsets and lengths),
span_kinds.npy (uint8 codes into meta.json's kinds, each a (type, rule) pair); a text with a span past 65,535
characters is listed in meta.json's `live` and scanned live.

Only a corpus larger than the tagger's LRU gets one (below that, each text is tagged once in the process's life
anyway), and none above `index.tag_store_max` sentences (at 1M the tagging would break the build target). A
first build makes it when missing or made for other files; a reload uses the one of its dictionary if there is one
and never builds (reloads stay quick): sentences it lacks are tagged live, as before.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from . import postag
from .config import Config
from .index import alive
from .normalize import fold
from .postag import PosTagger, Tags, pack, unpack
from .tokenize import Tokenizer
from .types import Corpus

VERSION = 2  # 2: typed spans beside the tags
MIN_SENTENCES = postag.TEXTS  # a smaller corpus fits the tagger's own LRU


def _digest(folded: str) -> int:
    return int.from_bytes(hashlib.blake2b(folded.encode("utf-8"), digest_size=8).digest(), "little")


SpanTuple = tuple[int, int, str, str]  # (start, end, type, rule) of a typed span


class SpanMaker(Protocol):
    """The composer's typed-span extractor: `key` names everything its spans depend on besides the text's tags."""

    @property
    def key(self) -> str: ...

    def __call__(self, folded: str, tags: Tags) -> Sequence[SpanTuple]: ...


def code_key(module: str) -> str:
    """A hash of the source of `module` (a qa module's dotted name) and of every qa module it imports, at any
    depth (read from the source: `from .x import`, `from ..x import`, `import qa.x`), so a change to any code the
    extractor runs makes a new key. (Packages' __init__ files are left out: they run first, but import the rest of
    the package, not what the extractor calls.)"""
    src = Path(postag.__file__ or "").resolve().parent  # the qa package
    seen: dict[str, Path] = {}
    todo = [module]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        parts = name.split(".")[1:]
        path = src.joinpath(*parts).with_suffix(".py") if parts else src
        if not path.is_file():
            continue  # a package, or a name imported from a module
        seen[name] = path
        package = parts[:-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = ["qa", *package[:len(package) - (node.level - 1)]]
                elif (node.module or "").split(".")[0] == "qa":
                    base = []
                else:
                    continue
                mod = [*base, *(node.module.split(".") if node.module else [])]
                todo.append(".".join(mod))
                todo.extend(".".join([*mod, a.name]) for a in node.names)  # `from . import x`: a module
            elif isinstance(node, ast.Import):
                todo.extend(a.name for a in node.names if a.name.split(".")[0] == "qa")
    h = hashlib.sha256()
    for name in sorted(seen):
        h.update(name.encode() + b"\0" + seen[name].read_bytes())
    return h.hexdigest()[:24]


def store_key(tokenizer: Tokenizer, spans: SpanMaker | None = None) -> str:
    """What the tags depend on: the dictionary (the tokenizer's signature: user entries, names, jieba, its code),
    the tagging code (postag.py) and the store's format (VERSION); with typed spans, what they depend on too."""
    h = hashlib.sha256(f"tags v{VERSION}|{tokenizer.hmm}|{tokenizer.signature()}".encode())
    h.update(Path(postag.__file__ or "").read_bytes())
    if spans is not None:
        h.update(f"|spans {spans.key}".encode())
    return h.hexdigest()[:24]


class TagStore:
    def __init__(self, folder: Path):
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("version") != VERSION:
            raise ValueError(f"tag store version {meta.get('version')}, not {VERSION}")
        self.folder = folder
        self.seconds = 0.0  # the build's time, when this process made it
        self.fingerprint: str = meta["fingerprint"]
        self.flags: tuple[str, ...] = tuple(meta["flags"])
        # memory-mapped, read as plain arrays (a memmap's own indexing costs ~10× more a look-up)
        self._keys, self._starts, self._lengths, self._codes = (
            np.load(folder / name, mmap_mode="r").view(np.ndarray)
            for name in ("keys.npy", "starts.npy", "lengths.npy", "flags.npy"))
        # the last text looked up and its row: the composer reads a new sentence's tags, then its spans (one
        # digest and search, not two)
        self._last: tuple[str | None, int] = (None, -1)
        self.has_spans: bool = "kinds" in meta
        if self.has_spans:
            self.kinds: tuple[tuple[str, str], ...] = tuple((t, r) for t, r in meta["kinds"])
            self._live: frozenset[int] = frozenset(meta["live"])
            self._span_starts, self._span_at, self._span_len, self._span_kinds = (
                np.load(folder / name, mmap_mode="r").view(np.ndarray)
                for name in ("span_starts.npy", "span_at.npy", "span_len.npy", "span_kinds.npy"))

    def __len__(self) -> int:
        return len(self._keys)

    def _find(self, folded: str) -> int:
        """The text's row, or -1."""
        last = self._last  # (one tuple, read and written whole: safe across threads)
        if last[0] == folded:
            return last[1]
        i = self._look_up(folded)
        self._last = (folded, i)
        return i

    def _look_up(self, folded: str) -> int:
        key = _digest(folded)
        keys = self._keys
        i = int(keys.searchsorted(np.uint64(key)))  # (a Python int below 2**63 would cast the whole array)
        if i >= len(keys) or keys.item(i) != key:
            return -1
        a, b = self._starts.item(i), self._starts.item(i + 1)
        if sum(self._lengths[a:b].tobytes()) != len(folded):  # (another text with the same digest: tag it live)
            return -1
        return i

    def get(self, folded: str) -> Tags | None:
        i = self._find(folded)
        if i < 0:
            return None
        a, b = self._starts.item(i), self._starts.item(i + 1)
        flags = self.flags.__getitem__
        return unpack(folded, (self._lengths[a:b].tobytes(), tuple(map(flags, self._codes[a:b].tobytes()))))

    def spans(self, folded: str) -> list[SpanTuple] | None:
        """The text's typed spans as the store's SpanMaker made them, in its order; None: not stored."""
        if not self.has_spans:
            return None
        i = self._find(folded)
        if i < 0 or i in self._live:
            return None
        a, b = self._span_starts.item(i), self._span_starts.item(i + 1)
        kinds = self.kinds
        return [(s, s + n, *kinds[k]) for s, n, k in zip(self._span_at[a:b].tolist(), self._span_len[a:b].tolist(),
                                                          self._span_kinds[a:b].tobytes(), strict=True)]


def build(folder: Path, texts, tagger: PosTagger, fingerprint: str, progress: bool = False,
          spans: SpanMaker | None = None) -> TagStore:
    """Tag every distinct text (folded) and write the store to `folder` (replaced whole, atomically); `progress`:
    a bar on a terminal (~2 minutes at 200k sentences); `spans`: each text's typed spans kept too."""
    from tqdm import tqdm

    entries: dict[int, tuple[bytes, tuple[str, ...]]] = {}
    typed: dict[int, Sequence[SpanTuple]] = {}
    for folded in tqdm(texts, unit=" sent", desc="tagging", disable=not progress or None, leave=False):
        key = _digest(folded)
        if key in entries:
            continue
        tags = tagger.untracked(folded)
        packed = pack(folded, tags)  # (word lengths, flags), as the tagger's own cache keeps them
        if isinstance(packed[0], bytes):  # (else a word too long or words not tiling the text: tagged live)
            entries[key] = packed
            if spans is not None:
                typed[key] = spans(folded, tags)
    flags = sorted({f for _, fs in entries.values() for f in fs})
    if len(flags) > 256:
        raise ValueError("more than 256 part-of-speech flags")
    code = {f: i for i, f in enumerate(flags)}
    order = sorted(entries)
    starts = np.zeros(len(order) + 1, dtype=np.int64)
    np.cumsum([len(entries[k][0]) for k in order], out=starts[1:])
    widths = np.frombuffer(b"".join(entries[k][0] for k in order), dtype=np.uint8)
    codes = np.fromiter((code[f] for k in order for f in entries[k][1]), dtype=np.uint8, count=int(starts[-1]))
    folder.parent.mkdir(parents=True, exist_ok=True)
    # hidden and named by this process (".tags-KEY.PID.RANDOM"): another process's clean-up of stale stores
    # (tag_store's "tags-*") never takes a build still being written
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.{os.getpid()}.", dir=folder.parent))
    tmp.chmod(0o755)  # (mkdtemp's is private; the index cache's other folders are not)
    np.save(tmp / "keys.npy", np.asarray(order, dtype=np.uint64))
    np.save(tmp / "starts.npy", starts)
    np.save(tmp / "lengths.npy", widths)
    np.save(tmp / "flags.npy", codes)
    meta = {"version": VERSION, "fingerprint": fingerprint, "flags": flags, "texts": len(order)}
    if spans is not None:
        meta.update(_write_spans(tmp, [typed[k] for k in order]))
    (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=True)
    try:
        os.replace(tmp, folder)
    except OSError:  # another process built the same store (the same key and texts) and put it there first
        shutil.rmtree(tmp, ignore_errors=True)
    return TagStore(folder)


_U16 = 65_535


def _write_spans(folder: Path, rows: list[Sequence[SpanTuple]]) -> dict:
    """The typed spans of each row (the texts in key order) into four arrays; what meta.json gets."""
    live = [i for i, row in enumerate(rows) if any(e > _U16 for _s, e, _t, _r in row)]
    for i in live:
        rows[i] = ()
    kinds = sorted({(t, r) for row in rows for _s, _e, t, r in row})
    if len(kinds) > 256:
        raise ValueError("more than 256 kinds of typed span")
    code = {k: i for i, k in enumerate(kinds)}
    starts = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum([len(row) for row in rows], out=starts[1:])
    n = int(starts[-1])
    np.save(folder / "span_starts.npy", starts)
    np.save(folder / "span_at.npy", np.fromiter((s for row in rows for s, _e, _t, _r in row), np.uint16, n))
    np.save(folder / "span_len.npy", np.fromiter((e - s for row in rows for s, e, _t, _r in row), np.uint16, n))
    np.save(folder / "span_kinds.npy", np.fromiter((code[t, r] for row in rows for _s, _e, t, r in row), np.uint8, n))
    return {"kinds": [list(k) for k in kinds], "live": live, "spans": n}


def tag_store(config: Config, corpus: Corpus, tokenizer: Tokenizer, tagger: PosTagger, reload: bool = False,
              min_sentences: int | None = None, progress: bool = False,
              spans: SpanMaker | None = None) -> TagStore | None:
    """The store of this corpus's tags in the index cache: read, or made on a first build (not on a reload) when
    missing, stale (made for other files) or unreadable. None for a small corpus, or one above
    `index.tag_store_max` (its build time would grow past the build target). `spans`: the typed spans kept too."""
    n = len(corpus.sentences)
    if n < (MIN_SENTENCES if min_sentences is None else min_sentences) or n > config.index.tag_store_max \
            or not tagger.fast:
        return None
    cache = config.path(config.index.cache_dir)
    folder = cache / f"tags-{store_key(tokenizer, spans)}"
    store = None
    try:
        store = TagStore(folder)
    except (OSError, ValueError, KeyError):
        store = None
    if reload or (store is not None and store.fingerprint == corpus.fingerprint):
        return store
    t0 = time.perf_counter()
    store = build(folder, [fold(s.text) for s in corpus.sentences], tagger, corpus.fingerprint, progress, spans)
    for old in cache.glob("tags-*"):  # one dictionary's store is kept: the others are stale
        if old != folder and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
    for tmp in cache.glob(".tags-*.*.*"):  # builds whose process was killed mid-way (build's temporary folders)
        pid = tmp.name.rsplit(".", 2)[-2]
        if tmp.is_dir() and pid.isdigit() and not alive(int(pid)):
            shutil.rmtree(tmp, ignore_errors=True)
    store.seconds = time.perf_counter() - t0
    return store
