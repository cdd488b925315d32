"""Candidate answer spans in a sentence, one generator per source: typed spans (people, places, organisations,
times, numbers), quoted terms, noun phrases, cause/means clauses, the slot a question's anchors point at, and
every word-aligned span of a clause (`spans`), which the fitted features choose among.

Everything works on the folded sentence (same length as the text as written), so the offsets found here quote
the corpus's own characters. The extractors are rules (regular expressions and jieba part-of-speech tags).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from ..lexicon import (
    ADDRESS_TERMS,
    ADVERB_NUMERALS,
    ANCHOR_RIGHT_LIGHT,
    CAUSE_RE,
    CLAUSE_END,
    CN_DIGITS,
    COMPOUND_SURNAMES,
    CONTRASTS,
    ERA_WORDS,
    GENERIC_PLACES,
    KIN_WORDS,
    LIGHT_CHARS,
    LINK_CHARS,
    LIST_CLAUSE_END,
    MEANS_RE,
    NAME_TITLES,
    NOUN_TAGS,
    ORDINAL,
    ORG_SUFFIX_RE,
    ORG_SUFFIXES,
    PERSON_TAGS,
    PERSON_TRAILING_WORDS,
    PLACE_CHAIN_RE,
    PLACE_SUFFIX_RE,
    PLACE_SUFFIXES,
    POST_MODIFIERS,
    POSTS,
    PUNCT,
    SHORT_ORGS,
    SPAN_BREAK,
    SPAN_EDGE_LIGHT,
    SPAN_OPEN_TRIM,
    SURNAMES,
    TRANSLIT_CHARS,
    UNIT_PATTERN,
    VENUE_SUFFIXES,
    WIDEN_LEFT_TAGS,
    WIDEN_RIGHT_TAGS,
    alternation,
    ordinal_value,
)
from ..tokenize import main_word_freq
from .question import SpanType

# The extractor that produced a span, kept on it so the debug view can say which one fired.
SpanRule = Literal["number", "time", "era", "time-range", "pos:nr", "byline-name", "place", "org", "quote", "term",
                   "marker", "expansion", "span", "title", "head", "rest", "named", "subject",
                   "ordinal", "url", "kin"]
Freq = Callable[[str], int]  # a word's frequency in the tokenizer's dictionary (Tokenizer.freq; 0 = unknown)

# Measure words and units a number carries ("75.11万人次", "18个", "七八个"); longest first in the regex.
_UNIT = UNIT_PATTERN
_CN_DIGITS = CN_DIGITS
_ARABIC = r"\d+(?:[.,]\d+)*"
_AMOUNT = r"(?:\d+|[" + _CN_DIGITS + r"]+)"
_NUMBER_RES = (
    # 百分之六十六, 百分之12
    re.compile(r"百分之[" + _CN_DIGITS + r"\d.]+"),
    # a range with its unit on both ends: 24℃~26℃, 3公里至5公里
    re.compile(_ARABIC + r"\s?(?P<u>" + _UNIT[3:-1] + r")\s?(?:至|到|-|~|—)\s?" + _ARABIC + r"\s?(?P=u)"),
    # 75.11万人次, 18个, 66%, 19至35岁, 3000多名
    re.compile(r"(?:约|第)?" + _ARABIC + r"(?:[万亿]\d{1,4}(?=[万亿]|" + _UNIT[3:-1] + r"))?"  # 14万2510个
               r"(?:\s?(?:至|到|-|~|—)\s?" + _ARABIC + r")?\s?(?:万|亿|千|百)?(?:多|余)?\s?"
               r"(?:" + _UNIT[3:-1] + r"|大(?=[^\W\d_]))?"),
    # a race time: 8秒01 (hundredths after the unit), 2分03秒, 1小时02分03秒
    re.compile(r"(?:\d{1,2}小时)?(?:\d{1,3}分)?\d{1,2}秒\d{1,3}(?![\d.])|(?:\d{1,2}小时)?\d{1,3}分\d{1,2}秒"),
    # a score or a tally: 1:0, 73:71, 3比2 (a clock time "10:30" has the same shape; a when-question does not
    # take a number, so it does no harm there)
    re.compile(r"(?<![\d.:：])\d{1,3}\s?(?:[:：]|比)\s?\d{1,3}(?![\d.:：分时点])"),
    # 七八个, 十八个, 两千余人, 三成 (a Chinese numeral needs its unit, else "一" in 一站式 would count); 上百次,
    # 数十个, 近千人: the approximating word is part of the amount
    # and a range: 三至五家; a decimal point between digits written one by one: 一五一.八公里 (Taiwan)
    re.compile(r"(?:[上数近超](?=[十百千万]))?[" + _CN_DIGITS + r"几]+(?:\.[〇○零一二三四五六七八九]+)?"
               r"(?:[至到][" + _CN_DIGITS + r"几]+)?(?:多|余)?(?:" + _UNIT[3:-1] + r"|成)"),
    # a duration of two units: 三年零六个月, 1小时20分钟, 两年半; half an hour: 半个小时, 一个半小时, 两个半月
    re.compile(_AMOUNT + r"个?(?:年|个月|天|个?小时|个钟头)(?:零|又)?" + _AMOUNT + r"个?(?:个月|天|小时|分钟|秒)"
               r"|" + _AMOUNT + r"(?:年|个?小时|个月)半"
               r"|(?<![上下前后])(?:" + _AMOUNT + r"个)?半个?(?:小时|钟头|月)"),
    # 百万, 上千万, 数十亿 (amounts without a unit)
    re.compile(r"(?:上|数|近|超)?[一二两三四五六七八九十几]*[十百千][万亿]"),
)
_TIME_RES = (
    re.compile(r"(?:公元前?)?\d{1,4}\s?年度?(?:\d{1,2}\s?月(?:\d{1,2}\s?[日号])?)?(?:上午|下午|晚上|凌晨|早上|中午)?"
               r"(?:初|底|末|上旬|中旬|下旬|中|春|夏|秋|冬)?"),
    re.compile(r"\d{1,2}\s?月\d{1,2}\s?[日号](?:上午|下午|晚上|凌晨|早上|中午)?"),
    re.compile(r"\d{1,2}\s?[日号](?:上午|下午|晚上|凌晨|早上|中午)"),
    # a day of a month named relative to the page: 本月12日, 上月二十日
    re.compile(r"[本上下当同次该]月(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?[日号]"),
    # a clock time: 上午10点左右, 9时30分, 下午3点半 (a bare "3点" may be three points: 3点意见)
    re.compile(r"(?:上午|下午|晚上|凌晨|早上|中午|清晨|傍晚)\d{1,2}\s?[点时](?:\d{1,2}分|半)?(?:左右|许)?"
               r"|\d{1,2}\s?[点时](?:\d{1,2}分|半)(?:左右|许)?|\d{1,2}\s?[点时](?:左右|许)"),
    # the same with a Chinese-numeral hour: 下午三时, 上午十点半
    re.compile(r"(?:上午|下午|晚上|凌晨|早上|中午|清晨|傍晚)[一二两三四五六七八九十]{1,3}[点时]"
               r"(?:[一二三四五六七八九十]{1,3}分|半)?(?:左右|许)?"),
    re.compile(r"\d{1,2}\s?月(?:份|初|底|中旬|上旬|下旬)?"),
    # 二〇二四年, 一○六年's long form, 二O一九年十月 (a letter O for the zero, as some papers print it)
    re.compile(r"(?<![a-z])(?=[^o]{1,3}o?[^o])[〇零○o一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,2}月)?"
               r"(?:[一二三四五六七八九十]{1,3}日)?"),
    re.compile(r"(?:公元前?)?[一二三四五六七八九十]+世纪(?:\d{2}年代|[一二三四五六七八九十]+年代)?"
               r"(?:初期|中期|末期|初|中|末)?"),
    re.compile(r"\d{2,4}\s?年代(?:初期|中期|末期|初|中|末)?"),
    # a month and day in Chinese numerals: 七月初四, 十一月二十四日, 正月十五
    re.compile(r"(?<![一二三四五六七八九十])(?:[正一二三四五六七八九]|十[一二]?)月(?:初[一二三四五六七八九十]"
               r"|(?:[一二三]?十)?[一二三四五六七八九十]日|[二三]?十日)(?:上午|下午|晚上|凌晨|早上|中午)?"),
    re.compile(r"(?:东|西|南|北|前|后)?[夏商周秦汉晋隋唐宋元明清][朝代](?:初期|中期|末期|初年|末年)?"),
    re.compile(r"(?:东|西|南|北)[汉晋周魏齐宋](?:初期|中期|末期|初年|末年|时期)?"),
    re.compile(r"今年|去年|明年|前年|近年来|近年|近日|日前|目前|不久前|当天|昨天|今天|明天|上午|下午|晚上|凌晨"),
    re.compile(r"\d{1,2}\s?(?:至|到|-|~)\s?\d{1,2}\s?月"),
    re.compile(r"(?:春|夏|秋|冬)(?:季|天)|(?:夏至|冬至|春分|秋分|立春|立夏|立秋|立冬)"),
)
_ERA_WORDS = ERA_WORDS
_ERA_NAME_TAGS = ("n", "nr", "nz", "ns", "t", "nrfg", "nrt")
_REIGN_YEAR = re.compile(r"[元一二三四五六七八九十]{1,3}年")
_REIGN_MONTH = re.compile(r"(?:[正一二三四五六七八九十]{1,2}月)?(?:(?:初|[一二三]?十)?[一二三四五六七八九十]日?)?")
_RANGE = re.compile(r"\s?(?:起?至翌?年?|到|-|~|—|–)\s?")
_PLACE_SUFFIX = PLACE_SUFFIX_RE
_ORG_SUFFIX = ORG_SUFFIX_RE
_SHORT_ORGS = SHORT_ORGS
_QUOTES = re.compile(
    r"“([^”]{1,40})”|《([^》]{1,40})》|「([^」]{1,40})」|『([^』]{1,40})』|\"([^\"]{1,40})\"|‘([^’]{1,40})’"
)
_CLAUSE_END = CLAUSE_END
_PUNCT = PUNCT
_PERSON_TAGS = PERSON_TAGS
_COMMON_WORD = 80  # jieba dictionary frequency above which an nr-tagged word is an ordinary word
_SURNAMES = SURNAMES
_NOUN_TAGS = NOUN_TAGS


@dataclass(frozen=True)
class Span:
    """A candidate answer span in a sentence: [start, end) offsets, its type and the rule that found it."""

    start: int
    end: int
    type: SpanType
    rule: SpanRule


def numbers(folded: str) -> list[Span]:
    """Numbers with their units: 75.11万人次, 52.72万件, 18个, 66%, 七八个, 百分之六十六."""
    spans = []
    for rx in _NUMBER_RES:
        for m in rx.finditer(folded):
            text = m.group()
            if _YEAR_NUMBER.fullmatch(text):
                continue  # "2024年" is a date ("2.2023年": an item number printed against it)
            start, end = m.span()
            if text.endswith(_DAY_ENDS) and _MONTH_BEFORE.search(folded, 0, start):
                continue  # "11月|6日至16日": the days of a date (times() reads it), not a count of days
            code = _CODE_PREFIX.search(folded, 0, start)
            if code and _BARE_DIGITS.fullmatch(text):
                # "CN65-0010", "A320", "F4U": the letters are part of the code
                start, end = code.start(), _CODE_REST.match(folded, end).end()  # type: ignore[union-attr]
            if text.endswith("个") and folded.startswith("月", end):
                end += 1  # "3个月": a duration, not three things (个月 is no unit of its own in UNITS)
            spans.append(Span(start, end, "number", "number"))
    return _longest(spans)


_YEAR_NUMBER = re.compile(r"(?:\d{1,2}\.)?\d{4}\s?年度?")
_DAY_ENDS = ("日", "号")
# a month printed right before the number ("11月|6日"), or a day before it in a range ("6日至|16日")
_MONTH_BEFORE = re.compile(r"(?:(?:\d|[" + _CN_DIGITS + r"])\s?月|[日号]\s?(?:至|到|[-~—～]))$")
_CODE_PREFIX = re.compile(r"(?<![a-z])[a-z]{1,5}$")  # letters run into a number: a code, a serial, a model
_BARE_DIGITS = re.compile(r"\d+(?:[-/]\d+)*")
_CODE_REST = re.compile(r"[a-z\d]*")


_COUNT = re.compile(r"(?:\d+(?:\.\d+)?|[" + _CN_DIGITS + r"]+)" + _UNIT)


def counts_other(folded: str, end: int, text: str, right: str) -> bool:
    """A count the question says too, but of something else: "一个卖家只能…持有|一个|账户" for "一个卖家只能持有
    几个|账户" — the count is followed by the noun the question counts (its right anchor), so it fills the slot
    rather than repeating the question."""
    right = right.strip()
    return bool(_COUNT.fullmatch(text)) and len(right) >= 2 and folded.startswith(right[:2], end)


def about_other(folded: str, span: Span, typed: Sequence[Span], question: str) -> bool:
    """The span's clause names the other of a pair the question asks, not the asked one, and another span of its
    type, not the question's own words, has a clause naming the asked one: "预计最高气温|24℃~26℃,最低气温|20℃~22℃"
    for "最低气温是多少" (a sentence naming both tells them apart by clause; a subject told on into the next clause,
    "X是…出口市场,是…进口来源国", is no other side)."""
    if not any(x in question or y in question for x, y in CONTRASTS):
        return False
    return _side(folded, span, question) < 0 and any(
        sp.type == span.type and folded[sp.start:sp.end] not in question and _side(folded, sp, question) > 0
        for sp in typed)


def _side(folded: str, span: Span, question: str) -> int:
    """1 when the span's clause names only the side of a pair the question asks, -1 only the other, else 0."""
    clause = folded[_clause_start(folded, span.start):_clause_end(folded, span.end)]
    for x, y in CONTRASTS:
        for asked, other in ((x, y), (y, x)):
            if asked in question and other not in question and (asked in clause) != (other in clause):
                return 1 if asked in clause else -1
    return 0


