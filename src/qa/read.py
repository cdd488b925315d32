"""Files → decoded text, with a warning for everything that could not be used as it was.

Finding the corpus files (folders recursively; symlink loops, dangling links, FIFOs and folders named like
files are reported, never followed, opened or silently dropped), reading them without ever blocking, and
decoding their bytes: UTF-8, UTF-16 (with or without a BOM), GB18030/GBK or Big5. A file that is overwhelmingly
one encoding but has a few damaged bytes is decoded with U+FFFD in their place and a warning giving the byte
offset and line of each bad spot, so one bad byte never loses a file. `load` parses what comes out.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes


class LoadError(ValueError):
    """A file that cannot be used; the message says why."""


# ---------------------------------------------------------------- text that is safe to print and to hand on

_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(text: str) -> str:
    """`text` with lone surrogates (from JSON "\\ud800" escapes or undecodable file names) replaced by U+FFFD:
    they cannot be encoded as UTF-8, so printing them, or handing them to OpenCC, fails."""
    return _SURROGATE.sub("\ufffd", text)


def show_path(path: str | os.PathLike) -> str:
    """A path as text that can always be printed: bytes of a non-UTF-8 file name shown as \\xNN."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def decode_line(raw: bytes) -> tuple[str, bool]:
    """One line of input bytes → (text, whether invalid UTF-8 was replaced by U+FFFD)."""
    try:
        return raw.decode("utf-8"), False
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace"), True


def decode_arg(arg: str) -> str:
    """A command-line argument as text: bytes that were not UTF-8 (surrogate-escaped by Python) → U+FFFD."""
    try:
        return scrub(os.fsencode(arg).decode("utf-8", "replace"))
    except (UnicodeError, ValueError):  # not from the file system encoding at all (a test's str)
        return scrub(arg)


# ---------------------------------------------------------------- finding files

