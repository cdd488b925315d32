"""Exact shortcuts of the candidates and the decision's checks (speed45b) give what the code before them gave, on
real text: CMRC 2018 trial questions against the sentences of their paragraphs. Each shortcut is checked against
the old code, kept here as the reference (a shortcut that changed one value would change answers)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from qa.answer import agreement, beside, features, slots, spans
from qa.answer.question import analyze
from qa.lexicon import ANCHOR_LEFT_SKIP, ANCHOR_RIGHT_LIGHT, CLAUSE_END, CONTRASTS, LINK_CHARS
from qa.normalize import fold

DATA = Path(__file__).parent / "data" / "cmrc2018_trial.json"
PAGES = Path(__file__).parent / "data" / "pages"


@cache
def _questions(limit: int = 400) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(question, its paragraph's sentences, folded), in file order."""
    out = []
    for a in json.loads(DATA.read_text(encoding="utf-8"))["data"]:
        for p in a["paragraphs"]:
            sentences = tuple(fold(s) for s in re.split(r"(?<=[。！？])", p["context"]) if s.strip())
            out.extend((fold(q["question"]), sentences) for q in p["qas"])
    return tuple(out[:limit])


def test_asked_pieces_are_the_pieces_asked_reads():
    """phrase_beside's set of the question's pieces by its question word = its old test, rfind in the left side
    ending near its end or find in the right side starting near its start, for every piece of the sentences."""
    checked = hits = 0
    for question, sentences in _questions(150):
        info = analyze(question)
        left, right = info.left.rstrip(), info.right.lstrip()
        pieces = beside._asked_pieces(left, right)
        for s in sentences[:4]:
            for i in range(len(s)):
                for n in range(2, min(13, len(s) - i + 1)):
                    piece = s[i:i + n]
                    k = left.rfind(piece)
                    old = (k >= 0 and len(left) - k - len(piece) <= beside._NEAR_WH) \
                        or 0 <= right.find(piece) <= beside._NEAR_WH
                    assert (piece in pieces) == old, (question, piece)
                    checked += 1
                    hits += old
    assert checked > 100_000 and hits > 100


def test_anchors_and_proximity_are_the_old_ones():
    """anchors_in by str.find per bigram = the old scan of every position; proximity by the two nearest
    anchors = the old minimum over all of them."""
    spans = 0
    for question, sentences in _questions():
        terms = features.question_terms(analyze(question))
        for s in sentences:
            anchors = features.anchors_in(s, terms.bigrams)
            assert anchors == [i for i in range(len(s) - 1) if s[i:i + 2] in terms.bigrams]
            for start in range(0, len(s), 3):
                for end in range(start + 1, min(len(s), start + 12) + 1, 2):
                    old = 1.0 / (1.0 + min(max(0, start - (i + 2), i - end) for i in anchors) / 4.0) \
                        if anchors else 0.0
                    assert features.proximity(start, end, anchors) == old
                    spans += 1
    assert spans > 10_000


def _old_find_suffix(text: str, left: str) -> tuple[int, int]:
    best = (-1, 0)
    bare = ANCHOR_LEFT_SKIP.sub("", left.rstrip())
    variants = slots._variants(left.rstrip(), LINK_CHARS)
    for variant in variants + (slots._variants(bare, LINK_CHARS) if bare and bare != left.rstrip() else []):
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
    right = right.lstrip()
    variants = slots._variants(right, ANCHOR_RIGHT_LIGHT)
    if passive and right.startswith("所") and len(right) >= 3:
        variants += slots._variants(right[1:], ANCHOR_RIGHT_LIGHT)
    for variant in variants:
        least = min(2, len(variant))
        for n in range(len(variant), max(least, 1) - 1, -1):
            if n <= best[1]:
                break
            i = text.find(variant[:n], after)
            if i >= 0:
                best = (i, n)
                break
    return best


def test_anchor_variants_made_once_find_the_same_places():
    """find_suffix and _find_prefix with their anchors' variants made once an anchor = as made per sentence."""
    found = 0
    for question, sentences in _questions():
        info = analyze(question)
        left = info.left.rstrip()
        bare = ANCHOR_LEFT_SKIP.sub("", left)
        assert slots._suffix_variants(info.left) == tuple(slots._variants(left, LINK_CHARS) + (
            slots._variants(bare, LINK_CHARS) if bare and bare != left else []))
        for s in sentences:
            assert slots.find_suffix(s, info.left) == _old_find_suffix(s, info.left)
            for passive in (False, True):
                for after in (0, 5):
                    got = slots._find_prefix(s, info.right, after, passive)
                    assert got == _old_find_prefix(s, info.right, after, passive)
                    found += got[0] >= 0
    assert found > 500


def test_context_features_with_the_views_bounds_and_the_clause_by_pattern():
    """context_features reading the word bounds from the view's maps, the clause found by a pattern and only the
    bigrams the sentence holds = as before: the same features, to the last bit."""
    n = 0
    for question, sentences in _questions(200):
        info = analyze(question)
        terms = features.question_terms(info)
        sides = features.question_sides(info, [w for w in re.findall(r"[\u4e00-\u9fff]{2}", info.text)][:3])
        for s in sentences[:3]:
            # every offset's clause bounds (spans.clause_start / clause_end, by a pattern of the marks), as the
            # old loops walked them, for the default marks and others callers pass
            for marks in (CLAUSE_END, spans.VALUE_END, spans.LABEL_START):
                for i in range(len(s) + 1):
                    a = b = i
                    while a > 0 and s[a - 1] not in marks:
                        a -= 1
                    while b < len(s) and s[b] not in marks:
                        b += 1
                    assert spans.clause_start(s, i, marks) == a
                    assert spans.clause_end(s, i, marks) == b
            words = [(i, i + 2, s[i:i + 2], "n") for i in range(0, len(s) - 1, 2)]
            bounds = ({a: k for k, (a, _, _, _) in enumerate(words)}, {b: k for k, (_, b, _, _) in enumerate(words)})
            for start in range(0, len(s), 4):
                for end in (start + 1, start + 2, start + 5):
                    if end > len(s):
                        continue
                    old = _old_context_features(s, start, end, sides, terms, words)
                    assert features.context_features(s, start, end, sides, terms, words) == old
                    assert features.context_features(s, start, end, sides, terms, words, bounds) == old
                    n += 1
    assert n > 2_000


