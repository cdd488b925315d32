"""Why-questions about what someone did, answered by the verb of feeling or belief the sentence gives that someone
(motive_told.py). Sentences written for these tests, after DRCD's."""

from __future__ import annotations

from candidates import whole
from stories import engine_of

from qa.answer.motive_told import motive_told
from qa.answer.question import analyze


def _motive(question: str, sentence: str):
    return motive_told(whole(sentence), analyze(question))


def test_the_subjects_feeling_is_the_motive():
    got = _motive("足利高氏为何倒戈天皇?", "1333年,幕府派足利高氏前去平乱,足利高氏早已不满北条氏专制政权,途中倒戈天皇")
    assert got is not None and got.text == "不满北条氏专制政权" and got.rule == "sentence+motive"
    got = _motive("总参谋长小毛奇为什么决定调派兵力到东线?",
                  "计划的目的为先向西击败法国,然而总参谋长小毛奇却害怕德军在东线没有足够兵力应付俄国")
    assert got is not None and got.text == "害怕德军在东线没有足够兵力应付俄国"


def test_not_another_persons_feeling_nor_a_verb_far_off():
    # the feeling is another person's
    assert _motive("足利高氏为何倒戈天皇?", "幕府派足利高氏前去平乱,天皇早已不满北条氏专制政权,高氏途中倒戈") is None
    # the verb is too far from the subject to be its own
    assert _motive("足利高氏为何倒戈天皇?", "足利高氏率领各地豪族的大军前去平乱时不满北条氏,途中倒戈天皇") is None
    # not a why-question
    assert _motive("足利高氏何时倒戈天皇?", "足利高氏早已不满北条氏专制政权,途中倒戈天皇") is None


def test_the_composer_answers_the_motive():
    text = "1333年,幕府派足利高氏前去平乱,足利高氏早已不满北条氏专制政权,途中倒戈天皇,领兵反抗幕府。"
    engine = engine_of([("足利高氏", [text])])
    answer = engine.ask("足利高氏为何倒戈天皇,并且号称勤王?")
    assert answer.text == "不满北条氏专制政权"
    assert answer.rule.endswith("+motive")


def test_the_sentence_before_a_result_is_read_for_the_motive():
    # "故此,他决定…" tells only the effect: the sentence before it answers (cause_told_before.py), cut to the motive
    text = ("施里芬计划的目的为先向西击败法国然后再往东对付俄国,"
            "然而总参谋长小毛奇却害怕德军在东线没有足够兵力应付俄国。故此,他决定于西线调派多一些兵力到东线上应付俄军。")
    engine = engine_of([("施里芬计划", [text])])
    answer = engine.ask("总参谋长小毛奇为什么决定于西线调派多一些兵力到东线上应付俄军?")
    assert answer.text == "害怕德军在东线没有足够兵力应付俄国"
    assert answer.rule.endswith("+motive")
