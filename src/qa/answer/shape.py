"""Shaping the chosen span into the answer a reader expects: every item of a list, the whole sentence for a
cause or a means, a typed span widened to its noun phrase."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..lexicon import (
    ASKS_YEAR,
    ORDINAL_DIGITS,
    PERSON_TAGS,
    POSTS,
    SEVERAL_PEOPLE,
    VENUE_SUFFIXES,
    all_han,
    alternation,
    ordinal_value,
)
from ..types import Candidate
from .echoed_subject import subject_predicate
from .era_asked import era_named
from .gap import asks_name, gap_span
from .how_slot import clause_after_question, kind_before_noun, means_before_verb, means_object
from .kind_asked import asks_kind, kind_named
from .light_tail import light_tail
from .measure_asked import measure_kept
from .modifier import drop_modifier
from .name_edges import name_edges
from .named_object import named_object
from .names import NAME_DOTS, coordinated, names_after_posts, names_before_posts, persons, trim_person
from .negation import negation
from .np_tail import COORDINATING, noun_tail
from .opening import past_conjunction, past_copula
from .outcome import outcome_span
from .place_widened import widened_end
from .post_asked import post_span
from .purpose import purpose_span
from .question import QuestionInfo
from .said import said_span
from .sayer import sayer_span
from .short import enumeration, mend_breaks, widen
from .slot_name import name_ending_slot
from .spans import Span, clause_of, clauses, offsets, trim
from .subject_run import subject_run
from .typed import HOUSE_NUMBER, ROAD_ENDS, extract, times

# "由谁陪同", "都有谁": who-questions whose answer is every name coordinated in the slot.
_SEVERAL = re.compile(SEVERAL_PEOPLE + "|有哪些")  # several people, or the items of a list

# Question types whose typed answer is widened to its noun phrase (measured on CMRC 2018 trial: F1 up on each).
WIDENED = ("where", "when", "who", "number")

Tagger = Callable[[str], list[tuple[str, str]]]

_ASKS_YEAR = ASKS_YEAR  # the question word asks for a year: 哪一年, 何年, 几几年
# a bearing from a place ("北侧", "对面") and the building there, up to its venue word ("梅地亚中心")
_BEARINGS = r"(?:[东南西北]侧|[东南西北]面|一侧|旁边|附近|对面)"  # where a place stands from another
_BEARING_END = re.compile(_BEARINGS + "$")
_BEARING = re.compile(_BEARINGS + r"[^\W\d_]{1,10}?"
                      + alternation((*VENUE_SUFFIXES, "中心", "大楼", "剧院", "会馆", "商场")) + r"(?=[的内里\W]|$)")
# a locative word after a place, saying which side or part of it ("牡丹桥|南头", "学校|门口")
_SIDE = re.compile(r"(?:[东南西北]头|[东南西北]侧|[东南西北]端|门口|门前|路口|桥头|脚下)")
# a water's bank after its name ("云龙湖|南岸"): which shore is where the place lies, whatever follows it
_BANK = re.compile(r"[东南西北]岸")


def _verb_or_end(words: Sequence[tuple[str, str]], at: int) -> bool:
    """The sentence goes on at `at` with a verb, a preposition, a particle or punctuation (the locative ends the
    place there: "南头|捡到", not "南头|古城")."""
    for a, _b, w, flag in offsets(words):
        if a == at:
            return flag[:1] in ("v", "p", "u", "d", "x", "w") or not w.strip() or not w[0].isalnum()
    return at >= sum(len(w) for w, _ in words)


# a date that opens with its year: of the era (公元) or of the Republic, whose whole "民国39年" is the year
_YEAR_OF_DATE = re.compile(r"((?:公元前?|(?:中华)?民国\s?)?\d{1,4}\s?年)\s?\d{1,2}\s?月")


def shape(best: Candidate, info: QuestionInfo, pos: Tagger, widen_typed: bool = True) -> Candidate:
    """The chosen candidate, reshaped for its question type (its rule says how: "+list", "+sentence", "+np").
    With fitted span weights the width is already chosen (`widen_typed` off). An e-paper's column break inside
    the answer (a space between two Chinese characters: "中信國 際電訊") is left out of its text."""
    best = _shaped(best, info, pos, widen_typed)
    best = _past_preposition(best, info, pos)
    best = _asked_noun_after(best, info, pos)
    best = _some_of_place(best, info, pos)
    best = _unnamed_item(best, info, pos)
    best = _item_before_total(best, info, pos)
    best = drop_modifier(best, info)
    best = noun_tail(best, info, pos)
    best = past_conjunction(best, info, pos)
    best = past_copula(best, info, pos)
    best = light_tail(best, info, pos)  # "柵欄|以", "伏爾加河|為界" (light_tail.py)
    if best.type == "person":
        best = _dotted_name(best, pos)
    if (info.qtype, best.type) in (("who", "person"), ("where", "place")):
        best = name_edges(best, pos)  # "尼葛洛庞|帝|与", "斐|迪南二世": the name's pieces jieba cut off (name_edges.py)
    best = _hyphen_joined(best, pos)
    if info.qtype == "when" and best.type == "time":
        best = _one_day_asked(_year_asked(_range_end(_range_start(best, info), info), info), info)
        best = _year_alone(best, info)
        best = era_named(info, best)
    if best.type == "number":
        best = _approximation_asked(best, info)
        best = measure_kept(_counted_noun(best, info), info)  # "多少瓶" ↔ "530|瓶" (measure_asked.py)
    if best.type in ("time", "number"):
        best = _era(best)
    if info.qtype == "when" and best.type == "time":
        best = _glossed_year(best)
        best = _times_joined(best, info)
    text = mend_breaks(best.text, best.sentence.folded[best.start:best.end])
    return best if text == best.text else replace(best, text=text)


def _shaped(best: Candidate, info: QuestionInfo, pos: Tagger, widen_typed: bool = True) -> Candidate:
    f = best.sentence.folded
    if info.qtype == "list" and best.type == "sentence" and (listed := _kind_listed(best, info, pos)) is not None:
        return listed
    if info.qtype == "list":
        # A list answer is every item: the whole enumeration, or else the whole clause around the span.
        start, end = enumeration(f, best.start, best.end)
        if (start, end) == (best.start, best.end):
            # No enumeration: the items are told by the clause and what follows it in the sentence.
            start = clause_of(f, best.start, best.end)[0]
            end = trim(f, start, len(f))[1]
        return best.narrowed(start, end, "list")
    if (no := negation(best, info)) is not None:
        return no  # "有没有通过" ↔ "似乎|没有|任何示威申请得到当局通过" (negation.py)
    if (means := means_object(best, info) or means_before_verb(best, info) or kind_before_noun(best, info)
            or clause_after_question(best, info)) is not None:
        return means
    if info.qtype in ("why", "how") and best.type in ("slot", "clause", "span"):
        # A cause or a means is told by the whole sentence: a slot or a marked clause alone cuts it short.
        start, end = trim(f, 0, len(f))
        return best.narrowed(start, end, "sentence")
    if best.type == "sentence" and info.qtype not in ("why", "how") and (said := said_span(f, info.text)):
        return best.narrowed(said[0], said[1], "said")
    if best.type == "sentence" and (aim := purpose_span(f, info)) is not None:
        return best.narrowed(aim[0], aim[1], "purpose")
    if best.type == "sentence" and (then := outcome_span(f, info)) is not None:
        return best.narrowed(then[0], then[1], "outcome")  # "会有什么结果" ↔ "…,否则就|失一分" (outcome.py)
    if best.type == "sentence" and (post := post_span(f, info)) is not None:
        return best.narrowed(post[0], post[1], "post")  # "担任什么职务" ↔ "官升为|枢密使" (post_asked.py)
    if best.type == "sentence" and (gapped := _gap(best, info, pos)) is not None:
        return gapped
    if best.type == "sentence" and (told := subject_predicate(f, best.start, best.end, info)) is not None:
        return best.narrowed(told[0], told[1], "subject")  # "学名命名|非常混乱" (echoed_subject.py)
    if best.type == "sentence" and info.qtype not in ("why", "how"):
        # "软枝黄蝉（学名：'），别称黄莺…": the leading clauses that only repeat the question are no answer
        start = _past_echo(f, best.start, best.end, info.text)
        if start > best.start:
            return best.narrowed(start, best.end, "unechoed")
    if info.qtype == "when" and best.type == "time" and _ASKS_YEAR.search(info.wh_word):
        # "哪一年" is answered by the year, not the day ("2008年6月7日" → 2008年)
        m = _YEAR_OF_DATE.match(f, best.start, best.end)
        if m:
            return best.narrowed(best.start, m.end(1), "year")
    best = _nth_item(best, info, pos)
    best = _apposition(best, info, pos)
    best = _quoted(best, info)
    best = _one_of_kind(best, info)
    best = _echoed_head(best, info)
    best = _titled_work(best, info)
    if "第几" in info.text and f[best.start - 1:best.start] == "第" and best.start > 0:
        # a 第几 question asks an ordinal: "第九块", not "九块"
        best = best.narrowed(best.start - 1, best.end, "ordinal")
    if "第几" in info.text and f[best.start:best.start + 1] == "第":
        # "第几区" ↔ "第1区": the word the question puts after 第几 (its 的 left out) is the ordinal's, as
        # ordinals() reads it — "第1", "第265" alone lose the thing ranked
        after = info.text.split("第几", 1)[1].lstrip("的")
        for k in ((1,) if after[:1] in "名位届次轮代任批期场个号" else (2, 1)):  # a measure word alone ("第几任教宗")
            if len(after) >= k and "\u4e00" <= after[0] <= "\u9fff" and f.startswith(after[:k], best.end):
                best = best.narrowed(best.start, best.end + k, best.rule)
                break
    if widen_typed and best.rule.startswith("type:") and info.qtype in WIDENED and not best.rule.endswith("+quoted"):
        start, end = widen(pos(f), best.start, best.end, info.text, best.type, _place_noun(info))
        end = widened_end(info, best.type, pos(f), start, best.end, end)  # "韓國|網速" ↛ (place_widened.py)
        if best.type == "place" and _PLACE_ASKED.search(info.text) and not f[best.end:end].endswith(_PLACE_ENDS):
            end = best.end  # "哪一个国家": the country, not "德国科学家" nor "中国战场" (but "中国大陆")
        best = best.narrowed(start, end, "np")
    if info.qtype == "where" and best.type in ("place", "org"):
        best = _named_venue(best, info, pos)
        # "北京西长安街北侧梅地亚中心": the place is a landmark's bearing; the building after it is the answer's end
        m = _BEARING.match(f, best.end)
        side = _SIDE.match(f, best.end) if m is None else None
        bank = _BANK.match(f, best.end) if m is None else None
        if m:
            best = best.narrowed(best.start, m.end(), "venue")
        elif bank:
            best = best.narrowed(best.start, bank.end(), "side")
        elif side and _verb_or_end(pos(f), side.end()):
            # "在牡丹桥南头捡到了包": the side of the place where it happened is part of the answer
            best = best.narrowed(best.start, side.end(), "side")
        elif _BEARING_END.search(f, best.start, best.end) and f[best.end:best.end + 1] == "的":
            # "海南日报社对面" + "的工商银行门口": the place at that bearing is the answer's end
            end = best.end
            for a, b, _w, flag in offsets(pos(f)):
                if a == end + (end == best.end) and (flag[:1] == "n" or flag in ("s", "f", "j")):
                    end = b
            if end > best.end:
                best = best.narrowed(best.start, end, "venue")
    if info.qtype == "where" and best.type == "place":
        best = _road_named(best, pos)
        best = _zone_of_place(best, pos)
    if info.qtype == "where" and best.type == "place" and f[best.start:best.end].endswith(ROAD_ENDS):
        m = HOUSE_NUMBER.match(f, best.end)  # "伍德沃德大道|2930号": the address goes on to its house number
        if m:
            best = best.narrowed(best.start, m.end(), "address")
    best = _labelled_value(best, info)
    if info.qtype == "where" and best.type in ("place", "org") and len(info.right) >= 2:
        # "在哪里任教" ↔ "到大同城区|的一所小学|任教": the place where it was done is the institution in that place
        m = _INSTITUTION_IN.match(f, best.end)
        at = f.find(info.right[:2], best.end, m.end() + 2) if m else -1
        if m and at > best.end + 3:
            best = best.narrowed(best.start, at, "institution")
    if info.qtype == "where" and info.unit and best.type == "place":
        # "哪个县" asks the county of a place chain: "西和县姜席镇姜川村" → 西和县
        cut = f.find(info.unit, best.start + 2, best.end - 1)
        if cut > 0:
            best = best.narrowed(best.start, cut + 1, "level")
    if info.qtype == "who" and best.type == "slot":
        best = _name_of_slot(best, pos)
        best = name_ending_slot(best, pos)  # "一直为其母|布朗茜" (slot_name.py)
    if info.qtype == "who" and best.type in ("person", "slot"):
        # a name jieba glued to the verb after it ("陈时中表示"): the verb is no part of the answer
        end = trim_person(f, best.start, best.end)
        if end != best.end:
            best = best.narrowed(best.start, end, "name")
    if info.qtype == "who" and best.type == "person":
        best = _group(best, info, pos)
    return best


# A road's part by its bearing ("南路", "中路"): the road's name stands before it, whatever jieba tags it.
_ROAD_PART = re.compile(r"[东南西北中]?(?:" + "|".join(ROAD_ENDS) + ")")
_NOT_A_ROAD_NAME = ("p", "c", "u", "d", "r", "m", "q", "f", "x")  # function words, numbers, pronouns, punctuation
# Locatives that move the place to a spot by it ("天桥下", "大树旁"): part of where it is.
_SPOT = ("下", "旁", "边", "底下", "脚下")


def _road_named(best: Candidate, pos: Tagger) -> Candidate:
    """A place that opens with a road's bearing part ("南路天桥" of "胜利|南路|天桥下", jieba tagging 胜利 a verbal
    noun) takes in the road's name before it, and a spot locative right after it ("天桥下": where the thing is)."""
    f = best.sentence.folded
    words = list(offsets(pos(f)))
    start, end = best.start, best.end
    m = _ROAD_PART.match(f, start)
    if m and m.end() - start >= 2:
        before = [w for w in words if w[1] == start]
        if before and 1 <= before[0][1] - before[0][0] <= 3 and before[0][3][:1] not in _NOT_A_ROAD_NAME \
                and all_han(before[0][2]):
            start = before[0][0]
    after = next((w for w in words if w[0] == end), None)
    if after is not None and after[2] in _SPOT and after[3] == "f":
        end = after[1]
    return best if (start, end) == (best.start, best.end) else best.narrowed(start, end, "road")


