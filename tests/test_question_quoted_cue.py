"""Question words inside the question's quotation marks ask nothing (question._unquoted): questions written for
these tests."""

from __future__ import annotations

from qa.answer.question import analyze


def test_a_question_word_in_a_quoted_saying_is_not_the_cue():
    assert analyze("说“华人到了哪儿，哪儿的经济就蒸蒸日上”的经济学教授是谁？").qtype == "who"
    assert analyze("打出「几时回家」横幅的是哪位球迷？").qtype == "who"


def test_a_cue_outside_the_quotes_is_read_as_before():
    assert analyze("“三个代表”重要思想是在哪里提出的？").qtype == "where"
    assert analyze("他在哪儿说“我们一定会赢”？").qtype == "where"
