"""agreement.names_in remembers a text's names in its Surroundings' `named` (the composer shares one such dict
among all the Surroundings it makes, which share its tagger): the same names as a fresh reading, a copy to each
caller, and the tagger asked once a text."""

from __future__ import annotations

from qa.answer.agreement import Surroundings, names_in
from qa.config import load_config
from qa.tokenize import Tokenizer

_TEXTS = ["2021年元旦假日海口接待游客，", "副总统李宗仁代行总统职权", "北京市朝阳区的房价", "没有名字的句子。"]


def test_remembered_names_are_a_fresh_readings():
    tok = Tokenizer(load_config())
    calls: list[str] = []

    def tag(text: str) -> list[tuple[str, str]]:
        calls.append(text)
        return tok.pos(text)

    shared: dict = {}
    for text in _TEXTS:
        fresh = names_in(text, Surroundings(tag=tok.pos, freq=tok.freq))
        first = names_in(text, Surroundings(tag=tag, freq=tok.freq, named=shared))
        again = names_in(text, Surroundings(tag=tag, freq=tok.freq, named=shared))
        assert first == again == fresh
        again.append(("person", "x", 0))  # a caller's copy: the remembered names do not change
        assert names_in(text, Surroundings(tag=tag, freq=tok.freq, named=shared)) == fresh
    assert calls == _TEXTS  # each text tagged once
    assert any(names_in(t, Surroundings(tag=tok.pos, freq=tok.freq)) for t in _TEXTS)


def test_surroundings_of_their_own_share_nothing():
    assert Surroundings().named is not Surroundings().named
