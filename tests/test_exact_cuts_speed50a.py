"""Exact shortcuts of round 50 (speed50a) give what the code before them gave. Each is checked against the old
code, kept here as the reference (a shortcut that changed one value would change answers)."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from qa.answer import compose, features, slots
from qa.answer.beside import phrase_beside
from qa.answer.features import SentenceView, candidate_features, context_features, question_sides, question_terms
from qa.answer.question import analyze
from qa.answer.slots import align
from qa.answer.spans import Tags, offsets
from qa.config import load_config
from qa.engine import Engine
from qa.lexicon import CLAUSE_END, FUNCTION_CHARS, NOUN_TAGS, VERB_TAGS
from qa.normalize import fold
from qa.types import Article, Paragraph

DATA = Path(__file__).parent / "data" / "cmrc2018_trial.json"


def _trial() -> list[tuple[str, list[str]]]:
    return [(p["context"], [q["question"] for q in p["qas"]])
            for a in json.loads(DATA.read_text(encoding="utf-8"))["data"] for p in a["paragraphs"]]


@pytest.fixture(scope="module")
def engine() -> Engine:
    """30 CMRC paragraphs, each an article of one paragraph."""
    articles = [Article(id=f"c#{i}", file="c.json", headline=f"标题{i}", paragraphs=(Paragraph(0, "body", c),))
                for i, (c, _) in enumerate(_trial()[:30])]
    return Engine.from_articles(load_config(), articles)


# ---------------------------------------------------------------- the composer's tags as spans.Tags


def test_tags_are_the_cached_tags_with_their_offsets_made_once(engine):
    """Composer._tags and _tagged hand out the cached tags as one spans.Tags while the sentence is recent: the same
    (word, flag) pairs as before, the same object on the next read, so offsets() counts its words once."""
    composer = engine._state.composer
    sentences = [s for a in engine.corpus.articles for s in engine.corpus.sentences_of(a.id)][:200]
    for s in sentences:
        tags = composer._tags(s)
        assert type(tags) is Tags
        assert list(tags) == composer._pos(s.folded)  # the tags the composer cached, as they were
        assert composer._tags(s) is tags
        assert composer._tagged(s)[0] is tags
        words = offsets(tags)
        assert offsets(composer._tags(s)) is words  # made once, read by every later reader
        assert words == offsets(list(tags))


def test_tags_follow_the_cache_and_are_bounded(engine, monkeypatch):
    """A sentence's Tags are made again when its cached tags were replaced (evicted and tagged anew: the new
    ones, never the remembered old ones), and only the _WORDED most recent sentences' are kept."""
    composer = engine._state.composer
    sentences = [s for a in engine.corpus.articles for s in engine.corpus.sentences_of(a.id)]
    s = sentences[0]
    before = composer._tags(s)
    changed = [(w, "x") for w, _ in before]  # stands for tags made anew under another dictionary
    composer._cache[s.folded] = (changed, None)
    got = composer._tags(s)
    assert got is not before and list(got) == changed
    assert list(composer._tagged(s)[0]) == changed
    del composer._cache[s.folded]
    assert list(composer._tags(s)) == composer._pos(s.folded)
    monkeypatch.setattr(compose, "_WORDED", 50)
    composer._worded.clear()
    for x in sentences:
        composer._tags(x)
    assert len(sentences) > 100 and len(composer._worded) == 50


# ---------------------------------------------------------------- _closeness, nearest occurrence


def _old_closeness(s: str, grams: Sequence[str], lo: int, hi: int, at: int) -> float:
    total = 0.0
    for g in grams:
        i = s.find(g, lo, hi)
        if i < 0:
            continue
        best = 0.0
        while i >= 0:
            a, b = (i + len(g), at) if i < at else (at, i)
            if s.find("、", a, b) < 0:
                gap = b - a + 4 * sum(map(CLAUSE_END.__contains__, s[a:b]))
                near = 1.0 / (1.0 + max(0, gap) / 4.0)
                if near > best:
                    best = near
            i = s.find(g, i + 1, hi)
        total += best
    return total


