"""Typed candidate spans in a sentence, one generator per source: numbers with their units, times and eras,
places, organisations, URLs, quoted terms, and people (names.py); `extract` runs them all. Also the filters that
tell a typed span of another thing (a count of another noun, the other side of a pair, a "分别" pairing).

The extractors are rules (regular expressions and jieba part-of-speech tags) on the folded sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..lexicon import (
    ADMIN_SUFFIXES,
    ADVERB_NUMERALS,
    CJK,
    CN_DIGITS,
    COMPOUND_SURNAMES,
    CONTRASTS,
    ERA_WORDS,
    GENERIC_PLACES,
    LIST_CLAUSE_END,
    NOUN_TAGS,
    ORG_SUFFIX_RE,
    ORG_SUFFIXES,
    PERSON_TAGS,
    PLACE_CHAIN_RE,
    PLACE_SUFFIX_RE,
    PLACE_SUFFIXES,
    PROVINCES,
    PUNCT,
    ROMAN_DIGITS,
    SHORT_ORGS,
    SURNAMES,
    TRANSLIT_CHARS,
    UNIT_PATTERN,
    VENUE_SUFFIXES,
    all_han,
    alternation,
)
from ..tokenize import main_word_freq
from .feature_named import named_kinds
from .names import (
    COMMON_WORD,
    NAME_DOTS,
    kin,
    latin_names,
    names_after_posts,
    names_before_posts,
    names_glued_to_verbs,
    persons,
    surname_cut_before_address,
)
from .polity import polities
from .question import SpanType
from .regex_needs import NeedIndex
from .spans import Freq, Span, Tags, clause_end, clause_start, longest_spans, offsets, paired_others, tag_runs
from .translit_place import translit_places

# "4 600多公顷", "1 732平方公里": a figure with a space between its groups of thousands is one figure
_ARABIC = r"(?:\d{1,3}(?: \d{3})+(?![\d.,])|\d+(?:[.,]\d+)*)"
_AMOUNT = r"(?:\d+|[" + CN_DIGITS + r"]+)"
_NUMBER_RES = (
    # 百分之六十六, 百分之12; any fraction: 五分之一, 三分之二, 百万分之一 (with a unit after it: 百万分之一弧秒 is
    # one unit of its own, so only the measure words of UNITS)
    re.compile(r"百分之[" + CN_DIGITS + r"\d.]+"),
    re.compile(r"(?:\d+|[" + CN_DIGITS + r"]+)分之(?:\d+(?:\.\d+)?|[" + CN_DIGITS + r"]+)"),
    # the same in figures with a slash: 占国土总面积2/3的山区 (a share, not the 2 before it; a date's slashes run on:
    # 2020/12/29 is no fraction)
    re.compile(r"(?<![\d./])\d{1,2}/\d{1,2}(?![\d./])"),
    # a range with its unit on both ends: 24℃~26℃, 3公里至5公里
    re.compile(_ARABIC + r"\s?(?P<u>" + UNIT_PATTERN[3:-1] + r")\s?(?:至|到|-|~|—)\s?" + _ARABIC + r"\s?(?P=u)"),
    # 75.11万人次, 18个, 66%, 19至35岁, 3000多名
    # (近4000名, 逾300人, 超3000人: the approximating word is part of the amount, as 近千人 below; 最近3天 is not)
    re.compile(r"(?:约|第|(?<![最附接靠邻临亲])近|逾|(?<![赶高])超)?" + _ARABIC
               + r"(?:[万亿千]\d{1,4}(?=[万亿]|" + UNIT_PATTERN[3:-1] + r"))?"  # 14万2510个, 6千500名
               # a range's first end may carry its own magnitude: 2万到10万元 (one amount, not 10万元)
               # (兆瓦 and 千瓦 are units, not a magnitude before 瓦: 50兆瓦)
               r"(?:(?:万亿|万|亿)?\s?(?:至|到|-|~|—)\s?" + _ARABIC + r")?\s?(?:万亿|万|亿|兆(?!瓦)|千(?!瓦)|百)?"
               r"(?:多|余)?\s?"
               r"(?:" + UNIT_PATTERN[3:-1] + r"|大(?=[^\W\d_]))?"),
    # a race time: 8秒01 (hundredths after the unit), 2分03秒, 1小时02分03秒; a jump or a throw: 2米20, 17米98
    # (the centimetres after the unit, as field events are written)
    re.compile(r"(?:\d{1,2}小时)?(?:\d{1,3}分)?\d{1,2}秒\d{1,3}(?![\d.])|(?:\d{1,2}小时)?\d{1,3}分\d{1,2}秒"
               r"|(?<![\d.])\d{1,2}米\d{2}(?![\d.万亿千百个名人位家元岁年天次分秒米])"),
    # a score or a tally: 1:0, 73:71, 3比2 (a clock time "10:30" has the same shape; a when-question does not
    # take a number, so it does no harm there)
    re.compile(r"(?<![\d.:：])\d{1,3}\s?(?:[:：]|比)\s?\d{1,3}(?![\d.:：分时点])"),
    # 七八个, 十八个, 两千余人, 三成 (a Chinese numeral needs its unit, else "一" in 一站式 would count); 上百次,
    # 数十个, 近千人: the approximating word is part of the amount
    # and a range: 三至五家; a decimal point between digits written one by one: 一五一.八公里 (Taiwan), or the
    # word for it: 九點四公斤 (its digits after it are never 十: 三点十分 is a clock time)
    re.compile(r"(?:(?:[上数近超逾]|(?<![经通越超度错])过)(?=[十百千万]))?[" + CN_DIGITS + r"几]+"
               r"(?:[.点][〇○零一二三四五六七八九]+)?"
               r"(?:[至到][" + CN_DIGITS + r"几]+)?(?:多|余)?(?:"
               # 五成四 (Taiwan, Hong Kong: 54%): the tenths, then a digit of hundredths
               r"成[一二三四五六七八九](?![〇零一二三四五六七八九十百千万亿个名人位家元岁年天次])|"
               + UNIT_PATTERN[3:-1] + r"|成)"
               # 两年多 (more than two years): the 多 after a count of years is the count's, not a word of what
               # follows (三年多次 is three years, many times; 两年多少 asks)
               r"(?:(?<=[一二两三四五六七八九十几]年)多(?![次个种项名人家位条件处所批场万亿元少样方面年倍]))?"),
    # a duration of two units: 三年零六个月, 1小时20分钟, 两年半; half an hour: 半个小时, 一个半小时, 两个半月
    # (a Hong Kong site spaces figures from their units: "4 年 11 個月")
    re.compile(_AMOUNT + r"\s?个?(?:年|个月|天|个?小时|个钟头)\s?(?:零|又)?"
               + _AMOUNT + r"\s?个?(?:个月|天|小时|分钟|秒)"
               r"|" + _AMOUNT + r"(?:年|个?小时|个月)半"
               r"|(?<![上下前后])(?:" + _AMOUNT + r"个)?半个?(?:小时|钟头|月)"),
    # a half told as a share: 一半以上病人, 半数以上 (a share of what follows, as 40%病人 is)
    re.compile(r"(?:一半|半数|过半)(?:以上|以下|左右)"),
    # 百万, 上千万, 数十亿 (amounts without a unit)
    re.compile(r"(?:上|数|近|超)?[一二两三四五六七八九十几]*[十百千][万亿]"),
    # a body's term and its session told as one: 七届三次(会议), 十八届三中(全会) — "第几届几次" asks both
    re.compile(r"[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,2}(?:次|中)"),
    # a level in Roman numerals, as emergency responses and warnings are graded: 应急响应为Ⅲ级, Ⅳ级应急响应
    re.compile(rf"[{ROMAN_DIGITS}]{{1,3}}级"),
)
_TIME_RES = (
    # (a Hong Kong site spaces its figures from their units: "2021 年 10 月 19 日"; "2018年1月10举行了换届选举",
    # vitaminbnews.com: the day's 日 left out before the verb of what happened that day — still the day)
    re.compile(r"(?:公元前?|(?:中华)?民国\s?)?\d{1,4}\s?年度?(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?(?:[日号]|"
               r"(?=举行|召开|举办)))?)?"
               r"(?:上午|下午|晚上|凌晨|早上|中午)?"
               r"(?:初|底|末|上旬|中旬|下旬|中|春|夏|秋|冬)?"),
    # a span of days: 7月25日至26日, 3月30日到4月2日 (the visit's days, not its first); 2014年7月21-22日, the
    # days of one month joined by a hyphen
    re.compile(r"\d{1,2}\s?月\s?\d{1,2}\s?[日号]?\s?(?:至|到|~)\s?(?:\d{1,2}\s?月\s?)?\d{1,2}\s?[日号]"
               r"|(?:\d{4}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}-\d{1,2}\s?[日号]"),
    # a span of bare days right after its subject, the month the page's: "夏立言18日至21日訪問印尼期間" (指傳媒)
    re.compile(r"(?<=[\u4e00-\u9fff])\d{1,2}\s?[日号]\s?(?:至|到)\s?\d{1,2}\s?[日号](?![内里之以前后间])"),
    # (the hour printed after the day stays with it: "于7月3日11时发布", "3月5日上午9时30分")
    re.compile(r"\d{1,2}\s?月\s?\d{1,2}\s?[日号](?:上午|下午|晚上|凌晨|早上|中午)?"
               r"(?:\d{1,2}\s?[点时](?:\d{1,2}分|半)?(?:左右|许)?)?"),
    re.compile(r"\d{1,2}\s?[日号](?:上午|下午|晚上|凌晨|早上|中午)"),
    # a bare day opening a sentence or clause, the month the page's ("21日,正给灾区群众发放…的刘涛见到了母亲")
    re.compile(r"(?<![^\s,;:。])\d{1,2}日(?=,)"),
    # a bare day in figures spaced from its unit, as Taiwan and Hong Kong sites print figures ("習近平 18 日與…"):
    # the spacing marks the figure a date, where a count of days would say 天
    re.compile(r"(?<=\s)\d{1,2}\s日(?!内|以内|之内)"),
    # a bare day after its subject, before the preposition or verb of what happened that day ("代表团21日与开普敦侨界
    #举行座谈", "他18日在…表示"): a date, the month the page's; a count of days would be 天 in news
    re.compile(r"(?<=[\u4e00-\u9fff])\d{1,2}日(?=与|和|在|起|于|将|就|向|对|赴|同|抵达|举行|召开|发布|宣布|表示|出席)"),
    # a bare day after a preposition of time: "而在16日委员会封门事件后", "于8日抵达" (not "在3日内", a span of days)
    re.compile(r"(?<=[在于])\d{1,2}日(?![内里之以前后间])"),
    # yesterday or today with the day of the month in brackets (新浪's and 中国民航报's style): 昨(6)天, 今(7)日
    re.compile(r"[昨今前明]\s?[(（]\d{1,2}[)）]\s?[日天](?:上午|下午|晚上|凌晨|早上|中午)?"),
    # the same with the day word whole and the date in brackets after it (香港商報's style): 今日(7日), 昨天(15日)
    re.compile(r"[昨今前明][日天]\s?[(（]\d{1,2}日[)）](?:上午|下午|晚上|凌晨|早上|中午)?"),
    # a weekday with its day of the month in brackets after it (Hong Kong's and Taiwan's style): 周三(25日)
    re.compile(r"(?:本|下|上|这)?(?:周|星期|礼拜)[一二三四五六日天]\s?[(（]\d{1,2}日[)）](?:上午|下午|晚上|凌晨|早上|中午)?"),
    # a weekday alone, the answer to 星期几 (周三, 本周五下午, 星期天)
    re.compile(r"(?:本|下|上|这)?(?:星期|礼拜|周)[一二三四五六日天](?:上午|下午|晚上|凌晨|早上|中午)?"),
    # a day of a month named relative to the page: 本月12日, 上月二十日
    re.compile(r"[本上下当同次该]月(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?[日号]"),
    # a clock time: 上午10点左右, 9时30分, 下午3点半 (a bare "3点" may be three points: 3点意见)
    re.compile(r"(?:上午|下午|晚上|凌晨|早上|中午|清晨|傍晚)\d{1,2}\s?[点时](?:\d{1,2}分|半)?(?:左右|许)?"
               r"|\d{1,2}\s?[点时](?:\d{1,2}分|半)(?:左右|许)?|\d{1,2}\s?[点时](?:左右|许)"),
    # a clock time with a colon after a day or a part of it ("昨天15:30统一开赛"): the time word tells it from a
    # score (1:0)
    re.compile(r"(?:昨天|今天|明天|当天|当日|上午|下午|晚上|凌晨|早上|中午|傍晚|\d{1,2}日)\s?\d{1,2}:\d{2}(?![\d:])"),
    # the same with a Chinese-numeral hour: 下午三时, 上午十点半
    re.compile(r"(?:上午|下午|晚上|凌晨|早上|中午|清晨|傍晚)[一二两三四五六七八九十]{1,3}[点时]"
               r"(?:[一二三四五六七八九十]{1,3}分|半)?(?:左右|许)?"),
    re.compile(r"\d{1,2}\s?月(?:份|初|底|中旬|上旬|下旬)?"),
    # 二〇二四年, 一○六年's long form, 二O一九年十月 (a letter O for the zero, as some papers print it)
    # (a decade in the same numerals keeps its 代: 一九零零年代, the 1900s, not the year 1900)
    re.compile(r"(?<![a-z])(?=[^o]{1,3}o?[^o])[〇零○o一二三四五六七八九]{4}年(?:代(?:初期|中期|末期|初|中|末)?|"
               r"(?:[一二三四五六七八九十]{1,2}月)?(?:[一二三四五六七八九十]{1,3}日)?)"),
    # (a century in figures too, as Taiwan's texts print it: 19世纪60年代初, 13世纪; an ordinal one, 公元第二世纪;
    # the Middle Ages and their parts, 中世纪中期)
    re.compile(r"(?:公元前?)?(?:第?(?:[一二三四五六七八九十]+|\d{1,2}\s?)|中)世纪(?:\d{2}年代|[一二三四五六七八九十]+年代)?"
               r"(?:初期|中期|末期|晚期|前期|后期|初|中|末)?"),
    # a decade in figures or in Chinese numerals: 90年代, 六十年代, 八零年代
    re.compile(r"(?:\d{2,4}\s?|(?<![一二三四五六七八九十])[二三四五六七八九][十零〇○])年代(?:初期|中期|末期|初|中|末)?"),
    # a month and day in Chinese numerals: 七月初四, 十一月二十四日, 正月十五, 十月廿二日 (廿 20, 卅 30)
    # (a chronicle's day without 日, a clause to itself: "七月十一,攻破居庸關")
    re.compile(r"(?<![一二三四五六七八九十])(?:[正一二三四五六七八九]|十[一二]?)月(?:初[一二三四五六七八九十]"
               r"|(?:[一二三]?十|[廿卅])?[一二三四五六七八九十]日|[二三]?十日|[廿卅]日"
               r"|(?:[一二三]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?|[一二三四五六七八九])(?=[,，]))"
               r"(?:上午|下午|晚上|凌晨|早上|中午)?"),
    re.compile(r"(?:东|西|南|北|前|后)?[夏商周秦汉晋隋唐宋元明清][朝代](?:初期|中期|末期|初年|末年)?"),
    # the Republic's first or last years, named without a year: 中華民國初年, 民国初期
    re.compile(r"(?:中华)?民国(?:初年|初期|末年|末期)"),
    re.compile(r"(?:东|西|南|北)[汉晋周魏齐宋](?:初期|中期|末期|初年|末年|时期)?"),
    # the eras of the earth's history and their parts: 中生代, 白垩纪中期, 第三纪中新世 (no year names them)
    re.compile(r"(?:(?:[古中新元太]生代|(?:寒武|奥陶|志留|泥盆|石炭|二叠|三叠|侏罗|白垩|第三|第四|震旦|古近|新近)纪)"
               r"(?:早期|中期|晚期|末期|初期)?)+(?:(?:古新|始新|渐新|中新|上新|更新|全新)世)?"),
    # (a part of the year told with it stays with it: 今年底, 明年初, 去年年底; and its month: 去年六月, 今年3月)
    re.compile(r"(?:今年|去年|明年|前年)(?:年?[底初末]|上半年|下半年|(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月"
               r"(?:份|初|底|中旬|上旬|下旬)?)?|近年来|近年|近日|日前|目前|不久前|当天|昨天|今天"
               r"|明天|上午|下午|晚上|凌晨"),
    re.compile(r"\d{1,2}\s?(?:至|到|-|~)\s?\d{1,2}\s?月"),
    # a day said against the paper's and its part, one time ("本报讯 昨日下午,…会议召开", 淮安日报): not the part
    # alone (a bare 下午 says no day)
    re.compile(r"(?:昨天|今天|明天|前天|昨日|今日|明日|前日|当天|当日)(?:上午|下午|晚上|晚间|凌晨|早上|中午|傍晚|清晨)"),
    # a stage of one's life opening the clause it dates: "高二的时候拍了周华健的MV", "读大学的时候"
    re.compile(r"(?:^|(?<=[,，]))(?:高|初|大|小学|中学)[一二三四]的时候"),
    re.compile(r"(?:春|夏|秋|冬)(?:季|天)|(?:夏至|冬至|春分|秋分|立春|立夏|立秋|立冬)"),
    # two clock times of one sentence joined by 及/和/与/、 ("下午1時15分及1時45分,均有…航班"): both are the answer
    re.compile(r"(?:(?:上午|下午|晚上|凌晨|早上|中午|清晨|傍晚)\s?)?\d{1,2}\s?[点时]\d{1,2}分(?:及|和|与|、)"
               r"\d{1,2}\s?[点时]\d{1,2}分"),
)
# What each pattern above needs in a sentence to match at all (a character such as 年 or 月, an Arabic digit):
# a sentence without it skips the pattern's scan. Read from the patterns themselves (regex_needs); aligned with
# the tuples.
_NUMBER_SCANS = NeedIndex(_NUMBER_RES)
_TIME_SCANS = NeedIndex(_TIME_RES)
_DIGIT = re.compile(r"\d")
_ERA_NAME_TAGS = ("n", "nr", "nz", "ns", "t", "nrfg", "nrt")
# what else names an era before 时期/时代 as one word of two characters or more: a body (国民政府/nt|时期), an idiom
# or a deed jieba tags as a verb (文艺复兴/l|时期, 冷战/v|时期)
_ERA_EVENT_TAGS = ("nt", "l", "v", "vn", "j", "i")
_REIGN_YEAR = re.compile(r"[元一二三四五六七八九十]{1,3}年")
_DYNASTY_REIGN = re.compile(r"[汉晋隋唐宋元明清][\u4e00-\u9fff]{2}")  # a reign's name after its dynasty: 清宣统
_REIGN_MONTH = re.compile(r"(?:[正一二三四五六七八九十]{1,2}月)?(?:(?:初|[一二三]?十)?[一二三四五六七八九十]日?)?")
_CLAUSE_REIGN = re.compile(r"(?:^|(?<=[,，。;；]))((?:[西东南北][汉晋魏齐]|[汉晋宋齐梁陈隋唐元明清])?"
                           r"([\u4e00-\u9fff]{2})[元一二三四五六七八九十]{1,3}年"
                           r"(?:[正一二三四五六七八九十]{1,2}月(?:初?[一二三四五六七八九十廿]{1,3}日)?)?)(?=[,，])")
_YEAR_BEFORE = re.compile(r"\d{3,4}年[,，]$")
# two characters before a count of years that name no reign ("过去三年,", "连续十年,")
_NOT_REIGN = frozenset(("过去", "最近", "连续", "此后", "之后", "其后", "后来", "最初", "前后", "长达", "历时", "经过",
                        "过了", "持续", "短短", "整整", "不到", "超过", "近年", "多年", "晚年", "早年", "当年", "同年"))
_RANGE = re.compile(r"\s?(?:起?至翌?年?|到|-|~|—|–)\s?")
_QUOTE_OPENS = "“《「『\"‘"
_QUOTES = re.compile(
    r"“([^”]{1,40})”|《([^》]{1,40})》|「([^」]{1,40})」|『([^』]{1,40})』|\"([^\"]{1,40})\"|‘([^’]{1,40})’"
)


def numbers(folded: str) -> list[Span]:
    """Numbers with their units: 75.11万人次, 52.72万件, 18个, 66%, 七八个, 百分之六十六."""
    spans = []
    for rx in _NUMBER_SCANS.runnable(folded):
        for m in rx.finditer(folded):
            text = m.group()
            if _YEAR_NUMBER.fullmatch(text):
                continue  # "2024年" is a date ("2.2023年": an item number printed against it)
            start, end = m.span()
            if text == "一对" and (folded.startswith("一", end) or folded[start - 1:start] in _ONE_PAIR_WORDS):
                continue  # "一对一辅导", "统一对外": no pair counted (一对 opens the adverb or closes a word)
            if folded.startswith("一", start) and folded[start - 1:start] == "唯":
                continue  # "唯一一名…的人": "the only one", a description of someone, not a count of people
            if _BARE_DIGITS.fullmatch(text) and in_title(folded, start, end):
                # "《窃听风云2》的金融秘密": a bare figure in a work's title is part of the name, not a count (a
                # figure with its unit there is one: "《中缅建交75周年故事集》")
                continue
            if _FEW.fullmatch(text):
                continue  # "以下几种因素", "若干个": an unstated number, no amount to answer with
            if _POINTED_DIGITS.fullmatch(text) and _quoted_label(folded, start, end):
                # "举行“4.14”抗震救灾10周年…", "“4·14”": figures alone in quotation marks name the event (the
                # quake of April 14th), no count of anything
                continue
            if text.endswith("年") and folded.startswith("生", end) and not _DIGIT.search(text):
                continue  # "一年生草本", "多年生": a plant's kind (annual, perennial), no count of years
            if _UNIT_IN_WORD.match(folded, end - 1):
                continue  # "2018|元旦": the unit's character opens another word (a year before a holiday)
            if text.endswith(_DAY_ENDS) and _MONTH_BEFORE.search(folded, 0, start):
                continue  # "11月|6日至16日": the days of a date (times() reads it), not a count of days
            code = _CODE_PREFIX.search(folded, 0, start)
            if code and _BARE_DIGITS.fullmatch(text):
                # "CN65-0010", "A320", "F4U": the letters are part of the code
                start, end = code.start(), _CODE_REST.match(folded, end).end()  # type: ignore[union-attr]
            if text.endswith("个") and folded.startswith("月", end):
                end += 1  # "3个月": a duration, not three things (个月 is no unit of its own in UNITS)
            if text.endswith("倍") and folded.startswith(("多", "余"), end):
                end += 1  # "两倍多": a multiple and a bit, the 多 is the figure's
            if (per := _PER_UNIT.match(folded, end)) is not None and _DIGIT.search(text):
                end = per.end()  # "4.34元/公斤": the rate's unit belongs to it
            spans.append(Span(start, end, "number", "number"))
    return longest_spans(spans)


_ONE_PAIR_WORDS = frozenset("统唯进逐单")  # 统一, 唯一, 进一步, 逐一, 单一 before 对
_POINTED_DIGITS = re.compile(r"\d+(?:[.·•]\d+)*")
# figures and the points or dots between them, all a pair of quotation marks holds: "“4.14”", "“4·14”"
_QUOTED_LABEL = re.compile(r"[“\"「『]\d+(?:[.·•]\d+)*[”\"」』]")


def _quoted_label(folded: str, start: int, end: int) -> bool:
    """The figure at start:end is all or part of a label quoted alone ("“4·14”抗震救灾")."""
    left = max(0, start - 6)
    return any(m.start() < end and m.end() > start for m in _QUOTED_LABEL.finditer(folded, left, end + 6))


_FEW = re.compile(r"(?:几|若干)\s?[^\d十百千万亿两" + CN_DIGITS + r"]{0,3}")


def in_title(folded: str, start: int, end: int) -> bool:
    """The span lies inside a work's title in book-title marks, "《窃听风云2》" (at most 30 characters)."""
    opened = folded.rfind("《", max(0, start - 30), start)
    closed = folded.find("》", end, end + 30)
    return opened >= 0 and closed >= 0 and "》" not in folded[opened:start] and "《" not in folded[end:closed]


