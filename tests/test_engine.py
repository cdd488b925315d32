"""build_engine: the one factory every adapter uses, with one error policy."""

from __future__ import annotations

import socket

import pytest

from qa.engine import build_engine
from qa.retrieve import RetrieverUnavailable
from qa.types import Article, Paragraph

from conftest import SEEDS


def test_corpus_problems_are_warnings_not_errors(config, tmp_path):
    seen: list[str] = []
    engine = build_engine(config, [SEEDS, tmp_path / "missing"], on_warning=seen.append)
    assert engine.corpus.articles  # the readable part is served
    assert len(seen) == 1 and "missing" in seen[0] and "no such file" in seen[0]
    seen.clear()
    empty = build_engine(config, tmp_path, on_warning=seen.append)
    assert not empty.corpus.sentences and seen == ["the corpus is empty: every question will be declined"]


def test_articles_and_backend(config):
    texts = ("全省工作会议在杭州召开。", "水口乡种植水杉五百亩。", "综治中心整合了十八个部门。",
             "青年人群占比高达66%。")
    articles = [Article(id=str(i), file="x", headline="", paragraphs=(Paragraph(0, "body", t),))
                for i, t in enumerate(texts)]
    engine = build_engine(config, articles=articles, backend="rank-bm25")
    assert engine.retriever.name == "rank-bm25" and engine.config.index.backend == "rank-bm25"
    answer = engine.ask("全省工作会议在哪里召开？")
    assert answer.evidence[0].sentence.text == texts[0] and "杭州" in answer.text


def test_a_backend_that_cannot_serve_fails_at_start(config):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = config.replace(**{"index.sphinx.nodes": (f"127.0.0.1:{port}",), "index.sphinx.connect_timeout": 0.5})
    with pytest.raises(RetrieverUnavailable, match=f"cannot reach Sphinx at 127.0.0.1:{port}"):
        build_engine(cfg, SEEDS, backend="sphinx", on_warning=lambda w: None)
