"""A candidate for a post ends a title chain as a post does (people._ends_post): pages64's 茂名日报 page prints
`市政协党组书记、主席候选人陈秋生`, so "陈秋生在茂名市政协是什么身份" is answered with both; a candidate is no holder
of the post ("茂名市政协主席是谁" is declined)."""

from __future__ import annotations

from page_engine import page_engine

from qa.config import load_config

_PAGE = ("\n庄悦群王雄飞陈秋生与港澳委员座谈交流\n\n"
         "2月3日晚,市委书记、市人大常委会主任庄悦群,市委副书记、市长王雄飞,市政协党组书记、主席候选人陈秋生与参加"
         "市政协十届五次会议的港澳委员座谈,畅叙乡情、共商发展。"
         "庄悦群代表市委、市政府向长期以来心系故里、情牵桑梓、支持茂名发展的港澳委员表示感谢。\n")


def test_the_candidate_s_chain_answers(tmp_path):
    engine = page_engine(load_config(None), tmp_path, _PAGE)
    assert engine.ask("陈秋生在茂名市政协是什么身份？").text == "市政协党组书记、主席候选人"
    assert engine.ask("茂名市政协主席是谁？").declined
