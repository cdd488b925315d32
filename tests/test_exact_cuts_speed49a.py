"""Exact shortcuts of round 49 (speed49a) give what the code before them gave. Each is checked against the old
code, kept here as the reference (a shortcut that changed one value would change answers)."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from qa.answer import list_total, typed
from qa.answer.spans import Span
from qa.lexicon import CONTRASTS
from qa.normalize import fold

DATA = Path(__file__).parent / "data" / "cmrc2018_trial.json"


@pytest.fixture(scope="module")
def questions() -> list[str]:
    """The CMRC trial's questions, folded, with the pair-naming questions of typed.about_other's docstring."""
    qs = [fold(q["question"]) for a in json.loads(DATA.read_text(encoding="utf-8"))["data"]
          for p in a["paragraphs"] for q in p["qas"]]
    return qs + ["最低气温是多少", "最高气温是多少", "女单冠军是谁", "男子组的成绩是多少"]


def _old_about_other(folded: str, span: Span, spans: Sequence[Span], question: str) -> bool:
    """typed.about_other before the cut: the question's pairs read once a span."""
    if span.type == "person" and typed._WINNER_ASKED.search(question):
        partner = typed._PARTNER.search(folded, max(0, span.start - 5), span.start)
        start = partner.start() if partner else span.start
        if typed._BEATEN.search(folded, max(0, start - 8), start):
            return True
    if not any(x in question or y in question for x, y in CONTRASTS):
        return False
    return typed._side(folded, span, question) < 0 and any(
        sp.type == span.type and folded[sp.start:sp.end] not in question and typed._side(folded, sp, question) > 0
        for sp in spans)


def test_about_other_reads_the_question_as_before(questions):
    """typed.about_other with the question's pairs remembered (_names_a_contrast): the same answer as the old code
    for every CMRC question in a random order, each asked twice, over a sentence naming both sides of a pair (a
    memo keyed wrong answers with another question's pairs)."""
    f = "预计最高气温24℃~26℃,最低气温20℃~22℃,男子组成绩3分,女子组成绩4分"
    spans = [Span(m.start(), m.end(), "number", "number") for m in re.finditer(r"\d+℃~\d+℃|\d分", f)]
    rng = random.Random(49)
    order = questions * 2
    rng.shuffle(order)
    told = 0
    for q in order:
        for sp in spans:
            got = typed.about_other(f, sp, spans, q)
            assert got == _old_about_other(f, sp, spans, q), (q, sp)
            told += got
        assert typed._names_a_contrast(q) == any(x in q or y in q for x, y in CONTRASTS), q
    assert told >= 4  # (the docstring's questions: each side's span is the other's for the other question)


def _old_in_counted_list(f: str, name: str, head: str) -> bool:
    tail = re.compile(rf"(?:[{list_total._JOINS}]{list_total._ITEM})*{list_total._COUNT}{re.escape(head)}")
    for m in re.finditer(re.escape(name), f):
        listed = f.startswith(tuple(list_total._JOINS), m.end()) or (m.start() > 0 and f[m.start() - 1]
                                                                       in list_total._JOINS)
        if listed and tail.match(f, m.end()):
            return True
    return False


def test_in_counted_list_as_before():
    """list_total.in_counted_list with the list's pattern made only for a name printed as an item: the same as
    the old code for every name and head noun of the module's cases and a few others, listed or not."""
    texts = ["公司管理的梧州、梧州西、倒水、五岭四个收费站车流量合计", "截至1日16时,梧州收费站车流量近10000辆次",
             "梧州和倒水两个收费站", "倒水、梧州收费站", "梧州、倒水收费站共三个", "北京、上海、广州三座城市",
             "上海和北京两座城市的人口", "北京市、天津市和河北省三地", "北京,上海三个城市"]
    names = ["梧州", "倒水", "五岭", "北京", "上海", "广州", "天津市", "河北省", "深圳"]
    heads = ["收费站", "城市", "地", "个"]
    hits = 0
    for f in texts:
        for n in names:
            for h in heads:
                got = list_total.in_counted_list(f, n, h)
                assert got == _old_in_counted_list(f, n, h), (f, n, h)
                hits += got
    assert hits >= 6
