"""The other side of a copula: a question that asks one side of "A为B" ("早期的微波讯号为什么?", "什么东西为早期的
微波讯号?", "…的非正式别称名为什么?") is answered by the side of the sentence's "A为B" clause that the question
does not hold, whichever way round the sentence puts it ("波士顿理工为麻省理工学院的非正式别称")."""

from __future__ import annotations

import re

from .spans import Span, char_bigrams

# The copulas a naming or identifying clause turns on, longest first so that "称为" is not read as "为".
_COPULA = r"(?:被称为|被称作|称之为|又称为|又称|称为|称作|叫做|名为|即为|就是|乃是|便是|是|为)"
# "为"/"是" inside another word is no copula (因为, 成为, 作为, 认为, 视为, 更为, 最为, 但是, 还是, 于是, 只是, 总是;
# 不是, 而是 contrast, they do not identify), nor before a verb's ending ("为了", "为主", "为止", "为例", "是否").
_SENTENCE_COPULA = re.compile(r"(?<![因成作认以视更较极最行称改分化变广身转但还于只可或总凡要若正算不而])" + _COPULA
                              + r"(?![了主止例否])")
# The question's side of it: "X(名)为什么?", "X是什么?", "X称为什么?" / "什么(东西)为X?", "哪一个是X?".
_ASKS_AFTER = re.compile(r"^(?P<known>.{2,}?)(?:又|也|通常|一般)?(?P<cop>" + _COPULA
                         + r")(?:什么|甚么|何|哪一个|哪个|哪一种|哪种)?(?:东西|名字|名称)?[?？]?$")
_ASKS_BEFORE = re.compile(r"^(?:什么|甚么|哪一个|哪个|哪一种|哪种|何者)(?:东西)?(?:也|即)?(?P<cop>" + _COPULA
                          + r")(?P<known>.{2,}?)[?？]?$")
# A side that only points back or hedges ("同时为欧洲第一高峰", "它是…") names nothing itself.
_EMPTY_SIDE = re.compile(r"(?:同时|现在|目前|如今|当时|其中|其|这|此|该|它|他|她|它们|他们"
                         r"|也|亦|则|而|并|都|仍|还|又|更)+")
_CLAUSE_END = re.compile(r"[，,。；;：:！!？?（(）)]")
_QUOTES = "「」“”\"『』《》'‘’"
_LIGHT_EDGE = "的了也则亦都即还又"


def known_side(question: str) -> tuple[str, str]:
    """The side of a copula the question gives, when it asks the other ("早期的微波讯号" for "什么东西为早期的微
    波讯号?"), and the copula it asks with; or ("", "")."""
    q = question.strip()
    m = _ASKS_BEFORE.match(q) or _ASKS_AFTER.match(q)
    return (m.group("known").strip(), m.group("cop")) if m else ("", "")


def _holds(side: str, known: str) -> bool:
    """The sentence's side says what the question's side says: most of the question's two-character pieces are in
    it, and it adds little of its own."""
    k, s = char_bigrams(known), char_bigrams(side)
    if not k or not s:
        return False
    return len(k & s) >= 0.6 * len(k) and len(k & s) >= 0.5 * len(s)


def _trim(folded: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (folded[start] in _QUOTES or folded[start].isspace()):
        start += 1
    while end > start and (folded[end - 1] in _QUOTES or folded[end - 1] in _LIGHT_EDGE or folded[end - 1].isspace()):
        end -= 1
    return start, end


def other_side(folded: str, question: str, max_len: int = 15) -> list[Span]:
    """The side of each "A为B" clause of the sentence opposite the one the question holds, when the question asks
    one side of a copula: "早期的微波讯号为类比讯号" → 类比讯号, "波士顿理工为麻省理工学院的非正式别称" → 波士顿理工."""
    known, asking = known_side(question)
    if len(known) < 2:
        return []
    # a name asked ("又称之为什么") is told by a naming copula, not by "是" ("阿閦佛是金刚界五智如来" tells a kind)
    naming = any(c in asking for c in "称名叫")
    out: list[Span] = []
    start = 0
    for m in _CLAUSE_END.finditer(folded + "。"):
        a, b = start, m.start()
        start = m.end()
        for cop in _SENTENCE_COPULA.finditer(folded, a, b):
            if naming and cop.group() == "是":
                continue
            left, right = (a, cop.start()), (cop.end(), b)
            for mine, other in ((left, right), (right, left)):
                if not _holds(folded[mine[0]:mine[1]], known):
                    continue
                s, e = _trim(folded, *other)
                text = folded[s:e]
                if 2 <= len(text) <= max_len and sum(c in question for c in text) <= len(text) / 2 \
                        and not _EMPTY_SIDE.fullmatch(text):
                    out.append(Span(s, e, "term", "subject"))
    return out
