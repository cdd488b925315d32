"""The place the question's verb governs answers where: right after the verb (a preposition or one 的-phrase
between), or right before the verb the question puts after its question word (verb_place.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.verb_place import verb_place_first

# DRCD 5687-4-1 and 6107-2-1
_INVADED = "2008年8月7日，喬治亞軍隊進攻與俄羅斯接鄰的南奧塞提亞自治區，試圖將該地重納入其政府軍管轄之下。"
_SIEGED = "8月中旬，法軍已被普軍一分為二，由巴贊元帥領軍的萊茵軍團共17萬人，被普軍包圍於麥茨要塞；"


def test_the_place_after_the_verb_and_its_modifier_answers():
    kept = [candidate_in(_INVADED, "俄羅斯", "place", score=10.5),
            candidate_in(_INVADED, "南奧塞提亞自治區", "place", score=9.6)]
    question = analyze("喬治亞軍隊於2008年時進攻哪一個地方並且試圖將其納入喬治亞政府軍管轄之下?")
    assert verb_place_first(kept, question)[0].text == "南奧塞提亞自治區"


def test_the_slot_after_the_verb_and_its_preposition_answers():
    kept = [candidate_in(_SIEGED, "萊茵", "place", score=9.2),
            candidate_in(_SIEGED, "麥茨要塞", "slot", score=7.9)]
    assert verb_place_first(kept, analyze("法軍在8月中旬被普軍包圍於何處?"))[0].text == "麥茨要塞"


def test_a_place_the_verb_does_not_govern_keeps_the_order():
    kept = [candidate_in(_SIEGED, "萊茵", "place", score=9.2),
            candidate_in(_SIEGED, "麥茨要塞", "slot", score=7.9)]
    assert verb_place_first(kept, analyze("巴贊元帥領軍的是哪裡的軍團?"))[0].text == "萊茵"
    # a place inside the governed span is the same place told shorter
    text = "元朝定都於漢地大都，"
    kept = [candidate_in(text, "大都", "place", score=9.0), candidate_in(text, "漢地大都", "slot", score=8.0)]
    assert verb_place_first(kept, analyze("元朝定都於何處?"))[0].text == "大都"
