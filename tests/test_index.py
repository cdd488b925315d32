"""The sparse BM25 index against the rank-bm25 oracle, and its cache: reuse, staleness, corruption."""

from __future__ import annotations

import logging
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rank_bm25 import BM25Okapi

from qa.engine import Engine
from qa.index import Tokenized, build_index
from qa.retrieve import RankBM25Retriever, SparseRetriever

from conftest import SEEDS

WORDS = [f"w{i}" for i in range(12)]


def tokenized(docs: list[list[str]]) -> Tokenized:
    vocab: dict[str, int] = {}
    ids = [vocab.setdefault(t, len(vocab)) for d in docs for t in d]
    offsets = np.cumsum([0] + [len(d) for d in docs])
    return Tokenized(tuple(vocab), np.asarray(ids, dtype=np.int32), offsets.astype(np.int64))


def oracle_scores(docs, query, k1, b):
    """rank-bm25's scores, with its floored (negative-IDF) terms taken out of the query."""
    bm25 = BM25Okapi(docs, k1=k1, b=b)
    n = len(docs)
    well_defined = [t for t in query if sum(t in d for d in docs) <= n / 2]
    return bm25.get_scores(well_defined)


@settings(max_examples=150, deadline=None)
@given(
    docs=st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=15), min_size=1, max_size=40),
    query=st.lists(st.sampled_from(WORDS + ["unknown"]), min_size=1, max_size=6),
    k1=st.floats(0.5, 2.5), b=st.floats(0.0, 1.0),
)
def test_scores_equal_rank_bm25(docs, query, k1, b):
    index = build_index(tokenized(docs), k1, b)
    expected = oracle_scores(docs, query, k1, b)
    np.testing.assert_allclose(index.scores(query), expected, rtol=0, atol=1e-6)
    # search() returns the same scores for the sentences it returns, best first, only those that match.
    top = index.search(query, 5)
    for i, score in top:
        assert abs(score - expected[i]) < 1e-6
    assert [s for _, s in top] == sorted((s for _, s in top), reverse=True)
    positive = sorted(expected[expected > 0], reverse=True)[:5]
    np.testing.assert_allclose([s for _, s in top], positive, atol=1e-6)


def test_frequent_terms_get_zero_idf_not_rank_bm25s_floor():
    docs = [["的", "a"], ["的", "b"], ["的", "c"], ["d"]]
    index = build_index(tokenized(docs))
    assert index.idf[index.term_ids["的"]] == 0.0
    assert index.search(["的"], 3) == []
    bm25 = BM25Okapi(docs)
    assert bm25.idf["的"] > 0  # rank-bm25 floors the negative IDF to epsilon × mean IDF


def test_ties_are_broken_by_sentence_order():
    docs = [["x", "y"], ["y", "x"], ["x", "y"], ["z"], ["v"], ["w"], ["u"]]
    index = build_index(tokenized(docs))
    assert [i for i, _ in index.search(["x"], 2)] == [0, 1]
    assert [i for i, _ in index.search(["x"], 10)] == [0, 1, 2]


def test_empty_corpus_and_empty_query():
    index = build_index(tokenized([]))
    assert index.search(["x"], 5) == []
    index = build_index(tokenized([["a"], ["b"]]))
    assert index.search([], 5) == [] and index.search(["zzz"], 5) == []


def test_sparse_matches_rank_bm25_backend_on_the_seed(engine, config):
    assert isinstance(engine.retriever, SparseRetriever)
    ref = RankBM25Retriever(engine.corpus, engine.tokenizer, config)
    questions = ["全省建设更高水平平安浙江工作会议在哪里召开", "安吉县综治中心整合了多少个部门", "青年人群占比",
                 "千亩水杉照片谁拍的", "刘捷主持会议"]
    for q in questions:
        tokens = engine.tokenizer.query_tokens(q)
        mine = engine.retriever.search(tokens, 5)
        theirs = ref.search(tokens, 5)  # no seed term is in over half the sentences: no IDF floor in play
        assert mine and [h.sentence.id for h in mine] == [h.sentence.id for h in theirs]
        assert all(math.isclose(a.score, b.score, abs_tol=1e-6) for a, b in zip(mine, theirs, strict=True))


def corpus_copy(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for f in SEEDS.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    return folder


def test_cache_is_reused_then_rebuilt_when_stale(tmp_path, config):
    cfg = config.replace(**{"index.cache_dir": str(tmp_path / "cache")})
    folder = corpus_copy(tmp_path)
    first = Engine.load(cfg, corpus=folder)
    assert first.retriever.info["loaded"] is False
    second = Engine.load(cfg, corpus=folder)
    assert second.retriever.info["loaded"] is True
    assert second.retriever.info["cache"] == first.retriever.info["cache"]
    # A changed corpus is another key: the stale index is not used.
    (folder / "extra.txt").write_text("新标题\n\n本报记者 王小明\n\n西湖边新开了一家图书馆。\n", encoding="utf-8")
    third = Engine.load(cfg, corpus=folder)
    assert third.retriever.info["loaded"] is False
    assert third.ask("西湖边新开了什么？").evidence[0].sentence.text == "西湖边新开了一家图书馆。"
    # A changed BM25 parameter needs no new tokens (segments keep term frequencies): the weights follow it.
    fourth = Engine.load(cfg.replace(**{"index.k1": 1.2}), corpus=folder)
    assert fourth.retriever.info["loaded"] is True
    fresh = Engine.load(cfg.replace(**{"index.k1": 1.2}), corpus=folder, rebuild=True)
    assert fresh.retriever.info["loaded"] is False
    tokens = third.tokens("西湖边新开了什么？")
    np.testing.assert_allclose(fourth.retriever.index.scores(tokens), fresh.retriever.index.scores(tokens),
                               atol=1e-9)
    assert not np.allclose(fourth.retriever.index.scores(tokens), third.retriever.index.scores(tokens))


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty"])
def test_corrupt_cache_is_rebuilt_with_a_warning(tmp_path, config, caplog, damage):
    cfg = config.replace(**{"index.cache_dir": str(tmp_path / "cache")})
    folder = corpus_copy(tmp_path)
    path = Engine.load(cfg, corpus=folder).retriever.info["cache"]
    data = open(path, "rb").read()
    with open(path, "wb") as fh:
        fh.write({"truncate": data[: len(data) // 2], "garbage": b"\x00garbage" * 100, "empty": b""}[damage])
    with caplog.at_level(logging.WARNING):
        engine = Engine.load(cfg, corpus=folder)
    assert engine.retriever.info["loaded"] is False
    assert any("unusable" in r.getMessage() for r in caplog.records)
    assert engine.ask("会议在哪里召开？").evidence
    # …and the rebuilt file is good again.
    assert Engine.load(cfg, corpus=folder).retriever.info["loaded"] is True


def test_unwritable_cache_still_answers(tmp_path, config, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cfg = config.replace(**{"index.cache_dir": str(blocker / "cache")})
    with caplog.at_level(logging.WARNING):
        engine = Engine.load(cfg, corpus=SEEDS)
    assert engine.retriever.info["cache"] == ""
    assert engine.ask("会议在哪里召开？").evidence
