"""A country asked (kinds.of_kind): a place that may be one but is not named as one ("江户", "波德平原") gives way
to a place of its sentence that is named as a country ("日本", "德国"); a region (印度支那) is no country."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.kinds import fits, named_country, of_kind
from qa.answer.question import analyze
from qa.types import Candidate


def _candidates(text: str, *spans: str) -> list[Candidate]:
    s = sentence_of(text)
    return [Candidate(text=x, sentence=s, start=text.index(x), end=text.index(x) + len(x), type="place",
                      score=10.0 - i, rule="type:place") for i, x in enumerate(spans)]


def test_a_country_is_named_by_its_name_or_its_ending_not_by_a_word_built_like_one():
    assert named_country("日本") and named_country("德國") and named_country("貴霜帝國")
    assert named_country("波蘭人民共和國") and named_country("中國大陸")
    assert not named_country("江戶") and not named_country("波德平原") and not named_country("两国")
    assert not fits("country", "印度支那") and not fits("country", "中南半島") and not fits("country", "歐洲")


def test_a_place_not_named_as_a_country_gives_way_to_one_of_its_sentence_that_is():
    kept = _candidates("历史上最早的期货市场是江户幕府时代的日本", "江户", "日本")
    assert of_kind(analyze("哪一個國家發展出歷史上最早的期貨市場?"), kept, lambda c: c)[0].text == "日本"
    # no country asked: the order stays
    assert of_kind(analyze("歷史上最早的期貨市場在哪裡?"), kept, lambda c: c)[0].text == "江户"


def test_a_country_named_only_in_another_sentence_or_an_item_left_out_keeps_the_order():
    best = _candidates("历史上最早的期货市场出现在江户", "江户")
    other = _candidates("日本的期货市场", "日本")
    got = of_kind(analyze("哪一個國家發展出歷史上最早的期貨市場?"), best + other, lambda c: c)
    assert got[0].text == "江户"
    kept = _candidates("巴尔干同盟由塞尔维亚、希腊、黑山和保加利亚组成,对抗土耳其帝国", "保加利亚", "土耳其帝国")
    q = analyze("巴爾幹同盟除了塞爾維亞、希臘、黑山,還有哪一個國家?")
    assert of_kind(q, kept, lambda c: c)[0].text == "保加利亚"


def test_water_named_after_a_country_is_no_country():
    assert not named_country("印度洋") and not named_country("日本海")
    assert named_country("印度")


def test_taiwan_names_of_countries_are_countries():
    # 尚比亞 (Zambia) stays first, not giving way to 印度洋 or another country of the sentence
    assert named_country("尚比亞") and named_country("肯亞") and named_country("克羅埃西亞")
    kept = _candidates("坦尚尼亚本土地处印度洋之间，西南与尚比亚、马拉威接壤", "尚比亚", "印度洋")
    assert of_kind(analyze("坦尚尼亞聯合共和國的西南邊是哪一國?"), kept, lambda c: c)[0].text == "尚比亚"
