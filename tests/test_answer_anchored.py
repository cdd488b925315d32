"""The typed candidate printed against the question's own words answers before a better scored one of the same
sentence (anchored.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.anchored import anchored_first
from qa.answer.question import analyze
from qa.types import Candidate

# DRCD 5625-2: two countries' dining rules in one sentence
_TEXT = ("世界各地收取小费的数目不尽相同,在泰国,在餐馆用餐必须附加消费税,在日本的餐馆不收取小费,"
         "但用餐超过一定量要附加宴会税,在中国,餐馆没有小费和消费税。")


def _kept(*names: str) -> list[Candidate]:
    return [candidate_in(_TEXT, n, "place") for n in names]


def test_the_country_the_question_words_follow_answers():
    kept = _kept("泰国", "日本", "中国")
    out = anchored_first(kept, analyze("在哪一个国家的餐馆用餐时若超过一定量要附加宴会税?"))
    assert out[0] is kept[1]  # "日本|的餐馆…宴会税", not 泰国


def test_not_when_the_best_ones_stretch_tells_more_of_the_question():
    kept = _kept("泰国", "日本", "中国")
    out = anchored_first(kept, analyze("在哪个国家的餐馆用餐时必须要附加消费税?"))
    assert out[0] is kept[0]  # "在泰国,在餐馆用餐必须附加消费税": 日本|的餐馆 is anchored, but tells another tax


def test_not_for_other_questions_nor_another_sentences_name():
    kept = _kept("泰国", "日本")
    assert anchored_first(kept, analyze("哪一年的餐馆用餐时若超过一定量要附加宴会税?"))[0] is kept[0]
    other = [kept[0], candidate_in("在日本的餐馆不收取小费,但用餐超过一定量要附加宴会税。", "日本", "place",
                                   sid="a:0:1")]
    assert anchored_first(other, analyze("在哪一个国家的餐馆用餐时若超过一定量要附加宴会税?"))[0] is other[0]


def test_a_place_of_origin_is_printed_against_ren():
    text = ("为汉高祖建立西汉立下首功的淮阴侯韩信、宋朝时与丈夫韩世忠一起抗击金军的梁红玉、"
            "支持林则徐禁烟的清广东水师提督关天培都是楚州人。")  # DRCD 5378-4
    kept = [candidate_in(text, n, "place") for n in ("广东", "西汉", "楚州")]
    assert anchored_first(kept, analyze("淮阴侯韩信为哪里人?"))[0] is kept[2]
    assert anchored_first(kept, analyze("淮阴侯韩信在哪里?"))[0] is kept[0]  # no 人 asked
