"""Files → decoded text → Articles (headline, sub-headline, byline, body, photo credit, continuation marks).

Newspaper pages arrive as plain text: one paragraph per line, headlines and bylines on lines of their own,
paragraphs broken mid-sentence by the page's columns, "(下转2版)" marks. The layout package undoes the layout
(layout/lines.py classifies a page's lines, layout/page.py makes articles of them); this module reads the files
(pages and JSON Lines), stitches continued articles, and keeps the parse of unchanged files across reloads.
`split` then cuts sentences. A file that cannot be read is reported (path and reason) and skipped.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from .dates import iso_of
from .layout.bylines import parse_byline
from .layout.page import parse_page
from .read import LoadError, Scan, decode, decode_jsonl, read_bytes, scan, scrub, show_path
from .split import SentenceTable, split_columns
from .types import Article, Byline, Corpus, Paragraph

__all__ = ["LoadError", "Parsed", "corpus_signature", "decode", "load_corpus", "load_file", "load_parsed",
           "parse_byline", "parse_page", "scan_files", "stitch"]

# ---------------------------------------------------------------- files and encodings (read.py)


def scan_files(paths: Iterable[Path], extensions: Iterable[str]) -> list[Path]:
    """Every corpus file under `paths` (folders recursively), sorted, hidden files skipped."""
    return sorted(f for f, _ in scan(paths, extensions).files)


def corpus_signature(paths: Iterable[Path], extensions: Iterable[str]) -> tuple:
    """Every corpus file with its stat (`_stat`: size, mtime, inode, ctime). Two signatures differ after any
    write, rename or delete: the ctime changes on every write, even one that keeps the size and puts the old
    mtime back (`cp -p`, a same-size rewrite followed by a touch), and an atomic replace brings a new inode."""
    return tuple((str(f), _stat(f) or (-1, -1, -1, -1)) for f in scan_files(paths, extensions))  # -1: gone


def parse_jsonl(text: str, file: str, taken: set[str] | None = None) -> tuple[list[Article], list[str]]:
    """One article per line: id, title, text, optional date, byline, source, page, url.

    `taken` holds the article ids already in use (shared across files by load_corpus): an id seen before is
    replaced by "file#line", with a warning, so every citation names exactly one article."""
    taken = set() if taken is None else taken
    articles, warnings = [], []
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
            body = obj.get("text")
            if not isinstance(body, str) or not body.strip():
                raise ValueError("missing 'text'")
        except RecursionError:
            warnings.append(f"{file}:{lineno}: skipped line: JSON nested too deeply")
            continue
        except ValueError as exc:
            warnings.append(f"{file}:{lineno}: skipped line: {exc}")
            continue
        # JSON "\ud800" escapes give lone surrogates, which cannot be printed or folded: replace them.
        field_text = {k: scrub(str(obj.get(k) or "")).strip()
                      for k in ("title", "byline", "date", "source", "page", "url")}
        body = scrub(body)
        wanted = scrub(str(obj.get("id") or f"{file}#{lineno}"))
        aid = _unique_id(wanted, f"{file}#{lineno}", taken)
        if aid != wanted:
            warnings.append(f"{file}:{lineno}: duplicate id {wanted!r} (already used): cited as {aid!r}")
        title, byline_text = field_text["title"], field_text["byline"]
        byline = parse_byline(byline_text) if byline_text else None
        paras = []
        if title:
            paras.append(Paragraph(0, "headline", title, 0))
        if byline_text:
            paras.append(Paragraph(len(paras), "byline", byline_text, 0))
        pos = 0
        for chunk in body.split("\n"):
            if chunk.strip():
                paras.append(Paragraph(len(paras), "body", chunk.strip(), pos + len(chunk) - len(chunk.lstrip())))
            pos += len(chunk) + 1
        articles.append(Article(
            id=aid, file=file, headline=title, paragraphs=tuple(paras),
            byline=byline or Byline(text=byline_text), date=iso_of(field_text["date"]),
            source=field_text["source"], page=field_text["page"], url=field_text["url"],
        ))
    return articles, warnings


def _unique_id(wanted: str, fallback: str, taken: set[str]) -> str:
    """`wanted`, or when another article has it, `fallback` (then fallback~2, ~3… should even that be taken)."""
    aid, n = wanted, 1
    if aid in taken:
        aid = fallback
    while aid in taken:
        n += 1
        aid = f"{fallback}~{n}"
    taken.add(aid)
    return aid


# ---------------------------------------------------------------- continued articles

def _similar(a: str, b: str) -> bool:
    a, b = a.replace(" ", ""), b.replace(" ", "")
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    common = len(set(a) & set(b))
    return common / min(len(set(a)), len(set(b))) >= 0.6


def stitch(articles: list[Article]) -> list[Article]:
    """Join an article marked "下转N版" with its continuation ("上接M版", a similar headline) when both are here."""
    out: list[Article | None] = list(articles)
    for i, head in enumerate(out):
        if head is None or not any(m.startswith(("下转", "转")) for m in head.continuations):
            continue
        for j, tail in enumerate(out):
            if j == i or tail is None or not any(m.startswith(("上接", "接")) for m in tail.continuations):
                continue
            if _similar(head.headline, tail.headline):
                base = len(head.paragraphs)
                extra = tuple(replace(p, index=base + k) for k, p in enumerate(tail.body))
                out[i] = replace(
                    head, paragraphs=head.paragraphs + extra,
                    continuations=head.continuations + tail.continuations,
                    warnings=head.warnings + (f"continued in {tail.file} ({tail.headline})",),
                )
                out[j] = None
                break
    return [a for a in out if a is not None]


# ---------------------------------------------------------------- the corpus

def parse_file(data: bytes, path: Path, name: str, taken: set[str] | None = None) -> tuple[list[Article], list[str]]:
    """One file's bytes → (articles, warnings). Raises LoadError when the file cannot be used at all.
    `taken`: article ids already used by other files (see parse_jsonl)."""
    if path.suffix.lower() == ".jsonl":
        decoded = decode_jsonl(data)
        articles, warnings = parse_jsonl(decoded.text, name, taken)
        return articles, decoded.warnings(name) + warnings
    decoded = decode(data)
    articles = parse_page(decoded.text, name)
    if not articles:
        raise LoadError("no articles found")
    return articles, decoded.warnings(name)


def load_file(path: Path, name: str, taken: set[str] | None = None) -> tuple[bytes, list[Article], list[str]]:
    """Read and parse one corpus file: (its bytes, articles, warnings). The one way the loader and `qa ingest`
    read a file, so both say the same about one that cannot be used: LoadError with the reason, "cannot read:
    Permission denied" or the parser's ("empty file", "binary file (NUL bytes), not text", …). The bytes are
    read once: what is hashed or copied is what was parsed, even if the file changes meanwhile."""
    try:
        data = read_bytes(path)
    except OSError as exc:
        raise LoadError(f"cannot read: {exc.strerror or exc}") from None
    articles, warnings = parse_file(data, path, name, taken)
    return data, articles, warnings


RACY_NS = 2_000_000_000  # file timestamps are as coarse as 2 s on some file systems (FAT)


@dataclass(frozen=True)
class FileParse:
    """What one file gave, remembered so a reload need not read it again: its stat when read (size, mtime_ns,
    inode, ctime_ns), content digest, display name, article ids before stitching (`taken` for the jsonl files after it)
    and its warnings. `entangled`: its articles depend on other files (continuation marks, or a jsonl id that
    had to be renamed because another article had it)."""

    name: str
    stat: tuple[int, int, int, int]
    digest: str
    ids: tuple[str, ...]
    warnings: tuple[str, ...]
    entangled: bool
    renamed: bool = False  # a jsonl id was taken: which ids it gets depends on the files before it
    read_at: int = 0  # time.time_ns() when it was read

    def same(self, stat: tuple[int, int, int, int] | None) -> bool:
        """The file is as read, by its stat alone. The ctime is in the stat because a write that keeps the size
        and restores the mtime (`cp -p`) still moves it. Not when it was modified within RACY_NS of being read:
        a write just after the read could leave the stat as it was (coarse timestamps), so its content is
        compared (as git does with "racily clean" files); the ctime counts there too, as the mtime may have
        been set back."""
        return stat is not None and stat == self.stat and max(stat[1], stat[3]) + RACY_NS < self.read_at


@dataclass(frozen=True)
class Parsed:
    """A loaded corpus with what each file gave (by path), for `load_parsed(..., reuse=)`; `spans`: each file's
    articles in the corpus (after stitching), as (first, end) positions, by display name."""

    corpus: Corpus
    files: dict[str, FileParse]
    spans: dict[str, tuple[int, int]]


def _stat(path: Path) -> tuple[int, int, int, int] | None:
    """(size, mtime_ns, inode, ctime_ns), taken before reading: a file changed meanwhile looks changed next
    time."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns)


