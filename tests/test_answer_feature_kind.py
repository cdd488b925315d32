"""The place whose name ends in the kind of feature the question word names answers before the sentence's other
places (feature_kind.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.feature_kind import feature_kind_first
from qa.answer.question import analyze
from qa.normalize import fold
from qa.types import Candidate

# DRCD 6509-1: the river's course, the strait it flows into last
_TEXT = "經過中國黑龍江省北界與俄羅斯遠東聯邦管區南界，之後以東北向穿越伯力邊疆區，最終流入韃靼海峽。"


def _kept(*names: str) -> list[Candidate]:
    return [candidate_in(_TEXT, n, "place") for n in names]


def test_the_place_named_as_the_kind_asked_answers():
    kept = _kept("俄羅斯遠東", "管區", "中國黑龍江省", "韃靼海峽")
    out = feature_kind_first(kept, analyze(fold("黑龍江在哪一個海峽入海?")))
    assert out[0] is kept[3]  # 韃靼海峽, not the region the river passes


def test_not_when_no_kind_is_asked_nor_the_best_one_is_of_it():
    kept = _kept("俄羅斯遠東", "韃靼海峽")
    assert feature_kind_first(kept, analyze(fold("黑龍江流經哪裡?")))[0] is kept[0]
    strait = _kept("韃靼海峽", "俄羅斯遠東")
    assert feature_kind_first(strait, analyze(fold("黑龍江在哪一個海峽入海?")))[0] is strait[0]


def test_not_another_sentences_place():
    kept = [candidate_in(_TEXT, "俄羅斯遠東", "place"),
            candidate_in("黑龍江最終流入韃靼海峽。", "韃靼海峽", "place", sid="a:0:1")]
    assert feature_kind_first(kept, analyze(fold("黑龍江在哪一個海峽入海?")))[0] is kept[0]


def test_the_kind_right_after_the_question_word():
    text = "高加索山脈包括:大高加索山脈和小高加索山脈。"  # DRCD 5615-1
    kept = [candidate_in(text, n, "place") for n in ("高加索", "小高加索山脈")]
    out = feature_kind_first(kept, analyze(fold("高加索山脈是由大高加索山脈以及哪一個山脈所組成的?")))
    assert out[0] is kept[1]


def test_a_longer_word_the_kind_begins_is_no_kind_asked():
    kept = _kept("俄羅斯遠東", "韃靼海峽")
    assert feature_kind_first(kept, analyze(fold("黑龍江流入哪一片海域?")))[0] is kept[0]
