"""Exact shortcuts of round 47 (speed47) give what the code before them gave, on real text: CMRC 2018 trial
paragraphs made into articles of several paragraphs. Each is checked against the old code, kept here as the
reference (a shortcut that changed one value would change answers)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

from qa.answer.typed import persons_in
from qa.config import load_config
from qa.engine import Engine
from qa.index import _SAMPLE, SparseIndex
from qa.normalize import fold
from qa.types import Article, Paragraph

DATA = Path(__file__).parent / "data" / "cmrc2018_trial.json"


@pytest.fixture(scope="module")
def engine() -> Engine:
    """40 CMRC paragraphs, each an article whose sentences are cut into paragraphs of two; the last four
    articles' paragraphs are numbered backwards (no loader does so: the lookups must not rely on the order)."""
    contexts = [p["context"] for a in json.loads(DATA.read_text(encoding="utf-8"))["data"] for p in a["paragraphs"]]
    articles = []
    for i, context in enumerate(contexts[:40]):
        sentences = [s for s in re.split(r"(?<=[。！？])", context) if s.strip()]
        texts = ["".join(sentences[j:j + 2]) for j in range(0, len(sentences), 2)]
        numbers = range(len(texts)) if i < 36 else [len(texts) - 1 - n for n in range(len(texts))]
        articles.append(Article(id=f"c#{i}", file="c.json", headline=f"标题{i}",
                                paragraphs=tuple(Paragraph(n, "body", t) for n, t in zip(numbers, texts, strict=True))))
    return Engine.from_articles(load_config(), articles)


def _sentences(engine: Engine) -> list:
    return [s for a in engine.corpus.articles for s in engine.corpus.sentences_of(a.id)]


def test_the_text_before_a_sentence_is_read_from_its_own_paragraph(engine):
    """Composer._before looks the paragraph up at its position first: the same text as the old scan of the
    article's paragraphs for the one of that index, at both widths read, for every sentence."""
    composer = engine._state.composer
    checked = 0
    for s in _sentences(engine):
        for width in (80, 600):
            old = ""
            if s.start:
                para = next((p for p in engine.corpus.article(s.article_id).paragraphs if p.index == s.paragraph),
                            None)
                old = fold(para.text[max(0, s.start - width):s.start]) if para is not None else ""
            assert composer._before(s, width) == old, (s.id, width)
            checked += bool(old)
    assert checked > 100


def test_the_persons_read_back_are_the_sentences_own(engine):
    """_people_past_dateline's remembered persons (a sentence whose typed spans are not cached) are the ones
    persons_in finds in that sentence, read in any order and again; once its typed spans are cached, theirs."""
    composer = engine._state.composer
    sentences = _sentences(engine)

    def old(s):
        got = composer._cache.get(s.folded)
        people = [sp for sp in got[1] if sp.type == "person"] if got is not None and got[1] is not None \
            else persons_in(s.folded, composer._tags(s), composer._names, composer._freq)
        return [sp for sp in people if sp.start >= composer._dateline_end(s)]

    named = 0
    for s in sentences + sentences[::-1]:
        assert composer._people_past_dateline(s) == old(s), s.id
        named += bool(old(s))
    for s in sentences[::3]:
        composer._tagged(s)  # typed spans cached: read from them
        assert composer._people_past_dateline(s) == old(s), s.id
    assert named > 20


def _old_candidates(index, tokens: list[str], k: int):
    """SparseIndex.candidates before round 47 (fancy indexing, the k-th best found among all candidates)."""
    rows = [index.term_ids[t] for t in tokens if t in index.term_ids]
    buf = np.zeros(index.n_docs)
    indptr, indices, data = index.matrix.indptr, index.matrix.indices, index.matrix.data
    seen = []
    for r in sorted(rows, key=lambda r: indptr[r] - indptr[r + 1]):
        a, b = indptr[r], indptr[r + 1]
        if a == b:
            continue
        ix = indices[a:b]
        if not seen:
            buf[ix] = data[a:b]
            seen.append(ix)
            continue
        cur = buf[ix]
        new = ix[cur == 0]
        if len(new):
            seen.append(new)
        buf[ix] = cur + data[a:b]
    cand = np.concatenate(seen)
    vals = buf[cand]
    if len(cand) > k:
        kth = np.partition(vals, len(vals) - k)[len(vals) - k]
        part = np.flatnonzero(vals >= kth)
        cand, vals = cand[part], vals[part]
    return cand, vals


def test_the_index_candidates_are_the_old_ones():
    """SparseIndex.candidates by take/put and a sampled floor under the k-th best: the same sentences and the same
    scores, to the bit, in the same order, as before — over postings long enough for the floor (some 10,000
    candidates), with many tied scores, for k from 1 to past the sample."""
    rng = np.random.default_rng(47)
    n_docs, n_terms = 30_000, 40
    lengths = rng.integers(1, 12_000, n_terms)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    indices = np.concatenate([np.sort(rng.choice(n_docs, n, replace=False)) for n in lengths]).astype(np.int32)
    data = rng.integers(1, 60, int(indptr[-1])) / 7.0  # few distinct weights: ties at the k-th best
    matrix = sparse.csr_matrix((data, indices, indptr), shape=(n_terms, n_docs))
    vocab = [f"t{i}" for i in range(n_terms)]
    index = SparseIndex(vocab, matrix, np.ones(n_docs), np.ones(n_terms))
    sampled = 0
    for _ in range(150):
        tokens = list(rng.choice(vocab, int(rng.integers(1, 8)), replace=False))
        for k in (1, 5, 40, 100, 511, 600):
            got, old = index.candidates(tokens, k), _old_candidates(index, tokens, k)
            assert np.array_equal(got[0], old[0]) and np.array_equal(got[1], old[1]), (tokens, k)
            assert got[0].dtype == old[0].dtype and got[1].dtype == old[1].dtype
            held = np.unique(np.concatenate([matrix.indices[matrix.indptr[r]:matrix.indptr[r + 1]]
                                             for r in (index.term_ids[t] for t in tokens)]))
            sampled += len(held) > 8 * _SAMPLE and k < _SAMPLE  # the floor's path taken
    assert sampled > 100
    assert not index._local.buf.any()  # the buffer left clean
