"""The source of an influence asked, printed between 受 and the influence noun: "欧陆法系受到哪一个法律的影响?" ↔
"…受|罗马法|影响而成立的法律系统".

A what-question "X受到哪一个N的影响/启发/资助" asks what stands between 受(到) and the noun of influence; the
sentence prints the same frame, "受(到)…(的)影响". The slot and name rules may read another name of the sentence
(民法法系, an alias of X printed first), so the answer is the frame's filling when the sentence the answer is read
from prints it, a run of 2–14 characters in one clause that is not the question's own words (an adverb of degree
before 的 left out: "受到喇嘛教|很大的影响"). `cause_under.py` reads the same frame as a why-question's cause."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import char_bigrams, trim

_NOUNS = "影响|启发|威胁|资助|挑战|冲击|刺激|压力|支持|帮助|感召|熏陶"
# the question: 受(到)(了) + the question word … (的) + the noun of influence
_ASKED = re.compile(r"受到?了?(?:哪|什么|甚么|何)[^,，?？]{0,8}?的?(" + _NOUNS + ")")
_DEGREE = re.compile(r"(?:(?:很|太|极|较|颇|非常|相当)?(?:大|深)|巨大|深远|深刻|重大|一定)$")


def influence_asked(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The filling of 受…(的)<noun> in the answer's sentence, the noun the question asks with; None when the question
    asks no influence, the sentence prints no such frame, or the answer is that filling already."""
    if info.qtype != "what" or info.expects:
        return None
    asked = _ASKED.search(info.text)
    if asked is None:
        return None
    f = best.sentence.folded
    frame = re.compile(r"受到?了?([^,，;；:：。!！?？、]{2,18}?)的?" + asked.group(1))
    for m in frame.finditer(f):
        start, end = m.start(1), m.end(1)
        degree = _DEGREE.search(f, start, end)
        if degree is not None:
            end = degree.start()
        start, end = trim(f, start, end)
        text = f[start:end]
        grams = char_bigrams(text)
        if not 2 <= len(text) <= 14 or text in info.left \
                or (grams and 2 * sum(g in info.left for g in grams) > len(grams)):
            continue  # the question's subject (the one influenced), not the source asked, which may end with the
            # noun the question asks ("受|美日领事机构|资助" for 哪一个领事机构)
        if (start, end) == (best.start, best.end):
            return None
        return best.narrowed(start, end, "influence")
    return None
