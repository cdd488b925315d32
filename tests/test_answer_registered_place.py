"""A company's registered place, in brackets right before its legal form, is part of its name ("安琪酵母(柳州)有限公司":
typed.orgs walks past the bracketed place to the name before it)."""

from __future__ import annotations

import jieba.posseg

from qa.answer.typed import orgs


def _pos(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in jieba.posseg.cut(text)]


def _orgs(text: str) -> list[str]:
    return [text[sp.start:sp.end] for sp in orgs(text, _pos(text))]


def test_the_bracketed_place_before_the_legal_form_belongs_to_the_name():
    text = "竣工5项有,安琪酵母(柳州)有限公司新建酵母抽提物二期、柳城县宜居乡村示范村建设等项目。"
    assert "安琪酵母(柳州)有限公司" in _orgs(text)


def test_a_bracket_that_is_no_place_is_left_out():
    text = "他说(依法)有限公司不得如此。"
    assert not any(o.startswith("(") or "依法" in o for o in _orgs(text))
