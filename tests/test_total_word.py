"""The figure after the question's word of a total answers it, not a part printed before it (total_word.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.total_word import total_first

_TEXT = "包括在基隆关所拦截疑似疫苗530瓶,以及在住居所搜索查扣动物用禁药共1,356瓶,总计1,886瓶。"


def _kept() -> list:
    return [candidate_in(_TEXT, "1,356瓶", "number", sid="a:0:1", score=10.4),
            candidate_in(_TEXT, "530瓶", "number", sid="a:0:1", score=9.6),
            candidate_in(_TEXT, "1,886瓶", "number", sid="a:0:1", score=9.4)]


def test_the_figure_after_the_total_word_answers_a_total_asked():
    assert total_first(_kept(), analyze("疫苗案总计查扣多少瓶？"))[0].text == "1,886瓶"


def test_a_question_without_the_word_keeps_the_order():
    assert total_first(_kept(), analyze("疫苗案查扣多少瓶？"))[0].text == "1,356瓶"
    assert total_first(_kept(), analyze("疫苗案合计查扣多少瓶？"))[0].text == "1,356瓶"
