"""A part of a named country asked ("美國哪一地區", "中國境內的哪一個省"), answered by another country.

"2010年美國哪一地區的網路的速度只有一秒七百萬位元？" ↔ "2010年韓國網速每秒流量為14百萬位元／秒，…，而美國50個州中
網速最快的德拉瓦州也只有韓國的一半水平": the question names the country right before its question word, and the
word after the question word asks a part of it (地区, 州, 省, 城市); 韓國 is a country beside it, compared with it, not
a part of it. The first later place of the same sentence that names no country (德拉瓦州) answers before it
(`part_first`), and with none there the country is declined (`country_for_part`, `decline:kind`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import COUNTRIES, alternation
from ..normalize import fold
from ..types import Candidate
from .front import to_front
from .kinds import named_country
from .question import QuestionInfo

# the part asked right after the question word: "哪一地区", "哪一个州", "哪个城市", "哪一个省"
_PART = re.compile(r"哪(?:一个|一|个|座)?(?:地区|州|省份?|城市|县|地方|城)")
# the country named right before it, "境内"/"内"/"的" between them allowed: "美国|哪一地区", "中国境内的|哪一个省"
_BETWEEN = r"(?:境内|国内|内)?的?$"
_COUNTRY_BEFORE = re.compile("(" + alternation(COUNTRIES) + ")" + _BETWEEN)
_STATE_BEFORE = re.compile(r"([\u4e00-\u9fff]{1,3}(?:国|王国|帝国|共和国))" + _BETWEEN)  # one ending as a country
_LOOK = 6  # later candidates read for a place of the part asked


def _country_asked_in(info: QuestionInfo) -> str:
    """The country the question asks a part of, or ""."""
    if not info.wh or not _PART.match(info.text, info.wh[0]):
        return ""
    m = _COUNTRY_BEFORE.search(info.text, 0, info.wh[0]) or _STATE_BEFORE.search(info.text, 0, info.wh[0])
    return m.group(1) if m and named_country(m.group(1)) else ""


def _other_country(c: Candidate, country: str) -> bool:
    text = fold(c.text).strip()
    return c.type == "place" and named_country(text) and not text.startswith(country)


def part_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first of the next few places of the best one's sentence that names no country
    moved first, when the question asks a part of a country and the best is another country; else unchanged."""
    kept = list(kept)
    country = _country_asked_in(info)
    if not country or not kept or not _other_country(kept[0], country):
        return kept
    best = kept[0]
    part = next((c for c in kept[1:1 + _LOOK] if c.sentence.id == best.sentence.id and c.type == "place"
                 and not named_country(fold(c.text)) and fold(c.text) not in info.text), None)
    return to_front(kept, part)


def country_for_part(info: QuestionInfo, best: Candidate) -> str:
    """"decline:kind" when the question asks a part of a country and the answer names another country; ""
    otherwise."""
    country = _country_asked_in(info)
    return "decline:kind" if country and _other_country(best, country) else ""