# The unit a figure's amount is per: "4.34元/公斤", "3000元/吨" (the rate, not a sum of money). (Not the word
# bounding it, "5%左右", "40年以上": reading-comprehension answers leave that out — DRCD's 120天 for 120天左右.)
_PER_UNIT = re.compile(r"/(?:" + UNIT_PATTERN[3:-1] + r")")
_UNIT_IN_WORD = re.compile(r"元旦|元宵")  # a unit character that opens a word, not a unit
_BARE_DAY = re.compile(r"\d{1,2}日")
_YEAR_NUMBER = re.compile(r"(?:\d{1,2}\.)?\d{4}\s?年度?")
_DAY_ENDS = ("日", "号")
# a month printed right before the number ("11月|6日"), or a day before it in a range ("6日至|16日")
_MONTH_BEFORE = re.compile(r"(?:(?:\d|[" + CN_DIGITS + r"])\s?月|[日号]\s?(?:至|到|[-~—～]))$")
_CODE_PREFIX = re.compile(r"(?<![a-z])[a-z]{1,5}-?$")  # letters run into a number: a code, a serial, a model
_BARE_DIGITS = re.compile(r"\d+(?:[-/]\d+)*")
_CODE_REST = re.compile(r"[a-z\d]*")
_COUNT = re.compile(r"(?:\d+(?:\.\d+)?|[" + CN_DIGITS + r"]+)" + UNIT_PATTERN)


