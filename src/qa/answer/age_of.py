"""An age asked of a person ("张冬芬多少岁") is the one printed right before that person's name ("17岁的张冬芬和16岁的
周露怡"): news sets the age as a modifier before the name, so the age right before another name is that one's.

`age_before_name` prefers the age before the name asked; `age_of_other` declines an age printed before another name
in a sentence that never names the one asked ("伊柠今年多少岁?" ↛ "27岁的乌音嘎说。": 乌音嘎's, `decline:subject`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import PERSON_NOUNS
from ..types import Candidate
from .question import QuestionInfo

_NAME_AFTER = re.compile(r"的?([\u4e00-\u9fff]{2,4})")
# after "N岁的", what is no other person's name: a pronoun, a time ("27岁的时候", "那年"), a birthday, a person
# noun that may be the one asked ("27岁的女孩")
_NOT_A_NAME = re.compile(r"^(?:[他她它我你其这那此该]|时|年|生日|女孩|男孩|小孩|老人|少年|少女|" + PERSON_NOUNS + ")")
# the words of a question that are no part of the person it asks of ("伊柠|今年", "他|现在")
_WHEN_WORDS = re.compile(r"今年|现在|目前|如今|当时|去年|已经|已|有|是|的")


def _names_after(c: Candidate) -> list[str]:
    """The two to four characters right after the age (a 的 between), cut at each length: the name it modifies."""
    m = _NAME_AFTER.match(c.sentence.folded, c.end)
    return [m.group(1)[:n] for n in (4, 3, 2)] if m else []


def age_before_name(kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """For an age asked (unit 岁), the candidate printed right before a name the question holds, when the best is
    printed before another name; None otherwise."""
    if info.unit != "岁" or len(kept) < 2:
        return None

    def of_asked(c: Candidate) -> bool:
        return c.text.endswith("岁") and any(len(n) >= 2 and n in info.left for n in _names_after(c))

    if of_asked(kept[0]) or not _names_after(kept[0]):
        return None
    return next((c for c in kept[1:6] if c.sentence.id == kept[0].sentence.id and of_asked(c)), None)


def age_of_other(info: QuestionInfo, best: Candidate) -> str:
    """"decline:subject" when an age asked of a person is answered by the age printed right before 的 and another
    name ("27岁的乌音嘎说"), in a sentence that prints no two characters of the question's subject running; ""
    otherwise."""
    if info.unit != "岁" or not best.text.endswith("岁") \
            or not best.sentence.folded.startswith("的", best.end):
        return ""
    subject = _WHEN_WORDS.sub(" ", info.left).split()
    if not subject or len(subject[0]) < 2:
        return ""
    f = best.sentence.folded
    after = _names_after(best)
    if not after or _NOT_A_NAME.match(after[-1]) or any(c in info.left for c in after[0]):
        return ""
    name = subject[0]
    return "" if any(name[i:i + 2] in f for i in range(len(name) - 1)) else "decline:subject"
