"""A part of a named country asked and another country given: a place of the sentence that names no country answers
first, and the country is declined when none is there (part_asked.py). The sentence is DRCD's."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.part_asked import country_for_part, part_first
from qa.answer.question import analyze
from qa.normalize import fold
from qa.types import Candidate

_NET = fold("美國《財富》2011年報導說，2010年韓國網速每秒流量為14百萬位元／秒，是全球平均網速的約7倍，"
            "而美國50個州中網速最快的德拉瓦州也只有韓國的一半水平。")
_ASKED = "2010年美國哪一地區的網路的速度只有一秒七百萬位元？"


def _c(name: str, score: float) -> Candidate:
    return candidate_in(_NET, fold(name), kind="place", score=score)


def test_a_part_of_the_country_answers_before_another_country():
    # DRCD 1193-44-1: 韓國 is compared with 美國, 德拉瓦州 is one of its states
    kept = [_c("韓國", 9.8), _c("德拉瓦州", 6.3)]
    assert part_first(kept, analyze(fold(_ASKED)))[0].text == fold("德拉瓦州")


def test_another_country_is_declined():
    assert country_for_part(analyze(fold(_ASKED)), _c("韓國", 9.8)) == "decline:kind"
    assert country_for_part(analyze(fold(_ASKED)), _c("德拉瓦州", 6.3)) == ""


def test_the_order_stays():
    kept = [_c("韓國", 9.8), _c("德拉瓦州", 6.3)]
    # no part of a country asked: a country may answer
    assert part_first(kept, analyze(fold("2010年哪一個國家的網速為每秒14百萬位元？"))) == kept
    # the country asked a part of is not named before the question word
    assert country_for_part(analyze(fold("新北市的哪一地區為直轄市山地原住民區？")), _c("韓國", 9.8)) == ""