_RESPECTIVELY = re.compile(r"分别")
_PAIR_SEP = re.compile(r"\s?(?:以及|和|与|及|、|跟)\s?")


def respectively_other(folded: str, typed: Sequence[Span], question: str, kinds: Sequence[str]) -> set[Span]:
    """The spans a "分别" pairs with the items the question does not name: "A和B,将分别于X和Y开幕" answers "A
    哪天开幕" with X only, "亚军和季军得主分别是C及D" "亚军是谁" with C only (items and values in order, as many
    of each; the question names one item more than the others)."""
    out: set[Span] = set()
    for m in _RESPECTIVELY.finditer(folded):
        before = folded[:m.start()].rstrip("将都也均则 ,，")
        a = max((i + 1 for i, c in enumerate(before) if c in _LIST_END), default=0)
        items = [x for x in _PAIR_SEP.split(before[a:]) if x]
        end = _clause_end(folded, m.end())
        values = sorted((sp for sp in typed if sp.type in kinds and m.end() <= sp.start and sp.end <= end),
                        key=lambda sp: sp.start)
        values = [sp for i, sp in enumerate(values) if not any(o.start <= sp.start and sp.end <= o.end
                                                              for o in values[:i] + values[i + 1:] if o != sp)]
        if len(items) < 2 or len(values) != len(items) or not all(
                _PAIR_SEP.fullmatch(folded, x.end, y.start) for x, y in zip(values, values[1:], strict=False)):
            continue
        named = [longest_common(item, question) for item in items]
        best = max(named)
        if best < 2 or named.count(best) > 1:
            continue
        out.update(sp for sp, n in zip(values, named, strict=True) if n != best)
    return out


_WEEKDAY = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天]")
_DAY_WORD = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天]|今天|明天|后天|今日|明日")
_ITEM_LABEL = re.compile(r"\s?([^,，;；:：。]{1,6})[,，:：]")


def other_items(folded: str, typed: Sequence[Span], question: str) -> set[Span]:
    """The typed spans that tell of another item than the one the question names: in a list of ';'-items each
    opening with its label ("今天,阴,16~21℃;周三,…;周五,多云,15~23℃"), those of the items whose label the question
    does not name, when it names one; and all of a sentence that names another day than the weekday the question
    names and not that one ("今天…最高气温24℃~26℃" for "周五的气温")."""
    asked = {m.group()[-1] for m in _WEEKDAY.finditer(question)}
    if asked and not any(m.group()[-1] in asked for m in _WEEKDAY.finditer(folded)) \
            and _DAY_WORD.search(folded):
        return set(typed)
    items, at = [], 0
    for part in re.split(r"[;；]", folded):
        items.append((at, at + len(part)))
        at += len(part) + 1
    if len(items) < 3:
        return set()
    labels = [_ITEM_LABEL.match(folded, a, b) for a, b in items]
    named = [m is not None and m.group(1).strip() in question for m in labels]
    if sum(named) != 1:
        return set()
    a, b = items[named.index(True)]
    return {sp for sp in typed if not (a <= sp.start and sp.end <= b)}


def longest_common(a: str, b: str) -> int:
    """The length of the longest run of characters `a` and `b` share (both short)."""
    best = 0
    for i in range(len(a)):
        n = best + 1
        while i + n <= len(a) and a[i:i + n] in b:
            best = n
            n += 1
    return best


def times(folded: str, pos: Iterable[tuple[str, str]] = ()) -> list[Span]:
    """Dates and times: 2024年, 4月13日, 11日下午, 二〇二四年, 十九世纪, 90年代, 唐朝, 今年, named eras
    (孔雀王朝时期, 明朝万历年间, with jieba's words), and ranges of them (1985年9月至1987年7月)."""
    spans = [Span(m.start(), m.end(), "time", "time") for rx in _TIME_RES for m in rx.finditer(folded)]
    words = list(offsets(pos))
    for i, (_start, b, w, _flag) in enumerate(words):
        if w.endswith(_ERA_WORDS):
            j = i
            while j > 0 and i - j < 2 and words[j - 1][3] in _ERA_NAME_TAGS:
                j -= 1
            if j < i or len(w) > 2:
                spans.append(Span(words[j][0], b, "time", "era"))
        elif i and _REIGN_YEAR.fullmatch(w) and words[i - 1][3] in _ERA_NAME_TAGS and len(words[i - 1][2]) == 2:
            # a reign's year in Chinese numerals, its name a noun jieba knows or not: 建炎二年, 咸康七年, 民国十八年
            m = _REIGN_MONTH.match(folded, b)
            spans.append(Span(words[i - 1][0], m.end() if m else b, "time", "era"))
    spans = _longest(spans)
    out: list[Span] = []
    for sp in spans:
        if out and _RANGE.fullmatch(folded, out[-1].end, sp.start):
            out[-1] = Span(out[-1].start, sp.end, "time", "time-range")
        else:
            out.append(sp)
    return out


