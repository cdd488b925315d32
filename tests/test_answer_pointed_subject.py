"""A who-question whose best sentence names no person but opens with 他/她 (compose.Composer.decide, neighbours read
back): the person named first in the nearest sentence before it that names one is the doer asked ("…西塞罗…。他的政敌
恺撒甚至曾公然称赞他:…" answers "恺撒曾称赞某人:…该人是谁")."""

from __future__ import annotations

import pytest
from stories import engine_of


@pytest.fixture(scope="module")
def engine():
    stories = [
        ("西塞罗", ["西塞罗是古罗马著名的政治家、演说家和哲学家，出身于骑士家庭。"
                   "他的政敌恺撒甚至曾公然称赞他：你的功绩高于军事将领，扩大知识领域比扩大罗马的版图更为可贵。"]),
        # a person in a sentence holding less of the question is not the one the best sentence's 他 stands for
        ("庞培", ["庞培的功绩高于军事将领，恺撒曾称赞罗马的版图更为可贵。"]),
    ]
    return engine_of(stories, "s")


def test_the_doer_a_pronoun_opening_the_sentence_stands_for(engine):
    got = engine.ask("恺撒曾称赞某人：你的功绩高于军事将领，扩大知识领域比扩大罗马的版图更为可贵。该人是谁？")
    assert not got.declined and got.text == "西塞罗" and "+neighbour" in got.rule
    assert "公然称赞他" in got.evidence[0].sentence.text