def counts_other(folded: str, end: int, text: str, right: str) -> bool:
    """A count the question says too, but of something else: "一个卖家只能…持有|一个|账户" for "一个卖家只能持有
    几个|账户" — the count is followed by the noun the question counts (its right anchor), so it fills the slot
    rather than repeating the question."""
    right = right.strip()
    return bool(_COUNT.fullmatch(text)) and len(right) >= 2 and folded.startswith(right[:2], end)


# "拉动全市外贸进出口增长8.6个百分点": what the item's growth added to a total's, not the item's own growth
_PULLED = re.compile(r"(?:拉动|带动)[^,，;；。]{0,20}(?:增长|提高|上升|增加|下降|下拉)了?\s?$")
_PULL_ASKED = re.compile(r"拉动|带动|百分点|贡献")


def pulls_other(folded: str, start: int, question: str) -> bool:
    """A figure printed after "拉动/带动 X 增长" counts what the sentence's item added to X's growth (in points of
    X), so it does not answer how much the item itself grew, unless the question asks that share."""
    return not _PULL_ASKED.search(question) and bool(_PULLED.search(folded, clause_start(folded, start), start))


# a change asked ("增长了多少", "增幅是多少") and a figure printed right after a change word of the same direction
# ("增长28.7%")
# (成长 and a 的 before the question word too: "1975年到後十年成長的|多少|的教育經費" ↔ "…增長近16倍")
_RISE, _FALL = r"增长|增加|提高|上升|增幅|涨幅|成长", r"下降|减少|降低|降幅|跌幅"
_CHANGE_ASKED = re.compile(r"(" + _RISE + "|" + _FALL + r")(?:了|是|为|达|的)?$")
_AFTER_RISE, _AFTER_FALL = (re.compile(r"(?:" + d + r")(?:了|为|达)?\s?$") for d in (_RISE, _FALL))


