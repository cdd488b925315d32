"""other_name: a law the question names by its short form ("卫广法"), which the tagger reads as a person (卫 a
surname), is the one the article prints in full (《卫星广播电视法》): no person the article never names."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.agreement import Surroundings, other_name
from qa.answer.question import analyze
from qa.normalize import fold
from qa.tokenize import main_word_freq


def _tags(folded: str) -> list[tuple[str, str]]:
    from qa.config import load_config
    from qa.tokenize import Tokenizer
    return Tokenizer(load_config()).pos(folded)


def _why(question: str, sentence: str, answer: str, article: str) -> str:
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), "number")
    around = Surroundings(article=fold(article) + " " + sentence, tag=_tags, freq=main_word_freq)
    return other_name(analyze(fold(question)), c, around)


def test_a_law_by_its_short_form_is_the_one_printed_in_full():
    assert _why("立法院會表決衛廣法再修正動議時有多少人贊成?", "立法院會經表決以贊成55人、反對49人,通過再修正動議。",
                "55人", "國民黨立院黨團提出《衛星廣播電視法》第20條修正案。") == ""



def test_the_short_form_unprinted_in_any_form_still_declines():
    assert _why("立法院會表決衛廣法再修正動議時有多少人贊成?", "立法院會經表決以贊成55人、反對49人,通過再修正動議。",
                "55人", "國民黨立院黨團提出修正案。") == "decline:subject"


def test_a_law_opening_the_question_by_its_short_form_is_printed():
    from qa.answer.absent_names import opening_subject_unprinted
    sentence = fold("新增「諮詢會議紀錄,應於會議內30天內提供於申請人」的條文內容。")
    c = candidate_in(sentence, "30天", "number")
    article = fold("國民黨立院黨團提出《衛星廣播電視法》第20條修正案。") + " " + sentence
    around = Surroundings(article=article, tag=_tags, freq=main_word_freq)
    info = analyze(fold("衛廣法第20條修正後,諮詢會議紀錄應於會議後幾天內提供給申請人?"))
    assert opening_subject_unprinted(info, c, around) == ""
