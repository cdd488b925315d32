"""Files → decoded text → Articles (headline, sub-headline, byline, body, photo credit, continuation marks).

Newspaper pages arrive as plain text: one paragraph per line, headlines and bylines on lines of their own,
paragraphs broken mid-sentence by the page's columns, "(下转2版)" marks. This module undoes the layout;
`split` then cuts sentences. A file that cannot be read is reported (path and reason) and skipped.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .normalize import fold
from .read import LoadError, decode, decode_jsonl, read_bytes, scan, scrub, show_path
from .split import SentenceTable
from .types import Article, Byline, Corpus, Paragraph

# ---------------------------------------------------------------- files and encodings (read.py)

def scan_files(paths: Iterable[Path], extensions: Iterable[str]) -> list[Path]:
    """Every corpus file under `paths` (folders recursively), sorted, hidden files skipped."""
    return sorted(f for f, _ in scan(paths, extensions).files)


# ---------------------------------------------------------------- page layout

_TERMINAL = "。！？!?…；;"
_CLOSERS = "”’」』）)》"
_CONT = re.compile(r"[(（]\s*((?:下[转轉]|上接|[转轉]|接)\s*第?\s*[0-9一二三四五六七八九十]+\s*版)\s*[)）]")
_ROLE = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?(?:记者|通讯员|摄影|摄影记者|特约记者|见习记者|实习生)|摄)$")
_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
_INNER_PUNCT = re.compile(r"[。，,；;：:、]")


_END_MARK = re.compile(r"[(（]\s*(?:完|全文完|待续|未完待续)\s*[)）]\s*$")  # "（完）" closes an article's text


def _ends_sentence(text: str) -> bool:
    t = text.rstrip(_CLOSERS + " ")
    return bool(t) and (t[-1] in _TERMINAL or text.rstrip()[-1:] in "”」』" or _END_MARK.search(text) is not None)


def parse_byline(line: str) -> Byline | None:
    """"本报记者 李洁 通讯员 张磊" → Byline; a credit "通讯员 陈海伟 摄" puts the names under photographers.
    Roles are recognised in the folded form (so "本報記者", "通訊員 … 攝" too); names are kept as written."""
    if len(line) > 60:
        return None
    # (as written, folded) pairs; folding keeps lengths, so both split alike.
    pairs = list(zip(line.replace("\u3000", " ").split(), fold(line).split(), strict=True))
    tokens: list[tuple[str, str]] = []
    for t, f in pairs:
        # "本报记者李洁" written without a space: split the role off the name.
        m = re.match(r"^(.*?(?:记者|通讯员))([\u4e00-\u9fff]{2,4})$", f)
        if m and not _ROLE.match(f):
            cut = m.end(1)
            tokens += [(t[:cut], f[:cut]), (t[cut:], f[cut:])]
        else:
            tokens.append((t, f))
    if not tokens or not _ROLE.match(tokens[0][1]) or not all(_ROLE.match(f) or _NAME.match(f) for _, f in tokens):
        return None
    photo = tokens[-1][1].endswith("摄") and _ROLE.match(tokens[-1][1]) is not None
    reporters: list[str] = []
    correspondents: list[str] = []
    role = "reporter"
    for t, f in tokens:
        if _ROLE.match(f):
            role = "correspondent" if "通讯员" in f else "reporter"
        else:
            (correspondents if role == "correspondent" else reporters).append(t)
    if not reporters and not correspondents:
        return None
    if photo:
        return Byline(text=line, photographers=tuple(reporters + correspondents))
    return Byline(text=line, reporters=tuple(reporters), correspondents=tuple(correspondents))


def _headline_like(text: str) -> bool:
    return 2 <= len(text) <= 80 and not _INNER_PUNCT.search(text) and not text.endswith("。")


@dataclass
class _Draft:
    """An article being assembled while walking down the page."""

    headline: str = ""
    sub: list[str] = field(default_factory=list)
    byline: Byline | None = None
    credit: Byline | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)
    ended: bool = False
    warnings: list[str] = field(default_factory=list)

    def has_body(self) -> bool:
        return any(p.kind == "body" for p in self.paragraphs)

    def add(self, kind: str, text: str, offset: int) -> None:
        self.paragraphs.append(Paragraph(len(self.paragraphs), kind, text, offset))

    def join_last_body(self, text: str) -> bool:
        """Rejoin a paragraph the page's columns broke mid-sentence; True when joined."""
        if not self.paragraphs or self.paragraphs[-1].kind != "body" or _ends_sentence(self.paragraphs[-1].text):
            return False
        last = self.paragraphs[-1]
        sep = " " if last.text[-1:].isascii() and text[:1].isascii() and last.text[-1:].isalnum() else ""
        self.paragraphs[-1] = replace(last, text=last.text + sep + text)
        return True