def level_not_change(folded: str, typed: Sequence[Span], left: str) -> set[Span]:
    """The numbers of a sentence that are levels, not changes, when the question asks a change (its slot opens
    right after 增长/增幅…) and the sentence prints a figure right after a word of that direction: "进出口663.2亿元,
    增长28.7%" answers "进出口增长了多少" with 28.7%, the amount before it being the level reached."""
    asked = _CHANGE_ASKED.search(left.strip())
    if not asked:
        return set()
    after = _AFTER_RISE if re.fullmatch(_RISE, asked.group(1)) else _AFTER_FALL
    nums = [sp for sp in typed if sp.type == "number"]
    changes = {sp for sp in nums if after.search(folded, max(0, sp.start - 4), sp.start)}
    return set(nums) - changes if changes else set()


# two counts asked in one phrase, each with its measure word: "几开几版" (a paper's size and pages), "几室几厅"
_PAIRED_ASKED = re.compile(r"几([^\W\d_])几([^\W\d_])")


def paired_counts(folded: str, question: str) -> list[Span]:
    """The phrases answering "几A几B": a number, A, a number, B ("四开四版" for 几开几版, "三室两厅" for 几室几厅),
    which no single number span holds."""
    m = _PAIRED_ASKED.search(question)
    if m is None:
        return []
    num = r"(?:\d+|[" + CN_DIGITS + r"]+)"
    rx = re.compile(num + re.escape(m.group(1)) + num + re.escape(m.group(2)))
    return [Span(x.start(), x.end(), "number", "number") for x in rx.finditer(folded)]


def about_other(folded: str, span: Span, typed: Sequence[Span], question: str) -> bool:
    """The span's clause names the other of a pair the question asks, not the asked one, and another span of its
    type, not the question's own words, has a clause naming the asked one: "预计最高气温|24℃~26℃,最低气温|20℃~22℃"
    for "最低气温是多少" (a sentence naming both tells them apart by clause; a subject told on into the next clause,
    "X是…出口市场,是…进口来源国", is no other side). A winner asked: the one beaten ("击败队友|朱一珺/张驰")."""
    if span.type == "person" and _WINNER_ASKED.search(question):
        partner = _PARTNER.search(folded, max(0, span.start - 5), span.start)  # "朱一珺/|张驰": a doubles pair's
        start = partner.start() if partner else span.start  # second name is beaten with the first
        if _BEATEN.search(folded, max(0, start - 8), start):
            return True
    if not _names_a_contrast(question):
        return False
    return _side(folded, span, question) < 0 and any(
        sp.type == span.type and folded[sp.start:sp.end] not in question and _side(folded, sp, question) > 0
        for sp in typed)


@lru_cache(maxsize=64)
def _names_a_contrast(question: str) -> bool:
    """Whether the question names either side of a pair (CONTRASTS): read once a question, not once a span."""
    return any(x in question or y in question for x, y in CONTRASTS)


_WINNER_ASKED = re.compile(r"冠军|夺冠|获胜|胜者|赢家|胜出")
_PARTNER = re.compile(r"[\u4e00-\u9fff]{2,4}/$")
# a defeat verb and at most a few words ("队友", "对手", "日本选手") right before the name: the beaten side
_BEATEN = re.compile(r"(?:击败|战胜|打败|力克|淘汰|横扫|完胜|险胜|击退)[^,;。、!?]{0,5}$")


def _side(folded: str, span: Span, question: str) -> int:
    """1 when the span's clause names only the side of a pair the question asks, -1 only the other, else 0."""
    clause = folded[clause_start(folded, span.start):clause_end(folded, span.end)]
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
        a = max((i + 1 for i, c in enumerate(before) if c in LIST_CLAUSE_END), default=0)
        items = [x for x in _PAIR_SEP.split(before[a:]) if x]
        if len(items) >= 2 and len({len(x) for x in items[:-1]}) == 1 and len(items[-1]) > len(items[0]) + 1:
            # "1月末、2月末贷款增速分别…": the head after the last of items printed alike is every item's
            items[-1] = items[-1][:len(items[0])]
        end = clause_end(folded, m.end())
        while end < len(folded) and folded[end] == "、":  # "分别高达20.74%、22.08%": values listed with 、
            end = clause_end(folded, end + 1)
        values = sorted((sp for sp in typed if sp.type in kinds and m.end() <= sp.start and sp.end <= end),
                        key=lambda sp: sp.start)
        values = [sp for i, sp in enumerate(values) if not any(o.start <= sp.start and sp.end <= o.end
                                                              for o in values[:i] + values[i + 1:] if o != sp)]
        if len(items) < 2 or len(values) != len(items) or not all(
                _PAIR_SEP.fullmatch(folded, x.end, y.start) for x, y in zip(values, values[1:], strict=False)):
            continue
        out.update(paired_others(values, items, question))
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
    if folded.count(";") + folded.count("；") < 2:
        return set()  # fewer than three items (most sentences hold no ';' at all)
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


# The parts organisers play in an event ("由A主办、B承办、C协办"), each printed after the one who plays it.
EVENT_ROLES = ("主办", "承办", "协办", "联办", "指导", "支持", "赞助", "冠名", "主管", "出品", "监制", "策划")
_ROLE_PART = re.compile(r"[^、,，;；。]+")


def other_roles(folded: str, typed: Sequence[Span], question: str) -> set[Span]:
    """The spans of the list's parts that end with another part in the event than the one the question asks:
    "由A主办、B承办" asks "由哪家单位承办" of B only (each part ends with its role; a part with no role keeps
    its spans)."""
    asked = [r for r in EVENT_ROLES if r in question]
    if len(asked) != 1 or not any(r in folded for r in EVENT_ROLES if r != asked[0]):
        return set()
    parts = [(m.start(), m.end(), m.group().rstrip()) for m in _ROLE_PART.finditer(folded)]
    roles = [(a, b, next((r for r in EVENT_ROLES if text.endswith(r)), "")) for a, b, text in parts]
    if not any(r == asked[0] for _a, _b, r in roles):
        return set()  # the asked part is not printed so: nothing to tell the others from
    return {sp for sp in typed for a, b, r in roles if r and r != asked[0] and a <= sp.start and sp.end <= b}


def may_hold(folded: str, kind: str) -> bool:
    """False when extract() can find no span of `kind` in the sentence, told from its characters alone (so a caller
    wanting only that kind need not tag and scan it); True otherwise."""
    if kind == "number":  # numbers() alone makes them, each by one of its patterns
        return bool(_NUMBER_SCANS.runnable(folded))
    if kind == "time":  # times() alone: its patterns, a word ending in an era word, a reign's year (建炎二年)
        return "年" in folded or any(w in folded for w in ERA_WORDS) or bool(_TIME_SCANS.runnable(folded))
    return True


def times(folded: str, pos: Iterable[tuple[str, str]] = ()) -> list[Span]:
    """Dates and times: 2024年, 民国26年 (a year of the Republic, not 26 years), 4月13日, 11日下午, 二〇二四年,
    十九世纪, 90年代, 唐朝, 今年, named eras (孔雀王朝时期, 明朝万历年间, with jieba's words), and ranges of them
    (1985年9月至1987年7月)."""
    spans = [Span(m.start(), m.end(), "time", "time") for rx in _TIME_SCANS.runnable(folded)
             for m in rx.finditer(folded)]
    words = list(offsets(pos))
    for i, (_start, b, w, _flag) in enumerate(words):
        if w.endswith(ERA_WORDS):
            j = i
            # (not over another era's word before the name: "平安时代|和镰仓|时代" names two eras, not "时代和镰仓时代";
            # one right before the era word is the era's own: "孔雀|王朝|时期")
            while j > 0 and i - j < 2 and words[j - 1][3] in _ERA_NAME_TAGS \
                    and not (j < i and words[j - 1][2].endswith(ERA_WORDS)):
                j -= 1
            if j == i and i and w in ERA_WORDS[:2] and words[i - 1][3] in _ERA_EVENT_TAGS \
                    and len(words[i - 1][2]) >= 2 and words[i - 1][1] == words[i][0]:
                j = i - 1
            if j < i or len(w) > 2:
                # a coordinator jieba glued to the name ("和镰仓|时代") is no part of the era
                glued = int(j < i and words[j][2][:1] in _COORDINATORS and words[j][3].startswith("nr"))
                spans.append(Span(words[j][0] + glued, b, "time", "era"))
        elif i and _REIGN_YEAR.fullmatch(w) and words[i - 1][3] in _ERA_NAME_TAGS and (
                len(words[i - 1][2]) == 2 or (_DYNASTY_REIGN.fullmatch(words[i - 1][2])
                                              and not _YEAR_BEFORE.search(folded, 0, words[i - 1][0]))):
            # a reign's year in Chinese numerals, its name a noun jieba knows or not: 建炎二年, 咸康七年, 民国十八年;
            # with its dynasty as one word ("清宣统/nr|二年"; not glossing the year in figures before it, as the
            # clause's reign below)
            m = _REIGN_MONTH.match(folded, b)
            spans.append(Span(words[i - 1][0], m.end() if m else b, "time", "era"))
    # a reign's year opening a clause that jieba cuts apart ("西汉元封二年,", "至元十三年二月十一日,": 元/m 封/q)
    spans += [Span(m.start(1), m.end(1), "time", "era") for m in _CLAUSE_REIGN.finditer(folded)
              if m.group(2) not in _NOT_REIGN and not _YEAR_BEFORE.search(folded, 0, m.start())] \
        if "年" in folded else []  # (not one glossing the year in figures before it: "公元738年,唐开元二十六年,")
    spans = longest_spans(spans)
    out: list[Span] = []
    for sp in spans:
        if out and _RANGE.fullmatch(folded, out[-1].end, sp.start):
            out[-1] = Span(out[-1].start, sp.end, "time", "time-range")
        elif (len(out) >= 2 and folded[out[-2].end:out[-2].end + 1] in "(（"
              and folded[out[-1].end:out[-1].end + 1] in ")）" and folded.endswith("日", out[-2].start, out[-2].end)
              and _CALENDAR.fullmatch(folded, out[-2].end + 1, out[-1].start)
              and _DAY_PART_GAP.fullmatch(folded, out[-1].end + 1, sp.start)):
            # "4月4日(农历3月8日)晚间10时45分": a day, the same day in another calendar in brackets, then the
            # hour — one time, the day leading it
            out[-2:] = [Span(out[-2].start, sp.end, "time", "time")]
        else:
            out.append(sp)
    return _glossed_years(folded, out) if "(" in folded or "（" in folded else out


