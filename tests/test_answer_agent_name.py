"""A name jieba cut after its surname right after 由 and before a verb ("会议由陈|华文|主持") is read whole
(agent_name.py via names.persons). The sentence is mhrcw_20211214's (pages49)."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons


def _people(sentence: str) -> list[str]:
    return [sentence[s.start:s.end] for s in persons(sentence, pos_tags(sentence))]


def test_the_doer_after_you_is_read_whole():
    sentence = "会议由陈华文主持。"
    assert ("陈", "nr") in pos_tags(sentence) and ("华文", "nz") in pos_tags(sentence)  # jieba's cut
    assert _people(sentence) == ["陈华文"]


def test_no_you_or_no_verb_leaves_the_cut_alone():
    assert "陈华文" not in _people("他学陈华文字。")  # no 由 before the surname
    assert "陈华文" not in _people("此书由陈华文本。")  # no verb after the given name
