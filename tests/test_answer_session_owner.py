"""A session named before a delegation's post in its short form (session_owner.py): pages63's 南充新闻网 page."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.session_owner import abridged, session_printed
from qa.config import load_config

_HEAD = "四川省第十四届人民代表大会第五次会议南充市代表团召开全体会议,审议审查相关报告和草案"
_S = "省人大代表、市委书记、南充市代表团团长张冬云主持会议并和代表们一起审议。"


def test_the_short_form_of_a_session():
    assert abridged("四川省第十四届人民代表大会第五次会议") == "四川省十四届人大五次会议"
    assert session_printed("四川省十四届人大五次会议", _HEAD)
    assert not session_printed("四川省十四届人大四次会议", _HEAD)  # another session
    assert not session_printed("南充市代表团", _HEAD)  # no session: the owner must be printed as it is


def test_the_delegation_head_answers(tmp_path):
    page = "\n" + _HEAD + "\n\n2月4日上午,南充市代表团召开全体会议。" + _S + "\n"
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask("四川省十四届人大五次会议南充市代表团团长是谁？").text == "张冬云"
