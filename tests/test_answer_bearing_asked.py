"""A place asked by its bearing: the place of the sentence standing against the same bearing answers first
(bearing_asked.py). The sentences are DRCD's."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.bearing_asked import bearing_first
from qa.answer.question import analyze
from qa.normalize import fold
from qa.types import Candidate

_ISLANDS = fold("英屬維京群島，又譯英屬處女群島，是英國海外領土，位於加勒比海地區，處於波多黎各以東。")
_REACHES = fold("元世祖至元十七年元朝的疆域範圍：東北至外興安嶺、鄂霍次克海、日本海，包括庫頁島，併到達朝鮮半島中部的"
                "鐵嶺和慈悲嶺一帶，北到西伯利亞南部，南到南海，東南到達東海中的澎湖列島。")


def _c(sentence: str, name: str, score: float) -> Candidate:
    return candidate_in(sentence, fold(name), kind="place", score=score)


def test_the_place_before_the_bearing_asked_after_the_question_word():
    # DRCD 2529-1-2: 英國 owns the islands; they lie east of 波多黎各
    kept = [_c(_ISLANDS, "英國", 9.1), _c(_ISLANDS, "加勒比海地區", 9.0), _c(_ISLANDS, "波多黎各", 8.9)]
    got = bearing_first(kept, analyze(fold("英屬維京群島在哪一個國家的東部地區?")))
    assert got[0].text == fold("波多黎各")


def test_the_place_reached_at_the_bearing_asked_before_the_question_word():
    # DRCD 4893-11-1: 南到|南海; 朝鮮半島 is reached in the north-east
    kept = [_c(_REACHES, "朝鮮半島", 10.1), _c(_REACHES, "西伯利亞", 9.4), _c(_REACHES, "南海", 9.3)]
    got = bearing_first(kept, analyze(fold("元世祖至元十七年元朝的疆域範圍最南可以到達哪裡?")))
    assert got[0].text == fold("南海")


def test_the_order_stays():
    kept = [_c(_ISLANDS, "英國", 9.1), _c(_ISLANDS, "波多黎各", 8.9)]
    # no bearing asked
    assert bearing_first(kept, analyze(fold("英屬維京群島是哪一個國家的海外領土?"))) == kept
    # another bearing: no place stands west of anything
    assert bearing_first(kept, analyze(fold("英屬維京群島在哪一個國家的西部地區?"))) == kept
