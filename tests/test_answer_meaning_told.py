"""A term's meaning asked and glossed by 意為 (意思是, 意即…) in the answer's sentence: the words after the marker
(meaning_told.py); a real DRCD sentence, folded as the composer reads it."""

from __future__ import annotations

from candidates import whole

from qa.answer.meaning_told import meaning_told
from qa.answer.question import analyze
from qa.normalize import fold

_SENTENCE = "三為納憐道，蒙語意為小道，經甘肅河西走廊到達蒙古高原"


def _cut(sentence: str, question: str) -> str | None:
    got = meaning_told(whole(fold(sentence)), analyze(fold(question)))
    return None if got is None else sentence[got.start:got.end]


def test_the_words_after_the_marker_of_meaning_answer():
    assert _cut(_SENTENCE, "納憐道指的是什麼?") == "小道"


def test_no_cut_for_another_term_or_when_no_meaning_is_asked():
    assert _cut(_SENTENCE, "帖里干道指的是什麼?") is None
    assert _cut(_SENTENCE, "納憐道經過哪一條走廊?") is None
