"""A country asked and a sea, an ocean or a union of countries given is declined (country_as_water.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.country_as_water import country_as_water
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str) -> str:
    s = fold(sentence)
    return country_as_water(analyze(fold(question)), candidate_in(s, fold(answer), kind="place"))


def test_water_or_a_union_answers_no_country():
    # DRCD 2527-11-1 (asked with its paragraph not indexed), 2480-1-2 and 2496-2-3
    assert _why("朝鮮半島與東北亞中最強的為哪一個國家?",
                "元朝的疆域範圍：東北至外興安嶺、鄂霍次克海、日本海，包括庫頁島。", "日本海") == "decline:kind"
    assert _why("坦尚尼亞聯合共和國的西南邊是哪一國?",
                "坦尚尼亞聯合共和國位於赤道以南的東非國家，本土地處維多利亞湖和印度洋之間。",
                "印度洋") == "decline:kind"
    assert _why("哪一國為前南斯拉夫的領土分裂出來且只得到部分國家承認?",
                "科索沃獲得部分聯合國會員國承認。", "聯合國") == "decline:kind"


def test_a_country_stays():
    assert _why("蘇門達臘位於哪一個國家?", "蘇門達臘是印尼的島嶼。", "印尼") == ""
    assert _why("雷克雅未克是哪一個國家的首都?", "雷克雅未克是冰島的首都。", "冰島") == ""  # 岛 is left alone
    assert _why("日本海位於哪裡?", "日本海位於日本列島與亞洲大陸之間。", "日本列島") == ""  # no country asked
