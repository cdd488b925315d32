"""A which-question's noun asked, printed after the slot with a copula or a colon, names the answer after it
(head_copula.py). The sentences are DRCD's (folded); the slots those the composer aligned there."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.head_copula import after_head_copula, copula_noun
from qa.answer.question import analyze
from qa.answer.slots import Slot
from qa.normalize import fold


def _moved(question: str, sentence: str, slot_text: str) -> str:
    info = analyze(fold(question))
    start = sentence.index(slot_text)
    slot = Slot(start, start + len(slot_text), 0, 2, right_start=start + len(slot_text), right_found=2)
    got = after_head_copula(sentence, slot, info, pos_tags(sentence), copula_noun(info, pos_tags))
    return sentence[got.start:got.end]


def test_the_name_after_the_noun_asked_and_its_copula():
    s = "国家的中央银行是卢安达国家银行,通行货币为卢安达法郎。"
    assert _moved("盧安達境內使用哪一種通行貨幣?", s, "国家银行") == "卢安达法郎"
    s = "例如,当我们说长颈鹿的自然环境是热带稀树草原。"
    assert _moved("在哪一種自然環境中可以發現長頸鹿?", s, "当我们说长颈鹿") == "热带稀树草原"


def test_the_name_after_a_colon():
    s = "不过,他的支持者主要来著法国人数最多的阶层:农民阶层。"
    assert _moved("哪一個階層是法國人數最多的階層?", s, "他的支持者主要来著") == "农民阶层"


def test_the_noun_asked_in_the_slot_keeps_the_slot():
    # the slot ends with the noun asked: its next mention, "此勋章是颁授给…", describes it and is not read
    s = "张因此获得中华民国政府颁发第一座青天白日勋章,此勋章是颁授给有功于保家卫国,抵御外敌的军职人员。"
    assert _moved("張學良因此獲得了哪一種勳章?", s, "第一座青天白日勋章") == "第一座青天白日勋章"


def test_no_noun_asked_no_move():
    info = analyze(fold("為什麼盧安達使用盧安達法郎?"))
    assert copula_noun(info, pos_tags) == ""
