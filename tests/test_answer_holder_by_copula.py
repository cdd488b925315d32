"""A post's holder named before a copula or a verb of appointment and the post, to the clause's end ("由拿破崙三世
任統帥,勒布夫為總參謀長", "李四被任命为校长。"): people.holder_by_verb reads it as it reads "陳漢川擔任總團長"; the
post is matched exactly (副校长 is another)."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.people import holder_by_verb, titled
from qa.answer.typed import extract
from qa.normalize import fold


def _holder(engine, text: str, post: str) -> str:
    s = sentence_of(fold(text))
    pos = list(engine.tokenizer.pos(s.folded))
    people = titled(s, extract(s.folded, pos), pos)
    found = holder_by_verb(fold(post), s, people)
    return "" if found is None else s.folded[found.name[0]:found.name[1]]


def test_a_name_and_its_post_after_a_copula(engine):
    assert _holder(engine, "大会由张建国任主席,李卫东为秘书长。", "秘书长") == "李卫东"


def test_a_name_appointed_to_the_post(engine):
    assert _holder(engine, "经董事会研究,王海涛被任命为总经理。", "总经理") == "王海涛"


def test_another_post_after_the_copula_holds_nothing(engine):
    assert _holder(engine, "大会由张建国任主席,李卫东为副秘书长。", "秘书长") == ""
