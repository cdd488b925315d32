"""Named features of a retrieved sentence (for reranking) and of a candidate span (for choosing the answer).

Every score in the composer is Σ weight × feature over these names, with the weights read from
config/weights.yaml (fitted by `qa fit`). A feature is a plain number, 0 when it does not apply; the table of
the top candidates' features is what `qa ask --explain` and the REPL's `:debug` print, so "why this answer"
has an answer.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import add

from ..lexicon import (
    ADMIN_SUFFIXES,
    CLAUSE_END,
    CN_DIGITS,
    FUNCTION_CHARS,
    LIGHT_VERBS,
    MEASURED,
    NOUN_TAGS,
    NUMBER_GRAINS,
    PUNCT,
    SAME_UNITS,
    TIME_GRAINS,
    UNIT_PATTERN,
    VERB_TAGS,
    alternation,
)
from ..types import Hit, quick_init
from .agreement import ASKING_WORDS, bare_before_counted
from .beside import phrase_beside, straddled
from .postposed_count import postposed_touch
from .question import QuestionInfo, arabic_years
from .slots import Slot
from .spans import clause_end, clause_start, longest_common

MONEY = (*MEASURED["金额"], "块", "块钱", "元钱")  # what "多少钱" is answered in
_COUNTED = re.compile(r"[\d" + CN_DIGITS + r"几](?:" + UNIT_PATTERN + r")$")

Features = dict[str, float]

_NOUNS = NOUN_TAGS - {"x", "f", "m", "q"}  # nouns proper, without numbers, measure words and locatives
_VERBS = VERB_TAGS
_MODIFIER_TAGS = frozenset(("a", "ad", "d"))  # a span of these alone names nothing (modifiers_only)
_NOUN_LIKE_TAGS = frozenset(_NOUNS | {"m", "q", "a", "b", "f"})  # all_nouns: nouns, numbers, adjectives, locatives
_NUMBER_TAGS = frozenset(("m", "q"))


def score(features: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """Σ weight × feature, plus the weights' bias."""
    total = 0.0  # a loop, not sum() over a generator: the same additions in the same order, ~20 % faster
    get = weights.get
    for k, v in features.items():
        if v:
            total += v * get(k, 0.0)
    return get("bias", 0.0) + total


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


# ---------------------------------------------------------------- the question's content

@dataclass(frozen=True)
class QuestionTerms:
    """The question's content characters and bigrams (question words and particles left out), the bigrams right
    against its question word, its text without punctuation, its rare words (names, terms: what a sentence about
    something else lacks), the grain its question word asks (TIME_GRAINS, NUMBER_GRAINS; None when any) and the
    unit it counts in."""

    chars: frozenset[str]
    bigrams: frozenset[str]
    near: tuple[str, ...]
    plain: str
    rare: tuple[str, ...] = ()
    grain: re.Pattern[str] | None = None
    counted: re.Pattern[str] | None = None  # a number in the unit a how-many question asks ("多少名": 300人)
    places: tuple[str, ...] = ()  # the places it names, without their level ("吴忠市" → 吴忠: same_article.py)


def question_terms(info: QuestionInfo, rare: Sequence[str] = (), places: Sequence[str] = ()) -> QuestionTerms:
    """The question's terms; `rare`: its words the tokenizer's dictionary hardly knows, `places`: the places it
    names (compose.py finds both)."""
    q = info.text
    if info.wh:
        q = q[: info.wh[0]] + " " + q[info.wh[1]:]
    chars = frozenset(c for c in q if c not in PUNCT and c not in FUNCTION_CHARS and not c.isspace())
    bigrams = frozenset(q[i:i + 2] for i in range(len(q) - 1) if q[i] in chars and q[i + 1] in chars)
    plain = "".join(c for c in info.text if c not in PUNCT)
    # (not a number: "2023" is rare to the dictionary, but a story names its year once, if at all; years_missing
    # reads the years asked)
    names = tuple(dict.fromkeys(w for w in rare if not any(c.isdigit() for c in w)))
    grain = question_sides(info).grain
    units = SAME_UNITS.get(info.unit, (info.unit,)) if info.unit and info.qtype == "number" else ()
    return QuestionTerms(chars, bigrams, tuple(near_words(info)), plain, names, re.compile(grain) if grain else None,
                         re.compile(_NUMBER_BEFORE + alternation(units)) if units else None,
                         tuple(dict.fromkeys(place_stem(p) for p in places if len(place_stem(p)) >= 2)))


