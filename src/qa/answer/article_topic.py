"""Evidence signals of the answer's article as a whole: is the story about what the question asks?

A news story told over many sentences repeats its subject in its headline and spreads the question's other words
over its body, so the one sentence that answers can share few of them ("这就是西和县姜席镇姜川村…" under
"姜川村200天的巨变"); the sentence-level signals (local_missing, bigrams_gone_share, ev_alike) then read it as
one of several alike. An absent question's best sentence stands in a story about something else, which prints
few of the question's words anywhere. Read by policy.confidence_features for the evidence model:
- `ev_article_missing`: the share of the question's words (two characters or more) its article — headline and
  body — prints nowhere;
- `ev_article_rare_missing`: the same for its rare words (names, terms), when it has any;
- `ev_headline_subject`: the question's subject (its first noun, as agreement rules read it) is in the headline.
"""

from __future__ import annotations

from collections.abc import Sequence

from .agreement import Surroundings
from .features import Features
from .question import QuestionInfo


def asked_subject(info: QuestionInfo, around: Surroundings) -> str:
    """The question's subject: its first noun of two characters or more before the question word ("" without a
    tagger or a noun)."""
    if around.tag is None:
        return ""
    return next((w for w, t in around.tag(info.left or info.text) if len(w) >= 2 and t[:1] == "n"), "")


def article_topic(info: QuestionInfo, words: Sequence[tuple[str, bool]], around: Surroundings) -> Features:
    """The signals above for the answer's surroundings `around`; `words` are the question's words with "is it
    rare" ({} when the article is unknown)."""
    if not around.article:
        return {}
    f: Features = {}
    if words:
        gone = [w not in around.article for w, _ in words]
        f["ev_article_missing"] = sum(gone) / len(gone)
        rare = [g for g, (_, r) in zip(gone, words, strict=True) if r]
        if rare:
            f["ev_article_rare_missing"] = sum(rare) / len(rare)
    subject = asked_subject(info, around)
    if subject and around.headline:
        f["ev_headline_subject"] = float(subject in around.headline)
    return f
