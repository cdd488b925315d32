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

Only a corpus larger than the tagger's LRU gets one (below that, each text is tagged once in the process's life
anyway), and none above `index.tag_store_max` sentences (at 1M the tagging would break the build target). A
first build makes it when missing or made for other files; a reload uses the one of its dictionary if there is one
and never builds (reloads stay quick): sentences it lacks are tagged live, as before.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

from . import postag
from .config import Config
from .normalize import fold
from .postag import PosTagger, Tags, pack, unpack
from .tokenize import Tokenizer
from .types import Corpus

VERSION = 1
MIN_SENTENCES = postag.TEXTS  # a smaller corpus fits the tagger's own LRU


def _digest(folded: str) -> int:
    return int.from_bytes(hashlib.blake2b(folded.encode("utf-8"), digest_size=8).digest(), "little")


def store_key(tokenizer: Tokenizer) -> str:
    """What the tags depend on: the dictionary (the tokenizer's signature: user entries, names, jieba, its code),
    the tagging code (postag.py) and the store's format (VERSION)."""
    h = hashlib.sha256(f"tags v{VERSION}|{tokenizer.hmm}|{tokenizer.signature()}".encode())
    h.update(Path(postag.__file__ or "").read_bytes())
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

    def __len__(self) -> int:
        return len(self._keys)

    def get(self, folded: str) -> Tags | None:
        key = _digest(folded)
        keys = self._keys
        i = int(keys.searchsorted(np.uint64(key)))  # (a Python int below 2**63 would cast the whole array)
        if i >= len(keys) or keys.item(i) != key:
            return None
        a, b = self._starts.item(i), self._starts.item(i + 1)
        lengths = self._lengths[a:b].tobytes()
        if sum(lengths) != len(folded):  # (another text with the same digest: tag it live)
            return None
        flags = self.flags
        return unpack(folded, (lengths, tuple(flags[c] for c in self._codes[a:b].tobytes())))


def build(folder: Path, texts, tagger: PosTagger, fingerprint: str, progress: bool = False) -> TagStore:
    """Tag every distinct text (folded) and write the store to `folder` (replaced whole, atomically); `progress`:
    a bar on a terminal (~2 minutes at 200k sentences)."""
    from tqdm import tqdm

    entries: dict[int, tuple[bytes, tuple[str, ...]]] = {}
    for folded in tqdm(texts, unit=" sent", desc="tagging", disable=not progress or None, leave=False):
        key = _digest(folded)
        if key in entries:
            continue
        packed = pack(folded, tagger.untracked(folded))  # (word lengths, flags), as the tagger's own cache keeps them
        if isinstance(packed[0], bytes):  # (else a word too long or words not tiling the text: tagged live)
            entries[key] = packed
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
    tmp = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
    tmp.chmod(0o755)  # (mkdtemp's is private; the index cache's other folders are not)
    np.save(tmp / "keys.npy", np.asarray(order, dtype=np.uint64))
    np.save(tmp / "starts.npy", starts)
    np.save(tmp / "lengths.npy", widths)
    np.save(tmp / "flags.npy", codes)
    (tmp / "meta.json").write_text(json.dumps({"version": VERSION, "fingerprint": fingerprint, "flags": flags,
                                               "texts": len(order)}), encoding="utf-8")
    if folder.exists():
        shutil.rmtree(folder)
    os.replace(tmp, folder)
    return TagStore(folder)


def tag_store(config: Config, corpus: Corpus, tokenizer: Tokenizer, tagger: PosTagger, reload: bool = False,
              min_sentences: int | None = None, progress: bool = False) -> TagStore | None:
    """The store of this corpus's tags in the index cache: read, or made on a first build (not on a reload) when
    missing, stale (made for other files) or unreadable. None for a small corpus, or one above
    `index.tag_store_max` (its build time would grow past the build target)."""
    n = len(corpus.sentences)
    if n < (MIN_SENTENCES if min_sentences is None else min_sentences) or n > config.index.tag_store_max \
            or not tagger.fast:
        return None
    cache = config.path(config.index.cache_dir)
    folder = cache / f"tags-{store_key(tokenizer)}"
    store = None
    try:
        store = TagStore(folder)
    except (OSError, ValueError, KeyError):
        store = None
    if reload or (store is not None and store.fingerprint == corpus.fingerprint):
        return store
    t0 = time.perf_counter()
    store = build(folder, [fold(s.text) for s in corpus.sentences], tagger, corpus.fingerprint, progress)
    for old in cache.glob("tags-*"):  # one dictionary's store is kept: the others are stale
        if old != folder and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
    store.seconds = time.perf_counter() - t0
    return store
