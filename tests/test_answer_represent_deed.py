"""A deed asked before a post opening with 代表, on whose behalf ("代表佳木斯市委、市政府向省委…报告…的市委书记",
represent_deed.py via people.clause_of): jieba's noun 代表 is the verb there, so the clause is a deed."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.people import clause_of


def test_daibiao_a_body_and_a_verb_is_a_deed():
    asked = "代表佳木斯市委、市政府向省委、省政府报告重点项目建设情况的市委书记"
    assert ("代表", "n") in pos_tags(asked)  # jieba's tag
    assert clause_of(asked, pos_tags) == ("代表佳木斯市委、市政府向省委、省政府报告重点项目建设情况", "市委书记")
    assert clause_of("代表师大一中致新年祝词的校长", pos_tags) == ("代表师大一中致新年祝词", "校长")


def test_a_deputy_or_a_delegation_owning_the_post_is_no_deed():
    assert clause_of("代表团的团长", pos_tags) == ("", "代表团的团长")
    assert clause_of("人大代表的联络员", pos_tags) == ("", "人大代表的联络员")
