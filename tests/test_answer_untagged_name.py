"""A typed question's slot that both anchors close, nouns in one clause, is a name the tagger missed: its anchor
counts as a typed name's does (compose._untagged_name). "在谁的支持下" ↔ "在|苏联第三国际|支持与行动下", not the city
named further on."""

from __future__ import annotations

import pytest

from qa.answer import compose
from qa.answer.compose import _untagged_name
from qa.answer.question import analyze
from qa.answer.slots import align
from qa.engine import build_engine
from qa.normalize import fold
from qa.types import Article, Paragraph

_TEXTS = ("1924年11月26日，在苏联第三国际支持与行动下，蒙古人民党宣布废除君主立宪制，成立蒙古人民共和国，定都库伦，"
          "改城名为乌兰巴托，以1911年作独立纪元。",
          "这条铁路全长一千四百公里，设计时速三百五十公里，沿途设站二十四座。",
          "球队在主场以三比一战胜对手，取得本赛季的第五场胜利。")
_QUESTION = "1924年11月26日，在谁的支持下，蒙古人民党宣布废除君主立宪制？"


@pytest.fixture(scope="module")
def mongolia(config):
    articles = [Article(id=f"m{i}", file="t.json", headline="", paragraphs=(Paragraph(index=0, kind="body", text=t),))
                for i, t in enumerate(_TEXTS)]
    return build_engine(config, articles=articles)


def test_the_slot_both_anchors_close_is_the_answer(mongolia):
    a = mongolia.ask(_QUESTION)
    assert not a.declined
    assert a.text == "苏联第三国际"


def test_without_the_rule_a_tagged_place_elsewhere_wins(mongolia, monkeypatch):
    monkeypatch.setattr(compose, "_untagged_name", lambda *args: False)
    assert mongolia.ask(_QUESTION).text != "苏联第三国际"


def _guard(question: str, sentence: str, span: str, verb: bool = False, modifiers: bool = False) -> bool:
    info = analyze(question)
    f = fold(sentence)
    slot = align(f, info.left, info.right, 40, False)
    start = f.index(fold(span))
    return _untagged_name(info, slot, f, start, start + len(fold(span)), {"words": 0.4, "has_verb": float(verb),
                                                                      "modifiers_only": float(modifiers)})


def test_the_guard():
    q, s = "在谁的支持下，蒙古人民党宣布独立？", "在苏联第三国际支持下，蒙古人民党宣布独立。"
    assert _guard(q, s, "苏联第三国际")
    assert not _guard(q, s, "苏联第三国际", verb=True)  # a verb in it: no name
    # an adjective alone between the anchors is no name ("张淑娟|不满|媒体人…" for 张淑娟对哪两位媒体人提告)
    assert not _guard("张淑娟对哪两位媒体人提告？", "张淑娟不满媒体人周玉蔻多次批评她。", "不满", modifiers=True)
    assert not _guard("在谁的支持下，该校成立了服务队？", "在市里的工会支持下，该校成立了服务队。", "市里的工会")
    # a time or a number the tagger does find: "在球队|历史内|首次升级" is no time
    assert not _guard("球队何时首次升级到联赛？", "球队在历史内首次升级到联赛。", "在历史内")
    # across a clause mark the slot is no one name
    assert not _guard("在谁的支持下成立了这个组织？", "在工会，青年团支持下成立了这个组织。", "工会，青年团")
