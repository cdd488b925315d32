"""A which-question is not answered by the name the question itself prints, behind a modifier or a date."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.own_named import own_named
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str, rule: str = "head") -> str:
    return own_named(analyze(fold(question)), candidate_in(fold(sentence), fold(answer), "span", rule))


@pytest.mark.parametrize(("question", "sentence", "answer", "why"), [
    # the question's own one, behind a 的-phrase or a date
    ("三大影展指的是威尼斯影展、坎城影展,还有哪一个影展?", "其中以意大利的威尼斯影展历史最久。", "意大利的威尼斯影展",
     "decline:echo"),
    ("长水国际机场启用的当天哪一个机场停用?", "2012年6月28日长水国际机场启用,同日原机场停用。",
     "2012年6月28日长水国际机场", "decline:echo"),
    # the noun asked itself, with its modifier: the kind, not the question's one
    ("哺乳动物缺乏哪一种视锥细胞?", "哺乳动物缺乏红色的视锥细胞。", "红色的视锥细胞", ""),
    # a longer name holding the question's (莫斯科中山大学 ↔ 中山大学): another one
    ("中山大学由原中山大学和哪一个大学的校友复校?", "由莫斯科中山大学的校友参与复校。", "莫斯科中山大学", ""),
    # no modifier before the name: the echo check's, not this rule's; a short word is no name of its own
    ("长水国际机场启用的当天哪一个机场停用?", "长水国际机场启用。", "长水国际机场", ""),
    ("还有哪一个影展?", "其中的影展。", "其中的影展", ""),
])
def test_own_named(question, sentence, answer, why):
    assert _why(question, sentence, answer) == why


def test_a_whole_sentence_or_a_when_question_is_not_read():
    q = "三大影展指的是威尼斯影展、坎城影展,还有哪一个影展?"
    assert _why(q, "其中以意大利的威尼斯影展历史最久。", "意大利的威尼斯影展", rule="sentence") == ""
