"""A post's holder named after 叫, then described by the post in the clause after the comma (called_holder.py)."""

from __future__ import annotations

from qa.answer.called_holder import called_holder
from qa.answer.people import Titled
from qa.types import Sentence

_TEXT = "他叫梁兴星,黔西南州册亨县人民医院派驻坡妹镇同心村驻村第一书记。"  # 贵州日报, 2025-02-27


def _person(text: str, name: str) -> Titled:
    at = text.index(name)
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=text, start=0, end=len(text))
    return Titled(sentence=s, name=(at, at + len(name)), chain=(at, at), posts=())


def test_the_name_after_jiao_holds_the_post_its_clause_ends_in():
    t = _person(_TEXT, "梁兴星")
    assert called_holder("册亨县坡妹镇同心村驻村第一书记", _TEXT, [t]) is t


def test_not_another_post_nor_a_description_of_several_clauses():
    t = _person(_TEXT, "梁兴星")
    assert called_holder("同心村党支部书记", _TEXT, [t]) is None  # 支部书记 shares only 书记
    several = "他叫梁兴星,今年45岁,是同心村驻村第一书记。"
    assert called_holder("同心村驻村第一书记", several, [_person(several, "梁兴星")]) is None
    unnamed = "梁兴星,黔西南州册亨县人民医院派驻坡妹镇同心村驻村第一书记。"  # no 叫 before the name
    assert called_holder("同心村驻村第一书记", unnamed, [_person(unnamed, "梁兴星")]) is None
