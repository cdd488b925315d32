"""A who-answer that is only 他/她 (compose.Composer._pointed_person) is the person named first in the nearest
sentence before it that names one (referents.person_before): "信阳申侯是…关键历史人物。隋代的信阳人为纪念他,
曾建有申塔" answers "这是为了纪念谁" with 申侯, not a decline for pointing (pronoun.py)."""

from __future__ import annotations

import pytest
from stories import engine_of


@pytest.fixture(scope="module")
def engine():
    stories = [
        ("申侯", ["在诸侯的襄助下，宜臼即位，建立东周。信阳申侯是西周亡、东周立的关键历史人物。"
                 "隋代的信阳人为纪念他，曾建有申塔、申碑，现在信阳市区有申碑路。"]),
    ]
    return engine_of(stories, "p")


def test_a_he_answered_is_the_person_named_before(engine):
    got = engine.ask("隋代的信阳人曾建有申塔、申碑，这是为了纪念谁？")
    assert not got.declined and got.text == "申侯" and got.rule.endswith("+antecedent")
    assert "纪念他" in got.evidence[0].sentence.text  # the sentence telling it leads the evidence
