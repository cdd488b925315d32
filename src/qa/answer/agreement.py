"""Does the answer agree with what the question qualifies? A candidate about another thing than the one
asked — another year or date, the other side of a pair (最低 vs 最高), another ordinal, organisation, title,
measure or modifier, another place or person, another deed — is declined (policy.inconsistent runs these rules).
All text is folded."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..lexicon import (
    ADMIN_SUFFIXES,
    ASKS_YEAR,
    CJK,
    CN_DIGITS,
    CONTRASTS,
    DURATION_UNITS,
    GENERIC_PLACES,
    ORDINAL_DIGITS,
    PLACE_SUFFIXES,
    PLACE_TAG,
    PROVINCES,
    SURNAMES,
    VENUE_SUFFIXES,
    ordinal_value,
)
from ..tokenize import main_word_tag
from ..types import Candidate
from .area_noun import area_noun, levels_listed
from .kinds import CITY_ASKED, COUNTRY_ASKED
from .names import persons
from .own_place import stand_in, stands_for
from .own_province import province_unnamed
from .people import names_after_posts
from .place_above import above_asked
from .post_owner import titles_person
from .question import QuestionInfo
from .short import expansion, law_short_held
from .spans import Tags, clause_of, offsets
from .taking_part import TAKING_PART
from .typed import orgs

Tagger = Callable[[str], Sequence[tuple[str, str]]]


@dataclass(frozen=True)
class Surroundings:
    """What the answer's sentence stands in, for the agreement rules (all folded). Without a tagger, the names
    the question and the sentence hold are not compared."""

    near: str = ""  # the article's headline and the text just before the sentence ("这里", "他" point there)
    article: str = ""  # the whole article: its headline and every sentence
    tag: Tagger | None = None  # the composer's part-of-speech tagger
    freq: Callable[[str], int] = lambda word: 0  # a word's frequency in the tokenizer's dictionary
    year: str = ""  # the year the article was printed ("2024"), "" when its date is unknown
    para_year: str = ""  # the year printed last before the sentence in its paragraph ("2020年,…。其中,夏粮…")
    # names_in's answers by text (the composer's, shared by its Surroundings: they share its tagger): four rules
    # read the question's names, two the sentence's, for one answer, and people_answer reads them per person
    named: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict, compare=False, repr=False)

    def with_sentence(self, sentence: str) -> str:
        """The answer's folded sentence, the text before it and its article: where a rule looks for a word the
        question prints."""
        return sentence + " " + self.near + " " + self.article


VERB_TAGS = frozenset(("v", "vn", "vd", "vi"))
# The words between what a figure measures and the question word: "总产量|约为|多少", "人口|有|多少".
ASKING_WORDS = r"(?:是|有|为|达|约|大约|共|一共|总共|约为|达到)*"
_HAS_YEAR = re.compile(r"\d{3,4}|年|世纪|朝|代")
_A_DAY = re.compile(r"月|日|号|今天|昨天|明天|前天|上午|下午|晚上|凌晨|中午")
_VAGUE = re.compile(r"不久前|近日|日前|目前|最近|近期|当时|此前|之前|以前|后来|现在|如今|早前")  # no year either
# A day the question names ("3月5日", "5日"), and any day a sentence names.
_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_DAY = re.compile(r"(?:(" + _NUM + r")月)?(" + _NUM + r")(?:日|号)")


def day_for_year(info: QuestionInfo, text: str) -> str:
    """A year asked ("哪一年建成"), a day with no year given ("9月18日上午") or a vague time ("不久前"): the
    sentence tells another event's date, not the year asked."""
    if info.qtype == "when" and ASKS_YEAR.search(info.wh_word) and not _HAS_YEAR.search(text) \
            and (_A_DAY.search(text) or _VAGUE.search(text)):
        return "decline:year"
    if info.qtype == "when" and ASKS_YEAR.search(info.wh_word) and _SPAN_OF_YEARS.fullmatch(text.strip()):
        return "decline:year"  # "成立于哪一年" ↛ "回顾了过去一年的成就": a span of years counted back, no year
    return ""


# A span of years counted from now, not a year: "过去一年", "近两年", "这几年", "未来三年来".
_SPAN_OF_YEARS = re.compile(r"(?:过去|近|最近|未来|这|那)的?[一二两三四五六七八九十几数]{1,2}年(?:来|间|里|中)?")


def vague_day(info: QuestionInfo, text: str) -> str:
    """A day asked ("哪一天贯通") and the answer is only a vague time ("近日", "日前"): the day is not printed."""
    if info.qtype == "when" and _ASKS_DAY.search(info.wh_word) and _VAGUE.fullmatch(text.strip()):
        return "decline:date"
    return ""


_ASKS_DAY = re.compile(r"天|日|号")


