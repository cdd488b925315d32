"""A kind word answered, the title printed right after it names which one (kinds.named_in_quotes, asked with 什么
and a noun of one character too), and that title is the answer's own, no other paper's (agreement.other_title)."""

from __future__ import annotations

from qa.answer.agreement import Surroundings, other_title
from qa.answer.kinds import named_in_quotes
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_TEXT = "五年后,即一九九四年十二月二十日,改版为日报《华澳日报》"
_QUESTION = "一九九四年十二月二十日《华澳邮报》改版为什么报？"


def _best(word: str) -> Candidate:
    s = Sentence("a#0:0:0", "a#0", 0, "body", _TEXT, 0, len(_TEXT))
    at = _TEXT.index(word)
    return Candidate(word, s, at, at + len(word), "term", 1.0, "head")


def test_the_title_after_the_kind_word_is_the_answer():
    got = named_in_quotes(_best("日报"), analyze(_QUESTION))
    assert got is not None and got.text == "华澳日报"


def test_no_title_after_another_word():
    assert named_in_quotes(_best("改版"), analyze(_QUESTION)) is None


def test_the_answers_own_title_is_no_other_papers():
    got = named_in_quotes(_best("日报"), analyze(_QUESTION))
    assert got is not None
    assert other_title(analyze(_QUESTION), got, Surroundings(article=_TEXT)) == ""


def test_another_papers_title_still_declines():
    text = "《华澳日报》创刊于澳门"
    s = Sentence("a#0:0:0", "a#0", 0, "body", text, 0, len(text))
    best = Candidate("澳门", s, text.index("澳门"), text.index("澳门") + 2, "place", 1.0, "type:place")
    assert other_title(analyze("《华澳邮报》创刊于哪里？"), best, Surroundings(article=text)) == "decline:other"
