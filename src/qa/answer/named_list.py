"""The items a sentence lists under the noun asked answer "X的Y有哪些", all of them and nothing else.

"拉萨河的支流有哪些?" ↔ "主要支流有:麦曲、桑曲、拉曲、学绒藏布及堆龙曲等。"; "数字60的因数有哪些?" ↔ "数字60有12个因数,
即1、2、3、…、30和60,其中2、3和5是质数" (not "2、3和5", another list of the sentence); "可以执行在哪些平台上" ↔
"执行在许多平台上,如Linux、Microsoft Windows与Mac OS X等"; "游戏的模式有哪些" ↔ "可选择经典、热血、狙击等模式": a
list tied to the noun asked, introduced by it (Y有:, Y为, Y包括, "Y,即", "Y上,如"; or glued to it when it
opens its clause, ",功能发汗退热、消肿解毒") or closed by it (…等Y, "等多个景点"), names the items. The best sentence
is read first, then the next ones kept, then the next sentences retrieved that hold the question
(`listed_in_ranked`: "主要支流有:麦曲、…" ranked second, none of its words a candidate); a sentence with no such
list leaves the answer as it was."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate, Sentence
from .distribution import asks_distribution
from .front import to_front
from .question import QuestionInfo
from .short import enumeration
from .spans import ITEMS_END, clause_end, occurrences

_VERBS = re.compile(r"(?:主要)?(?:有|包括|包含|是|为|分别是|分别为)$")  # "X的支流有|哪些"
_NOUN_RIGHT = re.compile(r"^(?:[^的]{0,4}的)?([\u4e00-\u9fff]{2,4}?)(?:上|中|里)?[?？]?$")  # "哪些|著名的景点"
# between the noun and its list: "支流有:", "平台上,如", "因数,即", "课程包括"
_INTRO = re.compile(r"^(?:上|中)?(?:有|为|是|包括|包含|计有|共有|分别是|分别为)?[:：]?$"
                    r"|^[^,，。;；]{0,8}[,，](?:即|如|例如|包括|分别是|有)[:：]?$")
_CLOSE = re.compile(r"等(?:多个|数个|[\d一二三四五六七八九十]+个|多种|几个)?")  # "…等多个景点"
# what ends a list: "杨祐宁等人", "堆龙曲等" (not 高等, 平等, 等待: a word of its own)
_CLOSES = re.compile(r"(?<![高平中同相对初均优上次])等(?:(?:人|地|国|项|种|处)|(?![\u4e00-\u9fff]))")
_WINDOW = 12  # characters after the noun its list may start
_CLAUSE_MARKS = ",，;；:：。"
_RANKED = 3  # the retrieved sentences read for a list when no candidate's sentence prints one


def asked_noun(info: QuestionInfo) -> str:
    """The noun a list question asks the items of ("支流", "平台", "景点"), or ""."""
    if info.qtype != "list" or not info.wh or asks_distribution(info):
        return ""  # (where a species lives: distribution.py reads the places after 分布于)
    right = info.right.strip(" ?？")
    if not right:
        left = _VERBS.sub("", info.left)
        noun = left.rsplit("的", 1)[1] if "的" in left else ""
        return noun if 2 <= len(noun) <= 4 else ""
    m = _NOUN_RIGHT.match(right)
    return m.group(1) if m else ""


def _list_end(f: str, at: int) -> int:
    """Where the list starting at `at` ends: after its 等 (等人, 等地), else at its clause's end, or the next
    clause's when that one closes the list ("包括A、B,|C及D等")."""
    end = clause_end(f, at, ITEMS_END)
    if end < len(f) and f[end] in ",，":
        after = clause_end(f, end + 1, ITEMS_END)
        if (closing := _CLOSES.search(f, end + 1, after)) is not None and closing.end() == after:
            end = after
    last = f.rfind("、", at, end)
    closed = _CLOSES.search(f, max(last, at), end)
    return closed.end() if closed else end


def tied_list(f: str, noun: str) -> tuple[int, int] | None:
    """(start, end) of a list of two or more items in the folded sentence `f` introduced or closed by `noun`."""
    for m0 in occurrences(f, noun):
        m1 = m0 + len(noun)  # (the noun's own span: m0, m1)
        # closed: "经典、热血、狙击等模式"
        close = None
        for c in _CLOSE.finditer(f, max(0, m0 - 6), m0 + 1):
            if c.end() == m0:
                close = c
        if close is not None and "、" in f[:close.start()]:
            last = f.rfind("、", 0, close.start())
            if last >= 0 and not any(ch in ITEMS_END for ch in f[last:close.start()]):
                start, _ = enumeration(f, last + 1, close.start())
                if start < last:
                    return start, m1
        # introduced: the list starts within a few characters after the noun, past its verb or 即/如
        # (the furthest start the words between allow: "支流|有:|麦曲", not "支流|有:麦曲"; some word between: "等单位|
        # 抽调特警、民警" lists no 单位; none at all when the noun opens its clause, the items glued to it: ",功能|发汗
        # 退热、消肿解毒", not "从各单位|抽调特警、民警", whose clause goes on past the noun)
        opens = m0 == 0 or f[m0 - 1] in _CLAUSE_MARKS
        starts = [at for at in range(m1 if opens else m1 + 1, min(len(f), m1 + _WINDOW))
                  if _INTRO.match(f[m1:at]) and f[at] not in ITEMS_END]
        if starts:
            at = starts[-1]
            end = _list_end(f, at)
            if "、" in f[at:end] and f[at:end].index("、") > 0:
                # "子女有阿部定高、…", "症状包括…": the noun and its verb read with the items (as CMRC's golds quote
                # them); after a comma ("因数,即1、2、…") the items alone
                glued = not any(ch in ITEMS_END for ch in f[m1:at])
                return (m0 if glued else at), end
    return None


def named_list_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first candidate whose sentence lists the items of the noun asked moved to the
    front, when the best one's sentence lists none; `named_items` then cuts the answer to the list."""
    kept = list(kept)
    noun = asked_noun(info)
    if not kept or not noun or tied_list(kept[0].sentence.folded, noun) is not None:
        return kept
    return to_front(kept, next((c for c in kept[1:] if tied_list(c.sentence.folded, noun) is not None), None))


def named_items(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The answer cut to the list of the noun asked in its sentence; None when the question asks no such noun or
    the sentence lists none."""
    noun = asked_noun(info)
    span = tied_list(best.sentence.folded, noun) if noun else None
    if span is None or span == (best.start, best.end):
        return None
    return best.narrowed(span[0], span[1], "named_list")


def listed_in_ranked(kept: Sequence[Candidate], info: QuestionInfo, sentences: Sequence[Sentence]) -> list[Candidate]:
    """`kept` with a whole-sentence candidate of the first of the top retrieved `sentences` (best first, those
    holding the question) that lists the items of the noun asked put in front, when no kept candidate's sentence
    lists them: "拉萨河的支流有哪些" is answered from "主要支流有:麦曲、桑曲、…", ranked second, not from the best
    sentence telling the river's course past 麦曲 alone (CMRC TRIAL_929). `named_items` then cuts it to the list."""
    kept = list(kept)
    noun = asked_noun(info)
    if not kept or not noun or any(tied_list(c.sentence.folded, noun) is not None for c in kept):
        return kept
    for s in sentences[:_RANKED]:
        if tied_list(s.folded, noun) is not None:
            # (scored as the best one: the list decides, not the score; no features the weights would read)
            return [Candidate(text=s.text, sentence=s, start=0, end=len(s.text), type="sentence",
                              score=kept[0].score, rule="sentence")] + kept
    return kept
