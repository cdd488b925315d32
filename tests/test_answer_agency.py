"""A news agency or society jieba tags as a person's name ("马新社/nr": 马 is a surname) is an organisation."""

from __future__ import annotations

import jieba.posseg

from qa.answer.names import persons
from qa.answer.typed import orgs


def _pos(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in jieba.posseg.cut(text)]


_SENTENCE = "他今日拜访马新社,在与马新社高层的交流会上强调合作。"


def test_an_agency_is_no_person():
    assert not any(_SENTENCE[sp.start:sp.end] == "马新社" for sp in persons(_SENTENCE, _pos(_SENTENCE)))


def test_an_agency_is_an_organisation():
    assert any(_SENTENCE[sp.start:sp.end] == "马新社" for sp in orgs(_SENTENCE, _pos(_SENTENCE)))


def test_a_name_beside_it_is_still_a_person():
    s = "张伟今日拜访马新社。"
    assert [s[sp.start:sp.end] for sp in persons(s, _pos(s))] == ["张伟"]