def place_stem(place: str) -> str:
    """A place without its level ("吴忠市" → "吴忠"): a page names it either way ("吴忠日报", "辽源市第七届…")."""
    for suffix in sorted(ADMIN_SUFFIXES, key=len, reverse=True):
        if place.endswith(suffix) and len(place) - len(suffix) >= 2:
            return place[: -len(suffix)]
    return place


def near_words(info: QuestionInfo) -> list[str]:
    """The character bigrams right against the question word, light words skipped ("总部|在哪里" → 总部)."""
    if not info.wh:
        return []
    out = []
    left = info.left.rstrip("是的了在为有于由被到")
    if len(left) >= 2 and not any(c in PUNCT for c in left[-2:]):
        out.append(left[-2:])
    right = info.right.lstrip("是的了在为有于由被到")
    if len(right) >= 2 and not any(c in PUNCT for c in right[:2]):
        out.append(right[:2])
    return out


# ---------------------------------------------------------------- sentences

@quick_init
@dataclass(frozen=True)
class Ranked:
    """A retrieved sentence after reranking: its score (a logit), coverage and the features behind the score."""

    hit: Hit
    score: float
    coverage: float  # share of the question's content characters in the sentence, its headline or the text before
    features: Mapping[str, float] = field(default_factory=dict)


def sentence_features(info: QuestionInfo, terms: QuestionTerms, text: str, headline: str, before: str,
                      bm25: float, top_bm25: float, kind: str, bm25_rank: int,
                      outlet: str = "", back: str = "") -> tuple[Features, float]:
    """(rerank features, coverage) of one retrieved sentence. `text`, `headline`, `before` are folded; coverage
    is the share of the question's content characters in the sentence, its headline or the text before it
    ("这里", "他" stand for a subject named there). `back`: the sentence before it, when it opens by referring back
    to it ("这次选举…", refers_back.py): the question's words there count as the sentence's own (chars, bigrams,
    rare_missing), as the pointer stands for them; bm25, phrase, near and what the question asks for (no_time,
    no_unit…) are still read from the sentence alone."""
    chars, bigrams = terms.chars, terms.bigrams
    own = text + "|" + back if back else text
    # Each membership test once: the counts below share them (integer counts, so the same ratios).
    absent = [c for c in chars if c not in own]
    in_text = len(chars) - len(absent)
    grams_absent = [b for b in bigrams if b not in own]
    f: Features = {
        "bm25": bm25 / (top_bm25 or 1.0),
        "bm25_top": float(bm25_rank == 0),
        "chars": in_text / len(chars) if chars else 0.0,
        "bigrams": (len(bigrams) - len(grams_absent)) / len(bigrams) if bigrams else 0.0,
        # The sentence before often names the subject this one refers to ("他", "该", "其").
        "context": sum(map(before.__contains__, grams_absent)) / len(bigrams) if bigrams and before else 0.0,
        "phrase": longest_common(terms.plain, own) / len(terms.plain) if len(terms.plain) > 1 else 0.0,
        # The article's title often names the question's subject ("李晨毕业于哪儿" → an article on 李晨).
        "title": sum(map(headline.__contains__, bigrams)) / len(bigrams) if bigrams else 0.0,
        # The words right against the question word name what is asked ("面积|有多大", "总部|在哪里").
        "near": sum(map(text.__contains__, terms.near)) / len(terms.near) if terms.near else 0.0,
        # Headlines repeat the story's words but rarely hold the answer.
        "not_body": float(kind != "body" and not info.byline),
        "years_missing": float(bool(info.years) and not all(y in arabic_years(text) or y in arabic_years(before)
                                                            for y in info.years)),
        "length": min(len(text), 200) / 100.0,
        # A paragraph's first sentence names its subject; the ones after it refer back to it.
        "first": float(not before),
    }
    # a local outlet's name is the topic of all it prints, as a headline is ("余庆县融媒体中心": 县委书记 is 余庆's)
    f["beyond_headline"] = beyond_headline(chars, own, headline + " " + outlet if outlet else headline)
    coverage = (in_text + sum(c in headline or c in before for c in absent)) / len(chars) if chars else 0.0
    f["coverage"] = coverage  # the question's words in the sentence or in what it refers back to
    if back:
        # a hand-set weight a little against it (a tie goes to the sentence holding the words itself); standout.py
        # reads it too: the sentence before is no rival to it
        f["refers_back"] = 1.0
    # The features below are 0 for a sentence that has what they look for and count against one that lacks it:
    # a feature most sentences have would raise every score alike, and the candidates read the scores as ratios
    # to the best one (sentence_rel), which that would flatten.
    f["uncovered"] = 1.0 - coverage
    if terms.rare:
        # the question's names and terms, in the sentence or in what it refers back to (its headline, the text
        # before it): a sentence of another story shares the common words ("职业", "位于") but not the name
        f["rare_missing"] = sum(not (w in own or w in headline or w in before) for w in terms.rare) / len(terms.rare)
    f.update(asked_missing(info, terms, text, before))
    return f, coverage


