"""A thing the tagger read as a person, left as a who-question's answer: "谁获得本年总决赛的最有价值球员奖?" ↔
"…在2000年的季後賽獲得東區的冠軍" → 季後賽; "清朝擁有最多妃嬪的皇帝是哪一位皇帝?" ↔ "歷代紀傳體史書中…" →
紀傳體; "滬寧線總管理處興建的西式洋房是採用誰的設計圖?" ↔ "大樓一層外牆採用花崗岩修建" → 花崗岩; "江戶幕府為誰所建立?"
↔ "江戶幕府松前藩藩主松前公廣…" → 松前藩藩; "元成宗指的是何人?" ↔ "…總領漠北諸軍" → 漠北諸軍.

jieba tags these nr, so the person rules take them; their last word says what they are: a contest (…赛), a form or
style (…体), a rock (…岩), a bay (…湾), a domain (…藩), troops (…诸军). A Chinese name may end with those
characters too (王岩, 李赛), so only an answer of three characters or more is read by its ending, and one of three
only when the dictionary knows it as a word (季后赛, 纪传体, 花岗岩: a person's full name is no dictionary word).
The sentence names no one the question asks; the answer is declined ("decline:generic").

Measured on the half-index protocol (CMRC 2018 trial and DRCD pooled) after counted_kind.py: 6 wrong answers declined
(5 to absent questions), none right; DRCD in sample 1 wrong declined, CMRC unchanged."""

from __future__ import annotations

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

# the last words of things, not people: a contest, a form, a rock, a bay, a feudal domain, troops
_THING_ENDS = ("赛", "体", "岩", "湾", "藩", "诸军")
_SHORTEST = 3  # characters: a two-character answer may be a person's name ending so (王岩)


def thing_as_person(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:generic" when a who-question's person answer ends with the word for a thing."""
    if info.qtype != "who" or best.type != "person":
        return ""
    text = best.sentence.folded[best.start:best.end].strip()
    if len(text) < _SHORTEST or not text.endswith(_THING_ENDS):
        return ""
    if len(text) == _SHORTEST and around.freq(text) <= 0:
        return ""  # (a three-character full name ending so is no dictionary word)
    return "decline:generic"
