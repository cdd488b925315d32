"""When to decline, and how sure an answer is.

A confident wrong answer costs a user's trust; a decline costs little. Before a candidate is answered it must
agree with the question (consistency: unit, year, day, place, person, list), and two fitted probabilities read
from the signals in `confidence_features` must reach their thresholds (weights.yaml): evidence (the answer's
sentence holds an answer at all; below it, the papers do not say) and confidence (the answer is right).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..lexicon import (
    ADMIN_SUFFIXES,
    ASKS_YEAR,
    CN_DIGITS,
    CONTRASTS,
    DURATION_ASKED,
    DURATION_UNITS,
    GENERIC_PLACES,
    KIN_WORDS,
    KIND_WORDS,
    LENGTH_ASKED,
    LIST_CLAUSE_END,
    MEASURED,
    ORDINAL_DIGITS,
    PERSON_NOUN_ENDS,
    PERSON_TAGS,
    PLACE_SUFFIXES,
    PLACE_TAG,
    POST_MODIFIERS,
    POSTS,
    PROVINCES,
    SAME_UNITS,
    SEVERAL_PEOPLE,
    SURNAMES,
    UNIT_PATTERN,
    ordinal_value,
)
from ..types import Candidate
from .candidates import clause_of, counts_other, expansion, offsets, orgs, persons
from .features import Features, score, sigmoid
from .people import asked_post, names_after_posts
from .question import QuestionInfo

DECLINE = "资料中没有找到相关内容。"

# A measure word the question asks in, and the measure words an answer in another unit ends with: "多少吨" is not
# answered by "4.5个", "几天" not by "24日".
_COUNTERS = re.compile(r"(?:\d|[" + CN_DIGITS + r"几多余])\s?(" + UNIT_PATTERN + r")$")
_SAME_UNIT = SAME_UNITS
_MAGNITUDES = frozenset(("万", "亿", "千", "百", "多万", "余万"))
_MONEY = (*MEASURED["金额"], "块", "块钱", "元钱", "万", "亿")  # "多少钱" is not answered by "5个"
_LATIN = re.compile(r"[0-9a-z]")
_ANY_NUMERAL = re.compile(r"[\d" + CN_DIGITS + r"〇○零两俩几数半双百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]")


Tagger = Callable[[str], Sequence[tuple[str, str]]]


@dataclass(frozen=True)
class Surroundings:
    """What the answer's sentence stands in, for the agreement rules (all folded). Without a tagger, the names
    the question and the sentence hold are not compared."""

    near: str = ""  # the article's headline and the text just before the sentence ("这里", "他" point there)
    article: str = ""  # the whole article: its headline and every sentence
    tag: Tagger | None = None  # the composer's part-of-speech tagger
    freq: Callable[[str], int] = lambda word: 0  # a word's frequency in the tokenizer's dictionary


def inconsistent(info: QuestionInfo, best: Candidate, around: Surroundings | None = None) -> str:
    """Why the answer cannot be right for this question ("" when nothing disagrees): the rule of a decline."""
    text = best.sentence.folded[best.start:best.end]
    why = _wrong_unit(info, text) or _wrong_kind(info, best, text)
    if why:
        return why
    if info.years and not any(y in best.sentence.folded for y in info.years):
        return "decline:year"
    stripped = text.strip()
    if stripped and info.wh and stripped in info.text and best.type != "byline" \
            and not counts_other(best.sentence.folded, best.end, stripped, info.right):
        return "decline:echo"  # the answer is the question's own words
    around = around or Surroundings()
    if _action_for_person(info, best, text, around):
        return "decline:type"
    return (_day_for_year(info, text) or _label_for_count(info, best) or _other_counted(info, best, around)
            or _other_year(info, best, around) or _other_side(info, best, around) or _other_ordinal(info, best, around)
            or _other_org(info, best, around) or _role_unnamed(info, best, around)
            or _other_measure(info, best, around) or _other_date(info, best, around)
            or _other_name(info, best, around) or _other_district(info, best) or _one_of_many(info, best, around)
            or _unnamed_place(info, best, around) or _other_title(info, best, around)
            or _other_modifier(info, best, around) or _unnamed_locative(info, best, around)
            or _goal_for_source(info, best) or _other_deed(info, best, around) or _count_of_a_part(info, best)
            or _negated_event(info, best, around) or _qualified_post(info, best) or _compared_figure(info, best)
            or _place_in_frame(info, best, around) or _holder_apart(info, best) or _vague_day(info, text)
            or _other_edition(info, best, around) or _other_numbered(info, best, around)
            or _other_origin(info, best) or _anaphor_of_other(info, best, around))


# ---------------------------------------------------------------- units and kinds

def _wrong_unit(info: QuestionInfo, text: str) -> str:
    """The answer counts in another unit than the one asked, or in none ("decline:unit")."""
    if info.qtype != "number" and not _SCORE_ASKED.search(info.text):
        return ""
    if info.unit and info.qtype == "number":
        m = _COUNTERS.search(text)
        unit = m.group(1) if m else ""
        if unit and unit not in _MAGNITUDES and not text.endswith(info.unit) \
                and unit not in _SAME_UNIT.get(info.unit, (info.unit,)):
            return "decline:unit"  # "3400万" answers "多少人": a magnitude is no other unit
        if info.unit == "天" and text.endswith(("日", "号")):
            return "decline:unit"  # "24日" is a date, not a number of days
        if not _counted(text, _SAME_UNIT.get(info.unit, (info.unit,))):
            return "decline:unit"  # "多少名学生" is not answered by "开学第一课"
    if info.qtype == "number" and info.wh_word in _WH_UNITS and not _DURATION_ASKED.search(info.text) \
            and not _counted(text, _WH_UNITS[info.wh_word]):
        return "decline:unit"  # "摊位多宽" is not answered by "百个"
    if info.qtype == "number" and not info.unit:
        units = _measured(info) or (_MONEY if info.right.startswith("钱") else ())
        m = _COUNTERS.search(text)
        if units and m and not text.endswith(units):
            return "decline:unit"  # "人口是多少" is not answered by "1个"
        if m and _RATE_ASKED.search(_ASKED_AMOUNT.sub("", info.left)) and not text.endswith(_RATES) \
                and not _DURATION_ASKED.search(info.text):
            return "decline:unit"  # "投票率是多少" is not answered by "十一月": a rate is a share
        if m and m.group(1) in _CALENDAR and _CJK.match(info.right) and not _DURATION_ASKED.search(info.text) \
                and not info.right.startswith(_CALENDAR):
            return "decline:unit"  # "每天有多少旅客" is not answered by "六年": people are not counted in years
        if _DURATION_ASKED.search(info.text) and not (_counted(text, _DURATIONS, bare=False) or _CLOCK.search(text)):
            return "decline:unit"  # "用了多长时间" is not answered by "暨2024合川", nor by a score ("6:0")
    if info.qtype == "number" and _IDENTIFIER_ASKED.search(_ASKED_AMOUNT.sub("", info.left).rstrip()) \
            and _COUNTERS.search(text):
        return "decline:unit"  # "车牌号码是多少" is not answered by "一辆": a number that names is no count
    if _SCORE_ASKED.search(info.text) and not _SCORE.search(text):
        return "decline:unit"  # "比分是多少" is not answered by "2005"
    if info.qtype == "number" and (info.unit or _CJK.match(info.right)) and not _ANY_NUMERAL.search(text):
        # a count asked ("有多少根桂花枝被折断") is not answered by "见到": no number at all ("价格降至多少"
        # may be answered by a level in words, "成本价")
        return "decline:unit"
    return ""


def _wrong_kind(info: QuestionInfo, best: Candidate, text: str) -> str:
    """The answer is no thing of the kind asked: no institution, no time, no name ("decline:type")."""
    if info.head in _INSTITUTIONS and not any(k in text for k in _INSTITUTIONS[info.head]):
        return "decline:type"  # "哪家医院" is not answered by a city
    if info.qtype == "when" and (text.strip() in _PART_OF_DAY or not _TIMELIKE.search(text)):
        return "decline:type"  # "何时停播" is not answered by "上午" alone, "哪一年开设的" not by "办得很好"
    if info.qtype == "when" and _LABEL_YEAR.search(text):
        return "decline:type"  # "2022年度安徽经济新闻奖": the year names an award, not when anything happened
    if best.type == "sentence" and _NAME_ASKED.search(info.text):
        return "decline:type"  # "叫什么名字": a whole sentence names nothing
    if text.strip() in KIN_WORDS and _NAME_ASKED.search(info.text):
        return "decline:type"  # "操作工叫什么名字" is not answered by "同事": a relation is no name
    echo = _ECHO_START.match(text.strip())
    if _POST_ASKED.search(info.text) and best.type != "byline" and not PERSON_NOUN_ENDS.search(text.strip()) \
            and echo is not None and echo.group() in info.text:
        # "骆敏舟在中科院担任什么职务" is not answered by "骆敏舟辞去中科院": the question's own subject, no post
        return "decline:type"
    if best.type in ("org", "place") and (asked_post(info) or (
            info.qtype == "who" and _HEAD_OF_ASKED.search(info.left.rstrip("的是")))):
        return "decline:type"  # "海南日报社社长是谁" is not answered by "工商银行门口": a post is held by a person
    return ""


def _unnamed_place(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"哪个救助站" answered by a clause that says only "救助站" after a verb ("民警想把她带到救助站"): the
    institution asked for is never named ("decline:type")."""
    m = _WHICH_NOUN.search(info.text)
    if not m or around.tag is None:
        return ""
    noun = m.group(1)
    text = best.sentence.folded[best.start:best.end]
    if noun not in text or text == noun:
        return ""
    words = offsets(around.tag(text))
    before = {b: flag for _a, b, _w, flag in words}
    at = [i for i in range(len(text)) if text.startswith(noun, i)]
    return "decline:type" if all(i == 0 or before.get(i, "")[:1] in _BARE_BEFORE for i in at) else ""


