"""An occupation asked: "杨昊的职业是什么" ↔ "杨昊(…),中国足球运动员,司职中场,…": the trade the sentence prints
(the clause ending in a trade word: 运动员, 歌手, 老师, …), not the whole sentence the composer picked.

The sentence that answers is right, but CMRC's and DRCD's golds are the trade alone ("足球运动员", "歌手", "法文
老师"): the clause's leading places and their conjunctions ("中国", "新加坡及台湾") say where, and a relative
clause before 的 ("一個曾在布里斯托教書的") says more of the person, so both are cut off."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..types import Candidate
from .question import QuestionInfo

_ASKED = re.compile(r"的职业(?:是|为)(?:什么|甚么|何)|从事(?:什么|甚么|何种)职业")
# the words a trade ends with ("人" alone ends a nationality: 新加坡人)
_TRADE = (r"(?:运动员|演员|球员|歌手|选手|[\u4e00-\u9fff]家|[\u4e00-\u9fff]师|医生|记者|导演|编剧|模特|主持人|艺人|"
          r"诗人|词人|商人|学者|教练)")
_CLAUSE = re.compile(r"[^,，;；。:：()（）]+")
_LEAD = re.compile(r"^(?:是|为|乃)?(?:一[个名位])?")
_PLACE_TAGS = ("ns", "c")  # a place, and the 及/和 joining two


def asks_trade(info: QuestionInfo) -> bool:
    """Whether the question asks someone's occupation ("X的职业是什么", "X从事什么职业")."""
    return info.qtype in ("definition", "what") and _ASKED.search(info.text) is not None


def trade_span(f: str, pos: Callable[[str], Sequence[tuple[str, str]]]) -> tuple[int, int] | None:
    """(start, end) of the first trade the folded sentence `f` prints: a clause ending in a trade word, without
    what comes before its last 的, its copula and measure (是一个), and its leading places; None when none."""
    for m in _CLAUSE.finditer(f):
        clause = m.group()
        if not re.search(_TRADE + r"$", clause):
            continue
        start = m.start() + clause.rfind("的") + 1
        lead = _LEAD.match(f, start)  # (matches, maybe empty)
        start = lead.end() if lead else start
        rest = f[start:m.end()]
        for word, flag in pos(rest):
            if not flag.startswith(_PLACE_TAGS) or len(rest) - len(word) < 2:
                break
            start, rest = start + len(word), rest[len(word):]
        if m.end() - start >= 2:
            return start, m.end()
    return None


def trade_named(best: Candidate, info: QuestionInfo, pos: Callable[[str], Sequence[tuple[str, str]]]
                ) -> Candidate | None:
    """The answer cut to the trade its sentence prints, for a question asking an occupation; None when it asks
    something else, the sentence prints no trade, or the answer is that trade already or lies elsewhere in it."""
    if not asks_trade(info):
        return None
    span = trade_span(best.sentence.folded, pos)
    if span is None or span == (best.start, best.end) or not (best.start <= span[0] and span[1] <= best.end):
        return None
    return best.narrowed(span[0], span[1], "trade")
