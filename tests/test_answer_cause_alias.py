"""Why-questions about an alias answered by the clause before the one giving it (cause_alias.py)."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.cause_alias import cause_alias
from qa.answer.question import analyze
from qa.types import Candidate


def _whole(text: str) -> Candidate:
    s = sentence_of(text)
    return Candidate(text=text, sentence=s, start=0, end=len(text), type="sentence", score=1.0, rule="sentence")


def test_the_clause_before_the_alias_explains_it():
    # DRCD 1176-1-1
    got = cause_alias(_whole("硫是一种非常常见的无味无臭的非金属,纯的硫是黄色的晶体,又称做硫磺"),
                      analyze("为何硫又称硫磺?"))
    assert got is not None and got.text == "纯的硫是黄色的晶体" and got.rule.endswith("+cause")
    # DRCD 1152-10-3
    got = cause_alias(_whole("永和区的中兴街则为早期韩国华侨的聚集所在,又有『韩国街』之称"),
                      analyze("为什么永和区的中兴街又被称为韩国街?"))
    assert got is not None and got.text == "永和区的中兴街则为早期韩国华侨的聚集所在"


def test_a_name_given_not_an_alias_or_no_alias_asked_keeps_the_sentence():
    # CMRC TRIAL_258_QUERY_1: 故被揶揄为 gives a name; its gold is the whole sentence
    assert cause_alias(_whole("第1舰队在太平洋战争作战行动中出撃机会较少,尤其是战舰构成的第2战队常时停泊在柱岛,"
                              "故被揶揄为「柱岛舰队」"), analyze("第1舰队为什么被称为柱岛舰队?")) is None
    assert cause_alias(_whole("纯的硫是黄色的晶体,又称做硫磺"), analyze("为何硫是黄色的?")) is None
