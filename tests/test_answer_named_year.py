"""A bare year run into the name after it ("2010中国(南京)国际象棋超级大赛") is no amount: a how-much question
answered by it is declined (named_year.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.named_year import year_in_name
from qa.answer.question import analyze

# CMRC TRIAL_798_QUERY_2
_CUP = "“康缘药业杯”2010中国(南京)国际象棋超级大赛于2010年10月19-30日举行"


def test_a_year_in_a_name_answers_no_how_much_question():
    asked = analyze("中国（南京）国际象棋超级大赛的级别有多高？")
    assert year_in_name(asked, candidate_in(_CUP, "2010")) == "decline:unit"


def test_a_figure_with_its_unit_or_a_year_asked_stays():
    assert year_in_name(analyze("大赛的奖金是多少？"), candidate_in("奖金为2010美元。", "2010美元")) == ""
    assert year_in_name(analyze("这是第几年举办的大赛？"), candidate_in(_CUP, "2010")) == ""