# A time of any grain, roughly: a date, a year, an era, a part of the day ("哪天", "何时" are answered by one).
_TIME_ANY = re.compile(r"\d\s?[年月日号]|[〇零一二三四五六七八九十百]+[年月日]|世纪|年代|时期|朝|元年|"
                       r"[昨今明前]天|当天|[春夏秋冬]季|[早晚]上|[上下中]午|凌晨")


def asked_missing(info: QuestionInfo, terms: QuestionTerms, text: str, before: str = "") -> Features:
    """Whether the sentence lacks the kind of thing the question asks, where a pattern tells it cheaply: a time
    for a when-question (no_time), the grain its question word asks ("哪一年" a year, not "8月"; "多高" a length:
    no_grain), a number in the unit asked ("多少名" 名 or 人: no_unit). A sentence without it can hold the
    question's words but not its answer. A time printed right before the sentence dates it ("7月21日。习近平总书记
    来到西藏")."""
    f: Features = {}
    dated = text + "|" + before[-_DATED_BY:] if before else text
    if info.qtype == "when":
        f["no_time"] = float(_TIME_ANY.search(dated) is None)
        if terms.grain is not None and not f["no_time"]:  # (a sentence with no time at all lacks it once)
            f["no_grain"] = float(terms.grain.search(dated) is None)
    elif terms.grain is not None:
        f["no_grain"] = float(terms.grain.search(text) is None)
    if terms.counted is not None:
        f["no_unit"] = float(terms.counted.search(text) is None)
    return f


_DATED_BY = 15  # characters before a sentence whose time dates it
_NUMBER_BEFORE = r"[\d" + CN_DIGITS + r"几多余]\s?"


def beyond_headline(chars: frozenset[str], text: str, headline: str) -> float:
    """The share of the question's content characters beyond its article's headline that the sentence holds.
    The headline names the story's topic, which most of its sentences repeat; the question's other words (what
    it asks about the topic: "拉萨河的|支流", "软枝黄蝉的|花") tell the one sentence that answers, which often names
    the topic only by a pronoun or not at all. 1 when the headline holds them all (the whole story is what is
    asked)."""
    rest = [c for c in chars if c not in headline]
    return sum(map(text.__contains__, rest)) / len(rest) if rest else 1.0 if chars else 0.0