# a zone's bare kind ("高新区", "开发区", "新区"): no name of its own, the place before it says whose
_ZONE = re.compile(r"[\u4e00-\u9fff]{0,2}区")


def _zone_of_place(best: Candidate, pos: Tagger) -> Candidate:
    """"在长治|高新区设主会场": a zone's bare kind names no place; the place before it (left out of the answer as the
    question's own word) is part of it."""
    f = best.sentence.folded
    if not _ZONE.fullmatch(best.text):
        return best
    before = next((w for w in offsets(pos(f)) if w[1] == best.start), None)
    if before is None or before[3] not in ("ns", "n") or not 2 <= before[1] - before[0] <= 3 \
            or not all_han(before[2]):
        return best
    return best.narrowed(before[0], best.end, "zone")


# A term in quotes or book-title marks: "「联盟」", "《中俄密约》", "“雙汗制”".
_QUOTED = re.compile(r"「[^「」]{1,24}」|“[^“”]{1,24}”|《[^《》]{1,24}》|『[^『』]{1,24}』")


def _quoted(best: Candidate, info: QuestionInfo) -> Candidate:
    """An untyped what-answer that holds (or cuts) the one quoted term it overlaps, running out of it, is that
    term ("最终以「联盟" → 「联盟」, "特殊党员」之身份加入" → 「特殊党员」): what the question asks for by
    name is printed as a name. Not when several quoted terms are listed (a list is every item), nor when the
    term is the question's own."""
    if info.qtype not in ("what", "definition", "other"):
        return best
    if best.type in ("place", "org"):
        return _name_in_quotes(best, info)
    if info.expects or best.type not in ("slot", "term"):
        return best
    f = best.sentence.folded
    terms = [m for m in _QUOTED.finditer(f) if m.start() < best.end and m.end() > best.start]
    if len(terms) != 1:
        return best
    q = terms[0]
    inner = f[q.start() + 1:q.end() - 1].strip()
    if q.start() <= best.start and best.end <= q.end() or len(inner) < 2 or inner in info.text:
        return best  # a span inside the quotes is a part of it the question asks ("拒绝对|石油|的依赖")
    tail = f[q.end():best.end]
    right = info.right.strip()
    if q.start() >= best.start - 1 and 0 < len(tail) <= 4 and right and tail.endswith(right[0]):
        return best  # the whole term modifying the noun the question asks: "国字号”粮油类" for 什么类
    return best.narrowed(q.start(), q.end(), "quoted")


