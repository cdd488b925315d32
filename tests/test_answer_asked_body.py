"""The kind of body a question asks for right after its question word ("哪家|通讯社|称…") is no name the article
must print: the answer names the body (路透社), not the kind (absent_names.long_name_unprinted)."""

from __future__ import annotations

from candidates import candidate_in, pos_tags

from qa.answer.absent_names import long_name_unprinted
from qa.answer.agreement import Surroundings
from qa.answer.question import analyze
from qa.normalize import fold

_SENTENCE = "到訪北京的美國國務卿布林肯早上與王毅見面。路透社稱兩人在會面開始前握手。"


def _why(question: str, article: str = "布林肯與王毅會談") -> str:
    sentence = fold(_SENTENCE)
    c = candidate_in(sentence, fold("路透社"), "org")
    return long_name_unprinted(analyze(fold(question)), c,
                               Surroundings(article=fold(article) + " " + sentence, tag=pos_tags))


def test_the_kind_asked_after_the_question_word_need_not_be_printed():
    assert _why("哪家通訊社稱布林肯與王毅在會面開始前握手？") == ""


def test_a_body_named_elsewhere_in_the_question_must_still_be_printed():
    # 新华通讯社 is a name the question holds, not the kind asked: the article never prints it
    assert _why("新华通讯社称布林肯与王毅在会面开始前握手了吗？") == "decline:subject"


def test_the_kind_a_count_asks_for_must_still_be_printed():
    # "多少间|国民中学": the schools counted are the question's subject, not an instance the answer names
    assert _why("布林肯與王毅見面時贈送給多少间国民中学？") == "decline:subject"
