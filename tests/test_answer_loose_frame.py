"""A whole sentence given for a 什么-question whose left anchor is printed only in part: the run between the
question's last echoed pair before 什么 and its words after it (loose_frame.py)."""

from __future__ import annotations

from candidates import whole

from qa.answer.loose_frame import loose_frame
from qa.answer.question import analyze
from qa.normalize import fold


def test_the_run_between_the_echoed_pair_and_the_words_after_the_question_word():
    # DRCD 3356-3-3 (gold 情感支持): the question's 提供的 is not printed, 人士 and 很有帮助 are
    info = analyze("在生產過程中，很多女性認為伴侶或是專業人士提供的什麼是很有幫助的?")
    got = loose_frame(whole(fold("很多女性還覺得伴侶、夥伴或專業人士的情感支持很有幫助。")), info)
    assert got is not None and got.text == fold("情感支持")


def test_a_pointer_and_a_connective_are_no_name():
    # DRCD 5780-6-1 (gold 腔隙, named in the sentence before): "由|此而|被送进" names nothing
    info = analyze("含氧量低的血液會經由什麼被送進動脈中?")
    assert loose_frame(whole(fold("含氧量低的血液由此而被送進動脈中,這種心臟泵出的血流只有一股。")), info) is None
