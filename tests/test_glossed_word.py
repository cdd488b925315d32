"""A bracketed gloss opening with 即 names the word right before it (short._glossed): "骠国(即缅甸的古称)" answers
"缅甸的古称是什么", and the words after the bracket name nothing. Sentences written for these tests."""

from __future__ import annotations

from qa.answer.short import named


def test_the_word_before_a_gloss_is_named():
    folded = "他们共同开发着骠国(即缅甸的古称)这美丽的国土。"
    got = {folded[s.start:s.end]: firm for s, firm in named(folded, "缅甸的古称是什么？")}
    assert got == {"骠国": 1.0}


def test_a_gloss_the_question_does_not_ask_names_nothing():
    folded = "他们共同开发着骠国(即缅甸的古称)这美丽的国土。"
    assert named(folded, "泰国的古称是什么？") == []
