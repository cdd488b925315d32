"""The question's own name with one character turned to its opposite (西羅馬帝國 for 東羅馬帝國) is its twin, not
its answer."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.opposite_twin import opposite_twin
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str) -> str:
    sentence = fold(sentence)
    return opposite_twin(analyze(fold(question)), candidate_in(sentence, fold(answer), "span"))


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # DRCD 3213-2-4: who ended the Eastern Roman Empire asked, the Western one's end given
    ("最後東羅馬帝國被哪個帝國滅亡?",
     "其他觀點分別以476年西羅馬帝國滅亡、527年查士丁尼一世登基為東羅馬帝國起始的標誌。", "西羅馬帝國"),
    # DRCD 6047-2-2: another name of the Neolithic's end asked, the Palaeolithic given
    ("新石器時代末期又被稱為什麼時代?", "更具體的，包括舊石器時代、中石器時代、新石器時代和青銅時代的宗教。",
     "舊石器時代"),
])
def test_the_twin_of_the_name_asked_declines(question, sentence, answer):
    assert _why(question, sentence, answer) == "decline:twin"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # DRCD 5758-12-1: a question that lists names asks for the missing twin
    ("士林派曾於宣祖統治時期分裂為東人黨以及哪一個派別?",
     "宣祖統治時期，士林派重新掌權但很快分裂成為東人黨和西人黨兩派。", "西人黨"),
    # the name asked itself
    ("最後西羅馬帝國被哪個國家滅亡?", "476年，西羅馬帝國被日耳曼人滅亡。", "日耳曼人"),
])
def test_a_listed_twin_or_another_name_is_kept(question, sentence, answer):
    assert _why(question, sentence, answer) == ""
