"""Confidence signals of a wrong span in the right sentence (rivals.py): rivals of the asked type, the margin
over them, the answer's distance to the question's words."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.rivals import rivals


def test_one_date_in_the_sentence_has_no_rival_and_sits_by_the_question_words():
    s = "该馆于1998年正式开放。"
    best = candidate_in(s, "1998年", "time", score=5.0)
    f = rivals(best, [candidate_in(s, "1998", "time", score=4.0)], ["开放"])  # the same answer cut: no rival
    assert f["rival_count"] == 0.0
    assert f["rival_margin"] == 1.0  # nothing apart from it
    assert f["anchor_gap"] == 0.1  # "正式" between it and 开放: 2 characters of 20


def test_several_dates_are_rivals_and_a_close_one_leaves_little_margin():
    s = "该馆1998年动工,2001年竣工,2003年开放。"
    best = candidate_in(s, "1998年", "time", score=5.0)
    others = [candidate_in(s, "2001年", "time", score=4.5), candidate_in(s, "2003年", "time", score=2.0),
              candidate_in(s, "该馆", "slot", score=4.9)]
    f = rivals(best, others, ["开放"])
    assert f["rival_count"] == 0.5  # two other dates, of four counted
    assert f["rival_margin"] == 0.05  # 0.5 above the best other date, the slot of another type aside
    assert f["anchor_gap"] == 0.8  # 开放 16 characters after it


def test_a_sentence_without_the_question_words_reads_anchor_none():
    s = "1998年落成。"
    f = rivals(candidate_in(s, "1998年", "time"), [], ["开放"])
    assert f["anchor_none"] == 1.0 and "anchor_gap" not in f
