"""A person's name run on into a noun that names a thing after him is no answer to a who-question about someone
else (named_thing.py). Sentences of DRCD 5771 (folded)."""

from __future__ import annotations

from qa.answer.named_thing import not_things
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_PLANE = "事后蒋中正派自己的道格拉斯专机送周恩来赴苏联治疗。"
_CASES = "对于周恩来在文革期间的表现,…但也有记载相左的其他文献,包括陈再道案和孙维世案,但史学界争论不一。"
_HOME = "这里是刘少奇故居。"


def _c(name: str, text: str) -> Candidate:
    s = Sentence(f"a#0:0:{len(text)}", "a#0", 0, "body", text, 0, len(text))
    at = text.index(name)
    return Candidate(name, s, at, at + len(name), "person", 1.0, "type:person")


def test_a_name_naming_a_plane_or_a_case_is_no_answer():
    q = analyze("周恩来于1939年右臂粉碎性骨折后经哪一个人协助赴苏联治疗?")
    assert [c.text for c in not_things([_c("道格拉斯", _PLANE), _c("蒋中正", _PLANE)], q)] == ["蒋中正"]
    q = analyze("哪一个人曾经被江青等人称之为「灭火队长」?")
    assert [c.text for c in not_things([_c("陈再道案", _CASES), _c("周恩来", _CASES)], q)] == ["周恩来"]


def test_a_question_asking_of_the_thing_keeps_the_name():
    kept = [_c("刘少奇", _HOME)]
    assert not_things(kept, analyze("这里是谁的故居?")) == kept
    assert not_things(kept, analyze("这里是什么地方?")) == kept  # not a who-question


# DRCD 6159-2-2 and 3570-1-2 (folded)
_WORKS = "岳飞的文学才华也是将帅中少有的,他的不朽词作《满江红·写怀》,是千古传诵的名篇,著有《岳忠武王文集》。"
_LAW = "根据1982年《中华人民共和国国务院组织法》第八条之规定,国务院组成部门各部的设立、撤销或者合并,经总理提出。"


def test_a_name_inside_a_works_title_is_no_answer():
    q = analyze("《满江红·写怀》的作者是谁?")
    assert not_things([_c("岳忠武王", _WORKS)], q) == []
    law = _c("中华人民共和国国务院组织法", _LAW)
    law = Candidate(law.text, law.sentence, law.start, law.end, "org", 1.0, "type:org")
    assert not_things([law], analyze("国务院组成部门各部的设立、撤销或者合并,应由谁提出?")) == []


def test_a_title_the_question_prints_keeps_the_name():
    kept = [_c("岳忠武王", _WORKS)]
    assert not_things(kept, analyze("《岳忠武王文集》是谁的著作?")) == kept
