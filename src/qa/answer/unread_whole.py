"""A question the composer could not read, answered with a whole sentence: decline it.

"桃花源小厨营业状况?", "英澳望遠鏡在和時與施密特望遠鏡合併?", "有人替他取了一個外號?": a question
with no question word it knows (a bare noun phrase, a typo for 何時, a statement with a question mark) is typed
"other", so no span type, slot or clause is asked of the sentence, and the composer falls back to the whole best
sentence. That sentence is the answer only when the question asked for a description, which "other" questions
rarely do: on CMRC and DRCD most such answers were wrong (another sentence, or the right sentence where a figure
or a name was asked), so the papers are said not to say it rather than a sentence the user must search. A span
found inside the sentence (a name, a figure) is left to the other rules, and so is a cloze ending in 是指
("現在被稱為灣仔北的區域是指?"), which asks a description the sentence may be, and a question ending in a noun of
a kind (时间, 地点), which the sentence may tell."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_DESCRIPTION = re.compile(r"(?:是指|指的是)\s*[?？]?\s*$")  # a cloze asking what a thing is: a sentence may tell it
# a quantity asked ("在几地", "几口", "周几", "多厚"): the whole sentence still holds the figure, which the news
# suites' readers find in it (eight of them), while DRCD's three such answers were wrong; left to the other rules
_QUANTITY = re.compile(r"几|多少|多[长高大宽厚重远深久]")
# a bare noun of a kind asked at the end ("《宇宙奇兵》在台湾台播出的时间?"): a when or where the type rules missed,
# which the sentence may tell (right in the held-out pool of CMRC and DRCD)
_KIND_NOUN = re.compile(r"(?:时间|日期|时候|年份|地点|地方|位置)\s*[?？]?\s*$")
_WHOLE = 0.9  # a candidate covering this share of its sentence is the sentence (the "whole" feature's cut)
# a statement closed by a full stop is a line pasted from a page, not a question: its sentence is where it is printed
_STATEMENT = re.compile(r"[。.!！]\s*$")


def unread_whole(best: Candidate, info: QuestionInfo) -> bool:
    """Whether `best` answers a question of no known type ("other") with (nearly) its whole sentence, or with the
    sentence past its echo of the question."""
    if info.qtype != "other" or _DESCRIPTION.search(info.text) or _QUANTITY.search(info.text) \
            or _KIND_NOUN.search(info.text) or _STATEMENT.search(info.text):
        return False
    # the sentence past the leading clauses that only echo the question (shape.py's "unechoed") is the sentence too
    return best.end - best.start >= _WHOLE * len(best.sentence.text) or best.rule == "sentence+unechoed"
