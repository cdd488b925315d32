"""Exact shortcuts of round 50 (speed50b, the slowest questions): the persons a pronoun's antecedent is looked for
in are read from the tag store's typed spans of the sentences read back, when the store holds them, and are the
persons typed.persons_in finds live (checked on real text, CMRC 2018 trial paragraphs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa import tag_store
from qa.answer.typed import persons_in
from qa.load import corpus_from_articles
from qa.normalize import fold
from qa.tokenize import Tokenizer
from qa.types import Article, Paragraph

DATA = Path(__file__).parent / "data" / "cmrc2018_trial.json"


def _composer(config, tokenizer, articles):
    from qa.answer import Composer, load_weights, weights_path

    return Composer(config.composer, corpus_from_articles(articles), tokenizer, load_weights(weights_path(config)))


@pytest.fixture()
def articles():
    contexts = [p["context"] for a in json.loads(DATA.read_text(encoding="utf-8"))["data"] for p in a["paragraphs"]]
    return [Article(id=f"c{i}", file="c.json", headline=f"标题{i}", paragraphs=(Paragraph(0, "body", t),))
            for i, t in enumerate(contexts[:60])]


def test_the_persons_read_back_for_a_pronoun_are_the_stored_spans_persons(config, tmp_path, articles, monkeypatch):
    """Composer._people_past_dateline of every sentence: from the store (persons_in never called) the same spans,
    in the same order, as a composer without a store finds live."""
    from qa.answer import compose

    live = _composer(config, Tokenizer(config), articles)
    stored = _composer(config, Tokenizer(config), articles)
    store = tag_store.build(tmp_path / "tags-x", (s.folded for s in stored.corpus.sentences), stored.tagger, "f",
                            spans=stored.span_maker())
    stored.use_tags(store)
    want = {s.id: live._people_past_dateline(s) for s in live.corpus.sentences}

    def scanned(*args, **kwargs):
        raise AssertionError("persons found live: the store holds the sentence's spans")

    monkeypatch.setattr(compose, "persons_in", scanned)
    got = {s.id: stored._people_past_dateline(s) for s in stored.corpus.sentences}
    assert got == want
    assert sum(map(len, want.values())) > 100 and sum(1 for v in want.values() if not v) > 50


def test_after_a_word_is_added_the_persons_are_found_live(config, tmp_path):
    """The store's spans were made from tags without a byline name added since: then the persons are found live,
    with the name (as Composer._tagged scans live)."""
    text = "马锐锋主持会议,市委书记、市长王学军出席。"
    arts = [Article(id="a0", file="x", headline="", paragraphs=(Paragraph(0, "body", text),))]
    tokenizer = Tokenizer(config)
    composer = _composer(config, tokenizer, arts)
    store = tag_store.build(tmp_path / "tags-x", (fold(text),), composer.tagger, "f", spans=composer.span_maker())
    composer.use_tags(store)
    s = composer.corpus.sentences[0]
    before = [(sp.start, sp.end) for sp in composer._people_past_dateline(s)]
    tokenizer.add_words(["锐锋主"])  # "马|锐锋主|持会议": 马锐锋 is no longer read as a name
    composer._persons.clear()  # (the composer's own caches are emptied as test_tag_store's test does)
    composer._cache.clear()
    want = persons_in(s.folded, list(composer.tagger.tag(s.folded)), composer._names, composer._freq)
    got = composer._people_past_dateline(s)
    assert got == [sp for sp in want if sp.start >= composer._dateline_end(s)]
    assert before == [(0, 3), (15, 18)] and [(sp.start, sp.end) for sp in got] == [(15, 18)]
