"""Evidence signals of the retrieval around the answer's sentence: does it stand out from the other retrieved
sentences, as a present paragraph's answer does, or is it one of several alike, as an absent question's top
sentences are (they share the question's common words, none its specific ones)?

`standout(ranked, told)`, read by policy.confidence_features for the evidence model (weights.yaml `evidence`):
- `ev_standout`: the told sentence's rerank score above the best other retrieved sentence's (clipped to ±5, /5);
- `ev_alike`: how many of the other top five sentences score within 1 of it (/4);
- `ev_cov_standout`: its coverage of the question above the best other sentence's;
- `ev_same_article`: the share of the other top five sentences from its own article (a present paragraph's
  story repeats the question's words; an absent question's hits scatter over stories);
- `ev_year_alone`: the question names a year, the told sentence prints it, and this share of the other top five
  does not (the same kind of event in other years' stories: another year's briefing, another year's session);
- `s_<name>`: the told sentence's own rerank features that say how much of the question's specific content it
  holds (its words beyond the headline, the longest phrase shared, the words next to the question word).
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import Features, Ranked

_TOP = 5  # the retrieved sentences compared with the answer's
_ALIKE = 1.0  # rerank score within which another sentence reads as good as the answer's
_CLIP = 5.0
_OWN = ("beyond_headline", "phrase", "near", "bigrams", "chars", "title", "context")


def standout(ranked: Sequence[Ranked], told: str) -> Features:
    """The signals above for the retrieved sentence `told` (a sentence id) among `ranked` (best first); {} when
    it is not among them."""
    mine = next((r for r in ranked if r.hit.sentence.id == told), None)
    if mine is None:
        return {}
    f: Features = {f"s_{k}": mine.features.get(k, 0.0) for k in _OWN}
    # (a sentence referring back to the told one, or the one the told sentence refers back to, is one statement
    # with it, not a rival: "…委员会。|该会成为…")
    others = [r for r in ranked if r is not mine and not _continued(mine, r)][:_TOP]
    if not others:
        f["ev_standout"] = 1.0
        return f
    f["ev_standout"] = max(-_CLIP, min(_CLIP, mine.score - max(r.score for r in others))) / _CLIP
    f["ev_alike"] = sum(r.score >= mine.score - _ALIKE for r in others[:_TOP - 1]) / (_TOP - 1)
    f["ev_cov_standout"] = mine.coverage - max(r.coverage for r in others)
    article = mine.hit.sentence.article_id
    f["ev_same_article"] = sum(r.hit.sentence.article_id == article for r in others) / len(others)
    # the year the question names: the told sentence prints it where the others (other years' stories) do not
    # (0 when no year is asked: years_missing is then 0 for every sentence)
    f["ev_year_alone"] = (1.0 - mine.features.get("years_missing", 0.0)) * sum(
        r.features.get("years_missing", 0.0) for r in others) / len(others)
    return f


def _continued(a: Ranked, b: Ranked) -> bool:
    """Whether one of the two sentences follows the other in its paragraph and opens by referring back to it
    (features.sentence_features' refers_back)."""
    x, y = a.hit.sentence, b.hit.sentence
    if x.article_id != y.article_id or x.paragraph != y.paragraph:
        return False
    first, then = (a, b) if x.start < y.start else (b, a)
    gap = then.hit.sentence.start - first.hit.sentence.end
    return bool(then.features.get("refers_back")) and 0 <= gap <= 2
