"""A weekday asked (星期几, 礼拜几, 周几) is a when-question, and a weekday alone (周三, 星期六) is a time span that
answers it; 周几报 (a paper printed so many times a week) asks no day."""

from qa.answer.question import analyze
from qa.answer.typed import times


def _times(text: str) -> list[str]:
    return [text[s.start:s.end] for s in times(text)]


def test_a_weekday_asked_is_a_when_question():
    assert analyze("习近平是星期几在钓鱼台国宾馆会见奥巴马的?").qtype == "when"
    assert analyze("中华商报每逢星期几发行?").qtype == "when"
    assert analyze("会议是周几召开的?").qtype == "when"


def test_a_paper_printed_so_many_times_a_week_asks_no_day():
    assert analyze("1990年7月《毕节报》改为周几报?").qtype != "when"


def test_a_weekday_alone_is_a_time():
    assert "周三" in _times("习近平周三在钓鱼台国宾馆会见奥巴马")
    assert "星期六" in _times("本报每逢星期六出版")
    assert "本周五下午" in _times("活动将于本周五下午举行")
