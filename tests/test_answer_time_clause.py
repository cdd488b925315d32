"""A time run on by a few words into 的时候 is answered with them ("春季化雪的时候", not "春季") (time_clause.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.time_clause import with_happening

# CMRC TRIAL_987_QUERY_2
_GORGE = "峡谷终年可以进入，但是需要买门票，只有在春季化雪的时候可能会短期关闭。"


def test_the_time_runs_on_over_its_happening():
    got = with_happening(candidate_in(_GORGE, "春季", "time"), analyze("峡谷什么时候可能会短期关闭？"))
    assert got is not None and got.text == "春季化雪的时候"


def test_a_time_in_a_clause_of_its_own_is_left_alone():
    sentence = "春季标有主人的木头会被投入河谷中让融水把它们运到山下去。"
    assert with_happening(candidate_in(sentence, "春季", "time"), analyze("木头什么时候被投入河谷？")) is None
