"""One of a series asked by its ordinal, and the answer's sentence prints that ordinal nowhere.

A question names an edition, a rank or a numbered district ("第二届比赛什么时候举行", "日本第二大汽車製造商是哪一家",
"福建省第一區行政督察專員公署在何時被撤銷"): a sentence that answers it says which one ("第二届", "第二大" or
"最大" for the first, "第一区"), or its article does (a news report names its session once). An article that prints
none of these — "首場比賽於2014年9月舉行" of another cup,
"加拿大最大的證券交易所" for 非洲第二大, "設立榆次區行政督察專員公署" — tells of another of the series or of none:
declined (`decline:ordinal`). `agreement.other_ordinal` takes the sentence naming another one of the series (第二回合
for 第一回合); this one the sentence naming the series' ordinal not at all.

Only editions (届), ranks (第N大) and numbered districts (第N区) are read: a first time (首次, 第一次) is printed in
other words by the sentence that answers ("首播", "首奪英格蘭足總盃冠軍"), and a first thing of its kind (第一种,
第一家) is often only a superlative (最早).

Measured on the half-index protocol (CMRC 2018 trial and DRCD pooled, main 5125b8a8): 6 answers to absent
questions declined, all wrong, and 2 more, right by F1 only (a year sharing 年 with the gold: 第十三屆歐洲國家盃 ↛
2012年 for 2008年); in sample, CMRC identical and DRCD 1 wrong declined. Read in the sentence alone, 13 news
questions of a congress's session (铁岭市第九届人大二次会议…) were declined: their reports name the session once."""

from __future__ import annotations

import re

from ..lexicon import ORDINAL_DIGITS, ordinal_value
from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

_SERIES = "届大区"  # an edition, a rank, a numbered district
# "第二届", "第十三届", "第2大"; a congress's term without 第 ("十三届"); the first edition by 首 ("首届")
_NUMBERED = re.compile(r"第([\d" + ORDINAL_DIGITS + r"]{1,3})([" + _SERIES + r"])")
_TERM = re.compile(r"(?<![第新每同这本上下\d" + ORDINAL_DIGITS + r"])([\d" + ORDINAL_DIGITS + r"]{1,3})(届)")
_FIRST = re.compile(r"首(届)")
# the first rank as a text prints it: "最大" (a question's 最大 is a plain superlative, "最大的困难", no rank asked)
_LARGEST = re.compile(r"最大")
# a rank a sentence gives with another noun than 大 ("第一大国" ↔ "成为…第一地区"): the number is what it says
_ANY_RANK = re.compile(r"第([\d" + ORDINAL_DIGITS + r"]{1,3})")


def _ordinals(text: str) -> set[tuple[int, str]]:
    """The (number, series) pairs a text (folded) names: 第二届 → (2, 届), 首届 → (1, 届), 第二大 → (2, 大)."""
    found = {(ordinal_value(m.group(1)), m.group(2)) for rx in (_NUMBERED, _TERM) for m in rx.finditer(text)}
    return found | {(1, m.group(1)) for m in _FIRST.finditer(text)}


def ordinal_unprinted(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:ordinal" when the question names an edition, rank or district by its ordinal that the answer's
    article (its headline, the text before the sentence and the sentence among it) never prints; "" otherwise."""
    asked = _ordinals(info.text)
    if not asked:
        return ""
    # the whole article, not the sentence alone: a news report names its session once ("十届全国人大五次会议" in the
    # headline or the lead) and its sentences then say "本次会议", "大会"
    text = around.with_sentence(best.sentence.folded)
    held = _ordinals(text) | {(1, "大") for _ in _LARGEST.finditer(text)}
    held |= {(ordinal_value(m.group(1)), "大") for m in _ANY_RANK.finditer(best.sentence.folded)}
    return "decline:ordinal" if asked - held else ""