def test_closeness_reads_the_nearest_occurrence_as_the_walk_did():
    """features._closeness reads one occurrence a gram (the last before `at`, the first after it) when the window
    is on one side of `at`: the same float as walking them all, on random texts full of repeated grams, clause
    marks and 、 (a walk from the wrong end, or the 、 test skipped, differs)."""
    rng = random.Random(50)
    alphabet = "甲乙丙丁戊,、。甲乙丙"
    differ_if_first = 0

    def first_before(s: str, grams: Sequence[str], lo: int, hi: int, at: int) -> float:  # the wrong end
        return sum(_old_closeness(s, [g], s.find(g, lo, hi), s.find(g, lo, hi) + len(g), at)
                   for g in grams if s.find(g, lo, hi) >= 0)

    for _ in range(4000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        grams = list(dict.fromkeys(rng.choice(["甲乙", "乙丙", "丙丁", "丁甲", "甲甲", "戊"]) for _ in range(4)))
        start = rng.randint(0, len(s))
        end = rng.randint(start, len(s))
        lo, hi = max(0, start - 24), min(len(s), end + 24)
        for args in ((lo, start, start), (end, hi, end), (lo, hi, start)):  # before, after, and across `at`
            assert features._closeness(s, grams, *args) == _old_closeness(s, grams, *args), (s, grams, args)
        differ_if_first += features._closeness(s, grams, lo, start, start) != first_before(s, grams, lo, start, start)
    assert differ_if_first > 100  # (the windows do hold several occurrences at different distances)


# ---------------------------------------------------------------- candidate and context features


def _old_tag_features(tags: Sequence[str]) -> dict[str, float]:
    nouns = NOUN_TAGS - {"x", "f", "m", "q"}
    return {"has_verb": float(any(t in VERB_TAGS for t in tags)),
            "modifiers_only": float(all(t in ("a", "ad", "d") for t in tags)),
            "all_nouns": float(all(t in nouns or t in ("m", "q", "a", "b", "f") for t in tags)),
            "number_tag": float(any(t in ("m", "q") for t in tags))}


def _old_context_counts(s: str, start: int, end: int, sides, terms) -> dict[str, float]:
    grams = tuple(sorted(terms.bigrams))
    a = features.clause_start(s, start)
    b = features.clause_end(s, end)
    clause = s[a:start] + "|" + s[end:b]
    out = {}
    if grams:
        out["clause_share"] = sum(g in clause for g in grams) / len(grams)
    if sides.verbs:
        inside = sum(v in clause for v in sides.verbs) / len(sides.verbs)
        out["clause_verb"] = inside
        out["verb_away"] = float(not inside and any(v in s for v in sides.verbs))
    return out


def _old_phrase_beside_pieces(left: str, right: str, s: str, start: int, end: int, touching: bool,
                              named: bool) -> float:
    """beside.phrase_beside before the cut (both of apposed and led read for each piece before the span)."""
    from qa.answer import beside as B
    left, right = left.rstrip(), right.lstrip()
    owned = left.replace("的", "")
    asked = B._asked_pieces(left, right)

    def apposed(piece: str) -> bool:
        i = owned.rfind(piece)
        return len(piece) >= B._APPOSED and i >= 0 and len(owned) - i - len(piece) <= B._NEAR_WH

    def led(piece: str) -> bool:
        piece = piece.rstrip()
        return (not named and touching and left.endswith(piece) and "的" not in clause_rest
                and (len(piece) >= B._LED or (len(piece) == 2 and piece[0] == "每")))

    stop = end
    while stop < len(s) and s[stop] not in CLAUSE_END:
        stop += 1
    clause_rest = s[end:stop]
    best = 0
    lead = 1 if s[start - 1:start] in B._OPENING and start > 0 else 0
    tail = 1 if s[end:end + 1] in B._CLOSING else 0
    lo = start - lead
    while lo > 0 and s[lo - 1] not in CLAUSE_END and start - lo < B._LONGEST + 2:
        lo -= 1
    for gap in B._gaps(s[lo:start - lead], left_side=True):
        e = start - lead - gap
        for n in range(min(B._LONGEST, e - lo), 1, -1):
            piece = s[e - n:e]
            if piece in asked if gap else (named and apposed(piece)) or led(piece):
                if any(c not in FUNCTION_CHARS and B.CJK.match(c) for c in piece):
                    best = max(best, min(n, B._REACH))
                break
    hi = end + tail
    while hi < len(s) and s[hi] not in CLAUSE_END and hi - end < B._LONGEST + 2:
        hi += 1
    for gap in B._gaps(s[end + tail:hi], left_side=False):
        b = end + tail + gap
        for n in range(min(B._LONGEST, hi - b), 1, -1):
            piece = s[b:b + n]
            if piece in asked and (gap or (touching and right.startswith(piece))):
                if any(c not in FUNCTION_CHARS and B.CJK.match(c) for c in piece):
                    best = max(best, min(n, B._REACH))
                break
    return best / B._REACH


def test_candidate_features_as_before_on_cmrc(engine):
    """candidate_features' tag tests (set tests now), echo_bigram (pairs of characters now), context_features'
    counts (by map now) and phrase_beside (one of apposed/led read) against the old expressions, for every
    word-aligned span of up to 6 words of the first CMRC paragraphs and their questions."""
    composer = engine._state.composer
    checked = beside_seen = 0
    for context, questions in _trial()[:12]:
        f = fold(re.split(r"(?<=。)", context)[0])
        pos = composer._pos(f)
        words = offsets(pos)
        starts = {a: i for i, (a, _, _, _) in enumerate(words)}
        ends = {b: i for i, (_, b, _, _) in enumerate(words)}
        for q in questions:
            info = analyze(fold(q))
            terms = question_terms(info)
            sides = question_sides(info, [w for w, t in pos if t.startswith("v") and len(w) >= 2][:3])
            slot = align(f, info.left, info.right) if info.wh else None
            view = SentenceView(folded=f, words=words, starts=starts, ends=ends, slot=slot, strength=0.5,
                                anchors=[], rank=0, gap=0.0, relative=1.0, probability=0.5, coverage=0.5)
            for i in range(len(words)):
                for j in range(i, min(i + 6, len(words))):
                    start, end = words[i][0], words[j][1]
                    got = candidate_features(info, terms, view, start, end, {"src_span": 1.0}, sides, True)
                    old = _old_tag_features([t for _, _, _, t in words[i:j + 1]])
                    old["echo_bigram"] = float(any(f[start:end][k:k + 2] in terms.bigrams
                                                   for k in range(end - start - 1)))
                    old.update(_old_context_counts(f, start, end, sides, terms))
                    for k, v in old.items():
                        assert got[k] == v, (f, q, start, end, k)
                    ctx = context_features(f, start, end, sides, terms)
                    assert all(ctx[k] == got[k] for k in ctx)
                    if info.wh:
                        for touching, named in ((True, True), (True, False), (False, False)):
                            new = phrase_beside(info.left, info.right, f, start, end, touching, named)
                            assert new == _old_phrase_beside_pieces(info.left, info.right, f, start, end, touching,
                                                                    named), (f, q, start, end, touching, named)
                            beside_seen += new > 0
                    checked += 1
    assert checked > 1000 and beside_seen > 20


# ---------------------------------------------------------------- slot anchors grown from the shortest


def _old_find_suffix(text: str, left: str) -> tuple[int, int]:
    best = (-1, 0)
    for variant in slots._suffix_variants(left):
        least = min(2, len(variant))
        for n in range(len(variant), max(least, 1) - 1, -1):
            if n <= best[1]:
                break
            i = text.find(variant[-n:])
            if i >= 0:
                best = (i + n, n)
                break
    return best


def _old_find_prefix(text: str, right: str, after: int, passive: bool = False) -> tuple[int, int]:
    best = (-1, 0)
    for variant in slots._prefix_variants(right, passive):
        least = min(2, len(variant))
        for n in range(len(variant), max(least, 1) - 1, -1):
            if n <= best[1]:
                break
            i = text.find(variant[:n], after)
            if i >= 0:
                best = (i, n)
                break
    return best


def test_anchors_are_found_as_the_walk_down_found_them():
    """slots.find_suffix and _find_prefix grow the anchor from its shortest piece: the same (offset, length) as the
    walk down from the whole anchor, for every sentence of 120 CMRC paragraphs with each of its questions' anchors
    (at 0 and mid-sentence, passive or not), and for random anchors over a small alphabet (one-character anchors,
    light words the variants drop, several occurrences)."""
    cases = []
    for context, questions in _trial()[:120]:
        sentences = [fold(s) for s in re.split(r"(?<=[。！？])", context) if s.strip()]
        for q in questions:
            info = analyze(fold(q))
            cases += [(s, info.left, info.right) for s in sentences]
    rng = random.Random(50)
    alphabet = "甲乙丙了的是在,所"
    for _ in range(3000):
        def word(k: int) -> str:
            return "".join(rng.choice(alphabet) for _ in range(k))
        cases.append((word(rng.randint(0, 30)), word(rng.randint(0, 7)), word(rng.randint(0, 7))))
    found = 0
    for s, left, right in cases:
        assert slots.find_suffix(s, left) == _old_find_suffix(s, left), (s, left)
        for after in (0, len(s) // 2):
            for passive in (False, True):
                got = slots._find_prefix(s, right, after, passive)
                assert got == _old_find_prefix(s, right, after, passive), (s, right, after, passive)
                found += got[1] >= 3
    assert len(cases) > 8000 and found > 400