# ---------------------------------------------------------------- candidates

@quick_init
@dataclass(frozen=True)
class SentenceView:
    """What candidate features need to know about one sentence: folded text, words with tags, slot, anchors."""

    folded: str
    words: Sequence[tuple[int, int, str, str]]  # (start, end, word, tag)
    starts: Mapping[int, int]  # offset → index of the word starting there
    ends: Mapping[int, int]  # offset → index of the word ending there
    slot: Slot | None
    strength: float  # share of the question's anchor characters the slot matched
    anchors: Sequence[int]  # offsets of the question's content bigrams in the sentence, in order (anchors_in)
    rank: int  # rerank position
    gap: float  # the best sentence's rerank score minus this one's
    relative: float  # this sentence's rerank score over the best one's (when that is positive)
    probability: float  # the fitted probability that this sentence holds the answer
    coverage: float


@dataclass(frozen=True)
class QuestionSides:
    """What tells apart several spans of one type in a sentence: the question's content bigrams on each side of
    its question word, its verbs (the event asked about: 发生, 出生, 加入), and the grain a when- or how-much
    question asks for ("哪一年" wants a year, "哪个朝代" a dynasty, "多久" a duration)."""

    left: tuple[str, ...] = ()
    right: tuple[str, ...] = ()
    verbs: tuple[str, ...] = ()
    grain: str = ""  # a regex the answer's text must match (TIME_GRAINS, NUMBER_GRAINS), "" when any will do


def question_sides(info: QuestionInfo, verbs: Sequence[str] = ()) -> QuestionSides:
    """The question's sides, from its analysis and its verbs (compose.py finds them with its tagger)."""
    def bigrams(text: str) -> tuple[str, ...]:
        keep = [c not in PUNCT and c not in FUNCTION_CHARS and not c.isspace() for c in text]
        return tuple(dict.fromkeys(text[i:i + 2] for i in range(len(text) - 1) if keep[i] and keep[i + 1]))

    wh = info.wh_word
    kept = tuple(dict.fromkeys(v for v in verbs if len(v) >= 2 and v not in LIGHT_VERBS))
    grains = {"when": TIME_GRAINS, "number": NUMBER_GRAINS}.get(info.qtype, ()) if wh else ()
    # the question word with the noun after it: "多长|时间" asks a duration as "多久" does
    # (and before it, "比分是|多少": the noun asked about)
    asked = wh + info.right[:2] if info.qtype != "number" else info.left[-4:] + wh + info.right[:2]
    grain = next((rx for cue, rx in grains if re.search(cue, asked)), "")
    return QuestionSides(bigrams(info.left), bigrams(info.right), kept, grain)


_COUNTED_YEAR = re.compile(r"[0-9一二三四五六七八九十百]{1,3}年")

_CONTEXT = 24  # characters on each side of a span that its context features read


def _near(s: str, grams: Sequence[str], lo: int, hi: int, at: int) -> float:
    """The mean over `grams` of how close each one's nearest occurrence in s[lo:hi] is to offset `at`: 1 right
    against it, falling off with distance (a clause mark between counts as four characters more), 0 absent or
    beyond an enumeration mark "、"."""
    return _closeness(s, grams, lo, hi, at) / len(grams) if grams else 0.0


