"""The candidate loop scans a sentence's typed spans only when a generator reads them (compose._Lazy), and two
readers tell from the sentence's characters that they would read nothing:
- typed.may_hold: a sentence it says cannot hold a time (a number) has none in extract()'s spans;
- short.headed: a sentence holding neither end of the asked noun nor 《 gives no headed span;
- topic.topics: a sentence holding no copula word opens no topic, and its words are not read.
Both are checked on CMRC text, with the sentences' digits dropped or written in Chinese as well."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jieba.posseg
import pytest

from qa.answer.compose import _Lazy
from qa.answer.short import headed
from qa.answer.topic import topics
from qa.answer.typed import extract, may_hold
from qa.normalize import fold
from qa.postag import PosTagger
from qa.split import split_text

TRIAL = Path(__file__).parent / "data" / "cmrc2018_trial.json"
HEADS = ("城市", "大学", "宗教", "报纸", "诗题", "峰", "公司", "语言", "节目", "球队", "事件")


@pytest.fixture(scope="module")
def tagged() -> list[tuple[str, list[tuple[str, str]]]]:
    data = json.loads(TRIAL.read_text(encoding="utf-8"))
    texts = [p["context"] for a in data["data"][:40] for p in a["paragraphs"]]
    sentences = [fold(t[a:b]) for t in texts for a, b in split_text(t)]
    sentences += [re.sub(r"\d", "", s) for s in sentences] + [
        s.translate(str.maketrans("0123456789", "〇一二三四五六七八九")) for s in sentences]
    tagger = PosTagger(jieba.posseg.dt)
    return [(s, list(tagger.tag(s))) for s in sentences]


def test_may_hold_is_false_only_where_no_span_of_the_kind_is(tagged) -> None:
    ruled_out = {"time": 0, "number": 0}
    for s, pos in tagged:
        kinds = {sp.type for sp in extract(s, pos)}
        for kind in ruled_out:
            if not may_hold(s, kind):
                assert kind not in kinds, (kind, s)
                ruled_out[kind] += 1
        assert may_hold(s, "person") and may_hold(s, "place")  # no shortcut for the kinds tags alone tell
    assert ruled_out["time"] > 100 and ruled_out["number"] > 100  # the shortcut does skip sentences


def test_headed_reads_nothing_where_the_head_cannot_end_a_span(tagged) -> None:
    skipped = 0
    for s, pos in tagged[::3]:
        typed = extract(s, pos)
        for head in HEADS:
            # the long way: a 《 after the sentence's end passes the shortcut and changes no span's reading
            assert headed(s, typed, head, "哪一个" + head) == headed(s + "《", typed, head, "哪一个" + head), (head, s)
            skipped += head[0] not in s and head[-1] not in s and "《" not in s
    assert skipped > 1000


def test_lazy_spans_are_read_once_and_are_the_list() -> None:
    calls = []

    def typed(s):
        calls.append(s)
        return ["a", "b"]

    lazy = _Lazy(typed, "s")  # type: ignore[arg-type]
    assert not calls  # nothing scanned before a read
    assert list(lazy) == ["a", "b"] and len(lazy) == 2 and lazy[1] == "b" and "a" in lazy and bool(lazy)
    assert calls == ["s"]


class _Unread(list):
    def __iter__(self):
        raise AssertionError("the words were read")


def test_topics_read_no_words_without_a_copula() -> None:
    question = "韩语词汇的核心部分为哪一部分"
    assert topics("固有词占多数,韩语词汇的核心部分由此而来。", _Unread(), question) == []
    # with a copula the words are read (and the topic found)
    folded = "固有词是韩语词汇的核心部分。"
    pos = [(p.word, p.flag) for p in jieba.posseg.dt.lcut(folded)]
    assert [folded[sp.start:sp.end] for sp in topics(folded, pos, question)] == ["固有词"]
