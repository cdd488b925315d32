"""The body a where-answer's place runs on into (venue.py): "在北京海淀区妇女儿童活动中心…举行" → the centre."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.venue import venue_first
from qa.types import Candidate, CandidateType

_TEXT = "座谈会在北京海淀区妇女儿童活动中心四层会议室举行,北京市妇联主持"


def _c(text: str, kind: CandidateType, sentence: str = _TEXT) -> Candidate:
    return candidate_in(sentence, text, kind)


def test_the_centre_the_district_runs_on_into_answers():
    kept = [_c("北京海淀区", "place"), _c("海淀区妇女儿童活动中心", "org")]
    assert venue_first(kept, analyze("座谈会在哪里举行？")) is kept[1]


def test_not_an_organisation_apart_from_the_place():
    kept = [_c("北京海淀区", "place"), _c("北京市妇联", "org")]  # after a comma: another body
    assert venue_first(kept, analyze("座谈会在哪里举行？")) is None


def test_not_for_other_questions_nor_other_bests():
    kept = [_c("北京海淀区", "place"), _c("海淀区妇女儿童活动中心", "org")]
    assert venue_first(kept, analyze("座谈会由谁主持？")) is None
    assert venue_first(kept[::-1], analyze("座谈会在哪里举行？")) is None  # the best is no place
