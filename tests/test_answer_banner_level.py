"""内蒙古's village level asked (在哪个嘎查) is read off the name before it (banner_level.py): pages70's 北方新闻网
page on 西乌珠穆沁旗's herders."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.banner_level import banner_levels
from qa.answer.question import analyze
from qa.config import load_config

_CAPTION = "7月22日,锡林郭勒盟西乌珠穆沁旗浩勒图高勒镇脑干宝力格嘎查,返乡创业青年乌音嘎在直播带货中。"
_INN = "在乌音嘎家40公里外的脑干哈达嘎查,返乡创业做草原民宿的青年伊柠正忙得团团转。"


def test_the_village_asked():
    info = analyze("伊柠的民宿在哪个嘎查？")
    assert (info.qtype, info.unit) == ("where", "嘎查")


def test_the_name_before_the_level():
    assert [_CAPTION[sp.start:sp.end] for sp in banner_levels(_CAPTION, "嘎查")] == ["脑干宝力格嘎查"]
    assert [_INN[sp.start:sp.end] for sp in banner_levels(_INN, "嘎查")] == ["脑干哈达嘎查"]  # after 的
    assert banner_levels(_INN, "镇") == []  # other levels: levels.py, placed_level.py


def test_the_village_answers(tmp_path):
    page = "\n草原上的新牧民\n\n" + _CAPTION + "\n\n" + _INN + "\n"
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask("伊柠的民宿在哪个嘎查？").text == "脑干哈达嘎查"
