"""An open slot running into the question's predicate ends before the adverb opening it (echoed_predicate.py)."""

from __future__ import annotations

import jieba.posseg

from qa.answer.echoed_predicate import before_echoed_predicate

# DRCD 3300-2-5, folded
_DESTROYER = ("随着更多的驱逐舰进入各国海军服役,英国江河级驱逐舰已发展成伴随主力舰队的护航舰艇,"
              "英国部族级驱逐舰开始使用燃油。")
_ASKED = "驱逐舰出现后,逐渐安装更重装的火力,英国的哪一级战舰已成为主力舰队的护航船只?"


def _pos(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in jieba.posseg.cut(text)]


def _cut(sentence: str, slot: str, question: str) -> str:
    start = sentence.index(slot)
    return sentence[start:before_echoed_predicate(_pos(sentence), start, start + len(slot), question)]


def test_the_slot_ends_before_the_adverb_of_the_echoed_predicate():
    assert _cut(_DESTROYER, "江河级驱逐舰已发展成伴随主力舰队的护航舰艇", _ASKED) == "江河级驱逐舰"


def test_an_adverb_opening_no_echo_leaves_the_slot():
    # the words after 已 are not the question's: the slot is the answer as it is
    assert _cut(_DESTROYER, "江河级驱逐舰已发展成伴随主力舰队的护航舰艇", "英国的哪一级战舰负责护航?") \
        == "江河级驱逐舰已发展成伴随主力舰队的护航舰艇"
