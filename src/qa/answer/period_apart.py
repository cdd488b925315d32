"""A period given for the time of an event the answer's sentence does not tell.

"登山用途的腳踏車於西元幾年時出現?" ↛ "那時日本人做的鋁合金的車身輕巧耐用，在八零年代，最好的登山車重量都在三十磅以下",
"馬克思共產主義自什麼時候開始於雲南傳播?" ↛ "…稱這些理論是「馬克思主義在新時代下的發展」…如80年代的中國", "以戰鬥機執行
地面攻擊任務，此種型態在何時就已經出現?" ↛ "…奠定30年代後期軍用航空發展的快速演進": a decade, a dynasty or an era
(年代, 朝, 時期, 世紀) is printed in many sentences of an article or of another on the same topic, each for its own
event. What ties it to the question's event is the event itself: its verb (出現, 傳播) or half of its nouns
(腳踏車, 用途; 共產主義, 雲南) printed with it. When neither is, the period is another event's: declined
(`decline:period`, another candidate may still answer).

Read only for a period answered to a question that does not ask for one ("哪一個時期", "哪個朝代", "哪一年代" ask
it, and any sentence of the right period may answer): a year or a day answered so is left alone, since a sentence
opening with a year often tells the question's event in other words ("1958年…" for "於何年遷往信陽", 19 right
answers lost against 10 wrong declined on the half-index protocol). The nouns are looked for in the sentence and
the text before it (the headline, the sentence that names the subject); the verbs in the sentence.

Measured on the half-index protocol (CMRC 2018 trial and DRCD pooled, against main 7347c486): 3 answers declined,
all wrong, to absent questions (absent declined 0.9022 -> 0.9035, precision of the answers given 0.7836 -> 0.7847,
present F1 unchanged 0.7026). In sample: CMRC identical, DRCD 1 wrong answer declined, none right lost. Half of the
nouns held ("地空联合作战此一型态": 地空 before, 型态 pointing back) kept the one right answer a majority would lose."""

from __future__ import annotations

import re

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo
from .spans import offsets

# an answer naming a period, not a point in time: a decade, a dynasty, an era, a century or a part of one
_PERIOD = re.compile(r"(?:年代|朝|时期|世纪|时代|初期|中期|末期|后期|晚期|早期|年间)$")
# a question word asking for a period itself ("哪一个时期", "哪个朝代", "哪一年代", "什么时代"): read just after it
_ASKS_PERIOD = re.compile(r"年代|时期|时代|世纪|朝")
_AFTER_WH = 4  # characters after the question word its noun may take ("哪一个|时期", "哪个|朝代")
_NOUN_TAGS = frozenset(("n", "nr", "ns", "nt", "nz", "nrt", "nw", "vn", "j"))


def period_apart(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:period" when a when-question asking no period is answered by a period (八零年代, 明朝, 吠陀時期)
    from a sentence that prints none of the question's verbs and, with the text before it, fewer than half of
    its nouns; "" otherwise."""
    if info.qtype != "when" or not info.wh or around.tag is None:
        return ""
    if not _PERIOD.search(best.sentence.folded[best.start:best.end].strip()):
        return ""
    if _ASKS_PERIOD.search(info.text[info.wh[0]:info.wh[1] + _AFTER_WH]):
        return ""
    nouns, verbs = [], []
    for start, end, word, flag in offsets(around.tag(info.text)):
        if start < info.wh[1] and info.wh[0] < end or len(word) < 2:
            continue  # the question word is no word of the event
        if flag in _NOUN_TAGS:
            nouns.append(word)
        elif flag.startswith("v"):
            verbs.append(word)
    sentence = best.sentence.folded
    if any(verb in sentence for verb in verbs):
        return ""  # the event's verb is printed with the period ("郵票應用達到高峰" for 達到最高峰)
    before = sentence + " " + around.near
    held = sum(noun in before for noun in nouns)
    # fewer than half: one of two is no majority ("地空联合作战此一型态": 地空 printed before, 型态 only points back)
    return "decline:period" if held * 2 < len(nouns) else ""