def _closeness(s: str, grams: Sequence[str], lo: int, hi: int, at: int) -> float:
    """_near's sum over `grams` (in their order; a gram absent from the window adds 0.0, so leaving out grams the
    sentence does not hold gives the same sum)."""
    total = 0.0
    # A window wholly on one side of `at` (every caller's): the occurrence nearest `at` is the closest (the fewest
    # characters and clause marks between) and the first to have a "、" between if any does, so its closeness alone
    # is the best — found by one rfind (before) or find (after), not by walking every occurrence.
    side = s.rfind if hi <= at else s.find if lo >= at else None
    for g in grams:
        if side is not None:
            i = side(g, lo, hi)
            if i >= 0:
                a, b = (i + len(g), at) if i < at else (at, i)
                if s.find("、", a, b) < 0:
                    gap = b - a + 4 * sum(map(_IS_CLAUSE_END, s[a:b]))
                    total += 1.0 / (1.0 + max(0, gap) / 4.0)
            continue
        i = s.find(g, lo, hi)
        if i < 0:
            continue
        best = 0.0
        while i >= 0:
            a, b = (i + len(g), at) if i < at else (at, i)
            if s.find("、", a, b) < 0:  # across an enumeration's mark are the span's siblings, not its context
                gap = b - a + 4 * sum(map(_IS_CLAUSE_END, s[a:b]))
                near = 1.0 / (1.0 + max(0, gap) / 4.0)
                if near > best:
                    best = near
            i = s.find(g, i + 1, hi)
        total += best
    return total


_IS_CLAUSE_END = CLAUSE_END.__contains__


@lru_cache(maxsize=64)
def _in_order(grams: frozenset[str]) -> tuple[str, ...]:
    """The question's bigrams sorted (the order their closeness is summed in), once a question, not a candidate."""
    return tuple(sorted(grams))


def context_features(s: str, start: int, end: int, sides: QuestionSides, terms: QuestionTerms,
                     words: Sequence[tuple[int, int, str, str]] = (),
                     bounds: tuple[Mapping[int, int], Mapping[int, int]] | None = None) -> Features:
    """Which of several same-type spans the question is about: the question's left words just before the span
    and its right words just after it (ctx_left, ctx_right), any of its words close by (ctx_any), its words and
    verbs in the span's own clause (clause_share, clause_verb, verb_away), and a span that cuts a word in two
    (fragment: "乌" of 乌得勒支). `bounds`: the words' starts and ends as maps (SentenceView's), when made already."""
    f: Features = {}
    lo, hi = max(0, start - _CONTEXT), min(len(s), end + _CONTEXT)
    f["ctx_left"] = _near(s, sides.left, lo, start, start)
    f["ctx_right"] = _near(s, sides.right, end, hi, end)
    grams = _in_order(terms.bigrams)
    if grams:
        held = [*filter(s.__contains__, grams)]  # (the sentence's share of them, looked for on both sides)
        before = _closeness(s, held, lo, start, start) / len(grams)
        after = _closeness(s, held, end, hi, end) / len(grams)
        f["ctx_any"] = max(before, after)
    a, b = clause_start(s, start), clause_end(s, end)
    clause = s[a:start] + "|" + s[end:b]
    if grams:
        # (the counts and tests by map, no Python frame per gram: the same integers and truth values)
        f["clause_share"] = sum(map(clause.__contains__, grams)) / len(grams)
    if sides.verbs:
        inside = sum(map(clause.__contains__, sides.verbs)) / len(sides.verbs)
        f["clause_verb"] = inside
        f["verb_away"] = float(not inside and any(map(s.__contains__, sides.verbs)))
    if words:
        starts, ends = bounds if bounds is not None else ({x for x, _, _, _ in words}, {y for _, y, _, _ in words})
        f["fragment"] = float(start not in starts or end not in ends)
    return f


