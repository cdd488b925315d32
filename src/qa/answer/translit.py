"""A transliterated name is a person or a place by what the sentence says of it, and jieba's tag often takes it
for the other: 莫斯科/nr, 赫尔辛基/nrt, 贝尔根/nr are places ("在莫斯科,与苏联交涉…"), 拉彼鲁兹/ns a person ("法国
航海家拉彼鲁兹对黑龙江口…进行考察"). A where-question is also offered the transliterations typed as people, a
who-question those typed as places; the context features (the question's words around each) choose among them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..lexicon import ADMIN_SUFFIXES, COUNTRIES, TRANSLIT_CHARS
from ..tokenize import main_word_freq
from .question import SpanType
from .spans import Freq, Span

_PART = re.compile(r"[东南西北中][部郊区]")  # a part of a place named after it ("西雅图南部")
_OTHER: dict[str, SpanType] = {"place": "person", "person": "place"}


def asked_kind(expects: Sequence[str]) -> str:
    """"place" or "person" when the question asks one of them and not the other, else ""."""
    kinds = [k for k in ("place", "person") if k in expects]
    return kinds[0] if len(kinds) == 1 else ""


def crossed(folded: str, typed: Iterable[Span], kind: str, question: str, freq: Freq = main_word_freq,
            country: bool = False) -> list[Span]:
    """The transliterated names of `typed` (three characters or more, every one a transliteration's) typed as the
    other of person and place than `kind`, retyped as `kind`; none the question prints, none overlapping a span of
    `kind` or cut from a longer name, no place jieba's dictionary knows for a person (古罗马: only its guesses,
    拉彼鲁兹/ns, are doubtful), and only a country's name for a country asked (`country`: 布达佩斯 is a city)."""
    typed = list(typed)
    have = [(sp.start, sp.end) for sp in typed if sp.type == kind]
    out = []
    for sp in typed:
        text = folded[sp.start:sp.end]
        if sp.type != _OTHER.get(kind) or len(text) < 3 or not all(c in TRANSLIT_CHARS for c in text) \
                or text in question or any(a < sp.end and sp.start < b for a, b in have) \
                or folded[sp.end:sp.end + 1] in TRANSLIT_CHARS or folded[sp.start - 1:sp.start] in TRANSLIT_CHARS \
                or folded.startswith(ADMIN_SUFFIXES, sp.end) or _PART.match(folded, sp.end):
            # (a transliteration's character beside it, or a level after it: a piece of a longer name jieba cut,
            # 贝尔格|勒, 新南|威尔斯|州; a part of it after it: the wider place of a finer one, 西雅图南部|雷尼尔海滩)
            continue
        if (kind == "person" and freq(text)) or (country and text not in COUNTRIES):
            continue
        out.append(Span(sp.start, sp.end, kind, sp.rule))  # type: ignore[arg-type]
    return out
