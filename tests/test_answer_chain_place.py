"""A bare post of a level printed after a place's named one is that place's (chain_place.py): pages63's 怀宁新闻网
page, where 枞阳's delegation visits 我县 (怀宁)."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.chain_place import level_of, named_before
from qa.config import load_config

_LEAD = "本网讯 11月4日,铜陵市市委常委、枞阳县委书记杨文萍,县委副书记、县长廖志远率党政代表团来我县考察学习。"
_HOSTS = ("县委书记余学峰,县委副书记、县长陈宏,县人大常委会主任邵伟民,县政协主席曹紫权,县委副书记代瑜等陪同;"
          "枞阳县人大常委会主任吴峰、县政协主席黄楚,县委副书记孙公明等参加考察。")


def test_the_level_of_a_bare_post():
    assert level_of("县长") == "县"
    assert level_of("县政协主席") == "县"
    assert level_of("枞阳县委书记") == ""  # named
    assert level_of("市场监管局局长") == ""  # 市场 is no level's body


def test_the_place_named_last_before_the_post():
    assert named_before(_LEAD, _LEAD.index("县委副书记、县长"), "县") == "枞阳"
    assert named_before(_HOSTS, _HOSTS.index("县政协主席黄楚"), "县") == "枞阳"
    assert named_before(_HOSTS, _HOSTS.index("县长陈宏"), "县") == ""  # the page's own county, never named here


def test_the_host_county_s_heads_answer(tmp_path):
    page = ("\n枞阳县党政代表团来怀考察\n\n" + _LEAD + _HOSTS
            + "\n\n考察中,代表团一致认为,近年来,怀宁县全力以赴拼经济、搞建设,经济发展持续向好。\n")
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask("怀宁县县长是谁？").text == "陈宏"
    assert engine.ask("怀宁县政协主席是谁？").text == "曹紫权"
