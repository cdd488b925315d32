"""A post printed bare after a comma, in a run of one body's posts, is that body's ("市人大常委会副主任…,秘书长徐国均");
a name whose last character jieba glued to the 等 after it ("徐国|均等") is whole."""

from __future__ import annotations

from qa.answer.names import persons
from qa.answer.people import find_holder, titled, unqualified
from qa.normalize import fold
from qa.types import Sentence

_TEXT = "市人大常委会副主任尹金来、马俊健、周键云,秘书长徐国均等出席。"


def _people(engine, text: str):
    freq = engine._state.composer._freq
    s = Sentence(id="a:0:1", article_id="a", paragraph=0, kind="body", text=text, start=0, end=len(text))
    pos = list(engine.tokenizer.pos(s.folded))
    return s, titled(s, persons(s.folded, pos, freq=freq), pos)


def test_a_name_glued_to_the_etc_after_it_is_whole(engine):
    s, people = _people(engine, _TEXT)
    assert "徐国均" in {s.folded[t.name[0]:t.name[1]] for t in people}


def test_a_bare_post_after_a_comma_is_of_the_body_whose_posts_open_the_clause_before(engine):
    s, people = _people(engine, _TEXT)
    article = fold("全市人大常委会主任座谈会在射阳召开。盐城经济技术开发区、盐南高新区人大工委主任参加。") + s.folded
    asked = fold("盐城市人大常委会秘书长")
    holder, _ = find_holder(asked, people, article)
    assert holder is not None and s.folded[holder.name[0]:holder.name[1]] == "徐国均"
    assert not unqualified(asked, holder, article)  # 盐城 is printed; 市人大常委会 is the body before the comma
    # a body the clause before does not name is still not printed
    assert unqualified(fold("盐城市政府秘书长"), holder, article)