def candidate_features(info: QuestionInfo, terms: QuestionTerms, view: SentenceView, start: int, end: int,
                       sources: Mapping[str, float], sides: QuestionSides | None = None, context: bool = True
                       ) -> Features:
    """The named features of the span [start, end) of a sentence; `sources` are the generators that proposed it
    ("src_person", "src_slot", "src_span", …) with their own strength. `sides` adds grain_miss (the grain a
    when-question asks for: "哪一年" wants a year) and, with `context`, the context features that tell several
    typed spans apart (context_features)."""
    s = view.folded
    text = s[start:end]
    f: Features = dict(sources)
    f["sentence_gap"] = view.gap
    f["sentence_rel"] = view.relative
    f["sentence_p"] = view.probability
    f["rank"] = float(view.rank)
    f["top_sentence"] = float(view.rank == 0)
    f["coverage"] = view.coverage
    kinds = [k[4:] for k in sources if k.startswith("src_")]
    if info.expects:
        f["type_first"] = float(info.expects[0] in kinds)
        f["type_other"] = float(not f["type_first"] and any(k in info.expects for k in kinds))
    slot = view.slot
    if slot is not None:
        touch = slot.touch(start, end) if info.qtype == "when" else clause_touch(slot, s, start, end)
        if not touch and info.qtype == "when" and s[end:end + 1] == "起":
            # "2007年5月1日起,《毕节日报》扩为…": a day with 起 (from then on) is fronted before the subject as a bare
            # day is ("2001年1月1日,《毕节日报》扩为…")
            touch = slot.touch(start, end + 1)
        if info.qtype == "number":
            touch = postposed_touch(slot, s, start, end, touch)
        f["anchor"] = touch
        inside = start < slot.end and end > slot.start
        f["in_slot"] = view.strength if inside and not touch else 0.0
        f["slot_exact"] = float(slot.end > slot.start and (start, end) == (slot.start, slot.end))
        if slot.end > slot.start and inside:
            overlap = min(end, slot.end) - max(start, slot.start)
            f["slot_overlap"] = overlap / (max(end, slot.end) - min(start, slot.start))
    f["proximity"] = proximity(start, end, view.anchors)
    if info.unit:
        # "多少名记者" is answered in 人 as well ("六十多人"): the measure words policy.py also accepts
        f["unit"] = 1.0 if text.endswith(SAME_UNITS.get(info.unit, (info.unit,))) else -1.0
        if info.unit == "天" and info.qtype == "number" and text.endswith(("日", "号")):
            f["unit"] = -1.0  # "30日" is a date, not a number of days (policy.py declines it as well)
        elif bare_before_counted(text, s, end, info.right):
            f["unit"] = 1.0  # "可容納50被告" answers "多少名被告": the number printed right before the thing counted
        if (second := _SECOND_COUNT.match(info.right)) is not None:
            # "几天几夜" asks two counts at once: "9天8夜", both units in the answer
            num = r"[\d一二两三四五六七八九十]\s?"
            f["unit"] = 1.0 if re.search(num + info.unit + ".*" + num + second.group(1) + "$", text) else -1.0
    elif info.qtype == "number" and (units := measured_units(info)):
        # "小麦总产是多少" is measured in 吨 (lexicon.MEASURED): "20.93万吨", not the area's "37.6万亩"
        f["unit"] = 1.0 if text.endswith(units) else -1.0 if not text[-1:].isdigit() else 0.0
    elif info.qtype == "number" and info.right.startswith("钱"):
        # "多少钱" asks money in no measure word: a currency is its unit, another measure word ("一名") is not
        f["unit"] = 1.0 if text.endswith(MONEY) else -1.0 if _COUNTED.search(text) else 0.0
    if info.head:
        f["head"] = float(text.endswith(info.head))
    n = end - start
    f["length"] = min(n, 40) / 10.0
    f["one_char"] = float(n == 1)
    # The answer does not repeat the question: the share of its characters that are the question's own words.
    f["echo"] = sum(map(terms.chars.__contains__, text)) / n if n else 0.0
    # (text's bigrams as pairs of its characters, tested by map: the same bigrams, no Python frame per one)
    f["echo_bigram"] = float(any(map(terms.bigrams.__contains__, map(add, text, text[1:]))))
    f["clause_start"] = float(start == 0 or s[start - 1] in PUNCT)
    f["clause_end"] = float(end == len(s) or s[end] in PUNCT)
    i, j = view.starts.get(start), view.ends.get(end)
    if i is not None and j is not None:
        tags = [t for _, _, _, t in view.words[i:j + 1]]
        f["words"] = min(len(tags), 10) / 5.0
        f["ends_noun"] = float(tags[-1] in _NOUNS)
        f["starts_verb"] = float(tags[0] in _VERBS)
        # (set tests over the tags: the same truth values as any/all over them, without a frame per tag)
        f["has_verb"] = float(not _VERBS.isdisjoint(tags))
        f["modifiers_only"] = float(_MODIFIER_TAGS.issuperset(tags))  # "不满": no name, whatever the slot
        f["all_nouns"] = float(_NOUN_LIKE_TAGS.issuperset(tags))
        f["number_tag"] = float(not _NUMBER_TAGS.isdisjoint(tags))
        f["before_de"] = float(s[end:end + 1] == "的")
    if sides is not None and sides.grain:
        # a when-question asking a year is not answered by a day, nor by a slot without a year; "多久" not by "一个"
        # "今年是…的第5年": an ordinal counts years, it names none ("哪一年" is not answered "5年")
        f["grain_miss"] = float(not re.search(sides.grain, text)
                                or (s[start - 1:start] == "第" and _COUNTED_YEAR.fullmatch(text) is not None))
    if sides is not None and context:
        f.update(context_features(s, start, end, sides, terms, view.words, (view.starts, view.ends)))
        if info.wh:  # the question's own phrase right against the span (beside.py; compose.py makes it relative)
            f["beside"] = phrase_beside(info.left, info.right, s, start, end, info.qtype != "when",
                                        info.qtype not in ("when", "number"))
            if info.qtype == "who" and not f["beside"]:
                f["beside"] = straddled(info.left, info.right, s, start, end)  # "派|谁|趁" ↔ "派|吕蒙|趁"
        if info.qtype == "number" and attributed(info, s, start):
            f["ctx_left"] = 1.0  # "长多少米" ↔ "长达173.3米、宽34米": the attribute asked, printed right before
        if info.qtype == "where":
            # "诞生于|西班牙瓦伦西亚", "在|杭州": a place is told after its preposition (于 after its verb, not
            # "于我、于全村群众")
            prev, verb = s[start - 1:start], s[start - 2:start - 1]
            f["after_prep"] = float(prev in _PLACE_PREPS or prev in _VERB_PREPS and bool(verb)
                                    and verb not in PUNCT and not verb.isspace())
    return f


