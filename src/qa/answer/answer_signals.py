"""Signals of the chosen answer itself, for the fitted confidence and evidence models (policy.confidence_features).

The other signals read how well the answer's sentence covers the question; these read the answer in its
sentence: whether the question's words sit right around it (a span of the right type far from what the question
names is often another thing of that type), whether the words against the question word ("总部|在哪里") are in
its text at all, whether it is of the kind the question names ("哪一场战争" → "…战争"), and whether another
sentence gives the same answer. Each is 0 where it does not apply, so a model fitted without them reads them as
absent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .features import Features, near_words
from .question import QuestionInfo

# the kind noun a question names after its question word: "哪一场|战争", "什么|法律", "何种|天灾"
_KIND = re.compile(r"(?:哪[一]?[个位家场种部座条所项间支本首届款门类]|[什甚]么|何种)([\u4e00-\u9fff]{1,2})")
# kinds that name no noun an answer ends with: a time, a place, a cause, a manner, an event ("什么时候", "什么样")
_NO_KIND = frozenset("时地原样意事方么")
_QUOTES = "」』》”\"' "
_LOOK = 5  # candidates after the best read for the same answer from another sentence


def answer_signals(best: Candidate, others: Sequence[Candidate], info: QuestionInfo,
                   context: Sequence[str]) -> Features:
    """The answer's own signals: proximity, ctx_any and clause_share of the best candidate (features.py), the
    share of the words right against the question word missing from the answer's text and what it refers back
    to (near_gone), the answer ending with the kind noun asked (kind_echo) or not (kind_miss), and another
    sentence's candidate giving the same answer (agree)."""
    feats = dict(best.features)
    f: Features = {k: feats[k] for k in ("proximity", "ctx_any", "clause_share") if feats.get(k)}
    near = near_words(info)
    if near and context:
        f["near_gone"] = sum(not any(w in x for x in context) for w in near) / len(near)
    m = _KIND.search(info.text)
    if m and m.group(1)[0] not in _NO_KIND and info.qtype not in ("when", "number", "why", "how"):
        text = best.sentence.folded[best.start:best.end].strip(_QUOTES)
        ends = text.endswith(m.group(1)) or text[-1:] == m.group(1)[-1]
        f["kind_echo" if ends else "kind_miss"] = 1.0
    text = best.text.strip()
    if text and any(c.sentence.id != best.sentence.id and (text in c.text or c.text.strip() in text)
                    and c.text.strip() for c in others[:_LOOK]):
        f["agree"] = 1.0
    return f
