"""Atomic file writes: a reader, or a crash mid-write, sees the old file or the new one, never half of one.

Every file the program writes goes through here (index cache, Sphinx statistics and global IDF, `qa test`'s
history, --record, --junit, `qa eval --out`). The data goes to a temporary file beside the target, is flushed
to disk, and then renamed over it (a rename within one folder is atomic on POSIX and Windows).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def open_atomic(path: str | os.PathLike[str], binary: bool = True, encoding: str = "utf-8",
                perm: int = 0o666) -> Iterator[IO]:
    """A file to write `path`'s new content into; it replaces `path` when the block ends without an error,
    and is removed when it raises. `perm` is filtered by the umask, as for any new file."""
    path = Path(path)
    # A name unique per call (several threads or processes may write the same cache file at once), hidden.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), perm)
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding, newline="")) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes(path: str | os.PathLike[str], data: bytes, perm: int = 0o666) -> None:
    with open_atomic(path, perm=perm) as fh:
        fh.write(data)


def write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8", perm: int = 0o666) -> None:
    with open_atomic(path, binary=False, encoding=encoding, perm=perm) as fh:
        fh.write(text)
