"""The venue a meeting was held at, printed whole between 在/于 and the verb the question asks: "…記者會在哪裡
召開" ↔ "於南投稅務出張所召開縣政年終記者會", "在台灣大道惠中樓9樓市政廳,舉行…典禮". The typed spans hold only the
place names inside it (南投縣, 南屯區) or a body (雲林縣政府) before it; the 在-phrase is the whole answer."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .kinds import asked_kind
from .question import QuestionInfo

# the verbs of holding an event a where-question ends with ("在哪里召开", "在何处举行")
_HELD = ("召开", "举行", "举办", "进行")
# 在/于 (not inside a word: 现在, 正在, 存在, 位于, 由于, 对于, 关于, 至于, 终于), the venue with no mark inside
# but a comma may stand right before the verb ("在…市政厅,举行…")
_VENUE = (r"(?<![现正存所实好自位由对关至终属等])[在于]"
          r"(?P<venue>[^\s,，。;；:：!！?？、“”\"「」《》()（）]{3,24}?)[,，]?(?:VERB)")


def held_verb(info: QuestionInfo) -> str:
    """The verb of holding an event right after a where-question's word ("召开" of "在哪里召开?"), or ""."""
    if info.qtype != "where" or not info.wh:
        return ""
    right = info.right.strip(" ?？。呢吗")
    return next((v for v in _HELD if right.startswith(v)), "")


def venue_phrase(kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """The 在/于-phrase of the held verb the question asks, in the best candidate's sentence or another kept one of
    its article (best first), as a place candidate; None when the question asks no such verb or no sentence prints
    it so."""
    verb = held_verb(info)
    if not verb or not kept or asked_kind(info):
        return None  # (a country or city asked, "在哪个国家举行", is no venue: the typed places answer it)
    rx = re.compile(_VENUE.replace("VERB", verb))
    seen = set()
    for c in kept[:4]:
        s = c.sentence
        if s.id in seen or s.article_id != kept[0].sentence.article_id:
            continue
        seen.add(s.id)
        m = rx.search(s.folded)
        if m is None or re.match(r"\d|[这那此该本]|哪", m.group("venue")):
            continue  # "在2018年举行", "在这里举行": a time or a pointing word, no venue
        a, b = m.span("venue")
        return Candidate(text=s.text[a:b], sentence=s, start=a, end=b, type="place", score=c.score,
                         rule="venue:phrase", features=c.features)
    return None
