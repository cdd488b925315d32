"""An age, a dynasty or a decade asked is answered by its name, not a part of it (era_asked.era_named): sentences
written for these tests."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.era_asked import era_named
from qa.answer.question import analyze


@pytest.mark.parametrize(("question", "sentence", "span", "answer"), [
    ("这座山脉是在什么时代形成的？", "这座山脉在新生代时期形成。", "新生代时期", "新生代"),
    ("人口在哪一年代变成女多男少？", "人口在2000年代初期变成女多男少。", "2000年代初期", "2000年代"),
    # a dynasty asked: its name ends at its first 朝, the reign after it is a part of it
    ("这场战役发生在哪一个朝代？", "这场战役发生在明朝建文年间。", "明朝建文年间", "明朝"),
])
def test_the_era_asked_is_its_name(question, sentence, span, answer):
    got = era_named(analyze(question), candidate_in(sentence, span, "time", "type:time", score=0.0))
    assert got.text == answer
    assert got.rule == "type:time+era"


@pytest.mark.parametrize(("question", "sentence", "span"), [
    # a period asked keeps the word
    ("该地在哪一个时期采用这一时区？", "该地在日治时期采用这一时区。", "日治时期"),
    # what is left names no age
    ("这种制度是在什么时代废除的？", "这种制度在大革命时期被废除。", "大革命时期"),
    # no era asked
    ("这座山脉是什么时候形成的？", "这座山脉在新生代时期形成。", "新生代时期"),
])
def test_the_span_is_kept_otherwise(question, sentence, span):
    best = candidate_in(sentence, span, "time", "type:time", score=0.0)
    assert era_named(analyze(question), best) is best
