"""A when-question asking a meeting's time is not answered by the day of another meeting the sentence names
beside the day (asked_meeting.py): the words right before the meeting's head tell them apart."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.asked_meeting import asked_meeting, asked_meeting_first
from qa.answer.question import analyze
from qa.normalize import fold


def _when(question: str, *found: tuple[str, str]):
    cands = [candidate_in(fold(s), fold(t), "time", sid=f"a:0:{i}", score=10.0 - i)
             for i, (s, t) in enumerate(found)]
    return asked_meeting_first(cands, analyze(fold(question)))


def test_the_meeting_asked_is_read_before_the_question_word():
    assert asked_meeting(analyze("对上一次中日韩首脑会谈在哪一年举行？")) == ("会谈", "首脑")
    assert asked_meeting(analyze("会议在哪一年举行？")) is None  # no words of its own


def test_another_meeting_s_day_is_declined():
    ministers = ("据了解,对上一次三国外长会谈于2012年4月在中国举行。", "2012年4月")
    kept, untold = _when("对上一次中日韩首脑会谈在哪一年举行？", ministers)
    assert untold


def test_the_day_of_a_sentence_naming_the_meeting_asked_is_taken():
    follow_up = ("中非合作论坛第八届部长级会议成果落实协调人会议昨天以视频方式成功举行。", "昨天")
    held = ("继去年11月中非合作论坛第八届部长级会议之后,中非双方再次携手。", "去年11月")
    kept, untold = _when("中非合作论坛第八届部长级会议是什么时候举行的？", follow_up, held)
    assert kept[0].text == fold("去年11月") and not untold


def test_the_meeting_asked_or_one_pointed_back_to_keeps_its_day():
    kept, untold = _when("十四届三次会议哪天开幕？", ("1月8日,市政协十四届三次会议开幕。", "1月8日"))
    assert kept[0].text == "1月8日" and not untold
    kept, untold = _when("十四届三次会议哪天开幕？", ("1月8日,本次会议在市会堂开幕。", "1月8日"))
    assert not untold
    # a session told by its number (二次|会议) is left to the ordinal rules (agreement.other_ordinal)
    kept, untold = _when("政协十四届三次会议哪天开幕？", ("1月8日,政协十四届二次会议开幕。", "1月8日"))
    assert not untold