def _entry(name: str, stat: tuple[int, int, int, int], data: bytes, arts: list[Article], warns: list[str],
           jsonl: bool) -> FileParse:
    renamed = jsonl and any("duplicate id" in w for w in warns)
    return FileParse(name, stat, hashlib.sha256(data).hexdigest(), tuple(a.id for a in arts), tuple(warns),
                     renamed or any(a.continuations for a in arts), renamed, time.time_ns())


def load_corpus(paths: Iterable[Path], extensions: Iterable[str] = (".txt", ".md", ".jsonl")) -> Corpus:
    """Every readable file under `paths` → a Corpus; unreadable files become warnings, not failures."""
    return load_parsed(paths, extensions).corpus


def load_parsed(paths: Iterable[Path], extensions: Iterable[str] = (".txt", ".md", ".jsonl"),
                reuse: Parsed | None = None) -> Parsed:
    """`load_corpus`, remembering what each file gave. With `reuse` (the previous load of the same paths) only
    new or changed files are read and parsed (a file whose stat changed but whose bytes did not is reused too),
    and the unchanged files' articles and sentences are taken from the previous corpus: the result equals a
    fresh load. When a file that was added, changed or removed takes part in something across files (a
    continued article, an article id another file's jsonl also uses), everything is read again."""
    found = scan([Path(p) for p in paths], extensions)
    if reuse is not None:
        done = _incremental(found, reuse)
        if done is not None:
            return done
    warnings = list(found.warnings)
    articles: list[Article] = []
    taken: set[str] = set()
    files: dict[str, FileParse] = {}
    for f, name in found.files:
        stat = _stat(f)
        try:
            data, arts, warns = load_file(f, name, taken)
        except LoadError as exc:
            warnings.append(f"{show_path(f)}: skipped: {exc}")
            continue
        taken.update(a.id for a in arts)
        # A file gone before its stat (but read) is never trusted by its stat: (-1, -1, -1, -1).
        files[str(f)] = _entry(name, stat or (-1, -1, -1, -1), data, arts, warns, f.suffix.lower() == ".jsonl")
        articles.extend(arts)
        warnings.extend(warns)
    corpus = corpus_from_articles(stitch(articles), warnings, _fingerprint(found.files, files))
    return Parsed(corpus, files, _spans(corpus.articles))


