"""The place printed after 在 right before the words a where-question puts next to its question word: "在哪里的一间
教堂" ↔ "在哥打白沙罗一间教堂", "在哪两地的边界" ↔ "在帕赛和马尼拉的边界", and a relative clause's "搁浅在哪里" ↔
"在仁爱礁搁浅的马德雷山号". The place is often a name jieba does not know (no typed span), or two places joined by 和
(no one span), so the typed candidates miss it while the 在-phrase holds it whole."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..lexicon import GENERIC_PLACES
from .question import QuestionInfo
from .spans import Span, offsets

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
    # "…在奧克蘭|哪裡|舉行" ↔ "在奧克蘭Mt. Eden的戰爭紀念堂舉行": the place asked is inside the city the question
    # names after 在; the verb after the question word is what it was printed before (at_places drops the city)
    if _IN_NAMED.search(left) and re.match(r"[\u4e00-\u9fff]{2}", right) and not of:
        return right[:2]
    return ""


_IN_NAMED = re.compile(r"(?<![现正存所实好自])在[\u4e00-\u9fff]{2,4}$")
_CITY_ASKED_IN = re.compile(r"(?<![现正存所实好自])在([\u4e00-\u9fff]{2,4})哪")
_LATIN_LED_PLACE = re.compile(r"(?:[a-z][a-z.]*(?: [a-z][a-z.]*){0,3}的?)?[^\s,，。;；:：!！?？“”\"《》()（）]{2,12}")


def at_places(folded: str, words: str, question: str, tags: Sequence[tuple[str, str]] = ()) -> list[Span]:
    """The places after 在 that run up to `words` (its first 2 to 4 characters) in the sentence, an attributive 的
    before them dropped: "在|哥打白沙罗|一间教堂", "在|帕赛和马尼拉|的边界", "在|仁爱礁|搁浅的"; with the
    sentence's `tags`, only the place of the words between (`_place_only`)."""
    out: list[Span] = []
    named = _CITY_ASKED_IN.search(question)
    for k in range(len(words), 1, -1):
        head = words[:k]
        i = folded.find(head)
        while i > 0:
            end = i - 1 if folded[i - 1] == "的" else i
            j = folded.rfind("在", max(0, i - 28), end)
            # "在奥克兰|mt. eden的战争纪念堂": the city the question names after 在 dropped, and a Latin name
            # before the place's own words kept with them
            city = named.group(1) if named and j >= 0 and folded.startswith(named.group(1), j + 1) else ""
            if j >= 0 and j < i - 14 and not city:
                j = -1  # (14 characters at most from 在, the question's city and a Latin name aside)
            if j >= 0 and (j == 0 or folded[j - 1] not in _NOT_PREPOSITION):
                m = (_PLACE.fullmatch(folded, j + 1 + len(city), end) if not city
                     else _LATIN_LED_PLACE.fullmatch(folded, j + 1 + len(city), end))
                if m and folded[m.start():m.end()] not in question and not _NOT_A_PLACE.search(m.group()) \
                        and m.group() not in GENERIC_PLACES:  # "计划在|当地|挖掘水井" names no place
                    a, b = _place_only(tags, m.start(), m.end(), question) if tags else (m.start(), m.end())
                    out.append(Span(a, b, "place", "place"))
            i = folded.find(head, i + k)
        if out:
            return out
    return out


# words that are no part of a place's name: a verb, an adverb, a preposition, a pronoun, a particle, a number or
# a time ("在|云南|形成割据局面", "在|镜厅|与德国签订"); a verb opening the words is a relative clause's ("在|位于|
# 波士顿的校园"). Not a localizer: "在|法国东部", "在|主序带上"
_NOT_NAME_TAGS = ("v", "vd", "d", "ad", "p", "r", "u", "ul", "uz", "ug", "ud", "t", "m")
# the words joining two places ("在|帕赛和马尼拉|的边界"; jieba tags 与 a preposition), dropped when the question
# names what follows ("镜厅与|德国")
_JOINING = ("和", "与", "及", "同", "、")
# the function words no place ends with (a verb may be jieba's mis-cut of a place's end: "主序|带上")
_FUNCTION_TAGS = ("p", "c", "d", "ad", "r", "u", "uj", "ul", "uz", "ug", "ud")
# the tags of a place's or a name's word: only after one do the words stop at a word of another tag (jieba's
# mis-cut "主序/n|带上/v" is no verb after a name)
_NAME_TAGS = ("ns", "nr", "nrt", "nrfg", "nz", "nt", "j")


def _place_only(tags: Sequence[tuple[str, str]], start: int, end: int, question: str) -> tuple[int, int]:
    """The place inside the words between 在 and the question's next words, which may go on with the deed's
    verb or partner before those words: "云南|形成" (割据局面), "镜厅|与德国" (签订, 德国 the question's own). A
    leading verb is dropped ("位于|波士顿"); the words stop before a word of a tag no name has (`_NOT_NAME_TAGS`)
    right after a name, or before the question's own word of two characters after a joining word. The words
    unchanged when they open with no name or word of a place (a time, "9月", is declined later as before). (A
    common noun after the place is no tell: "北京|秘密" is the manner, "桃园|观音" and "中华大道|西段" the place.)"""
    inside = [(a, b, w, flag) for a, b, w, flag in offsets(tags) if a >= start and b <= end]
    if not inside or inside[0][0] != start or inside[-1][1] != end:
        return start, end  # the words cut a word: read as before
    while len(inside) > 1 and inside[0][3] in ("v", "vn"):
        inside = inside[1:]
    if inside[0][3] in _NOT_NAME_TAGS:
        return start, end
    kept = inside[:1]
    for a, b, w, flag in inside[1:]:
        if (len(w) >= 2 and w in question and (kept[-1][2] in _JOINING or kept[-1][3] == "p")) \
                or (flag in _NOT_NAME_TAGS and kept[-1][3] in _NAME_TAGS and w not in _JOINING):
            break
        kept.append((a, b, w, flag))
    while len(kept) > 1 and (kept[-1][3] in _FUNCTION_TAGS or kept[-1][2] in _JOINING):  # "镜厅与|德国"
        kept.pop()
    if kept[-1][1] - kept[0][0] < 2:
        return start, end
    return kept[0][0], kept[-1][1]


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
