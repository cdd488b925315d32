"""A person answer that the article prints as the part of a longer work's title names the work (work_title.py).
The paragraph of DRCD's test set (1199-12-2: 魏書 of 《三國志·魏書》, wrong) and a tale named for its hero
(4911-2-3)."""

from __future__ import annotations

import pytest

from qa.answer.agreement import Surroundings
from qa.answer.question import analyze
from qa.answer.work_title import work_title
from qa.types import Candidate, Sentence

_TOLD = "三國志中多以太祖王之後的歷史為主，而後來的北朝魏書又追述了高句麗開國的神話。"
_BOOK = "而《三國志·魏書》有關這段時期的記載與之差異頗大，故難以相合。"
_TALE = "至於宋代《太平廣記》中的《潘章》，則記載了王仲先與潘章的故事。"


def _c(name: str, text: str) -> Candidate:
    s = Sentence(f"a#0:0:{len(text)}", "a#0", 0, "body", text, 0, len(text))
    at = text.index(name)
    return Candidate(name, s, at, at + len(name), "person", 1.0, "type:person")


def _around(*texts: str) -> Surroundings:
    return Surroundings(article=Sentence("a#0:0:1", "a#0", 0, "body", "".join(texts), 0, 1).folded)


def test_a_part_of_a_title_is_declined():
    info = analyze("三國志所寫的歷史主要都是在哪一皇帝之後的事情？")
    assert work_title(info, _c("魏書", _TOLD), _around(_TOLD, _BOOK)) == "decline:in-title"


@pytest.mark.parametrize(("question", "name", "texts"), [
    ("「一見相愛，情若夫婦」指的是王仲先和誰?", "潘章", (_TALE,)),  # the whole title is the name
    ("三國志所寫的歷史主要都是在哪一皇帝之後的事情？", "太祖王", (_TOLD, _BOOK)),  # no title's part
])
def test_kept(question, name, texts):
    assert work_title(analyze(question), _c(name, texts[0]), _around(*texts)) == ""
