"""A count of those who took part is not another fate for what they did there (taking_part.py)."""

from __future__ import annotations

from stories import engine_of


def test_the_runners_counted_by_what_they_did_took_part():
    engine = engine_of([("春日花开", ["2月23日上午,2025青河花海马拉松鸣枪开跑。",
                                      "随着发令枪响,1.5万名跑者如潮水般冲过起跑线,他们奔跑在花海之中。",
                                      "另一位来自外地的青河花海马拉松爱好者王五说:“能来真好。”"])], "p")
    got = engine.ask("2025青河花海马拉松有多少名跑者参加？")
    assert not got.declined and "1.5万名" in got.text
