"""When to decline, and how sure an answer is.

A confident wrong answer costs a user's trust; a decline costs little. Before a candidate is answered it must
agree with the question (consistency), and its confidence — the fitted probability that the answer is right,
from the features in `confidence_features` — must reach the threshold chosen for precision (weights.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..lexicon import CN_DIGITS, SAME_UNITS, UNIT_PATTERN
from ..types import Candidate
from .features import Features, score, sigmoid
from .question import QuestionInfo

DECLINE = "资料中没有找到相关内容。"

# A measure word the question asks in, and the measure words an answer in another unit ends with: "多少吨" is not
# answered by "4.5个", "几天" not by "24日".
_COUNTERS = re.compile(r"(?:\d|[" + CN_DIGITS + r"几多余])\s?(" + UNIT_PATTERN + r")$")
_SAME_UNIT = SAME_UNITS
_LATIN = re.compile(r"[0-9a-z]")


def inconsistent(info: QuestionInfo, best: Candidate) -> str:
    """Why the answer cannot be right for this question ("" when nothing disagrees): the rule of a decline."""
    text = best.sentence.folded[best.start:best.end]
    if info.unit and info.qtype == "number":
        m = _COUNTERS.search(text)
        unit = m.group(1) if m else ""
        if unit and not text.endswith(info.unit) and unit not in _SAME_UNIT.get(info.unit, (info.unit,)):
            return "decline:unit"
        if info.unit == "天" and text.endswith(("日", "号")):
            return "decline:unit"  # "24日" is a date, not a number of days
    if info.years and not any(y in best.sentence.folded for y in info.years):
        return "decline:year"
    stripped = text.strip()
    if stripped and info.wh and stripped in info.text and best.type != "byline":
        return "decline:echo"  # the answer is the question's own words
    return ""


def confidence_features(best: Candidate, others: Sequence[Candidate], info: QuestionInfo, coverage: float,
                        missing: float, bm25: float, words: Sequence[tuple[str, bool]] = (),
                        context: Sequence[str] = ()) -> Features:
    """What the confidence model reads: how strongly the best candidate won and how well the evidence covers
    the question. `words` are the question's words with "is it rare"; `context` the answer's sentence, its
    headline and the text before it (folded): a rare word of the question missing there (the name, the term
    asked about) says the paragraph that would answer is not in the papers."""
    second = next((c.score for c in others if c.text != best.text), best.score - 5.0)
    feats = dict(best.features)
    f: Features = {
        "score": best.score,
        "margin": min(best.score - second, 10.0),
        "coverage": coverage,
        "missing": missing,
        "sentence_p": feats.get("sentence_p", 0.0),
        "typed": float(bool(info.expects)),
        "type_first": feats.get("type_first", 0.0),
        "anchor": feats.get("anchor", 0.0),
        "echo": feats.get("echo", 0.0),
        f"q_{info.qtype}": 1.0,
        # what made the answer: a typed span, a slot, a clause, the whole sentence (each right at its own rate)
        f"rule_{best.rule.split(':')[0]}": 1.0,
        "length": min(best.end - best.start, 60) / 20.0,
        "whole": float(best.end - best.start >= 0.9 * len(best.sentence.text)),
    }
    if words and context:
        absent = [not any(w in x for x in context) for w, _ in words]
        f["local_missing"] = sum(absent) / len(absent)
        rare = [a for a, (_, r) in zip(absent, words, strict=True) if r]
        if rare:
            f["rare_missing"] = sum(rare) / len(rare)
            f["rare_any_missing"] = float(any(rare))
        else:
            f["no_rare"] = 1.0
        latin = [a for a, (w, _) in zip(absent, words, strict=True) if _LATIN.search(w)]
        if latin:
            f["latin_missing"] = sum(latin) / len(latin)
    return f


def confidence(features: Mapping[str, float], weights: Mapping[str, float], fallback: float) -> float:
    """The fitted probability that the answer is right; `fallback` when no confidence model is fitted."""
    if not weights:
        return round(max(0.0, min(1.0, fallback)), 4)
    return round(sigmoid(score(features, weights)), 4)


def heuristic_confidence(best: Candidate, coverage: float) -> float:
    """How much of the question the answer's sentence holds, and how strongly the answer won (0–1): the
    confidence before a model is fitted."""
    margin = best.score / (abs(best.score) + 2.0) if best.score > 0 else 0.0
    return 0.5 * coverage + 0.5 * margin