# "哪个救助站", "哪家派出所": an institution asked by its noun (ending as such nouns do)
_WHICH_NOUN = re.compile(r"哪[个家所座间](\w{1,3}[站所院馆局厂店校园部处])")
_BARE_BEFORE = ("v", "p", "u", "r", "d", "c")  # the noun after a verb or a function word is named by nothing


def _holder_apart(info: QuestionInfo, best: Candidate) -> str:
    """"<post>是谁" answered from a sentence that prints the post's role word only apart from the answer (before
    it across a clause break; after it, neither right after nor after a copula): the sentence speaks of the post
    without naming its holder ("20多家地方媒体的总编辑获授“无锡城市推荐官”荣誉牌", "泰国前首相周四晚现身曼谷路
    (唐人街)"). A sentence that does not print the role at all is left to the other rules."""
    asked = asked_post(info)
    role = next((p for p in _POSTS_LONGEST if asked.endswith(p)), "") if asked else ""
    f = best.sentence.folded
    found = [m.start() for m in re.finditer(re.escape(role), f)] if role else []
    for at in found:
        end = at + len(role)
        if at < best.end and best.start < end:
            return ""  # the answer holds the role ("总编辑杨峰" read as one span)
        if end <= best.start:  # the holder after the post: right after it, or after a copula ("主席是曾任…的X")
            gap = f[end:best.start]
            linked = _HOLDER_LINK.match(gap) and not any(c in LIST_CLAUSE_END for c in gap[1:])
            if len(gap.strip()) <= 2 or _NAME_PARTS.match(gap) or linked:
                return ""
        elif not any(c in LIST_CLAUSE_END for c in f[best.end:at]):
            return ""  # the holder before the post, in its clause ("马英九当选中华民国第十二任总统")
    return "decline:post" if found else ""


_POSTS_LONGEST = sorted(POSTS, key=len, reverse=True)
# "总主席罗山• |鲁斯拉尼": the answer is the last part of a name printed in parts
_NAME_PARTS = re.compile(r"\s*(?:[^\W\d_]{1,8}\s?[•·・‧.]\s?)+$")
_HOLDER_LINK = re.compile(r"\s*(?:是|为|由|系|:|一职)")  # "总编辑为张三", "总编辑一职由张三担任"


def _action_for_person(info: QuestionInfo, best: Candidate, text: str, around: Surroundings) -> bool:
    """A who-question answered by an untyped slot that ends with a verb and holds no word tagged as a name nor
    one the dictionary hardly knows ("审判长|当庭宣判"): an action, no one's name ("则由世孙李算继承",
    "真挚温暖的乌尔苏|拉" still name someone)."""
    if info.qtype != "who" or best.type != "slot" or around.tag is None:
        return False
    words = around.tag(text)
    return bool(words) and words[-1][1] in _VERB_TAGS and not any(
        flag in PERSON_TAGS or (len(w) >= 2 and around.freq(w) < _UNKNOWN_WORD) for w, flag in words)


_VERB_TAGS = frozenset(("v", "vn", "vd", "vi"))
_UNKNOWN_WORD = 20  # dictionary frequency below which a word may be a name jieba does not know
_NUMERAL = "[\\d" + CN_DIGITS + "几多余半数]"
# What any time holds: a digit, a calendar word, a season, a part of the day, a dynasty ("西晋", "东汉").
_TIMELIKE = re.compile(r"[\d" + CN_DIGITS + r"年月日号时天周世纪代朝期季春夏秋冬今昨明前后初末晚早午夜间旬"
                       r"商秦汉晋隋唐宋元清魏齐梁陈辽金]")
# A part of the day alone names no time ("何时停播" ↛ "上午"): the day it belongs to is missing.
_PART_OF_DAY = frozenset(("上午", "下午", "晚上", "凌晨", "中午", "早上", "清晨", "傍晚", "晚间", "当天", "当晚",
                          "当日"))
_SCORE_ASKED = re.compile(r"比分|比数|几比几|多少比多少")
_SCORE = re.compile(r"\d+\s?[比:：-]\s?\d+|[" + CN_DIGITS + r"]+比[" + CN_DIGITS + r"]+")
_NAME_ASKED = re.compile(r"全名|全称|叫什么名字|名字是什么|名字叫什么|姓名是什么|姓什么|什么品牌|哪个品牌|什么牌子")
# numbers that name one thing (a plate, a telephone, a code), not count anything
_IDENTIFIER_ASKED = re.compile(r"(?:号码|编号|代号|代码|车牌号?|门牌号?|电话|邮编|账号|学号|工号)$")
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?$")  # a time taken: "1:12:30"
# Institutions asked by the noun their names end with ("哪家医院" → …医院), and the endings that name one: a city
# or a person does not answer them.
_SCHOOLS = ("学校", "大学", "中学", "小学", "学院", "学堂", "书院")
_INSTITUTIONS: Mapping[str, tuple[str, ...]] = {
    "学校": _SCHOOLS, "大学": ("大学", "学院"), "医院": ("医院",), "公司": ("公司", "集团"), "银行": ("银行",),
    "酒店": ("酒店", "宾馆", "饭店"), "机场": ("机场",), "法院": ("法院",), "博物馆": ("博物馆",),
    "图书馆": ("图书馆",), "电视台": ("电视台",), "报社": ("报社", "报")}
