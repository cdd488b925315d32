"""A value told after the attribute the question asks by name: "南斯拉夫…的首都在哪裡?" ↔ "…,首都為貝爾格勒。",
"盧安達使用哪一種通行貨幣?" ↔ "…,通行貨幣為盧安達法郎。", "主要的交流是透過哪一個港口?" ↔ "主要港口是慶元": the
noun the question puts against its question word (after it, the kind asked; before it, the thing whose place or
name is asked) names an attribute, and a sentence that prints that noun and a copula tells its value up to the
clause's end. The typed generators miss these values when jieba does not know the name (貝爾格勒, 史坦波中心), and
the untyped ones when the value does not end with the asked noun (盧安達法郎 for 貨幣)."""

from __future__ import annotations

import re

from .question import QuestionInfo
from .spans import COPULA_ADVERBS, Span, ends_clause

# the copula that tells the value, with the adverbs that may stand before it ("士官長的頭盔則是白色羽毛")
_COPULA = re.compile(r"[" + COPULA_ADVERBS + r"]?(?:就是|即是|乃是|是|为|乃)")
# the verbs that join the thing before the question word to it ("首都|在|哪里", "主场|位在|何处")
_BEFORE_WH = re.compile(r"([^\W\d_的之]{2})(?:位在|位于|坐落于|在|是|为)?$")
# a thing counted before the question word ("最后一场战争是哪一场", "还有一条是"): one of several of a kind is asked,
# which a name of that kind answers, not what the sentence says the kind is
_COUNTED = re.compile(r"[一二三四五六七八九十两几]\s?[个场条座位种家所部本件项次名]?$")
_LONGEST = 12  # a value longer than this is a clause, which the slot and the sentence give already


def told_attributes(info: QuestionInfo) -> tuple[str, ...]:
    """The nouns against the question word that name the attribute asked: the head after it ("哪一个|港口") and
    the noun before it when only a joining verb stands between ("首都|在|哪里"); () for other questions."""
    if info.wh is None or info.qtype not in ("what", "where", "who"):
        return ()
    out = []
    if len(info.head) >= 2:
        out.append(info.head)
    left = info.left.strip()
    m = _BEFORE_WH.search(left)
    if m and len(info.right.strip(" ?？")) <= 2 and not _COUNTED.search(left, 0, m.start()) \
            and not _COUNTED.search(m.group(1)[:1]):
        out.append(m.group(1))
    return tuple(dict.fromkeys(out))


def told_values(folded: str, attributes: tuple[str, ...], question: str) -> list[Span]:
    """What the sentence says each attribute is: from after "<attribute>(是|为)" to the clause's end, when that is
    short (at most _LONGEST characters) and not the question's own words."""
    out = []
    for attribute in attributes:
        at = folded.find(attribute)
        while at >= 0:
            m = _COPULA.match(folded, at + len(attribute))
            if m is not None:
                start, end = ends_clause(folded, m.end())
                if 2 <= end - start <= _LONGEST and folded[start:end] not in question:
                    out.append(Span(start, end, "term", "named"))
            at = folded.find(attribute, at + len(attribute))
    return out
