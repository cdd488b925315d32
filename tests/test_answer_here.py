"""A where-answer printed as 这里 is the place named in the sentence before it (here.py)."""

from __future__ import annotations

from types import SimpleNamespace

from candidates import sentences_in

from qa.answer.here import here_moved, pointed_place
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_TEXTS = ("9月10日晚上七点半,多功能体育馆内灯火通明,流光溢彩。", "我校2006级新生开学典礼在这里隆重举行。")


def _reader(sentences: list[Sentence]) -> SimpleNamespace:
    corpus = SimpleNamespace(sentences_of=lambda article: [s for s in sentences if s.article_id == article])
    return SimpleNamespace(corpus=corpus, tagged=lambda s: ([], []))  # no typed spans: the venue pattern reads it


def _here(s: Sentence) -> Candidate:
    start = s.text.index("这里")
    return Candidate(text="这里", sentence=s, start=start, end=start + 2, type="place", score=1.0, rule="type:place")


def test_here_is_the_venue_named_before():
    sentences = sentences_in(_TEXTS, (2, 2))
    moved = here_moved(_reader(sentences), _here(sentences[1]), analyze("2006级新生开学典礼在哪里举行？"))
    assert moved is not None and moved.text == "多功能体育馆" and moved.sentence is sentences[0]


def test_not_across_paragraphs_nor_for_other_questions():
    apart = sentences_in(_TEXTS, (1, 2))
    assert pointed_place(_reader(apart), apart[1]) is None
    same = sentences_in(_TEXTS, (2, 2))
    assert here_moved(_reader(same), _here(same[1]), analyze("2006级新生开学典礼何时举行？")) is None
