"""The ordinal the question's own words follow. A sentence listing items by ordinal prints each ordinal right
before its item: "以普思沿邊行政總局第一區置車里縣,第二區置五福縣,…,第五區置鎮越縣" answers "第幾區設置了鎮越縣"
with 第五區, the one whose clause names 鎮越縣, not the first (which the question's 行政總局 stands right before,
so it scores best). So "德國第幾大的城市" is answered by "德國的第五大城市", not by "德國第二大都市區": the noun the
question puts after 第幾 follows the ordinal it asks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import CN_DIGITS
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_ASKED = re.compile(r"第几(.?)的?([\u4e00-\u9fff]{2})?")
_ORDINAL = re.compile(r"^第[\d" + CN_DIGITS + r"]+")
# an ordinal's clause: up to a mark or the next ordinal of the list ("第一區置車里縣,|第二區…")
_CLAUSE = re.compile(r"[^,，;；。:：、()（）第]*")
# the question's words an item's clause may echo: two Chinese characters, or a figure ("第二產業佔16.2%")
_WORD = re.compile(r"(?=([\u4e00-\u9fff]{2}))|\d[\d.]*\d%?|\d%")
# pairs too common to tie an ordinal to the question: a light word, a numeral, the measure run on
_LIGHT = re.compile(r"[的了是在有和与及或为时于就才都也被把将从到以之其这那个第几" + CN_DIGITS + r"]")
_NEAR = 8  # the candidates after the best read for the noun asked (the best sentences' ordinals rank first)


def _clause_after(c: Candidate) -> str:
    return _CLAUSE.match(c.sentence.folded, c.end).group()  # type: ignore[union-attr]


def _measure(c: Candidate) -> str:
    return _ORDINAL.sub("", c.text)


def ordinal_item_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the ordinal of the best's measure that the question's noun after 第几 follows (of
    any sentence read), else the one of the best's sentence whose clause holds a word of the question the best's
    clause lacks, moved to the front; `kept` as it is when the best is no ordinal, or its own clause ties it."""
    kept = list(kept)
    if info.qtype != "number" or not kept or not _ORDINAL.match(kept[0].text):
        return kept
    asked = _ASKED.search(info.text)
    if asked is None:
        return kept
    best = kept[0]
    ordinals = [c for c in kept[1:] if _ORDINAL.match(c.text) and _measure(c) == _measure(best)]
    noun = asked.group(2) or ""
    if noun and not best.text.endswith(noun) and not _clause_after(best).startswith(noun):
        follows = next((c for c in ordinals if _clause_after(c).startswith(noun) and kept.index(c) <= _NEAR), None)
        if follows is not None:
            return to_front(kept, follows)
    # the question's words around 第几, its measure and noun left out: what the item's clause may echo
    words = info.text[:asked.start()] + " " + info.text[asked.end():]
    pairs = {m.group(1) or m.group() for m in _WORD.finditer(words) if not _LIGHT.search(m.group(1) or "")}
    if not pairs or any(p in _clause_after(best) for p in pairs):
        return kept
    # (a word the sentence prints once: "行政總局第一區…,第四區置臨江行政區" — 行政 is the list's lead's too)
    once = {p for p in pairs if best.sentence.folded.count(p) == 1}
    echoed = next((c for c in ordinals if c.sentence.id == best.sentence.id
                   and any(p in _clause_after(c) for p in once)), None)
    return to_front(kept, echoed)
