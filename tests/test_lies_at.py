"""A where-question asking where its subject lies (位在何處, 位在…哪一個省), was born (在哪裡出生) or plays (效力于哪儿)
is answered by the place the sentence prints right after its own verb of that kind, not another place scored first
(lies_at.py)."""

from __future__ import annotations

from dataclasses import replace

from candidates import candidate_in

from qa.answer.lies_at import lies_at_first
from qa.answer.question import analyze

# DRCD 5641-1-3 and 5769-1-1
_PEAK = "最高峰在塔特拉山的格爾拉赫峰，海拔2655米，位於斯洛伐克境內。"
_PREFECTURE = "西雙版納傣族自治州，簡稱西雙版納州，是中華人民共和國雲南省下轄的自治州，位於雲南省西南端。"


def test_the_place_after_the_verb_of_lying_answers():
    kept = [candidate_in(_PEAK, "塔特拉山", "place", score=9.0), candidate_in(_PEAK, "斯洛伐克", "place", score=8.0)]
    assert lies_at_first(kept, analyze("喀爾巴阡山脈的最高峰位在何處?"))[0].text == "斯洛伐克"


def test_a_scope_between_the_verb_and_the_question_word():
    first = candidate_in(_PREFECTURE, "中華人民共和國雲南省", "place", score=9.0)
    at = _PREFECTURE.index("位於") + 2  # the second 雲南省, printed after the verb
    kept = [first, replace(first, text="雲南省", start=at, end=at + 3, score=8.0)]
    assert lies_at_first(kept, analyze("西雙版納州位在中國境內的哪一個省中?"))[0].start == at


def test_other_questions_keep_the_order():
    kept = [candidate_in(_PEAK, "塔特拉山", "place", score=9.0), candidate_in(_PEAK, "斯洛伐克", "place", score=8.0)]
    assert lies_at_first(kept, analyze("喀爾巴阡山脈的最高峰在哪一座山?"))[0].text == "塔特拉山"


# DRCD 5622-1-1, CMRC TRIAL_990_QUERY_0
_POPE = "教宗亞歷山大六世，原名羅德里哥·迪波吉亞，出身於波吉亞家族，誕生於西班牙瓦倫西亞，是加里斯都三世的外甥。"
_PLAYER = "小艾瑞克·高登（Eric Gordon, Jr.，），美国职业篮球运动员，现效力于NBA休士顿火箭。"


def test_the_place_after_a_verb_of_birth_answers_where_born():
    kept = [candidate_in(_POPE, "波吉亞", "place", score=9.0),
            candidate_in(_POPE, "西班牙瓦倫西亞", "place", score=8.0)]
    assert lies_at_first(kept, analyze("教宗亞歷山大六世在哪裡出生?"))[0].text == "西班牙瓦倫西亞"


def test_the_slot_after_the_verb_of_service_to_its_clause_end():
    kept = [candidate_in(_PLAYER, "美国", "place", score=9.0),
            candidate_in(_PLAYER, "NBA休士顿火箭", "slot", score=8.0)]
    assert lies_at_first(kept, analyze("小艾瑞克·高登现效力于哪儿？"))[0].text == "NBA休士顿火箭"


# CMRC TRIAL_405_QUERY_1
_MUSEUM = "黑龙江省博物馆是中国省级综合性博物馆，位于黑龙江省哈尔滨市红军街50号。"


def test_a_bare_at_closing_the_question_asks_where_it_lies():
    kept = [candidate_in(_MUSEUM, "中国省级综合性博物馆", "place", score=9.0),
            candidate_in(_MUSEUM, "黑龙江省哈尔滨市", "place", score=8.0)]
    assert lies_at_first(kept, analyze("黑龙江省博物馆在哪？"))[0].text == "黑龙江省哈尔滨市"


def test_a_bare_at_before_an_event_keeps_the_order():
    kept = [candidate_in(_MUSEUM, "中国省级综合性博物馆", "place", score=9.0),
            candidate_in(_MUSEUM, "黑龙江省哈尔滨市", "place", score=8.0)]
    assert lies_at_first(kept, analyze("黑龙江省博物馆在哪里举办展览？"))[0].text == "中国省级综合性博物馆"