# the head of a place named by the place's last character ("动物园园长", "博物馆的馆长", "派出所所长"): a post,
# whether or not POSTS lists it
_HEAD_OF_ASKED = re.compile(r"([^\W\d_])的?\1长$")
_POST_ASKED = re.compile(r"什么职务|什么职位|何职|哪个职位|什么官职")
_ECHO_START = re.compile(r"[\u4e00-\u9fff]{3}")
_LABEL_YEAR = re.compile(r"\d{4}\s?年度[^\W\d_]{2,}")  # a year that names a thing: "2022年度…新闻奖", "2021年度报告"
_DURATION_ASKED = re.compile(DURATION_ASKED)
_DURATIONS = DURATION_UNITS


def _counted(text: str, units: Sequence[str], bare: bool = True) -> bool:
    """Does the answer count in one of these units ("18名", "两个半小时", "78岁高龄") or (`bare`) end with a bare
    number?"""
    return bool(bare and re.search(_NUMERAL + r"$", text.rstrip())) or any(
        re.search(_NUMERAL + r"[\s个多余半]*" + re.escape(u), text) for u in units)


# "多高", "多宽": a length is asked, "多重" a weight
_WH_UNITS: Mapping[str, tuple[str, ...]] = {
    **{w: MEASURED["长度"] for w in LENGTH_ASKED}, "多重": MEASURED["重量"],
    "多高": (*MEASURED["长度"], "%", "百分点", "成", "倍"),  # "减幅有多高" asks a rate
    "多长": (*MEASURED["长度"], *DURATION_UNITS)}  # "航程有多长": "两小时"

# The words between what a figure measures and the question word: "总产量|约为|多少", "人口|有|多少".
_ASKING_WORDS = r"(?:是|有|为|达|约|大约|共|一共|总共|约为|达到)*"
_MEASURED_TAIL = re.compile(r"(?:" + "|".join(MEASURED) + r")" + _ASKING_WORDS + "$")


def _measured(info: QuestionInfo) -> tuple[str, ...]:
    """The units a "how much" question's measured noun takes ("人口是|多少" → 人, 万人…); () when none is named."""
    m = _MEASURED_TAIL.search(info.left.rstrip())
    if m is None:
        return ()
    noun = next(k for k in MEASURED if m.group().startswith(k))
    return MEASURED[noun]


# ---------------------------------------------------------------- lists

# Who-questions that ask for several people (shape.py widens a person answer to every name coordinated with it).
_SEVERAL_PEOPLE = re.compile(SEVERAL_PEOPLE)


