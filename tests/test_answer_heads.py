"""The noun a what-question asks for ("哪一个公园", "哪一个病") ends the answer even where jieba's words cut it
apart ("中途/b|公园") or run it on into a verbal noun ("黑死病|影响/vn"): the sentence's noun runs propose it."""

from __future__ import annotations

import pytest
from stories import engine_of


@pytest.fixture(scope="module")
def engine():
    stories = [
        ("芝加哥大学", ["1893年为举办芝加哥世博会修建的中途公园将校园分成南北两块。"]),
        ("奥斯陆", ["奥斯陆是14世纪挪威受到黑死病影响最严重的地区。"]),
        ("安吉", ["安吉县综治中心采取“常驻+轮驻+随驻”的灵活机制。"]),
    ]
    return engine_of(stories, "n")


@pytest.mark.parametrize(("question", "answer"), [
    ("哪一个公园将芝加哥大学的校园分成南北两块？", "中途公园"),
    ("哪一个病导致奥斯陆于14世纪时为最严重的地区？", "黑死病"),
])
def test_the_noun_asked_ends_a_noun_run(engine, question, answer):
    assert engine.ask(question).text == answer


def test_an_adjective_before_the_noun_asked_after_de_is_no_answer(engine):
    # "“常驻+轮驻+随驻”的|灵活|机制": what stands before 的 names the mechanism, not the adjective
    assert engine.ask("安吉县综治中心采取了什么机制？").text != "灵活机制"
