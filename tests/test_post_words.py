"""Post words (lexicon.POSTS) that end a title chain before a name: a foreign minister (外长), a vice-minister
(次长, the Taiwanese and Japanese ministries' deputy) and a coordinator (协调官), so a post asked that is printed
first in a chain joined by 、 ("中央协调所总协调官、经济部常务次长赖建信") is read as held by the name the chain
ends with, and "…外长叫什么名字" asks a person."""

from __future__ import annotations

import pytest
from candidates import sentence_of

from qa.answer.people import find_holder, titled
from qa.answer.question import analyze
from qa.answer.typed import extract


@pytest.fixture(scope="module")
def people(engine):
    freq = engine._state.composer._freq

    def read(text: str):
        s = sentence_of(text)
        pos = list(engine.tokenizer.pos(s.folded))
        return titled(s, extract(s.folded, pos, freq=freq), pos), s.folded
    return read


def test_a_vice_minister_ends_a_post(people):
    found, f = people("经济部常务次长赖建信今早于记者会上指出,讯息也广发给媒体知道")
    holder, _ = find_holder("经济部常务次长", found)
    assert holder is not None and f[holder.name[0]:holder.name[1]] == "赖建信"


def test_the_first_post_of_a_chain_joined_by_a_list_mark_is_the_name_s(people):
    found, f = people("中央协调所总协调官、经济部常务次长赖建信,今早于记者会上指出")
    holder, _ = find_holder("中央协调所总协调官", found)
    assert holder is not None and f[holder.name[0]:holder.name[1]] == "赖建信"


def test_a_foreign_minister_is_a_person_whose_name_is_asked():
    # "…的塞内加尔外长叫什么名字" asks a person's name (a who-question), as "…的部长叫什么名字" does
    assert analyze("出席会议的塞内加尔外长叫什么名字？").qtype == "who"