def _old_near(s, grams, lo, hi, at):
    if not grams:
        return 0.0
    total = 0.0
    for g in grams:
        best = 0.0
        i = s.find(g, lo, hi)
        while i >= 0:
            a, b = (i + len(g), at) if i < at else (at, i)
            if "、" not in s[a:b]:
                gap = b - a + 4 * sum(c in CLAUSE_END for c in s[a:b])
                best = max(best, 1.0 / (1.0 + max(0, gap) / 4.0))
            i = s.find(g, i + 1, hi)
        total += best
    return total / len(grams)


def _old_context_features(s, start, end, sides, terms, words):
    f = {}
    lo, hi = max(0, start - features._CONTEXT), min(len(s), end + features._CONTEXT)
    f["ctx_left"] = _old_near(s, sides.left, lo, start, start)
    f["ctx_right"] = _old_near(s, sides.right, end, hi, end)
    grams = sorted(terms.bigrams)
    if grams:
        f["ctx_any"] = max(_old_near(s, grams, lo, start, start), _old_near(s, grams, end, hi, end))
    a, b = start, end
    while a > 0 and s[a - 1] not in CLAUSE_END:
        a -= 1
    while b < len(s) and s[b] not in CLAUSE_END:
        b += 1
    clause = s[a:start] + "|" + s[end:b]
    if grams:
        f["clause_share"] = sum(g in clause for g in grams) / len(grams)
    if sides.verbs:
        inside = sum(v in clause for v in sides.verbs) / len(sides.verbs)
        f["clause_verb"] = inside
        f["verb_away"] = float(not inside and any(v in s for v in sides.verbs))
    if words:
        starts = {x for x, _, _, _ in words}
        ends = {y for _, y, _, _ in words}
        f["fragment"] = float(start not in starts or end not in ends)
    return f


def test_the_pairs_a_question_names_are_read_from_the_question_first():
    """other_side's pairs the question names (one pattern for all the pairs' words first) = the old test of
    every pair's two words, on the questions and on the sentences read as questions (they name more of them)."""
    named = 0
    for question, sentences in _questions():
        for text in (question, *sentences[:3]):
            old = tuple((x, y) for a, b in CONTRASTS for x, y in ((a, b), (b, a))
                        if agreement._names_itself(x, text) and not agreement._names_itself(y, text))
            assert agreement._asked_sides(text) == old
            named += bool(old)
    assert named > 20


def _old_other_ordinal_in(info, sentence: str, near: str) -> str:
    text = sentence + " " + near
    held = [(agreement.ordinal_value(o.group(1)), o.group(2)) for rx in (agreement._ORDINAL_NOUN, agreement._SESSION)
            for o in rx.finditer(text)]
    held = [(k, "天" if w[0] in agreement._DAY_NOUNS else w) for k, w in held]
    held += [(1, "天") for _ in agreement._FIRST_DAY.finditer(text)]
    for m in (*agreement._ORDINAL_NOUN.finditer(info.text), *agreement._SESSION.finditer(info.text)):
        n, noun = agreement.ordinal_value(m.group(1)), m.group(2)
        if noun[0] in agreement._DAY_NOUNS:
            noun = "天"
        if any(k == n and w[0] == noun[0] for k, w in held):
            continue
        if any(k != n and (w == noun or (min(len(w), len(noun)) == 1 and w[0] == noun[0])) for k, w in held):
            return "decline:other"
    asked = {agreement.ordinal_value(m.group(1)) for m in agreement._PLACING.finditer(info.text)}
    placed = {agreement.ordinal_value(m.group(1)) for m in agreement._PLACING.finditer(text)}
    if asked and placed and not asked & placed:
        return "decline:other"
    for m in agreement._GRADE.finditer(info.text):
        grades = {g.group(1) for g in agreement._GRADE.finditer(sentence) if g.group(2) == m.group(2)}
        if grades and m.group(1) not in grades:
            return "decline:other"
    return ""


def test_other_ordinal_reads_the_sentence_only_for_a_series_asked():
    """other_ordinal_in with the question read first = the old one, on every question against its sentences,
    and on the sentences naming a series read as questions (so the rule fires too)."""
    fired = 0
    pairs = list(_questions())
    series = [s for _, sentences in pairs for s in sentences if re.search(r"第[一二三四五六七八九十\d]|届|等奖", s)]
    pairs += [(q, tuple(series[i + 1:i + 4])) for i, q in enumerate(series[:150])]
    # grades of an award ("一等奖") as a news page prints them, one line against the next ones
    lines = [line for page in sorted(PAGES.glob("*.txt")) for line in page.read_text(encoding="utf-8").split("\n")]
    graded = [fold(line) for line in lines if agreement._GRADE.search(line)]
    pairs += [(q, tuple(graded[i + 1:i + 4])) for i, q in enumerate(graded)]
    for question, sentences in pairs:
        info = analyze(question)
        for k, s in enumerate(sentences[:4]):
            near = sentences[k - 1] if k else ""
            got = agreement.other_ordinal_in(info, s, near)
            assert got == _old_other_ordinal_in(info, s, near)
            fired += bool(got)
    assert fired > 5