def persons(folded: str, pos: Iterable[tuple[str, str]] = (), names: Iterable[str] = (),
            freq: Freq = main_word_freq) -> list[Span]:
    """People: jieba's nr tags (neighbours merged, "·" joins foreign names) and known byline names."""
    spans: list[Span] = []
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    words = list(offsets(pos))
    for a, b, w, flag in words:
        after_dot = bool(run) and folded[run[-1][1] - 1:run[-1][1]] == "·"
        translit = all(c in TRANSLIT_CHARS for c in w)
        # the first part of a dotted name jieba took for a place ("亚历山大/ns|·|塞维鲁"), its last part's last
        # characters it took for a noun ("斯卡利|格", "宾|特利", "麦克劳|林")
        before_dot = folded[b:b + 1] == "·" and (bool(run) or (translit and flag[:1] == "n"))
        dotted_tail = bool(run) and translit and len(w) <= 2 and flag in _DOTTED_TAIL_TAGS and run[-1][1] == a \
            and "·" in folded[run[0][0]:a] and a - run[0][0] <= 10
        if (flag in _PERSON_TAGS and w not in KIN_WORDS and w not in POSTS) or (run and w == "·") or (
                (after_dot or before_dot or dotted_tail) and w not in _PUNCT and not w.isspace()):
            # "伊恩·法兰明": the word after "·" belongs to the name whatever jieba tagged it, and so does the rest
            # of the name's first part before it ("焦尔达|诺·布鲁诺")
            if run and run[-1][1] != a:
                run = []
            run.append((a, b))
            continue
        if run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    # jieba tags a transliterated name nrt ("亨利|克莱", "约瑟夫|史达林"); such a name needs no Chinese surname
    foreign = {a for a, _b, _w, flag in words if flag == "nrt"}

    def named_at(a: int, b: int, pieces: int = 1) -> Span | None:
        b -= folded[b - 1] == "·"
        word = folded[a:b]
        ok = _looks_like_name(word, freq, any(a <= x < b for x in foreign)) or (
            # a name in jieba's dictionary (姜恩柱 is as frequent as 华丽) right after a post: the post says it is one
            pieces == 1 and folded.endswith(POSTS, 0, a) and word[:1] in _SURNAMES and 2 <= len(word) <= 3
            and all("\u4e00" <= c <= "\u9fff" for c in word) and not word.endswith(_NOT_NAME_ENDS)) or (
            # two or more words all tagged names right after a post: a name whatever its surname ("副团长布|小林")
            # ("县长老公傅|崐|萁": the post's kin in between), up to four characters ("首相岸|田文雄")
            pieces >= 2 and _after_post(folded, a) and 2 <= len(word) <= 4 and freq(word) < _COMMON_WORD
            and all("\u4e00" <= c <= "\u9fff" for c in word))
        return Span(a, b, "person", "pos:nr") if ok else None

    starts = {a: i for i, (a, _b, _w, _f) in enumerate(words)}
    for chunk in runs:
        a, b = chunk[0][0], chunk[-1][1]
        pieces, i = len(chunk), starts[a]
        if b - a in (1, 3) and i >= 1 and words[i - 1][1] - words[i - 1][0] == 1 \
                and words[i - 1][3] in _NAME_HEAD_TAGS and folded.endswith(POSTS, 0, words[i - 1][0]) \
                and _name_ends(words, starts[chunk[-1][0]] + 1):
            # "首相岸|田文雄", "厅长塔|汪昨天": a Japanese name of four or a Thai one of two, its first character
            # read as a noun or an abbreviation after the post
            a, pieces = a - 1, pieces + 1
        j, bound = starts[chunk[-1][0]] + 1, False
        while j < len(words) and words[j][1] - words[j][0] == 1 and b - a < 3 and (
                words[j][3] in _BOUND_TAGS
                or (bound and words[j][3][:1] not in _AFTER_NAME and _name_ends(words, j + 1))):
            # "符芝|瑛", "傅|崐|萁": a rare character of the name, tagged a morpheme (no word of its own), and
            # one more character after it where the name ends ("李|甦|雁|进行")
            b, j, pieces, bound = words[j][1], j + 1, pieces + 1, True
        if b - a == 2 and folded[a] in _SURNAMES and _NAME_TAIL.match(folded, b):
            b += 1  # "陈家|强、": jieba left a two-character name's last character out, a list's comma after it
        whole = named_at(a, b, pieces)
        # a kinship or title word jieba also tags nr, run into the name ("曾祖父|黄中理"): the words one by one
        parts = [] if whole is not None or len(chunk) < 2 else [named_at(a, b) for a, b in chunk]
        spans += [sp for sp in [whole, *parts] if sp is not None]
    for k, (a, b, w, flag) in enumerate(words):
        # a transliterated name jieba does not know, right after a post and before a verb ("王储|东姑阿都拉|颁发"):
        # the post says it is a person, whatever place or term jieba took it for
        if 3 <= b - a <= 6 and flag[:1] == "n" and flag not in _PERSON_TAGS and k and words[k - 1][2] in POSTS \
                and freq(w) < _COMMON_WORD and all("\u4e00" <= c <= "\u9fff" for c in w) \
                and not w.endswith(_NOT_NAME_ENDS) and _name_ends(words, k + 1):
            spans.append(Span(a, b, "person", "pos:nr"))
    for k, (a, b, w, flag) in enumerate(words[:-1]):
        # a surname and a term of address: someone the reporter met ("顾/n|阿姨", "林/ng|阿婆"; not "向/p|老师"),
        # or a surname jieba tags a name and a post: someone named by the post ("由|赖/nr|总统|颁奖")
        if b - a == 1 and w in _SURNAMES and flag[:1] not in _NOT_SURNAME_TAGS and (
                words[k + 1][2] in ADDRESS_TERMS or (flag == "nr" and words[k + 1][2] in POSTS)):
            spans.append(Span(a, words[k + 1][1], "person", "pos:nr"))
    for k, (a, _b, w, _flag) in enumerate(words[:-1]):
        # a compound surname jieba read as a place or a word, and the given name after it ("欧阳/ns|秀媚/a"; not
        # "东方|卫视", a common word)
        nxt = words[k + 1]
        if w in COMPOUND_SURNAMES and 1 <= nxt[1] - nxt[0] <= 2 and nxt[3][:1] not in _NOT_IN_NAME \
                and freq(nxt[2]) < _COMMON_WORD \
                and all("\u4e00" <= c <= "\u9fff" for c in nxt[2]) and _name_ends(words, k + 2):
            spans.append(Span(a, nxt[1], "person", "pos:nr"))
    for m in _LATIN_PERSON.finditer(folded):
        # a name in Latin letters right after a noun for a person: "34岁伤者celeste jones,", "发言人john smith说"
        k = next((k for k, (a, _b, _w, _f) in enumerate(words) if a == m.start()), 0)
        after = next((j for j, (a, _b, _w, _f) in enumerate(words) if a >= m.end()), len(words))
        if k and words[k - 1][3][:1] == "n" and _name_ends(words, after) and (
                words[k - 1][2].endswith(_PERSON_NOUN_ENDS) or words[k - 1][2] in POSTS):
            spans.append(Span(m.start(), m.end(), "person", "pos:nr"))
    pairs = [sp for sp in spans if sp.type == "person"]
    for x in pairs:
        # a doubles pair is printed "冯彦哲/魏雅欣": one answer of two people
        y = next((y for y in pairs if y.start == x.end + 1), None)
        if y is not None and folded[x.end] == "/" and x.end - x.start <= 4 and y.end - y.start <= 4:
            spans.append(Span(x.start, y.end, "person", x.rule))
    for name in names:
        if not name or name not in folded:  # the regex only where it finds something
            continue
        for m in re.finditer(re.escape(name), folded):
            spans.append(Span(m.start(), m.end(), "person", "byline-name"))
    # a ruler's ordinal is part of the name ("王阳迈|一世"; not "十四世纪"), and it says that the proper noun before
    # it is a ruler's name, whatever jieba took it for ("亚历山大/ns|一世", "君士坦丁/nz|八世", "威廉/nrt|一世")
    regnal = {b: hit.end() for b in {sp.end for sp in spans} | {b for _a, b, _w, _f in words}
              if (hit := _REGNAL.match(folded, b))}
    spans = [Span(sp.start, regnal[sp.end], sp.type, sp.rule) if sp.end in regnal else sp for sp in spans]
    ends = {sp.end: sp.start for sp in spans}  # "瓦伦丁/nr|尼安/ns|三世": the name's first part found already
    spans += [Span(ends.get(a, a), regnal[b], "person", "pos:nr") for a, b, w, flag in words
              if 2 <= b - a <= 6 and b in regnal and flag in _RULER_TAGS and all("\u4e00" <= c <= "\u9fff" for c in w)]
    return _longest(s for s in spans if s.end - s.start >= 2)


_LATIN_PERSON = re.compile(r"(?<![a-z])[a-z]{2,}(?: [a-z]{2,}){1,3}(?![a-z])")  # two to four words
_PERSON_NOUN_ENDS = ("者", "人", "员", "手", "师", "生", "家")  # 伤者, 发言人, 议员, 选手, 律师, 学生, 作家
_TEMPLE_NAME_ENDS = frozenset("帝宗祖")
_DOTTED_TAIL_TAGS = frozenset(("n", "ng", "nr", "nrt", "ns", "j", "g"))
_NOT_SURNAME_TAGS = ("p", "c", "u", "d", "v", "r", "m", "q", "f")  # a single character so tagged is a word
_REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世(?!纪|界|代|家|人|间|上|俗)")
_RULER_TAGS = frozenset(("nr", "nrt", "nrfg", "nz", "ns"))  # a proper noun before a ruler's ordinal


def _name_ends(words: Sequence[tuple[int, int, str, str]], j: int) -> bool:
    """A name may end before words[j]: the sentence ends, or punctuation, a verb, a function word or a time."""
    return j >= len(words) or words[j][2] in _PUNCT or words[j][3][:1] in _AFTER_NAME


def _after_post(folded: str, at: int) -> bool:
    """A post ends right before `at`, or a post and a kin word ("县长老公|傅崐萁": the county head's husband)."""
    kin = next((k for k in KIN_WORDS if folded.endswith(k, 0, at)), "")
    return folded.endswith(POSTS, 0, at - len(kin))


def names_after_posts(f: str, pos: Sequence[tuple[str, str]], spans: Sequence[Span]) -> list[Span]:
    """Names the extractor missed right after a post: a surname and the single characters or noun after it (2–3
    in all), as jieba cuts a name it does not know, when a verb, a function word, a time or punctuation follows
    ("院长李|甦|雁|进行", "召集人林|信义|昨", "负责人王道|明、"; not "司长曾|俊|華聯同", where the name's last
    character went into the next word)."""
    out = []
    words = list(offsets(pos))
    for i, (a, b, w, flag) in enumerate(words):
        if w[:1] not in SURNAMES or len(w) > 2 or (len(w) == 2 and flag[:1] in _NOT_IN_NAME) \
                or not f[:a].endswith(POSTS) or any(sp.type == "person" and sp.start <= a < sp.end for sp in spans):
            continue
        end, j = b, i + 1
        while j < len(words) and words[j][1] - a <= 3:
            b, c, nxt, tag = words[j]
            if nxt in _PUNCT or nxt in LIST_CLAUSE_END or not nxt.isalpha() or (
                    len(nxt) > 1 and tag[:1] in _NOT_IN_NAME):
                break
            end, j = c, j + 1  # a single character, or a noun holding the rest of the name ("林|信义", "王道|明")
        after = words[j] if j < len(words) else None
        if end - a >= 2 and (after is None or after[2] in _PUNCT or after[3][:1] in _AFTER_NAME):
            out.append(Span(a, end, "person", "pos:nr"))
    return out


def names_before_posts(f: str, spans: Sequence[Span], freq: Freq = main_word_freq) -> list[Span]:
    """Names printed before their post, which jieba cuts into the post ("由黄德全会长偕同…": 黄德|全会|长;
    "、陈培斌理事长及", "充满爱心的王田良总编辑"): a surname and one or two characters between a boundary (a list's
    comma, 由, 及, 的, the clause's start) and the post, not ending in a word of the dictionary, no person found
    there already."""
    out = []
    for m in POST_AFTER_NAME.finditer(f):
        at = m.start()
        if any(sp.type == "person" and sp.start < at <= sp.end for sp in spans):
            continue
        for n in (3, 2):
            a = at - n
            name = f[a:at]
            if a >= 0 and name[0] in SURNAMES and name[0] not in _BEFORE_NAME \
                    and all("\u4e00" <= c <= "\u9fff" for c in name) \
                    and (a == 0 or f[a - 1] in _BEFORE_NAME or f[a - 1].isspace()) \
                    and freq(name) < _COMMON_WORD and freq(name[-2:]) < _COMMON_WORD \
                    and not name.endswith(_NOT_NAME_ENDS):  # "由首任校长": 首任 is a word
                out.append(Span(a, at, "person", "pos:nr"))
                break
    return out


# A post printed right after a name ("黄德全会长", "萧妃英副会长"), its modifier with it.
POST_AFTER_NAME = re.compile(alternation(POST_MODIFIERS) + "?" + alternation(POSTS))
# What stands right before a name printed ahead of its post: a list's comma, a clause's start, a preposition.
_BEFORE_NAME = frozenset("、，,；;：:。！？!?（(“\"「由及与和同的是在请")


def place_in_slot(pos: Sequence[tuple[str, str]], start: int, end: int, freq: Freq = main_word_freq) -> bool:
    """A where-slot both anchors hold is one noun jieba's dictionary hardly knows ("迁入|横琴|新校区"): a place
    name it did not tag as one."""
    words = [(a, b, w, flag) for a, b, w, flag in offsets(pos) if a < end and b > start]
    if len(words) != 1:
        return False
    a, b, w, flag = words[0]
    return (a, b) == (start, end) and flag in ("n", "nz", "j") and 2 <= len(w) <= 4 and freq(w) < _COMMON_WORD \
        and all("\u4e00" <= c <= "\u9fff" for c in w)


def named_by_head(folded: str, pos: Sequence[tuple[str, str]], head: str, question: str, kind: SpanType
                  ) -> list[Span]:
    """The name a typed question's noun is printed with: "哪个港口" ↔ "巴丁班(Patimban)港口" (a bracketed gloss
    may stand between) — a run of nouns right before the noun, one of them a proper noun, up to the noun."""
    out = []
    words = list(offsets(pos))
    for i, (_a, b, w, _flag) in enumerate(words):
        if w != head:
            continue
        j = i - 1
        if j >= 0 and words[j][2] in (")", "）"):
            k = next((k for k in range(j - 1, max(-1, j - 5), -1) if words[k][2] in ("(", "（")), -1)
            j = k - 1 if k > 0 else -1
        run: list[tuple[int, int, str, str]] = []
        while j >= 0 and len(run) < 3 and words[j][3] in _NAME_RUN_TAGS and words[j][2] not in _PUNCT:
            run.append(words[j])
            j -= 1
        if not run or not any(x[3] in _PROPER_TAGS for x in run):
            continue
        start = run[-1][0]
        name = folded[start:run[0][1]]
        if 2 <= len(name) <= 10 and name not in question:
            out.append(Span(start, b, kind, "head"))
    return out


# A place named in Latin letters (accents too) run into its Chinese kind: "Orcas島", "Rainier湖".
_LATIN_PLACE = re.compile(r"(?<![a-z\u00c0-\u024f])[a-z\u00c0-\u024f]{3,}(?: [a-z\u00c0-\u024f]{2,}){0,3}"
                          r"(?:" + alternation(s for s in PLACE_SUFFIXES if len(s) == 1) + ")")