def _name_in_quotes(best: Candidate, info: QuestionInfo) -> Candidate:
    """A place or body opening a quoted name of something else ("打造“万泉河|大客厅”城市新地标"): a what-question
    asks for the thing the quotes name, the whole term; not when the quotes hold the place alone or the question
    prints the term."""
    f = best.sentence.folded
    q = next((m for m in _QUOTED.finditer(f) if m.start() < best.start and best.end < m.end()), None)
    if q is None or best.start != q.start() + 1 or f[q.start()] == "《":  # (a title names a work: its own rules)
        return best
    inner = f[q.start() + 1:q.end() - 1]
    if len(inner) - (best.end - best.start) < 2 or inner in info.text:
        return best
    return best.narrowed(q.start(), q.end(), "quoted")


# "一个矩形", "一项最佳流行演唱女歌手", "这种…": a count of one or a demonstrative with its classifier.
_ONE_OF = re.compile(r"(?:一|这|那|该)[个种项位件座所家本部条类]")


def _one_of_kind(best: Candidate, info: QuestionInfo) -> Candidate:
    """An untyped what-answer opening with a count of one or a demonstrative ("一个|矩形") is the thing named
    after it: "什么形状" asks for 矩形, not for how many."""
    if info.qtype not in ("what", "definition") or info.expects or best.type not in ("slot", "term"):
        return best
    m = _ONE_OF.match(best.sentence.folded, best.start, best.end)
    if not m or best.end - m.end() < 2:
        return best
    return best.narrowed(m.end(), best.end, "named")


_OF_NOUN = re.compile(r"的([^\W\d_]{1,3})$")  # "杀虫|的效果": a 的 and the noun it ends the span with


def _echoed_head(best: Candidate, info: QuestionInfo) -> Candidate:
    """An untyped slot ending in 的 and the noun the question puts right after its question word ("达到什么样的
    效果" ↔ "杀虫的效果") is what stands before that 的: the question already names the noun."""
    if info.qtype not in ("what", "definition") or info.expects or best.type != "slot":
        return best
    f = best.sentence.folded
    m = _OF_NOUN.search(f, best.start, best.end)
    if not m or m.start() - best.start < 2 or m.group(1) not in info.right[:6]:
        return best
    return best.narrowed(best.start, m.start(), "unechoed")


def _titled_work(best: Candidate, info: QuestionInfo) -> Candidate:
    """An untyped what-answer ending in the noun the question asks ("哪篇文章" ↔ "…的署名文章") and followed by a
    title in 《》 takes the title ("署名文章《论人民民主专政》"): the noun says what kind of work, the title which
    one. The words before the noun stay: they may be a name ("铿锵集节目《7.21谁主真相》": the programme asked)."""
    if info.qtype not in ("what", "other") or info.expects or best.type not in ("slot", "term"):
        return best
    f = best.sentence.folded
    title = _TITLE.match(f, best.end)
    right = info.right.strip()[:5]
    if title is None or not any(len(f[best.end - k:best.end]) == k and f[best.end - k:best.end] in right
                                for k in (2, 3)):
        return best
    return best.narrowed(best.start, title.end(), "title")


_TITLE = re.compile(r"《[^《》]{2,40}》")


