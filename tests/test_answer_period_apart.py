"""A period (a decade, a dynasty, an era) answered for the time of an event must be printed with the event: with its
verb, or with most of its nouns."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings
from qa.answer.period_apart import period_apart
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str, near: str = "") -> str:
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), "time")
    around = Surroundings(near=fold(near), article=fold(near) + " " + sentence, tag=pos_tags)
    return period_apart(analyze(fold(question)), c, around)


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # DRCD 2514-4-2: when mountain bicycles appeared asked, the decade of the best bikes' weight given
    ("登山用途的腳踏車於西元幾年時出現?",
     "那時日本人做的鋁合金的車身輕巧耐用，在八零年代，最好的登山車重量都在三十磅以下。", "八零年代"),
    # DRCD 5774-2-4: when Marxism reached Yunnan asked, a decade of China's economic policy given
    ("馬克思共產主義自什麼時候開始於雲南傳播?",
     "典型的如中國共產黨先後提出的「鄧小平理論」、「三個代表思想」等，如80年代的中國。", "80年代"),
    # DRCD 3359-7-1: when ground attack by fighters appeared asked, the decade of military aviation's growth given
    ("以戰鬥機執行地面攻擊任務，此種型態在何時就已經出現?",
     "在這一段時間當中，民用航空的需求帶動許多技術與理論的發展與成熟，奠定30年代後期軍用航空發展的快速演進。",
     "30年代"),
])
def test_a_period_of_another_event_declines(question, sentence, answer):
    assert _why(question, sentence, answer) == "decline:period"


@pytest.mark.parametrize(("question", "sentence", "answer", "near"), [
    # DRCD 3431-4-2: the event's verb (達到) is printed with the period
    ("郵票的應用大約什麼時候達到最高峰?", "在19至20世紀之交，一戰前夕，郵票應用達到高峰。", "20世紀", ""),
    # DRCD 1190-34-2: most of the event's nouns (天線, 東德) are printed with it
    ("大型天線和有線電視在何時被東德政府允許？",
     "然而80年代後當局容忍了收看西方電視節目的行為，甚至允許帶有既接收東德電視節目又接收西方電視節目的大型天線。",
     "80年代", ""),
    # DRCD 3359-7-3: half of the nouns (地空, printed in the sentence before; 型態 only points back) is enough
    ("地空聯合作戰此一型態，在何時就已經出現?", "雖然早在一次世界大戰時期，以飛機支援地面部隊作戰早已經展開。",
     "一次世界大戰時期", "而這個轉變就是地空聯合作戰的需求。"),
    # a period asked ("哪一個年代"): any sentence of the right period may answer
    ("登山用途的腳踏車於哪一個年代出現?",
     "那時日本人做的鋁合金的車身輕巧耐用，在八零年代，最好的登山車重量都在三十磅以下。", "八零年代", ""),
    # a year, not a period: a sentence opening with a year often tells the event in other words
    ("登山用途的腳踏車於西元幾年時出現?", "1970年，日本人做的鋁合金的車身輕巧耐用。", "1970年", ""),
])
def test_a_period_of_the_event_or_asked_is_kept(question, sentence, answer, near):
    assert _why(question, sentence, answer, near) == ""