def _glossed_years(folded: str, spans: list[Span]) -> list[Span]:
    """A year glossed in brackets in another calendar is one time with its gloss, and with the month and day
    printed right after the bracket: "正德六年(1511年)", "1993年(民国82年)1月24日" (CMRC answers it whole)."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        sp = spans[i]
        gloss = spans[i + 1] if i + 1 < len(spans) else None
        if gloss is not None and folded.endswith("年", sp.start, sp.end) \
                and folded.endswith("年", gloss.start, gloss.end) and gloss.start == sp.end + 1 \
                and folded[sp.end] in "(（" and folded[gloss.end:gloss.end + 1] in ")）":
            end, i = gloss.end + 1, i + 2
            if i < len(spans) and spans[i].start == end and "年" not in folded[spans[i].start:spans[i].end]:
                end, i = spans[i].end, i + 1  # "…(民国82年)|1月24日": the day of that year
            out.append(Span(sp.start, end, "time", "time"))
        else:
            out.append(sp)
            i += 1
    return out


_CALENDAR = re.compile(r"(?:农历|阴历|夏历|旧历|阳历|公历|国历)?")
_DAY_PART_GAP = re.compile(r"(?:上午|下午|晚上|晚间|凌晨|早上|中午|傍晚|夜间|清晨)?")


def place_in_slot(pos: Sequence[tuple[str, str]], start: int, end: int, freq: Freq = main_word_freq) -> bool:
    """A where-slot both anchors hold is one noun jieba's dictionary hardly knows ("迁入|横琴|新校区"): a place
    name it did not tag as one."""
    words = [(a, b, w, flag) for a, b, w, flag in offsets(pos) if a < end and b > start]
    if len(words) != 1:
        return False
    a, b, w, flag = words[0]
    return (a, b) == (start, end) and flag in ("n", "nz", "j") and 2 <= len(w) <= 4 and freq(w) < COMMON_WORD \
        and all_han(w)


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
        while j >= 0 and len(run) < 3 and words[j][3] in _NAME_RUN_TAGS and words[j][2] not in PUNCT:
            run.append(words[j])
            j -= 1
        if not run or not any(x[3] in _PROPER_TAGS for x in run):
            continue
        start = run[-1][0]
        name = folded[start:run[0][1]]
        if 2 <= len(name) <= 10 and name not in question:
            out.append(Span(start, b, kind, "head"))
    return out


# A medium where something is said or posted, after 在/于 ("在互联网发片道歉", "于脸书发文"): where it was done
# (not a medium's own thing: "在互联网上的影响")
_MEDIUM = re.compile(r"(?<=[在于])(?:互联网|网上|社交媒体|社交平台|社交网站|微博|脸书|朋友圈|推特)"
                     r"(?![\u4e00-\u9fff]?的)")
# the tags of a name before 大地 (a tuple made once: mypyc cannot compile a starred tuple in a test)
_LAND_NAME_TAGS = (*PERSON_TAGS, "ns", "nz", "j")
# A place named in Latin letters (accents too) run into its Chinese kind: "Orcas島", "Rainier湖".
_LATIN_PLACE = re.compile(r"(?<![a-z\u00c0-\u024f])[a-z\u00c0-\u024f]{3,}(?: [a-z\u00c0-\u024f]{2,}){0,3}"
                          r"(?:" + alternation(s for s in PLACE_SUFFIXES if len(s) == 1) + ")")
_NAME_RUN_TAGS = frozenset(("n", "nr", "nrt", "nrfg", "ns", "nz", "nt", "j", "eng"))
_PROPER_TAGS = frozenset(("nr", "nrt", "nrfg", "ns", "nz", "nt", "eng"))
_LATIN_WORD = re.compile(r"[a-z]{3,}")  # a name in Latin letters (Kampon Tansacha): the sentence names someone


_MISSION = re.compile(r"驻[\u4e00-\u9fff]{1,10}?(?:总领事馆|领事馆|大使馆|使馆|办事处|代表处)")


_LEVEL = re.compile(r"[^\W\d_]{1,6}?" + alternation(ADMIN_SUFFIXES))
# a county's name and 郡 (not 郡王, 郡主, 郡守: a title), no particle or conjunction inside
_COUNTY = re.compile(r"(?:(?![的和与及在为是有、])[\u4e00-\u9fff]){1,4}?郡(?![王主守])")


def _chain_end(folded: str, words: Sequence[tuple[int, int, str, str]], start: int, end: int, chain: int) -> int:
    """Where a chain of administrative levels read from `start` ends (at most at `chain`, at least at `end`): before
    the first level with a conjunction or a particle inside ("广岛市|继而与其他城市"; _CHAIN_BREAKS: "群岛|隶属于振州"),
    or a verb or preposition of two characters or more right before a place word ("上海|迁入|苏区"). Shorter or
    followed by no place word, such a word is as often a piece of a name jieba cut ("都江堰市|向/p|峨乡",
    "永安镇|后加/v|楼村")."""
    at = start
    while at < chain and (m := _LEVEL.match(folded, at)) and m.end() <= chain:
        if m.end() > end and any(max(at, end) <= w[0] < m.end() and _splits_chain(words, k)
                                 for k, w in enumerate(words)):
            break
        at = m.end()
    return max(end, at)


# words that join two places or tell where one belongs, whatever jieba tags them: "大河坪乡整体|与/p|茶峒镇",
# "群岛|隶属于/n|振州"; none is a piece of a place's name
_CHAIN_BREAKS = frozenset(("与", "和", "及", "跟", "同", "隶属于", "隶属", "属于", "位于", "归属于"))


def _splits_chain(words: Sequence[tuple[int, int, str, str]], k: int) -> bool:
    a, b, w, flag = words[k]
    if flag[:1] in ("c", "u") or w in _CHAIN_BREAKS:
        return True
    return flag[:1] in ("v", "p") and b - a >= 2 and k + 1 < len(words) and words[k + 1][3] == "ns"


def places(folded: str, pos: Iterable[tuple[str, str]] = (), freq: Freq = main_word_freq) -> list[Span]:
    """Places: jieba's ns tags and words with place suffixes, chained administrative levels kept whole
    (长兴县水口乡水口村, 杭州市萧山区城厢街道东白马湖社区), and a transliterated word jieba's dictionary does not
    know right after a country ("义大利|拉温纳": tagged a name by its HMM, but no surname opens it)."""
    spans = []
    pos = pos if isinstance(pos, list) else list(pos)  # a list as it came: `Tags` keep their offsets
    words = offsets(pos)
    for i, (a, b, w, flag) in enumerate(words):
        if flag == "nr" and i and pos[i - 1][1] in ("ns", "nz") and 2 <= len(w) <= 4 and w[0] not in SURNAMES \
                and w[:2] not in COMPOUND_SURNAMES and freq(w) == 0 and folded[b:b + 1] not in NAME_DOTS \
                and folded[a - 1:a] not in NAME_DOTS and all_han(w):
            spans.append(Span(a, b, "place", "place"))
        # a transliterated name jieba took for a person's, and a place word after it: "雷尼尔/nr|海滩/ns"
        if flag in PERSON_TAGS and i + 1 < len(pos) and pos[i + 1][1] == "ns" and 3 <= len(w) <= 6 \
                and all(c in TRANSLIT_CHARS for c in w):
            spans.append(Span(a, b + len(pos[i + 1][0]), "place", "place"))

    spans += [Span(m.start(), m.end(), "place", "place") for m in _LATIN_PLACE.finditer(folded)]  # "orcas岛"
    spans += [Span(m.start(), m.end(), "place", "place") for m in _MEDIUM.finditer(folded)]  # "在|互联网|发片道歉"
    # a land named by its name and 大地 ("牟平|大地", "齐鲁|大地"): the place, whatever jieba took the name for
    spans += [Span(words[i - 1][0], b, "place", "place") for i, (a, b, w, _f) in enumerate(words)
              if w == "大地" and i > 0 and words[i - 1][1] == a and len(words[i - 1][2]) >= 2
              and words[i - 1][3] in _LAND_NAME_TAGS]
    spans += _cut_level(words)
    # where a person comes from, read as one word with 人 ("河南人", "广东人"): the province
    spans += [Span(a, b - 1, "place", "place") for a, b, w, flag in words
              if w.endswith("人") and w[:-1] in PROVINCES and flag.startswith("n")]
    # a country's mission in another place, one place: "中国|驻|汉堡|总领事馆" (not 中国 alone)
    spans += [Span(a, m.end(), "place", "place") for a, b, _w, flag in words
              if flag == "ns" and folded[b:b + 1] == "驻" and (m := _MISSION.match(folded, b))]

    def keep(w: str, f: str) -> bool:
        return f == "ns" or (len(w) >= 2 and f.startswith("n") and bool(PLACE_SUFFIX_RE.search(w)))

    road_ends = {a for a, _b, w, _f in words if w in ROAD_ENDS}
    for sp in tag_runs(pos, keep, "place"):
        m = PLACE_CHAIN_RE.match(folded, sp.start)
        end = max(sp.end, m.end()) if m and m.end() - sp.end <= 12 else sp.end
        if end > sp.end:
            end = _chain_end(folded, words, sp.start, sp.end, end)
        if end in road_ends:
            end += len(next(w for w in ROAD_ENDS if folded.startswith(w, end)))  # "南滨|路": the road's name
        if folded[sp.start:end].endswith(("州", "省")) and (county := _COUNTY.match(folded, end)):
            end = county.end()  # "德克萨斯州|石墙郡": a county after its state or province, one place
        if folded[sp.start:end] not in GENERIC_PLACES:
            spans.append(Span(sp.start, end, "place", "place"))
    # a venue: the nouns (and an ordinal) that name it, up to its ending ("县府|第一|会议室", "涵源|宫")
    for i, (_a, b, w, flag) in enumerate(words):
        if flag.startswith("n") and w.endswith(VENUE_SUFFIXES):
            j = i
            while j > 0 and i - j < 4 and words[j - 1][1] == words[j][0] and (
                    words[j - 1][3][:1] in ("n", "j") or words[j - 1][2].startswith("第")
                    or (words[j - 1][3] == "s" and len(words[j - 1][2]) >= 2)):
                # an ordinal names a venue ("第一|会议室"); a count does not ("100|个|园林式|小区"); so does a
                # place word jieba tags s ("台中|殡仪馆": the city's venue)
                j -= 1
            if j < i or w not in VENUE_SUFFIXES:  # "会议室" alone names no venue; "故宫", "县府第一会议室" do
                spans.append(Span(words[j][0], b, "place", "place"))
    spans += addresses(folded, words)
    for i in range(1, len(words)):
        # a name jieba took for a person's right before the bare kind of a place ("雷尼尔|海滩", "西雅图|湖"): the
        # place's own name
        a, _b, w, flag = words[i - 1]
        if flag in PERSON_TAGS and len(w) >= 2 and words[i][2] in _FEATURE_NOUNS:
            j = i - 1  # the name's other pieces ("佩德|纳|莱斯|河", "托|列斯|海峡")
            while j > 0 and words[j - 1][2].isalpha() and (words[j - 1][3] in PERSON_TAGS or (
                    len(words[j - 1][2]) == 1 and words[j - 1][3][:1] in ("n", "g"))):
                j -= 1
            spans.append(Span(words[j][0], words[i][1], "place", "place"))
    spans += _named_features(folded, words)
    spans += named_kinds(words, _FEATURE_NOUNS)  # "流入|鞑靼/n|海峡": the name jieba tagged a noun, and its kind
    spans += translit_places(words, freq)  # "巴拉马/ns|利波/nr": one transliterated place jieba typed in two
    spans += polities(words)  # "土尔扈特/nrt|王国", "清/a|帝国": a state's name jieba did not tag a place, and its kind
    return longest_spans(spans)


def _cut_level(words: Sequence[tuple[int, int, str, str]]) -> list[Span]:
    """A town's or village's name jieba cut from its level, the level a word of its own ("深入|丁香|镇",
    "通州区|梨园|镇"): the noun or name of two or three characters right before it and the level are the place."""
    out = []
    for (a, b, w, flag), (c, d, level, _f) in zip(words, words[1:], strict=False):
        if level in _CUT_LEVELS and b == c and 2 <= len(w) <= 3 and flag[:1] in ("n", "j") \
                and all_han(w):
            out.append(Span(a, d, "place", "place"))
    return out


_CUT_LEVELS = frozenset(("镇", "乡", "村", "县"))  # levels jieba leaves apart; 市 and 区 end common words (城市, 小区)


def _named_features(folded: str, words: Sequence[tuple[int, int, str, str]]) -> list[Span]:
    """A place's bare kind after a locative, with the nouns jieba cut its name into: "在|观音|亭|海域" — what
    stands after 在 and ends in 海域 or 海湾 names the place where."""
    out = []
    for i, (_a, b, w, _flag) in enumerate(words):
        if w not in _FEATURE_NOUNS or i == 0:
            continue
        j = i
        while j > 0 and i - j < 3 and words[j - 1][1] == words[j][0] and words[j - 1][3][:1] == "n" \
                and words[j - 1][2] not in _FEATURE_NOUNS:
            j -= 1
        if j < i and _AT.search(folded, max(0, words[j][0] - _AT_WIDEST), words[j][0]):
            out.append(Span(words[j][0], b, "place", "place"))
    return out


# The bare kinds of a place, which a proper name before them makes a place's name.
_FEATURE_NOUNS = frozenset(("海滩", "沙滩", "海湾", "海峡", "湖", "河", "山", "岛", "半岛", "港", "湾", "山脉", "峡谷",
                            "公园", "广场", "大道", "大街", "机场", "车站", "码头", "大桥", "水库", "瀑布", "海域"))
ROAD_ENDS = ("路", "街", "大道", "大街", "巷", "胡同", "弄")  # a road, whose houses an address numbers
# a house number right after a road's name (folded text): "733号", "一一七号", "2930号", "12-3号院", "88弄"; an
# alley's house off a numbered lane after a slash, as Vietnam numbers them ("罗笑街24/10号")
HOUSE_NUMBER = re.compile(r"\s?(?:\d+|[〇零一二三四五六七八九十百]+)(?:[-之/]\d+)?\s?[号弄](?:院|楼)?")


def addresses(folded: str, words: Sequence[tuple[int, int, str, str]]) -> list[Span]:
    """Street addresses: a road's name with the nouns jieba split off its front and its house number
    ("东风|东路|733|号" → 东风东路733号). A word ending like a road names one when jieba tags it a place or a
    house number follows it ("公路", "思路" do not)."""
    out = []
    for i, (a, b, w, flag) in enumerate(words):
        if len(w) >= 2 and flag[:1] == "n" and not w.endswith(ROAD_ENDS) \
                and _AT.search(folded, max(0, a - _AT_WIDEST), a):
            number = HOUSE_NUMBER.match(folded, b)
            if number is not None:  # "还在王府井|117号": a street's name with its house number, however tagged
                out.append(Span(a, number.end(), "place", "place"))
            continue
        if w in ROAD_ENDS and i > 0 and words[i - 1][1] == a and (words[i - 1][3] in _ROAD_NAME_TAGS
                                                                  or words[i - 1][3] == "eng") \
                and len(words[i - 1][2]) >= 2 and (number := HOUSE_NUMBER.match(folded, b)) is not None:
            # "罗笑|街|24/10号": 街 cut off; "溫市|Keefer|街|112號" (AM1320): an overseas road's Latin name, with
            # the city printed right before it
            first = words[i - 1][0]
            if words[i - 1][3] == "eng" and i > 1 and words[i - 2][1] == first and words[i - 2][3] == "ns":
                first = words[i - 2][0]
            out.append(Span(first, number.end(), "place", "place"))
            continue
        if len(w) < 2 or not w.endswith(ROAD_ENDS) or flag[:1] != "n":
            continue
        number = HOUSE_NUMBER.match(folded, b)
        if flag != "ns" and number is None:
            continue
        j = i
        while j > 0 and i - j < 2 and words[j - 1][1] == words[j][0] and words[j - 1][3] in _ROAD_NAME_TAGS:
            j -= 1
        if j < i or number is not None:
            out.append(Span(words[j][0], number.end() if number else b, "place", "place"))
    if "村" in folded:
        out += [Span(m.start(), m.end(), "place", "place") for m in _VILLAGE_ADDRESS.finditer(folded)]
    return out


# A house in a village: its township, the village and the house number, with the name of the lane or hamlet
# between ("秀林乡秀林村民治116号"), which jieba cuts across the village's end (秀林|村民|治)
_VILLAGE_ADDRESS = re.compile(r"(?:[\u4e00-\u9fff]{2}[乡镇])?[\u4e00-\u9fff]{2}村[\u4e00-\u9fff]{0,3}?"
                              r"(?:\d+|[一二三四五六七八九十百]+)(?:[-之/]\d+)?号")


_ROAD_NAME_TAGS = frozenset(("n", "nz", "ns", "nr", "j"))
_AT = re.compile(r"(?:在|位于|设在|迁至|搬到|地址[:是为]?)\s?$")  # the words before an address
# _AT's longest match, with the line end its $ may stand before: searched for in that many characters before a word,
# not from the sentence's start (once a word, that was the address scan's main cost; tests/test_span_shortcuts.py
# checks the bound against the pattern)
_AT_WIDEST = 8


_BANK_BRANCHES = frozenset(("支行", "分行"))


def orgs(folded: str, pos: Iterable[tuple[str, str]] = ()) -> list[Span]:
    """Organisations: jieba's nt tags and names ending in 中心/厅/局/委/法院/公司 …, with their place prefix."""
    spans = []
    words = list(offsets(pos))
    for i, (a, b, w, flag) in enumerate(words):
        if w == "暨":
            continue  # jieba tags the joining word nt
        if flag == "nt" or w in SHORT_ORGS \
                or (len(w) >= 3 and ORG_SUFFIX_RE.search(w) and flag[:1] in ("n", "x", "j")) \
                or (w in _BARE_BODIES and i >= 1 and words[i - 1][1] == a and words[i - 1][3] in ("n", "j", "nz")) \
                or (w in _BARE_SCHOOLS and _named_school(words, i)) \
                or (w == "队" and i >= 1 and words[i - 1][1] == a and words[i - 1][3] in _TEAM_NAME_TAGS) \
                or (len(w) >= 4 and _LONG_ORG_SUFFIX.search(w) and flag in ("l", "i")) \
                or _bare_department(words, i) or _province_department(words, i) >= 0:
            # (jieba tags a few company names as set phrases: "可口可乐公司"/l)
            start = a
            j = i - 1
            if _bare_department(words, i):  # "运输/vn|署": the field it is named after, a verb's noun too
                start, j = words[i - 1][0], i - 2
            elif (province := _province_department(words, i)) >= 0:
                start, j = words[province][0], province - 1  # "省|农业|农村|厅": the province, then the field
            # "安吉县" + "综治中心", "省" + "公安厅": take the place or noun just before it; a name jieba reads
            # as a person's right before it too ("楚天|广播电台"), or before the noun ("马祖/nr|守备区|指挥部")
            while j >= 0 and (words[j][3] in ("ns", "nt", "n", "j", "nz") or (j >= i - 2 and words[j][3] == "nr")) \
                    and i - j <= 2 and words[j][1] == start:
                start = words[j][0]
                j -= 1
            if w in _LEGAL_FORMS:
                # a company's legal form alone names none: its name is the run of nouns before it, however
                # jieba cut it ("国|星光|电|股份|有限公司"); the place it is registered in, in brackets right before
                # the form, is part of the name ("安琪酵母|(|柳州|)|有限公司")
                if start == a and j >= 2 and words[j][2] in (")", "）") and words[j - 1][3] == "ns" \
                        and words[j - 2][2] in ("(", "（") and words[j][1] == a and words[j - 2][1] == words[j - 1][0]:
                    start, j = words[j - 2][0], j - 3
                while j >= 0 and words[j][3] in _COMPANY_NAME_TAGS and words[j][1] == start \
                        and b - words[j][0] - len(w) <= _COMPANY_NAME_CHARS:
                    start = words[j][0]
                    j -= 1
            if j >= 1 and _ACADEMIC.search(w) and words[j][2] in ("与", "和", "及") and words[j][1] == start \
                    and words[j - 1][3] in ("n", "vn") and len(words[j - 1][2]) >= 2 \
                    and not ORG_SUFFIX_RE.search(words[j - 1][2]):
                # "新闻与国际关系学院", "经济与管理学院": a school of two fields is one organisation, and its
                # university before it is its parent ("暨南大学" + "新闻与…学院")
                start, j = words[j - 1][0], j - 2
                while j >= 0 and words[j][3] in ("ns", "nt") and words[j][1] == start:
                    start = words[j][0]
                    j -= 1
            if w in _BARE_BODIES and j >= 0 and (words[j][3][:1] in ("m", "q", "r", "c") or words[j][2] == "、"):
                # "一家|电器|公司", "该|环保|公司", "零售|和|酒店|公司": companies of a trade, named by no name
                continue
            end, k, last, joined = b, i + 1, i, False
            # "新华社" + "亚太|总|分社": a branch of it, up to the next word that ends like an organisation; "暨"
            # joins the other name of the same body ("…总分社暨香港特区分社"), which may be one jieba tags nt
            # ("肯尼亚华侨华人联合会暨肯尼亚|中国和平统一促进会/nt")
            while k < len(words) and k - last <= 3:
                w2, tag2 = words[k][2], words[k][3]
                if w2 == "暨" and end == words[k][0]:
                    last, joined = k, True
                elif w2 in _BANK_BRANCHES and end == words[k][0]:
                    end, last = words[k][1], k  # "中国人民银行鄂州市中心|支行/v": jieba reads a branch as a verb
                elif tag2 not in _ORG_BRANCH_TAGS and not (joined and tag2 == "nt"):
                    break
                elif tag2 in ("n", "nt", "nz", "j") and ORG_SUFFIX_RE.search(w2):  # not "主办"/b
                    end, last = words[k][1], k
                k += 1
            spans.append(Span(start, end, "org", "org"))
    spans += _two_field_bodies(words)
    spans += _place_centres(words)
    spans += _party_committees(words)
    return longest_spans(spans)


