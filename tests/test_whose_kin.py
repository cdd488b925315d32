""""X是谁的<relation>" (whose_kin.py): the one whose relation X is, from the clause the relation word closes in
an article about X; not a relation printed before a name, nor one in an article about someone else."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.whose_kin import asked_whose, find_whose, whose_in
from qa.normalize import fold


def test_the_question_gives_x_and_the_relation():
    assert asked_whose(fold("张桂芳是谁的女儿？")) == ("张桂芳", "女儿")
    assert asked_whose(fold("李氏是哪位国王的王后?")) == ("李氏", "王后")
    assert asked_whose(fold("李氏是哪一个皇帝的王妃?")) == ("李氏", "王妃")
    assert asked_whose(fold("张桂芳的女儿是谁？")) == ("", "")  # the other way round: find_relative's question


def test_the_clause_closed_by_the_relation_word():
    text = fold("李氏,江南人,本县知县李德明之女,宁王朱景的王妃。")
    s = sentence_of(text)
    found = find_whose("李氏", "王后", [s], s.folded)
    assert found is not None and s.folded[slice(*found[1])] == "宁王朱景"
    found = find_whose("李氏", "女儿", [s], s.folded)
    assert found is not None and s.folded[slice(*found[1])] == "本县知县李德明"


def test_a_relation_word_before_a_name_is_that_names():
    assert whose_in(fold("他拜访了县长王强的妻子刘敏。"), "刘敏", "妻子", True) is None


def test_an_article_about_someone_else_tells_no_relation_of_x():
    first = sentence_of(fold("赵宁,字子安,北宋官员。"))
    later = sentence_of(fold("知州刘德之女,后嫁与张桂芳。"), "a:0:1")
    assert find_whose("张桂芳", "女儿", [first, later], first.folded) is None


def test_which_of_several_between_de_and_the_relation():
    text = fold("张氏,宁王朱景的第二任王妃,江南人。")
    span = whose_in(text, "张氏", "王妃", True)
    assert span is not None and text[slice(*span)] == "宁王朱景"


def test_the_one_she_was_married_to_in_her_life():
    text = fold("李氏,字玉华,江南人,嫁知州王德为妻。")
    span = whose_in(text, "李氏", "妻子", True)
    assert span is not None and text[slice(*span)] == "知州王德"
    assert whose_in(text, "李氏", "女儿", True) is None
