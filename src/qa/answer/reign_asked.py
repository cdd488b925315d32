"""A ruler asked by the reign an event fell in ("豐澤園最初是在清朝哪個皇帝在位期間被建造的?", "…於哪個皇帝在位時
更名為頤年殿?") is answered by the reign's name a clause telling that event opens with: "豐澤園在瀛台之北,康熙年間建造"
→ 康熙, "…為惇敘殿,光緒年間改名為頤年殿,民國時改名頤年堂,袁世凱曾在此辦公" → 光緒, not 袁世凱, whom the tagger
offers as the sentence's only name (a reign's name before 年間 is no word the tagger reads as a person).

`reign_deed` reads the question (the deed after the reign asked), `reign_spans` offers the reign's name as a person
where the clause holds the deed, and `reign_first` answers with it when the best one's clause tells none of the
deed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .spans import Span, char_bigrams, clause_of

# "哪個皇帝在位期間", "哪一位皇帝在位時", "哪一個國王執政期間" (folded): the reign asked, then the deed
_REIGN_ASKED = re.compile(r"哪一?[个位]?(?:皇帝|君主|国王)(?:在位|统治|执政)(?:期间|时期|时|年间)(?:被|所|中)?(.*)$")
# a reign's name opening its clause and its time word: ",康熙年间建造", "光绪年间改名为…"
_REIGN = re.compile(r"(?:^|(?<=[,，;；。:：]))\s?([\u4e00-\u9fff]{2})(?=年间)")
_DEED_END = "的?？ "


def reign_deed(info: QuestionInfo) -> str:
    """The deed a question asking a ruler by the reign it fell in asks of ("被建造" → "建造", "更名为颐年殿"), or ""."""
    m = _REIGN_ASKED.search(info.text)
    return m.group(1).rstrip(_DEED_END) if m else ""


def _tells(f: str, start: int, end: int, deed: str) -> bool:
    """Whether the clause around f[start:end] holds a character bigram of the deed."""
    a, b = clause_of(f, start, end)
    return bool(char_bigrams(deed) & char_bigrams(f[a:b]))


def reign_spans(f: str, deed: str) -> list[Span]:
    """The reign names opening a clause of `f` that tells the deed, as persons."""
    if len(deed) < 2:
        return []
    return [Span(m.start(1), m.end(1), "person", "named") for m in _REIGN.finditer(f)
            if _tells(f, m.start(1), m.end(1), deed)]


def reign_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` with the first reign name whose clause tells the deed moved first, when the best one's clause does not
    tell it."""
    kept = list(kept)
    deed = reign_deed(info)
    if len(deed) < 2 or not kept or _tells(kept[0].sentence.folded, kept[0].start, kept[0].end, deed):
        return kept
    reign = next((c for c in kept if c.type == "person" and c.sentence.folded.startswith("年间", c.end)
                  and any(sp.start == c.start for sp in reign_spans(c.sentence.folded, deed))), None)
    return to_front(kept, reign)