_PLACE_PREPS = frozenset("在到往赴")
_VERB_PREPS = frozenset("于至自从")


# The size a figure gives, in one character: "船长多少米", "有多宽" ask it; "长达173.3米" prints it.
_ATTRIBUTES = "长宽高深重厚"
# What stands between the attribute and its figure ("长|达|173.3米", "高度|约为|30米"); not a word the attribute
# ends ("增长10%", "延长2年", "提高3成").
_ATTRIBUTE_GAP = r"度?(?:达|约|为|近|逾|超|有|是|约为|达到|超过)*\s?$"
_NOT_ATTRIBUTE = frozenset("增成延生提升加助擅专局部队校院省市县镇村组馆站班厂所")


def attributed(info: QuestionInfo, s: str, start: int) -> bool:
    """The question asks a size by its attribute ("船长|多少米", "有|多宽") and the figure at `start` is printed
    right after that attribute ("长达|173.3米"), not a word that ends with it ("增长")."""
    wh = info.wh_word
    left = re.sub(ASKING_WORDS + r"$", "", info.left).rstrip()
    attr = wh[1:2] if wh[:1] == "多" and wh[1:2] in _ATTRIBUTES else left[-1:] if wh.startswith(("多少", "几")) else ""
    if not attr or attr not in _ATTRIBUTES or info.right.startswith("时间") or "时间" in wh:
        return False
    m = re.search(re.escape(attr) + _ATTRIBUTE_GAP, s[max(0, start - 6):start])
    if m is None:
        return False
    at = max(0, start - 6) + m.start()
    return not (at > 0 and s[at - 1] in _NOT_ATTRIBUTE)


