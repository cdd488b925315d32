"""A where-question "在哪一个地方举行": the place word asked belongs to the question word, so the verb after it is the
right anchor (question.py); and a word that names no place in particular (当地, 本地) is no where-answer, though the
anchors close round it (compose.py's slot, add_places, at_place.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in
from stories import engine_of

from qa.answer.at_place import at_places
from qa.answer.question import analyze
from qa.answer.venue_phrase import venue_phrase
from qa.normalize import fold


@pytest.mark.parametrize(("question", "wh", "right"), [
    ("第十五屆夏季奧林匹克運動會在哪一個地方舉行?", "哪一个地方", "举行"),
    ("新竹縣和宜蘭廳是在哪一國家統治台灣時設立的？", "哪一国家", "统治台湾时设立的"),
    ("會議在哪個城市召開?", "哪个城市", "召开"),
    # the question ending with the place word keeps today's reading (nothing after it to anchor)
    ("廖亦武流亡在哪個國家？", "哪", "个国家"),
])
def test_the_place_word_asked_after_zai_belongs_to_the_question_word(question, wh, right):
    info = analyze(question)
    assert (info.qtype, info.wh_word, info.right) == ("where", wh, right)


def test_a_generic_place_after_zai_is_no_place_name():
    f = fold("埃及公司也计划在当地挖掘水井。")
    assert at_places(f, "挖掘", "") == []
    f = fold("埃及公司也计划在苏丹挖掘水井。")
    assert [f[s.start:s.end] for s in at_places(f, "挖掘", "")] == ["苏丹"]


@pytest.fixture(scope="module")
def engine():
    stories = [
        ("奥运", ["第十五屆夏季奧林匹克運動會，於1952年7月19日至8月3日在芬蘭的赫爾辛基舉行。"]),
        ("水井", ["阿拉伯國家聯盟同意撥出5億美元援助蘇丹達爾富爾地區，而埃及和利比亞公司也計劃在當地挖掘水井。"]),
    ]
    return engine_of(stories, "w")


def test_the_place_next_to_the_verb_asked(engine):
    got = engine.ask("第十五屆夏季奧林匹克運動會在哪一個地方舉行?")
    assert not got.declined and got.text.endswith("赫爾辛基")  # (not 芬蘭, before the verb is read)


def test_a_generic_place_in_the_slot_gives_way_to_the_place_it_stands_for(engine):
    got = engine.ask("埃及和利比亞公司計畫在哪一個地方挖掘水井?")
    assert not got.declined and got.text == "蘇丹達爾富爾地區"


def test_a_country_asked_with_a_holding_verb_reads_no_venue_phrase():
    kept = [candidate_in("另外,有关方面还在协调于三国外长会谈前后举行中日外长会谈事宜。", "前后", "place")]
    assert venue_phrase(kept, analyze("对上一次三国外长会谈在哪个国家举行？")) is None
    got = venue_phrase(kept, analyze("中日外长会谈在哪里举行？"))
    assert got is not None and got.text == "协调于三国外长会谈前后"  # (what today reads for 哪里)
