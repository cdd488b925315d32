"""A gap answer that is a clause, not a name: decline it.

The gap rule (gap.py) answers a which-question with the words of the sentence the question does not echo. Where
those words tell something happening rather than name a thing — an adverb ("期間至少要經歷…", "目前仍有…"), an
aspect particle ("驅逐艦發生了巨大的變化", "遭遇到了不小的阻力"), a modal ("可在同一個平台上…"), 地 or 得 after a
predicate ("方便地撮合", "堅固得足以…"), a verb with a count ("共有314.23萬人", "正式率8.3萬官兵"), a pronoun
pointing elsewhere ("讓這個時期", "南部其他地區"), a discourse word or an aspect noun alone ("總結", "方面") — the
sentence tells no name there, and the answer is almost always taken from the wrong sentence or is the wrong part
of it. The papers most likely say it elsewhere, so the question is declined rather than answered with a fragment.

A run closing with a verb that opens the echoed object after it ("代表作包括|李光洙的《土地》", "計劃到|2020年")
is a subject and its predicate; one opening with one of a kind ("這|一類政策", "因為這|一點鎳", "在|一個晚會上")
points to a thing named elsewhere: neither names the thing asked. Nor does an aspect noun with its localizer ("在
形式上|被解散") or an adverb in 地 alone ("幸運地|於互射十二碼一役中戰勝"): DRCD 2 declined, both wrong.

A year is no count ("1911年通過與國大黨的合作…", "年爆發的經濟蕭條"), nor is a number with its unit, which measures
the thing named ("印第安納大學俱樂部佔地五十萬平方英尺"): a verb beside one still describes a name. A list's answer
(gap.py's enumeration, "+list") may be a clause.

Measured against base 8e82fd1c (with gap.py's opening predicate): DRCD 28 gap answers declined, all wrong (F1 0 for
22, 0.06–0.44 for 6), none right lost (precision of the answers given 0.789 → 0.797); CMRC 2018 trial identical.
The opening verb and one of a kind, against main 42cad164: DRCD 8 gap answers declined, all wrong
(F1 0 for 6, 0.29 and 0.07 for 2), none right lost (precision 0.8053 → 0.8075); CMRC identical.

A verb with what makes it a predicate — a place or goal preposition ("接近於朝鮮半島分裂前的…", "運行於高寒地區"),
a directional complement ("連線起來"), a time localizer after it ("獨立後法定", "兩德統一後第一次") — or a
causative opening the run ("使得飛機的大小"), tells what happens, not a name: against main 119f78d2 DRCD 5 gap
answers declined, all wrong (F1 0 for 3, 0.12 and 0.13 for 2; precision 0.8170 → 0.8184), CMRC identical. An
event's name before 後 ("大革命|後", tagged a noun) and a name jieba reads with a noun (建築於高山上的城堡) stay.
A directional complement after any word ("片段連線|起來", 連線 tagged a noun) is one too: DRCD 1 more declined,
wrong (F1 0.44), CMRC identical.

The rest rule's item (short.rest_items: the enumeration's item the question leaves out, "…以及?") is read the same
way: an item telling a deed ("以及|讓英王獲得了部分領地" for 與哪一個王國協議…, "德意志民主共和|國的政治可以分為…")
names no thing. Against base dad5dec0: DRCD 2 rest answers declined, both wrong (F1 0.13, 0.10), none right;
CMRC identical."""

from __future__ import annotations

from collections.abc import Callable

from ..lexicon import COUNT_NUMERALS, VERB_TAGS
from ..types import Candidate
from .spans import offsets

# adverbs, aspect particles (了, 过, 着), 地 and 得 after a predicate: the words of a clause, never of a name
_CLAUSE_TAGS = frozenset(("d", "ad", "ul", "ug", "uz", "uv", "ud"))
_MODALS = frozenset(("可", "要", "能", "会", "将", "可以", "需要", "能够"))
# words that open a sentence's discourse (總結, 結果, 總體來說) or name an aspect, a way or an amount of something
# (方面, 方法, 大量): alone, they name no thing, and jieba tags them nouns
_NO_NAMES = frozenset(("总结", "总体", "总之", "结果", "其中", "一般", "整体", "方面", "方法", "方式", "情况", "形式",
                       "过程", "程度", "大量", "部分", "焦点"))
