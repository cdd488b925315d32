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


# DRCD 3253-4-1: 土耳其 is scored at its first print (土耳其裔); the verb governs its second (偏袒土耳其人)
_FAVOURED = ("在當時的統計中，土耳其裔的居民僅佔全國20%不到的人口，因此希臘族群認為兩成不到的土耳其人卻擁有"
             "內閣決議中十席裡的三席代表，是英國人主導的憲法裡偏袒土耳其人的象徵。")


def test_a_name_printed_twice_is_governed_at_its_second_print():
    kept = [candidate_in(_FAVOURED, "希臘", "place", score=9.0), candidate_in(_FAVOURED, "土耳其", "place", score=8.0)]
    first = verb_place_first(kept, analyze("他們認為這是因為英國人較偏袒哪國導致?"))[0]
    assert first.text == "土耳其"
    assert _FAVOURED[first.start - 2:first.start] == "偏袒"  # the print the verb governs, shown in its place


def test_the_verb_keeps_its_preposition_when_it_is_its_own():
    # "受到哪一國的威脅": 受到 is the verb (受 alone is not); only 了 may stand between it and its place
    text = "然而到了1933年，全歐洲受到了納粹德國對外擴張的威脅，還曾加入國際旅遠征西班牙內戰。"
    kept = [candidate_in(text, "西班牙", "place", score=9.0), candidate_in(text, "納粹德國", "place", score=8.0)]
    assert verb_place_first(kept, analyze("南斯拉夫共產黨是由於受到哪一國的威脅?"))[0].text == "納粹德國"