# China's eight democratic parties, by the short names papers give their local committees ("民盟商丘市委会").
_PARTIES = frozenset(("民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟"))
_LEVEL_COMMITTEES = frozenset(("省委", "市委", "县委", "区委"))


def _party_committees(words: Sequence[tuple[int, int, str, str]]) -> list[Span]:
    """A democratic party's local committee: "民盟|商丘|市委|会", "农工党|商丘|市委|会" (商丘日报) — jieba cuts off the
    会 that makes 市委 the party's committee (市委会), and tags 民进 an adjective; the whole name is one body."""
    spans = []
    for i, (a, _b, w, _flag) in enumerate(words):
        if w not in _PARTIES:
            continue
        for k in range(i + 1, min(i + 4, len(words) - 1)):
            if words[k][2] in _LEVEL_COMMITTEES and words[k + 1][2] == "会" and words[k + 1][0] == words[k][1] \
                    and all(words[m][1] == words[m + 1][0] for m in range(i, k)):
                spans.append(Span(a, words[k + 1][1], "org", "org"))
                break
    return spans


def _bare_department(words: Sequence[tuple[int, int, str, str]], i: int) -> bool:
    """Word i is 署 cut off the field a government department is named after ("运输|署", "水务|署": Hong Kong's
    departments): an organisation from that field's word, a noun or a verb's noun of two characters or more."""
    return words[i][2] == "署" and i >= 1 and words[i - 1][1] == words[i][0] and words[i - 1][3] in ("n", "vn") \
        and len(words[i - 1][2]) >= 2


