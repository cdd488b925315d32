"""The figure asked of an item that prints a count, then an amount ("竣工项目投资多少" ↔ "…,竣工项目7个、投资15.8亿元"):
the item's words, its figures left out, are the question's words before its question word (item_figure.py, through
precedence.put_first)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.item_figure import item_amount
from qa.answer.precedence import put_first
from qa.answer.question import analyze

_BATCH = ("据了解,上饶县此次集中开(竣)工项目共有20个,总投资91.8亿元,"
          "其中开工项目13个、投资76亿元,竣工项目7个、投资15.8亿元。")


def test_the_amount_of_the_item_the_question_names_comes_first():
    kept = [candidate_in(_BATCH, "91.8亿元", score=12.0), candidate_in(_BATCH, "76亿元", score=11.0),
            candidate_in(_BATCH, "15.8亿元", score=10.0)]
    info = analyze("上饶县此次集中开(竣)工活动中竣工项目投资多少?")
    assert item_amount(kept, info) is kept[2]
    assert put_first(kept, info)[0].text == "15.8亿元"


def test_no_switch_for_the_batchs_total_or_another_unit():
    kept = [candidate_in(_BATCH, "91.8亿元", score=12.0), candidate_in(_BATCH, "15.8亿元", score=10.0)]
    assert item_amount(kept, analyze("上饶县此次集中开(竣)工项目总投资多少?")) is None  # the total asked
    kept = [candidate_in(_BATCH, "91.8亿元", score=12.0), candidate_in(_BATCH, "7个", score=10.0)]
    assert item_amount(kept, analyze("上饶县此次集中开(竣)工活动中竣工项目投资多少?")) is None  # a count, not 亿元
