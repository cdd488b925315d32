"""The time of the event asked among several times of one sentence: the one whose words after it hold the
question's words after its question word (own_event.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.own_event import event_time_first
from qa.answer.question import analyze

_INAUGURATION = ("同年3月29日于南京报到召开行宪后的国民大会,4月在南京选举出蒋中正为第一届中华民国总统,"
                 "5月20日在南京总统府举行就职典礼。")
_FOUNDED = ("1860年美国总统选举后,在林肯入主白宫前,有七个州脱离联邦,1861年2月9日,"
            "它们组织建立了一个新的南方政府—美利坚联盟国。")


def _times(text: str, *times: str) -> list:
    return [candidate_in(text, t, "time", score=10.0 - k) for k, t in enumerate(times)]


def test_the_time_whose_words_tell_the_event_asked_goes_first():
    kept = _times(_INAUGURATION, "3月29日", "4月", "5月20日")
    assert event_time_first(kept, analyze("并于何时于南京举行就职典礼?"))[0].text == "5月20日"
    kept = _times(_FOUNDED, "1860年", "1861年2月9日")
    assert event_time_first(kept, analyze("美国的南部政府在何时成立美利坚联盟国?"))[0].text == "1861年2月9日"


def test_the_best_time_telling_the_event_or_no_event_asked_keeps_the_order():
    kept = _times(_INAUGURATION, "5月20日", "3月29日")
    assert event_time_first(kept, analyze("并于何时于南京举行就职典礼?"))[0].text == "5月20日"
    kept = _times(_INAUGURATION, "3月29日", "5月20日")
    assert event_time_first(kept, analyze("国民大会是何时?"))[0].text == "3月29日"


def test_a_clause_leading_into_the_next_time_is_that_times():
    text = "创立于1848年,招收第一班学生则为1849年2月。"
    kept = _times(text, "1849年2月", "1848年")
    assert event_time_first(kept, analyze("该校在哪一年时招收第一班学生?"))[0].text == "1849年2月"


def test_a_listed_time_or_one_of_another_grain_is_not_moved():
    text = "1971年7月9日、10月,美国总统特使亨利·基辛格秘访北京,与周恩来进行长期会谈。"
    kept = _times(text, "1971年7月9日", "10月")
    assert event_time_first(kept, analyze("基辛格在哪一年时秘访北京且与周恩来进行长期会谈?"))[0].text == "1971年7月9日"
    text = "民国37年,由于军事失利,杨森于4月被调任为重庆市市长。"
    kept = [candidate_in(text, "民国37年", "time", score=9.0),
            candidate_in(text, "4月", "time", score=4.2, features=(("grain_miss", 1.0),))]
    assert event_time_first(kept, analyze("杨森在哪一年被调任为重庆市市长?"))[0].text == "民国37年"


def test_the_question_words_function_characters_do_not_count():
    # "的时候,《建筑十书》于罗马": 的时, 时候, 于罗 are no part of the event; counted, 1486年's words hold too little
    text = "《建筑十书》在1414年被人文学家波焦重新发现,1486年在罗马重新出版,1520年被翻译成义大利语。"
    kept = _times(text, "1414年", "1486年", "1520年")
    assert event_time_first(kept, analyze("在哪一年的时候,《建筑十书》于罗马重新出版?"))[0].text == "1486年"
