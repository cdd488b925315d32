"""A what-answer taken from a sentence whose subject is 它 (牠) or a pointer's noun (这场战争, 该国), when the
question asks that subject: decline it.

"哪一本書規範了梵語的正確語法?" ↔ "…最古老的梵語文法是波你尼的《八篇書》。|它本質上是規範性文法,就是說它定義了
正確梵語的用法…": the sentence repeats the question's words, so it outranks the one before it, but what the question
asks is what 它 stands for, named before it, and the candidates of the sentence are other things ("說它定義了正確").
The question asks the subject when its question word opens it ("哪一個學校是…旗幟性學校") or follows its copula
("城市物質形態是|哪一領域|偏重的部分" ↔ "它的對象偏重於城市物質形態的部分"; "七年戰爭…最後一場戰爭是|哪一場" ↔
"這場戰爭對普魯士的軍隊來講是一場艱苦的戰鬥"). Not when the question names its article's topic, which the pointer
then stands for ("奧斯陸被田野以及什麼給環繞" ↔ "它被森林和田野所環繞"; "伊爾庫茨克州的東南部是哪個重要的湖" ↔
"該州最重要的貝加爾湖…"), nor a pointer to a time or place (这时, 这里), nor for who-, when- or how-questions (the
person, time or manner in the sentence is the one asked: "它是由…帕西瓦爾·洛厄爾建立的").
Measured against main bc442c7d: DRCD 6 wrong answers declined, none right; CMRC identical.
"""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# what a pointer opening a sentence is no subject with: a copula or an adverb ("这是江苏广播电视台记者许迪侃…发出的
# 感慨" names the thing after it), a place or time (这里, 这时), 这些/这样/这么
_NOT_NOUN = r"[是也就便都才正将將使让讓对對在为為些样樣么麼里裡时時儿兒边邊]"
# the sentence's subject is the pronoun for a thing or a pointer with its noun (这场战争, 该国), after a light
# opening word at most (而它…, 此外它…)
_OPENS_WITH_IT = re.compile(r"^[“\"「]?(?:[而但且并並]|此外,?)?"
                            r"(?:[它牠]|[这這该該](?!" + _NOT_NOUN + r")[\u4e00-\u9fff])")
# a question whose own subject is a pointer ("…,同时这也是|哪个理论的重要证据" ↔ "它也是大爆炸理论的…证据") asks
# what follows the copula, which the sentence prints, not what the pointer stands for
_POINTER_COPULA = re.compile(r"(?:[这這它牠此其])[也就还還都]?是$")
_BRACKETED = re.compile(r"\s*[(（][^)）]*[)）]")  # "达曼 (沙特阿拉伯)": the headline's gloss


def asks_pointed_subject(best: Candidate, info: QuestionInfo, headline: str) -> bool:
    """The question asks the subject of the answer's sentence, which that sentence gives only as 它. `headline`:
    the answer's article's headline, folded."""
    if info.qtype != "what" or not info.wh:
        return False
    if _OPENS_WITH_IT.match(best.sentence.folded) is None:
        return False
    left = info.left.strip()
    if left and (not left.endswith("是") or _POINTER_COPULA.search(left)):
        return False
    topic = _BRACKETED.sub("", headline).strip()
    return not (topic and topic in info.text)
