"""A place asked where something was held is no place that only opens a quoted name (quoted_title.py). The sentence
is borneonews.net's (tests/data/pages/borneonews_20230321.txt)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.quoted_title import quoted_title_last
from qa.normalize import fold
from qa.types import Candidate

_DINNER = fold("也是沙巴中华大会堂总会长的吴添泉昨晚在这里皇子宴会厅,一项由该堂主办的“中国驻马大使馆公使唐锐莅临沙巴"
               "欢迎晚宴”上发表谈话。")


def _c(sentence: str, name: str, score: float, kind: str = "place") -> Candidate:
    return candidate_in(sentence, fold(name), kind=kind, score=score)


def test_the_place_outside_the_quotation_answers_first():
    kept = [_c(_DINNER, "中国驻马大使馆", 9.5, "org"), _c(_DINNER, "皇子宴会厅", 8.7)]
    got = quoted_title_last(kept, analyze(fold("沙巴中华大会堂欢迎公使唐锐的晚宴在哪里举行？")))
    assert got[0].text == fold("皇子宴会厅")


def test_the_order_stays():
    kept = [_c(_DINNER, "中国驻马大使馆", 9.5, "org"), _c(_DINNER, "皇子宴会厅", 8.7)]
    # not a where question
    assert quoted_title_last(kept, analyze(fold("哪个单位的公使莅临沙巴？"))) == kept
    # a place quoted alone is the place
    alone = fold("晚宴在“皇子宴会厅”举行,由中国驻马大使馆主办。")
    kept = [_c(alone, "皇子宴会厅", 9.5), _c(alone, "中国驻马大使馆", 8.7, "org")]
    assert quoted_title_last(kept, analyze(fold("晚宴在哪里举行？"))) == kept