_NAME_RUN_TAGS = frozenset(("n", "nr", "nrt", "nrfg", "ns", "nz", "nt", "j", "eng"))
_PROPER_TAGS = frozenset(("nr", "nrt", "nrfg", "ns", "nz", "nt", "eng"))


def name_in_slot(folded: str, start: int, end: int) -> Span | None:
    """The name closing a who-slot after its post ("市政府副秘书长|王为人" of "…王为人|为雕塑揭幕", where jieba cut
    "王|为|人为"): a surname and one or two characters, the question's right anchor saying where the name ends."""
    for n in (3, 2):
        at = end - n
        if at - start >= 2 and folded[at] in SURNAMES and folded.endswith(POSTS, start, at) \
                and all("\u4e00" <= c <= "\u9fff" for c in folded[at:end]):
            return Span(at, end, "person", "pos:nr")
    return None


_NOT_IN_NAME = ("v", "p", "c", "u", "d")  # a word of two characters so tagged is no part of a name
_AFTER_NAME = ("v", "p", "c", "u", "d", "t")  # what follows a name: a verb, a function word, a time ("昨")


# one character, then the next item of a list ("陈家|强、"); not a verb, a function word or a place's side
# ("李群|说,", "白宫|前,", "欣赏桂花|时,")
_NAME_TAIL = re.compile(r"(?![说称道讲问答笑的了和与及等也都在是为被把对向从到给让着过又还就才前后上下内外里中旁时])"
                        r"[\u4e00-\u9fff](?=[、,，;；(])")  # also before the bracket of a name's years ("吴炯|照(1981")
_BOUND_TAGS = ("g", "zg")  # jieba's tags for a character that is no word of its own (瑛, 崐): in a name, its part
_NAME_HEAD_TAGS = ("n", "ng", "nr", "g", "j")
_KIN = re.compile(alternation(KIN_WORDS))
_LATIN_WORD = re.compile(r"[a-z]{3,}")  # a name in Latin letters (Kampon Tansacha): the sentence names someone


def kin(folded: str) -> list[Span]:
    """Kin and close relations ("儿子送来新年礼物"): the people of a sentence that names no one."""
    return [Span(m.start(), m.end(), "person", "kin") for m in _KIN.finditer(folded)]


def _looks_like_name(word: str, freq: Freq, foreign: bool = False) -> bool:
    if "·" in word or "-" in word or word.isascii():
        return len(word) >= 3
    if 3 <= len(word) <= 10 and all(c in TRANSLIT_CHARS for c in word):
        return True  # 伽利略, 俾斯麦, 爱因斯坦: a foreign name, however well known, has no surname
    if 3 <= len(word) <= 5 and word[-1] in _TEMPLE_NAME_ENDS:
        return True  # a ruler's temple or posthumous name jieba tags nr: 汉武帝, 唐太宗, 明太祖, 魏孝文帝
    if freq(word) >= _COMMON_WORD:
        # a common word jieba happens to tag nr: 华丽, 高水平, 安全感; but a well-known name of three characters
        # (毛泽东, 张作霖) is a surname and a given name, neither half a word of its own
        return len(word) == 3 and word[0] in _SURNAMES and freq(word[:2]) < _COMMON_WORD \
            and freq(word[1:]) < _COMMON_WORD
    if foreign:
        return 3 <= len(word) <= 10  # 汤玛斯杰佛逊, 道格拉斯: no surname to check
    if len(word) == 3 and freq(word) > 0 and freq(word[:2]) >= _COMMON_WORD:
        return False  # a word of the dictionary that is a common word and one more character: 桂花|树, 顾客|群
    if len(word) >= 3 and word.endswith(_NOT_NAME_ENDS):
        return False  # "辛庄村", "王家镇": a surname-led place jieba tagged nr
    if word[:1] in _SURNAMES and 2 <= len(word) <= 4:
        return True
    return word[:2] in COMPOUND_SURNAMES and len(word) <= 4


# Endings of the places named after a family ("辛庄村"), which no person's name of three characters has.
_NOT_NAME_ENDS = ("村", "镇", "乡", "县", "省", "州", "街道", "社区")
_NAME_DOTS = frozenset("·•‧・")  # the dots between the parts of a transliterated name
_GENERIC_PLACES = GENERIC_PLACES
_PLACE_CHAIN = PLACE_CHAIN_RE


def places(folded: str, pos: Iterable[tuple[str, str]] = (), freq: Freq = main_word_freq) -> list[Span]:
    """Places: jieba's ns tags and words with place suffixes, chained administrative levels kept whole
    (长兴县水口乡水口村, 杭州市萧山区城厢街道东白马湖社区), and a transliterated word jieba's dictionary does not
    know right after a country ("义大利|拉温纳": tagged a name by its HMM, but no surname opens it)."""
    spans = []
    pos = list(pos)
    for i, (a, b, w, flag) in enumerate(offsets(pos)):
        if flag == "nr" and i and pos[i - 1][1] in ("ns", "nz") and 2 <= len(w) <= 4 and w[0] not in _SURNAMES \
                and w[:2] not in COMPOUND_SURNAMES and freq(w) == 0 and folded[b:b + 1] not in _NAME_DOTS \
                and folded[a - 1:a] not in _NAME_DOTS and all("\u4e00" <= c <= "\u9fff" for c in w):
            spans.append(Span(a, b, "place", "place"))
        # a transliterated name jieba took for a person's, and a place word after it: "雷尼尔/nr|海滩/ns"
        if flag in _PERSON_TAGS and i + 1 < len(pos) and pos[i + 1][1] == "ns" and 3 <= len(w) <= 6 \
                and all(c in TRANSLIT_CHARS for c in w):
            spans.append(Span(a, b + len(pos[i + 1][0]), "place", "place"))

    spans += [Span(m.start(), m.end(), "place", "place") for m in _LATIN_PLACE.finditer(folded)]  # "orcas岛"

    def keep(w: str, f: str) -> bool:
        return f == "ns" or (len(w) >= 2 and f.startswith("n") and bool(_PLACE_SUFFIX.search(w)))

    for sp in _merged(pos, keep, "place"):
        m = _PLACE_CHAIN.match(folded, sp.start)
        end = max(sp.end, m.end()) if m and m.end() - sp.end <= 12 else sp.end
        if folded[sp.start:end] not in _GENERIC_PLACES:
            spans.append(Span(sp.start, end, "place", "place"))
    # a venue: the nouns (and an ordinal) that name it, up to its ending ("县府|第一|会议室", "涵源|宫")
    words = list(offsets(pos))
    for i, (_a, b, w, flag) in enumerate(words):
        if flag.startswith("n") and w.endswith(VENUE_SUFFIXES):
            j = i
            while j > 0 and i - j < 4 and words[j - 1][1] == words[j][0] and (
                    words[j - 1][3][:1] in ("n", "j") or words[j - 1][2].startswith("第")):
                j -= 1  # an ordinal names a venue ("第一|会议室"); a count does not ("100|个|园林式|小区")
            if j < i or w not in VENUE_SUFFIXES:  # "会议室" alone names no venue; "故宫", "县府第一会议室" do
                spans.append(Span(words[j][0], b, "place", "place"))
    spans += addresses(folded, words)
    for i in range(1, len(words)):
        # a name jieba took for a person's right before the bare kind of a place ("雷尼尔|海滩", "西雅图|湖"): the
        # place's own name
        a, _b, w, flag = words[i - 1]
        if flag in _PERSON_TAGS and len(w) >= 2 and words[i][2] in _FEATURE_NOUNS:
            j = i - 1  # the name's other pieces ("佩德|纳|莱斯|河", "托|列斯|海峡")
            while j > 0 and words[j - 1][2].isalpha() and (words[j - 1][3] in _PERSON_TAGS or (
                    len(words[j - 1][2]) == 1 and words[j - 1][3][:1] in ("n", "g"))):
                j -= 1
            spans.append(Span(words[j][0], words[i][1], "place", "place"))
    return _longest(spans)


# The bare kinds of a place, which a proper name before them makes a place's name.
_FEATURE_NOUNS = frozenset(("海滩", "沙滩", "海湾", "海峡", "湖", "河", "山", "岛", "半岛", "港", "湾", "山脉", "峡谷",
                            "公园", "广场", "大道", "大街", "机场", "车站", "码头", "大桥", "水库", "瀑布"))


_ROAD_ENDS = ("路", "街", "大道", "大街", "巷", "胡同", "弄")
_HOUSE_NUMBER = re.compile(r"\s?(?:\d+|[〇零一二三四五六七八九十百]+)(?:[-之]\d+)?号(?:院|楼)?")


def addresses(folded: str, words: Sequence[tuple[int, int, str, str]]) -> list[Span]:
    """Street addresses: a road's name with the nouns jieba split off its front and its house number
    ("东风|东路|733|号" → 东风东路733号). A word ending like a road names one when jieba tags it a place or a
    house number follows it ("公路", "思路" do not)."""
    out = []
    for i, (_a, b, w, flag) in enumerate(words):
        if len(w) < 2 or not w.endswith(_ROAD_ENDS) or flag[:1] != "n":
            continue
        number = _HOUSE_NUMBER.match(folded, b)
        if flag != "ns" and number is None:
            continue
        j = i
        while j > 0 and i - j < 2 and words[j - 1][1] == words[j][0] and words[j - 1][3] in _ROAD_NAME_TAGS:
            j -= 1
        if j < i or number is not None:
            out.append(Span(words[j][0], number.end() if number else b, "place", "place"))
    return out


_ROAD_NAME_TAGS = frozenset(("n", "nz", "ns", "nr", "j"))


def orgs(folded: str, pos: Iterable[tuple[str, str]] = ()) -> list[Span]:
    """Organisations: jieba's nt tags and names ending in 中心/厅/局/委/法院/公司 …, with their place prefix."""
    spans = []
    words = list(offsets(pos))
    for i, (a, b, w, flag) in enumerate(words):
        if w == "暨":
            continue  # jieba tags the joining word nt
        if flag == "nt" or w in _SHORT_ORGS or (len(w) >= 3 and _ORG_SUFFIX.search(w) and flag[:1] in ("n", "x", "j")) \
                or (len(w) >= 4 and _LONG_ORG_SUFFIX.search(w) and flag in ("l", "i")):
            # (jieba tags a few company names as set phrases: "可口可乐公司"/l)
            start = a
            j = i - 1
            # "安吉县" + "综治中心", "省" + "公安厅": take the place or noun just before it; a name jieba reads
            # as a person's right before it too ("楚天|广播电台")
            while j >= 0 and (words[j][3] in ("ns", "nt", "n", "j", "nz") or (j == i - 1 and words[j][3] == "nr")) \
                    and i - j <= 2 and words[j][1] == start:
                start = words[j][0]
                j -= 1
            if w in _LEGAL_FORMS:
                # a company's legal form alone names none: its name is the run of nouns before it, however
                # jieba cut it ("国|星光|电|股份|有限公司")
                while j >= 0 and words[j][3] in _COMPANY_NAME_TAGS and words[j][1] == start \
                        and b - words[j][0] - len(w) <= _COMPANY_NAME_CHARS:
                    start = words[j][0]
                    j -= 1
            if j >= 1 and _ACADEMIC.search(w) and words[j][2] in ("与", "和", "及") and words[j][1] == start \
                    and words[j - 1][3] in ("n", "vn") and len(words[j - 1][2]) >= 2 \
                    and not _ORG_SUFFIX.search(words[j - 1][2]):
                # "新闻与国际关系学院", "经济与管理学院": a school of two fields is one organisation, and its
                # university before it is its parent ("暨南大学" + "新闻与…学院")
                start, j = words[j - 1][0], j - 2
                while j >= 0 and words[j][3] in ("ns", "nt") and words[j][1] == start:
                    start = words[j][0]
                    j -= 1
            end, k, last = b, i + 1, i
            # "新华社" + "亚太|总|分社": a branch of it, up to the next word that ends like an organisation; "暨"
            # joins the other name of the same body ("…总分社暨香港特区分社")
            while k < len(words) and k - last <= 3:
                w2, tag2 = words[k][2], words[k][3]
                if w2 == "暨" and end == words[k][0]:
                    last = k
                elif tag2 not in _ORG_BRANCH_TAGS:
                    break
                elif tag2 in ("n", "nt", "nz", "j") and _ORG_SUFFIX.search(w2):  # not "主办"/b
                    end, last = words[k][1], k
                k += 1
            spans.append(Span(start, end, "org", "org"))
    spans += _two_field_bodies(words)
    return _longest(spans)