def parse_page(text: str, file: str) -> list[Article]:
    """A newspaper page's text → its articles, in page order."""
    drafts: list[_Draft] = []
    cur: _Draft | None = None
    pos = 0
    for raw in text.split("\n"):
        offset = pos + (len(raw) - len(raw.lstrip()))
        pos += len(raw) + 1
        line = raw.strip().replace("\u3000", " ").strip()
        if not line:
            continue
        marks = [fold(m.group(1)).replace(" ", "") for m in _CONT.finditer(line)]
        line = _CONT.sub("", line).strip()
        if not line:  # a line holding only "(下转2版)"
            if cur is not None:
                cur.marks.extend(marks)
                cur.ended = cur.ended or any(m.startswith(("下转", "转")) for m in marks)
            continue

        byline = parse_byline(line)
        if byline is not None and byline.photographers:
            if cur is None:
                cur = _Draft(warnings=["photo credit before any headline"])
                drafts.append(cur)
            cur.credit = byline
            cur.add("credit", line, offset)
            cur.ended = True
        elif byline is not None and cur is not None and not cur.has_body() and cur.byline is None:
            cur.byline = byline
            cur.add("byline", line, offset)
        elif byline is None and not _headline_like(line) and cur is not None and cur.join_last_body(line):
            pass  # the tail of a paragraph the page's columns broke; a headline or byline never is one
        elif _headline_like(line) and (cur is None or cur.ended or cur.has_body()):
            cur = _Draft(headline=line)
            cur.add("headline", line, offset)
            drafts.append(cur)
        elif _headline_like(line) and cur is not None and not cur.has_body() and cur.byline is None:
            cur.sub.append(line)
            cur.add("subheadline", line, offset)
        else:
            if cur is None or cur.ended:
                cur = _Draft(warnings=["body text without a headline"])
                drafts.append(cur)
            if byline is not None:
                cur.warnings.append(f"byline in the body: {line}")
            cur.add("body", line, offset)
        if marks and cur is not None:
            cur.marks.extend(marks)
            cur.ended = cur.ended or any(m.startswith(("下转", "转")) for m in marks)

    articles = []
    for n, d in enumerate(drafts):
        warnings = list(d.warnings)
        if not d.has_body() and d.credit is None:
            warnings.append("no body text")
        if d.byline is None and d.credit is None:
            warnings.append("no byline")
        articles.append(Article(
            id=f"{file}#{n}", file=file, headline=d.headline, subheadline=" ".join(d.sub),
            byline=d.byline or Byline(), credit=d.credit or Byline(), paragraphs=tuple(d.paragraphs),
            continuations=tuple(d.marks), kind="photo" if d.credit and not d.byline else "article",
            warnings=tuple(warnings),
        ))
    return articles


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
            byline=byline or Byline(text=byline_text), date=field_text["date"],
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
    out = list(articles)
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


def load_corpus(paths: Iterable[Path], extensions: Iterable[str] = (".txt", ".md", ".jsonl")) -> Corpus:
    """Every readable file under `paths` → a Corpus; unreadable files become warnings, not failures."""
    found = scan([Path(p) for p in paths], extensions)
    warnings = list(found.warnings)
    digest = hashlib.sha256()
    articles: list[Article] = []
    taken: set[str] = set()
    for f, name in found.files:
        try:
            data = read_bytes(f)  # read once: what is hashed is what is parsed, even if the file changes now
            arts, warns = parse_file(data, f, name, taken)
        except OSError as exc:
            warnings.append(f"{show_path(f)}: skipped: cannot read: {exc.strerror or exc}")
            continue
        except LoadError as exc:
            warnings.append(f"{show_path(f)}: skipped: {exc}")
            continue
        taken.update(a.id for a in arts)
        digest.update(name.encode() + b"\0" + data + b"\0")
        articles.extend(arts)
        warnings.extend(warns)
    return corpus_from_articles(stitch(articles), warnings, digest.hexdigest())


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
