"""The hour printed right after a month and day ("于7月3日11时发布") stays with the day in one time span: a
when-question asks the moment, not only the day (typed._TIME_RES)."""

from qa.answer.typed import extract
from qa.normalize import fold


def _times(engine, text: str) -> list[str]:
    f = fold(text)
    return [f[sp.start:sp.end] for sp in extract(f, engine.tokenizer.pos(f)) if sp.type == "time"]


def test_the_hour_after_the_day_is_one_time(engine):
    assert "7月3日11时" in _times(engine, "省气象台于7月3日11时发布暴雨蓝色预警。")
    assert "3月5日上午9时30分" in _times(engine, "会议于3月5日上午9时30分开幕。")


def test_a_day_alone_is_still_the_day(engine):
    assert "7月3日" in _times(engine, "省气象台于7月3日发布暴雨蓝色预警。")