_LOCALIZERS = frozenset("上中下里")  # "形式上": the aspect noun with its localizer still names no thing
# pronouns that point to a thing named elsewhere (这个, 其他, 该, 自己); 各 ("僱人各負擔") distributes, and stays
_POINTING = ("这", "那", "该", "其", "此", "自己")
# a count holds a numeral; jieba also tags a lone 种 ("出租土地种西瓜") m, which counts nothing
_NUMERALS = frozenset(COUNT_NUMERALS + "半")
# verbs that open what follows them ("代表作包括|李光洙的《土地》", "计划到|2020年", "从人文角度看|,…"): a run
# closing with one is a subject and its predicate, whose object is the echoed words after it
_OPENING_VERBS = frozenset(("包括", "包含", "到", "看", "角度看"))


# what follows a verb to make it a predicate, never the verb of a name: a place or goal preposition ("接近於…",
# "運行於高寒地區") or a directional complement ("連線起來"); a time localizer after an event ("獨立後", "分裂前")
_PREDICATE_TAGS = frozenset(("v", "vn"))
_VERB_COMPLEMENTS = frozenset(("于", "到", "起来", "出来", "下来"))
_DIRECTIONAL = frozenset(("起来", "出来", "下来"))  # after any word ("片段连线|起来"): a verb's complement
_EVENT_TIME = frozenset(("后", "前", "之后", "以后", "之前", "以前"))
_CAUSATIVE = frozenset(("使得", "使", "令", "导致"))  # "使得|飛機的大小…": the effect told, no name


def _after(words: list[tuple[str, str]], i: int) -> str:
    return words[i + 1][0] if i + 1 < len(words) else ""


def gap_clause(best: Candidate, pos: Callable[[str], list[tuple[str, str]]]) -> bool:
    """The gap rule's answer tells a clause (an adverb, an aspect particle, a modal, 地/得, a verb with a count)
    where a name was asked."""
    if ("+gap" not in best.rule and not best.rule.startswith("rest")) or "+list" in best.rule:
        return False  # (a list's items may be clauses: "甚至有三種…")
    words = [(w, flag) for a, b, w, flag in offsets(pos(best.sentence.folded))
             if a < best.end and b > best.start and w.strip()]
    if any(flag in _CLAUSE_TAGS for _, flag in words) or any(w in _MODALS for w, _ in words):
        return True
    text = best.sentence.folded[best.start:best.end].strip()
    if text in _NO_NAMES or (text[:-1] in _NO_NAMES and text[-1:] in _LOCALIZERS):
        return True  # "總結，他的學習…", "結果德國水兵…", "在形式上被解散": a discourse word or an aspect noun alone
    if len(words) == 1 and words[0][0].endswith("地") and words[0][1] in ("l", "d", "ad", "z"):
        return True  # "幸運地|於互射十二碼一役中戰勝": an adverb in 地 jieba tags an idiom
    if any(flag.startswith("r") and w.startswith(_POINTING) for w, flag in words):
        return True  # "讓這個時期", "南部其他地區": a word pointing elsewhere names nothing itself
    if words and words[-1][0] in _OPENING_VERBS and words[-1][1].startswith("v"):
        return True  # "此處名建築物包括|有香港會議展覽中心": the subject and the verb before the echoed object
    if words and words[0][1] == "m" and len(words[0][0]) == 2 and words[0][0].startswith("一"):
        return True  # "這|一類政策", "因為這|一點鎳", "在|一個晚會上": one of a kind, named elsewhere
    if any(flag in _PREDICATE_TAGS and (_after(words, i) in _VERB_COMPLEMENTS or _after(words, i) in _EVENT_TIME)
           for i, (w, flag) in enumerate(words)) or (words and words[0][0] in _CAUSATIVE) \
            or any(i > 0 and w in _DIRECTIONAL for i, (w, _) in enumerate(words)):
        return True  # "接近|於…", "運行|於高寒地區", "獨立|後", "統一|後", "連線|起來", "使得|飛機的大小": a predicate
    counted = any(flag == "m" and _NUMERALS.intersection(w) and not w.endswith("年") and not (i + 1 < len(words) and (
        words[i + 1][0].startswith("年") or words[i + 1][1] == "q")) for i, (w, flag) in enumerate(words))
    return counted and any(flag in VERB_TAGS for _, flag in words)
