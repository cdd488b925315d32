"""The paragraph before the one an answer's sentence opens is part of what the evidence model reads around it
(compose.Composer._paragraph_before): "创刊号为四开四版" goes on from the paragraph naming the paper."""

from __future__ import annotations

import pytest
from stories import engine_of


@pytest.fixture(scope="module")
def engine():
    return engine_of([
        ("一份报纸的七十年", ["1949年5月,《江城晚报》在武汉创刊,是新中国成立前夕创办的报纸之一。",
                              "创刊号为四开四版,发行三千份。此后几经改版。"]),
    ], "p")


def _sentences(engine):
    corpus = engine._state.corpus
    return [s for s in corpus.sentences_of("p#0") if s.kind == "body"]


def test_a_paragraphs_first_sentence_reads_the_paragraph_before(engine):
    composer = engine._state.composer
    first, opening, later = _sentences(engine)
    assert "《江城晚报》在武汉创刊" in composer._paragraph_before(opening)
    assert composer._paragraph_before(first) == ""  # no paragraph before it
    assert composer._paragraph_before(later) == ""  # not a paragraph's first sentence (the text before it is read)