def other_edition(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names an event by its year printed before its name ("2022全国地方媒体总编辑看无锡"), and the
    answer's sentence (with the text before it) prints the same name after another year ("2023全国…") but never
    the one asked: another year's edition."""
    held = best.sentence.folded + " " + around.near
    for m in _EDITION.finditer(info.text):
        year, name = m.groups()
        # "2006级新生" / "2008级本科新生": a class named by the year it entered (级, 届) is another class whatever
        # follows its mark
        name = name[:1] if name[:1] in _COHORT else name
        if year not in held and re.search(r"(?<!\d)(?:1[89]|20)\d{2}\s?" + re.escape(name), held):
            return "decline:year"
    return ""


_COHORT = "级届"


_EDITION = re.compile(r"(?<!\d)((?:1[89]|20)\d{2})\s?([^\W\d_年]{2})")  # a year glued to a name, not "2022年"


def other_numbered(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names something by a number inside its name ("中铁四局") that the answer's article never
    prints, and the answer's sentence prints the same name with another number ("中铁九局"): the other one's."""
    f = best.sentence.folded
    for m in _NUMBERED.finditer(info.text):
        head, number, tail = m.groups()
        if m.group() in around.article or m.group() in f:
            continue
        if head not in f or tail not in f:
            continue  # every match holds both: no pattern to compile (a question's is new to re's cache)
        value = ordinal_value(number.replace("两", "二"))
        for o in re.finditer(re.escape(head) + r"\s?([\d" + CN_DIGITS + r"]{1,3})\s?" + re.escape(tail), f):
            other = ordinal_value(o.group(1).replace("两", "二"))
            if value and other and other != value:  # "八倍" is "8倍", "两部" is "二部"
                return "decline:other"
    return ""


_NUMBERED = re.compile(r"([^\W\d_" + CN_DIGITS + r"第]{2})([\d" + CN_DIGITS + r"]{1,3})([^\W\d_" + CN_DIGITS
                       + r"]{1})")


def other_origin(info: QuestionInfo, best: Candidate) -> str:
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


def anaphor_of_other(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
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


def other_side(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question asks one of a pair ("女子组") and the answer's sentence names only the other ("男子组")."""
    sides = _asked_sides(info.text)
    if not sides:
        return ""  # (most questions name no word of the pairs: the sentence is not read)
    # "男女单打" names both events, neither one: it does not say 女单 (nor 男单) is there
    f = (best.sentence.folded + " " + around.near).replace("男女", "")
    for asked, other in sides:
        if other in f and not _names_itself(asked, f):
            return "decline:subject"
    return ""


@functools.lru_cache(maxsize=256)
def _asked_sides(question: str) -> tuple[tuple[str, str], ...]:
    """The words of the pairs the question names as themselves without their other one, each with that other,
    in CONTRASTS' order (other_side's test of the question; "半决赛" asks no 决赛)."""
    if _PAIR_WORD.search(question) is None:
        return ()  # (one pattern for the ~60 words: most questions print none of them)
    return tuple((asked, other) for a, b in CONTRASTS for asked, other in ((a, b), (b, a))
                 if _names_itself(asked, question) and not _names_itself(other, question))


_PAIR_WORD = re.compile("|".join(map(re.escape, sorted({w for pair in CONTRASTS for w in pair}))))


def _names_itself(word: str, text: str) -> bool:
    """`text` names `word` as itself: not only inside a longer word of the pairs ("半决赛" is no "决赛") nor
    right after a negation ("无缘决赛": the final was not run by them)."""
    if word not in text:
        return False  # (most questions name neither word of most pairs: other_side asks ~60 a question)
    longer, itself = _itself(word)
    for w in longer:
        text = text.replace(w, " ")
    return itself.search(text) is not None


@functools.cache
def _itself(word: str) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The longer words of the pairs that hold `word` (longest first), and `word` not after a negation."""
    longer = sorted({w for pair in CONTRASTS for w in pair if word in w and w != word}, key=lambda w: (-len(w), w))
    not_negated = r"(?<!" + _NEGATION.pattern.replace("|", ")(?<!") + r")(?<!无缘)"
    return tuple(longer), re.compile(not_negated + re.escape(word))


def _glued(tiles: list[tuple[int, int, str, str]], i: int, n: int) -> tuple[int, str, str] | None:
    """The modifier of the head at i the tagger glued into one word with it ("重点项目" for the head 项目): the
    word's part before the head, as other_modifier reads a word ending there; None when no word ends with it."""
    for k, (a, b, w, flag) in enumerate(tiles):
        if a < i and b == i + n and flag[:1] == "n":
            return k, w[:i - a], flag
    return None


def other_modifier(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """A how-much question measures a modified noun ("玉米|种植面积", "七旬夫妇的|追悼会", "卖出回购|金融资产")
    whose modifier the answer's sentence (with the text before it) never names, and wherever the sentence names
    that noun another modifier of the same kind stands before it ("小麦|种植面积", "61岁老人的|追悼会"): the
    figure is the other thing's ("decline:subject")."""
    if info.qtype != "number" or around.tag is None:
        return ""
    words = [(w, flag) for w, flag in around.tag(ASKED_AMOUNT.sub("", info.left).rstrip()) if w.strip()]
    while words and words[-1][1] == "f":
        words.pop()  # "追悼会|上": the place word after the noun
    return _modified(words, best.sentence.folded, info, around, again=True)


def _modified(words: list[tuple[str, str]], f: str, info: QuestionInfo, around: Surroundings, again: bool) -> str:
    """other_modifier over the question's words before its question word; `again`: when the modifier is itself
    a noun the sentence prints ("产业项目|总投资" ↔ "交通项目,总投资"), once more for the modifier of that noun."""
    if around.tag is None:
        return ""
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
    if again and not linked and flag[:1] == "n" and len(mod) >= 2 and j >= 1 and mod in f:
        return _modified(words[:j + 1], f, info, around, again=False)
    # a noun owns or qualifies ("七旬夫妇的"); a verb qualifies only as a compound ("卖出回购|金融资产"), as a
    # clause ("承认的") it is often said in other words ("认可")
    if len(mod) < 2 or flag[:1] not in ("n" if linked else "nv") or mod in f + " " + around.near \
            or expansion(f, mod) is not None:  # "世锦赛" of "世界女子冰壶锦标赛": the same, in short
        return ""
    tiles = list(offsets(around.tag(f)))
    ends = {b: (n, w, fl) for n, (_a, b, w, fl) in enumerate(tiles)}
    at = [i for i in range(len(f)) if f.startswith(head, i)]
    for i in at:
        got = ends.get(i - 1 if f[i - 1:i] == "的" else i) or _glued(tiles, i, len(head))
        if got is None:
            return ""
        n, other, oflag = got
        if len(other) < 2 or oflag[:1] != flag[:1] or other in info.text \
                or (n and tiles[n - 1][2] in _THIS) or stands_for(mod, other):  # "全市GDP" of 岳阳市
            return ""  # "该项目|建设道路" is the thing asked about, named again
    return "decline:subject" if at else ""


# "本次大会" for the 全体会议 asked: a word pointing back names the article's own meeting again, in its own words
_THIS = ("该", "本", "此", "这", "其", "这个", "这项", "该项", "本次", "此次", "这次", "本届")
ASKED_AMOUNT = re.compile(ASKING_WORDS + "$")
# What a news figure measures: one asked ("总资产是多少") is not answered by another's figure ("营业收入133亿元").
_FIGURES = re.compile(r"(?:总资产|净资产|营业收入|营业利润|净利润|利润总额|利润|营收|收入|产值|销售额|销量|产量|成交额|"
                      r"成交量|市值|存款|贷款|税收|投资额|投资|出口额|进口额|gdp|生产总值|增加值|人口|总额)$")


def other_measure(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """A how-much question names the figure it asks right before its question word ("总资产是|多少") and the
    answer's sentence (with the text before it) never names it: its figure measures something else."""
    if info.qtype != "number" or info.unit:
        return ""
    m = _FIGURES.search(ASKED_AMOUNT.sub("", info.left))
    if m is None:
        return ""
    return "" if m.group() in best.sentence.folded + " " + around.near else "decline:measure"


def bare_before_counted(text: str, s: str, end: int, right: str) -> bool:
    """A bare number printed right before the noun the question counts ("可容納50被告" for "多少名被告"; a headline
    leaves the measure word out): it counts in the unit asked. The noun must be a word of two characters or more,
    the question's words right after its question word."""
    noun = re.match(r"[\u4e00-\u9fff]{2,4}", right)
    if text[-1:].isdigit() and s[end:end + 1] in _CASUALTIES and right.startswith(_CASUALTIES[s[end]]):
        return True  # "釀成4死39傷": the news' count of the dead and the wounded, for "多少人死亡"
    return bool(text[-1:].isdigit() and noun and s.startswith(noun.group()[:2], end))


_CASUALTIES = {"死": ("死亡", "身亡", "罹难", "遇难", "丧生"), "伤": ("受伤", "伤")}


def label_for_count(info: QuestionInfo, best: Candidate) -> str:
    """A count asked in a measure word ("多少名观众") and a bare number given that the sentence runs on into a
    word ("2005|中超杯") or into Latin letters ("5|g智慧跑道平台", "3|d打印"): the number names an edition, a model
    or a technology, it counts nothing."""
    if info.qtype != "number" or not info.unit or best.type != "number":
        return ""
    f = best.sentence.folded
    bare = re.fullmatch(r"\d+", f[best.start:best.end].strip())
    if bare and bare_before_counted(bare.group(), f, best.end, info.right):
        return ""  # "可容納50被告": the word after it is the thing the question counts
    return "decline:unit" if bare and (CJK.match(f, best.end) or _LATIN_RUN_ON.match(f, best.end)) else ""


# Latin letters run on to a figure, no space between ("5g", "4k", "3d"; the text is folded to lower case)
_LATIN_RUN_ON = re.compile(r"[a-z]{1,3}(?![a-z])")


# The counted noun right after the measure word of the question ("多少名|警员|巡逻").
_COUNTED_NOUN = re.compile(r"[\u4e00-\u9fff]{2}")


def other_counted(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
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
    if words[0][1] == PLACE_TAG and info.unit in DURATION_UNITS:
        return ""  # "过去几年|鞍山面貌发生了…变化": a place after a span of time is its clause's subject, not counted
    f = best.sentence.folded
    if words[0][1] in _QUALIFIER_TAGS and len(words) > 1 and words[1][1][:1] == "n" \
            and noun not in f and noun not in around.near:
        return "decline:subject"  # "多少位日本记者" is not answered by the count of all the guests ("39人")
    # (a noun reaching into the ten characters counts as near: "非公有制经济代表人士共339名" for 多少名非公有制…)
    reach = len(noun) - 1
    near = f[max(0, best.start - 10 - reach):best.end + 10 + reach]
    if _counted_by_verb(info, best, around.tag):
        return ""  # "審計部查核了多少件|案場" ↔ "…案場有393件,但僅查核122件": the deed asked counts it
    return "decline:measure" if words[0][1][:1] == "n" and noun in f and noun not in near else ""


def _counted_by_verb(info: QuestionInfo, best: Candidate, tag: Tagger) -> bool:
    """The question's verb right before its question word ("查核了|多少件") is printed right before the count
    ("僅查核|122件"): the count is of what the deed asked was done to, whatever noun the sentence names apart."""
    words = [(w, flag) for w, flag in tag(info.left) if w.strip() and w not in ("了", "过", "的")]
    if not words or words[-1][1][:1] != "v" or len(words[-1][0]) < 2:
        return False
    return words[-1][0] in best.sentence.folded[max(0, best.start - 4):best.start]


_QUALIFIER_TAGS = ("ns", "b")  # a place or a kind before the noun counted: 日本|记者, 外国|记者
_ORDINAL_NOUN = re.compile(r"第([\d" + ORDINAL_DIGITS + r"]{1,3})([^\W\d_的]{1,2})")
# a congress's term and session, printed without 第: "十四届全国人大三次会议", "十八届三中全会"; not "新一届理事长"
# (the new term, whichever its number: 菲中友好协会's 第二十五届), "每一届", "同一届", "这一届": the term at hand, no
# number of a series ("上一届" stays: the one before the term a sentence numbers is another)
_SESSION = re.compile(r"(?<![第新每同这本\d" + ORDINAL_DIGITS + r"])([\d" + ORDINAL_DIGITS
                      + r"]{1,3})(届|次会议|次全会|中全会)")


def other_ordinal(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names one of a series ("第一回合", "三次会议") and the answer's sentence (with the text before
    it) names another of it ("第二回合", "四次会议") but not the one asked: it tells of the other one. (第2 and 第二
    are one.)"""
    return other_ordinal_in(info, best.sentence.folded, around.near)


def names_asked_ordinal(info: QuestionInfo, sentence: str) -> bool:
    """The sentence (folded) prints the one of a series the question names ("十三届", "第一回合") as asked."""
    asked = [m.group() for rx in (_ORDINAL_NOUN, _SESSION) for m in rx.finditer(info.text)]
    return bool(asked) and all(a in sentence for a in asked)


def other_ordinal_in(info: QuestionInfo, sentence: str, near: str) -> str:
    """other_ordinal of a sentence (folded) with the text before it (`near`)."""
    ordinals = (*_ORDINAL_NOUN.finditer(info.text), *_SESSION.finditer(info.text))
    asked = {ordinal_value(m.group(1)) for m in _PLACING.finditer(info.text)}
    grades = tuple(_GRADE.finditer(info.text))
    if not (ordinals or asked or grades):
        return ""  # (most questions name none of a series: the sentence is not read)
    text = sentence + " " + near
    if ordinals:
        held = [(ordinal_value(o.group(1)), o.group(2)) for rx in (_ORDINAL_NOUN, _SESSION)
                for o in rx.finditer(text)]
        held = [(k, "天" if w[0] in _DAY_NOUNS else w) for k, w in held]
        held += [(1, "天") for _ in _FIRST_DAY.finditer(text)]  # "小长假首日" is its 第一天
    for m in ordinals:
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
    placed = {ordinal_value(m.group(1)) for m in _PLACING.finditer(text)} if asked else set()
    if asked and placed and not asked & placed:
        return "decline:other"
    # a grade asked ("二等奖", "三等功") where the sentence gives another grade of that award but not the one
    # asked ("8件作品荣获浙江新闻奖一等奖"): the figure is the other grade's
    for m in grades:
        grades_printed = {g.group(1) for g in _GRADE.finditer(sentence) if g.group(2) == m.group(2)}
        if grades_printed and m.group(1) not in grades_printed:
            return "decline:other"
    return ""


_PLACING = re.compile(r"第([\d" + ORDINAL_DIGITS + r"]{1,3})[名位]")
_GRADE = re.compile(r"([一二三四五六七八九特])等(奖|功)")
_DAY_NOUNS = "天日"
_FIRST_DAY = re.compile(r"首[日天]")


def other_org(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
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


def role_unnamed(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
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
    if len(verb) != 1 or verb[0][1] not in VERB_TAGS:
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
    verb = next((w for w, flag in words[1:] if flag in VERB_TAGS and len(w) >= 2), "")
    if verb in _NAMING_VERBS:
        return ""  # "哪位学者被称为无线电之父": the name given says who, no deed ("无线电之父李·德富雷斯特")
    held = best.sentence.folded + " " + around.near
    if words[0][0][0] in held or (verb and verb[0] in held):
        return ""
    return "decline:post"


_WHICH_PERSON = ("哪位", "哪一位", "哪个", "哪名")
_NAMING_VERBS = frozenset(("称为", "称作", "称之为", "誉为", "尊为", "视为", "号称", "人称", "叫做"))  # a name given
_RELATIVE_YEAR = re.compile(r"今年|去年|前年|明年|上年")


def other_year(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names a year by its distance from today ("去年一季度") and the answer's sentence (with the
    text before it) names another that way ("今年一季度") but not the one asked: another year's figure."""
    asked = {w.replace("上年", "去年") for w in _RELATIVE_YEAR.findall(info.text)}
    if not asked or (asked == {"今年"} and info.unit == "岁"):
        return ""  # "周先生今年幾歲": an age asked now, told by "50歲周先生" whatever year the text speaks of
    told = BASELINE_YEAR.sub(" ", best.sentence.folded + " " + around.near)
    held = {w.replace("上年", "去年") for w in _RELATIVE_YEAR.findall(told)}
    return "decline:year" if held and not held & asked else ""


# "比上年增加13.8公斤", "去年同期": the year a figure is compared with, not the year it is of
BASELINE_YEAR = re.compile(r"(?:比|较|同比|与|和|跟|相比)(?:上年|去年|前年)|(?:上年|去年|前年)同期")


def other_date(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
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


# A month's part a figure is of ("2月末", "3月底", "1月份"): a reporting period, as a day names one
_MONTH_PART = re.compile(r"(?<![\d一二三四五六七八九十年])(" + _NUM + r")月(?:末|底|初|份|上旬|中旬|下旬)")


def other_month(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names a month's part ("3月末贷款增速") that neither the answer's sentence nor the text before it
    names, while the sentence names another month's ("1月末、2月末贷款增速分别…"): another period's figure."""
    asked = [m.group(1) for m in _MONTH_PART.finditer(info.text)]
    if not asked:
        return ""
    f = best.sentence.folded
    held = f + " " + around.near
    if any(re.search(r"(?<![\d一二三四五六七八九十])" + re.escape(a) + "月", held) for a in asked):
        return ""
    return "decline:date" if _MONTH_PART.search(f) else ""


_TITLE = re.compile(r"《([^《》]{2,30})》")


def other_title(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names a paper or a work by its title (《郑州日报》) that the answer's sentence does not, and
    the sentence names another title: a sibling (《郑州晚报》: the same length, the same first two characters or
    the same last two), or any title when the answer's article never names the one asked, or the title the
    answer belongs to ("《美中晚报》的总编金鸣峰" for 《侨报》的总编). Its figure, date, post are the other's."""
    asked = _TITLE.findall(info.text)
    if not asked:
        return ""
    f = best.sentence.folded
    answer = f[best.start:best.end].strip("《》")  # "改版为日报《华澳日报》": the title the answer is, no other's
    held = [t for t in _TITLE.findall(f) if t not in asked and t != answer]
    for title in asked:
        if not held or title in f:
            continue
        if title not in around.article or any(_sibling(title, t) for t in held) or _owned_by_title(f, best.start):
            return "decline:other"
    return ""


# The few characters between a title and the answer that belong to it: "《美中晚报》的总编|金鸣峰", "《X》社长|Y".
_OWNED_GAP = re.compile(r"》[^，,。；;、：:！？!?《》“”\s]{0,8}$")


def _owned_by_title(folded: str, start: int) -> bool:
    """The answer stands right after a title, in one phrase with it: it is that paper's or work's."""
    return bool(_OWNED_GAP.search(folded[:start]))


def _sibling(a: str, b: str) -> bool:
    """Two names alike but for a part (郑州日报 / 郑州晚报, 大同日报 / 大同晚报)."""
    return len(a) == len(b) >= 4 and a != b and (a[:2] == b[:2] or a[-2:] == b[-2:])


# Country- and continent-like endings: an ns word with them names a place, however common ("韩国", "欧洲").
_PLACE_ENDS = tuple(PLACE_SUFFIXES) + ("国", "洲")
# Above this dictionary frequency an ns-tagged word without a place ending is as often an ordinary noun jieba
# tags ns ("长度", "海洋", "大国"): such words are not taken as the question's place.
_COMMON_PLACE = 1000
# Below this dictionary frequency a place the question names is a particular one (旺角, 兴发街), whose absence from
# the answer's article says the article is about somewhere else.
_RARE_PLACE = 50
# "大国", "外国", "各国": words built like a country's name that name none.
# (a number of countries too: "三国外长", "五国集团", whatever era 三国 also names)
_NOT_A_COUNTRY = re.compile(r"^[大小强外各全本该两多邻友盟敌祖异他三四五六七八九十几数诸]国$")


def without_wh(info: QuestionInfo) -> str:
    """The question with a comma for its question word: the names it holds, not run into the word asked."""
    return info.text[: info.wh[0]] + "，" + info.text[info.wh[1]:] if info.wh else info.text


# jieba tags some cities' and counties' short names as other nouns: "海口" s (a locative), "基隆", "义乌" nz, "南投" j
_UNPLACED_TAGS = ("s", "nz", "j")


def _city_named(word: str) -> bool:
    """The word with 市 or 县 after it is a place of jieba's main dictionary ("海口" of 海口市): a city's or a
    county's short name."""
    return any(main_word_tag(word + level) == PLACE_TAG for level in ("市", "县"))


def names_in(text: str, around: Surroundings) -> list[tuple[str, str, int]]:
    """(kind, name, offset) of the people and places a text names: persons as the extractor reads them, places
    from jieba's ns tags (ordinary nouns it tags ns left out). Remembered in `around.named` (a copy to each
    caller)."""
    got = around.named.get(text)
    if got is None:
        got = around.named[text] = _names_in(text, around)
    return list(got)


def _names_in(text: str, around: Surroundings) -> list[tuple[str, str, int]]:
    assert around.tag is not None
    pos = Tags(around.tag(text))  # its offsets counted once for the three readers below
    found = persons(text, pos, (), around.freq)
    # a Chinese name is two or three characters: "武艺超群" is a phrase jieba tagged nr
    out = [("person", text[sp.start:sp.end], sp.start) for sp in found + names_after_posts(text, pos, found)
           if (sp.end - sp.start <= 3 or "·" in text[sp.start:sp.end])
           and not _fragment(text[sp.start:sp.end], around.freq, person=True)]
    last = ""
    for at, _, word, flag in offsets(pos):
        if (flag == PLACE_TAG or (flag in _UNPLACED_TAGS and _city_named(word))) and len(word) >= 2 \
                and word not in GENERIC_PLACES and not _fragment(word, around.freq) \
                and (word.endswith(_PLACE_ENDS) or word in PROVINCES or around.freq(word) < _COMMON_PLACE) \
                and last not in SURNAMES and not _NOT_A_COUNTRY.match(word):  # "严|长寿" is a person
            out.append(("place", word, at))
        last = word
    return out


# function characters a word jieba guessed (no dictionary word) may have taken from its neighbour: "复线|长约|四百
# 公里", "科大|内共|设有", "节日暨", "哪一条|章于|1912年", "末叶时"
_LOOSE_ENDS = "于在和与及暨约共时内下几的了是为将被从向对把以而或并"


def _fragment(word: str, freq: Callable[[str], int], person: bool = False) -> bool:
    """A two-character name jieba guessed across a word boundary: in no dictionary, and it ends (a place: or
    starts) with a function character. A surname may start a person's name (于, 向, 时), so only the end counts
    there."""
    if len(word) != 2 or freq(word) > 0:
        return False
    return word[-1] in _LOOSE_ENDS or (not person and word[0] in _LOOSE_ENDS)


def _ranked_place(name: str) -> bool:
    """A place of an administrative rank (a province, a city, a district…), whose figures are its own."""
    return name.endswith(ADMIN_SUFFIXES) or name in PROVINCES


def names_held(name: str, text: str) -> bool:
    """Whether a text names this person or place, allowing the short forms news use: "海淀" for "海淀区",
    "詹森" for "林登·贝恩斯·詹森", "蒋中正" seen as "蒋中"."""
    if name in text:
        return True
    stem = _stem(name)
    if stem != name and _short_held(stem, name, text):
        return True
    if any(len(part) >= 2 and part in text for part in name.split("·") if part != name):
        return True
    if len(name) == 2 and re.search(re.escape(name[0]) + ".{1,6}?" + re.escape(name[1]), text):
        return True  # the full form of a short one: "中国" in 中华人民共和国
    if len(name) >= 3 and name[:-1] in text and (stem == name or _short_held(name[:-1], name, text)):
        return True
    # without its first character a place of two characters and its level is another place: "会宁县" is not in
    # "寿宁县"
    return len(name) >= 3 and name[1:] in text and not (_stem(name) != name and len(_stem(name)) <= 2)


def _short_held(short: str, name: str, text: str) -> bool:
    """The short form of a place (its name without its level) is printed in `text` somewhere other than as the
    name of its province: "吉林" of 吉林省 is not 吉林市, a city of the province (the other way, "花莲" of 花莲市
    names a place inside 花莲县, what the text may tell it by)."""
    return name.endswith("省") or any(not text.startswith("省", m.end()) for m in re.finditer(re.escape(short), text))


def _stem(name: str) -> str:
    """A place without its level ("海淀区" → 海淀, "台湾地区" → 台湾): "朝阳区" shares a 区 with it, not a name."""
    for suffix in ("地区", *sorted(PLACE_SUFFIXES, key=len, reverse=True)):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _scopes_kind(info: QuestionInfo, kind: str, name: str, at: int) -> bool:
    """A place right before a which-word, or right after it before its noun, scopes the kind asked ("中国|哪个朝代",
    "哪一个|中国|朝代", "台湾|哪一县市"): the calendar or the country the answer is one of, not the place of the event,
    which the answer's article need not name (`at` is read in without_wh's text, the question word one comma)."""
    return kind == "place" and info.wh is not None and info.wh_word.startswith("哪") \
        and (at + len(name) == info.wh[0] or at == info.wh[0] + 1)


def other_name(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names a place or a person the answer's article never names, while the answer's sentence
    names another of the same kind ("德国高铁的时速" answered from a sentence on 韩国's trains); it asks about a
    county, city or village ("成县") the answer's article never names; or it asks about a district the sentence
    and its context do not name while the sentence names another ("海淀区的房价" answered with 朝阳区's). The
    answer is then about someone or somewhere else. Where-questions are exempt from the second: their answer is
    a place inside the one asked ("欧洲的哪个国家")."""
    if around.tag is None:
        return ""
    q = without_wh(info)
    asked = [(kind, name, at) for kind, name, at in names_in(q, around) if not _scopes_kind(info, kind, name, at)]
    if not asked:
        return ""
    f = best.sentence.folded
    others: list[tuple[str, str]] | None = None  # the sentence's names, read at the first asked name that needs them
    for kind, name, named_at in asked:
        # (a law named by its short form, which the tagger reads as a person: "卫|广法" for 《卫星广播电视法》)
        in_article = names_held(name, around.article) or (kind == "person" and law_short_held(name, around.article)) \
            or (kind == "place" and province_unnamed(name, f, around.article)) \
            or (kind == "place" and any(titles_person(q, named_at + len(name), pa) and names_held(p, around.article)
                                        for _, p, pa in asked))  # (jieba tags some foreign names ns: 奥巴马)
        if kind == "place" and info.qtype != "where" and (name.endswith(_PLACE_ENDS) or name in PROVINCES
                                                          or around.freq(name) < _RARE_PLACE) \
                and not name.endswith("地区") and not in_article:
            return "decline:place"  # a county, city, district (旺角) the answer's article never names
        if kind == "person" and info.qtype != "who" and not in_article:
            return "decline:subject"  # a person the answer's article never names: it is about someone else
        # a rival shares no character with the asked name but its ending ("朝阳区" for 海淀区, "韩国" for 德国),
        # or is a place neither name holds in any form ("宁波" for 会宁: one character shared)
        core = name[:-1] if kind == "place" and name.endswith(_PLACE_ENDS) else name
        if others is None:
            # (a place alone in brackets is a note on a name, "中冶(广西)马梧高速公路…公司" a firm's seat, not a rival)
            others = [(k, n) for k, n, at in names_in(f, around)
                      if n not in q and not (at < best.end and best.start < at + len(n))
                      and not (f[at - 1:at] in ("(", "（") and f[at + len(n):at + len(n) + 1] in (")", "）"))]
        rivals = [n for k, n in others if k == kind and (not any(c in n for c in core) or (
            kind == "place" and not names_held(name, n) and not names_held(n, name)))]
        if not rivals:
            continue
        if not in_article:
            return "decline:place" if kind == "place" else "decline:subject"
        if kind == "place" and _ranked_place(name) and not names_held(name, f + " " + around.near) \
                and not stands_for(name, f) and any(_ranked_place(n) for n in rivals) \
                and not above_asked(name, rivals, around.article, f):  # "全省…最大为岳阳市"
            return "decline:place"  # a district's (a province's) figure asked, another's or the city's given
    return ""


def other_district(info: QuestionInfo, best: Candidate) -> str:
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
        if names_held(asked, f) or _tail_held(asked, f) or (m.start() < wh[1] and wh[0] < m.end()) \
                or area_noun(asked) or levels_listed(info.text, m.end()):
            continue  # named there, the thing counted ("几大功能区") or a common noun (城区, 县市区), not a name
        level = next(x for x in sorted(ADMIN_SUFFIXES, key=len, reverse=True) if asked.endswith(x))
        # (not 全区, 我区: the report's own district, the one asked — "并向全区14个责任单位…12项" for 大足区)
        if any(o.group(0).endswith(level) and not stand_in(o.group(0)) and not area_noun(o.group(0))
               and not names_held(o.group(0), info.text)
               and not _tail_held(o.group(0), info.text) and not _COUNTED.search(
                f, max(0, o.start() - 2), o.start() + 1) for o in _DISTRICT.finditer(f, start, best.start)):
            return "decline:place"
    return ""


_LEVEL_END = re.compile(r"(?:[集单]?选区|区|县)$")


def _tail_held(name: str, text: str) -> bool:
    """Whether `text` holds the end of a district's name as matched, two characters or more before its level: the
    match may open with the words before the name ("扎西贡村距离类乌齐县城多远" → "村距离类乌齐县", "位于类乌齐县城…" →
    "位于类乌齐县"), both the same 类乌齐县."""
    level = _LEVEL_END.search(name)  # 集选区, 单选区: the constituency's kind is part of its level
    return any(name[i:] in text for i in range(0, (level.start() if level else len(name)) - 1))


def outside_province(info: QuestionInfo, best: Candidate) -> str:
    """A where-question asks a place inside the province it names right before the question word ("窜至浙江|什么
    地方", "广东省的|哪个城市"): another province ("安徽", of the list "浙江、安徽、江苏") is not inside it."""
    if info.qtype != "where":
        return ""
    left = _PROVINCE_TAIL.sub("", info.left)
    named = next((p for p in PROVINCES if left.endswith(p)), "")
    answer = _PROVINCE_TAIL.sub("", best.sentence.folded[best.start:best.end].strip())
    return "decline:place" if named and answer in PROVINCES and answer != named else ""


_PROVINCE_TAIL = re.compile(r"(?:省|市|自治区)?(?:的)?\s*$")  # "浙江省的|哪个城市"


_COUNTED = re.compile(r"\d|[个大座片类]")  # "1个引导区", "6大功能区": a count of areas, not a name
# (not 特区: "庆祝特区成立15周年" names a special administrative region, no district of a county)
_DISTRICT = re.compile(r"[^\W\d_]{2,6}?(?:选区|(?<!特)区|县)(?![\u4e00-\u9fff]{0,1}(?:长|委|政府))")


def other_deed(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """A count asked of what happened to people ("几人|死亡") and the answer's count is followed by another verb,
    sharing no character with the asked one ("2人|遭|冲走", not "3人|身亡"), or by the people counted and then, in
    the same clause, such a verb ("一名|民众|自行由火场|逃出"), or nouns only that tell one ("上百万|居民|断水断电"):
    it counts another fate ("decline:measure")."""
    if info.qtype != "number" or info.unit not in _PEOPLE_UNITS or around.tag is None:
        return ""
    asked = [(w, flag) for w, flag in around.tag(info.right) if w.strip()]
    if len(asked) == 2 and asked[0][1] == "n" and len(asked[0][0]) >= 2 and asked[1][1] in ("v", "d") \
            and len(asked[1][0]) >= 2:
        # "多少名|观众|到场" (jieba tags 到场 d): the people counted named before their deed, which closes the question
        asked = [(asked[1][0], "v")]
    if not asked or asked[0][1][:1] != "v" or len(asked[0][0]) < 2:
        return ""
    deed = asked[0][0]
    if deed in TAKING_PART:
        return ""  # "多少名跑者参加" ↔ "1.5万名跑者…冲过起跑线": what they did taking part (taking_part.py)
    if _FATES.fullmatch(deed) and not _FATES.search(best.sentence.folded + " " + around.near):
        # "屏東縣有多少人|受傷" ↛ "預防性撤離9鄉413人": the sentence tells of no one hurt, killed or missing at all
        return "decline:measure"
    after = [(w, flag) for w, flag in around.tag(best.sentence.folded[best.end:best.end + 8]) if w.strip()]
    if after and after[0][1][:1] == "n":
        # "一名|民众|自行由火场|逃出" (聯統日報): the people counted, then what they did further on in the clause
        clause = re.split(r"[,，。;；:：!！?？、]", best.sentence.folded[best.end:best.end + 16])[0]
        if deed in clause:
            return ""  # "800余名|观众|到场|观赛": the deed asked is the one they did, whatever verb comes first
        listed = re.split(r"[,，。;；:：!！?？]", best.sentence.folded[best.end:best.end + 40])[0]
        if "、" in listed and deed in listed and not _ANOTHER_COUNT.search(listed[:listed.find(deed)]):
            # "三百多位|聯誼會代表、僑界人士、各界嘉賓及熱心僑胞共同出席": those counted head a list of guests, the
            # deed asked after the list is all of theirs (no other count in the list: "一名民众受伤、两名消防员殉职")
            return ""
        rest = [(w, flag) for w, flag in around.tag(clause) if w.strip()][1:]
        after = [x for x in rest if x[1][:1] == "v"][:1]
        if not after and rest and all(flag[:1] == "n" and len(w) >= 2 for w, flag in rest):
            # "上百万|居民|断水断电": what befell them in words jieba reads as nouns only (断水/n, 断电/n), no
            # verb in the clause: the first is their fate, a verb all the same
            after = [(rest[0][0], "v")]
    if not after or after[0][1][:1] != "v" or any(c in after[0][0] for c in deed):
        return ""
    return "decline:measure"


# A count inside a list ("、两名消防员"): the list's later items are counted apart.
_ANOTHER_COUNT = re.compile(r"[\d一二两三四五六七八九十百千万几多]\s?(?:名|位|人|个|户|家)")


# What befalls people in a disaster or an accident, as a count of them is asked ("多少人受伤") and printed.
# (a headline's count glued to a fate's one character: "釀成4死39傷的悲劇")
_FATES = re.compile(r"受伤|伤亡|死亡|身亡|遇难|罹难|丧生|丧命|失踪|失联|获救|受困|受灾|重伤|轻伤|死伤|殉职|死者|伤者|"
                    r"[\d一二两三四五六七八九十]\s?[死伤亡]")


def count_of_a_part(info: QuestionInfo, best: Candidate) -> str:
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


def negated_event(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """When something happened asked ("哪一天开始排海的"), and the answer's sentence tells that event (its last
    word's characters, 排…海, in one clause) only after a negation ("绝不能将核污染水排放入海"), in another
    clause than the answer's: the sentence says it must not or did not happen, not when ("decline:other")."""
    if info.qtype != "when" or around.tag is None or _NEGATION.search(info.text):
        return ""
    content = [w for w, _ in around.tag(info.right) if len(w) >= 2 and CJK.match(w)]
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


def goal_for_source(info: QuestionInfo, best: Candidate) -> str:
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


def unnamed_locative(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"警方在旺角拘捕了多少人": the question sets its event at a place (在 + a noun the dictionary hardly knows,
    whatever jieba tags it: 旺角 is n, 番禺 ns) that the answer's article never names, while the answer's
    sentence or the text before it sets its own event at another (在铜锣湾, 在白云鸦岗): the answer tells of
    what happened elsewhere ("decline:place")."""
    if around.tag is None or info.qtype == "where":
        return ""
    asked = [w for w in _located(list(around.tag(info.text)), strict=True)
             if around.freq(w) < _COMMON_PLACE and not names_held(w, around.article)]
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


# Endings no country's name has: a district, a city, a street, a bay, a building ("铜锣湾", "湾仔警署"); not 岛
# (冰岛, 所罗门群岛).
_NO_COUNTRY_ENDS = tuple(s for s in PLACE_SUFFIXES if s != "岛") + VENUE_SUFFIXES + ("路", "街", "警署", "大学")
# A bearing closing a place ("云南省西南", "东引岛东北", "台湾东部"): a part of a land, never a country's whole name
# (越南 ends in one character of bearing only: two, or one after a place's level, are read)
_BEARING_END = re.compile(r"(?:[东西南北]{2}|[东西南北中]部|[省州县市区岛][东西南北])$")


def _not_a_country(best: Candidate) -> str:
    """A country asked ("那名外籍男子是哪国人") answered by a place inside one ("铜锣湾", where he was found):
    the answer ends like a district, a street or a building, which no country's name does ("decline:kind")."""
    text = best.sentence.folded[best.start:best.end].strip()
    # a name holding 国 names a country whatever it ends with ("中华民国台湾")
    if "国" in text:
        return ""
    return "decline:kind" if text.endswith(_NO_COUNTRY_ENDS) or _BEARING_END.search(text) else ""


# A where-question asking a city (kinds.CITY_ASKED: "哪个城市") is not answered by a country ("中国", his origin in
# 中国新移民).
def other_kind(info: QuestionInfo, best: Candidate) -> str:
    """A country ("中国", "美国") answering 哪个城市: a country's name ends in 国, no city's does."""
    if COUNTRY_ASKED.search(info.text):
        return _not_a_country(best)
    if info.qtype != "where" or not CITY_ASKED.search(info.text):
        return ""
    text = best.sentence.folded[best.start:best.end].strip()
    return "decline:kind" if 2 <= len(text) <= 4 and text.endswith("国") and not _NOT_A_COUNTRY.match(text) else ""
