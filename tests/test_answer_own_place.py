"""A post printed with the paper's own place (本縣, 本市) is the post of the place asked, named the article names it."""

from __future__ import annotations

from qa.answer.names import persons
from qa.answer.people import find_holder, titled
from qa.normalize import fold
from qa.types import Sentence


def _people(engine, text: str, at: str):
    freq = engine._state.composer._freq
    i = text.index(at)
    s = Sentence(id="a:0:1", article_id="a", paragraph=0, kind="body", text=text[i:], start=i, end=len(text))
    pos = list(engine.tokenizer.pos(s.folded))
    return s, titled(s, persons(s.folded, pos, freq=freq), pos)


def test_the_papers_own_county_is_the_county_asked_where_the_article_names_it(engine):
    text = ("更生日報社位於花蓮市五權街。本縣山地區署首任區長何雲波已於本月十七日下午四時抵縣,連日晉謁曹縣長。")
    s, people = _people(engine, text, "本縣")
    t, _ = find_holder(fold("花蓮縣山地區署首任區長"), people, fold(text))
    assert t is not None and s.folded[t.name[0]:t.name[1]] == "何云波"


def test_the_papers_own_county_is_no_county_the_article_never_names(engine):
    text = ("更生日報社位於花蓮市五權街。本縣山地區署首任區長何雲波已於本月十七日下午四時抵縣,連日晉謁曹縣長。")
    _s, people = _people(engine, text, "本縣")
    assert find_holder(fold("臺東縣山地區署首任區長"), people, fold(text))[0] is None
    assert find_holder(fold("花蓮縣山地區署首任區長"), people, "")[0] is None  # no article to read