_LEGAL_FORMS = frozenset(("有限公司", "股份有限公司", "有限责任公司", "股份公司"))
_COMPANY_NAME_TAGS = frozenset(("n", "nz", "ns", "nr", "nrt", "nt", "j", "vn", "eng"))
_COMPANY_NAME_CHARS = 12  # the longest name before a legal form that is taken whole


def _two_field_bodies(words: Sequence[tuple[int, int, str, str]]) -> list[Span]:
    """Bodies named after two fields joined by 和/与/及: "(成都市新都区)发展和改革局", "(国家)发展和改革委员会",
    "(市)人力资源和社会保障局" — jieba cuts them at the coordinator, and the suffix may stand alone ("改革|局").
    Not "企业和政府" (the body's own name is its suffix alone) nor "公安局与检察院" (two bodies)."""
    out = []
    for i, (_a, b, w, flag) in enumerate(words):
        if not (_BODY_SUFFIX.search(w) and flag[:1] in ("n", "j")):
            continue
        run = i
        if w in ORG_SUFFIXES:  # "改革|局": a suffix standing alone takes the field before it
            if i == 0 or not _field(words[i - 1]):
                continue
            run = i - 1
        c = run - 1
        if c >= 1 and _field(words[c]) and words[c - 1][2] in _COORDINATORS:
            run, c = c, c - 1  # the second field in a word of its own ("城乡|建设局", "社会|保障局")
        if c < 1 or words[c][2] not in _COORDINATORS or not _field(words[c - 1]) or len(words[c - 1][2]) < 2:
            continue
        start, j = words[c - 1][0], c - 2
        while j >= 0 and words[j][3] in ("ns", "nt", "n") and words[j][1] == start and len(words[j][2]) <= 4 \
                and words[c - 1][0] - words[j][0] < 8:
            start = words[j][0]  # the place or the level the body belongs to ("成都市新都区", "国家", "市")
            j -= 1
        out.append(Span(start, b, "org", "org"))
    return out


def _field(word: tuple[int, int, str, str]) -> bool:
    """A word naming a field a body is named after (发展, 改革, 住房, 城乡): a noun, not itself a body."""
    w = word[2]
    return word[3] in ("n", "vn") and not (_BODY_SUFFIX.search(w) or _LONG_ORG_SUFFIX.search(w) or w[-1] in "院校所")


_COORDINATORS = ("和", "与", "及")
_BODY_SUFFIX = re.compile(r"(?:局|委员会|委|厅|部|署|办公室)$")  # government bodies (not 中心: "政治和经济中心")
_ORG_BRANCH_TAGS = frozenset(("n", "nr", "ns", "nz", "b", "j"))  # words of a branch's name after its parent
_LONG_ORG_SUFFIX = re.compile(alternation(s for s in ORG_SUFFIXES if len(s) >= 2) + "$")
# the units of a university or an academy, which are named after the fields they teach ("新闻与传播学院")
_ACADEMIC = re.compile(r"(?:学院|学系|研究所|研究院|研究中心|实验室)$")

# A web address: "www.sse.com.cn", "http://…", or a host ending in a common top-level domain.
_URL = re.compile(r"(?<![\w.@])(?:https?://[\w-]+(?:\.[\w-]+)+|www\.[\w-]+(?:\.[\w-]+)+|"
                  r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|hk|tw|mo)(?![\w-]))"
                  r"(?:/[\w./?=&%#-]*)?", re.ASCII)


def urls(folded: str) -> list[Span]:
    """Web addresses: where a document can be read is a place ("刊载于www.sse.com.cn")."""
    return [Span(m.start(), m.end(), "place", "url") for m in _URL.finditer(folded) if "." in m.group()]


def quotes(folded: str) -> list[Span]:
    """Quoted terms: “…”, 《…》, 「…」 — the span is inside the marks."""
    out = []
    for m in _QUOTES.finditer(folded):
        g = next(i for i in range(1, 7) if m.group(i) is not None)
        out.append(Span(m.start(g), m.end(g), "quote", "quote"))
    return out


def terms(folded: str, pos: Iterable[tuple[str, str]] = ()) -> list[Span]:
    """Noun phrases: runs of nouns and modifiers between punctuation, for "what" questions."""
    return _merged(pos, lambda w, f: f in _NOUN_TAGS and w not in _PUNCT and not w.isspace(), "term")


def extract(folded: str, pos: list[tuple[str, str]], names: Iterable[str] = (), freq: Freq = main_word_freq
            ) -> list[Span]:
    """Every typed span of a sentence."""
    when = times(folded, pos)
    # "4月" inside "4月13日" is part of a date, not a count.
    # "时隔12年" is a count of years as well as a time: a year of at most three digits stays a number.
    nums = [n for n in numbers(folded) if not any(t.start <= n.start and n.end <= t.end for t in when)
            or _YEARS.fullmatch(folded, n.start, n.end)]
    # "福报就是一份生于忧患…的报纸", "作为一名教师": 一 and a measure word after a copula is an article, no count
    nums = [n for n in nums if not (n.end - n.start == 2 and folded[n.start] == "一"
                                    and _COPULA_END.search(folded, 0, n.start))]
    if any(w in folded for w in ADVERB_NUMERALS):
        # "十分|顺畅", "一起|去": an adverb before a verb or an adjective, no count
        tags = {a: flag for a, _b, _w, flag in offsets(pos)}
        nums = [n for n in nums if folded[n.start:n.end] not in ADVERB_NUMERALS
                or tags.get(n.end, "x")[:1] not in ("v", "a", "d", "z")]
    people = persons(folded, pos, names, freq)
    # a name jieba cut into single characters right after a post ("副区长关|也|彤|介绍") is a person too
    people += names_after_posts(folded, pos, people)
    people = _longest(people + names_before_posts(folded, people, freq))  # "黄德|全会长": 黄德全, not 黄德
    if not people and not any(flag in _PERSON_TAGS for _w, flag in pos) and not _LATIN_WORD.search(folded):
        people = kin(folded)  # a sentence that names no one (no word a name's tag either) tells them by kin
    where = places(folded, pos, freq)
    marks = quotes(folded)
    # "青浦区“东方绿舟”": a name quoted right after a place is a place in it (a park, a camp, a venue)
    where += [Span(p.start, q.end + 1, "place", "place") for p in where for q in marks
              if q.start == p.end + 1 and folded[p.end] in "“「\"" and q.end - q.start <= 10]
    # "名山(八公山)": a name in brackets right after the noun it names is a place (an organisation) by its ending
    for m in _BRACKETED.finditer(folded):
        kind: SpanType | None = "place" if _PLACE_SUFFIX.search(m.group(1)) else (
            "org" if _ORG_SUFFIX.search(m.group(1)) else None)
        if kind is not None:
            where.append(Span(m.start(1), m.end(1), kind, "place" if kind == "place" else "org"))
    typed = people + where + orgs(folded, pos) + when + nums
    if " " in folded:
        typed = across_breaks(folded, pos, typed)
    web = urls(folded)
    if web:  # the pieces of a web address are no numbers, places or organisations of their own
        typed = [sp for sp in typed if not any(u.start <= sp.start < u.end for u in web)] + web
    return typed + marks + terms(folded, pos)


def across_breaks(folded: str, pos: Sequence[tuple[str, str]], typed: list[Span]) -> list[Span]:
    """Places and organisations widened over an e-paper's column break, a space inside the name ("假渔 人码头
    会展中心", "中信国 际电讯集团有限公司": jieba cut at the space, and the span started after it): from the span's
    start back over one noun, the space, and up to two nouns before it."""
    words = list(offsets(pos))
    ends = {b: i for i, (_a, b, _w, _f) in enumerate(words)}
    out = []
    for sp in typed:
        i = ends.get(sp.start, -1)
        if sp.type in ("place", "org") and i >= 0:
            if not _is_break(folded, words[i]) and words[i][3] in _BROKEN_NAME_TAGS and i >= 1 \
                    and _is_break(folded, words[i - 1]):
                i -= 1  # one piece of the name before the span ("际|电讯集团有限公司")
            if i >= 1 and _is_break(folded, words[i]):
                j, k = i - 1, 0
                while j >= 0 and k < 2 and words[j][3] in _BROKEN_NAME_TAGS:
                    j, k = j - 1, k + 1
                if k:
                    sp = Span(words[j + 1][0], sp.end, sp.type, sp.rule)
        out.append(sp)
    return out


def _is_break(folded: str, word: tuple[int, int, str, str]) -> bool:
    """The word is a column break: one space between two Chinese characters."""
    a, b, w, _f = word
    return w == " " and 0 < a and b < len(folded) and _CJK_CHAR.match(folded, a - 1) is not None \
        and _CJK_CHAR.match(folded, b) is not None


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_BROKEN_NAME_TAGS = frozenset(("n", "ng", "nz", "ns", "nr", "nt", "j"))
_BRACKETED = re.compile(r"(?<=[\u4e00-\u9fff])[(（]([\u4e00-\u9fff]{2,8})[)）]")


def mend_breaks(text: str, folded: str, freq: Freq = main_word_freq) -> str:
    """An answer's text without the e-paper's column-break spaces (`folded` is the same text folded): a space
    between two Chinese characters that together make a common word ("中信國 際電訊" → 中信國際電訊)."""
    if " " not in folded or len(text) != len(folded):
        return text
    cut = {i for i in range(1, len(folded) - 1) if folded[i] == " " and _splits_word(folded, i, freq)}
    return "".join(c for i, c in enumerate(text) if i not in cut)


def _splits_word(folded: str, at: int, freq: Freq) -> bool:
    """The space at `at` splits a common word (国 际, 渔 人): a column break, not a gap between names."""
    pair = folded[at - 1] + folded[at + 1]
    return all("\u4e00" <= c <= "\u9fff" for c in pair) and freq(pair) >= _COMMON_WORD


# Words that introduce a cause ("why") or a means ("how") inside a clause.
CAUSE = CAUSE_RE
MEANS = MEANS_RE


