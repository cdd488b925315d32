"""A what-answer taken from a sentence whose subject is 它 (牠), when the question asks that subject: decline it.

"哪一本書規範了梵語的正確語法?" ↔ "…最古老的梵語文法是波你尼的《八篇書》。|它本質上是規範性文法,就是說它定義了
正確梵語的用法…": the sentence repeats the question's words, so it outranks the one before it, but what the question
asks is what 它 stands for, named before it, and the candidates of the sentence are other things ("說它定義了正確").
The question asks the subject when its question word opens it ("哪一個學校是…旗幟性學校") or follows its copula
("城市物質形態是|哪一領域|偏重的部分" ↔ "它的對象偏重於城市物質形態的部分"). Not when the question names its
article's topic, which 它 then stands for ("奧斯陸被田野以及什麼給環繞" ↔ "它被森林和田野所環繞"), nor for who-,
when- or how-questions (the person, time or manner in the sentence is the one asked: "它是由…帕西瓦爾·洛厄爾建立的").
Measured against main bc442c7d: DRCD 4 wrong answers declined, none right; CMRC identical.
"""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# the sentence's subject is the pronoun for a thing, after a light opening word at most (而它…, 此外它…)
_OPENS_WITH_IT = re.compile(r"^[“\"「]?(?:[而但且并並]|此外,?)?[它牠]")
_BRACKETED = re.compile(r"\s*[(（][^)）]*[)）]")  # "达曼 (沙特阿拉伯)": the headline's gloss


def asks_pointed_subject(best: Candidate, info: QuestionInfo, headline: str) -> bool:
    """The question asks the subject of the answer's sentence, which that sentence gives only as 它. `headline`:
    the answer's article's headline, folded."""
    if info.qtype != "what" or not info.wh:
        return False
    if _OPENS_WITH_IT.match(best.sentence.folded) is None:
        return False
    left = info.left.strip()
    if left and not left.endswith("是"):
        return False
    topic = _BRACKETED.sub("", headline).strip()
    return not (topic and topic in info.text)
