"""The quotation after a colon that the question's split word announces: "黄志伟为北海日报社题了|什么|词" ↔ "…作了祝福
题词:“海丝连接,珠城津门”" is answered 海丝连接,珠城津门.

A what-question may put its question word inside the word it asks by (题了什么词, 写了什么字, 提出了什么口号): the
sentence prints that word whole and the thing itself after a colon, in quotation marks. The slot between the
anchors then holds the words before the colon (作了祝福题), and the quotation — an inscription or a slogan of two
phrases, a comma inside — is no quoted term for quoted_kind.py."""

from __future__ import annotations

import re

from .question import QuestionInfo
from .spans import Span

_COLON_QUOTE = re.compile(r"([\u4e00-\u9fff]{2})[:：]\s?[“「]([^“”「」。;；]{2,24})[”」]")
_WINDOW = 3  # the question's characters on each side of its question word the announcing word is made of


def colon_quotes(folded: str, info: QuestionInfo) -> list[Span]:
    """The quotations after "XY:" where X and Y both stand within three characters of the question word, one on
    each side (题|词 of "题了什么词"), not the question's own words."""
    if info.qtype != "what" or info.wh_word != "什么" or not info.right or not info.left:
        return []
    before, after = info.left.strip()[-_WINDOW:], info.right.strip()[:_WINDOW]
    out = []
    for m in _COLON_QUOTE.finditer(folded):
        word = m.group(1)
        if word[0] in before and word[1] in after and m.group(2) not in info.text:
            out.append(Span(m.start(2), m.end(2), "term", "named"))
    return out