def _province_department(words: Sequence[tuple[int, int, str, str]], i: int) -> int:
    """Word i is 厅 cut off the field a province's department is named after ("省|农业|农村|厅", "省|自然资源|厅"):
    the index of the province's word that opens the name (省, 陕西省), the field's one or two words of two characters
    or more between them; -1 when it is no such department (客厅, 展厅 are words of their own)."""
    if words[i][2] != "厅":
        return -1
    j, fields = i - 1, 0
    while j >= 0 and fields < 2 and words[j][1] == words[j + 1][0] and words[j][3] in ("n", "vn", "l", "nz") \
            and len(words[j][2]) >= 2:
        j, fields = j - 1, fields + 1
    if fields and j >= 0 and words[j][1] == words[j + 1][0] \
            and (words[j][2] == "省" or words[j][2].endswith(("省", "自治区"))):
        return j
    return -1


def _place_centres(words: Sequence[tuple[int, int, str, str]]) -> list[Span]:
    """A centre named by its place and its field: "鸡西市|老年|福利|中心", "安吉县|文化|中心" — the bare 中心 is
    no organisation, but one whose run of nouns (at most three words) opens with a place names one."""
    out = []
    for i, (_a, b, w, _flag) in enumerate(words):
        if w not in _BARE_CENTRES:
            continue
        start, place = words[i][0], None
        for j in range(i - 1, max(-1, i - 4), -1):
            if words[j][1] != start or words[j][3] not in _CENTRE_NAME_TAGS:
                break
            start = words[j][0]
            if words[j][3] == "ns" and len(words[j][2]) >= 2:
                place = start  # the farthest place: jieba tags a field as one too ("福利"/ns)
        if place is not None and b - place > len(w) + 2:
            out.append(Span(place, b, "org", "org"))
    return out


_BARE_CENTRES = frozenset(("中心",))
_CENTRE_NAME_TAGS = frozenset(("ns", "n", "t", "nz", "vn", "j"))


# A body's kind word jieba cuts off its name ("市政|环保|公司", "互联网|信息|办公室"): an organisation after the nouns
# naming it.
_BARE_BODIES = frozenset(("公司", "办公室"))
# A team's 队 jieba cuts off the place or name it is called by ("上海|海港|队")
_TEAM_NAME_TAGS = frozenset(("ns", "nz", "j", "nt"))
# A school's kind word jieba cuts off its name ("中国|新闻|学院"): a school when a place or a name opens the run
# before it; "研究生|学院", "公共|事务|学院" name a kind of school, none in particular.
_BARE_SCHOOLS = frozenset(("学院", "大学", "学校", "中学", "小学"))


