"""A person named again by the surname alone, the surname and the preposition after it read as a name before a
date ("李于|1月21日"), is the full name the sentence printed before (surname_again.py). Sentences written for these
tests."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.surname_again import named_before_first
from qa.types import Candidate


def _people(text: str, *names: str) -> list[Candidate]:
    s = sentence_of(text)
    return [Candidate(text=n, sentence=s, start=text.index(n), end=text.index(n) + len(n), type="person", score=1.0,
                      rule="type:person") for n in names]


def test_the_surname_before_a_date_is_the_full_name_printed_before():
    text = "总统蒋中正宣告隐退,由副总统李宗仁代行总统职权,李于1月21日正式接任代总统"
    assert named_before_first(_people(text, "李于", "蒋中正", "李宗仁"))[0].text == "李宗仁"


def test_not_a_name_of_two_before_other_words():
    text = "副总统李宗仁代行总统职权,李于是正式接任代总统"
    assert named_before_first(_people(text, "李于", "李宗仁"))[0].text == "李于"
