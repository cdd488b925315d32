"""Words jieba tags as names that the name rules doubted, offered to a who-question (tagged_names.py): sentences
written for these tests."""

from __future__ import annotations

from candidates import pos_tags
from page_engine import page_engine

from qa.answer.spans import Span
from qa.answer.tagged_names import doubted_names
from qa.config import load_config


def _doubted(sentence: str, question: str, people: tuple[str, ...] = ()) -> list[str]:
    typed = [Span(sentence.index(p), sentence.index(p) + len(p), "person", "pos:nr") for p in people]
    return [sentence[s.start:s.end] for s in doubted_names(sentence, pos_tags(sentence), typed, question)]


def test_a_name_of_a_surname_the_list_lacks_or_a_transliteration_tagged_nr_is_offered():
    assert _doubted("当众羞辱光绪帝及主和大臣，溥俊甚至直斥光绪为二毛子。", "哪一个人直斥光绪为二毛子?") == ["溥俊"]
    assert _doubted("例如志费尼的《世界征服者史》中记载。", "《世界征服者史》的作者是谁?") == ["志费尼"]


def test_no_word_of_the_dictionary_place_or_piece_of_a_name():
    assert _doubted("他向这位小姐问路。", "他向谁问路?") == []  # a common noun jieba tags nr
    assert _doubted("晋元帝设置了东海郡等侨郡。", "侨郡为谁所设置?") == []  # (东海郡: a place; 晋元帝: known)
    assert _doubted("耶律乞奴被耶律金山所杀。", "耶律乞奴被谁所杀?") == []  # 耶律|金山: a name's second word


def test_a_name_the_typed_spans_or_the_question_hold_is_not_offered():
    sentence = "例如志费尼的《世界征服者史》中记载。"
    assert _doubted(sentence, "《世界征服者史》的作者是谁?", people=("志费尼",)) == []
    assert _doubted(sentence, "志费尼写了什么书?") == []


def test_the_composer_answers_a_doubted_name(tmp_path):
    page = "\n蒙古史料\n\n例如志费尼的《世界征服者史》中,记载了蒙古西征的许多细节。\n"
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask("《世界征服者史》的作者是谁?").text == "志费尼"