def _named_school(words: Sequence[tuple[int, int, str, str]], i: int) -> bool:
    """Words i-1 (a noun) and, before it, i-2 are printed right before the school word, and one of them is a
    place or a name (jieba's ns, nt, nz, nr, j)."""
    if i < 1 or words[i - 1][1] != words[i][0] or words[i - 1][3] not in ("n", "j", "nz", "ns", "nt"):
        return False
    if words[i - 1][3] in _SCHOOL_NAME_TAGS:
        return True
    return i >= 2 and words[i - 2][1] == words[i - 1][0] and words[i - 2][3] in _SCHOOL_NAME_TAGS


_SCHOOL_NAME_TAGS = frozenset(("ns", "nt", "nz", "nr", "j"))
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
    """Web addresses: where a document can be read is a place ("刊载于www.sse.com.cn"); so is a mail address,
    where a letter is sent ("发送至邮箱:zswb03@zsnews.com")."""
    out = [Span(m.start(), m.end(), "place", "url") for m in _URL.finditer(folded) if "." in m.group()] \
        if "." in folded else []  # (no scan where no address can be: each holds a dot)
    if "@" in folded:
        out += [Span(m.start(), m.end(), "place", "url") for m in _MAIL.finditer(folded)]
    return out


_MAIL = re.compile(r"(?<![\w.+-])[a-z0-9][\w.+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.ASCII)


def quotes(folded: str) -> list[Span]:
    """Quoted terms: “…”, 《…》, 「…」 — the span is inside the marks."""
    out: list[Span] = []
    if not any(q in folded for q in _QUOTE_OPENS):
        return out  # each way through _QUOTES opens with one of them (test_span_shortcuts.py reads it from it)
    for m in _QUOTES.finditer(folded):
        g = next(i for i in range(1, 7) if m.group(i) is not None)
        out.append(Span(m.start(g), m.end(g), "quote", "quote"))
    return out


def terms(folded: str, pos: Iterable[tuple[str, str]] = ()) -> list[Span]:
    """Noun phrases: runs of nouns and modifiers between punctuation, for "what" questions."""
    return tag_runs(pos, lambda w, f: f in NOUN_TAGS and w not in PUNCT and not w.isspace(), "term")


_REJOIN_MOST = 8  # characters of name before an organisation's own words that are rejoined to it


def rejoined_orgs(folded: str, found: Sequence[Span], nouns: Sequence[Span]) -> list[Span]:
    """Organisations whose name jieba cut into words the extractor does not take ("维基/nrt 媒体基金会",
    "学生/n 仲裁/vn 评议委员会", "国立/b 广东大学"): the run of nouns ending where the organisation ends is its whole
    name, when what it adds before it is a few characters of a name: no count or ordinal ("第一家电视台"), no
    preposition ("以共产党"), no parent body ("印第安纳大学|摩利尔法学院", which the extractor reads apart)."""
    out = []
    for sp in found:
        run = next((t for t in nouns if t.end == sp.end and t.start < sp.start), None)
        extra = folded[run.start:sp.start] if run is not None else ""
        if run is not None and len(extra) <= _REJOIN_MOST and not any(c.isdigit() for c in extra) \
                and not _NOT_NAME.search(extra) and not ORG_SUFFIX_RE.search(extra):
            out.append(Span(run.start, sp.end, "org", "org"))
        out.append(sp)  # kept too: what it adds may be the question's own words ("奉贤|百联南桥购物中心")
    return out


# not part of a name: punctuation and joining words, a count or an ordinal ("第一家", "十五代"), a preposition
# jieba left at the run's start ("以|共产党")
_NOT_NAME = re.compile(r"[\s,，。;；:：、的之与和及或第" + CN_DIGITS + r"]|^[以在由被对向从把为于将]")


def extract(folded: str, pos: list[tuple[str, str]], names: Iterable[str] = (), freq: Freq = main_word_freq
            ) -> list[Span]:
    """Every typed span of a sentence."""
    pos = Tags(pos)  # the generators below read the words' offsets ~8 times: counted once, dropped after
    when = times(folded, pos)
    # "4月" inside "4月13日" is part of a date, not a count.
    # "时隔12年" is a count of years as well as a time: a year of at most three digits stays a number.
    # A bare day ("9日,") is a number as well: "几日抵达" asks it as one.
    days = {(t.start, t.end) for t in when if _BARE_DAY.fullmatch(folded, t.start, t.end)}
    nums = [n for n in numbers(folded) if not any(t.start <= n.start and n.end <= t.end for t in when)
            or _YEARS.fullmatch(folded, n.start, n.end) or (n.start, n.end) in days]
    # "福报就是一份生于忧患…的报纸", "作为一名教师": 一 and a measure word after a copula is an article, no count
    nums = [n for n in nums if not (n.end - n.start == 2 and folded[n.start] == "一"
                                    and _COPULA_END.search(folded, 0, n.start))]
    # "一次性通过达标投产考核" (中国能源报): 一次性 is "at one go", an adverb, no count of times
    nums = [n for n in nums
            if not (n.end - n.start == 2 and folded[n.start] == "一" and folded[n.end:n.end + 1] == "性")]
    if any(w in folded for w in ADVERB_NUMERALS):
        # "十分|顺畅", "一起|去": an adverb before a verb or an adjective, no count
        tags = {a: flag for a, _b, _w, flag in offsets(pos)}
        nums = [n for n in nums if folded[n.start:n.end] not in ADVERB_NUMERALS
                or tags.get(n.end, "x")[:1] not in ("v", "a", "d", "z")]
    people = _people(folded, pos, names, freq)
    where = places(folded, pos, freq)
    marks = quotes(folded)
    # "青浦区“东方绿舟”": a name quoted right after a place is a place in it (a park, a camp, a venue)
    where += [Span(p.start, q.end + 1, "place", "place") for p in where for q in marks
              if q.start == p.end + 1 and folded[p.end] in "“「\"" and q.end - q.start <= 10]
    # "名山(八公山)": a name in brackets right after the noun it names is a place (an organisation) by its ending
    for m in _BRACKETED.finditer(folded):
        kind: SpanType | None = "place" if PLACE_SUFFIX_RE.search(m.group(1)) else (
            "org" if ORG_SUFFIX_RE.search(m.group(1)) else None)
        if kind is not None:
            where.append(Span(m.start(1), m.end(1), kind, "place" if kind == "place" else "org"))
    nouns = terms(folded, pos)
    typed = people + where + rejoined_orgs(folded, orgs(folded, pos), nouns) + when + nums
    if " " in folded:
        typed = across_breaks(folded, pos, typed)
    web = urls(folded)
    if web:  # the pieces of a web address are no numbers, places or organisations of their own
        typed = [sp for sp in typed if not _in_url(sp, web)] + web
    return typed + marks + nouns


def persons_in(folded: str, pos: list[tuple[str, str]], names: Iterable[str] = (), freq: Freq = main_word_freq
               ) -> list[Span]:
    """extract()'s persons alone, the same spans in the same order, for a reader that wants no other type (a
    pronoun's antecedent): the other types cost twice as much again."""
    pos = Tags(pos)
    people = _people(folded, pos, names, freq)
    web = urls(folded) if people else []
    return [sp for sp in people if not _in_url(sp, web)] if web else people


def _people(folded: str, pos: Tags, names: Iterable[str], freq: Freq) -> list[Span]:
    """The persons a sentence names, before extract() drops what lies in a web address."""
    people = persons(folded, pos, names, freq)
    # a name jieba cut into single characters right after a post ("副区长关|也|彤|介绍") is a person too
    people += names_after_posts(folded, pos, people)
    people = longest_spans(people + names_before_posts(folded, people, freq))  # "黄德|全会长": 黄德全, not 黄德
    glued = names_glued_to_verbs(folded, pos, people, freq)  # "张远|发致|欢迎词": 张远发
    if glued:
        people = longest_spans(people + glued)
    latin = latin_names(folded) + surname_cut_before_address(folded, pos)  # "区长Loreto Sordo在", "谢|立德|先生"
    if latin:
        people = longest_spans(people + latin)
    if not people and not any(flag in PERSON_TAGS for _w, flag in pos) and not _LATIN_WORD.search(folded):
        people = kin(folded)  # a sentence that names no one (no word a name's tag either) tells them by kin
    return people


def _in_url(sp: Span, web: Sequence[Span]) -> bool:
    return any(u.start <= sp.start < u.end for u in web)


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
    return w == " " and 0 < a and b < len(folded) and CJK.match(folded, a - 1) is not None \
        and CJK.match(folded, b) is not None


_BROKEN_NAME_TAGS = frozenset(("n", "ng", "nz", "ns", "nr", "nt", "j"))
_BRACKETED = re.compile(r"(?<=[\u4e00-\u9fff])[(（]([\u4e00-\u9fff]{2,8})[)）]")
_COPULA_END = re.compile(r"(?:是|为|成为|作为)$")
# 12年, 3年-5年; in words, 十三年, 近十三年 (never a year's digits told one by one: 一九九八年 is a date)
_CN_YEARS = (r"(?:[一二两三四五六七八九几]|[一二两三四五六七八九几]?十[一二三四五六七八九]?"
             r"|[一二两三四五六七八九]百(?:零?[一二三四五六七八九]十?[一二三四五六七八九]?)?)")
_YEARS = re.compile(r"(?:近|约|逾)?(?:\d{1,3}|" + _CN_YEARS + r")\s?(?:多|余)?年"
                    r"(?:\s?(?:至|到|-|~|—)\s?\d{1,3}\s?(?:多|余)?年)?")
