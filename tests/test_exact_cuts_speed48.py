"""Exact shortcuts of round 48 (speed48) give what the code before them gave. Each is checked against the old
code, kept here as the reference (a shortcut that changed one value would change answers)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from qa.answer import people_answer, topic
from qa.answer.spans import Span, char_bigrams, clause_end, echo_marks, offsets
from qa.config import load_config
from qa.engine import Engine
from qa.normalize import fold
from qa.tokenize import main_word_freq
from qa.types import Article, Paragraph

DATA = Path(__file__).parent / "data" / "cmrc2018_trial.json"


def test_the_first_rows_kept_are_read_only_as_far_as_needed():
    """people_answer._first_kept: the rows the old filter-then-cut kept ([r for r in ranked if keep(r)][:n]), in
    order, with `keep` asked of no row after the n-th kept one."""
    rng = random.Random(48)
    for _ in range(2_000):
        ranked = list(range(rng.randint(0, 60)))
        away = {r for r in ranked if rng.random() < rng.choice((0.0, 0.2, 0.6, 1.0))}
        n = rng.randint(1, 25)
        asked: list[int] = []

        def keep(r: int, asked: list[int] = asked, away: set[int] = away) -> bool:
            asked.append(r)
            return r not in away

        got = people_answer._first_kept(ranked, keep, n)  # type: ignore[arg-type]
        assert got == [r for r in ranked if r not in away][:n]
        assert asked == ranked[: asked[-1] + 1] if asked else not ranked
        assert len(got) < n or asked[-1] == got[-1]  # no row checked past the n-th kept


def _old_topics(folded, pos, question, freq=main_word_freq):
    """topic.topics before round 48 (the question's bigrams made per call)."""
    naming = topic._NAMING.search(question) is not None
    asked = topic._WH.sub(" ", question)
    wanted = {b for b in char_bigrams(asked) if not any(c in " ?？,，。的是为" for c in b)}
    if len(wanted) < 2 or not any(w in folded for w in topic._COPULA_WORDS):
        return []
    words = offsets(pos)
    out = []
    for i, (a, _b, _w, _flag) in enumerate(words):
        if a > 0 and folded[a - 1] not in topic._CLAUSE_MARKS:
            continue
        j = i
        while j < len(words) and words[j][3].startswith(topic._TOPIC_TAGS) and words[j][2] not in topic._COPULA_WORDS:
            j += 1
        if j == i or j >= len(words) or not words[j - 1][3].startswith(topic._NOUN_END):
            continue
        k = j
        while k < len(words) - 1 and words[k][2] in topic._ADVERBS:
            k += 1
        if words[k][2] not in topic._COPULA_WORDS or (naming and words[k][2] not in topic._NAMING_WORDS):
            continue
        if j == i + 1 and freq(words[i][2]) >= topic._COMMON:
            continue
        start, end = a, words[j - 1][1]
        text = folded[start:end]
        if not 2 <= len(text) <= topic._LONGEST or text in question:
            continue
        if 2 * sum(echo_marks(text, asked)) > len(text):
            continue
        told = char_bigrams(folded[words[k][1]:] if start == 0 else folded[words[k][1]:clause_end(folded, end)])
        if len(wanted & told) >= 0.5 * len(wanted):
            out.append(Span(start, end, "term", "subject"))
    return out


@pytest.fixture(scope="module")
def cmrc() -> list[tuple[list[tuple[str, list]], list[str]]]:
    """Each CMRC trial paragraph's sentences that hold a copula word (the others return at once), folded and
    tagged by the composer's tagger, with the paragraph's questions folded."""
    engine = Engine.from_articles(load_config(), [Article(id="a", file="a.json", headline="标题",
                                                          paragraphs=(Paragraph(0, "body", "一句话。"),))])
    tag = engine._state.composer._pos
    out = []
    for a in json.loads(DATA.read_text(encoding="utf-8"))["data"]:
        for p in a["paragraphs"]:
            told = [fold(s) for s in re.split(r"(?<=[。！？])", p["context"]) if s.strip()]
            told = [(s, tag(s)) for s in told if any(w in s for w in topic._COPULA_WORDS)]
            out.append((told, [fold(q["question"]) for q in p["qas"]]))
    return out


def test_topics_read_the_question_as_before(cmrc):
    """topic.topics with the question's reading remembered (topic._asked): the same spans as the old code, for
    each paragraph's sentences under its own questions and under another paragraph's, the paragraphs read twice
    in two orders (a memo keyed wrong gives another question's bigrams)."""
    rng = random.Random(48)
    found = 0
    for _ in range(2):
        for told, questions in rng.sample(cmrc, len(cmrc)):
            for q in questions + rng.choice(cmrc)[1][:1]:
                for s, pos in told:
                    got = topic.topics(s, pos, q)
                    assert got == _old_topics(s, pos, q), (s, q)
                    found += bool(got)
    assert found >= 20  # (14 pairs of a paragraph's own, each read twice)


def test_an_engine_collects_the_young_generation_less_often():
    """engine._collect_less: an engine raises Python's 700 to config process.gc_young (7,000), and leaves a host's
    higher setting and a collector turned off (threshold 0) as they were; gc_young 0 leaves Python's 700."""
    import gc

    from qa import engine as engine_module

    assert load_config().process.gc_young == 7_000
    saved = gc.get_threshold()
    one = [Article(id="a", file="a.json", headline="标题", paragraphs=(Paragraph(0, "body", "一句话。"),))]
    try:
        for young, want in ((700, 7_000), (50_000, 50_000), (0, 0)):
            gc.set_threshold(young, *saved[1:])
            engine_module._collect_less(7_000)
            assert gc.get_threshold() == (want, *saved[1:])
        gc.set_threshold(700, *saved[1:])
        Engine.from_articles(load_config(), one)
        assert gc.get_threshold()[0] == 7_000
        gc.set_threshold(700, *saved[1:])
        Engine.from_articles(load_config().replace(**{"process.gc_young": 0}), one)
        assert gc.get_threshold()[0] == 700
    finally:
        gc.set_threshold(*saved)


def test_answers_leave_no_cycles_for_the_collector(cmrc):
    """What makes the rarer collections free: questions answered leave no cyclic garbage (their objects die by
    reference counting), so a collection finds nothing whenever it runs."""
    import gc

    engine = Engine.from_articles(load_config(), [
        Article(id=f"c#{i}", file="c.json", headline=f"标题{i}",
                paragraphs=(Paragraph(0, "body", " ".join(s for s, _ in told)),))
        for i, (told, _) in enumerate(cmrc[:40]) if told])
    questions = [q for _, qs in cmrc[:40] for q in qs]
    for q in questions[:5]:
        engine.ask(q)  # (first-use caches made)
    gc.collect()
    gc.disable()
    try:
        for q in questions[5:80]:
            engine.ask(q)
        assert gc.collect() == 0
    finally:
        gc.enable()
