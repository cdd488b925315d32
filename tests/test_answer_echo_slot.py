"""A slot that only restates the question (its content words all the question's, one its verb) is no answer
(echo_slot.py): the sentence and its gap are read instead. Sentences from DRCD and CMRC (folded)."""

from __future__ import annotations

import pytest
from candidates import pos_tags

from qa.answer.echo_slot import echo_slot
from qa.normalize import fold


@pytest.mark.parametrize(("question", "sentence", "slot"), [
    ("世族豪強建立的塢堡有何功能?", "坞堡大多由世族豪强建立,主要作为军事防卫。", "大多由世族豪强建立"),
    ("公园里有一座小型的火车博物馆是用来做什么的?", "公园里亦有一座小型的火车博物馆,展示泰国的机车及车厢。",
     "公园里亦有一座小型"),
])
def test_the_question_restated_is_an_echo_slot(question, sentence, slot):
    start = sentence.index(slot)
    assert echo_slot(pos_tags(sentence), start, start + len(slot), fold(question))


@pytest.mark.parametrize(("question", "sentence", "slot"), [
    # a word the question does not print: the thing asked
    ("塢堡有何功能?", "坞堡大多由世族豪强建立,主要作为军事防卫。", "主要作为军事防卫"),
    # the question's nouns without its verb name the thing (乔治亚共和国 for 乔治亚…法定国名为何)
    ("喬治亞自蘇聯加盟共和國獨立後法定國名為何?", "独立后法定国名为「乔治亚共和国」,1995年8月24日该国通过新宪法。",
     "乔治亚共和国"),
    ("委員會建議《科學》所收到的論文稿件應該被分類為無爭議性以及具有什麼性質的文章?",
     "论文稿件应该被分类为无争议性和争议性的文章。", "争议性和争议性"),
])
def test_a_slot_naming_something_is_kept(question, sentence, slot):
    start = sentence.index(slot)
    assert not echo_slot(pos_tags(sentence), start, start + len(slot), fold(question))
