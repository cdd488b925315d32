"""Confidence signals of a wrong span in the right sentence: the sentence holds other candidates of the kind
asked, close in score, or the answer sits far from the question's words in it.

`rivals(best, others, words)`, read by policy.confidence_features (weights.yaml `confidence` and `evidence`):
- `rival_count`: how many other candidates of the answer's type, apart from it (not overlapping its span, another
  text), its sentence holds (/4, up to 1): one date in the sentence is the date asked, one of five may not be;
- `rival_margin`: the answer's score above the best of those, or of any candidate apart from it when its sentence
  holds none (clipped to 10, /10; 1 when there is no other): `margin` reads the next candidate of another text,
  which is often the answer widened or cut (the same answer);
- `anchor_gap`: the characters between the answer and the nearest of the question's words in its sentence (/20, up
  to 1); `anchor_none` when the sentence holds none of them (the answer was read beside the sentence that does).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Candidate
from .features import Features

_COUNT = 4  # rivals counted up to
_MARGIN = 10.0
_GAP = 20.0  # characters


def _apart(c: Candidate, best: Candidate) -> bool:
    """Another answer, not the best one cut or widened: another text, not overlapping its span if in its
    sentence."""
    if c.text == best.text or c.text in best.text or best.text in c.text:
        return False
    return c.sentence.id != best.sentence.id or c.end <= best.start or c.start >= best.end


def rivals(best: Candidate, others: Sequence[Candidate], words: Sequence[str]) -> Features:
    """The signals above; `others` are the other kept candidates, best first; `words` the question's words."""
    apart = [c for c in others if _apart(c, best)]
    same = [c for c in apart if c.sentence.id == best.sentence.id and c.type == best.type]
    f: Features = {"rival_count": min(len({c.text for c in same}), _COUNT) / _COUNT}
    rival = same[0] if same else (apart[0] if apart else None)
    f["rival_margin"] = 1.0 if rival is None else max(0.0, min(best.score - rival.score, _MARGIN)) / _MARGIN
    text = best.sentence.folded
    gaps = []
    for w in words:
        at = text.find(w)
        while at >= 0:
            end = at + len(w)
            if end <= best.start:
                gaps.append(best.start - end)
            elif at >= best.end:
                gaps.append(at - best.end)
            at = text.find(w, at + 1)
    if gaps:
        f["anchor_gap"] = min(min(gaps), _GAP) / _GAP
    else:
        f["anchor_none"] = 1.0
    return f