def _one_of_many(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """Several people asked ("与哪些人进行了访谈"), the sentence names several, and the answer names none of
    them (a fragment like "南京大学地理"): a list question answered with something that is no item of the list."""
    if info.qtype != "who" or around.tag is None or not _SEVERAL_PEOPLE.search(info.text):
        return ""
    f = best.sentence.folded
    people = {n for kind, n, _ in _names(f, around) if kind == "person"}
    if len(people) >= 2 and not any(n in f[best.start:best.end] for n in people):
        return "decline:list"
    return ""


# ---------------------------------------------------------------- dates

# "哪一年" asks for a year; "9月18日上午" (a day, with no year) does not answer it.
_ASKS_YEAR = ASKS_YEAR
_HAS_YEAR = re.compile(r"\d{3,4}|年|世纪|朝|代")
_A_DAY = re.compile(r"月|日|号|今天|昨天|明天|前天|上午|下午|晚上|凌晨|中午")
_VAGUE = re.compile(r"不久前|近日|日前|目前|最近|近期|当时|此前|之前|以前|后来|现在|如今|早前")  # no year either
# A day the question names ("3月5日", "5日"), and any day a sentence names.
_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_DAY = re.compile(r"(?:(" + _NUM + r")月)?(" + _NUM + r")(?:日|号)")


def _day_for_year(info: QuestionInfo, text: str) -> str:
    """A year asked ("哪一年建成"), a day with no year given ("9月18日上午") or a vague time ("不久前"): the
    sentence tells another event's date, not the year asked."""
    if info.qtype == "when" and _ASKS_YEAR.search(info.wh_word) and not _HAS_YEAR.search(text) \
            and (_A_DAY.search(text) or _VAGUE.search(text)):
        return "decline:year"
    return ""


def _vague_day(info: QuestionInfo, text: str) -> str:
    """A day asked ("哪一天贯通") and the answer is only a vague time ("近日", "日前"): the day is not printed."""
    if info.qtype == "when" and _ASKS_DAY.search(info.wh_word) and _VAGUE.fullmatch(text.strip()):
        return "decline:date"
    return ""


_ASKS_DAY = re.compile(r"天|日|号")


def _other_edition(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names an event by its year printed before its name ("2022全国地方媒体总编辑看无锡"), and the
    answer's sentence (with the text before it) prints the same name after another year ("2023全国…") but never
    the one asked: another year's edition."""
    held = best.sentence.folded + " " + around.near
    for m in _EDITION.finditer(info.text):
        year, name = m.groups()
        if year not in held and re.search(r"(?<!\d)(?:1[89]|20)\d{2}\s?" + re.escape(name), held):
            return "decline:year"
    return ""


_EDITION = re.compile(r"(?<!\d)((?:1[89]|20)\d{2})\s?([^\W\d_年]{2})")  # a year glued to a name, not "2022年"


def _other_numbered(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names something by a number inside its name ("中铁四局") that the answer's article never
    prints, and the answer's sentence prints the same name with another number ("中铁九局"): the other one's."""
    f = best.sentence.folded
    for m in _NUMBERED.finditer(info.text):
        head, number, tail = m.groups()
        if m.group() in around.article or m.group() in f:
            continue
        value = ordinal_value(number.replace("两", "二"))
        for o in re.finditer(re.escape(head) + r"\s?([\d" + CN_DIGITS + r"]{1,3})\s?" + re.escape(tail), f):
            other = ordinal_value(o.group(1).replace("两", "二"))
            if value and other and other != value:  # "八倍" is "8倍", "两部" is "二部"
                return "decline:other"
    return ""


_NUMBERED = re.compile(r"([^\W\d_" + CN_DIGITS + r"第]{2})([\d" + CN_DIGITS + r"]{1,3})([^\W\d_" + CN_DIGITS
                       + r"]{1})")


def _other_origin(info: QuestionInfo, best: Candidate) -> str:
    """"有几名来自固镇县": a count asked of those from one place, and the count's clause says where its people
    come from otherwise ("对来自三县近30名优秀通讯员"): the count is of another (a larger) group."""
    if info.qtype != "number":
        return ""
    asked = _ORIGIN.search(info.text)
    if asked is None:
        return ""
    f = best.sentence.folded
    start, end = clause_of(f, best.start, best.end)
    for m in _ORIGIN.finditer(f, start, end):
        if m.start() < best.start and not m.group(1).startswith(asked.group(1)[:2]):
            return "decline:other"
    return ""


_ORIGIN = re.compile(r"来自([^\W\d_]{2,8}?)(?=[\d" + CN_DIGITS + r"近约共的?？]|$)")


def _anaphor_of_other(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The answer's sentence names its subject by an anaphor ("该项目总投资28.49亿元") and the words the question
    names its subject by ("大张高铁", before the question word) are nowhere in the answer's article: the sentence
    tells of another subject."""
    f = best.sentence.folded
    if not _ANAPHOR.search(f, 0, best.start) or around.tag is None or not info.left or not around.article:
        return ""
    nouns = [w for w, flag in around.tag(info.left) if len(w) >= 2 and flag[:1] in ("n", "j", "m")
             and not any(c.isdigit() for c in w) and w not in around.article]
    return "decline:other" if nouns and info.left.startswith(nouns[0]) else ""


_ANAPHOR = re.compile(r"(?:该|此|这个|这一)(?:项目|工程|公司|企业|机构|计划|活动)")


def _other_side(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question asks one of a pair ("女子组") and the answer's sentence names only the other ("男子组")."""
    # "男女单打" names both events, neither one: it does not say 女单 (nor 男单) is there
    f = (best.sentence.folded + " " + around.near).replace("男女", "")
    for a, b in CONTRASTS:
        for asked, other in ((a, b), (b, a)):
            if asked in info.text and other not in info.text and other in f and not _names_itself(asked, f):
                return "decline:subject"
    return ""


def _names_itself(word: str, text: str) -> bool:
    """`text` names `word` as itself: not only inside a longer word of the pairs ("半决赛" is no "决赛") nor
    right after a negation ("无缘决赛": the final was not run by them)."""
    for longer in {w for pair in CONTRASTS for w in pair if word in w and w != word}:
        text = text.replace(longer, " ")
    return re.search(r"(?<!" + _NEGATION.pattern.replace("|", ")(?<!") + r")(?<!无缘)" + re.escape(word), text) \
        is not None


def _other_modifier(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """A how-much question measures a modified noun ("玉米|种植面积", "七旬夫妇的|追悼会", "卖出回购|金融资产")
    whose modifier the answer's sentence (with the text before it) never names, and wherever the sentence names
    that noun another modifier of the same kind stands before it ("小麦|种植面积", "61岁老人的|追悼会"): the
    figure is the other thing's ("decline:subject")."""
    if info.qtype != "number" or around.tag is None:
        return ""
    words = [(w, flag) for w, flag in around.tag(_ASKED_AMOUNT.sub("", info.left).rstrip()) if w.strip()]
    while words and words[-1][1] == "f":
        words.pop()  # "追悼会|上": the place word after the noun
    f = best.sentence.folded
    head, k = "", len(words)
    for i in range(len(words) - 1, 0, -1):  # the longest tail of the question's words the sentence holds
        tail = "".join(w for w, _ in words[i:])
        if tail not in f:
            break
        head, k = tail, i
    if k < len(words) and words[k][0] == "的":  # the tail held starts with the 的 that links the modifier
        head, k = head[1:], k + 1
    linked = k >= 2 and words[k - 1][0] == "的"
    j = k - 2 if linked else k - 1
    if len(head) < 2 or j < 0:
        return ""
    mod, flag = words[j]
    # a noun owns or qualifies ("七旬夫妇的"); a verb qualifies only as a compound ("卖出回购|金融资产"), as a
    # clause ("承认的") it is often said in other words ("认可")
    if len(mod) < 2 or flag[:1] not in ("n" if linked else "nv") or mod in f + " " + around.near \
            or expansion(f, mod) is not None:  # "世锦赛" of "世界女子冰壶锦标赛": the same, in short
        return ""
    tiles = list(offsets(around.tag(f)))
    ends = {b: (n, w, fl) for n, (_a, b, w, fl) in enumerate(tiles)}
    at = [i for i in range(len(f)) if f.startswith(head, i)]
    for i in at:
        got = ends.get(i - 1 if f[i - 1:i] == "的" else i)
        if got is None:
            return ""
        n, other, oflag = got
        if len(other) < 2 or oflag[:1] != flag[:1] or other in info.text \
                or (n and tiles[n - 1][2] in _THIS):
            return ""  # "该项目|建设道路" is the thing asked about, named again
    return "decline:subject" if at else ""


_THIS = ("该", "本", "此", "这", "其", "这个", "这项", "该项")
_RATE_ASKED = re.compile(r"(?:率|比例|比重|占比)$")
_RATES = ("%", "％", "百分点", "成", "倍")
_CALENDAR = ("年", "月", "日", "号", "世纪")
_ASKED_AMOUNT = re.compile(_ASKING_WORDS + "$")
# What a news figure measures: one asked ("总资产是多少") is not answered by another's figure ("营业收入133亿元").
_FIGURES = re.compile(r"(?:总资产|净资产|营业收入|营业利润|净利润|利润总额|利润|营收|收入|产值|销售额|销量|产量|成交额|"
                      r"成交量|市值|存款|贷款|税收|投资额|投资|出口额|进口额|gdp|生产总值|增加值|人口|总额)$")


def _other_measure(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """A how-much question names the figure it asks right before its question word ("总资产是|多少") and the
    answer's sentence (with the text before it) never names it: its figure measures something else."""
    if info.qtype != "number" or info.unit:
        return ""
    m = _FIGURES.search(_ASKED_AMOUNT.sub("", info.left))
    if m is None:
        return ""
    return "" if m.group() in best.sentence.folded + " " + around.near else "decline:measure"


def _label_for_count(info: QuestionInfo, best: Candidate) -> str:
    """A count asked in a measure word ("多少名观众") and a bare number given that the sentence runs on into a
    word ("2005|中超杯"): the number names an edition or a model, it counts nothing."""
    if info.qtype != "number" or not info.unit or best.type != "number":
        return ""
    f = best.sentence.folded
    bare = re.fullmatch(r"\d+", f[best.start:best.end].strip())
    return "decline:unit" if bare and _CJK.match(f, best.end) else ""


_CJK = re.compile(r"[\u4e00-\u9fff]")
# The counted noun right after the measure word of the question ("多少名|警员|巡逻").
_COUNTED_NOUN = re.compile(r"[\u4e00-\u9fff]{2}")


def _other_counted(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """A count asked of a noun ("多少名警员") answered by a count the sentence gives of something else ("一名24岁
    本地男子…警员上前"): the sentence names the noun, but not near the answer (in the ten characters around it).
    A part of a whole asked ("多少名外国记者", a place or a kind before the noun) that neither the sentence nor the
    text before it names is answered by the whole's count: declined too."""
    if info.qtype != "number" or not info.unit or around.tag is None:
        return ""
    words = around.tag(info.right)
    if not words or (words[0][1][:1] != "n" and words[0][1] not in _QUALIFIER_TAGS) or len(words[0][0]) < 2:
        return ""
    noun = words[0][0]
    f = best.sentence.folded
    if words[0][1] in _QUALIFIER_TAGS and len(words) > 1 and words[1][1][:1] == "n" \
            and noun not in f and noun not in around.near:
        return "decline:subject"  # "多少位日本记者" is not answered by the count of all the guests ("39人")
    near = f[max(0, best.start - 10):best.end + 10]
    return "decline:measure" if words[0][1][:1] == "n" and noun in f and noun not in near else ""


_QUALIFIER_TAGS = ("ns", "b")  # a place or a kind before the noun counted: 日本|记者, 外国|记者


_ORDINAL_NOUN = re.compile(r"第([\d" + ORDINAL_DIGITS + r"]{1,3})([^\W\d_的]{1,2})")
# a congress's term and session, printed without 第: "十四届全国人大三次会议", "十八届三中全会"
_SESSION = re.compile(r"(?<![第\d" + ORDINAL_DIGITS + r"])([\d" + ORDINAL_DIGITS + r"]{1,3})(届|次会议|次全会|中全会)")


def _other_ordinal(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names one of a series ("第一回合", "三次会议") and the answer's sentence (with the text before
    it) names another of it ("第二回合", "四次会议") but not the one asked: it tells of the other one. (第2 and 第二
    are one.)"""
    text = best.sentence.folded + " " + around.near
    held = [(ordinal_value(o.group(1)), o.group(2)) for rx in (_ORDINAL_NOUN, _SESSION) for o in rx.finditer(text)]
    held = [(k, "天" if w[0] in _DAY_NOUNS else w) for k, w in held]
    held += [(1, "天") for _ in _FIRST_DAY.finditer(text)]  # "小长假首日" is its 第一天
    for m in (*_ORDINAL_NOUN.finditer(info.text), *_SESSION.finditer(info.text)):
        n, noun = ordinal_value(m.group(1)), m.group(2)
        if noun[0] in _DAY_NOUNS:
            noun = "天"  # 第二天 and 第二日 are one; the noun's second character is the next word's ("第二天湖南")
        if any(k == n and w[0] == noun[0] for k, w in held):
            continue
        # the noun's second character may be the next word's ("第100期|是" ↔ "第101期,"): where one side has a
        # single character, it decides
        if any(k != n and (w == noun or (min(len(w), len(noun)) == 1 and w[0] == noun[0])) for k, w in held):
            return "decline:other"
    # a placing asked ("第四名是谁") where the sentence gives placings (名 and 位 are one: "以第14位的成绩完赛")
    # but not the one asked: the answer is someone placed otherwise
    asked = {ordinal_value(m.group(1)) for m in _PLACING.finditer(info.text)}
    placed = {ordinal_value(m.group(1)) for m in _PLACING.finditer(text)}
    if asked and placed and not asked & placed:
        return "decline:other"
    # a grade asked ("二等奖", "三等功") where the sentence gives another grade of that award but not the one
    # asked ("8件作品荣获浙江新闻奖一等奖"): the figure is the other grade's
    sentence = best.sentence.folded
    for m in _GRADE.finditer(info.text):
        grades = {g.group(1) for g in _GRADE.finditer(sentence) if g.group(2) == m.group(2)}
        if grades and m.group(1) not in grades:
            return "decline:other"
    return ""


_PLACING = re.compile(r"第([\d" + ORDINAL_DIGITS + r"]{1,3})[名位]")
_GRADE = re.compile(r"([一二三四五六七八九特])等(奖|功)")


_DAY_NOUNS = "天日"
_FIRST_DAY = re.compile(r"首[日天]")


def _other_org(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names an organisation ("中国科学院") that the answer's article never names, and the answer's
    sentence names its sibling, the same words but one ("中国工程院"): the answer is about the other one."""
    if around.tag is None:
        return ""
    q = info.text
    f = best.sentence.folded
    for sp in orgs(q, list(around.tag(q))):
        name = q[sp.start:sp.end]
        if len(name) < 4 or name in around.article or name in f:
            continue
        sibling = re.escape(name[:2]) + "[^\\W\\d_]{" + str(len(name) - 3) + "}" + re.escape(name[-1])
        if any(m.group() != name for m in re.finditer(sibling, f)):
            return "decline:other"
    return ""


def _role_unnamed(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"X的设计者是谁": the doer of a verb asked (设计者, 发明家, 建筑师), and the answer's sentence (with the text
    before it) has not even the verb's first character (设): the people it names did something else (unveiled
    the sculpture, chaired the ceremony). One character, as the sentence may say it otherwise (创造者 ↔ 创作)."""
    if info.qtype == "who" and info.wh_word in _WHICH_PERSON and around.tag is not None:
        return _maker_unnamed(info, best, around)
    if info.qtype != "who" or info.wh_word != "谁" or info.right.strip("的呢") or around.tag is None:
        return ""
    words = around.tag(info.left.rstrip("的是为"))
    role = words[-1][0] if words else ""
    if len(role) != 3 or role[-1] not in "者师家":
        return ""
    verb = around.tag(role[:2])
    if len(verb) != 1 or verb[0][1] not in _VERB_TAGS:
        return ""  # "老师" is no one doing 老
    return "" if role[0] in best.sentence.folded + " " + around.near else "decline:post"


def _maker_unnamed(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"哪位雕塑家创作的": a maker asked by the noun of their trade (…家, …者, …师) and the verb of the deed, and
    the answer's sentence (with the text before it) holds the first character of neither (雕, 创): the people it
    names are others (the scientists the statues show)."""
    assert around.tag is not None
    words = [(w, flag) for w, flag in around.tag(info.right) if w.strip()]
    if not words or len(words[0][0]) < 2 or words[0][0][-1] not in "者师家" or words[0][1][:1] != "n":
        return ""
    verb = next((w for w, flag in words[1:] if flag in _VERB_TAGS and len(w) >= 2), "")
    held = best.sentence.folded + " " + around.near
    if words[0][0][0] in held or (verb and verb[0] in held):
        return ""
    return "decline:post"


_WHICH_PERSON = ("哪位", "哪一位", "哪个", "哪名")
_RELATIVE_YEAR = re.compile(r"今年|去年|前年|明年|上年")


def _other_year(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names a year by its distance from today ("去年一季度") and the answer's sentence (with the
    text before it) names another that way ("今年一季度") but not the one asked: another year's figure."""
    asked = {w.replace("上年", "去年") for w in _RELATIVE_YEAR.findall(info.text)}
    if not asked:
        return ""
    held = {w.replace("上年", "去年") for w in _RELATIVE_YEAR.findall(best.sentence.folded + " " + around.near)}
    return "decline:year" if held and not held & asked else ""


def _other_date(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names a day ("3月5日的会议…") that neither the answer's sentence nor the text before it
    holds, while the sentence names another day: it tells of another day's events."""
    # ("哪一号条例", "第一号": which number, no day)
    asked = [m for m in _DAY.finditer(info.text) if not (m.start() and (info.text[m.start() - 1].isdigit()
                                                                     or info.text[m.start() - 1] in "哪第"))]
    if not asked:
        return ""
    f = best.sentence.folded
    held = f + " " + around.near
    for m in asked:
        day = m.group(2)
        if re.search(r"(?<![\d一二三四五六七八九十])" + re.escape(day) + "(?:日|号)", held):
            return ""
    return "decline:date" if _DAY.search(f) else ""


_TITLE = re.compile(r"《([^《》]{2,30})》")


def _other_title(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names a paper or a work by its title (《郑州日报》) that the answer's sentence does not, and
    the sentence names another title: a sibling (《郑州晚报》: the same length, the same first two characters or
    the same last two), or any title when the answer's article never names the one asked. Its figure, its date
    are the other one's."""
    asked = _TITLE.findall(info.text)
    if not asked:
        return ""
    f = best.sentence.folded
    held = [t for t in _TITLE.findall(f) if t not in asked]
    for title in asked:
        if not held or title in f:
            continue
        if title not in around.article or any(_sibling(title, t) for t in held):
            return "decline:other"
    return ""


def _sibling(a: str, b: str) -> bool:
    """Two names alike but for a part (郑州日报 / 郑州晚报, 大同日报 / 大同晚报)."""
    return len(a) == len(b) >= 4 and a != b and (a[:2] == b[:2] or a[-2:] == b[-2:])


# ---------------------------------------------------------------- places and people

# Country- and continent-like endings: an ns word with them names a place, however common ("韩国", "欧洲").
_PLACE_ENDS = tuple(PLACE_SUFFIXES) + ("国", "洲")
# Above this dictionary frequency an ns-tagged word without a place ending is as often an ordinary noun jieba
# tags ns ("长度", "海洋", "大国"): such words are not taken as the question's place.
_COMMON_PLACE = 1000
# Below this dictionary frequency a place the question names is a particular one (旺角, 兴发街), whose absence from
# the answer's article says the article is about somewhere else.
_RARE_PLACE = 50
# "大国", "外国", "各国": words built like a country's name that name none.
_NOT_A_COUNTRY = re.compile(r"^[大小强外各全本该两多邻友盟敌祖异他]国$")


def _names(text: str, around: Surroundings) -> list[tuple[str, str, int]]:
    """(kind, name, offset) of the people and places a text names: persons as the extractor reads them, places
    from jieba's ns tags (ordinary nouns it tags ns left out)."""
    assert around.tag is not None
    pos = list(around.tag(text))
    found = persons(text, pos, (), around.freq)
    # a Chinese name is two or three characters: "武艺超群" is a phrase jieba tagged nr
    out = [("person", text[sp.start:sp.end], sp.start) for sp in found + names_after_posts(text, pos, found)
           if sp.end - sp.start <= 3 or "·" in text[sp.start:sp.end]]
    last = ""
    for at, _, word, flag in offsets(pos):
        if flag == PLACE_TAG and len(word) >= 2 and word not in GENERIC_PLACES \
                and (word.endswith(_PLACE_ENDS) or word in PROVINCES or around.freq(word) < _COMMON_PLACE) \
                and last not in SURNAMES and not _NOT_A_COUNTRY.match(word):  # "严|长寿" is a person
            out.append(("place", word, at))
        last = word
    return out


def _ranked_place(name: str) -> bool:
    """A place of an administrative rank (a province, a city, a district…), whose figures are its own."""
    return name.endswith(ADMIN_SUFFIXES) or name in PROVINCES


def _held(name: str, text: str) -> bool:
    """Whether a text names this person or place, allowing the short forms news use: "海淀" for "海淀区",
    "詹森" for "林登·贝恩斯·詹森", "蒋中正" seen as "蒋中"."""
    if name in text:
        return True
    if _stem(name) != name and _stem(name) in text:
        return True
    if any(len(part) >= 2 and part in text for part in name.split("·") if part != name):
        return True
    if len(name) == 2 and re.search(re.escape(name[0]) + ".{1,6}?" + re.escape(name[1]), text):
        return True  # the full form of a short one: "中国" in 中华人民共和国
    return len(name) >= 3 and (name[:-1] in text or name[1:] in text)


def _stem(name: str) -> str:
    """A place without its level ("海淀区" → 海淀, "台湾地区" → 台湾): "朝阳区" shares a 区 with it, not a name."""
    for suffix in ("地区", *sorted(PLACE_SUFFIXES, key=len, reverse=True)):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _other_name(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names a place or a person the answer's article never names, while the answer's sentence
    names another of the same kind ("德国高铁的时速" answered from a sentence on 韩国's trains); it asks about a
    county, city or village ("成县") the answer's article never names; or it asks about a district the sentence
    and its context do not name while the sentence names another ("海淀区的房价" answered with 朝阳区's). The
    answer is then about someone or somewhere else. Where-questions are exempt from the second: their answer is
    a place inside the one asked ("欧洲的哪个国家")."""
    if around.tag is None:
        return ""
    q = info.text
    if info.wh:
        q = q[: info.wh[0]] + "，" + q[info.wh[1]:]
    asked = _names(q, around)
    if not asked:
        return ""
    f = best.sentence.folded
    others = [(kind, name) for kind, name, at in _names(f, around)
              if name not in q and not (at < best.end and best.start < at + len(name))]
    for kind, name, _ in asked:
        in_article = _held(name, around.article)
        if kind == "place" and info.qtype != "where" and (name.endswith(_PLACE_ENDS) or name in PROVINCES
                                                          or around.freq(name) < _RARE_PLACE) \
                and not name.endswith("地区") and not in_article:
            return "decline:place"  # a county, city, district (旺角) the answer's article never names
        if kind == "person" and info.qtype != "who" and not in_article:
            return "decline:subject"  # a person the answer's article never names: it is about someone else
        # a rival shares no character with the asked name but its ending ("朝阳区" for 海淀区, "韩国" for 德国)
        core = name[:-1] if kind == "place" and name.endswith(_PLACE_ENDS) else name
        rivals = [n for k, n in others if k == kind and not any(c in n for c in core)]
        if not rivals:
            continue
        if not in_article:
            return "decline:place" if kind == "place" else "decline:subject"
        if kind == "place" and _ranked_place(name) and not _held(name, f + " " + around.near) \
                and any(_ranked_place(n) for n in rivals):
            return "decline:place"  # a district's (a province's) figure asked, another's or the city's given
    return ""


def _other_district(info: QuestionInfo, best: Candidate) -> str:
    """A figure asked of a district or constituency ("裕廊中单选区有多少个选民") that the answer's sentence never
    names, while its clause, before the figure, names another of that level ("新的裕廊东—武吉巴督集选区共有|14万
    2510个"): the figure is the other one's, whatever the text before named ("decline:place"). The sentence alone
    is read: the paragraph may name the asked one just before, in another clause's news."""
    if info.qtype != "number":
        return ""
    f = best.sentence.folded
    start = best.start
    while start > 0 and f[start - 1] not in "。;；,，!！?？":
        start -= 1
    wh = info.wh or (len(info.text), len(info.text))
    for m in _DISTRICT.finditer(info.text):
        asked = m.group(0)
        if _held(asked, f) or (m.start() < wh[1] and wh[0] < m.end()):
            continue  # named there, or the thing counted ("几大功能区"), not a name
        level = next(x for x in sorted(ADMIN_SUFFIXES, key=len, reverse=True) if asked.endswith(x))
        if any(o.group(0).endswith(level) and not _held(o.group(0), info.text) and not _COUNTED.search(
                f, max(0, o.start() - 2), o.start() + 1) for o in _DISTRICT.finditer(f, start, best.start)):
            return "decline:place"
    return ""


_COUNTED = re.compile(r"\d|[个大座片类]")  # "1个引导区", "6大功能区": a count of areas, not a name
_DISTRICT = re.compile(r"[^\W\d_]{2,6}?(?:选区|区|县)(?![\u4e00-\u9fff]{0,1}(?:长|委|政府))")


def _other_deed(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """A count asked of what happened to people ("几人|死亡") and the answer's count is followed by another verb,
    sharing no character with the asked one ("2人|遭|冲走", not "3人|身亡"): it counts another fate
    ("decline:measure")."""
    if info.qtype != "number" or info.unit not in _PEOPLE_UNITS or around.tag is None:
        return ""
    asked = [(w, flag) for w, flag in around.tag(info.right) if w.strip()]
    if not asked or asked[0][1][:1] != "v" or len(asked[0][0]) < 2:
        return ""
    deed = asked[0][0]
    after = [(w, flag) for w, flag in around.tag(best.sentence.folded[best.end:best.end + 8]) if w.strip()]
    if not after or after[0][1][:1] != "v" or any(c in after[0][0] for c in deed):
        return ""
    return "decline:measure"


def _count_of_a_part(info: QuestionInfo, best: Candidate) -> str:
    """A total asked ("一共有多少户村民") and the answer's count stands, unstated, inside what qualifies another
    noun ("孟秀丽是村里|22户|村民的“娘家人”"): the households she looks after, not all of them. A count stated
    ("共有|300名学生的学校") is kept ("decline:measure")."""
    if info.qtype != "number" or not _TOTAL_ASKED.search(info.text):
        return ""
    f = best.sentence.folded
    whole = _TOTAL_ASKED.split(info.text)[0].rstrip("的")
    at = [i for i in range(len(f)) if len(whole) >= 2 and f.startswith(whole, i)]
    if at and all(_PART_AFTER.match(f, i + len(whole)) for i in at):
        return "decline:measure"  # "市七运会一共有多少名运动员" ↛ "市七运会|钓鱼比赛…82名运动员": one event's
    if _STATED_BEFORE.search(f[max(0, best.start - 2):best.start]):
        return ""
    return "decline:measure" if _QUALIFIES_AFTER.match(f, best.end) else ""


def _negated_event(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """When something happened asked ("哪一天开始排海的"), and the answer's sentence tells that event (its last
    word's characters, 排…海, in one clause) only after a negation ("绝不能将核污染水排放入海"), in another
    clause than the answer's: the sentence says it must not or did not happen, not when ("decline:other")."""
    if info.qtype != "when" or around.tag is None or _NEGATION.search(info.text):
        return ""
    content = [w for w, _ in around.tag(info.right) if len(w) >= 2 and _CJK.match(w)]
    if not content:
        return ""
    event = content[-1]
    f = best.sentence.folded
    told = False
    for m in re.finditer(r"[^,，。;；!！?？]+", f):
        clause = m.group()
        if not all(c in clause for c in event):
            continue
        if m.start() <= best.start < m.end():
            return ""  # the answer's own clause tells the event
        at = clause.find(event[0])
        if not _NEGATION.search(clause[:at]):
            return ""
        told = True
    return "decline:other" if told else ""


_NEGATION = re.compile(r"不能|绝不|不得|不会|不要|没有|未|禁止|反对|拒绝|不应|不可")
_TOTAL_ASKED = re.compile(r"(?:一共|总共|共|总计)有?(?:多少|几)")
# a part of a whole named after it: one event of the games, one group, one project ("市七运会|钓鱼比赛")
_PART_AFTER = re.compile(r"[^\W\d_]{0,4}?(?:比赛|赛事|项目|分会场|小组)")
_STATED_BEFORE = re.compile(r"[有共达为是计约近超逾]")
_QUALIFIES_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}的[“\"「]?[\u4e00-\u9fff]")
_PEOPLE_UNITS = ("人", "名", "位", "人次")


def _goal_for_source(info: QuestionInfo, best: Candidate) -> str:
    """Where something started asked ("从哪里出发") and the answer is where it arrived ("漂流抵达|哈尔滨江段"),
    or the other way round ("到哪里" answered by "从|上海"): the other end of the journey ("decline:other")."""
    if info.qtype != "where":
        return ""
    f = best.sentence.folded
    before, text = f[max(0, best.start - 4):best.start], f[best.start:best.end]
    # an answer that holds both ends ("上海迁入苏区") names the one asked too
    if _SOURCE_ASKED.search(info.text) and _GOAL_BEFORE.search(before) and not _SOURCE_IN.search(text):
        return "decline:other"
    if _GOAL_ASKED.search(info.text) and _SOURCE_BEFORE.search(before) and not _GOAL_IN.search(text):
        return "decline:other"
    return ""


_WHERE = r"(?:哪里|哪儿|哪|何处|何地|什么地方)"
_SOURCE_ASKED = re.compile(r"(?:从|自|由)" + _WHERE)
_GOAL_ASKED = re.compile(r"(?:到|往|抵达|到达|去|前往|飞往|驶往)" + _WHERE)
_GOAL_WORDS = r"抵达|到达|抵|到|至|前往|来到|飞往|驶往|驶入|进入"  # what an arrival is said with
_SOURCE_WORDS = r"从|自|由|离开"  # and a departure
_GOAL_BEFORE = re.compile(rf"(?:{_GOAL_WORDS})$")
_SOURCE_BEFORE = re.compile(rf"(?:{_SOURCE_WORDS})$")
_GOAL_IN = re.compile(rf"{_GOAL_WORDS}|迁入|迁往|往|入")
_SOURCE_IN = re.compile(_SOURCE_WORDS)


def _unnamed_locative(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"警方在旺角拘捕了多少人": the question sets its event at a place (在 + a noun the dictionary hardly knows,
    whatever jieba tags it: 旺角 is n, 番禺 ns) that the answer's article never names, while the answer's
    sentence or the text before it sets its own event at another (在铜锣湾, 在白云鸦岗): the answer tells of
    what happened elsewhere ("decline:place")."""
    if around.tag is None or info.qtype == "where":
        return ""
    asked = [w for w in _located(list(around.tag(info.text)), strict=True)
             if around.freq(w) < _COMMON_PLACE and not _held(w, around.article)]
    if not asked:
        return ""
    held = best.sentence.folded + " " + around.near
    return "decline:place" if any(w not in asked for w in _located(list(around.tag(held)))) else ""


def _located(words: Sequence[tuple[str, str]], strict: bool = False) -> list[str]:
    """The nouns after 在 that set where an event happens: not before a place word or 的 ("在|政治立场|上",
    "在|足球比赛|的"); `strict`, only before a verb or a comma ("在|旺角|拘捕", "在|番禺|，")."""
    words = [*words, ("", "x")]
    return [w for (prev, _), (w, flag), (_, after) in zip(words, words[1:], words[2:], strict=False)
            if prev == "在" and flag[:1] == "n" and len(w) >= 2
            and ((after[:1] == "v" or after == "x") if strict else after not in ("f", "uj"))]


def confidence_features(best: Candidate, others: Sequence[Candidate], info: QuestionInfo, coverage: float,
                        missing: float, words: Sequence[tuple[str, bool]] = (),
                        context: Sequence[str] = (), around: Surroundings | None = None) -> Features:
    """What the confidence model reads: how strongly the best candidate won and how well the evidence covers
    the question. `words` are the question's words with "is it rare"; `context` the answer's sentence and the
    text around it (its headline and the text before it; folded): a rare word of the question missing there
    (the name, the term asked about) says the paragraph that would answer is not in the papers. `around` (the
    answer's article and the tagger) adds the question's subject and bigrams missing there (_absence)."""
    second = next((c.score for c in others if c.text != best.text), best.score - 5.0)
    feats = dict(best.features)
    f: Features = {
        "score": best.score,
        "margin": min(best.score - second, 10.0),
        "coverage": coverage,
        "missing": missing,
        "sentence_p": feats.get("sentence_p", 0.0),
        "typed": float(bool(info.expects)),
        "type_first": feats.get("type_first", 0.0),
        "anchor": feats.get("anchor", 0.0),
        "echo": feats.get("echo", 0.0),
        f"q_{info.qtype}": 1.0,
        # what made the answer: a typed span, a slot, a clause, the whole sentence (each right at its own rate)
        f"rule_{best.rule.split(':')[0]}": 1.0,
        "length": min(best.end - best.start, 60) / 20.0,
        "whole": float(best.end - best.start >= 0.9 * len(best.sentence.text)),
    }
    if words and context:
        absent = [not any(w in x for x in context) for w, _ in words]
        f["local_missing"] = sum(absent) / len(absent)
        rare = [a for a, (_, r) in zip(absent, words, strict=True) if r]
        if rare:
            f["rare_missing"] = sum(rare) / len(rare)
            f["rare_any_missing"] = float(any(rare))
        else:
            f["no_rare"] = 1.0
        latin = [a for a, (w, _) in zip(absent, words, strict=True) if _LATIN.search(w)]
        if latin:
            f["latin_missing"] = sum(latin) / len(latin)
    if around is not None and context:
        f.update(_absence(info, context, around))
    return f


# two CJK characters: the question's bigrams that the evidence should repeat
_CJK2 = re.compile(r"[\u4e00-\u9fff]{2}")


_FUNCTION_CHARS = frozenset("的地得是在了着过和与及或也都就被把对从向为于而吗呢啊吧之其")
_PICTURE_WORDS = sorted(KIND_WORDS["credit"], key=len, reverse=True)


def _absence(info: QuestionInfo, context: Sequence[str], around: Surroundings) -> Features:
    """What a paragraph about something else lacks: the question's subject (its first noun of two characters or
    more, before the question word) missing from the answer's sentence and the text before it
    (subject_missing) or from its whole article (subject_article_missing), and the question's bigrams the
    sentence and that text do not hold (bigrams_gone: how many, a tenth each up to 1; bigrams_gone_share: which
    share). Kept among the signals tried for the measured gain on held-out folds (src/qa/fit.py)."""
    f: Features = {}
    q = info.text[: info.wh[0]] + " " + info.text[info.wh[1]:] if info.wh else info.text
    for w in _PICTURE_WORDS:  # "照片…拍的": the picture itself, which its caption never names
        q = q.replace(w, " ")
    grams = {q[i:i + 2] for i in range(len(q) - 1) if _CJK2.fullmatch(q[i:i + 2])
             and not any(c in _FUNCTION_CHARS for c in q[i:i + 2])}  # "杉的", "是在" say nothing of the topic
    if grams:
        gone = sum(not any(g in x for x in context) for g in grams)
        f["bigrams_gone"] = min(gone, 10) / 10.0
        f["bigrams_gone_share"] = gone / len(grams)
    if around.tag is not None:
        subject = next((w for w, t in around.tag(info.left or info.text) if len(w) >= 2 and t[:1] == "n"), "")
        if subject:
            f["subject_missing"] = float(not any(subject in x for x in context))
            f["subject_article_missing"] = float(subject not in around.article)
    return f


def confidence(features: Mapping[str, float], weights: Mapping[str, float], fallback: float) -> float:
    """The fitted probability that the answer is right; `fallback` when no confidence model is fitted."""
    if not weights:
        return round(max(0.0, min(1.0, fallback)), 4)
    return round(sigmoid(score(features, weights)), 4)


def heuristic_confidence(best: Candidate, coverage: float) -> float:
    """How much of the question the answer's sentence holds, and how strongly the answer won (0–1): the
    confidence before a model is fitted."""
    margin = best.score / (abs(best.score) + 2.0) if best.score > 0 else 0.0
    return 0.5 * coverage + 0.5 * margin


# ---------------------------------------------------------------- near misses of posts, figures and groups

def _qualified_post(info: QuestionInfo, best: Candidate) -> str:
    """"段长是谁" answered by the name printed right after a qualified form of the post ("副段长吴佳阳"): the
    deputy is not the holder ("decline:post"). For posts the people rules do not know ("段长"), any word in 长
    or one of POSTS, the asked post's last words ending the text before the name with a modifier before them."""
    if info.qtype != "who" or info.wh_word != "谁" or info.right.strip("的呢"):
        return ""
    asked = info.left.rstrip("的是")
    before = best.sentence.folded[:best.start].rstrip()
    for k in range(min(len(asked), 6), 1, -1):
        tail = asked[-k:]
        if not (tail.endswith(POSTS) or tail[-1] == "长") or not before.endswith(tail):
            continue
        head = before[: -k]
        if any(head.endswith(m) and not asked[:-k].endswith(m) for m in POST_MODIFIERS):
            return "decline:post"
        return ""
    return ""


# A figure compared with the thing asked ("共疏运41万人次,超越去年全年运量"): the asked one is not printed.
_COMPARED = re.compile(r"(?:超越|超过|超出|高于|低于|多于|少于|大于|小于|胜过|不及|不到|比|较)$")


def _compared_figure(info: QuestionInfo, best: Candidate) -> str:
    """A how-much question asks a figure ("去年全年运量是多少") that the answer's sentence names only after a word
    of comparison the question does not use ("…人次,超越去年全年运量"): the answer is the figure it is compared
    with, the one asked is not printed ("decline:measure")."""
    if info.qtype != "number":
        return ""
    asked = _ASKED_AMOUNT.sub("", info.left).rstrip("的")
    f = best.sentence.folded
    for k in range(len(asked), 2, -1):  # the longest end of the question's words the sentence holds
        tail = asked[-k:]
        at = [i for i in range(len(f)) if f.startswith(tail, i)]
        if not at:
            continue
        compared = [m.group() for i in at if (m := _COMPARED.search(f[max(0, i - 2):i]))]
        if len(compared) == len(at) and not any(c in info.text for c in compared) \
                and all(i > best.start for i in at):
            return "decline:measure"
        return ""
    return ""


def _place_in_frame(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """A how-much question names a place inside a phrase ("在日|韩国|人") that the answer's sentence does not
    name, and the sentence holds the same phrase around another place ("在日|中国|人登记人数…80万人"): the figure
    is the other group's ("decline:subject"), though the text before may compare the two ("超过在日韩国人")."""
    if info.qtype != "number" or around.tag is None:
        return ""
    q, f = info.text, best.sentence.folded
    for at, end, word, flag in offsets(around.tag(q)):
        if flag != PLACE_TAG or len(word) < 2 or word in f or at < 2 or not _CJK.match(q, end):
            continue
        left, right = q[at - 2:at], q[end]
        if not _CJK.match(left[0]) or not _CJK.match(left[1]):
            continue
        for m in re.finditer(re.escape(left) + r"([\u4e00-\u9fff]{2,4}?)" + re.escape(right), f):
            other = m.group(1)
            tags = list(around.tag(other))
            if other != word and len(tags) == 1 and tags[0][1] == PLACE_TAG:
                return "decline:subject"
    return ""
