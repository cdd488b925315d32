"""A who-question opening with its question word takes the person who opens the best sentence, whose deeds its
clauses tell, over a later name they are done to (opener.py). Sentences written for these tests."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.opener import opener_first
from qa.answer.question import analyze
from qa.types import Candidate


def _people(text: str, *names: str) -> list[Candidate]:
    s = sentence_of(text)
    return [Candidate(text=n, sentence=s, start=text.index(n), end=text.index(n) + len(n), type="person", score=1.0,
                      rule="type:person") for n in names]


_TEXT = "唐德刚将载漪比作四人帮,将刚毅比作林彪,将义和团比作红卫兵"


def test_the_person_opening_the_sentence_did_the_deed_asked():
    got = opener_first(_people(_TEXT, "林彪", "唐德刚"), analyze("哪一个人将义和团比喻为红卫兵?"))
    assert got[0].text == "唐德刚"


def test_a_time_may_stand_before_the_opener():
    text = "1252年蒙哥即位后推行中央集权化,在汉地等直辖地设置行中书省,分遣诸王分守各地"
    got = opener_first(_people(text, "诸王", "蒙哥"), analyze("谁在蒙古的直辖地设置行中书省?"))
    assert got[0].text == "蒙哥"


def test_not_when_the_question_word_does_not_open_the_question():
    got = opener_first(_people(_TEXT, "林彪", "唐德刚"), analyze("唐德刚将刚毅比作谁?"))
    assert got[0].text == "林彪"


def test_not_a_name_opening_a_modifier():
    text = "唐德刚的朋友将义和团比作红卫兵,将刚毅比作林彪"
    got = opener_first(_people(text, "林彪", "唐德刚"), analyze("哪一个人将义和团比喻为红卫兵?"))
    assert got[0].text == "林彪"


def _places(text: str, *names: str) -> list[Candidate]:
    s = sentence_of(text)
    return [Candidate(text=n, sentence=s, start=text.index(n), end=text.index(n) + len(n), type="place", score=1.0,
                      rule="type:place") for n in names]


# DRCD's sentences (folded): the deed's subject opens them, what it is done to comes later
_SALMON = "此外,挪威为了开拓日本的鲑鱼市场,发明了鲑鱼寿司。"
_RWANDA = "1884年,德国开始对东非实行殖民统治,卢安达也相应成为德国殖民地,之后又在1916年一战期间成为比利时殖民地。"


def test_a_cleft_which_country_question_takes_the_country_opening_the_sentence():
    got = opener_first(_places(_SALMON, "日本", "挪威"), analyze("鲑鱼寿司是哪一国家发明的?"))
    assert got[0].text == "挪威"


def test_a_cleft_who_question_takes_the_person_opening_the_sentence():
    text = "亚里斯多德在柏拉图的基础上,建立了基于历史经验证据的研究方法。"
    got = opener_first(_people(text, "柏拉图", "亚里斯多德"), analyze("基于历史经验证据的研究方法是谁首创的?"))
    assert got[0].text == "亚里斯多德"


def test_a_passive_question_takes_the_doer_opening_an_active_sentence():
    text = "宋高宗以谋反罪名赐死岳飞,宋孝宗为之平反,追谥武穆。"
    got = opener_first(_people(text, "宋孝宗", "宋高宗"), analyze("岳飞被哪一个皇帝赐死?"))
    assert got[0].text == "宋高宗"


def test_not_when_the_question_asks_a_country_of_a_copula():
    got = opener_first(_places(_SALMON, "日本", "挪威"), analyze("鲑鱼寿司的市场是哪一个国家的?"))
    assert got[0].text == "日本"


def test_not_when_the_questions_year_is_printed_only_in_a_later_clause():
    got = opener_first(_places(_RWANDA, "比利时", "德国"), analyze("卢安达于1916年时被哪一个国家殖民?"))
    assert got[0].text == "比利时"


def test_a_short_modifier_ending_in_de_may_stand_before_the_opener():
    text = "公元前408年希腊的希波丹姆通常被认为是西方的都市计画之父,他所设计的米利都,虽然古老却是古都市计画的范本。"
    got = opener_first(_people(text, "古老", "希波丹姆"), analyze("古都市计画的范本是谁设计的?"))
    assert got[0].text == "希波丹姆"


def test_a_which_ruler_question_opening_with_its_question_word_takes_the_opener():
    text = "咸丰帝感到停战条件过于苛刻,认为公使进京「拥兵而来,显怀莫测」,因而谕令桂良等「莫顾决裂」,拒绝英法所提要求。"
    got = opener_first(_people(text, "桂良", "咸丰帝"), analyze("哪一个皇帝认为公使进京「拥兵而来,显怀莫测」?"))
    assert got[0].text == "咸丰帝"
