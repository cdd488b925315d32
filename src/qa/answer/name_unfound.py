"""A name asked and the whole sentence given: no rule found the name in it. A which-question or a cloze asking a
thing by name (gap.py's `asks_name`: "…鄰近哪一個車站?", "明成祖的本名是?") or one asking a thing of the kind after
什么 (kind_asked.py's `asks_kind`: "居住在蘇利南的什麼族群…?") is answered by a noun run; when the slot, the typed
spans, the gap and the kind's noun run all found none, the sentence is almost always the wrong one ("不過，明成祖的
允諾後來並沒有完全兌現。" for 明成祖的本名) or tells the thing in a form no name rule reads ("…含量少,…" for
"…咖啡因含量較為?"). Given whole, it is no answer: declined (`decline:no-name`).

Measured against main 119f78d2 with nothing_new: whole sentences answered for such questions were all wrong on
both sets (CMRC 2018 trial and DRCD, 13 in the base, 8 of them restatements nothing_new declines).

A 什么 standing alone as the predicate's argument (argument_asked.py: "利用什麼來發電", "會讓什麼被拆") asks a noun
phrase too: against main 5125b8a8 CMRC 1 and DRCD 5 declined, all wrong (F1 0–0.43), none right lost."""

from __future__ import annotations

from ..types import Candidate
from .argument_asked import asks_argument
from .gap import asks_name
from .kind_asked import asks_kind
from .question import QuestionInfo


def name_unfound(info: QuestionInfo, best: Candidate) -> str:
    """"decline:no-name" when a name is asked and the answer is its sentence, given whole by the fallback."""
    if best.rule != "sentence" or best.type != "sentence":
        return ""
    return "decline:no-name" if asks_name(info) or asks_kind(info) or asks_argument(info) else ""
