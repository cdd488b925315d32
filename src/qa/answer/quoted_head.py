"""A quoted name right before the noun a which-question asks: "在|哪个|专刊开辟…" ↔ "在“时空黑河”专刊开辟", "在|哪个|
茶园做管护工作" ↔ "赶到山腰的“白叶一号”感恩茶园" are answered 时空黑河 and 白叶一号.

A page names a column, a brand, a garden or a campaign in quotation marks and puts the kind after the closing mark,
a few characters of modifier between (感恩). quoted_kind.py takes quoted terms only for the kinds that are always
quoted (口号, 条例); here the sentence itself shows the quotation names a thing of the kind asked. The slot misses it
when the question's words around the question word are not printed around the name (在 ↔ 赶到山腰的)."""

from __future__ import annotations

from .question import QuestionInfo
from .quoted_kind import quoted_term
from .spans import Span

_MODIFIER = 3  # characters at most between the closing mark and the noun asked ("白叶一号”感恩茶园")
_CLOSING = frozenset("”」』")


def head_asked(info: QuestionInfo, pos: list[tuple[str, str]]) -> str:
    """The noun of two characters or more right after 哪/哪个/哪一… ("哪个|专刊|开辟" → 专刊) or after 什么 ("直播的是
    什么|手术" ↔ "通过“双侧甲状腺癌扩大根治术”手术实时直播": the quoted name of the kind asked), or ""."""
    if info.qtype != "what" or not (info.wh_word.startswith("哪") or info.wh_word in ("什么", "甚么")) or not pos:
        return ""
    word, flag = pos[0]
    return word if len(word) >= 2 and flag.startswith("n") and not flag.startswith("nr") else ""


def quoted_before_head(folded: str, quotes: list[Span], head: str, question: str) -> list[Span]:
    """The quoted terms whose closing mark the noun asked follows, only Chinese characters between."""
    out = []
    for sp in quotes:
        if folded[sp.end:sp.end + 1] not in _CLOSING or not quoted_term(folded, sp.start, sp.end, question):
            continue
        after = folded[sp.end + 1:sp.end + 1 + _MODIFIER + len(head)]
        i = after.find(head)
        if i >= 0 and all("\u4e00" <= c <= "\u9fff" for c in after[:i]):
            out.append(sp)
    return out
