"""A row of officials names several bodies' heads one after the other: when the first holder of the asked post's
role is another body's ("省广播电视局党组书记、局长彭鸿嘉" for 天水市文旅局局长), the next one named after him that
holds it is read (people_answer._qualified_holder), not the sentence given up."""

from __future__ import annotations

from qa.answer.names import persons
from qa.answer.people import find_holder, titled, unqualified
from qa.answer.people_answer import _qualified_holder
from qa.normalize import fold
from qa.types import Sentence

_ROW = ("省委宣传部副部长、省广播电视局党组书记、局长彭鸿嘉,天水市副市长逯克宗,市委宣传部副部长裴贵军、"
        "市文旅局局长李玉进,秦安县县长程江芬等参加了揭牌仪式。")
_ARTICLE = fold("2月15日,秦安县融媒体中心挂牌成立。") + fold(_ROW)


def _people(engine, text: str):
    freq = engine._state.composer._freq
    s = Sentence(id="a:0:1", article_id="a", paragraph=0, kind="body", text=text, start=0, end=len(text))
    pos = list(engine.tokenizer.pos(s.folded))
    return s, titled(s, persons(s.folded, pos, freq=freq), pos)


def _name(s, t) -> str:
    return s.folded[t.name[0]:t.name[1]]


def test_the_first_holder_of_another_body_gives_way_to_the_next_that_holds_the_post(engine):
    s, people = _people(engine, _ROW)
    asked = fold("天水市文旅局局长")
    first, _ = find_holder(asked, people, _ARTICLE)
    assert first is not None and _name(s, first) == "彭鸿嘉"  # his bare 局长 is the 省广播电视局's
    assert unqualified(asked, first, _ARTICLE)
    holder = _qualified_holder(asked, people, first, _ARTICLE)
    assert holder is not None and _name(s, holder) == "李玉进"


def test_no_one_after_him_holds_it(engine):
    s, people = _people(engine, _ROW)
    asked = fold("天水市财政局局长")
    first, _ = find_holder(asked, people, _ARTICLE)
    assert first is not None and unqualified(asked, first, _ARTICLE)
    assert _qualified_holder(asked, people, first, _ARTICLE) is None