def clauses(folded: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of a sentence, split at commas, semicolons and colons."""
    out, start = [], 0
    for i, ch in enumerate(folded):
        if ch in ",，;；:：。!！?？":
            if i > start:
                out.append((start, i))
            start = i + 1
    if start < len(folded):
        out.append((start, len(folded)))
    return out


def expansion(folded: str, short: str, spans: Iterable[Span] = ()) -> Span | None:
    """The full form of an abbreviation: "综治中心" ↔ "社会治安综合治理中心" (its characters in order, within a
    noun phrase a few times its length). `spans` are the sentence's noun phrases, to find where the full form
    starts."""
    if not 2 <= len(short) <= 6:
        return None
    limit = 3 * len(short) + 2
    for i, ch in enumerate(folded):
        if ch != short[0]:
            continue
        j, k = i, 1
        while k < len(short) and j + 1 < len(folded) and j + 1 - i < limit:
            j += 1
            if folded[j] in _CLAUSE_END:
                break
            if folded[j] == short[k]:
                k += 1
        if k < len(short) or j + 1 - i == len(short):
            continue  # not all there, or the short form itself
        start = min((sp.start for sp in spans if sp.type == "term" and sp.start <= i < sp.end), default=i)
        return Span(start, j + 1, "term", "expansion")
    return None


def clause_of(folded: str, start: int, end: int) -> tuple[int, int]:
    """The clause(s) around a span, from the clause holding its start to the one holding its end."""
    parts = clauses(folded)
    a = next((x for x, y in parts if x <= start < y), start)
    b = next((y for x, y in parts if x < end <= y), end)
    return trim(folded, min(a, start), max(b, end))


def marked(folded: str, marker: re.Pattern[str]) -> list[Span]:
    """Clauses holding a cause or means marker, from the marker on ("随着青年群体的涌入")."""
    out = []
    for a, b in clauses(folded):
        m = marker.search(folded, a, b)
        if m:
            start, end = m.start(), trim(folded, m.start(), b)[1]  # the marker word stays: "由于肃宗年幼"
            if end > start:
                out.append(Span(start, end, "clause", "marker"))
    return out


def enumeration(folded: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span inside an enumeration ("民居、河道、青山") to all of its items.

    The first and last items run on into the clause ("千亩水杉与民居", "麦田相互映衬"); they are cut to the
    width of the items in between."""
    if not (folded[end:end + 1] == "、" or folded[start - 1:start] == "、"):
        return start, end
    a, b = next(((x, y) for x, y in clauses(folded) if x <= start < y), (start, end))
    parts, pos = [], a
    for piece in folded[a:b].split("、"):
        parts.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    if len(parts) < 2:
        return start, end
    middle = [y - x for x, y in parts[1:-1]]
    width = max(middle) if middle else end - start
    first, last = parts[0], parts[-1]
    return trim(folded, max(first[0], first[1] - width), min(last[1], last[0] + width))


# Nouns that carry a typed span on into its noun phrase ("南京市浦口区" + "明发珍珠泉大酒店", "阮爱馨" + "女士");
# on the left only proper nouns ("北魏" + "宣武帝"), so a title ("副组长刘捷") stays out of a name.
_WIDEN_RIGHT = WIDEN_RIGHT_TAGS
_WIDEN_LEFT = WIDEN_LEFT_TAGS
_WIDEN_RIGHT_COUNTED = frozenset(("ns", "nt"))


def widen(pos: Iterable[tuple[str, str]], start: int, end: int, question: str, kind: str = "", head: str = ""
          ) -> tuple[int, int]:
    """Widen a typed span [start, end) over the nouns right against it, the way CMRC answers quote the whole
    noun phrase. Words of the question are left out: the answer does not repeat it. A time or a number (`kind`)
    is not a noun phrase's head: it goes on over a place or an organisation only ("1984年洛杉矶"), not over a
    name or a noun that starts the clause's next phrase ("1989年昭和天皇", "28个协商", "目前国民"); a person over
    a title or the rest of a name only ("阮爱馨女士", "袁丽|嫦", not "蒋中正出面"). `head` opens with the noun the
    question asks for ("哪条路" → 路…): the answer ends with it though the question says it ("天目山" + "路")."""
    words = list(offsets(pos))
    text = "".join(w for _, _, w, _ in words)
    end0 = end
    counted = kind in ("time", "number")
    for a, b, w, flag in words:
        right = _WIDEN_RIGHT_COUNTED if counted and a == end0 else _WIDEN_RIGHT
        if kind == "person" and a == end and not (len(w) == 1 or flag in PERSON_TAGS or w.endswith(NAME_TITLES)
                                                  or trim_person(text, start, b) < b):
            # a name goes on over its title or the rest of it, not a noun ("蒋中正出面", "孔恩著作"); a word
            # holding the name's end and a verb ("曾俊|华联|同") is cut back by shape's trim_person
            break
        if a == end and flag in right and ((head and (head.startswith(w) or w.startswith(head)))
                                          or not _echoes(w, question)):
            end = b
    for a, b, w, flag in reversed(words):
        if b == start and flag in _WIDEN_LEFT and not _echoes(w, question):
            start = a
    return start, end


def _echoes(word: str, question: str) -> bool:
    """The word is in the question, or shares two characters in a row with it ("主持会议" ↔ "谁主持了会议")."""
    return word in question or any(word[i:i + 2] in question for i in range(len(word) - 1))


# ---------------------------------------------------------------- short answers for untyped questions

def headed(folded: str, typed: Iterable[Span], head: str, question: str) -> list[tuple[Span, float]]:
    """Noun phrases ending with the noun the question asks for ("哪一个宗教" ↔ "伊斯兰教", "最高峰为?" ↔
    "格尔拉赫峰"), with how firmly: 1 when the whole head ends it, 0.5 when only its last character does."""
    out: list[tuple[Span, float]] = []
    if head in _ABSTRACT_HEADS:
        return out
    for sp in typed:
        text = folded[sp.start:sp.end]
        if sp.type in ("time", "number") or len(text) < 2 or text in question or _COUNTED.match(text):
            continue
        if _echoed(text, question) > len(text) / 2 or all(c in question for c in text):
            continue  # mostly the question's own words ("世界世界纪录"; "北路" of "…老北门的主要干道")
        if text.endswith(head) and len(text) > len(head):
            out.append((Span(sp.start, sp.end, sp.type, "head"), 1.0))
        elif len(head) >= 2 and text.endswith(head[-1]) and head[-1] not in _WEAK_HEAD_ENDS:
            out.append((Span(sp.start, sp.end, sp.type, "head"), 0.5))
        elif len(head) == 2 and text.endswith(head[0]) and head[0] not in _WEAK_HEAD_ENDS:
            out.append((Span(sp.start, sp.end, sp.type, "head"), 0.5))  # "哪一种鱼类" ↔ "罗非鱼", 语言 ↔ 突厥语
        elif sp.type == "quote" and len(head) >= 2 and folded.startswith(head, sp.end + 1):
            out.append((sp, 1.0))  # "的栏目叫什么" ↔ "“高温酷暑访一线”栏目": the quote the asked noun follows
        elif sp.type == "quote" and head[-1] in _WORKS and folded[sp.start - 1:sp.start] == "《":
            out.append((Span(sp.start - 1, sp.end + 1, sp.type, "head"), 1.0))  # "哪一本书" ↔ "《周礼》"
    return out


def slot_named(folded: str, start: int, end: int, head: str) -> bool:
    """A slot both anchors hold that the noun asked closes names one thing of that kind whole: "桂林市|阳朔糖厂改造
    糖舍酒店|项目入选" for "桂林市哪个项目入选" (its noun runs alone cut it at the verb: 糖舍酒店项目). Not an
    abstract noun ("担任什么职务"), nor a slot across a clause mark, a copula or 的 (a description: "南岛语系的…
    语族", "锡克教则为…宗教"), nor one longer than a name."""
    n = end - start
    return head not in _ABSTRACT_HEADS and folded.endswith(head, start, end) and len(head) < n <= _SLOT_NAME \
        and not any(c in _CLAUSE_END or c in "、的是为" for c in folded[start:end])


_SLOT_NAME = 16  # the longest slot read as a name


def _echoed(text: str, question: str) -> int:
    """How many of text's characters lie in a two-character run the question holds too: "造船业" shares 造 and
    业 with "…制造业为哪一种行业" but no word, "世界世界纪录" repeats "世界纪录"."""
    inside = [False] * len(text)
    for i in range(len(text) - 1):
        if text[i:i + 2] in question:
            inside[i] = inside[i + 1] = True
    return sum(inside)


_WORKS = frozenset("书说作品令法歌曲诗剧片报刊志典约章经集传记")  # heads a title in 《》 answers
# Adverbs that stand between a subject and its copula ("喀喇汗国也是…", "都是95后"): they go with the copula.
_COPULA_ADVERBS = "也还则都亦仍正又均皆才就"
# "…的总称指的是|什么", "…的应用又称为|什么" (an adverb before the copula goes with it)
_ASKING_TAIL = re.compile(r"(?:[" + _COPULA_ADVERBS + r"]|通常|一般)?"
                          r"(?:指的是|是指|就是|即是|被称为|称为|叫做|为|是|有|的)+$")
# an adverb may stand between the subject and its copula ("喀喇汗国也是…")
_COPULA_BEFORE = re.compile(r"[" + _COPULA_ADVERBS + r"]?"
                            r"(?:被认为是|被视为|被称为|被誉为|成为|即是|就是|乃是|便是|乃|即|是|为)$")


def before_copula(folded: str, typed: Iterable[Span], left: str) -> list[Span]:
    """The noun phrase right before a copula the question's left anchor follows in the sentence: "最早发展都市
    计画的文明为?" ↔ "印度河文明被认为是最早发展都市计画的文明" → 印度河文明 (the question turned the
    sentence around)."""
    anchor = _ASKING_TAIL.sub("", left.strip())
    end, n = _find_suffix(folded, anchor)
    if n < 3 or n < len(anchor) / 3:
        return []
    at = end - n
    m = _COPULA_BEFORE.search(folded, 0, at)
    if m is None:
        return []
    named = [sp for sp in typed if sp.type not in ("time", "number") and sp.end - sp.start >= 2
             and folded[sp.start:sp.end] not in left]
    spans = [sp for sp in named if sp.end == m.start()]
    if not spans and folded[:m.start()].rstrip().endswith(("，", ",")):
        # "原始宗教，是史前人类宗教信仰和习俗的总称": the sentence's topic, told before the comma — its whole
        # first clause when that is all before the copula, else its first noun phrase
        parts = clauses(folded[:m.start()])
        a, b = trim(folded, *parts[0]) if len(parts) == 1 else (0, 0)
        if 2 <= b - a <= 15 and folded[a:b] not in left:
            return [Span(a, b, "term", "subject")]
        spans = sorted((sp for sp in named if sp.end < m.start()), key=lambda sp: sp.start)[:1]
    return [Span(sp.start, sp.end, sp.type, "subject") for sp in spans]


def owner(folded: str, left: str, right: str) -> list[Span]:
    """"X是哪个Y的?" turned around in the sentence, "…Y的X": the noun phrase closed by Y right before 的X, from its
    clause's start ("三屯河大桥是哪个公路项目的" ↔ "昌吉州西部南山伴行公路项目的三屯河大桥" → 昌吉州西部南山伴行公路
    项目)."""
    subject = _OWNER_LEFT.sub("", left.strip())
    noun = right.strip().rstrip("?？").strip()
    if not noun.endswith("的") or len(subject) < 2:
        return []
    noun = noun[:-1]
    if len(noun) < 2:
        return []
    out = []
    at = folded.find(noun + "的" + subject)
    while at >= 0:
        start = _clause_start(folded, at)
        start, end = trim(folded, start, at + len(noun))
        if len(noun) < end - start <= _SLOT_NAME:
            out.append(Span(start, end, "term", "head"))
        at = folded.find(noun + "的" + subject, at + 1)
    return out


_OWNER_LEFT = re.compile(r"(?:是|属于|为)$")
_WEAK_HEAD_ENDS = frozenset("人者物事的子性化度项种类个")  # a shared last character that says nothing of the kind
# Heads that ask for a statement, not a name: "担任什么职务" is answered by "任…副部长", "什么事件" by an event.
_ABSTRACT_HEADS = frozenset(("职务", "职位", "工作", "事件", "事情", "活动", "作用", "影响", "原因", "问题", "方式",
                             "方法", "情况", "情形", "内容", "意义", "特点", "变化", "措施", "举措", "决定", "后果",
                             "结果", "目的", "关系", "状况", "样子", "东西", "职业", "身份", "原理", "用途",
                             "理论", "意思", "由来", "来源", "功能", "特色", "特征", "性质", "优点", "缺点",
                             "好处", "规定", "条件", "经历", "成就", "贡献", "地位", "过程", "任务", "职责"))
_COUNTED = re.compile(r"[\d" + _CN_DIGITS + r"几多数]+[个项种类名位场次条家所座支部本首件批届些]")  # "两种语言"
_ITEM_SEP = re.compile(r"、|以及|及|和|与|跟")


_ORDINAL = ORDINAL


_RANK_MEASURE = "(?:名|位|届|次|轮|代|任|批|期|场|个|号)?"


_ASKS_ORDINAL = re.compile(r"第几|哪一(?=[号届期任])")


def ordinals(folded: str, question: str) -> list[Span]:
    """"第几区" ↔ "第1区", "排名第几" ↔ "第4": the ordinals of a sentence, with the word the question puts after
    第几 (its 的 left out: "第几的产业" ↔ "第二产业"); 哪一 before an ordinal's measure word asks the same ("哪一号
    条例" ↔ "第10号条例")."""
    asked = _ASKS_ORDINAL.search(question)
    if asked is None:
        return []
    after = question[asked.end():].lstrip("的")
    word = re.match(r"[\u4e00-\u9fff]{1,2}", after)
    tail = re.escape(word.group()) if word else ""
    if word and word.group()[0] in _RANK_MEASURE:
        tail = re.escape(word.group()[0])  # "哪一号卫生部条例": the measure word alone, not "号卫"
    # nothing after 第几 ("排第几"): the ordinal keeps the measure word it is printed with ("第14位", "第4名")
    rx = re.compile(_ORDINAL + (f"(?:{tail}|{tail[:1]})" if tail else _RANK_MEASURE))
    return [Span(m.start(), m.end(), "number", "ordinal") for m in rx.finditer(folded)
            if m.group() not in question]


# A question that names some items and asks for the one left ("除了…还有", "一个是…，另一个是?", "…以及?").
REST_QUESTION = re.compile(r"还有|另一|另外|除了|之外|以外|其余|剩下|"
                           r"(?:以及|及|和|与|、)\s*(?:哪|什么|何|谁|[?？]?\s*$)")


def rest_items(folded: str, typed: Iterable[Span], question: str) -> list[Span]:
    """The items of an enumeration the question does not name, when it names some of them and asks for the one
    left: "散曲四大名家指的是马致远、张可久、乔吉，还有一位是?" ↔ "四大名家有关汉卿、马致远、张可久与乔吉"
    → 关汉卿."""
    out: list[Span] = []
    if not REST_QUESTION.search(question):
        return out
    nouns = sorted(typed, key=lambda sp: sp.start)
    for a, b in clauses(folded):
        seps = [m for m in _ITEM_SEP.finditer(folded, a, b)]
        if not seps or "、" not in folded[a:b] and len(seps) > 1:
            continue
        items: list[tuple[int, int]] = []
        edges = [a] + [x for m in seps for x in (m.start(), m.end())] + [b]
        for x, y in zip(edges[::2], edges[1::2], strict=True):
            items.append((x, y))
        # The first and last items run on into the clause: keep the noun phrase against the separator.
        first, last = items[0], items[-1]
        items[0] = next(((sp.start, sp.end) for sp in reversed(nouns)
                         if sp.end == first[1] and sp.start >= first[0]), first)
        items[-1] = next(((sp.start, sp.end) for sp in nouns if sp.start == last[0] and sp.end <= last[1]), last)
        items = [trim(folded, x, y) for x, y in items]
        named = [_in_question(folded[x:y], question) for x, y in items]
        if len(items) < 2 or not any(named) or all(named):
            continue
        for (x, y), seen in zip(items, named, strict=True):
            if not seen and 2 <= y - x <= 20:
                out.append(Span(x, y, "term", "rest"))
    return out


def _in_question(item: str, question: str) -> bool:
    """The item is named in the question (whole, or two thirds of its characters in a row)."""
    if len(item) < 2:
        return False
    if item in question:
        return True
    n = max(2, -(-2 * len(item) // 3))
    return any(item[i:i + n] in question for i in range(len(item) - n + 1))


# A question asking what something is called, and the words that name it in a sentence: after them is the name.
NAMING_QUESTION = re.compile(r"叫什么|叫做什么|叫作什么|称为什么|称作什么|简称|别称|别名|原名|又称|俗称|俗名|全称|"
                             r"学名|英文名|译名|外号|绰号|昵称|名称|名字|叫法|称号|本名|前身|旧称|旧名|古称|曾用名")
_NAMING = re.compile(r"被称为|被称作|被誉为|称之为|称为|称作|叫做|叫作|又名|原名|简称|别称|别名|又称|俗称|俗名|全称|"
                     r"学名|英文名称|英文名|译名|外号|绰号|昵称|名为|誉为|称号|译作|译为|本名|前身为|前身是|前身|"
                     r"旧称|旧名|古称|称|叫")


def named(folded: str, question: str) -> list[tuple[Span, float]]:
    """What follows a naming word ("又称蓝线白𫚭", "称为小鸟球", "简称：DQ") to the clause end, with how firmly:
    1 when the question uses the same naming word, 0.5 for another one; and a quoted term right after two or more
    of the question's characters ("雕塑《梦舟》"), 0.5."""
    out = []
    for m in _NAMING.finditer(folded):
        start = m.end()
        while start < len(folded) and folded[start] in "：:为是「“《 ":
            start += 1
        end = start
        while end < len(folded) and folded[end] not in "，,。；;！!？?":
            end += 1
        start, end = trim(folded, start, end)
        text = folded[start:end]
        if not 1 <= end - start <= 30 or text in question:
            continue
        out.append((Span(start, end, "term", "named"), 1.0 if m.group() in question else 0.5))
    for sp in quotes(folded):
        # "主题雕塑《梦舟》揭幕": a title quoted right after the noun whose name is asked ("主题雕塑叫什么名字")
        before = folded[max(0, sp.start - 5):sp.start - 1]
        if folded[sp.start:sp.end] not in question and any(before[i:] in question for i in range(len(before) - 1)):
            out.append((sp, 0.5))
    return out


_DEFINING = re.compile(r"(?:也就是|就是|即是|便是|是指|指的是|乃是|即(?![将使便可刻时日]))(?:说)?")


def defined(folded: str, subject: str) -> list[Span]:
    """What a later clause says the subject is: "“仰尘”可能很多现代年轻人不知道,就是过去房间的天花板" → 过去房间的
    天花板 for "“仰尘”是什么" — a clause opening with a defining copula (就是, 即, 是指) after a clause of the same
    sentence that names the subject, at most 30 characters."""
    at = folded.find(subject) if len(subject) >= 2 else -1
    if at < 0:
        return []
    out = []
    for a, b in clauses(folded):
        if a < at + len(subject):
            continue
        m = _DEFINING.match(folded, a)
        if m is None:
            continue
        start, end = trim(folded, m.end(), b)
        if 2 <= end - start <= 30:
            out.append(Span(start, end, "term", "named"))
        break
    return out


# ---------------------------------------------------------------- slot alignment

@dataclass(frozen=True)
class Slot:
    """Where a question's anchors put the answer in a sentence.

    left/right: characters of the left/right anchor matched; left_end/right_start: where those anchors end and
    begin in the sentence (-1 when not found), so a typed span can be checked for sitting right against them."""

    start: int
    end: int
    left: int
    right: int
    left_end: int = -1
    right_start: int = -1
    left_found: int = 0  # anchor characters matched, whether or not the slot uses that anchor
    right_found: int = 0
    left_len: int = 0  # the question's anchors' lengths
    right_len: int = 0

    def touch(self, start: int, end: int, gap: int = 2) -> float:
        """How firmly the span [start, end) sits against the anchors, 0–1: an anchor side matched for four
        characters, or whole when it is two or three long ("由谁|主持"), counts fully."""
        firm = 0.0
        if self.left_found and 0 <= start - self.left_end <= gap:
            firm += self.left_found / min(4, max(2, self.left_len))
        if self.right_found and 0 <= self.right_start - end <= gap:
            firm += self.right_found / min(4, max(2, self.right_len))
        if (not firm and self.left_found and self.right_found and 0 <= self.left_end - self.left_found - end <= 1
                and 0 <= self.right_start - self.left_end <= gap):
            # fronted before the subject and its verb: "2017年4月1日|雄安新区成立" ↔ "雄安新区是哪天成立的"
            firm = (self.left_found / min(4, max(2, self.left_len))
                    + self.right_found / min(4, max(2, self.right_len)))
        return min(1.0, firm)


def align(folded: str, left: str, right: str, max_len: int = 40, lists: bool = False, head: str = ""
          ) -> Slot | None:
    """Align a question's slot with a sentence: "会议在|哪里|召开" ↔ "会议在杭州召开" → 杭州.

    The longest suffix of `left` found in the sentence ends where the answer starts; the longest prefix of
    `right` found after it starts where the answer ends. With one anchor only, or anchors out of order or far
    apart, the stronger anchor alone counts and the answer runs to the clause boundary on the open side (past
    "、" with `lists`: an untyped answer keeps a list's items together, "为“生产外包、直营销售…”"). A right anchor
    opening with the noun asked (`head`) that the sentence does not print there is looked up without it:
    "由哪个|单位主管主办" ↔ "中共…委员会|主管主办" (the answer names the body, not "单位").
    """
    if head and right.startswith(head) and len(right) - len(head) >= 2 and right[:len(head) + 2] not in folded:
        right = right[len(head):]
    ends = _LIST_END if lists else _CLAUSE_END
    a, n_left = _find_suffix(folded, left)
    if 2 <= n_left < len(left.strip()):
        a, n_left = _closer_left(folded, left.strip(), a, n_left)
    paren = _PAREN_AFTER.match(folded, a) if a >= 0 else None
    if paren and right.strip() and paren.group().strip(" ()（）").endswith(right.strip()[:2]):
        paren = None  # "名山|(八公山)" for "名山是哪座|山": the bracket names what is asked
    if paren:
        a = paren.end()  # "国内生产总值(GDP)|284997亿元": a parenthesis after the anchor is no part of the answer
    b, n_right = _find_prefix(folded, right, a if a >= 0 else 0)
    if b < 0 and a >= 0:
        b, n_right = _find_prefix(folded, right, 0)  # the right anchor may come first ("由谁主持" ↔ "X主持")
    if a < 0 and b < 0:
        return None
    left_end, right_start = a, b
    if a >= 0 and b >= 0 and 0 <= b - a <= max_len:
        options = [(a, b)]
    else:  # one anchor alone (the stronger first); the answer runs to the clause boundary on the open side
        options = [(a, _clause_end(folded, a, ends)), (_clause_start(folded, b, ends), b)]
        if n_right > n_left:
            options.reverse()
    for x, y in options:
        if x < 0 or y < 0:
            continue
        if x == a and y == _clause_end(folded, a, ends):
            y = apposition_end(folded, y)  # "比做当今报业战国时代,一个能自给自足的小城邦"
        start, end = trim(folded, x, y)
        if end > start:
            return Slot(start, end, n_left if 0 <= left_end <= start else 0, n_right if right_start >= end else 0,
                        left_end, right_start, n_left, n_right, len(left.strip()), len(right.strip()))
    # No span between the anchors, but where they sit still tells which candidates touch them.
    return Slot(0, 0, 0, 0, left_end, right_start, n_left, n_right, len(left.strip()), len(right.strip()))


def apposition_end(folded: str, end: int) -> int:
    """Where an open slot ends once the apposition after its clause is taken in: the sentence's last clause, a
    count of one and a noun phrase with its 的 ("当今报业战国时代,|一个能自给自足的小城邦。"), else `end`."""
    m = _APPOSITION.match(folded, end)
    return m.end(1) if m else end


_APPOSITION = re.compile(r"[,，]\s?(一[个种座家位所项件门部本条名][^,，;；:：。！!？?]{0,16}的"
                         r"[^,，;；:：。！!？?的]{1,8}(?<![了过着]))\s*(?:[。！!？?]|$)")
_PAREN_AFTER = re.compile(r"\s?[（(][^（()）]{1,20}[）)]")
# An untyped one-anchor slot runs to the clause boundary across "、": a list's items go together.
_LIST_END = LIST_CLAUSE_END


def noun_runs(pos: Iterable[tuple[str, str]], start: int, end: int) -> list[Span]:
    """The runs of nouns inside [start, end) ("巴克提派的虔信运动和伊斯兰教苏菲派一神论" → 巴克提派, 虔信运动,
    伊斯兰教苏菲派一神论) and each run's prefixes that end at a word, so a noun the asked head ends may be cut
    out of a longer run (伊斯兰教)."""
    out: list[Span] = []
    run: list[tuple[int, int]] = []
    for a, b, _, flag in [*offsets(pos), (end, end, "", "x")]:
        if start <= a and b <= end and flag.startswith(_NOUN_FLAGS):
            run.append((a, b))
            continue
        out.extend(Span(run[0][0], y, "term", "head") for _, y in run)
        run = []
    return out


_NOUN_FLAGS = ("n", "j", "eng", "b", "vn", "a")


def _clause_start(folded: str, i: int, ends: frozenset[str] = _CLAUSE_END) -> int:
    if i < 0:
        return -1
    while i > 0 and folded[i - 1] not in ends:
        i -= 1
    return i


def _clause_end(folded: str, i: int, ends: frozenset[str] = _CLAUSE_END) -> int:
    if i < 0:
        return -1
    while i < len(folded) and folded[i] not in ends:
        i += 1
    return i


def _find_suffix(text: str, left: str) -> tuple[int, int]:
    """(end offset, length) of the longest suffix of `left` in `text` (≥ 2 chars unless `left` is shorter).

    Light words the sentence often lacks ("总量是多少" ↔ "总量高达", "引入了" ↔ "引入") are tried without."""
    best = (-1, 0)
    for variant in _variants(left.rstrip(), LINK_CHARS):
        least = min(2, len(variant))
        for n in range(len(variant), max(least, 1) - 1, -1):
            if n <= best[1]:
                break
            i = text.find(variant[-n:])
            if i >= 0:
                best = (i + n, n)
                break
    return best


def _closer_left(text: str, left: str, end: int, n: int) -> tuple[int, int]:
    """(end offset, length) of the left anchor's place: the longest suffix's, unless a suffix of it (three
    characters or more) ends elsewhere with at least two more of the anchor's bigrams before it in its clause —
    "目前的柴油售价每公升|多少" ↔ "在柴油售价每公升33铢…,使得目前的柴油售价在每公升|29.99铢": the words the question
    puts first (目前) say which of two figures it asks. (Any suffix and any bigram more moved three DRCD answers, all
    for the worse.)"""
    grams = {left[i:i + 2] for i in range(len(left) - 1)}

    def held(e: int) -> int:
        window = text[max(_clause_start(text, e), e - len(left) - 6):e]
        return sum(g in window for g in grams)

    best = (held(end), end, n)
    for k in range(n, 2, -1):
        i = text.find(left[-k:])
        while i >= 0:
            if i + k != end:
                got = held(i + k)
                if got > best[0] + 1:
                    best = (got, i + k, k)
            i = text.find(left[-k:], i + 1)
    return best[1], best[2]


def _find_prefix(text: str, right: str, after: int) -> tuple[int, int]:
    """(start offset, length) of the longest prefix of `right` in `text` at or after `after`."""
    best = (-1, 0)
    for variant in _variants(right.lstrip(), ANCHOR_RIGHT_LIGHT):
        least = min(2, len(variant))
        for n in range(len(variant), max(least, 1) - 1, -1):
            if n <= best[1]:
                break
            i = text.find(variant[:n], after)
            if i >= 0:
                best = (i, n)
                break
    return best


def _variants(anchor: str, light: str) -> list[str]:
    """The anchor, without light words at its open end, and without "了" anywhere."""
    out = [anchor, anchor.strip(light), anchor.replace("了", "")]
    return [v for i, v in enumerate(out) if v and v not in out[:i]]


def trim_person(folded: str, start: int, end: int) -> int:
    """The end of a name with a glued speech or link verb cut off ("陈时中表示" → 陈时中, "曾俊华联|同" → 曾俊华);
    the name keeps at least two characters."""
    for word in PERSON_TRAILING_WORDS:
        for k in range(len(word), 0, -1):  # the word ends at the span's end, or runs past it
            cut = end - k
            if cut - start >= 2 and folded.startswith(word, cut):
                return cut
    return end


_COPULA_END = re.compile(r"(?:是|为|成为|作为)$")
_YEARS = re.compile(r"\d{1,3}\s?(?:多|余)?年(?:\s?(?:至|到|-|~|—)\s?\d{1,3}\s?(?:多|余)?年)?")  # 12年, 3年-5年
_COORDINATED = re.compile(r"(?:、|和|与|及|以及)[\u4e00-\u9fff]{0,6}")


def coordinated(folded: str, people: Sequence[Span], start: int, end: int) -> tuple[int, int]:
    """[start, end) widened over the names coordinated with it ("唐登杰和省长卢东亮", "秦晖、肖桂来"): a name
    joins when only a coordinator and at most a short title stand between ("和省长")."""
    spans = sorted((p.start, p.end) for p in people)
    for a, b in spans:
        if a >= end and _COORDINATED.fullmatch(folded, end, a):
            end = b
    for a, b in reversed(spans):
        if b <= start and _COORDINATED.fullmatch(folded, b, start):
            start = a
    return start, end




def trim(folded: str, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation and light words at the edges of a span ("是杭州，" → "杭州")."""
    while start < end and (folded[start] in _PUNCT or folded[start] in SPAN_OPEN_TRIM
                           or (folded[start] in _COPULA_ADVERBS and folded[start + 1:start + 2] in ("是", "为"))):
        start += 1  # "都是95后…": an adverb before the copula goes with it
    while end > start and (folded[end - 1] in _PUNCT or folded[end - 1] in LIGHT_CHARS):
        end -= 1
    # Keep a quoted term whole: "新时代“枫桥经验" → "新时代“枫桥经验”".
    opened = folded.rfind("“", start, end)
    if opened >= 0 and folded.find("”", opened, end) < 0 and folded[end:end + 1] == "”":
        end += 1
    return start, end


# ---------------------------------------------------------------- helpers

def offsets(pos: Iterable[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, word, flag) for jieba's (word, flag) pairs, which tile the text (a list: every typed-span
    scan reads them, and a list is made faster than a generator is walked)."""
    out = []
    i = 0
    for w, flag in pos:
        j = i + len(w)
        out.append((i, j, w, flag))
        i = j
    return out


def _merged(pos: Iterable[tuple[str, str]], keep: Callable[[str, str], bool], kind: SpanType) -> list[Span]:
    spans: list[Span] = []
    start, end = -1, -1
    for a, b, w, flag in offsets(pos):
        if keep(w, flag):
            if start < 0:
                start = a
            end = b
        elif start >= 0:
            spans.append(Span(start, end, kind, _RULE_OF[kind]))
            start = -1
    if start >= 0:
        spans.append(Span(start, end, kind, _RULE_OF[kind]))
    return spans


def _longest(spans: Iterable[Span]) -> list[Span]:
    """Drop spans inside a longer span of the same type; keep order of appearance (of two spans over the same
    characters, the first found: a set would make the choice depend on the hash seed)."""
    spans = sorted(dict.fromkeys(spans), key=lambda s: (s.start, -(s.end - s.start)))
    out: list[Span] = []
    for s in spans:
        if out and s.start >= out[-1].start and s.end <= out[-1].end:
            continue
        out.append(s)
    return out


_RULE_OF: dict[str, SpanRule] = {"place": "place", "term": "term"}

# ---------------------------------------------------------------- every word-aligned span

# A span neither starts nor ends with these light words ("是杭州", "杭州的"): the answer never does.
_EDGE_LIGHT = SPAN_EDGE_LIGHT
# Spans stay inside a clause; "、" joins list items, so it does not end one.
_SPAN_BREAK = SPAN_BREAK


def spans(pos: Iterable[tuple[str, str]], max_chars: int = 20, max_words: int = 10) -> list[Span]:
    """Every word-aligned span of at most `max_chars` characters inside a clause that neither starts nor ends
    with punctuation or a light word. The ceiling of span answers lies here (the best such span of the top
    sentences is far better than any typed rule's); fitted features choose among them."""
    words = list(offsets(pos))
    out: list[Span] = []
    for i, (a, _b, w, _f) in enumerate(words):
        if _bad_edge(w):
            continue
        for j in range(i, min(len(words), i + max_words)):
            _a2, b2, w2, _f2 = words[j]
            if b2 - a > max_chars or any(c in _SPAN_BREAK for c in w2):
                break
            if not _bad_edge(w2):
                out.append(Span(a, b2, "span", "span"))
    return out


def _bad_edge(word: str) -> bool:
    return not word.strip() or all(c in _PUNCT for c in word) or word in _EDGE_LIGHT


# ---------------------------------------------------------------- ranked lists

_RANKED_TAIL = re.compile(r"(?:分居|分列|依次位列|依次列|分获|包揽)了?"
                          r"(?:前([二三四五六七八九十\d]{1,2})[名位强]?|冠亚季军)")
_GLOSS = re.compile(r"[(（][^()（）]{0,20}[)）]")  # a score or note after an item: "中国队(182.200分)"


def ranked_items(folded: str) -> list[tuple[int, int]]:
    """The items of a ranked list, in their order ("中国队(182.200分)、美国队(181.350分)、俄罗斯队(177.325分)分居前
    三位" → 中国队, 美国队, 俄罗斯队), each without its gloss; [] when the sentence holds none, or the list has
    fewer or more items than it ranks."""
    m = _RANKED_TAIL.search(folded)
    if m is None:
        return []
    plain = _GLOSS.sub(lambda g: " " * len(g.group(0)), folded[: m.start()])  # same offsets, glosses blanked
    start = max(plain.rfind(c) for c in "。;；,，:：!！?？") + 1
    items: list[tuple[int, int]] = []
    at = start
    for part in plain[start:].split("、"):
        a = at + len(part) - len(part.lstrip())
        b = at + len(part.rstrip())
        if b - a < 1 or b - a > 15:
            return []
        items.append((a, b))
        at += len(part) + 1
    size = ordinal_value(m.group(1)) if m.group(1) else 3
    return items if len(items) == size >= 2 else []