def clause_touch(slot: Slot, s: str, start: int, end: int) -> float:
    """slot.touch, but the question's right words across a clause mark begin the next clause, whose subject is
    not this span: "哪一个人|在未解决…触发了" ↔ "路易十四…进驻西属尼德兰,在未解决…" (measured on DRCD). A fronted
    time (the caller's when-questions) or place ("在潍坊市博物馆,小游客在…驻足") does modify the next clause."""
    fronted = s[clause_start(s, start):start].endswith(("在", "于", "从", "自"))
    if not fronted and slot.right_found and any(map(_IS_CLAUSE_END, s[end:slot.right_start])):
        slot = replace(slot, right_found=0)
    return slot.touch(start, end)


def proximity(start: int, end: int, anchors: Sequence[int]) -> float:
    """1 when the span sits right next to the question's words in the sentence, falling off with distance."""
    if not anchors:
        return 0.0
    # min over the anchors of max(0, start - (i + 2), i - end), read at the two nearest (anchors_in's are in
    # order): 0 for an anchor at start - 1 … end - 1, else the last one before or the first one after
    k = bisect_left(anchors, start - 1)
    if k < len(anchors) and anchors[k] < end:
        gap = 0
    else:
        gap = min(start - anchors[k - 1] - 2 if k else _FAR, anchors[k] - end if k < len(anchors) else _FAR)
    return 1.0 / (1.0 + gap / 4.0)


_FAR = 1 << 62  # (no anchor on that side)


def anchors_in(folded: str, bigrams: frozenset[str]) -> list[int]:
    """Positions in the sentence where one of the question's content bigrams occurs, in order."""
    # each bigram's occurrences by str.find (overlapping ones too), not a set look-up at every position: two
    # characters each, no two bigrams start at one position, so the sorted positions are the same list
    out = []
    for g in bigrams:
        if len(g) != 2:
            return [i for i in range(len(folded) - 1) if folded[i:i + 2] in bigrams]
        i = folded.find(g)
        while i >= 0:
            out.append(i)
            i = folded.find(g, i + 1)
    out.sort()
    return out


# ---------------------------------------------------------------- the table

def table(rows: Sequence[tuple[str, float, Mapping[str, float]]], weights: Mapping[str, float],
          limit: int = 8) -> str:
    """The feature table of candidates: one line per candidate (text, score), then its largest contributions
    (feature value × weight), so a reader sees why one won."""
    lines = []
    for text, total, feats in rows[:limit]:
        parts = sorted(((k, v * weights.get(k, 0.0)) for k, v in feats.items() if v and weights.get(k, 0.0)),
                       key=lambda kv: -abs(kv[1]))
        shown = "  ".join(f"{k}={feats[k]:g}×{weights[k]:+.2f}" for k, _ in parts[:8])
        lines.append(f"  {total:+7.3f}  {text[:24]!r:<28} {shown}")
    return "\n".join(lines)


# "价格降至多少": the amount a measured noun changed to is asked in that noun's units too
_CHANGED_TO = r"(?:(?:[降升增减涨跌]|提高|降低|上涨|下降|上升|增加|减少|下调|上调)(?:至|到))?"
# "年龄上限是多少": a bound of the measured noun is told in its units as well
_BOUND = r"(?:上限|下限)?"
_MEASURED_TAIL = re.compile(r"(?:" + "|".join(MEASURED) + r")" + _BOUND + _CHANGED_TO + ASKING_WORDS + "$")


_SECOND_COUNT = re.compile(r"几([天夜晚年月日])$")  # "几天|几夜": a second count asked with the first


def measured_units(info: QuestionInfo) -> tuple[str, ...]:
    """The units a "how much" question's measured noun takes ("人口是|多少" → 人, 万人…); () when none is named."""
    m = _MEASURED_TAIL.search(info.left.rstrip())
    if m is None:
        return ()
    noun = next(k for k in MEASURED if m.group().startswith(k))
    return MEASURED[noun]
