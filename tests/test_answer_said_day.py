"""The day something was said, not the day of what was said (said_day.py): a time stands before the verb it dates,
so for "哪天表示…" the time before 表示 answers, not the reported words' own time after it."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.said_day import said_day_first

_SAID = "11月11日,Greater Dandenong市议会表示,12月1日开始,所有维多利亚州的居民将被要求重新注册才能使用后院泳池。"


def _kept(sentence: str = _SAID) -> list:
    return [candidate_in(sentence, "12月1日", kind="time", score=12.0),
            candidate_in(sentence, "11月11日", kind="time", score=10.0)]


def test_the_day_before_the_saying_verb_dates_the_saying():
    kept = said_day_first(_kept(), analyze("Greater Dandenong市议会哪天表示后院泳池须重新注册？"))
    assert kept[0].text == "11月11日"


def test_the_day_of_the_reported_event_keeps_its_time():
    kept = said_day_first(_kept(), analyze("维多利亚州居民从哪天开始须重新注册后院泳池？"))
    assert kept[0].text == "12月1日"


def test_a_day_a_sentence_away_from_the_verb_is_not_taken():
    far = "11月11日。Greater Dandenong市议会表示,12月1日开始,所有维多利亚州的居民将被要求重新注册。"
    kept = said_day_first(_kept(far), analyze("Greater Dandenong市议会哪天表示后院泳池须重新注册？"))
    assert kept[0].text == "12月1日"
