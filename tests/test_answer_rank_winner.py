"""The team that won the place asked is the subject of 获得/夺得…<place> (rank_winner.py): a team's name ending in 队
is rarely a typed name, so without it the sentence listing the entrants answers with an entrant."""

from __future__ import annotations

from stories import engine_of

from qa.answer.rank_winner import asked_place, winners

_LEAD = ("10月2日下午,西牛镇首届篮球联赛决赛在该镇文体中心开赛,经过1个小时左右的激烈角逐,"
         "最终镇机关队以56:51战胜星村联队,获得冠军。")
_ENTRANTS = "从9月23日开赛至今,西牛镇首届篮球联赛共有来自该镇各机关单位、卫生院、中小学校、各村11支球队参赛。"
_PLACES = "经过9天29场紧张激烈的比赛角逐,最终镇机关队获得冠军,星村联队获得亚军,黄泥社区队获得季军。"


def _cut(folded: str, place: str) -> list[str]:
    return [folded[a:b] for a, b in winners(folded, place)]


def test_the_subject_of_winning_the_place_asked_is_its_team():
    assert _cut(_LEAD, "冠军") == ["镇机关队"]  # after the score it won by, the opener 最终 left off
    assert _cut(_PLACES, "季军") == ["黄泥社区队"]  # not 镇机关队 (冠军) or 星村联队 (亚军)
    assert _cut("加拿大队击败瑞士队夺得本届赛事冠军。", "冠军") == ["加拿大队"]
    assert _cut(_ENTRANTS, "冠军") == []


def test_only_a_team_asked_of_a_place():
    assert asked_place("西牛镇篮球联赛的季军是哪支球队?") == "季军"
    assert asked_place("冠军是哪个队?") == "冠军"
    assert asked_place("镇机关队获得了什么名次?") == ""
    assert asked_place("冠军奖品是什么?") == ""


def test_the_engine_answers_the_winner_not_an_entrant():
    engine = engine_of([("西牛镇首届篮球联赛顺利闭幕", [_LEAD, _ENTRANTS + _PLACES])], "r")
    got = engine.ask("西牛镇首届篮球联赛的冠军是哪支球队？")
    assert not got.declined and got.text == "镇机关队"
    got = engine.ask("西牛镇首届篮球联赛的季军是哪支球队？")
    assert not got.declined and got.text == "黄泥社区队"
