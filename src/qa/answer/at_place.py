"""The place printed after 在 right before the words a where-question puts next to its question word: "在哪里的一间
教堂" ↔ "在哥打白沙罗一间教堂", "在哪两地的边界" ↔ "在帕赛和马尼拉的边界", and a relative clause's "搁浅在哪里" ↔
"在仁爱礁搁浅的马德雷山号". The place is often a name jieba does not know (no typed span), or two places joined by 和
(no one span), so the typed candidates miss it while the 在-phrase holds it whole."""

from __future__ import annotations

import re
from collections.abc import Collection

from ..lexicon import GENERIC_PLACES
from .question import QuestionInfo
from .spans import Span

# 在 inside a word is no preposition: 现在, 正在, 存在, 所在, 实在, 好在, 自在
_NOT_PREPOSITION = "现正存所实好自"
# the place is one phrase: no clause mark, quote or bracket inside
# "哪里的", "哪两地的", "哪个地方的" before the words that follow the place
_MEASURE_OF = re.compile(r"^(?:[一二两三四几]?(?:个地方|个|座|地|处))?的(?!地方|国家|城市)")
_PLACE = re.compile(r"[^\s,，。;；:：!！?？“”\"《》()（）]{2,12}")
# "在这里隆重举行", "在廿大后首批公开会见", "在还未出任…前就会见": a word pointing back (这里, 此) or a time (…后,
# …时, …期间, …前) after 在 is no place name
_NOT_A_PLACE = re.compile(r"^[这那此该本]|^还?未|后|时|期间|以来|前就?$")


def asked_next(info: QuestionInfo) -> str:
    """The words a where-question prints next to the place it asks: those after 哪里 ("哪里|的一间教堂出席…" →
    一间教堂), or the verb before a trailing 在 ("搁浅在|哪里" → 搁浅); "" when there are none."""
    if info.qtype != "where" or not info.wh:
        return ""
    right = info.right.strip(" ?？呢吗")
    of = _MEASURE_OF.match(right)
    # "去哪里|任职", "哪一国|建立": a verb right after the question word is the sentence's own deed, whose place the
    # typed spans already give; only a noun after 的 ("哪里的|一间教堂") is the thing the place is printed before,
    # or the verb after it when 在 stands before the question word (below)
    if of and len(right) - of.end() >= 2:
        return right[of.end():of.end() + 4]
    left = info.left.rstrip(" ")
    if not right and left[-1:] in ("在", "于") and len(left) >= 3:
        return left[-3:-1]
    # "…在|哪里|举办" ↔ "在海拉尔举办的第十四届…": with 在 before the question word, the verb after it is what the
    # place was printed before, also in a relative clause, where the typed spans miss a place jieba does not know
    if left[-1:] == "在" and len(right) >= 2 and re.match(r"[\u4e00-\u9fff]{2}", right) and not of:
        return right[:2]
    return ""


def at_places(folded: str, words: str, question: str) -> list[Span]:
    """The places after 在 that run up to `words` (its first 2 to 4 characters) in the sentence, an attributive 的
    before them dropped: "在|哥打白沙罗|一间教堂", "在|帕赛和马尼拉|的边界", "在|仁爱礁|搁浅的"."""
    out: list[Span] = []
    for k in range(len(words), 1, -1):
        head = words[:k]
        i = folded.find(head)
        while i > 0:
            end = i - 1 if folded[i - 1] == "的" else i
            j = folded.rfind("在", max(0, i - 14), end)
            if j >= 0 and (j == 0 or folded[j - 1] not in _NOT_PREPOSITION):
                m = _PLACE.fullmatch(folded, j + 1, end)
                if m and folded[m.start():m.end()] not in question and not _NOT_A_PLACE.search(m.group()) \
                        and m.group() not in GENERIC_PLACES:  # "计划在|当地|挖掘水井" names no place
                    out.append(Span(m.start(), m.end(), "place", "place"))
            i = folded.find(head, i + k)
        if out:
            return out
    return out


# verbs of where something lies, asked at the question's end ("…水域位于哪里", "…坐落在哪里")
_LOCATIVE = ("位于", "坐落于", "坐落在", "地处")
# the place after the verb runs to the clause's end or to 的 ("位于西海中部,", "位于市区的东北角" → 市区)
_LOCATED = re.compile(r"[^\s,，。;；:：!！?？“”\"《》()（）的]{2,12}")


def located_places(folded: str, info: QuestionInfo, typed: Collection[int] = ()) -> list[Span]:
    """"X位于哪里" ↔ "X(PMZ)位于西海中部,": the words the sentence prints after the locative verb the question ends
    on, right after the thing asked, tell where it lies, a name jieba does not know as a place ("西海|中部").
    Where a typed span starts there (`typed`: their starts), the typed candidates read it already."""
    if info.qtype != "where" or info.right.strip(" ?？呢吗") \
            or not (verb := next((v for v in _LOCATIVE if info.left.rstrip().endswith(v)), "")):
        return []
    subject = info.left.rstrip()[:-len(verb)].rstrip("都也均还则")[-2:]  # "…水域|位于": whose place is asked
    out = []
    i = folded.find(verb)
    while i >= 0:
        m = _LOCATED.match(folded, i + len(verb))
        # the sentence says where the thing asked lies: its name right before the verb, a gloss between ("(PMZ)")
        if m and len(subject) == 2 and subject in folded[max(0, i - 8):i] and m.start() not in typed \
                and m.group() not in info.text and not _NOT_A_PLACE.search(m.group()):
            out.append(Span(m.start(), m.end(), "place", "place"))
        i = folded.find(verb, i + len(verb))
    return out
