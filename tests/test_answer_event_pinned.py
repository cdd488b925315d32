"""A post's holder asked by the occasion he attended (event_pinned.py via people_answer._people): a report that
never tells the occasion is of another day, its holder of the post not the one asked."""

from __future__ import annotations

from stories import engine_of

from qa.answer.event_pinned import occasion_untold


def _engine():
    return engine_of([
        ("泰州市领导调研港口", [
            "泰州市副市长王建国昨日到泰州港调研港口建设工作,察看了码头和仓储设施。"]),
        ("泰州植树节义务植树", [
            "3月12日,泰州市领导在高港区参加义务植树活动。",
            "泰州市副市长李华参加活动并与市民一起种下树苗。"]),
    ])


def test_another_occasion_s_report_does_not_name_the_holder():
    got = _engine().ask("出席泰州市新能源产业博览会开幕式的泰州市副市长是谁？")
    assert got.declined


def test_the_report_telling_the_occasion_does():
    got = _engine().ask("参加泰州市义务植树活动的泰州市副市长是谁？")
    assert not got.declined and got.text == "李华"


def test_a_deed_told_in_other_words_is_no_occasion_untold():
    # pages87: the report prints 提 where the question asks 提出 (a deed, not an occasion attended)
    got = engine_of([("雙城論壇華源提兩岸一家人 允推上海赴台旅遊團", [
        "上海副市長華源當天表示,「兩岸同胞從來都是一家人」,並宣布將推動上海居民赴台團體旅遊。"])]).ask(
        "在雙城論壇上提出兩岸一家人的上海副市長是誰？")
    assert not got.declined and got.text == "華源"


def test_an_occasion_told_by_the_whole_deed_holding_it():
    # pages52: 来徐州考察 is printed 来我市考察 in 徐州's own paper, the deed around it (率领…代表团) in full
    got = engine_of([("宿迁市党政代表团来我市考察", [
        "徐州日报讯 2月3日,宿迁市党政代表团在市委书记魏国强,市委副书记、市长王天琦率领下来我市考察。"])]).ask(
        "率领宿迁市党政代表团来徐州考察的宿迁市委书记是谁？")
    assert not got.declined and got.text == "魏国强"


def test_the_occasion_told_in_the_article():
    assert occasion_untold("出席新能源产业博览会开幕式", "副市长王建国到泰州港调研", "泰州市领导调研港口")
    assert not occasion_untold("参加义务植树活动", "副市长李华参加活动", "泰州市领导在高港区参加义务植树活动。")
    assert not occasion_untold("", "副市长李华参加活动", "")


def test_the_occasion_read_off_the_question():
    from qa.answer.event_pinned import occasion_asked
    assert occasion_asked("出席泰州市新能源产业博览会开幕式的泰州市副市长是谁？") == "出席泰州市新能源产业博览会开幕式"
    # a visit paid or people called on pin the holder as an occasion attended does
    asked = "来东台调研人大换届选举工作的盐城市人大常委会常务副主任是谁？"
    assert occasion_asked(asked) == "来东台调研人大换届选举工作"
    assert occasion_asked("看望慰问省两会新闻工作者的湖南省委书记是谁？") == "看望慰问省两会新闻工作者"
    assert occasion_asked("江津区区长是谁？") == ""
