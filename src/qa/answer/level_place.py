"""The place of a level a question asks a named place to be in ("冷棚村属于哪个镇", "宝塔村在哪个镇"): news prints a
village with the units above it run together before its name ("广水市武胜关镇冷棚村", "通城县隽水镇宝塔村"), the
larger first; the unit ending in the asked level (镇) is the answer, cut where the unit above it ends (市, 县)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Answer, Candidate, Hit
from .features import Ranked
from .front import to_front
from .people_answer import Reader, told_answer
from .question import QuestionInfo
from .spans import Span

_LEVELS = "省市县区镇乡村"
# "冷棚村属于", "望岩村在": the place asked about, named with its level, and the verb of belonging; or a site named
# by its kind ("华罗庚林业情怀纪念馆在新林区哪个镇", "下溪水库在岑巩县哪个镇"), the unit above the one asked after
# the verb
_ASKED = re.compile(r"^(?P<x>[\u4e00-\u9fff]{1,8}?(?:村|镇|乡|县|区|市|社区|街道)"
                    r"|[\u4e00-\u9fff]{2,14}?(?:纪念馆|博物馆|展览馆|公园|景区|学校|小学|中学|寺|基地|产业园|水库|电站|大桥|医院|车站|园区))"
                    r"(?:属于|隶属于?|归属于?|在|位于|是)(?:[\u4e00-\u9fff]{1,6}?[省市县区])?$")
# 街道 (a city district's sub-district, "民治街道上芬社区") is a unit as 镇 is, of two characters
_LEVEL_ASKED = re.compile(rf"^(?P<level>街道|[{_LEVELS}])")
# what the run of places before the name starts after: a word of being or coming, or of a visit ("先后深入塔源镇…")
_FUNCTION_HEAD = re.compile(r"位于|地处|来自|在|从|到|是|的|深入|前往|来到|走进")


def level_places(folded: str, info: QuestionInfo) -> list[Span]:
    """Spans of the unit of the asked level printed right over the asked place in the sentence."""
    if not info.wh_word.startswith("哪"):
        return []
    asked = _ASKED.match(info.left.strip())
    # the level is read with the question word ("哪个镇") or right after it ("哪个|镇")
    asked_level = re.sub(r"^哪[一个]{0,2}", "", info.wh_word) or re.sub(r"^[一个]", "", info.right.strip())
    level = _LEVEL_ASKED.match(asked_level)
    if asked is None or level is None:
        return []
    x, lv = asked.group("x"), level.group("level")
    out = []
    for m in re.finditer(re.escape(x), folded):
        start = m.start()
        while start > 0 and "\u4e00" <= folded[start - 1] <= "\u9fff" and m.start() - start < 16:
            start -= 1
        chain = folded[start:m.start()]
        # "我是来自|应县杏寨乡": the run of places starts after the last word of coming or being before it
        head = max((h.end() for h in _FUNCTION_HEAD.finditer(chain)), default=0)
        offset = start + head
        for a, b in _units(folded[offset:m.start()]):
            if folded[offset + a:offset + b].endswith(lv) and 2 <= b - a <= 6 + len(lv) - 1:
                out.append(Span(offset + a, offset + b, "place", "place"))
    return out


def _units(chain: str) -> list[tuple[int, int]]:
    """The units of a run of places ("广水市武胜关镇" → 广水市, 武胜关镇), each ending in a level's character, the
    run ending in one; empty when it does not (a word, not a place, before the name)."""
    if not chain or (chain[-1] not in _LEVELS and not chain.endswith("街道")):
        return []
    out, a = [], 0
    for i, c in enumerate(chain):
        # a level's character ends a unit when the unit has a name before it ("应县": 应 and 县); 街道 too
        # ("海曙区段塘街道": 海曙区, 段塘街道)
        if (c in _LEVELS and i + 1 - a >= 2) or (chain[i - 1:i + 1] == "街道" and i - a >= 2):
            out.append((a, i + 1))
            a = i + 1
    return out if a == len(chain) else []


def level_answer(reader: Reader, question: str, info: QuestionInfo, ranked: list[Ranked]) -> Answer | None:
    """The unit of the asked level printed over the asked place in another sentence of the article a retrieved
    sentence names it in, when no retrieved sentence prints it: jieba may cut the place where its chain is printed
    ("武胜关|镇冷棚|村", "杏寨|乡望|岩村"), so that sentence shares no word with the question and is not retrieved,
    while the article's other sentences name the place alone ("冷棚村成立…"). None otherwise."""
    asked = _ASKED.match(info.left.strip()) if info.wh_word.startswith("哪") else None
    if asked is None:
        return None
    x = asked.group("x")
    if any(level_places(r.hit.sentence.folded, info) for r in ranked[: reader.config.sentences]):
        return None  # a retrieved sentence prints it: the candidates take it from there
    seen: set[str] = set()
    for r in reader.covering(ranked):
        s = r.hit.sentence
        if x not in s.folded or s.article_id in seen:
            continue
        seen.add(s.article_id)
        for other in reader.corpus.sentences_of(s.article_id):
            found = level_places(other.folded, info) if other.kind not in ("byline", "credit") else []
            if found:
                return told_answer(reader, question, info, ranked, other, (found[0].start, found[0].end),
                                   "level-place", 0.5 * r.coverage, (Hit(other, 0.0), r.hit))
    return None


# "东环路小学在哪个区", "他出生在哪个县": a name ending with the level's word answers ("卫东区东环路小学": 卫东区)
_LEVEL_NAMED = re.compile(r"哪一?个?([区县市省镇乡村州旗])(?=[的?？]|$)")


def level_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the best candidate naming a place of the level asked (two characters or more
    before the level's word) moved to the front; unchanged when the question asks no level or none names one."""
    kept = list(kept)
    m = _LEVEL_NAMED.search(info.text.strip())
    if m is None:
        return kept
    level = m.group(1)
    named = next((c for c in kept if c.text.endswith(level) and len(c.text) >= 3 and c.text not in info.text), None)
    if named is None or named is kept[0]:
        return kept
    return to_front(kept, named)