@dataclass
class Scan:
    """What `scan` found: (file, display name) pairs, sorted, and warnings about what it could not use."""

    files: list[tuple[Path, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def scan(paths: Iterable[Path], extensions: Iterable[str]) -> Scan:
    """Every corpus file under `paths` (folders recursively, symlinked folders followed once; hidden names and
    a folder's README/SOURCES/LICENSE/CHANGELOG skipped). The display name is relative to the folder given, so
    ids stay stable wherever the project is checked out. A path that is given but unusable, and anything inside
    a folder that carries a corpus extension (or is a broken link) but is not a regular file, becomes a warning
    naming it."""
    exts = {e.lower() for e in extensions}
    out = Scan()
    found: dict[str, tuple[Path, str]] = {}  # real path → (path, display name): one file read once
    for p in paths:
        p = Path(p)
        problem = _broken_link(p)
        if problem:
            out.warnings.append(f"{show_path(p)}: skipped: {problem}")
            continue
        try:
            st = p.stat()
        except OSError as exc:
            reason = "no such file or folder" if exc.errno == errno.ENOENT else exc.strerror or str(exc)
            out.warnings.append(f"{show_path(p)}: {reason}")
            continue
        if stat.S_ISDIR(st.st_mode):
            _walk(p, Path(p.resolve().name), exts, found, out.warnings, {(st.st_dev, st.st_ino)})
        elif stat.S_ISREG(st.st_mode):
            found.setdefault(os.path.realpath(p), (p, show_path(p.name)))
        else:
            out.warnings.append(f"{show_path(p)}: skipped: {_kind(st.st_mode)}, not a regular file")
    # Two files shown alike (a/p.txt and b/p.txt given as files) would share article ids: use full paths.
    names = [name for _, name in found.values()]
    out.files = sorted((f, show_path(f.resolve()) if names.count(name) > 1 else name) for f, name in found.values())
    return out


def _walk(folder: Path, shown: Path, exts: set[str], found: dict, warnings: list[str],
          ancestors: set[tuple[int, int]]) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        warnings.append(f"{show_path(folder)}: skipped: cannot list folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        named_like_file = path.suffix.lower() in exts
        problem = _broken_link(path)
        if problem:
            warnings.append(f"{show_path(path)}: skipped: {problem}")
            continue
        try:
            st = path.stat()
        except OSError as exc:
            warnings.append(f"{show_path(path)}: skipped: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in ancestors:  # e.g. a link to a parent folder: following it would never end
                loop = show_path(path.resolve())
                warnings.append(f"{show_path(path)}: skipped: symlink loop (it leads back to {loop})")
                continue
            if named_like_file:
                warnings.append(f"{show_path(path)}: is a folder, not a file: reading the files inside it")
            _walk(path, shown / entry.name, exts, found, warnings, ancestors | {key})
        elif not named_like_file or _is_folder_notes(entry.name):
            continue
        elif stat.S_ISREG(st.st_mode):
            found.setdefault(os.path.realpath(path), (path, show_path(shown / entry.name)))
        else:
            warnings.append(f"{show_path(path)}: skipped: {_kind(st.st_mode)}, not a regular file")


def _is_folder_notes(name: str) -> bool:
    """A folder's own README/SOURCES/LICENSE/CHANGELOG file describes the pages; it is not one of them (given
    by name, such a file is read like any other)."""
    return name.split(".")[0].upper() in {"README", "SOURCES", "LICENSE", "CHANGELOG"}


def _broken_link(path: Path) -> str:
    """Why `path` is a symlink that leads nowhere ("" when it is not one, or leads somewhere)."""
    if not path.is_symlink():
        return ""
    try:
        path.stat()
    except OSError as exc:
        target = show_path(os.readlink(path))
        if exc.errno == errno.ELOOP:
            return f"symlink loop (→ {target})"
        if exc.errno == errno.ENOENT:
            return f"dangling symlink (→ {target}, which does not exist)"
        return f"unusable symlink (→ {target}): {exc.strerror or exc}"
    return ""


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "a special file"


def read_bytes(path: Path) -> bytes:
    """A regular file's bytes. Opened without blocking and checked after opening, so a FIFO put in the file's
    place meanwhile is refused, never waited on. Raises LoadError (not a regular file) or OSError."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise LoadError(f"{_kind(mode)}, not a regular file")
        return fh.read()


# ---------------------------------------------------------------- decoding

# A decoding error handler that keeps each bad byte as U+DC00+byte, so the bad spots can be found (and their
# byte offsets worked out) after one pass. It is a pure function: registering it holds no state.
def _mark_bad_bytes(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(chr(0xDC00 + b) for b in exc.object[exc.start:exc.end]), exc.end


codecs.register_error("qa-mark", _mark_bad_bytes)
_MARKS = re.compile("[\udc00-\udcff]+")


@dataclass(frozen=True)
class Decoded:
    """A file's text and how it was decoded; `bad` holds (byte offset, line) of each spot replaced by U+FFFD."""

    text: str
    encoding: str
    bad: tuple[tuple[int, int], ...] = ()

    def warnings(self, name: str, limit: int = 10) -> list[str]:
        out = [f"{name}:{line}: invalid {self.encoding} at byte {offset}, replaced with U+FFFD"
               for offset, line in self.bad[:limit]]
        if len(self.bad) > limit:
            out.append(f"{name}: {len(self.bad) - limit} more invalid {self.encoding} spots replaced with U+FFFD")
        return out


@dataclass(frozen=True)
class _Attempt:
    encoding: str
    text: str  # with bad spots already replaced by U+FFFD
    bad: tuple[tuple[int, int], ...]
    bad_bytes: int
    good_non_ascii: int  # characters decoded from non-ASCII bytes without error (counted only when bad)


def _attempt(data: bytes, encoding: str, base: int = 0) -> _Attempt:
    """Decode `data` as `encoding`, replacing bad spots; `base` is the byte offset of data[0] in the file."""
    try:
        return _Attempt(encoding, data.decode(encoding), (), 0, 0)  # the common case: clean, one fast pass
    except UnicodeDecodeError:
        marked = data.decode(encoding, "qa-mark")
    parts: list[str] = []
    bad: list[tuple[int, int]] = []
    pos = offset = lines = bad_bytes = 0
    for m in _MARKS.finditer(marked):
        good = marked[pos:m.start()]
        offset += len(good.encode(encoding)) if good else 0
        lines += good.count("\n")
        bad.append((base + offset, lines + 1))
        offset += m.end() - m.start()
        bad_bytes += m.end() - m.start()
        parts += [good, "\ufffd"]
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    good_non_ascii = len(text) - len(text.encode("ascii", "ignore")) - len(bad)
    return _Attempt(encoding, text, tuple(bad), bad_bytes, good_non_ascii)


def _clean(a: _Attempt) -> bool:
    return not a.bad


def _mostly(a: _Attempt, factor: int = 10) -> bool:
    """Overwhelmingly this encoding: a few short bad spots among many characters it did decode. (GBK read as
    UTF-8 fails in long runs, with hardly a non-ASCII character decoded; UTF-8 with a stray or truncated byte
    fails at one spot of 1–3 bytes.)"""
    return bool(a.bad) and len(a.bad) * factor <= a.good_non_ascii and a.bad_bytes <= 3 * len(a.bad)


def _textlike(text: str) -> float:
    return len(_TEXTLIKE.findall(text)) / max(1, len(text))


# Characters Chinese newspaper text is made of: a wrong guess at UTF-16 yields Hangul, symbols and private use.
_TEXTLIKE = re.compile("[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff"
                       "\uff01-\uff5e\ufffd]")


def _utf16_without_bom(data: bytes) -> _Attempt | None:
    best = None
    for enc in ("utf-16-le", "utf-16-be"):
        a = _attempt(data, enc)
        if "\n" not in a.text or a.bad_bytes * 100 > len(data):  # a page has lines; binary data is not text
            continue
        share = _textlike(a.text)
        if share >= 0.9 and (best is None or share > best[0]):
            best = (share, a)
    return best[1] if best else None


def decode(data: bytes) -> Decoded:
    """Bytes → text: UTF-8 (with or without BOM), UTF-16 (with or without BOM), else GB18030/GBK or Big5 as
    detected. A few damaged bytes in an otherwise clear encoding become U+FFFD (listed in `bad`); raises
    LoadError when the bytes are no text at all."""
    if not data.strip():
        raise LoadError("empty file")
    a: _Attempt | None = None
    if data.startswith(b"\xef\xbb\xbf"):
        a = _attempt(data[3:], "utf-8", base=3)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its BOM (Windows "Unicode" files)
        a = _attempt(data[2:], "utf-16-le" if data[:2] == b"\xff\xfe" else "utf-16-be", base=2)
        if a.bad_bytes * 100 > len(data):
            raise LoadError(f"broken UTF-16 text (invalid from byte {a.bad[0][0]})")
    else:
        utf8 = _attempt(data, "utf-8")
        if b"\x00" in data or not _clean(utf8):
            a = _utf16_without_bom(data)
        if a is None and b"\x00" in data[:4096]:
            raise LoadError("binary file (NUL bytes), not text")
        if a is None and (_clean(utf8) or _mostly(utf8)):
            a = utf8
        if a is None:
            a = _legacy(data)
    text = a.text.lstrip("\ufeff") if a.encoding.startswith("utf-16") else a.text
    garbage = len(_GARBAGE.findall(text)) - len(a.bad)
    if garbage > max(2, len(text) // 100):
        raise LoadError("binary or garbled content, not text")
    if len(a.bad) > max(2, len(text) // 100):
        raise LoadError(f"{a.encoding} text too damaged to read ({len(a.bad)} invalid spots)")
    return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"), a.encoding.replace("-le", "").replace("-be", ""),
                   a.bad)


# Control characters other than tab, newlines and form feed, and the replacement character: signs of binary data.
_GARBAGE = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _legacy(data: bytes) -> _Attempt:
    # Chinese legacy encodings only: a general detector happily calls short GBK text cp1252.
    attempts = [_attempt(data, enc) for enc in ("gb18030", "big5")]
    clean = [a for a in attempts if _clean(a)]
    if len(clean) == 1:
        return clean[0]
    if len(clean) == 2:
        best = from_bytes(data, cp_isolation=["gb18030", "big5"]).best()
        chosen = best.encoding.replace("_", "") if best else "gb18030"
        return next((a for a in clean if a.encoding == chosen), clean[0])
    utf8 = _attempt(data, "utf-8")
    best_attempt = min([utf8, *attempts], key=lambda a: a.bad_bytes)
    # GB18030 decodes nearly any pair of high bytes, so damaged legacy text must also read as text.
    if (len(best_attempt.bad) <= max(1, len(data) // 1000) or _mostly(best_attempt, 50)) \
            and _textlike(best_attempt.text) >= 0.9:
        return best_attempt
    first = min(a.bad[0][0] for a in (utf8, *attempts))
    raise LoadError(f"not UTF-8, UTF-16, GB18030/GBK or Big5 text (undecodable bytes, from byte {first} on)")


def decode_jsonl(data: bytes) -> Decoded:
    """A .jsonl file's text. JSON is UTF-8, so a file that is not cleanly one encoding is decoded line by line
    as UTF-8: a line of junk bytes costs that line (it will not parse), never the good lines around it."""
    try:
        whole = decode(data)
        if not whole.bad:
            return whole
    except LoadError as exc:
        if str(exc) == "empty file":
            raise
    lines: list[str] = []
    bad: list[tuple[int, int]] = []
    base = 0
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        a = _attempt(raw, "utf-8", base)
        lines.append(a.text)
        bad += [(offset, lineno) for offset, _ in a.bad]
        base += len(raw) + 1
    text = "\n".join(lines)
    if text.startswith("\ufeff"):
        text = text[1:]
    return Decoded(text.replace("\r\n", "\n"), "utf-8", tuple(bad))
