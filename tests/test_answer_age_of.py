"""An age asked of a person is the one printed right before that person's name (age_of.py, through
precedence.put_first)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.age_of import age_before_name
from qa.answer.precedence import put_first
from qa.answer.question import analyze

_TWO = "绍兴赛艇队17岁的张冬芬和16岁的周露怡,在2000米女子乙组双人单桨比赛中夺冠。"


def test_the_age_right_before_the_asked_name_comes_first():
    kept = [candidate_in(_TWO, "16岁", score=12.0), candidate_in(_TWO, "17岁", score=11.0)]
    info = analyze("绍兴赛艇队的张冬芬多少岁?")
    assert age_before_name(kept, info) is kept[1]
    assert put_first(kept, info)[0].text == "17岁"


def test_the_best_age_of_the_asked_name_or_an_age_before_no_name_stays():
    kept = [candidate_in(_TWO, "16岁", score=12.0), candidate_in(_TWO, "17岁", score=11.0)]
    assert age_before_name(kept, analyze("周露怡今年多少岁?")) is None  # 16岁 is 周露怡's already
    text = "他今年55岁,从事教学已有30年。"
    kept = [candidate_in(text, "55岁"), candidate_in(text, "30年")]
    assert age_before_name(kept, analyze("张老师今年多少岁?")) is None
