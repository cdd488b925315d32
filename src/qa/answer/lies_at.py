"""Where a thing lies, was born or plays: "喀爾巴阡山脈的最高峰位在何處?" ↔ "最高峰在塔特拉山的格爾拉赫峰,…,位於斯洛伐克
境內", "西雙版納州位在中國境內的哪一個省中?" ↔ "…是中華人民共和國雲南省下轄的自治州,位於雲南省西南端", "教宗亞歷山大六世
在哪裡出生?" ↔ "…出身於波吉亞家族,誕生於西班牙瓦倫西亞", "小艾瑞克·高登现效力于哪儿?" ↔ "美国职业篮球运动员,现效力于
NBA休士顿火箭". A question asking where its subject lies (位于/位在/坐落于/地处 right before its question word), was
born (出生, 诞生, 生于 beside it) or plays (效力于) — or that closes on a bare 在 and its question word ("黑龙江省博物馆
在哪?" ↔ "…是中国省级综合性博物馆,位于黑龙江省哈尔滨市红军街50号": 在 alone asks where it lies) — is answered by the
place the sentence prints right after its own verb of the same kind, not by another place the tagger scored first
(the mountain the peak is on, the whole country before the province, the family the pope came of, the player's
country, the museum's kind): the sentence says where with the same verb.
`verb_place.py` leaves these verbs to this rule: the verbs differ between question and sentence (位在 ↔ 位於, 出生 ↔
誕生於)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import CJK
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .spans import ITEMS_END

# each kind of verb: the question's verb right before its question word (a few words of scope between: 位在|中国境内
# 的|哪一个省; 在哪里|出生 after it), and the sentence's own verbs of that kind, the place right after them
_VERBS = (
    (re.compile(r"(?:位于|位在|位处|坐落于|坐落在|座落于|座落在|地处)(?:[\u4e00-\u9fff]{1,6}的)?$"), re.compile(r"^$"),
     re.compile(r"位于|位在|位处|坐落于|坐落在|座落于|座落在|地处")),
    (re.compile(r"(?:出生|诞生|生)于$"), re.compile(r"^(?:出生|诞生)"), re.compile(r"出生于|出生在|诞生于|生于")),
    (re.compile(r"效力于$"), re.compile(r"^$"), re.compile(r"效力于")),
)
_KINDS = frozenset(("place", "org"))
# a bare 在 right before the question word that closes the question ("黑龙江省博物馆在|哪?"): it asks where the thing
# lies, as 位于 does (not 现在/正在/所在/存在, nor 在哪里出生, which asks an event's place)
_BARE_AT = re.compile(r"(?<![现正所存实自内外好])在$")


def _sentence_verbs(info: QuestionInfo) -> re.Pattern[str] | None:
    """The sentence's verbs of the kind the question asks with, or None when it asks with none of them."""
    left, right = info.left.rstrip(), info.right.strip()
    if _BARE_AT.search(left) and not CJK.search(right):
        return _VERBS[0][2]  # "黑龙江省博物馆在|哪?": 在 alone asks where it lies
    return next((verbs for before, after, verbs in _VERBS
                 if before.search(left) or (after.pattern != "^$" and after.match(right))), None)


def _right_after(c: Candidate, verbs: re.Pattern[str]) -> bool:
    """The candidate starts right after one of the verbs in its sentence (an untyped slot, only up to its clause's
    end: "现效力于|NBA休士顿火箭。")."""
    f = c.sentence.folded
    if c.type == "slot" and c.end < len(f) and f[c.end] not in ITEMS_END:
        return False
    return any(m.end() == c.start for m in verbs.finditer(f))


def lies_at_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first place of the best's sentence printed right after the sentence's own verb
    of the kind the question asks with moved to the front, when the best is not such a place."""
    kept = list(kept)
    verbs = _sentence_verbs(info) if info.qtype == "where" and kept else None
    if verbs is None:
        return kept
    best = kept[0]
    if best.type not in _KINDS or _right_after(best, verbs) or verbs.search(best.sentence.folded) is None:
        return kept
    lying = next((c for c in kept[1:] if c.sentence.id == best.sentence.id and (c.type in _KINDS or c.type == "slot")
                  and _right_after(c, verbs)), None)
    if lying is None or (lying.start <= best.start and best.end <= lying.end):
        return kept
    return to_front(kept, lying)
