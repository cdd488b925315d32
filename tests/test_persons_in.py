"""typed.persons_in (what a pronoun's antecedent reads, compose._people_past_dateline) gives extract()'s persons:
the same spans in the same order, on CMRC text and on sentences that exercise its branches (a web address, kin
words, a dotted foreign name, a name after a post)."""

from __future__ import annotations

import json
from pathlib import Path

import jieba.posseg
import pytest

from qa.answer.typed import extract, persons_in
from qa.normalize import fold
from qa.postag import PosTagger
from qa.split import split_text

TRIAL = Path(__file__).parent / "data" / "cmrc2018_trial.json"
MADE = ["记者王小明在www.example.com.cn上发布了消息,张伟表示赞同。",
        "他的父亲和母亲都来了。",
        "美国总统约翰·肯尼迪访问了柏林。",
        "副区长关也彤介绍了情况,局长王鑫基表示支持。",
        "请发送至邮箱:zhangsan@example.com,联系人李四。"]


@pytest.fixture(scope="module")
def tagger() -> PosTagger:
    return PosTagger(jieba.posseg.dt)


def _persons(folded: str, pos: list[tuple[str, str]]) -> list:
    return [sp for sp in extract(folded, pos) if sp.type == "person"]


def test_the_persons_of_extract_on_cmrc_text(tagger: PosTagger) -> None:
    data = json.loads(TRIAL.read_text(encoding="utf-8"))
    texts = [p["context"] for a in data["data"][:40] for p in a["paragraphs"]]
    sentences = [fold(t[a:b]) for t in texts for a, b in split_text(t)]
    named = 0
    for s in sentences:
        pos = list(tagger.tag(s))
        assert persons_in(s, pos) == _persons(s, pos), s
        named += bool(_persons(s, pos))
    assert named > 100  # the comparison saw persons, not only empty lists


@pytest.mark.parametrize("text", MADE)
def test_the_persons_of_extract_on_made_sentences(tagger: PosTagger, text: str) -> None:
    s = fold(text)
    pos = list(tagger.tag(s))
    assert persons_in(s, pos) == _persons(s, pos)