# A period of time from one point to another: "1682年至1789年", "1953年到1957年".
_RANGE = re.compile(r"(?P<first>.+?年[^至到~—-]{0,6}?)\s?(?:至|到|~|—|-)\s?(?P<last>.+年.*)")
_TO = ("到", "至", "直到", "直至")  # "自1682年到哪一年": the question asks where the period ends
_FROM = ("自", "从", "由", "起自")  # "自哪一年开始": where it begins
# A year and the part of it the sentence adds ("1920年春", "2008年中", "1803年初", "2000年代初期"); a question
# asking the year (the decade) wants the year (the decade).
_YEAR_PART = re.compile(r"((?:公元前?|西元前?)?\d{1,4}\s?年(?:代)?)\s?"
                        r"(?:[春夏秋冬初末中底]|年[初中底末]|[初中末]期|[上下]半年|[春夏秋冬]季|[春夏秋冬]天)")


def _range_end(best: Candidate, info: QuestionInfo) -> Candidate:
    """A when-answer that is a period ("1682年至1789年") for a question that asks one end of it: "自1682年到哪一年"
    the last, "自哪一年开始" the first."""
    f = best.sentence.folded
    m = _RANGE.fullmatch(f, best.start, best.end)
    if not m:
        return best
    left = info.left.rstrip("的")
    if left.endswith(_TO):
        return best.narrowed(m.start("last"), m.end("last"), "end")
    if left.endswith(_FROM) or info.right.startswith(("开始", "起")):
        return best.narrowed(m.start("first"), m.end("first"), "start")
    return best


# "從2月13日(五)13時起至|2月23日": a day the period starts from, printed before the 至 the best day follows
_FROM_DAY_TO = re.compile(r"(?:从|自)\s?(?P<first>(?:\d{1,2}\s?月\s?)?\d{1,2}\s?[日号])[^。,，;；!?！？至到]{0,12}?"
                          r"(?:起|开始)?\s?(?:至|到)\s?$")


def _range_start(best: Candidate, info: QuestionInfo) -> Candidate:
    """A when-answer that is the end of a period printed "从A起至B" for a question that asks where it starts ("从哪一天
    开始", "哪天起"): the start, A (a candidate moved within its own sentence)."""
    left = info.left.rstrip("的")
    if not (left.endswith(_FROM) or info.right.startswith(("开始", "起"))):
        return best
    f = best.sentence.folded
    m = _FROM_DAY_TO.search(f, max(0, best.start - 30), best.start)
    return best.narrowed(m.start("first"), m.end("first"), "start") if m else best


_DAY_SPAN = re.compile(r"(?P<first>\d{1,2}\s?月\s?\d{1,2}\s?[日号]?)\s?(?:至|到|~)\s?"
                       r"(?:\d{1,2}\s?月\s?)?\d{1,2}\s?[日号]")
_ONE_DAY = re.compile(r"哪一?[天日]|几[号日]")


def _one_day_asked(best: Candidate, info: QuestionInfo) -> Candidate:
    """A span of days ("9月1日至2日") answers "哪一天" with the day it began: the question asks one day ("何时访华"
    keeps the span)."""
    if not _ONE_DAY.search(info.wh_word):
        return best
    m = _DAY_SPAN.fullmatch(best.sentence.folded, best.start, best.end)
    return best.narrowed(best.start, m.end("first"), "start") if m else best


def _year_asked(best: Candidate, info: QuestionInfo) -> Candidate:
    """A year with the part of it the sentence adds ("1920年春") answers "哪一年" with the year: the season says
    when in that year, not which year. A decade ("2000年代初期") answers "哪个年代" with the decade."""
    wh = info.wh_word
    if not (_ASKS_YEAR.search(wh) or "年代" in wh):
        return best
    m = _YEAR_PART.fullmatch(best.sentence.folded, best.start, best.end)
    if not m or (m.group(1).endswith("年代") != ("年代" in wh)):
        return best
    return best.narrowed(best.start, m.end(1), "year")


# A calendar the year is counted in, printed before it: "民国16年", "西元前4713年", "昭和20年" (公元 the time
# extractor takes in itself). Its year alone names another year: the era belongs to the answer.
_ERA_BEFORE = re.compile(alternation(("民国", "西元前", "西元", "公元前", "公元", "昭和", "明治", "大正", "平成",
                                      "令和", "光绪", "宣统", "康熙", "乾隆", "嘉庆", "道光", "咸丰", "同治"))
                         + r"$")
_YEAR_NUMERAL = re.compile(r"[\d" + ORDINAL_DIGITS + r"元〇○零]")


def _era(best: Candidate) -> Candidate:
    """A year or a date whose era the sentence prints right before it ("民国|16年", "西元前|1534年") opens with the
    era: "16年" alone is another year."""
    f = best.sentence.folded
    if not _YEAR_NUMERAL.match(f, best.start):
        return best
    m = _ERA_BEFORE.search(f, max(0, best.start - 3), best.start)
    return best.narrowed(m.start(), best.end, "era") if m else best


# a year (of the era, or an era's count in Chinese numerals: "建炎二年") and what the span goes on with after it: the
# month, a place the widening took in ("1828年|马里兰州"); not a range, a decade, a fiscal year or a part of the year
_YEAR_THEN = re.compile(r"(.{0,6}?[\d〇零一二三四五六七八九十百千元]{1,5}\s?年)"
                        r"(?![代度间初底末前后中至到])([^至到~\-－—]+)")


def _year_alone(best: Candidate, info: QuestionInfo) -> Candidate:
    """"哪一年" is answered by the year alone: "正德十三年正月" → 正德十三年 (_year_asked cuts a date in digits and a
    season; measured DRCD F1 +0.0003, CMRC equal)."""
    if not _ASKS_YEAR.search(info.wh_word):
        return best
    m = _YEAR_THEN.fullmatch(best.sentence.folded, best.start, best.end)
    return best.narrowed(best.start, m.end(1), "year") if m else best


# an era's year glossed with the common era's in brackets right after it: "嘉靖四十四年（1565年）"
_YEAR_GLOSS = re.compile(r"\s?[（(](?:公元前?|西元前?)?\d{1,4}年?[）)]")


def _glossed_year(best: Candidate) -> Candidate:
    """The bracketed common-era year printed after an era's year is part of the answer: it says which year the
    era's count is (CMRC's golds keep it; DRCD has none of these; measured F1 +0.0005 CMRC, DRCD equal)."""
    m = _YEAR_GLOSS.match(best.sentence.folded, best.end)
    return best.narrowed(best.start, m.end(), "gloss") if m else best


# "哪一个国家", "哪国人", "哪座城市": the question asks a place of that level, which the noun after it is not part of.
_PLACE_ASKED = re.compile(r"哪一?[个座]?(?:国家|国(?![王君籍旗歌])|城市|省|州|县)")
_PLACE_ENDS = ("国", "大陆", "城", "市", "州", "省", "县", "岛")  # a word that goes on naming the place: 帝国, 大陆

