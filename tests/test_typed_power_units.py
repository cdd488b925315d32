"""A power in 兆瓦 or 千瓦 (`50兆瓦`, `200千瓦`) is one number span with its unit: 兆 and 千 before 瓦 are the
unit's, not a magnitude that leaves `瓦` behind (`50兆`)."""

from qa.answer.typed import numbers


def _spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in numbers(text)]


def test_megawatts_and_kilowatts_keep_their_unit():
    assert "50兆瓦" in _spans("哈密50兆瓦熔盐塔式光热发电站全景")
    assert "200千瓦" in _spans("装机容量200千瓦的光伏电站")
    assert "115.7万千瓦" in _spans("风力发电装机容量达到115.7万千瓦")


def test_magnitudes_before_other_units_stay():
    assert "3兆元" in _spans("預算3兆元")
    assert "5千多人" in _spans("共有5千多人参加")
