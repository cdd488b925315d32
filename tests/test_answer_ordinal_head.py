"""The asked noun printed bare after an ordinal names one of its kind (short.headed): "第五人民法庭(园区法庭)" for
哪个人民法庭 — the ordinal and the noun together, before the bracketed other name."""

from __future__ import annotations

from qa.answer.short import headed
from qa.answer.spans import Span

_SENTENCE = ("今年来,全院五个人民法庭审结各类案件共计1800余件,结案率均达到92%以上,其中第五人民法庭(园区法庭)"
             "审判质效位居全市人民法庭第一名。")
_QUESTION = "彭水县法院哪个人民法庭的审判质效位居全市人民法庭第一名?"


def _heads(sentence: str, run: str) -> list[tuple[str, float]]:
    start = sentence.index(run, sentence.index("其中"))
    found = headed(sentence, [Span(start, start + len(run), "term", "term")], "人民法庭", _QUESTION)
    return [(sentence[sp.start:sp.end], firm) for sp, firm in found]


def test_the_ordinal_before_the_bare_asked_noun_is_taken_with_it():
    assert _heads(_SENTENCE, "人民法庭") == [("第五人民法庭", 1.0)]


def test_the_bare_asked_noun_without_an_ordinal_is_no_answer():
    assert _heads(_SENTENCE.replace("其中第五人民法庭", "其中的人民法庭"), "人民法庭") == []