# "哪条路", "哪座桥", "哪家医院": a classifier after 哪, then the kind of place asked, which the answer ends with.
_PLACE_NOUN = re.compile(r"^[一]?[条座个家所间处栋幢片块](?P<noun>[\u4e00-\u9fff]{1,2})")


def _named_venue(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate:
    """A where-answer that is one common noun ("俱乐部") goes on over the word naming it right before it ("江上",
    which jieba tags a place word s): "江上俱乐部"."""
    f = best.sentence.folded
    words = list(offsets(pos(f)))
    if not any(a == best.start and b == best.end and flag == "n" for a, b, _w, flag in words):
        return best
    for a, b, w, flag in words:
        if b == best.start and flag in _NAMING_TAGS and len(w) >= 2 and w not in info.text:
            return best.narrowed(a, best.end, "named")
    return best


_NAMING_TAGS = ("s", "ns", "nz", "nt")
# one institution of a place: "的一所小学", "的一家医院" (one or two words, no clause break)
_INSTITUTION_IN = re.compile(r"的一[所家座间][^\W\d_]{1,8}")


def _labelled_value(best: Candidate, info: QuestionInfo) -> Candidate:
    """A span inside the value of a 'label:value' line whose label the question asks ("图片来源是哪里" ↔
    "图片来源:海洛创意") is the whole value: a credit or a field is printed as one name."""
    m = _LABELLED.fullmatch(best.sentence.folded)
    if not m or not m.start(2) <= best.start < best.end <= m.end(2) or (best.start, best.end) == m.span(2):
        return best
    label = m.group(1).strip()
    if len(label) < 2 or not info.left.rstrip("的是为").endswith(label[-2:]):
        return best
    return best.narrowed(m.start(2), m.end(2), "value")


_LABELLED = re.compile(r"([^\W\d_]{2,8})\s?[:：]\s?([^,，。;；:：!！?？、\s]{2,20})[。]?")


def _place_noun(info: QuestionInfo) -> str:
    """The kind of place a where-question asks after 哪 and a classifier, with what follows it ("哪条路穿…" → 路穿,
    "哪个小区" → 小区): the word of the sentence it opens with is the noun asked."""
    if info.qtype != "where" or info.wh_word != "哪":
        return ""
    m = _PLACE_NOUN.match(info.right)
    return m.group("noun") if m else ""


def _name_of_slot(best: Candidate, pos: Tagger) -> Candidate:
    """A who-slot that opens with a word tagged as a name and runs on past it ("吉奥森|接周熠发出的角球") is
    that name."""
    f = best.sentence.folded
    end, after, after_flag = -1, "", ""
    for a, b, w, flag in offsets(pos(f)):
        if b <= best.start:
            continue
        if a != (best.start if end < 0 else end) or flag not in PERSON_TAGS:
            after, after_flag = w, flag
            break
        end = b  # the name's words, however jieba cut it
    # a single character after it may be the name's own ("伊夫|林·比阿特丽斯"): then it is left whole, unless it
    # is a preposition ("瓦特|在|伯明罕发明了…")
    if end - best.start < 2 or end >= best.end or (len(after) < 2 and after_flag != "p") or "·" in f[end:end + 4]:
        return best
    return best.narrowed(best.start, end, "name")


_ORDINAL = re.compile(r"第([" + ORDINAL_DIGITS + r"]|\d{1,2})(?![\d" + ORDINAL_DIGITS + r"])")
_ITEM_GAP = re.compile(r"\s?(?:、|和|及|与|以及|,|，)\s?")


def _nth_item(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate:
    """"第五局比分是多少" ↔ "五局比分为26比24、20比25、…和15比13": an ordinal the question names and the sentence
    does not picks that item of the enumeration the chosen span opens."""
    m = _ORDINAL.search(info.text)
    f = best.sentence.folded
    if not m or info.qtype not in ("number", "who", "where", "when", "what") or m.group() in f:
        return best
    n = ordinal_value(m.group(1))
    if n < 2 or _ITEM_GAP.fullmatch(f[max(0, best.start - 3):best.start][-1:] or " "):
        return best
    chain = [(best.start, best.end)]
    for sp in sorted((sp for sp in extract(f, pos(f)) if sp.type == best.type and sp.start >= best.end),
                     key=lambda sp: sp.start):
        if sp.start < chain[-1][1]:
            continue
        if not _ITEM_GAP.fullmatch(f, chain[-1][1], sp.start):
            break
        chain.append((sp.start, sp.end))
    if len(chain) < n:
        return best
    return best.narrowed(*chain[n - 1], "nth")


_PAREN = re.compile(r"[（(][^）)]*[）)]?")
_NOT_CONTENT = frozenset("，,、：:；;'\"“”‘’ \t")


def _past_echo(f: str, start: int, end: int, question: str, most: int = 20) -> int:
    """Where the span starts once its leading clauses made of the question's own characters (a parenthesis left
    out, at most `most` characters each) are dropped; the last clause always stays. (A date the question repeats
    goes too: CMRC's gold keeps it at times, "1992年4月，任…", but dropping it gains F1 on both sets.)"""
    parts = [(a, b) for a, b in clauses(f) if a >= start and b <= end]
    for (a, b), (nxt, _) in zip(parts, parts[1:], strict=False):
        chars = [c for c in _PAREN.sub("", f[a:b]) if c not in _NOT_CONTENT]
        if len(chars) > most or not all(c in question for c in chars):
            break
        start = nxt
    return start


def _group(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate:
    """Every name coordinated with the chosen one ("唐登杰和省长卢东亮陪同"), when the question asks for several
    or the whole group fills its slot (the question's words stand right against the group)."""
    f = best.sentence.folded
    words = pos(f)
    people = persons(f, words)
    start, end = coordinated(f, people, best.start, best.end)
    if _SEVERAL.search(info.text):
        people += names_after_posts(f, words, people)
        # "高抒,江苏大学党委书记袁寿其,徐州…院长李甦雁": people listed each after their posts
        start, end = _titled_run(f, people, start, end)
        start, end = _posted_run(f, people + names_before_posts(f, people), start, end, info.right.strip())
    if (start, end) == (best.start, best.end):
        return best
    right, left = info.right[:2], info.left.rstrip("是的为")[-2:]
    against = bool(right and f.startswith(right, end)) or bool(left and f[max(0, start - 3):start].find(left) >= 0)
    if not (against or _SEVERAL.search(info.text)):
        return best
    return best.narrowed(start, end, "group")


_LISTED = re.compile(r"[,，、][^,，、。;；:：!！?？\s]{0,24}$")  # a comma, then what precedes the next name


def _titled_run(f: str, people: list[Span], start: int, end: int) -> tuple[int, int]:
    """[start, end) widened over the people listed before and after it, each after its posts: a name joins when
    only a comma and a title chain ending in a post stand between ("高抒,江苏大学党委书记|袁寿其")."""
    spans = sorted((p.start, p.end) for p in people)
    for a, b in spans:
        if a >= end and _LISTED.fullmatch(f, end, a) and f[end:a].endswith(POSTS):
            end = b
    for a, b in reversed(spans):
        if b <= start and _LISTED.fullmatch(f, b, start) and f[b:start].endswith(POSTS):
            start = a
    return start, end


def _posted_run(f: str, people: list[Span], start: int, end: int, post: str) -> tuple[int, int]:
    """[start, end) widened over the people listed before and after it each with the post asked printed after
    the name ("有哪两位副会长": "萧妃英副会长、萧家海副会长"; the next one, "陈培斌理事长", holds another post)."""
    if not post.endswith(POSTS) or not f.startswith(post, end):
        return start, end
    spans = sorted({(p.start, p.end) for p in people})
    first = (start, end)
    for a, b in spans:
        if a == end + len(post) + 1 and f[a - 1] in _LIST_COMMAS and f.startswith(post, b):
            end = b
    for a, b in reversed(spans):
        if start == b + len(post) + 1 and f[start - 1] in _LIST_COMMAS and f.startswith(post, b):
            start = a
    # each name with its post, the last one's too, once several are listed
    return (start, end + len(post)) if (start, end) != first else first


_LIST_COMMAS = "、,，"


_NO_OBJECT = ("why", "how", "list", "yesno")  # their answer is a clause or several items, not a preposition's object


def _past_preposition(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate:
    """"由哪一個人所繼承" ↔ "則由世孫李算繼承": the preposition the question puts right before its question word
    (由, 以, 被, 與, 在) opens the answer's phrase in the sentence too, and the answer is its object: what the span
    holds up to that preposition goes (DRCD F1 +0.0009, CMRC +0.0004, measured per question)."""
    if info.wh is None or info.qtype in _NO_OBJECT or best.type == "sentence":
        return best
    before = info.text[max(0, info.wh[0] - 2):info.wh[0]]
    cut = 0
    for a, b, w, flag in offsets(pos(best.sentence.folded)):
        if a >= best.start and b <= best.end - 2 and flag.startswith("p") and before.endswith(w):
            cut = b
    return best.narrowed(cut, best.end, "object") if cut else best


def _asked_noun_after(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate:
    """"哪一個流域" ↔ "分屬黃河流域和|海河|流域": the noun the question asks a kind of, printed right after the span,
    ends the name ("海河流域", "辛亥革命", "綠窗口"): the question's own word says it belongs to the answer. The
    phrase's last noun too ("哪一种网球比赛" ↔ "双打|比赛"), and a verbal noun ending it ("什么运动" ↔ "大跃进|运动"):
    DRCD 7 better / 1 worse, CMRC 2 better / 0 worse, measured per question against the first noun alone. The
    noun after a kind word and 的 ("什么形式的|汇率制度"), a noun jieba tags a place word (窗口/s, not 路上), a
    verb modifying the noun that ends the question ("会谈/v|机制?"), the gap's run too; the answer is then the
    run of nouns ending in it, without the slot's pronoun, verb or preposition before ("这可从同为|两栖|动物";
    not across a list, nor at a character of a name jieba cut into characters): DRCD 8 better / 0 worse, CMRC 1 / 0."""
    if info.qtype != "what" or not info.wh or not info.right or not info.wh_word.startswith(("哪", "什么")) \
            or best.type == "sentence" and not best.rule.endswith("+gap"):
        return best  # (a where-, when- or who-answer is a typed span, widened by its own rules)
    f = best.sentence.folded
    right = info.right
    words = pos(right[:8])
    if len(words) > 1 and words[0][0] in _KIND_WORDS and words[1][0] == "的":
        # "什么形式的|汇率制度", "哪一种类型的|国家": the kind word sorts the noun; the noun after 的 is the one named
        words = pos(right[len(words[0][0]) + 1:][:8])
    heads = _asked_heads(words)
    whole = heads[0] if heads else ""
    if len(whole) >= 3 and f.endswith(whole[:-1], best.start, best.end) and f.startswith(whole[-1], best.end):
        # "哪个产业园区" ↔ "大北港科技产业园|区": the span stops one character short of the noun the question prints
        # whole (the tagger cut its last character off as a word: 产业园|区), which the sentence goes on to print;
        # a longer rest is another word of the question ("哪个公司|达成协议" ↔ "暴雪娱乐公司|达成协议")
        return best.narrowed(best.start, best.end + 1, "noun")
    if any(f[best.start:best.end].endswith(word) for word in heads):
        return best  # "哪个公司|达成协议" ↔ "…娱乐公司": the span names the kind already
    word = next((word for word in heads if f.startswith(word, best.end)), "")
    if not word:
        return best
    # the name is the run of nouns ending in the noun asked: "这可从同为|两栖|动物", "有22处|全国重点文物|保护单位"
    # (not through a list, whose items may be tagged verbs: "一系列汇兑/v、信贷、银行及非银行|服务")
    # (nor at a character of a foreign name jieba cut into characters: "喀/j|赞/v|其/r|民俗街区")
    inside = [(b, w, flag) for a, b, w, flag in offsets(pos(f)) if a >= best.start and b <= best.end]
    lone = [len(w) == 1 for _b, w, _flag in inside]
    start = best.start if any(w in _JOINS for _b, w, _flag in inside) \
        else max((b for i, (b, w, flag) in enumerate(inside) if flag in _OPENERS
                  and not (lone[i] and (i > 0 and lone[i - 1] or i + 1 < len(inside) and lone[i + 1]))),
                 default=best.start)
    return best.narrowed(start if start < best.end else best.start, best.end + len(word), "noun")


# the words that open the phrase after them, never a name's (a verb, a preposition, an adverb, a pronoun, a
# conjunction); a name's own words may be tagged anything else (a numeral: 107国道, an idiom: 自收自支事业单位)
_OPENERS = frozenset(("v", "p", "d", "r", "c"))
_JOINS = frozenset((*COORDINATING, "、"))  # "综艺或戏剧|节目", "汇兑、信贷、银行及非银行|服务": one phrase


def _asked_heads(words: Sequence[tuple[str, str]]) -> list[str]:
    """The noun phrase the question puts after its question word ("哪一种|网球比赛|中", "什么|运动") and its parts
    by whole words that open or end it (网球比赛, 网球, 比赛), longest first, each of two characters or more. A verbal
    noun ends it only where the question's phrase ends there too ("什么运动?"), not as its predicate
    ("哪一种思想|发展而来")."""
    run: list[str] = []
    nouns: set[int] = set()  # how many words of the run end with a noun (a prefix part must end so)
    for i, (w, flag) in enumerate(words):
        after, tag = (words[i + 1][0], words[i + 1][1]) if i + 1 < len(words) else ("", "")
        if flag.startswith(("n", "j")) or flag == "vn" and (not after or after in _NP_ENDS) \
                or flag == "s" and w[-1] not in _LOCATIVES:  # "哪种|窗口/s", not "什么|路上/s"
            run.append(w)
            nouns.add(len(run))
            continue
        if flag == "v" and len(w) == 2 and tag.startswith("n") and i + 2 >= len(words) - (words[-1][1] == "x"):
            run.append(w)  # "哪一个|会谈/v|机制?": a verb before the noun ending the question modifies it
            continue
        break
    parts = {"".join(run[k:]) for k in range(len(run)) if k == 0 or k + 1 in nouns} \
        | {"".join(run[:k]) for k in range(1, len(run)) if k in nouns}
    return sorted((h for h in parts if len(h) >= 2), key=lambda h: (-len(h), h))


# a kind word the question puts before 的 and the noun it sorts ("什么形式的汇率制度", "哪一种类型的国家")
_LOCATIVES = "上中里内外下"
_KIND_WORDS = frozenset(("类型", "形式", "种类", "样式", "性质", "类别", "型态", "形态"))


_NP_ENDS = frozenset(("的", "中", "时", "?", "？", "上", "里", "呢"))


def _some_of_place(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate:
    """"因什么事件" ↔ "满洲|某|重大事件": 某 says the thing is left unnamed, and the place before it is all the
    text tells of which one it is; both belong to the answer."""
    f = best.sentence.folded
    if info.qtype != "what" or best.type == "sentence" or f[best.start - 1:best.start] != "某" or best.start < 3:
        return best
    place = next((a for a, b, _w, flag in offsets(pos(f)) if b == best.start - 1 and flag in ("ns", "nt")), None)
    return best if place is None else best.narrowed(place, best.end, best.rule)


# the question names the other items and asks the one left: "毛泽东以及哪一个人", "除了A，另一个是?"
_ONE_LEFT = re.compile(r"(?:以及|和|与|及|、|或)(?:哪|什么|谁)|另一[个位项方种]?是|还有哪一"
                       r"|(?:什么|哪一?[个种项])(?:以及|和|与|及)|(?:以及|和|与|及)[?？]?$")
_ITEM_BREAKS = ("、", ",", "，")
_ITEM_CONJUNCTIONS = ("和", "与", "及", "以及", "或")


def _unnamed_item(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate:
    """"改由毛泽东以及哪一个人负责" ↔ "朱德、毛泽东": a span of several items, all but one named by the question,
    which asks for the one it does not name: that item is the answer (DRCD F1 +0.0004, CMRC equal). Asked before
    the conjunction too ("什么与航海工业中心", "冀宁道以及?"), and with the list's edge items read past the sentence's
    words around the list (DRCD 4 better / 0 worse, CMRC identical)."""
    if info.qtype in _NO_OBJECT or best.type == "sentence" or not _ONE_LEFT.search(info.text):
        return best
    f = best.sentence.folded
    items, at = [], best.start
    for a, b, w, flag in offsets(pos(f)):
        if a >= best.start and b <= best.end and (w in _ITEM_BREAKS or (flag == "c" and w in _ITEM_CONJUNCTIONS)):
            items.append((at, a))
            at = b
    if not items:
        return best
    items.append((at, best.end))
    unnamed = [(a, b) for a, b in items if f[a:b].strip() and f[a:b].strip() not in info.text]
    if len(unnamed) > 1:
        # the first item may open with the sentence's words before the list, the last close with its predicate
        # ("分属|冀宁道|和河东道", "荆州和|南徐州|为核心军镇"): each is named when the question holds its item
        unnamed = [(a, b) for a, b in unnamed
                   if not ((a, b) == items[0] and _told_edge(f[a:b].strip(), info.text, at_end=True))
                   and not ((a, b) == items[-1] and _told_edge(f[a:b].strip(), info.text, at_end=False))]
    if len(unnamed) != 1 or len(unnamed) == len(items):
        return best
    start, end = trim(f, *unnamed[0])
    return best.narrowed(start, end, "unnamed") if end - start >= 2 else best


# the count that sums up a list after its last item ("髒层|两层", "北燕|二部", "银熊奖|两项大奖", "安定|两土司合置")
_TOTAL = re.compile(r"[这此]?[两二三四五六七八九十]+(?:[个项层部种位座条类大名]|[^\W\d_]{1,2}(?:合|共|组成|大))")


def _item_before_total(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate:
    """"壁层以及?" ↔ "髒层两层": the question names the other items and asks the one left; the span goes on past
    that item with the count of them all, which is no part of it (DRCD 4 better / 0 worse, CMRC identical)."""
    if info.qtype in _NO_OBJECT or best.type == "sentence" or not _ONE_LEFT.search(info.text):
        return best
    f = best.sentence.folded
    m = _TOTAL.search(f, best.start + 2, best.end)
    if m is None or any(flag.startswith("v") and flag != "vn" for _w, flag in pos(f[best.start:m.start()])):
        return best  # (a verb before it: the count is the clause's object, "项目共建造成|两条路线")
    start, end = trim(f, best.start, m.start())
    if end - start < 2 or f[start:end] in info.text:
        return best  # (an item the question names is not the one left)
    return best.narrowed(start, end, "item")


def _told_edge(item: str, question: str, at_end: bool) -> bool:
    """The question holds the item's end (at_end) or its start, of at least two characters: the list's first
    item told after the sentence's opening words, or its last one before the predicate."""
    return any((item[-n:] if at_end else item[:n]) in question for n in range(2, len(item)))


# a name part jieba does not tag a name: a place's name (亚历山大 ns), another proper noun, a foreign word
_NAME_PART_TAGS = ("ns", "nz", "x", "eng")


# a hyphen between two name parts: "布列斯特-立陶夫斯克條約", "馬來-玻里尼西亞語族", "愛德華·懷克-史密斯"
_HYPHENS = frozenset("-－‐–")
_JOINED_TYPES = ("person", "place", "org", "term", "slot")  # not a time or number range ("1946-1948年")


def _hyphen_joined(best: Candidate, pos: Tagger) -> Candidate:
    """A name that stops at a hyphen between Chinese characters goes on over the noun on the other side: the
    hyphen joins the two parts of one transliterated or compound name ("路易-菲利普", "加尔米施-帕滕基兴"),
    which jieba cuts at it."""
    if best.type not in _JOINED_TYPES:
        return best
    f = best.sentence.folded
    start, end = best.start, best.end

    def cjk(i: int) -> bool:
        return 0 <= i < len(f) and "\u4e00" <= f[i] <= "\u9fff"

    if f[start - 1:start] in _HYPHENS and start >= 2 and cjk(start - 2) and cjk(start):
        before = offsets(pos(f[:start - 1]))
        if before and before[-1][3].startswith("n") and before[-1][1] - before[-1][0] >= 2:
            start = before[-1][0]
    if f[end:end + 1] in _HYPHENS and cjk(end - 1) and cjk(end + 1):
        after = offsets(pos(f[end + 1:]))
        if after and after[0][3].startswith("n") and after[0][1] - after[0][0] >= 2:
            end = end + 1 + after[0][1]
    return best if (start, end) == (best.start, best.end) else best.narrowed(start, end, "joined")


def _dotted_name(best: Candidate, pos: Tagger) -> Candidate:
    """"亞歷山大·塞維魯": a person span that stops at the interpunct of a transliterated name goes on over the name
    part on the other side of it (a word tagged a name, a place or a foreign word; a title before it, 皇帝, stays
    out)."""
    f = best.sentence.folded
    start, end = best.start, best.end
    words = offsets(pos(f))
    for _ in range(3):  # up to three parts: "理察·科伯恩·麦克劳林"
        before = next((w for w in words if w[1] == start - 1), None) if f[start - 1:start] in NAME_DOTS else None
        if before is None or not (before[3].startswith("nr") or before[3] in _NAME_PART_TAGS):
            break
        start = before[0]
    for _ in range(3):
        after = next((w for w in words if w[0] == end + 1), None) if f[end:end + 1] in NAME_DOTS else None
        if after is None or not (after[3].startswith("nr") or after[3] in _NAME_PART_TAGS):
            break
        end = after[1]
    return best if (start, end) == (best.start, best.end) else best.narrowed(start, end, "name")


def _gap(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate | None:
    """A which-question answered by a whole sentence: the noun run the question does not echo (gap.py)."""
    f = best.sentence.folded
    if (named := kind_named(f, info)) is not None:
        return best.narrowed(named[0], named[1], "named")
    tags = pos(f)
    if (subj := subject_run(f, tags, info, pos(info.right))) is not None:  # "哪一门…被称为" ↔ "相声|被称为…"
        return best.narrowed(subj[0], subj[1], "subject")
    if not asks_name(info) and not asks_kind(info):
        return None
    if (obj := named_object(f, tags, info)) is not None:  # "改名为什么" ↔ "改为|爽文市|来…" (named_object.py)
        return best.narrowed(obj[0], obj[1], "object")
    if (source := sayer_span(f, info)) is not None:  # "…哪一部經典中所提到" ↔ "印度教經文|指出,…" (sayer.py)
        return best.narrowed(source[0], source[1], "sayer")
    got = gap_span(f, tags, info)
    return None if got is None else best.narrowed(got[0], got[1], "gap")


def _kind_listed(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate | None:
    """A list question asking things of a kind after 什么 ("都含有什麼元素?") answered by a whole sentence: the noun
    run the question does not echo (gap.py), widened to the enumeration it stands in."""
    if "哪" in info.text or not asks_kind(replace(info, qtype="what")):
        return None
    f = best.sentence.folded
    got = gap_span(f, pos(f), info)
    if got is None:
        return None
    start, end = enumeration(f, got[0], got[1])
    return best.narrowed(start, end, "gap+list")


_APPROXIMATING = re.compile(r"^(?:约|近|逾|超|过)")


def _approximation_asked(best: Candidate, info: QuestionInfo) -> Candidate:
    """"比美国宪法长近多少倍" answered by "近40倍": the question says 近 itself, the answer is the amount (40倍)."""
    m = _APPROXIMATING.match(best.text)
    if not m or not info.wh or not info.text[: info.wh[0]].rstrip().endswith(m.group()):
        return best
    return best.narrowed(best.start + m.end(), best.end, "amount")


_BARE_NUMBER_ENDS = frozenset("0123456789零〇一二三四五六七八九十百千万亿两多余")


def _counted_noun(best: Candidate, info: QuestionInfo) -> Candidate:
    """"全文约多少字" ↔ "约两万字": the question ends on the noun it counts, a word of one or two characters no
    unit list holds; printed right after a bare number, it is the number's unit. After a measure word the number
    is whole ("两个", not "两个校区": CMRC's answers leave the noun counted out), as it is when the question
    asks by a measure word ("多少名被告" ↔ "50被告": the answer is 50)."""
    noun = info.right.strip()
    f = best.sentence.folded
    if not info.wh or info.unit or not 1 <= len(noun) <= 2 or not all_han(noun) \
            or f[best.end - 1:best.end] not in _BARE_NUMBER_ENDS or not f.startswith(noun, best.end):
        return best
    return best.narrowed(best.start, best.end + len(noun), "counted")


# "…落在大马,即东海岸铁路计划(ECRL)": what follows 即 restates the thing the clause before it tells of.
_NAMELY = re.compile(r"\s?[,，]\s?(?:即|亦即|也就是)\s?")
_NAMELY_END = re.compile(r"[,，。;；!！?？:：、]")
_COPULAS = frozenset(("是", "为", "指", "即", "叫", "称", "乃", "系"))


def _apposition(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate:
    """A what-question answered by a slot that is a predicate ("项目|落在大马") followed by an apposition after
    即 ("…,即东海岸铁路计划(ECRL)"): the thing asked is named there, the predicate only says where it stands."""
    if info.qtype not in ("definition", "what") or best.type not in ("slot", "clause", "span"):
        return best
    f = best.sentence.folded
    m = _NAMELY.match(f, best.end)
    if m is None:
        return best
    words = [(w, flag) for w, flag in pos(f[best.start:best.end]) if w.strip()]
    if not words or words[0][1][:1] != "v" or words[0][0] in _COPULAS:
        return best
    end = _NAMELY_END.search(f, m.end())
    start, stop = trim(f, m.end(), end.start() if end else len(f))
    if f[start:stop].count("(") > f[start:stop].count(")") and f[stop:stop + 1] == ")":
        stop += 1  # "计划(ECRL)": the gloss's bracket closes with it
    return best.narrowed(start, stop, "namely") if stop - start >= 2 else best


_SEVERAL_TIMES = re.compile(r"^哪[两二三四五六七八九十几]")
_TIME_JOINS = ("和", "与", "及", "、", "以及")


def _times_joined(best: Candidate, info: QuestionInfo) -> Candidate:
    """"哪两年" ↔ "在2026年和2027年": several times asked, the times printed joined to the chosen one are all
    answered (each joined by 和, 与, 及 or a list mark)."""
    if not _SEVERAL_TIMES.match(info.wh_word):
        return best
    f = best.sentence.folded
    found = sorted((sp.start, sp.end) for sp in times(f))
    start, end = best.start, best.end
    for a, b in found:  # the times after it
        if a >= end and f[end:a].strip() in _TIME_JOINS:
            end = b
    for a, b in reversed(found):  # and before it
        if b <= start and f[b:start].strip() in _TIME_JOINS:
            start = a
    return best if (start, end) == (best.start, best.end) else best.narrowed(start, end, "times")

