"""The kind of place a where-question names after 在哪 and a classifier: "在哪个警署外设路障" asks a 警署 (the answer
is "牛头角警署"), "在哪条高速公路项目部" a 高速公路 ("麻竹高速公路"). The classifier and the noun belong to the question
word, as in "哪个区" (question.py reads that one by its own cue); left on the right side they would anchor the slot
past the noun and cut it off the answer ("个警署外设路障" is printed nowhere, "高速公路项目部" leaves "麻竹")."""

from __future__ import annotations

from ..lexicon import all_han
from ..tokenize import main_word_freq

_LONGEST = 4  # the place nouns asked this way are short words: 警署, 海域, 电视台, 高速公路


def place_noun(q: str, at: int) -> str:
    """The dictionary word of two to four characters at `at` (right after 在哪 and its classifier), longest
    first, or "": a single character (哪条|路上, 哪个|区) is no head noun here."""
    for k in range(_LONGEST, 1, -1):
        word = q[at:at + k]
        if len(word) == k and main_word_freq(word) > 0:
            return word
    return ""


# A verb of going or a locative word the question's 在 stands for ("示威者在…" ↔ "示威者到牛头角警署外设路障"):
# the place follows it, it is no part of the place's name.
_GOING = "到在于往赴至去"
_LONGEST_NAME = 8  # a place's name before its kind: 牛头角, 麻竹 (a longer slot is a clause, not a name)


def headed_place(folded: str, start: int, end: int, head: str) -> tuple[int, int] | None:
    """The place a where-slot both anchors hold names when it ends with the kind of place asked ("在哪个警署外设
    路障" ↔ "到|牛头角警署|外设路障"): the slot without a verb of going before it, or None. Its name need not be a
    word jieba tags a place (牛头|角 are common nouns)."""
    while start < end and folded[start] in _GOING:
        start += 1
    text = folded[start:end]
    if not head or not text.endswith(head) or not 0 < len(text) - len(head) <= _LONGEST_NAME:
        return None
    if not all_han(text):
        return None  # a clause (commas, figures), not a name
    return start, end
