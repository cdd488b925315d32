"""A which-question asking a thing of a kind ("在哪家酒店举行", "由哪家营造厂承建", "是哪个政党的议员") answered by a
clause — a span opening on a time, a preposition or a verb and ending on a verb, a time or a locative:
"当天下午6时2分开始", "傍晚结束行程前", "从111年3月启动", "表示", naming no body, place or person.
A thing of a kind is named by a noun run (万豪酒店, 民进党); a span ending on a verb or a time word is the clause the
slot rule found beside the question's words where the page names no such thing (韩日首脑庆州会谈's hotel, the
station's builder): declined ("decline:kind"). A kind of time ("哪个时期", "哪个阶段") is answered by a time, and is
left alone."""

from __future__ import annotations

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

# the which-words asking a thing counted by its measure word ("哪家酒店", "哪个政党", "哪所学校", "哪座城市")
_WHICH = ("哪家", "哪个", "哪所", "哪座", "哪间", "哪一家", "哪一个", "哪一所", "哪一座", "哪一间")
# kinds a time answers: a span ending in a time word fits them
_TIME_KINDS = frozenset(("时期", "时候", "阶段", "年代", "朝代", "世纪", "季节", "月份", "年份", "时段", "时间",
                         "日子", "节日", "赛季", "学期", "年级", "届", "朝"))
# what a name of a thing never ends on: a verb, a time word, a locative, an adverb, a preposition, a particle, a
# conjunction ("…开始", "…前", "…时", "…了")
_NOT_A_NAME_END = ("v", "vd", "vi", "vn", "t", "f", "d", "p", "u", "c", "ul", "uj", "uz", "ug", "uv")
# what a clause opens on and a name does not: a time word, a preposition, a verb, an adverb, a numeral, a pronoun
_CLAUSE_OPENINGS = frozenset(("t", "p", "v", "vd", "vi", "d", "c", "m", "r"))
_VERBS = frozenset(("v", "vd", "vi"))
_NAME_TAGS = frozenset(("nr", "nrt", "ns", "nt", "nz"))

# the untyped spans the slot and gap rules give (a typed place, organisation or time is read as one)
_SPAN_TYPES = ("slot", "span", "clause")


def clause_for_kind(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:kind" when a which-question asks a thing of a kind and the slot's span is a clause (opening on a
    time, a preposition or a verb, or a lone verb) ending on a verb, a time word or a locative."""
    if around.tag is None or not info.wh or not info.wh_word.startswith(_WHICH) or best.type not in _SPAN_TYPES:
        return ""
    asked = [(w, flag) for w, flag in around.tag(info.right) if w.strip()]
    if not asked or not asked[0][1].startswith("n") or len(asked[0][0]) < 2 or asked[0][0] in _TIME_KINDS:
        return ""
    text = best.sentence.folded[best.start:best.end].strip()
    words = [(w, flag) for w, flag in around.tag(text) if w.strip()]
    if not words or text.endswith(asked[0][0][-1]) or asked[0][0] in text:
        return ""  # (a span holding the kind asked names the thing, a slot's verb left on it: "…的路段为")
    if words[-1][1] not in _NOT_A_NAME_END or any(flag in _NAME_TAGS for _, flag in words):
        return ""  # (a clause naming a body or a person may hold the thing asked: "…嗆民進黨立委邱議瑩的三立前")
    # a clause opens on a time, a preposition or a verb ("当天下午…开始", "从…启动", "接受…表示"), or is a lone verb
    # ("表示"); a name opens on a noun or a name, whatever the tagger makes of its end ("财产资格限制", "苏丹南部",
    # "塘沽协定"), and a lone time word (元朝) answers a kind of era
    if len(words) == 1:
        return "decline:kind" if words[0][1] in _VERBS else ""
    return "decline:kind" if words[0][1] in _CLAUSE_OPENINGS else ""