def _fingerprint(found: list[tuple[Path, str]], files: dict[str, FileParse]) -> str:
    """A hash of the loaded files' names and contents (through their digests, so a reload need not read
    unchanged files to compute it)."""
    digest = hashlib.sha256()
    for f, name in found:
        entry = files.get(str(f))
        if entry is not None:
            digest.update(name.encode("utf-8", "surrogateescape") + b"\0" + entry.digest.encode() + b"\0")
    return digest.hexdigest()


def _spans(articles: Sequence[Article]) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for i, a in enumerate(articles):
        lo, _ = out.get(a.file, (i, i))
        out[a.file] = (lo, i + 1)  # a file's articles are contiguous: files are read in order
    return out


def _incremental(found: Scan, reuse: Parsed) -> Parsed | None:
    """`load_parsed` reading only new or changed files; None when a full load is needed (see there)."""
    old = reuse.files
    plan: list[tuple[Path, str, FileParse | None, tuple[int, int, int, int] | None, bytes | None]] = []
    touched_ids: set[str] = set()
    for f, name in found.files:
        stat = _stat(f)
        was = old.get(str(f))
        prev = was if was is not None and was.name == name else None
        if prev is not None and prev.same(stat):
            plan.append((f, name, prev, stat, None))
            continue
        try:
            data = read_bytes(f)
        except (OSError, LoadError):
            data = None  # said again (and the file left out) by the full load
        if prev is not None and data is not None and stat is not None and \
                hashlib.sha256(data).hexdigest() == prev.digest:
            plan.append((f, name, replace(prev, stat=stat, read_at=time.time_ns()), stat, None))  # same bytes
            continue
        if was is not None:
            if was.entangled:
                return None
            touched_ids.update(was.ids)
        if data is None or stat is None:
            return None
        plan.append((f, name, None, stat, data))
    present = {str(f) for f, _ in found.files}
    for path, prev in old.items():
        if path not in present:  # removed
            if prev.entangled:
                return None
            touched_ids.update(prev.ids)
    # Parse the new files in corpus order (a jsonl file's ids depend on the ids before it).
    taken: set[str] = set()
    parsed: dict[str, tuple[list[Article], FileParse]] = {}
    for f, name, prev, stat, data in plan:
        if prev is not None:
            taken.update(prev.ids)
            continue
        assert data is not None and stat is not None
        try:
            arts, warns = parse_file(data, f, name, taken)
        except LoadError:
            return None  # the full load says why
        entry = _entry(name, stat, data, arts, warns, f.suffix.lower() == ".jsonl")
        if entry.entangled:
            return None
        taken.update(entry.ids)
        touched_ids.update(entry.ids)
        parsed[str(f)] = (arts, entry)
    # An unchanged jsonl file whose ids a changed file had or has now, or that had an id renamed, could be
    # cited differently now: reread.
    if any(prev.renamed or not touched_ids.isdisjoint(prev.ids) for _, _, prev, _, _ in plan
           if prev is not None) and (touched_ids or len(plan) != len(old)):
        return None
    articles: list[Article] = []
    columns: list[list[np.ndarray]] = []
    warnings = list(found.warnings)
    files: dict[str, FileParse] = {}
    table = reuse.corpus.sentences
    for f, name, prev, _, _ in plan:
        if prev is not None:
            lo, hi = reuse.spans.get(name, (0, 0))
            part: Sequence[Article] = reuse.corpus.articles[lo:hi]
            cols = table.columns(lo, hi)
            entry = prev
        else:
            arts, entry = parsed[str(f)]
            part, cols = arts, split_columns(arts)
        cols[0] = cols[0] + len(articles)
        columns.append(cols)
        articles.extend(part)
        warnings.extend(entry.warnings)
        files[str(f)] = entry
    merged = [np.concatenate([c[k] for c in columns]) if columns else np.zeros(0, dtype=np.int32)
              for k in range(5)]
    arts_t = tuple(articles)
    corpus = Corpus(articles=arts_t, sentences=SentenceTable(arts_t, merged), warnings=tuple(warnings),
                    fingerprint=_fingerprint(found.files, files))
    return Parsed(corpus, files, _spans(arts_t))


def corpus_from_articles(articles: list[Article], warnings: Iterable[str] = (), fingerprint: str = "") -> Corpus:
    """Split the articles into sentences; the fingerprint defaults to a hash of the articles' text."""
    if not fingerprint:
        h = hashlib.sha256()
        for a in articles:
            text = a.id + "\0" + "\n".join(p.kind + ":" + p.text for p in a.paragraphs) + "\0"
            h.update(text.encode("utf-8", "surrogatepass"))  # articles made in memory may hold lone surrogates
        fingerprint = h.hexdigest()
    sentences = SentenceTable(tuple(articles))
    return Corpus(articles=tuple(articles), sentences=sentences, warnings=tuple(warnings), fingerprint=fingerprint)
