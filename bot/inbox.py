"""Pages sent to the bot: the inbox folder under the corpus, safe file names, reading, saving and retiring.

An admin's page (a .txt/.md/.jsonl document or `/add` text) is read exactly as the loader reads a corpus file
(qa.load.parse_file: the same decoding and parsing) before anything is written, so a file that cannot be read
changes nothing. It is then saved atomically as `<first corpus folder>/inbox/<name>`; `/remove` moves a file
from there into the hidden `inbox/.retired/` (the loader skips hidden names), so nothing is ever deleted.
"""

from __future__ import annotations

import os
import re
import stat
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from qa.atomic import write_bytes
from qa.load import parse_file
from qa.read import LoadError
from qa.types import Article

INBOX = "inbox"
RETIRED = ".retired"
_MAX_NAME_BYTES = 200  # file systems allow 255; room for the ".retired" suffixes


class InboxError(ValueError):
    """A request the inbox refuses; the message says why, in words for the user."""


@dataclass(frozen=True)
class Page:
    """What was understood of one page: its articles and the loader's warnings."""

    name: str  # as the loader shows it: "<corpus folder>/inbox/<file>"
    articles: tuple[Article, ...]
    warnings: tuple[str, ...]


def folder(paths: Iterable[Path]) -> Path | None:
    """The inbox: `inbox/` in the first corpus path that is a folder (None when the corpus is only files)."""
    for p in paths:
        if Path(p).is_dir():
            return Path(p) / INBOX
    return None


def safe_name(name: str, extensions: Iterable[str]) -> str:
    """`name` when it is a plain file name with a corpus extension; InboxError otherwise. No folders, no "..",
    no hidden names, no control characters: a name can only ever mean a file directly inside the inbox."""
    exts = tuple(e.lower() for e in extensions)
    if not name or name != name.strip():
        raise InboxError("文件名不能为空，也不能以空格开头或结尾")
    if "/" in name or "\\" in name or name in (".", ".."):
        raise InboxError(f"文件名不能包含路径：{name}")
    if name.startswith("."):
        raise InboxError(f"文件名不能以“.”开头：{name}")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in name):
        raise InboxError("文件名里有控制字符或无法显示的字符")
    if len(name.encode("utf-8")) > _MAX_NAME_BYTES:
        raise InboxError("文件名太长")
    if not name.lower().endswith(exts):
        raise InboxError(f"只接受 {' '.join(exts)} 文件：{name}")
    return name


def shown_name(inbox: Path, name: str) -> str:
    """How the loader names `inbox/<name>` (relative to the corpus folder given, with that folder's name)."""
    return f"{inbox.parent.resolve().name}/{INBOX}/{name}"


def read_page(data: bytes, name: str, shown: str, taken: Iterable[str] = ()) -> Page:
    """Decode and parse `data` as the loader will read the corpus file shown as `shown`; `taken`: the article
    ids other files already use (a .jsonl id among them is renamed, with a warning). InboxError when the file
    cannot be used at all."""
    try:
        articles, warnings = parse_file(data, Path(name), shown, set(taken))
    except LoadError as exc:
        raise InboxError(str(exc)) from None
    if not articles:
        raise InboxError("no articles found" + (f" ({warnings[0]})" if warnings else ""))
    return Page(shown, tuple(articles), tuple(warnings) + tuple(w for a in articles for w in a.warnings))


def save(inbox: Path, name: str, data: bytes) -> bool:
    """Write `inbox/<name>` atomically (a reader sees the old file or the new one); True if it replaced one."""
    inbox.mkdir(parents=True, exist_ok=True)
    target = inbox / name
    replaced = target.exists()
    write_bytes(target, data)
    return replaced


def retire(inbox: Path, name: str) -> Path:
    """Move `inbox/<name>` into `inbox/.retired/` (the loader no longer sees it); InboxError when there is no
    such regular file. Returns where it went."""
    target = inbox / name
    try:
        mode = os.lstat(target).st_mode
    except OSError:
        raise InboxError(f"收件箱里没有这个文件：{name}") from None
    if not stat.S_ISREG(mode):  # a symlink or folder someone put there is not ours to move
        raise InboxError(f"{name} 不是收件箱里的普通文件")
    retired = inbox / RETIRED
    retired.mkdir(exist_ok=True)
    dest = retired / name
    if dest.exists():
        dest = retired / f"{name}.{time.strftime('%Y%m%d-%H%M%S')}"
    os.replace(target, dest)
    return dest


def listing(inbox: Path | None, extensions: Iterable[str]) -> list[str]:
    """The pages in the inbox, by name."""
    if inbox is None or not inbox.is_dir():
        return []
    exts = tuple(e.lower() for e in extensions)
    return sorted(e.name for e in os.scandir(inbox)
                  if e.is_file(follow_symlinks=False) and not e.name.startswith(".") and e.name.lower().endswith(exts))


def text_name(text: str, tag: int) -> str:
    """A file name for a page sent as `/add` text: the date, its first line (the headline) made safe, and
    `tag` (the message id), so two pages sent in one second never overwrite each other."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    stem = re.sub(r"[^\w-]+", "_", first)[:20].strip("_") or "page"
    return f"{time.strftime('%Y%m%d')}_{stem}_{tag}.txt"
