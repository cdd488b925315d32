"""An age asked of a person is the one printed right before that person's name (age_of.py, through
precedence.put_first); an age printed before another name, in a sentence that never names the one asked, is
declined (age_of_other)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.age_of import age_before_name, age_of_other
from qa.answer.precedence import put_first
from qa.answer.question import analyze
from qa.normalize import fold

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


def _age_why(question: str, sentence: str, answer: str) -> str:
    sentence = fold(sentence)
    return age_of_other(analyze(fold(question)), candidate_in(sentence, answer))


def test_an_age_printed_before_another_name_declines():
    # pages70 (北方新闻网): 乌音嘎's age, the page prints none of 伊柠's
    assert _age_why("伊柠今年多少岁？", "27岁的乌音嘎说。", "27岁") == "decline:subject"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("乌音嘎今年多少岁？", "27岁的乌音嘎说。", "27岁"),  # the name asked
    ("伊柠今年多少岁？", "今年27岁的她说。", "27岁"),  # a pronoun may point to the one asked
    ("伊柠今年多少岁？", "伊柠说,27岁的时候她回到了草原。", "27岁"),  # a time, no name
    ("伊柠今年多少岁？", "伊柠是27岁的乌音嘎的妹妹。", "27岁"),  # the one asked named in the sentence
])
def test_the_asked_name_a_pronoun_or_a_time_is_kept(question, sentence, answer):
    assert _age_why(question, sentence, answer) == ""
