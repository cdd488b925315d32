"""A day asked with its part of the day ("哪天下午"): the time of the sentence that prints that part answers
(part_of_day.py), and a day in Chinese numerals with 廿 is a time (typed.py)."""

from __future__ import annotations

from qa.answer.part_of_day import part_of_day_first
from qa.answer.question import analyze
from qa.answer.typed import times
from qa.types import Candidate, Sentence

_TEXT = "代表团于十月二十日至廿三日访问泰国,并于十月廿二日下午四时专程访问泰国潮安同乡会"
_S = Sentence("a#0:0:0", "a#0", 0, "body", _TEXT, 0, len(_TEXT))


def _time(text: str, score: float, s: Sentence = _S) -> Candidate:
    at = s.text.index(text)
    return Candidate(text, s, at, at + len(text), "time", score, "type:time")


def test_the_time_with_the_part_asked_comes_first():
    kept = [_time("十月二十日", 2.0), _time("十月廿二日下午", 1.0)]
    assert part_of_day_first(kept, analyze("代表团哪天下午访问泰国潮安同乡会？"))[0].text == "十月廿二日下午"


def test_no_part_asked_keeps_the_order():
    kept = [_time("十月二十日", 2.0), _time("十月廿二日下午", 1.0)]
    assert part_of_day_first(kept, analyze("代表团哪天访问泰国？"))[0].text == "十月二十日"


def test_another_sentences_time_is_not_taken():
    other = Sentence("a#0:0:1", "a#0", 0, "body", "十月廿二日下午返回", 0, 9)
    kept = [_time("十月二十日", 2.0), _time("十月廿二日下午", 1.0, other)]
    assert part_of_day_first(kept, analyze("代表团哪天下午访问泰国潮安同乡会？"))[0].text == "十月二十日"


def test_a_day_with_nian_is_a_time():
    assert "十月廿二日下午" in [_TEXT[sp.start:sp.end] for sp in times(_TEXT)]
