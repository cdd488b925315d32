"""A slot of an untyped question holding only function words is no answer (idle_slot.py): the sentence is kept
and its noun run read instead. Sentences written for these tests (the first two after DRCD's)."""

from __future__ import annotations

import pytest
from candidates import dict_tagger, pos_tags

from qa.answer.idle_slot import idle_slot


@pytest.mark.parametrize(("sentence", "slot"), [
    ("因此,倭王权在畿内尽力建造寺院,同时限制修筑小古坟群。", "同时"),  # an adverb
    ("这些星经常都有星盘绕着,并且主要的能量来源是重力收缩。", "并且"),  # a conjunction
    ("坞堡大多由世族豪强建立。", "由"),  # a preposition
])
def test_function_words_alone_are_an_idle_slot(sentence, slot):
    start = sentence.index(slot)
    assert idle_slot(pos_tags(sentence), start, start + len(slot))


@pytest.mark.parametrize(("sentence", "slot"), [
    ("因此,倭王权在畿内尽力建造寺院,同时限制修筑小古坟群。", "倭王权"),  # a noun
    ("早期的蒸汽机使用蒸汽凝结时产生的真空来做功。", "蒸汽凝结时产生的真空"),  # a clause holding nouns
])
def test_a_slot_with_a_content_word_is_kept(sentence, slot):
    start = sentence.index(slot)
    assert not idle_slot(pos_tags(sentence), start, start + len(slot))


def test_a_latin_word_is_no_interjection():
    # "e" (an interjection) is a whole tag, not a prefix of "eng"
    pos = dict_tagger({"担任": "v", "Docking": "eng"})
    assert not idle_slot(pos("担任Docking主持"), 2, 9)


@pytest.fixture(scope="module")
def kofun(config):
    from qa.engine import build_engine
    from qa.types import Article, Paragraph
    text = ("从6世纪末到7世纪初,倭王权在畿内尽力建造寺院,同时限制修筑小古坟群,"
            "大王和强大的豪族则葬于大型方坟。")
    # unrelated briefs beside it, so the question's words weigh in BM25 as in a paper
    briefs = ["今天北京晴转多云,最高气温二十度。", "市民在公园里散步锻炼身体。", "学校下周举行运动会。",
              "新建的图书馆将于明年开放。"]
    articles = [Article(id="kofun", file="kofun.txt", headline="古坟时代",
                        paragraphs=(Paragraph(index=0, kind="body", text=text),))]
    articles += [Article(id=f"brief{i}", file="briefs.txt", headline="简讯",
                         paragraphs=(Paragraph(index=0, kind="body", text=t),)) for i, t in enumerate(briefs)]
    return build_engine(config, articles=articles)


def test_the_noun_asked_answers_instead_of_the_idle_slot(kofun):
    a = kofun.ask("哪一个政权限制修筑小古坟群？")
    assert not a.declined and a.text == "倭王权"
