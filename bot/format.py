"""Telegram HTML rendering: styled spans → messages of ≤ 4096 visible characters.

Text is cut at sentence boundaries *before* markup is added, so a tag never crosses a split and every
message parses on its own. Every string is escaped: corpus text and user questions are data, never markup.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# Telegram's cap on a message's text after entity parsing, counted in UTF-16 code units.
MAX_VISIBLE = 4096

STYLES = ("", "b", "i", "u")

# A sentence ends after 。！？!?；;… (and any closing quotes or brackets that follow), or at a line break.
_SENTENCE_END = re.compile(r"[。！？!?；;…]+[”’\"」』）)]*|\n")
# Softer breaks for a "sentence" that is itself too long.
_CLAUSE_END = re.compile(r"[，,、：:\s]+")


@dataclass(frozen=True)
class Span:
    text: str
    style: str = ""  # "" plain | b bold | i italic | u underline


def visible_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut(text: str, pattern: re.Pattern) -> list[str]:
    pieces, start = [], 0
    for m in pattern.finditer(text):
        if m.end() > start:
            pieces.append(text[start:m.end()])
            start = m.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def _hard_cut(text: str, limit: int) -> list[str]:
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for ch in text:
        n = visible_len(ch)
        if size + n > limit:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(ch)
        size += n
    if current:
        pieces.append("".join(current))
    return pieces


def _pack(pieces: list[str], limit: int) -> list[str]:
    """Join consecutive pieces while they fit (so clause fallbacks don't make a message per comma)."""
    out: list[str] = []
    for p in pieces:
        if out and visible_len(out[-1]) + visible_len(p) <= limit:
            out[-1] += p
        else:
            out.append(p)
    return out


def pieces(text: str, limit: int = MAX_VISIBLE) -> list[str]:
    """`text` cut into sentences (a sentence over `limit` into clauses, then hard), each ≤ limit."""
    out: list[str] = []
    for sentence in _cut(text, _SENTENCE_END):
        if visible_len(sentence) <= limit:
            out.append(sentence)
            continue
        for clause in _pack(_cut(sentence, _CLAUSE_END), limit):
            out.extend([clause] if visible_len(clause) <= limit else _hard_cut(clause, limit))
    return out


def _markup(text: str, style: str) -> str:
    escaped = html.escape(text, quote=False)
    return f"<{style}>{escaped}</{style}>" if style and text.strip() else escaped


def render(spans: list[Span], limit: int = MAX_VISIBLE) -> list[str]:
    """HTML messages for `spans`: split at sentence boundaries to ≤ limit visible characters, then marked up."""
    chunks: list[list[tuple[str, str]]] = [[]]
    size = 0
    for span in spans:
        if span.style not in STYLES:
            raise ValueError(f"unknown style {span.style!r}")
        for piece in pieces(span.text, limit):
            n = visible_len(piece)
            if size + n > limit and chunks[-1]:
                chunks.append([])
                size = 0
            chunks[-1].append((piece, span.style))
            size += n
    messages = []
    for chunk in chunks:
        # Line breaks at a message's edges are invisible to the reader; Telegram would trim them anyway.
        while chunk and not chunk[0][0].strip():
            chunk.pop(0)
        while chunk and not chunk[-1][0].strip():
            chunk.pop()
        if not chunk:
            continue
        chunk[0] = (chunk[0][0].lstrip("\n"), chunk[0][1])
        chunk[-1] = (chunk[-1][0].rstrip("\n"), chunk[-1][1])
        merged: list[tuple[str, str]] = []
        for text, style in chunk:
            if merged and merged[-1][1] == style:
                merged[-1] = (merged[-1][0] + text, style)
            else:
                merged.append((text, style))
        messages.append("".join(_markup(text, style) for text, style in merged))
    return messages


def lines(*parts: list[Span] | Span | str | None) -> list[Span]:
    """Spans for several lines; a str is a plain line, None or an empty line is skipped."""
    out: list[Span] = []
    for part in parts:
        if part is None or part == "" or part == []:
            continue
        if out:
            out.append(Span("\n"))
        if isinstance(part, str):
            out.append(Span(part))
        elif isinstance(part, Span):
            out.append(part)
        else:
            out.extend(part)
    return out
