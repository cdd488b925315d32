"""Evidence signals of whether the answer's sentence answers the question or only shares its topic: a question whose
paragraph is not in the papers still retrieves sentences on its topic (its names, its place), but they seldom
repeat what the question asks of the topic — its predicate verb, the noun it asks for — nor hold the question's
words beside the answer.

`answering(info, best, words, neighbours, tag)`, read by policy.confidence_features for the evidence model
(weights.yaml `evidence`; a signal the file gives no weight is read as 0 and moves no answer):
- `ev_window_share`: the share of the question's words (two characters or more) printed in the answer's sentence
  or the sentence before or after it in its paragraph;
- `ev_verb_missing`: the question's verbs of two characters or more (its predicate: 出生, 主持, 建成) printed
  neither whole nor by a character of theirs in the answer's sentence (1; 0.5 printed by a character only, as
  建成 by 建于; complements such as 到, 成 do not count);
- `ev_head_missing`: the noun the question asks for (`info.head`: 哪一年…的X, 哪个城市 → 城市) not printed in
  the answer's sentence or its neighbours;
- `ev_answer_gap`: how far the answer sits from the nearest of the question's words printed in its sentence
  (characters over the sentence's length; 1 when none is printed);
- `ev_clause_share`: the share of the question's words printed in the answer's own clause or the one before it;
- `ev_head_apart`: how far the noun the question asks for (after its question word, 哪个城市 → 城市, or the last
  noun before a question word ending it, …的成分是什么 → 成分) is printed from the answer (characters over 20;
  1 when the sentence does not print it);
- `ev_beside_near`: the share of the question's words right before and after its question word printed within
  10 characters of the answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..types import Candidate
from .features import Features
from .question import QuestionInfo

_CLAUSE_END = re.compile(r"[,，;；。!！?？:：]")
# light verbs that say nothing of what is asked (是, 有 are one character and left out anyway)
_LIGHT_VERBS = frozenset(("成为", "作为", "进行", "位于", "属于", "包括", "称为", "叫做", "可以", "能够", "没有"))

# a verb's complements and light characters, printed everywhere (回到's 到, 建成's 成)
_LIGHT_CHARS = frozenset("到成了出上下来去为于在有是得过起开入给向作")

Tagger = Callable[[str], Sequence[tuple[str, str]]]


def answering(info: QuestionInfo, best: Candidate, words: Sequence[tuple[str, bool]],
              neighbours: Sequence[str] = (), tag: Tagger | None = None) -> Features:
    """The signals above for the answer `best` (its sentence folded) to the question `info`; `words` the
    question's words with "is it rare" (the composer's), `neighbours` the folded sentences before and after the
    answer's in its paragraph, `tag` the composer's part-of-speech tagger (no verb signal without it)."""
    sentence = best.sentence.folded
    window = " ".join((sentence, *neighbours))
    f: Features = {}
    ws = [w for w, _ in words]
    if ws:
        f["ev_window_share"] = sum(w in window for w in ws) / len(ws)
        f["ev_clause_share"] = sum(w in _clauses(sentence, best.start, best.end) for w in ws) / len(ws)
        f["ev_answer_gap"] = _gap(sentence, best.start, best.end, ws)
    if tag is not None:
        verbs = {w for w, t in tag(info.text[: info.wh[0]] + " " + info.text[info.wh[1]:] if info.wh else info.text)
                 if t[:1] == "v" and len(w) >= 2 and w not in _LIGHT_VERBS}
        if verbs:
            whole = any(v in sentence for v in verbs)
            part = any(c in sentence for v in verbs for c in v if c not in _LIGHT_CHARS)
            f["ev_verb_missing"] = 0.0 if whole else 0.5 if part else 1.0
    if len(info.head) >= 2:
        f["ev_head_missing"] = float(info.head not in window)
    if tag is not None and info.wh:
        head = _asked_noun(info, tag)
        if head:
            f["ev_head_apart"] = _apart(sentence, best.start, best.end, head)
        beside = _beside_words(info, tag)
        if beside:
            f["ev_beside_near"] = sum(_apart(sentence, best.start, best.end, w) <= _NEAR for w in beside) / len(beside)
    return f


_NEAR = 0.5  # _apart's share (10 characters of _SPAN) within which a word reads as next to the answer
_SPAN = 20  # characters over which _apart grows to 1
_CLASSIFIED = re.compile(r"(?:哪|什么|何)[一些]?[个种位座所家条项部本类支名间场次届只件处首款门]?")


def _asked_noun(info: QuestionInfo, tag: Tagger) -> str:
    """The noun the question asks for: after its question word ("哪个城市" → 城市, "什么原因" → 原因), or, when the
    question word ends it, the last noun before it ("…的主要成分是什么" → 成分)."""
    m = _CLASSIFIED.match(info.wh_word)
    rest = info.wh_word[m.end():] if m else ""
    if len(rest) >= 2:
        return rest
    if info.right:
        first = next(iter(tag(info.right)), ("", ""))
        return first[0] if first[1][:1] == "n" and len(first[0]) >= 2 else ""
    nouns = [w for w, t in tag(info.left) if t[:1] == "n" and len(w) >= 2]
    return nouns[-1] if nouns else ""


def _beside_words(info: QuestionInfo, tag: Tagger) -> list[str]:
    """The question's words of two characters or more right before and right after its question word."""
    out = []
    left = [w for w, _ in tag(info.left)] if info.left else []
    right = [w for w, _ in tag(info.right)] if info.right else []
    for w in (left[-1:] + right[:1]):
        w = w.strip("的是了在")
        if len(w) >= 2:
            out.append(w)
    return out


def _apart(sentence: str, start: int, end: int, word: str) -> float:
    """Characters between the span and the nearest occurrence of `word` in the sentence, over _SPAN (at most 1;
    1 when it is not printed)."""
    return min(_distance(sentence, start, end, [word]) / _SPAN, 1.0)


def _clauses(sentence: str, start: int, end: int) -> str:
    """The answer's clause with the one before it (between the clause marks around the span)."""
    marks = [m.start() for m in _CLAUSE_END.finditer(sentence)]
    before = [i for i in marks if i < start]
    left = before[-2] + 1 if len(before) >= 2 else 0
    right = next((i for i in marks if i >= end), len(sentence))
    return sentence[left:right]


def _gap(sentence: str, start: int, end: int, words: Sequence[str]) -> float:
    """Characters between the span and the nearest printed question word, over the sentence's length (1: none)."""
    return min(_distance(sentence, start, end, words) / max(len(sentence), 1), 1.0)


def _distance(sentence: str, start: int, end: int, words: Sequence[str]) -> int:
    """Characters between the span and the nearest occurrence of any of `words` (the sentence's length: none)."""
    best = len(sentence) + _SPAN
    for w in words:
        i = sentence.find(w)
        while i >= 0:
            gap = start - (i + len(w)) if i + len(w) <= start else i - end if i >= end else 0
            best = min(best, max(gap, 0))
            i = sentence.find(w, i + 1)
    return best
