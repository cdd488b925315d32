"""A name jieba's dictionary itself lists as a person's (nr) of three characters, offered to a who-question where
names.py doubted it (tagged_names.listed_name): sentences written for these tests."""

from __future__ import annotations

from candidates import pos_tags
from page_engine import page_engine

from qa.answer.tagged_names import doubted_names, listed_name
from qa.config import load_config


def _doubted(sentence: str, question: str) -> list[str]:
    return [sentence[s.start:s.end] for s in doubted_names(sentence, pos_tags(sentence), [], question)]


def test_a_surname_and_a_given_name_the_dictionary_lists_are_a_name():
    assert listed_name("孙中山")  # 中山 is a place's name: a given name may be one
    assert listed_name("阎锡山")
    assert listed_name("诸葛亮")  # a compound surname (诸葛 is a common word of its own)


def test_common_words_the_dictionary_tags_nr_are_not():
    assert not listed_name("芦苇荡")  # a common word and one more character
    assert not listed_name("文明")  # two characters: as many common words as names
    assert not listed_name("华丽")
    assert not listed_name("周恩来")  # tagged t by the main dictionary (the user dictionary tags it nr)


def test_a_listed_name_is_offered_to_a_who_question():
    assert "孙中山" in _doubted("1924年5月,陈诚随孙中山出征西江,在肇庆作战中胸部中弹。", "陈诚跟随哪一个人出征西江?")


def test_the_composer_answers_a_listed_name(tmp_path):
    page = "\n陈诚生平\n\n1924年5月,陈诚随孙中山出征西江,在肇庆与桂军作战中胸部中弹,送入医院治理。\n"
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask("陈诚曾于1924年5月跟随哪一个人出征西江时胸部中弹?").text == "孙中山"
