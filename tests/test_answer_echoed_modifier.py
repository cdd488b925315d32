"""A name the question prints only inside a longer one stays a candidate: the place a route passes (echoed_modifier.py,
route_leg.py)."""

from __future__ import annotations

from qa.answer.echoed_modifier import modifier_only
from qa.answer.route_leg import passed_place

# DRCD 1174-13-1, folded
_ROAD = "由当地经济共同资助的埃姆斯兰高速公路阿31,它从东弗里斯兰出发经过埃姆斯兰到博特罗普,最后到达西部鲁尔区。"
_QUESTION = "从博特罗普走埃姆斯兰高速公路阿31到东弗里斯兰会经过哪边?"


def test_the_question_names_it_only_as_the_road_s_modifier():
    at = _ROAD.index("经过") + 2
    assert modifier_only(_ROAD, at, at + 4, _QUESTION, at)


def test_a_name_the_question_prints_alone_or_away_from_the_anchor_is_its_echo():
    at = _ROAD.index("经过") + 2
    assert not modifier_only(_ROAD, at, at + 4, "从东弗里斯兰出发会经过哪里才到埃姆斯兰?", at)
    first = _ROAD.index("埃姆斯兰")  # printed as the question prints it: 埃姆斯兰高速公路
    assert not modifier_only(_ROAD, first, first + 4, _QUESTION, first)
    assert not modifier_only(_ROAD, at, at + 4, _QUESTION, at - 1)


def test_the_place_a_route_passes_before_its_next_leg():
    at = _ROAD.index("经过") + 2
    got = passed_place(_ROAD, at, _ROAD.index(",", at), "从博特罗普走埃姆斯兰高速公路阿31到东弗里斯兰会经过", _QUESTION)
    assert got is not None and _ROAD[got.start:got.end] == "埃姆斯兰"
    # no passing verb asked, or the question printing the place alone
    assert passed_place(_ROAD, at, _ROAD.index(",", at), "从东弗里斯兰出发", _QUESTION) is None
    assert passed_place(_ROAD, at, _ROAD.index(",", at), "会经过", "会经过埃姆斯兰吗?") is None
