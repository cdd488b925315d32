"""A foreign given name and its surname printed without the dot ("沃尔特/nr|蒙代尔/nz"): one person
(names.persons); a proper noun not ending in a transliteration character (a front, a language) is no surname.
Sentences written for these tests."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons


def _people(sentence: str) -> list[str]:
    return [sentence[s.start:s.end] for s in persons(sentence, pos_tags(sentence))]


def test_a_given_name_and_a_surname_without_the_dot_are_one_person():
    sentence = "前副总统沃尔特蒙代尔仍是新政的坚定支持者。"
    assert ("蒙代尔", "nz") in pos_tags(sentence)  # what the rule is about: jieba's cut of the name here
    assert "沃尔特蒙代尔" in _people(sentence)


def test_a_name_before_a_language_is_not_run_on():
    sentence = "有人说卡纳弗里西语,也有人不说。"
    assert not any(p.endswith("语") for p in _people(sentence))
