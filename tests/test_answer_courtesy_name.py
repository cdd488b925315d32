""""X的字是什么" / "X字号是什么": the answer is cut to the name clause asked (courtesy_name.py). The sentences are
CMRC 2018's (魏玩) and DRCD's (李白), folded as the composer reads them."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.courtesy_name import courtesy_named
from qa.answer.question import analyze

_WEI = "魏玩,字玉汝,北宋襄阳邓城人,著名女词人,人称魏夫人,弟为北宋文人魏泰"
_LI = "字太白,号青莲居士,中国唐朝诗人,自言祖籍陇西成纪"


def test_the_courtesy_name_clause():
    best = candidate_in(_WEI, _WEI[_WEI.index("字"):], "sentence", "sentence")
    got = courtesy_named(best, analyze("魏玩的字是什么？"))
    assert got is not None and got.text == "字玉汝"


def test_a_zihao_question_asks_the_art_name():
    best = candidate_in(_LI, _LI, "sentence", "sentence")
    got = courtesy_named(best, analyze("李白，字號是什麼?"))
    assert got is not None and got.text == "号青莲居士"


def test_only_a_name_asked_cuts():
    best = candidate_in(_WEI, _WEI[_WEI.index("字"):], "sentence", "sentence")
    assert courtesy_named(best, analyze("魏玩是哪里人？")) is None
