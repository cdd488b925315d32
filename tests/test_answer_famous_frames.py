"""A well-known name of two characters, as frequent as a common word (刘裕, 朱德), is taken where it opens a clause
before an adverb ("刘裕|则|一改…") or stands after 和/与 before 一起 ("和|朱德|一起|领导"), as names._famous takes it
before a function word: sentences written for these tests."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons


def _people(sentence: str) -> list[str]:
    return [sentence[s.start:s.end] for s in persons(sentence, pos_tags(sentence))]


def test_a_famous_name_opening_a_clause_before_an_adverb():
    assert "刘裕" in _people("门阀兼并土地,刘裕则一改东晋以来宽松的规管,重订规管。")


def test_a_famous_name_done_a_deed_with():
    assert "朱德" in _people("1933年春,和朱德一起领导和指挥了第四次反围剿斗争。")


def test_a_common_word_before_a_verb_is_still_no_name():
    assert "华丽" not in _people("持续提升治理水平,华丽转身")


def test_a_famous_name_given_a_title_before_its_wei():
    # "封/a": jieba reads the verb as an adjective; the 为 after the name makes it the one given the title
    assert "朱熹" in _people("早在宝庆三年就封朱熹为信国公。")


def test_a_famous_name_opening_a_clause_before_a_verb_of_saying():
    assert "孔子" in _people("孔子认为仁者爱人。")


def test_a_classical_surname_of_history_texts():
    # 荀 opens no common word: 荀子 is the philosopher, opening the clause before a verb of proposing
    assert "荀子" in _people("荀子提出人之性恶,其善者伪也的著名论点。")
