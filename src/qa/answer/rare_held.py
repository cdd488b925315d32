"""Evidence signals of an absent paragraph: the question's words weighed by how rare they are (their inverse
frequency in the tokenizer's dictionary, which does not grow with the corpus as BM25's does), missing from the
answer's sentence and from the text around it.

`rare_held(words, sentence, context, freq)`, read by policy.confidence_features:
- `idf_missing`: the share of the question words' weight missing from the answer's context (its sentence, the
  headline and the text before it, the retrieved sentence it was read beside);
- `idf_sentence_missing`: the same, from the answer's sentence alone;
- `idf_top_missing`: the rarest question word missing from the context (1) or not (0): a paraphrase keeps the
  name or term asked about, and a paragraph about something else lacks exactly that.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from .features import Features

_TOTAL = 60_000_000  # about the sum of jieba's dictionary frequencies


def _idf(freq: int) -> float:
    return math.log(_TOTAL / (freq + 1))


def rare_held(words: Sequence[str], sentence: str, context: Sequence[str], freq: Callable[[str], int]) -> Features:
    """The signals above; `words` the question's words of two characters or more, `sentence` and `context`
    folded."""
    if not words:
        return {}
    weight = {w: _idf(freq(w)) for w in dict.fromkeys(words)}
    total = sum(weight.values()) or 1.0
    gone = {w for w in weight if not any(w in x for x in context)}
    rarest = max(weight, key=lambda w: weight[w])
    return {
        "idf_missing": sum(weight[w] for w in gone) / total,
        "idf_sentence_missing": sum(v for w, v in weight.items() if w not in sentence) / total,
        "idf_top_missing": float(rarest in gone),
    }
