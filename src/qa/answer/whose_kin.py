""""X是谁的<relation>" (王法慧是谁的女儿, 元皇后是哪位帝王的皇后, 史继偕是谁的儿子): the one whose relation X is,
as a life's opening lines print it: the words of a clause that the relation word closes, before its 的 or 之
("…,北齐孝昭帝高演的皇后。" → 北齐孝昭帝高演; "湖广右布政使史朝宜之子。" → 湖广右布政使史朝宜). Read only in an
article about X (its first sentence names X) or in a sentence naming X before the clause: another's relation
printed elsewhere is not X's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Sentence

# the question: X, the copula, the who-word (谁, 何人, 哪位/哪一个 and a noun of the kind: 哪位帝王), 的, the relation
_WHOSE = re.compile(r"^(?P<x>[^,，。;；?？!！]{2,20}?)(?:是|为)(?:谁|何人|哪一?[位个][\u4e00-\u9fff]{0,3})的"
                    r"(?P<kin>[\u4e00-\u9fff]{1,3})[?？]?$")

# the relation words read so, and the forms a life prints them in (a queen is 王后, 王妃 or 皇后 alike; a son
# "X之子", a daughter "X之女")
_PRINTED: dict[str, tuple[str, ...]] = {
    "妻子": ("妻子", "妻"), "丈夫": ("丈夫",), "夫人": ("夫人",),
    "皇后": ("皇后", "王后", "王妃"), "王后": ("王后", "王妃", "皇后"), "王妃": ("王妃", "王后"), "妃子": ("妃子",),
    "母亲": ("母亲", "生母"), "父亲": ("父亲", "生父"),
    "儿子": ("儿子", "子"), "女儿": ("女儿", "女"), "长子": ("长子",), "长女": ("长女",), "次子": ("次子",),
    "孙子": ("孙子", "孙"), "孙女": ("孙女",), "侄子": ("侄子",), "侄女": ("侄女",), "后裔": ("后裔",),
    "弟子": ("弟子",), "学生": ("学生",), "部下": ("部下",), "部将": ("部将",),
}
_CLAUSE_START = ",，、;；:：。!！?？(（)）"
_CLAUSE_END = ",，、;；。!！?？"


def asked_whose(question: str) -> tuple[str, str]:
    """(X, the relation) of "X是谁的<relation>", the question folded; ("", "") when it asks no such thing."""
    m = _WHOSE.match(question.strip())
    if m is None or m.group("kin") not in _PRINTED:
        return "", ""
    return m.group("x"), m.group("kin")


def whose_in(sentence: str, x: str, kin: str, about_x: bool) -> tuple[int, int] | None:
    """The offsets of the one whose `kin` X is in `sentence` (folded): the clause's words before 的/之 and the
    relation word that closes the clause; `about_x`: the sentence's article opens with X, else X must be printed
    before the clause."""
    for word in _PRINTED[kin]:
        # (which of several, between: "北魏宣武帝元恪的第二任皇后")
        for m in re.finditer("(?:的|之)(?:第[一二三四五六七八九十\\d]{1,3}任)?" + re.escape(word), sentence):
            end = m.end()
            if end < len(sentence) and sentence[end] not in _CLAUSE_END:
                continue  # "曾布的妻子魏玩": a name follows, the relation is that name's, not a clause's
            if len(word) == 1 and m.group()[0] != "之":
                continue  # a bare 子 or 女 only as "X之子", "X之女"
            start = max(sentence.rfind(c, 0, m.start()) for c in _CLAUSE_START) + 1
            owner = sentence[start:m.start()]
            if not 2 <= len(owner) <= 20 or x in owner or "的" in owner[-1:]:
                continue
            if about_x or x in sentence[:start]:
                return start, m.start()
    if kin in _MARRIED and about_x:
        # "嫁曾巩弟曾布为妻": the one she was married to, in the life of X
        married = _MARRIED_TO.search(sentence)
        if married is not None and x not in married.group(1):
            return married.span(1)
    return None


_MARRIED = ("妻子", "夫人", "皇后", "王后", "王妃", "妃子")
_MARRIED_TO = re.compile(r"嫁(?:给|与|予)?([^,，、;；。!！?？的]{2,12}?)为(?:妻|后|妃|继室|夫人)")


def find_whose(x: str, kin: str, sentences: Sequence[Sentence], opening: str
               ) -> tuple[Sentence, tuple[int, int]] | None:
    """The first of `sentences` (one article's, in order) printing whose `kin` X is; `opening`: the article's
    first sentence, folded."""
    about_x = opening.startswith(x) or opening[:len(x) + 4].find(x) >= 0
    for s in sentences:
        if s.kind == "credit":
            continue
        span = whose_in(s.folded, x, kin, about_x)
        if span is not None:
            return s, span
    return None
