"""A kind asked whose members' names end with the kind's first character, not with the kind's word: "什么节日" ↔
"八一建军节", "什么仪器" ↔ "拉曼光谱分析仪", "什么药物" ↔ "降压药". jieba often reads such a name as a set phrase
(八一建军节/l) or cuts its ending off as a word of its own (光谱分析/l|仪/ng), so no run of nouns holds it: the
name is the word ending in that character with the nouns and set phrases printed right before it."""

from __future__ import annotations

from collections.abc import Iterable

from .question import QuestionInfo
from .spans import Span, offsets

# Kinds named by their members' ending and a generic second character (节日: 春节, 建军节; 仪器: 分析仪). Not 奖项
# or 赛事: an award is named inside the event that gives it (`第十一屆金曲獎的「最佳演唱團體獎」`), so the ending
# finds the event as well (cost CMRC and DRCD one answer each).
MEMBER_KINDS = frozenset(("节日", "仪器", "药物", "鱼类", "船只", "树木", "花卉"))
_NAME_TAGS = ("n", "l", "j", "eng")  # words a member's name is made of (光谱分析/l, 拉曼/nrt)
_MOST_WORDS = 3  # words of the name before its ending's word


def kind_of_members(info: QuestionInfo) -> str:
    """The kind right after 什么/哪种/哪个 when it is one of MEMBER_KINDS ("什么节日来临之际" → 节日), else ""
    (jieba tags 节日 a time word, so the asked head, a noun, is not read from it)."""
    if not info.wh or not (info.wh_word.startswith(("哪", "什么")) or info.wh_word.endswith("什么")):
        return ""
    return next((k for k in MEMBER_KINDS if info.right.startswith(k)), "")


def members(pos: Iterable[tuple[str, str]], kind: str, question: str) -> list[Span]:
    """The names in a tagged sentence of members of `kind` (one of MEMBER_KINDS): a word ending in the kind's
    first character (a noun or a set phrase, not a verb: 调节), taken with up to three name words before it; the
    name is at least three characters and no words of the question's own ("节日" itself, or 节 alone)."""
    if kind not in MEMBER_KINDS:
        return []
    words = list(offsets(pos))
    out: list[Span] = []
    for i, (a, b, w, flag) in enumerate(words):
        if not w.endswith(kind[0]) or not flag.startswith(_NAME_TAGS) or w.endswith(kind):
            continue
        start, j = a, i - 1
        while j >= 0 and i - j <= _MOST_WORDS and words[j][1] == start and words[j][3].startswith(_NAME_TAGS):
            start = words[j][0]
            j -= 1
        if b - start >= 3 and "".join(x[2] for x in words if start <= x[0] < b) not in question:
            out.append(Span(start, b, "term", "head"))
    return out
