"""One printed line → what it is on the page: page furniture, a byline, a photo credit, a dateline, a sub-head,
an interview turn. `load.parse_page` walks the page with these; each rule is tested in tests/test_layout.py.

Everything is matched in the folded form (full-width → ASCII, traditional → simplified), which has the same
length as the text as written, so names and datelines are cut from the printed text at the folded offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .dates import iso_date as iso
from .lexicon import (
    BYLINE_ROLES,
    COMPOUND_SURNAMES,
    CORRESPONDENT_ROLES,
    DATELINE_AGENCIES,
    DISCLAIMERS,
    GENERIC_PLACES,
    INTERVIEWERS,
    LONG_PLACES,
    NOT_NAMES,
    NOT_SPEAKERS,
    PAPER_CODES,
    PHOTO_ROLES,
    SECTION_LABELS,
    SECTION_WORDS,
    SURNAME_ORDER,
    SURNAMES,
    ordinal_value,
)
from .normalize import fold
from .types import Byline, Dateline

HAN = r"\u4e00-\u9fff"
_SLASHES = str.maketrans("∕⁄╱／", "////")


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    """normalize.fold, and the slashes papers print ("記者王某∕台北報導") as "/"; same length. Remembered: a
    line is asked about by several rules in turn."""
    return fold(text).translate(_SLASHES)

_AGENCY = rf"(?:{'|'.join(DATELINE_AGENCIES)}|[{HAN}·]{{1,8}}?(?:报|社|网|台))"
_DAY = r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日"
_REL_DAY = r"(?:今晨|今晚|今天|今日|昨晚|昨天|昨日)"  # "本报阿胡斯今晨专电": a day said against the paper's
_NUM = r"[0-9一二三四五六七八九十]+"

# ---------------------------------------------------------------- page furniture


@dataclass(frozen=True)
class Furniture:
    """A line that is not part of any article. kind: label | trailer | note | separator | email | hashtag |
    disclaimer | staff (editors, designers) | header (a disclosure's codes over its title, kept with the article
    under it) | dateline (a "2021年3月2日 星期二" line) | figure (a table or picture left out, "■"); source/date/page
    when the line says them."""

    kind: str
    source: str = ""
    date: str = ""
    page: str = ""


_LABEL = [
    re.compile(r"^第?\s*(?P<page>[a-z]?\d{1,5})\s*版\s*(?:[(:\[]\s*[^)\]]{0,12}\s*[)\]]?|[:\s]\s*["
               + HAN + r"·]{1,10})?$"),
    re.compile(r"^(?P<page>[a-z]\d{1,3})\s*(?:版\s*)?[:\s]?\s*[" + HAN + r"·]{2,8}$"),
    re.compile(r"^[" + HAN + r"]{2,8}\s*第?\s*(?P<page>[a-z]?\d{1,3})\s*版$"),
]
# With the page's date on the line, a page label's section name may be long: "A04版 2023年09月09日
# 第五届海峡两岸中山论坛特别报道" (中山日报's e-paper), the date taken out.
_DATED_LABEL = re.compile(r"^第?\s*(?P<page>[a-z]?\d{1,5})\s*版\s*[:\s]\s*[" + HAN + r"·]{1,20}$")
# The date inside a trailer: "2021年03月02日" or "2021-03-02".
_TRAILER_DATE = (r"(?P<y>\d{4})\s*(?:年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日|[-./](?P<m2>\d{1,2})[-./]"
                 r"(?P<d2>\d{1,2}))")
_TRAILER = re.compile(
    r"^《\s*(?P<source>[^》]{2,12}?)\s*》\s*[(\[]?\s*" + _TRAILER_DATE
    + r"\s*[)\]]?\s*(?:第\s*)?(?P<page>[a-z]?\d{1,5})?\s*版?\s*[)\]]?$")  # "…(2017年3月7日) 01版" too
_DATES = [  # (pattern, year offset): the dates a page prints about itself
    (re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"), 0),
    (re.compile(r"中华民国\s*(?P<y>\d{2,3})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"), 1911),
    (re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[-./]\s*(?P<m>\d{1,2})\s*[-./]\s*(?P<d>\d{1,2})(?!\d)"), 0),
    (re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2}) (?P<m>\d{2})/(?P<d>\d{2})(?!\d)"), 0),
    # "4. 4. 2024": day, month, year, as Malaysian and Singapore mastheads print them
    (re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s*(?P<m>\d{1,2})\.\s*(?P<y>(?:19|20)\d{2})(?![\d.])"), 0),
]
# A masthead's date line also holds the weekday or the lunar date ("星期四 | 甲辰年二月廿六").
_MASTHEAD_DAY = re.compile(r"(?:星期|礼拜)[一二三四五六日天]|"
                           r"(?:农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年(?:[闰]?[正一二三四五六七八九十冬腊]{1,2}月)?(?:[初十廿卅][一二三四五六七八九十]?)?|"
                           r"(?:\d{4}\s*年\s*)?创刊")
# What else a date line may hold: times, weekdays, "日期:", "更新", issue numbers ("第8072期"), brackets.
# A weekday may have lost its last character on the way ("2011年11月1日 星期"); a time its zone ("HKT").
_DATE_REST = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|(?:星期|礼拜)[一二三四五六日天]?|周[一二三四五六日天]|日期\s*:|更新|"
                        r"出版日期|\b(?:hkt|gmt|utc|cst)\b|北京时间|香港时间|"
                        r"第\s*\d+\s*期|\d{1,2}/\d{1,2}|农历[^\s]{0,12}|[()\[\]【】\s,-]")
_PAPER = re.compile(r"^(?P<name>[" + HAN + r"]{2,8}?(?:电子报|日报|晚报|时报|早报|商报|周报|青年报|周刊|电讯|网|社)|["
                    + HAN + r"]{1,3}报)$")
# Clipping-service and archive records: "文章編號: 2019…", "字數: 1234", "版次: A01", "來源: 明報".
_META = re.compile(r"^(?P<key>文章编号|编号|字数|版次|版面|版位|版号|栏目|频道|分类|媒体|刊名|报刊|稿源|出处|"
                   r"来源|出版日期|日期|发布时间|发表时间|更新时间|发布)\s*:\s*(?P<value>.{0,40})$")
# "發佈: 2:56pm 21/03/2025" (星洲网): a site's time line, the date day/month/year as Malaysia prints it
_DMY = re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])")
_SOURCE_LINE = re.compile(r"^(?:稿件)?来源\s*:\s*(?P<name>[" + HAN + r"]{2,12})(?:\s+[" + HAN + r"]{2,6})?$")
_TRAILER_AT_END = re.compile(
    r"\s*《\s*(?P<source>[^》]{2,12}?)\s*》\s*[(\[]\s*" + _TRAILER_DATE
    + r"\s*(?:第\s*)?(?P<page>[a-z]?\d{1,5})?\s*版?\s*[)\]]$")
# "图片来源:海洛创意", "图源:视觉中国": where an online article's pictures come from (an agency, no photographer):
# kept with the article, searchable, never its byline.
_PICTURE_FROM = re.compile(rf"^(?:图片来源|图片|图源|题图|配图)\s*[:/]\s*[{HAN}a-z0-9]{{2,20}}$")
_REPOST = re.compile(rf"^the following article is from\s+(?P<name>[{HAN}a-z0-9]{{2,16}})(?:\s+author\s+.{{1,30}})?$")
# A blog engine's line under a post's title (西華報's WordPress site): "August 20, 2020 by WA Chinese Post Leave a
# Comment" — the day, and the account that posted it (the paper's own, not a reporter's name).
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_POST_DATE = re.compile(r"^(?P<m>" + "|".join(_MONTHS) + r")\s+(?P<d>\d{1,2}),\s*(?P<y>\d{4})"
                        r"(?:\s+by\s+[^,]{1,40}?)?(?:\s+(?:leave a comment|\d+\s+comments?))?$")
# …and the line under its text: "Filed Under: 新聞, 特寫 Tagged With: 三文魚, 金郡".
# A picture's source in brackets on a line of its own, an edition's page code after it: "(圖片:多倫多警隊) T02",
# "(圖:CP24)T04" (星島日報's Canadian listing) — where the picture came from, not who took it.
_PICTURE_BY = re.compile(r"^[(]\s*(?:图片|图)\s*[:/]\s*[^()/:]{2,20}[)]\s*(?:[a-z]\d{1,3})?$")
_POST_TAGS = re.compile(r"^(?:filed under|tagged with|categories|category|tags)\s*:")
# An aggregator's note of the paper a story is from, under its text: "華僑報新聞" (CyberCTM).
_PAPER_NEWS = re.compile(r"^(?P<name>[" + HAN + r"]{1,4}(?:日报|晚报|时报|早报|商报|报))新闻$")
# "图为杜志勇参加本报粉丝团活动", "上圖為…": a caption says what the picture shows — text, never a headline, and
# not the story's first words.
CAPTION_START = re.compile(r"^[(（]?(?:上|下|左|右|本|题)?(?:图|圖)(?:为|為)")
_DATE_PREFIX = re.compile(r"^\s*\[\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s*\]\s*")


def find_date(f: str) -> tuple[str, str]:
    """(ISO date, the folded text without it) of the first full date in folded text `f`."""
    for rx, plus in _DATES:
        m = rx.search(f)
        if m:
            found = iso(int(m["y"]) + plus, m["m"], m["d"])
            if found:
                return found, f[:m.start()] + " " + f[m.end():]
    return "", f


def paper_name(name: str) -> str:
    """"人民日报电子报" → "人民日报", "聯合電子報" → "聯合報"."""
    f = _fold(name)
    if f.endswith("电子报"):
        base = name[:-3]
        return base if _fold(base).endswith("报") else base + name[-1]
    return name


_EMPTY_FIELDS = re.compile(r"(?:\s*(?:作者|编辑|责任编辑|浏览次数|点击数|点击)\s*:)+\s*$")


def _dated_line(line: str, f: str) -> Furniture | None:
    """A line holding a date and at most the paper's name or page label: "光明日报 2012年10月27日 星期六",
    "人民日报2025.12.22星期一", "中華民國91年3月19日星期二", "2023年03月15日 第07版:国内", "(2023年9月24日)"."""
    date, rest = find_date(f)
    if not date:
        return None
    rest = re.sub(r"https?://\S+|www\.\S+", " ", rest).strip()  # "http://www.chinareviewnews.com 2011-05-23"
    rest = _EMPTY_FIELDS.sub("", rest)  # "2011年06月24日 作者:": the e-paper's empty author field
    for rx in (*_LABEL, _DATED_LABEL):  # "2023年03月15日 第07版:国内", "2023年5月8日 星期一 第A08版:体育"
        m = rx.match(re.sub(r"^(?:星期|礼拜|周)[一二三四五六日天]\s*", "", rest))
        if m:
            return Furniture("label", date=date, page=page_number(m.group("page")))
    m = re.search(r"(?:稿件)?来源\s*:\s*(?P<name>\S+)", rest)
    if m and _DATE_REST.sub("", rest[:m.start()]) == "":
        # "2020年03月02日08:25 来源：人民网－人民日报": the site, then the paper that printed it.
        name = re.split(r"[-－—]+", _cut(line, f, m["name"]))[-1]
        return Furniture("dateline", date=date, source=name)
    bare = _DATE_REST.sub("", rest)
    if not bare:
        return Furniture("dateline", date=date)
    if _MASTHEAD_DAY.search(f) and not re.search(rf"[{HAN}]{{3,}}", _MASTHEAD_DAY.sub("", bare)) and "。" not in f:
        # "4. 4. 2024 星期四 | 甲辰年二月廿六 | PP6264/08/2013(032549)西马:RM2.50": the masthead's date line,
        # with the lunar date, the permit number and the price
        return Furniture("dateline", date=date)
    m = _PAPER.match(bare)
    if m and len(bare) <= 10:
        return Furniture("dateline", date=date, source=paper_name(_cut(line, f, bare)))
    return None


def _cut(line: str, f: str, folded_part: str) -> str:
    """The text as written of a folded part of the line (folding keeps lengths)."""
    i = f.find(folded_part)
    return line[i:i + len(folded_part)] if i >= 0 else folded_part


def strip_trailer(line: str) -> tuple[str, Furniture | None]:
    """A trailer printed at the end of a line ("本报记者 崔丽 《 中国青年报 》( 2013年04月27日 04 版)"): the line
    without it, and what it says."""
    if "》" not in line[-40:]:
        return line, None
    f = _fold(line)
    m = _TRAILER_AT_END.search(f)
    if not m or m.start() == 0:
        return line, None
    return line[:m.start()].rstrip(), Furniture("trailer", source=line[m.start("source"):m.end("source")].strip(),
                                                date=iso(m["y"], m["m"] or m["m2"], m["d"] or m["d2"]),
                                                page=page_number(m["page"] or ""))


def date_prefix(line: str) -> tuple[str, str]:
    """"[2001-07-28] 田聰明一行訪本報" → ("2001-07-28", "田聰明一行訪本報"); ("", line) without one."""
    m = _DATE_PREFIX.match(line)
    if not m:
        return "", line
    return iso(m["y"], m["m"], m["d"]), line[m.end():]


_NOTE = re.compile(r"[(\[]\s*(?:全文|详见|详|见|文见|下转|上接|转|接|文接|紧接|续)\s*[^()]{0,12}?版\s*[)\]]"
                   r"|[(\[]\s*(?:完|全文完|待续|未完待续)\s*[)\]]")
_CONT = re.compile(r"[(\[]\s*((?:下转|上接|转|接)\s*第?\s*" + _NUM + r"\s*版)\s*[)\]]")
# "(相关报道见第四版)", "(另见A3版)", "(图片见第八版)": what the note points to may come before "见".
_CROSS = re.compile(r"[(\[]\s*(?:(?:相关|更多|另|图片|图文|详细)[^()\[\]见]{0,4}?见|全文|详见|详|见|文见|文接|紧接|续)"
                    r"\s*[^()\[\]]{0,14}?版\s*[)\]]")
# A front-page teaser's pointer to the page the story is on, at the end of its last line: "一起去看“雪” ●详见 3 版".
_SEE = re.compile(r"\s*[●■▲◆▶►→]\s*((?:详见|见|内文见)\s*第?\s*[a-z]?" + _NUM + r"\s*版)\s*$")
# A reposting site's note of the paper it took the text from: "【以上新闻转载自世界日报】", "~以上新闻转载自世界日报~".
_REPOSTED_FROM = re.compile(r"^(?P<open>[\[【(~〔])?\s*(?P<above>以上)?(?:新闻|内容|文章|本文|消息)?"
                            r"(?:转载|转引|摘|选|转)自\s*《?(?P<name>[" + HAN + r"]{2,10}?)》?\s*[\]】)~〕]?$")
_SEPARATOR = re.compile(r"^[#*\-=_~—.·●○◆◇■□★☆+<>/\\|\s]{3,}$")
# Who made the page, not who reported: "■指导教师:张明静", "系列报道策划:秦晖、肖桂来 本篇统筹:夏强", "三审:王进"
# (who reviewed it, a county media centre's lines).
_STAFF = re.compile(r"^[■□●▲◆]?\s*[" + HAN + r"]{0,6}?(?:指导教师|指导老师|策划|统筹|责任编辑|编辑|责编|校对|美编|设计|"
                    r"制图|监制|出品|视觉|海报|审核|审校|排版|一审|二审|三审|初审|复审|终审)\s*:")
# A paper's registration number on its masthead ("国内统一刊号:CN65-0010", "国内统一连续出版物号 CN11-0001").
_MASTHEAD_NUMBER = re.compile(r"(?:刊号|连续出版物号)\s*:?\s*cn\s*\d{2}\s*-\s*\d{4}")
_SPLIT_DATE = re.compile(r"^(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s+(?P<d>\d{1,2})$")
_HOTLINE = re.compile(r"^(?:有奖)?(?:新闻|报料|爆料|订报|广告|服务|读者)?热线\s*[:]?\s*[\d\s-]{5,20}"
                      r"(?:(?:星期|礼拜)[一二三四五六日天])?$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_HASHTAG = re.compile(r"^(?:#[^#\s]{1,30}#?\s*)+$")


_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "o": 0}  # a year digit by digit
# A masthead's lines in Chinese numerals (正報): "第一版", "二O一三年五月十七日" (a letter O for 〇), "星期五",
# the lunar date "農曆癸巳年四月初八日", and the statement "澳門特別行政區政府承認之有效刊物".
_CN_PAGE = re.compile(r"^第\s*(?P<n>[一二三四五六七八九十]{1,3})\s*版$")
_CN_DATE = re.compile(r"^(?P<y>[〇零o一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月\s*"
                      r"(?P<d>[一二三四五六七八九十]{1,3})\s*日\s*(?:(?:星期|礼拜)[一二三四五六日天])?$")
_LUNAR_DATE = re.compile(r"^(?:农历)?\s*[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s*(?:闰)?"
                         r"[正一二三四五六七八九十冬腊]{1,2}月\s*(?:初|十|廿|二十|三十|卅)[一二三四五六七八九十]?日?$")
_WEEKDAY = re.compile(r"^(?:星期|礼拜)[一二三四五六日天]$")
_VALID_ISSUE = re.compile(rf"^[{HAN}]{{2,20}}(?:承认|认可|核准|登记)之?有效刊物$")


def _masthead_line(f: str) -> Furniture | None:
    """A masthead line in Chinese numerals or the lunar calendar, or None."""
    m = _CN_PAGE.match(f)
    if m:
        return Furniture("label", page=str(ordinal_value(m["n"])))
    m = _CN_DATE.match(f)
    if m:
        year = int("".join(str(_CN_DIGITS[c]) for c in m["y"]))
        return Furniture("dateline", date=iso(year, ordinal_value(m["m"]), ordinal_value(m["d"])))
    if _LUNAR_DATE.match(f) or _WEEKDAY.match(f) or _VALID_ISSUE.match(f):
        return Furniture("dateline")
    return None


# A letter and digits glued to six characters or more: a headline ("F1中国大奖赛桂冠"), not a page label ("A4要闻").
_GLUED_LONG_NAME = re.compile(rf"^[a-z]\d{{1,3}}[{HAN}]{{6,}}$")


def furniture(line: str) -> Furniture | None:
    """The page furniture this line is, or None when it may belong to an article."""
    if len(line) > 120 or (len(line) > 60 and "。" in line):  # furniture is short; a paragraph is not
        return None
    f = _fold(line).strip()
    f = re.sub(r"^当前版\s*:\s*", "", f)
    if re.match(r"^第\s*\d+\s*期(?:\s*\(.{0,30}\))?$", f):
        return Furniture("label")
    masthead = _masthead_line(f)
    if masthead is not None:
        return masthead
    m = _SPLIT_DATE.match(f)
    if m:  # "2023年09 09" (中山日报's e-paper): the masthead's date, its month and day in boxes of their own
        return Furniture("dateline", date=iso(m["y"], m["m"], m["d"]))
    if _HOTLINE.match(f):
        return Furniture("header")  # "有奖新闻热线: 88881111 星期六": the masthead's phone line
    if _MASTHEAD_NUMBER.search(f):
        return Furniture("header")  # "…主管主办 昌吉日报社出版 国内统一刊号:CN65-0010": the masthead's statement
    if re.match(r"^(?:证券|股票|债券)代码\s*:\s*[\w.]+\s+(?:证券|股票|债券)简称\s*:", f):
        return Furniture("header")  # "证券代码:002673 证券简称:西部证券 公告编号:2019-076": a disclosure's header
    for rx in _LABEL:
        m = rx.match(re.sub(r"^[•·●■□◆▲»>]\s*", "", f))  # "•第7版": a pointer to another page
        if m and not _GLUED_LONG_NAME.match(m.group(0)):
            return Furniture("label", page=page_number(m.group("page")))
    m = _TRAILER.match(f)
    if m:
        return Furniture("trailer", source=line.strip()[m.start("source"):m.end("source")],
                         date=iso(m["y"], m["m"] or m["m2"], m["d"] or m["d2"]), page=page_number(m["page"] or ""))
    if len(f) <= 80:
        dated = _dated_line(line.strip(), f)
        if dated is not None:
            return dated
        if _PAPER.match(f) and _fold(f).endswith("电子报"):
            return Furniture("label", source=paper_name(line.strip()))
        if len(f) <= 6 and re.fullmatch(rf"[{HAN}]{{1,4}}(?:日报|晚报|时报|早报|商报|报)", f) and "本报" not in f:
            return Furniture("label", source=line.strip())  # "明報" over a clipping: the paper's name
        if re.fullmatch(r"[a-z]\d{1,3}|\d{1,3}", f):
            return Furniture("label", page=page_number(f))  # "A01", "02" on a line of its own
        m = _SOURCE_LINE.match(f)
        if m:
            return Furniture("disclaimer", source=_cut(line.strip(), f, m["name"]))
        section = re.sub(r"[一二三四五六七八九十\d\s]+$", "", re.sub(r"\s*(?:更多|more)\s*[>》»]*$", "", f))
        latest = re.sub(r"^即时(?=[\u4e00-\u9fff]{2})", "", section)  # "即時國際" (星洲网): the latest of a section
        if section in SECTION_LABELS or re.sub(r"(?:新闻|快讯|简讯|速递|动态|版)$", "", section) in SECTION_LABELS \
                or latest in SECTION_LABELS:
            return Furniture("label")  # "港聞", "社論 更多" (a listing's section and its "more" link), "综合新闻"
    if _STAFF.match(f) or _PICTURE_FROM.match(f) or _PICTURE_BY.match(f):
        return Furniture("staff")
    m = _META.match(f)
    if m:
        key, value = m["key"], line.strip()[m.start("value"):].strip()
        if key in ("版次", "版面", "版位", "版号"):
            page = re.search(r"[a-z]?\d{1,4}", m["value"])
            return Furniture("label", page=page_number(page.group()) if page else "")
        if key in ("媒体", "刊名", "报刊", "稿源", "出处", "来源"):
            # "来源：人民网－人民日报": the site, then the paper that printed it.
            # "來源: 科學時報 作者: 龍九尊": the source ends where the next field begins.
            value = re.split(r"\s+\S{1,4}\s*[:：]", value)[0]
            return Furniture("disclaimer", source=re.split(r"\s*[-－—]+\s*", value)[-1])
        dmy = _DMY.search(m["value"]) if key == "发布" else None
        return Furniture("meta", date=find_date(m["value"])[0] or (iso(dmy["y"], dmy["m"], dmy["d"]) if dmy else ""))
    if f.startswith(("©", "copyright", "(c)")) or f in ("分享到:", "分享到", "打印", "返回顶部", "关闭窗口"):
        return Furniture("disclaimer")
    m = _REPOST.match(f)
    if m:  # "The following article is from 新京报 Author 新京报记者": a WeChat repost's banner, naming the paper
        return Furniture("disclaimer", source=_cut(line.strip(), f, m["name"]))
    if re.fullmatch(r"[A-Z][A-Z&' -]{2,30}[A-Z]", line.strip()) and " " in line.strip():
        return Furniture("label")  # "LATEST ARTICLES" over a listing (South Australia Chinese Weekly): the site's label
    if re.fullmatch(r"【[^】]{2,8}】", f):  # "【南都一周】": a column's label
        return Furniture("label")
    if re.fullmatch(r"【\s*更多[^】]{2,30}】", f):  # "【更多即時新聞詳情請上東網新聞】": the site's pointer
        return Furniture("disclaimer")
    if f in _PAPER_NAMES:  # "新報人" on a line of its own in a listing: the paper's name
        return Furniture("label", source=line.strip())
    if re.fullmatch(r"[■□](?:\s*[■□])*", f):
        return Furniture("figure")  # "■": where an e-paper's text leaves out a table or picture
    if _SEPARATOR.match(f) or f in ("-", "*", "#", "—", "--", "|"):  # "|" between two labels (星洲网)
        return Furniture("separator")
    if _HASHTAG.match(f):
        return Furniture("hashtag")
    if len(f) <= 80 and _EMAIL.search(f) and not any(c in f for c in "。！？"):
        return Furniture("email")
    squeezed = f.replace(" ", "").replace("信息来源:", "")  # "…记者刘斌 摄 信息来源:彭雪琴": a caption's credit
    if (len(f) <= 60 and any(w in squeezed for w in DISCLAIMERS) and not _byline_first(f)) or (
            f.startswith("(") and f.endswith(")") and any(w in f for w in ("编辑", "责编", "来源"))):
        return Furniture("disclaimer")
    if _NOTE.fullmatch(f.replace(" ", "")) or _CROSS.fullmatch(f):
        return Furniture("note")
    m = _POST_DATE.match(f)
    if m:
        return Furniture("dateline", date=iso(m["y"], str(_MONTHS.index(m["m"]) + 1), m["d"]))
    if _POST_TAGS.match(f):
        return Furniture("hashtag")
    m = _PAPER_NEWS.match(f)
    if m and m["name"] != "本报":
        return Furniture("disclaimer", source=_cut(line.strip(), f, m["name"]))
    m = _REPOSTED_FROM.match(f)
    if m and (m["open"] or m["above"]):
        return Furniture("disclaimer", source=_cut(line.strip(), f, m["name"]))
    return None


_PAPER_NAMES = frozenset(_fold(n) for n in PAPER_CODES.values())


def _byline_first(f: str) -> bool:
    """"記者:DMC編輯:DMC": a byline that names its editor too, not an editor's line."""
    if not _starts_with_role(f) or f.startswith(("编辑", "责任编辑")):
        return False
    b = parse_byline(f)
    return b is not None and bool(b.reporters or b.correspondents)


def page_number(text: str) -> str:
    """"04" → "4", "00002" → "2", "b02" → "B02"."""
    text = text.strip().upper()
    return str(int(text)) if text.isdigit() else text


def continuation_marks(line: str) -> tuple[list[str], str]:
    """("下转2版", "详见3版", …) marks in the line, and the line without them and without cross-reference notes
    ("（全文见第三版）", "（文接4月2日A08版）"), which are dropped. "●详见 3 版" ends a front-page teaser."""
    if "版" not in line:
        return [], line.strip()
    f = _fold(line)
    marks = [m.group(1).replace(" ", "") for m in _CONT.finditer(f)]
    cuts = [(m.start(), m.end()) for m in _CONT.finditer(f)] + [(m.start(), m.end()) for m in _CROSS.finditer(f)]
    see = _SEE.search(f)
    if see and not any(start <= see.start() < end for start, end in cuts):
        marks.append(see.group(1).replace(" ", ""))  # kept: a teaser's item ends at its pointer
        cuts.append((see.start(), see.end()))
    for start, end in sorted(cuts, reverse=True):
        line = line[:start] + line[end:]
    return marks, line.strip()


# ---------------------------------------------------------------- bylines and credits

# A role's prefix: the outlet ("浙江日报记者"), with Latin letters or digits in its name ("21世纪经济报道记者",
# "证券时报e公司记者"), never a count ("2名记者").
# "工人日报-中工网记者": two outlets joined by a hyphen, as "中青报·中青网记者" by a dot
_ROLE_PREFIX = rf"(?![0-9]+[名位个多余几])(?:[{HAN}·]|(?<=[{HAN}])-(?=[{HAN}])|[a-z0-9](?=[a-z0-9]*[{HAN}])){{0,12}}?"
_ROLE_RX = re.compile(rf"^{_ROLE_PREFIX}(?:{'|'.join(sorted(BYLINE_ROLES, key=len, reverse=True))})$")
_NAME_RX = re.compile(rf"^[{HAN}·]{{2,5}}$")
_LATIN_NAME = re.compile(r"^[a-z][a-z.'\-]*(?: [a-z][a-z.'\-]*){0,3}$")
_SLASH_ROLE = {"文": "reporter", "撰文": "reporter", "文字": "reporter", "记者": "reporter", "图": "photo",
               "摄影": "photo", "摄": "photo", "图片": "photo", "图文": "reporter", "作者": "reporter",
               "实习生": "reporter", "通讯员": "correspondent", "编辑": "editor", "责任编辑": "editor",
               "讲述人": "reporter", "拍摄者": "photo", "拍摄": "photo"}
# "讲述人:北京日报记者 李如意": the reporter telling a first-person piece; "拍摄者:本报记者 X" (信阳晚报's 街拍)


_ROLE_START = re.compile(rf"^{_ROLE_PREFIX}(?:{'|'.join(BYLINE_ROLES)})")
_EDITOR_RX = re.compile(rf"^[{HAN}]{{0,6}}?(?:责任编辑|编辑|责编|校对|美编)$")
_ROLE_AND_NAME = re.compile(rf"^(.*?(?:记者|通讯员|实习生|评论员))([{HAN}·]{{2,4}}|[{HAN}]{{6}})$")  # "本报记者李洁"


def _strip_brackets(s: str, f: str) -> tuple[str, str]:
    pairs = {"(": ")", "[": "]", "【": "】", "〔": "〕", "<": ">"}
    while len(f) >= 2 and f[0] in pairs and f[-1] == pairs[f[0]]:
        s, f = s[1:-1].strip(), f[1:-1].strip()
    return s, f


def _tokens(s: str, f: str) -> list[tuple[str, str]]:
    """(as written, folded) tokens split at spaces and name separators."""
    out = []
    for m in re.finditer(r"[^\s、/]+", f):
        out.append((s[m.start():m.end()], m.group()))
    return out


def _join_split_names(names: list[str]) -> list[str]:
    """"王 平" (printed with a space to fill two columns) → "王平": single characters pair up."""
    out: list[str] = []
    pending = ""
    for n in names:
        if len(n) == 1 and re.match(rf"[{HAN}]", n):
            if pending:
                out.append(pending + n)
                pending = ""
            else:
                pending = n
        else:
            if pending:
                return []  # a lone character: not a name list
            out.append(n)
    return [] if pending else out


_RUN_ROLE = re.compile("(本报记者|见习记者|特约记者|摄影记者|记者|通讯员|实习生)")


def _glued(t: str, tf: str) -> list[tuple[str, str]] | None:
    """"通讯员吴可新记者袁媛", "记者张虹红实习生阎霞王晶": roles and names written together, no space between
    them → (as written, folded) tokens; None unless the token opens with a role and has two or more. Four
    characters after a role are two names when the third is a surname ("阎霞王晶")."""
    parts = _RUN_ROLE.split(tf)
    if len(parts) < 5 or parts[0]:
        return None
    out: list[tuple[str, str]] = []
    pos = 0
    for k, part in enumerate(parts[1:], 1):
        if k % 2 == 0 and not re.fullmatch(rf"[{HAN}]{{2,4}}|[{HAN}]{{6}}", part):
            return None
        if k % 2 == 0 and len(part) == 4 and part[2] in SURNAMES and part[:2] not in COMPOUND_SURNAMES:
            out += [(t[pos:pos + 2], part[:2]), (t[pos + 2:pos + 4], part[2:])]
        else:
            out.append((t[pos:pos + len(part)], part))
        pos += len(part)
    return out


def _name_run(run: str) -> list[str] | None:
    """"尉战魁郄磊李青张海强崔婉" (a credit's names printed with no space) → the names: each of two or three
    characters and opening with a surname. Of several readings the one whose given names hold the rarest surname
    characters wins ("张海强|崔婉", not "张海|强崔婉": 崔 is a commoner surname than 强); None when none reads."""
    if not 4 <= len(run) <= 24 or not re.fullmatch(rf"[{HAN}]+", run):
        return None
    rank = {c: n for n, c in enumerate(SURNAME_ORDER)}
    best: tuple[int, list[str]] | None = None

    def walk(rest: str, names: list[str]) -> None:
        nonlocal best
        if not rest:
            cost = sum(len(SURNAME_ORDER) - rank[c] for n in names for c in n[1:] if c in rank)
            if len(names) >= 2 and (best is None or cost < best[0]):
                best = (cost, list(names))
            return
        for size in (2, 3):
            if len(rest) >= size and rest[0] in SURNAMES | _RARE_SURNAMES:
                walk(rest[size:], [*names, rest[:size]])

    walk(run, [])
    return best[1] if best else None


_RARE_SURNAMES = frozenset("郄阎眭")  # rare as surnames, never the start of a common word


def _people(s: str, f: str, roles: list[tuple[str, str]] | None = None,
            ) -> tuple[list[str], list[str], list[str]] | None:
    """"本报记者 王 平 通讯员 李某 摄影记者 张某" → ([王平], [李某], [张某]): reporters, correspondents,
    photographers; None unless the text is only roles and names. `roles` gets (role as printed, name) pairs."""
    toks = []
    for t, tf in _tokens(s, f):
        glued = _glued(t, tf)
        if glued is not None:
            toks += glued
            continue
        # "本报记者李洁": the role written against the name.
        m = _ROLE_AND_NAME.match(tf)
        if m and not _ROLE_RX.match(tf) and m.group(2)[0] in SURNAMES:  # "记者手记" is no reporter 手记
            cut = m.end(1)
            toks += [(t[:cut], tf[:cut]), (t[cut:], tf[cut:])]
        else:
            toks.append((t, tf))
    if not toks:
        return None
    people: dict[str, list[str]] = {"reporter": [], "correspondent": [], "photo": [], "editor": []}
    role, printed = "reporter", ""
    group: list[str] = []
    found: list[tuple[str, str]] = []

    def flush() -> bool:
        names = _join_split_names(group)
        if group and not names:
            return False
        people[role].extend(names)
        found.extend((printed, n) for n in names if printed)
        group.clear()
        return True

    for t, tf in toks:
        if _EDITOR_RX.match(tf) and printed:  # "每经记者 王五 每经编辑 赵六": the editor is no author
            if not flush():
                return None
            printed, role = t, "editor"
        elif _ROLE_RX.match(tf):
            if not flush():
                return None
            printed = t
            role = ("correspondent" if any(r in tf for r in CORRESPONDENT_ROLES)
                    else "photo" if any(tf.endswith(r) for r in PHOTO_ROLES) else "reporter")
        elif tf in NOT_NAMES or _ROLE_START.match(tf) or (not printed and tf[0] not in SURNAMES):
            return None  # "记者手记", "航拍": a column's title or a word, not a role and a name
        elif _NAME_RX.match(tf) or (len(tf) == 1 and re.match(rf"[{HAN}]", tf)):
            group.append(t)
        elif re.fullmatch(rf"[{HAN}]{{6}}", tf) and tf[0] in SURNAMES and tf[3] in SURNAMES:
            group += [t[:3], t[3:]]  # "梁云霞杨军祥": two names run together
        else:
            return None
    if not flush() or not (people["reporter"] or people["correspondent"] or people["photo"]):
        return None
    if roles is not None:
        roles.extend((r, n) for r, n in found if n not in people["editor"])
    return people["reporter"], people["correspondent"], people["photo"]


_GLUED_ROLE = re.compile(rf"(?<=[{HAN}a-z])(?<!图片|文字|见习|实习|特约|特派|美术|摄影|本报|首席|网络|媒体)"
                         r"(?:责任编辑|编辑|摄影|记者)(?=\s*:)")
_POST_BYLINE = re.compile(rf"^(社长|总编辑|主笔|特派员)\s*([{HAN}]{{2,3}})$")
# A first-person piece: who told it (with the post in brackets), then who wrote it down, and the outlet.
_TOLD = re.compile(rf"^(?:讲述|口述)人?\s*:\s*[{HAN}·]{{2,4}}\s*(?:\([^()]{{1,40}}\))?\s+"
                   rf"(?:整理|采写|撰文|记录)人?\s*:\s*(?P<rest>\S.*)$")
_BYLINE_MARK = re.compile(r"^[○□■●◎⊙▲◆]\s*(?=\S)")
_OUTLET = re.compile(rf"[{HAN}a-z+]{{2,12}}(?:客户端|app|网|报|台|新闻|融媒)")


def parse_byline(line: str) -> Byline | None:
    """A byline or photo credit line → Byline; None when the line is something else.

    "本报记者 李洁 通讯员 张磊", "记者 王 平", "文/王某 图/李某", "记者 王某 报道", "By John Smith",
    "（中青报·中青网记者 王某）", "本報記者 李潔" → reporters/correspondents; "通讯员 陈海伟 摄", "陈海伟摄",
    "新华社记者 王某摄", "王某／摄", "（王某 摄）", "摄影：王某" → photographers. Names are kept as written
    (inner spaces of "王 平" removed)."""
    line = line.replace("\u3000", " ").strip()
    if not line or len(line) > (150 if line.count(" ") >= 6 else 60):  # long only as a list of names
        return None
    m = _BYLINE_MARK.match(line)
    if m:  # "○记者 王灿", "□ 本报记者 张守坤": a mark printed before the byline
        inner = parse_byline(line[m.end():])
        if inner is None and len(line) <= 60 and not re.search("[。，,；;！？!?：:]", line):
            # "■李浩然 叶星国 本报记者 张三": the unit's correspondents first, then a role and its names
            listing = line[m.end():]
            found: list[tuple[str, str]] = []
            listed = _people(listing, _fold(listing), found)
            if listed is not None and found and not listed[2]:
                return _byline(line, listed, found)
        return replace(inner, text=line) if inner is not None else None
    if "|" in line or "｜" in line:
        # "北京日报客户端 | 记者 李如意": the outlet, then the byline, side by side.
        parts = [x.strip() for x in re.split(r"[|｜]", line) if x.strip()]
        rest = [x for x in parts if not _OUTLET.fullmatch(_fold(x))]
        inner = parse_byline(rest[0]) if len(rest) == 1 and len(parts) > 1 else None
        return replace(inner, text=line) if inner is not None else None
    m = _TOLD.match(_fold(line))
    if m:  # "讲述:黄雷(…副大队长) 整理:人民公安报、中国警察网记者 刘文杰": the one who wrote it down is the author
        written = line[m.start("rest"):]
        role = re.search(r"记者|通讯员|实习生", m.group("rest"))
        if role and re.search("[、,]", m.group("rest")[:role.start()]):
            written = written[role.start():]  # "人民公安报、中国警察网记者 刘文杰": the outlets before the role
        inner = parse_byline(written)
        return replace(inner, text=line) if inner is not None and not inner.photographers else None
    s, f = _strip_brackets(line, _fold(line))
    m = re.match(rf"^[{HAN}]{{2,8}}社发\s*(?=[(\[]|\S+\s*摄$)|^[{HAN}]{{2,8}}发\s*(?=[(\[])", f)
    if m:  # "新华社发(苏阳摄)", "新华社发 张三 摄": the agency that sent the photo
        s, f = _strip_brackets(s[m.end():], f[m.end():])
    if "," in f and f.count(",") <= 3 and not any(c in f for c in "。;!?…\"“”"):
        # "本报记者杜尚泽、申琳,新华社记者张晓松、朱基钗": several bylines in one, each with its role.
        parts = [parse_byline(x) for x in re.split(r"[,，]", s)]
        if all(p is not None for p in parts):
            return Byline(text=line, reporters=tuple(n for p in parts for n in p.reporters),  # type: ignore[union-attr]
                          correspondents=tuple(n for p in parts for n in p.correspondents),  # type: ignore[union-attr]
                          photographers=tuple(n for p in parts for n in p.photographers))  # type: ignore[union-attr]
        return None
    if not f or any(c in f for c in "。,;!?…\"“”"):
        return None
    m = re.match(r"^by\s+(.+)$", f)
    if m and _LATIN_NAME.match(m.group(1).strip()):
        return Byline(text=line, reporters=(s[m.start(1):].strip(),))
    # "金姬/刘绮黎": two authors printed with a slash between them.
    if (re.fullmatch(rf"[{HAN}]{{2,3}}(?:/[{HAN}]{{2,3}})+", f)
            and not any(p in _SLASH_ROLE or _ROLE_RX.match(p) for p in f.split("/"))):  # "劉子為／攝影": a credit
        return Byline(text=line, reporters=tuple(re.split(r"[/∕／⁄╱]", s)))
    m = re.match(r"^(?:文/图|图/文)\s*(?=\S)", f)
    after = re.match(r"^(?P<who>.*\S)\s*(?:文/图|文/摄|图/文)$", f)
    if m or after:  # "文/图 记者 郑两兴", "记者 张改华 通讯员 杨琳 文/图", "张三 文/摄": wrote it and took the photos
        a, b = (m.end(), len(f)) if m else (0, after.end("who"))  # type: ignore[union-attr]
        people = _people(s[a:b], f[a:b])
        if people is None and _NAME_RX.match(f[a:b].replace(" ", "")) and f[a] in SURNAMES:
            people = ([s[a:b].replace(" ", "")], [], [])
        if people is None:
            return None
        names = tuple(people[0] + people[2])
        return Byline(text=line, reporters=names, correspondents=tuple(people[1]), photographers=names)
    m = _INFO_SOURCE.search(f)
    if m:  # "记者刘斌 摄 信息来源:彭雪琴 钟园": who gave the information is no photographer
        inner = parse_byline(s[:m.start()])
        sources = [x for x in re.split(r"[\s、]+", s[m.start("names"):]) if x]
        sources = [x[_ROLE_AND_NAME.match(_fold(x)).end(1):] if _ROLE_AND_NAME.match(_fold(x)) else x  # type: ignore[union-attr]
                   for x in sources]  # "信息来源:通讯员王艺臻"
        if inner is None or not inner.photographers or not all(_NAME_RX.match(_fold(n)) for n in sources):
            return None
        return replace(inner, text=line, roles=inner.roles + tuple(("信息来源", n) for n in sources))
    if "/" in f or ":" in f:
        glued = [m.start() for m in _GLUED_ROLE.finditer(f)]
        for at in reversed(glued):  # "記者:DMC編輯:DMC" (新報人): a role glued to the names before it
            s, f = s[:at] + " " + s[at:], f[:at] + " " + f[at:]
        return _slash_byline(line, s, f)
    # "包丽敏文并摄": wrote the story and took the photos.
    m = re.match(r"^(.*?)\s*(?:文并摄|文并图|文/摄|图文)$", f)
    if m and m.group(1):
        people = _people(s[:m.end(1)], m.group(1))
        if people is None and _NAME_RX.match(m.group(1).replace(" ", "")):
            people = ([s[:m.end(1)].replace(" ", "")], [], [])
        if people is None:
            return None
        names = tuple(people[0] + people[2])
        return Byline(text=line, reporters=names, correspondents=tuple(people[1]), photographers=names)
    # A credit: "… 摄" / "… 摄影" at the end, the names (with or without a role) before it.
    m = re.match(r"^(.*?)\s*(?:摄影|摄)$", f)
    if m and m.group(1):
        roles: list[tuple[str, str]] = []
        people = _people(s[:m.end(1)], m.group(1), roles)
        bare = m.group(1).replace(" ", "")
        if people is None and _NAME_RX.match(bare) and bare[0] in SURNAMES:  # "陈海伟摄", not "航拍摄"
            people = ([s[:m.end(1)].replace(" ", "")], [], [])
        if people is None and " " not in m.group(1) and (run := _name_run(s[:m.end(1)])) is not None:
            people = (run, [], [])  # "尉战魁郄磊李青张海强崔婉摄": five names run together
        if people is None:
            return None
        return Byline(text=line, photographers=tuple(people[0] + people[1] + people[2]), roles=tuple(roles))
    # "澎湃新闻记者 蒋子文图": a chart or picture by a named staff member (a role before the name: "地图",
    # "示意图" are no credits).
    m = re.match(r"^(.*?)\s*(?:资料图片|资料图|供图|制图|图)$", f)
    if m and m.group(1) and _starts_with_role(m.group(1)):
        roles = []
        people = _people(s[:m.end(1)], m.group(1), roles)
        if people is not None and roles:
            return Byline(text=line, photographers=tuple(people[0] + people[1] + people[2]), roles=tuple(roles))
    # "本报记者 王某 发自北京", "本报记者 王某 北京报道": the place the report was sent from is no name.
    m = re.match(rf"^(.*\S)\s+(?:发自\s*[{HAN}]{{2,8}}|[{HAN}]{{2,6}}(?=报道$|报导$))", f)
    if m and _starts_with_role(f):
        cut = parse_byline(line[:m.end(1)])
        if cut is not None and not cut.photographers:
            return replace(cut, text=line)
    # "記者 鄭紀威台北 報導" (台灣好報): the name and the place run together, a space before 報導
    m = re.match(rf"^(.*\s)([{HAN}]{{4,7}})\s+(?:报道|报导)$", f)
    if m and _starts_with_role(f) and (at := _name_then_place(m.group(2))):
        cut = parse_byline(s[:m.start(2) + at])
        if cut is not None and cut.reporters and not cut.photographers:
            return replace(cut, text=line)
    # "记者 王某 报道", "王某 报道", "（本报记者 张三 整理）"
    m = re.match(r"^(.*?)(\s*)(报道|报导|整理)$", f)
    if m and m.group(1):
        roles = []
        people = _people(s[:m.end(1)], m.group(1), roles) if _starts_with_role(m.group(1)) else None
        if (people is None and m.group(2) and _NAME_RX.match(m.group(1))
                and (m.group(3) != "整理" or m.group(1)[0] in SURNAMES)):  # "资料 整理" names no one
            people = ([s[:m.end(1)]], [], [])
        return _byline(line, people, roles) if people else None
    m = _POST_BYLINE.match(f)
    if m:  # "社長于趾琴" under the headline (世界日報): the paper's head wrote the piece
        name = s[m.start(2):m.end(2)]
        return Byline(text=line, reporters=(name,), roles=((s[m.start(1):m.end(1)], name),))
    # A byline starts with its role; a bare name is a byline only where the caller says so.
    if not _starts_with_role(f):
        return None
    roles = []
    people = _people(s, f, roles)
    return _byline(line, people, roles) if people else None


_INFO_SOURCE = re.compile(rf"(?<=摄)\s+信息来源\s*:?\s*(?P<names>[{HAN}][{HAN}·、 ]{{1,30}})(?=[)\]]?$)")


def _byline(line: str, people: tuple[list[str], list[str], list[str]],
            roles: list[tuple[str, str]] | None = None) -> Byline:
    return Byline(text=line, reporters=tuple(people[0]), correspondents=tuple(people[1]),
                  photographers=tuple(people[2]), roles=tuple(roles or ()))


def _starts_with_role(f: str) -> bool:
    return _ROLE_START.match(f) is not None


def _slash_byline(line: str, s: str, f: str) -> Byline | None:
    """"文/王某 图/李某", "文：王某", "王某/文 李某/图", "王某／摄", "摄影：王某"."""
    people: dict[str, list[str]] = {"reporter": [], "correspondent": [], "photo": [], "editor": []}
    roles: list[tuple[str, str]] = []
    pattern = re.compile(r"\s*(?:(?P<role>" + "|".join(sorted(_SLASH_ROLE, key=len, reverse=True)) + r"|[" + HAN
                         + r"·]{0,10}?(?:记者|通讯员))\s*[/:]\s*(?P<names>[" + HAN + r"a-z][" + HAN
                         + r"a-z·、 .'\-]*?)(?=\s+[" + HAN + r"]{1,6}\s*[/:]|$)|(?P<names2>[" + HAN + r"][" + HAN
                         + r"· ]*?)\s*/\s*(?P<role2>文|图|摄影|摄)(?=\s|$))")
    pos = 0
    for m in pattern.finditer(f):
        if f[pos:m.start()].strip():
            return None
        pos = m.end()
        role = m.group("role") or m.group("role2")
        key = "names" if m.group("role") else "names2"
        if role not in _SLASH_ROLE and not _ROLE_RX.match(role):
            return None
        start = m.start(key)
        lead = re.match(rf"[{HAN}·]{{0,12}}?(?:记者|通讯员|实习生|摄影师)\s*(?=\S)", m.group(key))  # "文:記者K"
        if lead:
            start += lead.end()
        kind = _SLASH_ROLE.get(role) or ("correspondent" if any(r in role for r in CORRESPONDENT_ROLES)
                                         else "photo" if any(role.endswith(r) for r in PHOTO_ROLES) else "reporter")
        if _LATIN_NAME.match(f[start:m.end(key)]):
            names = [s[start:m.end(key)].strip()]  # "文:K", "文/John Smith"
        else:
            names = _join_split_names([t for t in re.split(r"[\s、]+", s[start:m.end(key)]) if t])
        if any(_fold(n).endswith("提供") for n in names):
            return None  # "圖：軍聞社提供": who provided the picture (an organisation), not who took it
        if not names or not all(_NAME_RX.match(_fold(n)) or _LATIN_NAME.match(_fold(n)) for n in names):
            # "文/见习记者陈俞 通讯员史雅琴": more roles inside the part; a correspondent stays one
            inner = (_people(s[m.start(key):m.end(key)], f[m.start(key):m.end(key)], roles) if kind == "reporter"
                     else None)
            if inner is None:
                return None
            people["reporter"].extend(inner[0] + inner[2])
            people["correspondent"].extend(inner[1])
            continue
        people[kind].extend(names)
        printed = s[m.start("role"):m.end("role")] if m.group("role") else s[m.start("role2"):m.end("role2")]
        roles.extend((printed, n) for n in names)
    if f[pos:].strip() or not (people["reporter"] or people["correspondent"] or people["photo"]):
        return None
    return _byline(line, (people["reporter"], people["correspondent"], people["photo"]), roles)


def trailing_credit(text: str) -> int | None:
    """Where a photo credit printed at the end of a caption starts ("…乡村画卷。新华社记者 王某摄"), or None."""
    info = _INFO_SOURCE.search(_fold(text[-40:]))
    if info is not None:  # "…融为一体。记者刘斌 摄 信息来源:彭雪琴 钟园", "… (记者史伟 摄 信息来源:通讯员王艺臻)"
        head = text[:max(0, len(text) - 40) + info.start()]
        m = re.search(r"(?<=[。！？!?\s])\s*[(\[]?[^。！？!?()\[\]]{2,30}摄$", _fold(head[-40:]))
        if m is None:
            return None
        start = len(head) - len(head[-40:]) + m.start() + (len(m.group()) - len(m.group().lstrip()))
        credit = parse_byline(text[start:])
        return start if credit is not None and credit.photographers else None
    tail = text[-40:]
    f = _fold(tail)
    base = len(text) - len(tail)
    m = _PICTURE_SOURCE.search(f)
    if m and (m.start() + base == 0 or re.search(r"[。！？!?」”)\]]$", f[:m.start()].rstrip() or "。")):
        # "…待救中。(圖/花蓮縣消防局提供)", "(圖/花蓮縣政府提供/中國時報X花蓮傳真)", "（圖：軍聞社提供）": who
        # gave the picture.
        return base + m.start()
    m = re.search(r"(?<=[。！？!?\s])\s*[(\[][^()\[\]。！？!?]{4,38}[)\]]$", f)
    if m and not re.search(r"(?:摄|摄影|图)[)\]]$", f):  # "… (文/见习记者陈俞 通讯员史雅琴 图/记者胡冬冬)"
        start = base + m.start() + (len(m.group()) - len(m.group().lstrip()))
        credit = parse_byline(text[start:])
        return start if credit is not None and credit.photographers else None
    m = re.search(r"(?<=[。！？!?\s])\s*(?:摄影|摄|图片|图)\s*/\s*[^。！？!?()\[\]/]{2,30}$", f)
    if m:  # "…进行了深入采访。 摄影/内蒙古日报社融媒体记者 袁永红": the role first, then a slash
        start = base + m.start() + (len(m.group()) - len(m.group().lstrip()))
        credit = parse_byline(text[start:])
        if credit is not None and credit.photographers and not credit.reporters:
            return start
    if not re.search(r"(?:摄|摄影|图)[)\]]?$", f):
        return None
    m = (re.search(r"(?<=[。！？!?\s])\s*[(\[]?[^。！？!?()\[\]]{2,30}(?:摄影|摄|图)[)\]]?$", f)
         or re.search(r"[(\[][^。！？!?()\[\]]{2,30}(?:摄影|摄|图)[)\]]$", f))
    if not m:
        return None
    start = base + m.start() + (len(m.group()) - len(m.group().lstrip()))
    credit = parse_byline(text[start:]) if start else None
    if credit is not None and credit.photographers:
        return start
    # "…工人正在进行底盘合装。视觉中国 资料图": a picture agency's file photo, no one named.
    return start if start and _AGENCY_PHOTO.fullmatch(_fold(text[start:]).strip()) else None


_PICTURE_SOURCE = re.compile(r"[(\[]\s*图\s*[/:][^()\[\]/:]{2,20}(?:提供|翻摄|摄|传真)(?:/[^()\[\]]{2,24})?[)\]]$")
_AGENCY_PHOTO = re.compile(rf"[(\[]?[{HAN}]{{2,8}}\s*(?:资料图片|资料照片|资料图|供图)[)\]]?")


# ---------------------------------------------------------------- datelines

_PAREN_WHO = re.compile(r"\s*[(\[【〔]\s*(?P<who>[^()\[\]【】〔〕]{1,40}?)\s*[)\]】〕]")
_DATELINE = [
    # 中央社: （中央社記者王某台北3日電）
    re.compile(rf"^(?P<open>[(\[【〔])(?P<agency>中央社|中新社|新华社)记者(?P<rw>[{HAN}、]{{2,20}}?)"
               rf"(?P<day>{_DAY})\s*(?:专电|电)(?P<close>[)\]】〕])"),
    # 参考消息网1月27日报道 (then a space and 据…),
    # 新华社上海5月3日电, 本报北京3月25日电, 【新华社天津二日电】, 据新华社北京3月2日电, 中新网广州2月9日电
    re.compile(rf"^(?P<open>[(\[【〔])?\s*(?P<ju>据)?(?P<agency>{_AGENCY})(?P<place>[{HAN}]{{0,12}}?)"
               rf"(?P<day>{_DAY}|{_REL_DAY}(?=专电|电))\s*(?:专电|电|讯|报道(?=\s))(?P<close>[)\]】〕])?"),
    # 本报讯, 【大公报讯】, 据新华社电, 香港文汇报讯, 本报长沙讯 (the place, no day)
    # (and 【on.cc東網專訊】: a site's Latin name before its Chinese one)
    # 据《广西日报》消息: another paper's name in title marks after 据
    re.compile(rf"^(?P<open>[(\[【〔])?\s*(?P<ju>据)?(?P<agency>{_AGENCY}|[{HAN}]{{2,4}}(?=讯)|"
               rf"(?<=据)《[{HAN}]{{2,10}}(?:报|社|网|台)》(?=消息|电|讯)|"
               rf"[a-z][a-z.]{{1,10}}[{HAN}]{{1,4}}?(?:网|台|报)(?=专讯|讯))"
               rf"(?P<place>(?<=本报)[{HAN}]{{2,4}}?(?=讯))?(?:专讯|讯(?!员)|电|消息)"  # "本报特约通讯员" is a role
               rf"(?P<close>[)\]】〕])?"),
    # 〔記者王某／台北報導〕, 記者王某／台北報導
    re.compile(rf"^(?P<open>[(\[【〔])?\s*(?:[{HAN}]{{0,4}}?记者)?\s*(?P<rw>[{HAN}、· ]{{2,20}}?)\s*/\s*"
               rf"(?P<place>[{HAN}]{{1,8}}?)(?:即时|综合|连线)?(?:报导|报道)(?P<close>[)\]】〕])?"
               rf"(?P<paper>[{HAN}]{{1,6}}报(?=\s|$))?"),
    # 【記者李祖翔報導】 (人間福報): the reporter in brackets, no agency, place or day
    re.compile(rf"^(?P<open>[(\[【〔])\s*记者\s*(?P<rw>[{HAN}]{{2,4}}?)\s*(?:报导|报道)(?P<close>[)\]】〕])"),
    # 本报北京电（记者 X）, 本报多哈电 记者X报道: a place and no day (checked after every form with a day)
    re.compile(rf"^(?P<open>[(\[【〔])?\s*(?P<ju>据)?(?P<agency>{_AGENCY})(?P<place>[{HAN}]{{2,8}}?)(?:专电|电)"
               rf"(?=\s|[(\[【]|记者|$)(?P<close>[)\]】〕])?"),
    # (吉隆坡3日讯), (布城29日讯): the place and day in brackets, the paper's own (星洲日報, 南洋商報, 中國報);
    # (曼谷21日综合电): a story put together from several reports
    re.compile(rf"^(?P<open>[(\[【〔])(?P<place>[{HAN}]{{2,8}}?)(?P<day>{_DAY})\s*(?:综合)?(?:专讯|讯|专电|电)"
               rf"(?P<close>[)\]】〕])"),
    # 【特訊】 (華僑報): the paper's own dispatch in brackets, with no agency, place or day printed
    re.compile(r"^(?P<open>[\[【〔])\s*(?:特讯|专讯|快讯)\s*(?P<close>[\]】〕])"),
    # 《本報訊18/11/2020 下午2時》 (South Australia Chinese Weekly): the paper's own, in angle brackets, with the
    # day and hour it was posted (the page's date; not kept as the dateline's day)
    re.compile(r"^(?P<open>《)\s*(?P<agency>本报)讯\s*(?:\d{1,2}/\d{1,2}/(?:19|20)\d{2})?[^》]{0,12}?(?P<close>》)"),
    # 地方中心 ∕ 花蓮報導 (匯流新聞網): a desk, not a reporter, then the place
    re.compile(rf"^(?P<open>[(\[【〔])?\s*(?P<agency>[{HAN}]{{0,4}}(?:中心|编辑部|新闻部|采访部|采访组))\s*/\s*"
               rf"(?P<place>[{HAN}]{{1,8}}?)(?:报导|报道)(?P<close>[)\]】〕])?(?=\s|$)"),
]


# "…已报名参加互助新冠疫苗接种项目。 (小红)" (千岛日报): the writer's name in brackets after the last sentence.
_BRACKET_SIGNATURE = re.compile(rf"(?:[。！？!?”」』]\s*|^\s)(?P<sig>[(（](?P<name>[{HAN}]{{2,3}})[)）])$")
# "…的知名度和影响力。(朱冬娅、见习记者 姚程玉)" (无锡日报), "…全部完工。 (李东 罗潇)" (中国中铁报's briefs): the
# writers, several, with or without their roles, in brackets after the last sentence.
_BRACKET_WRITERS = re.compile(rf"[。！？!?”」』]\s*(?P<sig>[(（](?P<names>[{HAN}·、 ]{{3,30}})[)）])$")
_NOT_A_WRITER = re.compile(r"[社报网台图摄讯电部组室会]$|^(?:待续|未完|续完|全文完|资料)$")
# After a student's name: the grade in brackets and where it was written ("侨报小记者杜原鑫 (十年级)写于北卡", 侨报).
_SIGNATURE_NOTE = rf"\s*[(（][{HAN}\d]{{1,8}}[)）]\s*(?:写于[{HAN}]{{1,8}})?|\s*写于[{HAN}]{{1,8}}"
_SIGNATURE = re.compile(r"(?:[。！？!?”」』)）]\s+|[”」』](?=本报记者))"
                        rf"(?P<sig>(?:读者|作者|本报记者|记者|通讯员|特约记者|特约通讯员|[{HAN}]{{0,4}}?小记者)\s?"
                        rf"[{HAN}·]{{2,4}}(?:\s[{HAN}·]{{2,4}}){{0,2}}(?P<note>{_SIGNATURE_NOTE})?)$")


def trailing_signature(text: str) -> int | None:
    """Where a signature glued to the end of the last paragraph starts ("…是企业的主力军。 读者 薛芳玲"), or None:
    a role and a name (or up to three) after the closing punctuation and a space; after a closing quote
    "本报记者" needs no space ("…恢复平日的热闹。”本报记者 董怡虹 陈炅玮", 新民晚报)."""
    tail = max(0, len(text) - 36)  # the signature is short: look at the paragraph's end only
    m = _SIGNATURE.search(_fold(text[tail:])) or _BRACKET_SIGNATURE.search(_fold(text[tail:]))
    if m is not None and m.re is _BRACKET_SIGNATURE and _NOT_A_WRITER.search(m["name"]):
        return None  # "(新华社)", "(资料图)", "(待续)": an agency, a picture's note or a serial's, not a writer
    if m is None and (w := _BRACKET_WRITERS.search(_fold(text[tail:]))) is not None \
            and bracket_writers(w["sig"]) is not None:
        return tail + w.start("sig")
    return None if m is None else tail + m.start("sig")


_WEEKDAYS = frozenset(f"周{d}" for d in "一二三四五六日天")  # "(周一 周二)": days, not 周 the surname


def bracket_writers(text: str) -> Byline | None:
    """Writers in brackets, printed under or after the text: "(周 健 刘星野 曹 莉)", "(朱冬娅、见习记者 姚程玉)",
    "(李东 罗潇)" → a Byline; None unless the brackets hold names only (each opening with a surname unless a
    role stands before it) — two or more, or one with its role; a single bare name is "(小红)"'s rule."""
    t = text.strip()
    if not re.fullmatch(r"[(（][^()（）]+[)）]", t):
        return None
    inner = t[1:-1].strip()
    roles: list[tuple[str, str]] = []
    parts = [x for x in re.split(r"[\s、]+", inner) if x]
    if all(re.fullmatch(rf"[{HAN}]{{1,3}}", _fold(x)) for x in parts):
        names = _join_split_names(parts)  # "周 健 刘星野 曹 莉": names printed with a space to fill two columns
        people: tuple[list[str], list[str], list[str]] | None = (names, [], []) if names else None
    else:
        people = _people(inner, _fold(inner), roles)
    if people is None or people[2]:
        return None
    names = people[0] + people[1]
    bare = [n for n in names if n not in {who for _, who in roles}]
    if not (len(names) >= 2 or roles) or any(_fold(n)[0] not in SURNAMES | _RARE_SURNAMES
                                             or _NOT_A_WRITER.search(_fold(n)) or _fold(n) in _WEEKDAYS for n in bare):
        return None
    return _byline(text.strip(), people, roles)


def signature_writer(sig: str) -> str:
    """The role and name of a signature without the note after them: "侨报小记者杜原鑫 (十年级)写于北卡" →
    "侨报小记者杜原鑫"; a name in brackets without them: "(小红)" → "小红"."""
    if _BRACKET_SIGNATURE.fullmatch(" " + _fold(sig)) or re.fullmatch(r"[(（][^()（）]+[)）]", sig.strip()):
        return sig.strip()[1:-1].strip()
    m = re.search(_SIGNATURE_NOTE + "$", _fold(sig))
    return sig[:m.start()].rstrip() if m and m.start() > 0 else sig


_INLINE_BYLINE = re.compile(rf"(?<=[。！？!?」”])\s+(?P<by>(?:记者|通讯员|实习记者|见习记者)\s*:\s*[{HAN}·]{{2,4}}"
                            rf"(?:、[{HAN}·]{{2,4}})*)(?=\s+\S)")


def inline_byline(text: str) -> tuple[int, int, Byline] | None:
    """A byline a site ran into the middle of a paragraph, between two sentences ("…也無濟於事。 記者:劉可妍、李澤彤
    免運費包郵…", 新報人): its (start, end) and what it says, or None."""
    m = _INLINE_BYLINE.search(_fold(text))
    if m is None or m.group("by").split(":")[-1].strip()[:1] not in SURNAMES:
        return None
    b = parse_byline(text[m.start("by"):m.end("by")])
    if b is None or not (b.reporters or b.correspondents):
        return None
    return m.start("by"), m.end("by"), b


_TIP = re.compile(rf"[。！？!?”」』)）]\s*(?P<tip>(?:新闻)?(?:线索提供|报料|爆料)人?\s*[:：]?\s*[{HAN}·]{{2,4}})$")


def trailing_tip(text: str) -> int | None:
    """Where a tipster's credit glued to the end of a paragraph starts ("…法律知识。” 线索提供李庆秀"), or None.
    Who gave the tip is no author: the loader keeps it as a staff line."""
    tail = max(0, len(text) - 20)
    m = _TIP.search(_fold(text[tail:]))
    return None if m is None else tail + m.start("tip")


def parse_dateline(text: str) -> Dateline | None:
    """The dateline at the start of a paragraph, with the reporters printed with it, or None."""
    text = text[:120]  # a dateline opens the paragraph: only its start is read
    f = _fold(text)
    for n, rx in enumerate(_DATELINE):
        m = rx.match(f)
        if not m or (m.group("open") is None) != (m.group("close") is None):
            continue
        agency = text[m.start("agency"):m.end("agency")].strip("《》") if "agency" in rx.groupindex else ""
        if "paper" in rx.groupindex and m.group("paper"):
            agency = text[m.start("paper"):m.end("paper")]  # "…北京報導聯合報": the paper glued on
        place = text[m.start("place"):m.end("place")] if "place" in rx.groupindex else ""
        day = text[m.start("day"):m.end("day")] if "day" in rx.groupindex and m.group("day") else ""
        if "记者" in _fold(place) or "报道" in _fold(place):
            continue
        if _fold(place) == "综合":
            place = ""  # "(本报综合讯)": a story put together from several reports, no place
        reporters: list[str] = []
        if "rw" in rx.groupindex:
            rw, rwf = text[m.start("rw"):m.end("rw")], m.group("rw")
            if n == 0:
                rw, rwf, place = _cna_names(rw, rwf)
            names = _join_split_names([x for x in re.split(r"[、\s]+", rw) if x])
            if not names or ("记者" not in f[:m.start("rw")] and _fold(names[0])[0] not in SURNAMES):
                continue  # "上海/北京报道": places, not a reporter
            reporters += names
        end = m.end()
        tail = _reporters_after(text, f, end)
        correspondents: list[str] = []
        if tail is not None:
            reporters += tail[0]
            correspondents = tail[1]
            end = tail[2]
        if n == 2 and m.group("ju") is None and "电" in f[m.end("agency"):m.end()] and not m.group("open"):
            continue  # "X社电" with no place or day only after 据
        if n == 2 and agency and not re.search("(?:报|社|网|台)$", _fold(agency)) and tail is None:
            continue  # "西和讯" (a county's own news) only with its reporters after it
        return Dateline(agency=agency, place=place, day=day, reporters=tuple(dict.fromkeys(reporters)),
                        text=text[:end], correspondents=tuple(correspondents))
    return _run_in_byline(text, f)


# "记者李浩然、通讯员叶星国报道:南国初春,…" (解放军报): the byline run into the paragraph, ended by 报道 and a colon.
_RUN_IN = re.compile(rf"^(?P<who>[{HAN}·、 ]{{2,30}}?)\s*(?:报道|报导)\s*:")


def _run_in_byline(text: str, f: str) -> Dateline | None:
    m = _RUN_IN.match(f)
    if m is None or f.startswith("据") or not re.search("记者|通讯员", m.group("who")):
        return None  # "据记者王某报道:" quotes another paper's report
    people = _people(text[:m.end("who")].replace("、", " "), m.group("who").replace("、", " "))
    if people is None or people[2] or not (people[0] or people[1]):
        return None
    return Dateline(reporters=tuple(people[0]), correspondents=tuple(people[1]), text=text[:m.end()])


_END_DATELINE = re.compile(rf"^[(（]\s*(?P<place>[{HAN}]{{2,8}}?)\s*(?P<day>{_DAY})\s*(?:专电|电)\s*[)）]$")


def end_dateline(line: str) -> Dateline | None:
    """"(北京七日電)" on a line of its own under the text: where and when the report was sent, printed at its
    end (澳門日報, 大公報), or None."""
    line = line.strip()
    m = _END_DATELINE.match(_fold(line))
    if m is None or (parse_dateline(line) or Dateline()).agency:  # "(新华社北京3月2日电)" opens wire copy
        return None
    return Dateline(place=line[m.start("place"):m.end("place")], day=line[m.start("day"):m.end("day")], text=line)


def _name_then_place(f: str) -> int:
    """Where the place starts in a name and a place run together ("郑纪威台北" → 3), or 0: a three-character
    name (a surname first) and a two-character place, or a name of two or three and a long place ("…吉隆坡")."""
    for long in LONG_PLACES:
        if f.endswith(long) and 2 <= len(f) - len(long) <= 3 and f[0] in SURNAMES:
            return len(f) - len(long)
    if len(f) == 5 and f[0] in SURNAMES and f[3:] not in GENERIC_PLACES:
        return 3
    return 0


def _cna_names(rw: str, rwf: str) -> tuple[str, str, str]:
    """中央社記者王某某台北3日電: names then the place, written together; the place is the last 2 characters
    (台北, 巴黎, 東京; 4 for the few long ones), the rest names separated by 、."""
    for long in LONG_PLACES:
        if rwf.endswith(long):
            return rw[:-len(long)], rwf[:-len(long)], rw[-len(long):]
    return rw[:-2], rwf[:-2], rw[-2:]


def _reporters_after(text: str, f: str, end: int) -> tuple[list[str], list[str], int] | None:
    """"（记者 王某 李某）", "(甲某 乙某)", "(通讯员梁云霞杨军祥)", "记者王某报道", " 记者 王某" right after a
    dateline: (reporters, correspondents, where the dateline ends)."""
    m = _PAREN_WHO.match(f, end)
    if m:
        who = text[m.start("who"):m.end("who")]
        b = parse_byline(who)
        if b is not None and set(b.photographers) <= set(b.reporters) and (b.reporters or b.correspondents):
            return list(b.reporters), list(b.correspondents), m.end()  # "(文/图 记者 X)": X wrote it too
        names = [x for x in re.split(r"[、\s]+", who) if x]
        names = _join_split_names(names)
        if names and all(_NAME_RX.match(_fold(x)) for x in names):
            return names, [], m.end()
        # "(特派记者时敏)": in the brackets after a dateline a role word is a role, whatever the name's surname
        r = re.fullmatch(rf"[{HAN}]{{0,8}}?记者\s*([{HAN}]{{2,3}})", _fold(who))
        return ([who[r.start(1):]], [], m.end()) if r else None
    # "记者陈敏珊、张伟科摄影报道:" (佛山日报): they wrote it and took its pictures
    m = re.compile(rf"\s*(?:[{HAN}·]{{0,10}}?记者)\s*(?P<who>[{HAN}、 ]{{2,24}}?)\s*(?:摄影)?(?:报道|报导)\s*[:]?"
                   ).match(f, end)
    if m:
        who = text[m.start("who"):m.end("who")]
        people = _people("记者 " + who.replace("、", " "), "记者 " + m.group("who").replace("、", " "))
        if people is not None and not people[2]:  # "记者李浩然、通讯员叶星国": each name with its role
            return people[0], people[1], m.end()
        names = _join_split_names([x for x in re.split(r"[、\s]+", who) if x])
        if names:
            return names, [], m.end()
    # " 记者 王小明 通讯员 李华 近日…": roles and names up to the first word that is neither.
    m = re.match(r"\s+", f[end:]) if f[end:end + 1].isspace() else None
    start = end + (m.end() if m else 0)
    words = list(re.finditer(r"\S+", f[start:start + 60]))
    taken = 0
    for w in words:
        if _ROLE_RX.match(w.group()) or _ROLE_AND_NAME.match(w.group()) or (
                taken and _NAME_RX.match(w.group()) and w.group()[0] in SURNAMES):
            taken += 1
        else:
            break
    if taken and (_ROLE_RX.match(words[0].group()) or _ROLE_AND_NAME.match(words[0].group())):
        stop = start + words[taken - 1].end()
        roles: list[tuple[str, str]] = []
        people = _people(text[start:stop], f[start:stop], roles)
        if people is not None and (people[0] or people[1]):
            return people[0], people[1], stop
    return None


def dateline_credit(dateline: Dateline) -> Byline | None:
    """The photographers a dateline names with its reporters ("本报讯 (文/图 记者 郑两兴)"), or None."""
    if dateline.reporters and re.search(r"记者[^()]{2,30}摄影(?:报道|报导)\s*:?$", _fold(dateline.text)):
        return Byline(text=dateline.text, photographers=dateline.reporters)  # "…记者X、Y摄影报道:"
    m = _PAREN_WHO.search(dateline.text)
    b = parse_byline(m.group("who")) if m else None
    return Byline(text=b.text, photographers=b.photographers) if b is not None and b.photographers else None


def after_dateline(text: str, dateline: Dateline | None) -> str:
    """The paragraph's words after its dateline (what a reader sees as the story's first words)."""
    if dateline is None or not text.startswith(dateline.text):
        return text
    return text[len(dateline.text):].lstrip(" \u3000:：,，—-/／")


# ---------------------------------------------------------------- sub-heads and interview turns

_SECTION_MARK = re.compile(r"^(?:[■□▲△●○◆◇★☆▶►▌▍|]\s*|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]"
                           r"|第[一二三四五六七八九十]+[部章节](?=\s)|\d{1,2}[.、．]\s*(?=[^\d])"
                           # "§3 会计数据", "2.1 基本情况简介", "(1)报告期总体经营情况": a report's numbered parts
                           r"|§\s*\d{1,2}|\d{1,2}(?:\.\d{1,2})+\s+(?=\D)|[(（]\d{1,2}[)）](?=\D))")


def section_marked(line: str) -> bool:
    """A sub-head by its mark ("一、…", "■ …", "（二）…", "1. …") or its word ("编者按", "记者手记")."""
    line = line.strip()
    return _SECTION_MARK.match(line) is not None or (len(line) <= 6 and _fold(line) in SECTION_WORDS)


_SPEAKER = re.compile(rf"^(?P<who>[{HAN}·A-Za-z]{{1,10}}?)\s*[:：]\s*(?=\S)")

def speaker(text: str) -> str:
    """The speaker of an interview turn ("记者：…" → "记者", "王某：…" → "王某"), or ""."""
    m = _SPEAKER.match(text.strip())
    if not m:
        return ""
    who = m.group("who")
    f = _fold(who)
    if f in INTERVIEWERS or f.endswith("记者") or reporter_turn(text) is not None:
        return who
    if any(w in f for w in NOT_SPEAKERS):
        return ""
    return who if 2 <= len(who) <= 8 else ""


_REPORTER_TURN = re.compile(rf"^(?P<who>[{HAN}]{{0,6}}记者(?P<name>[{HAN}]{{2,3}}))\s*[:：]\s*(?=\S)")


def reporter_turn(text: str) -> Byline | None:
    """A named reporter speaking on air ("总台央视记者张丛婧:两会新闻中心已经…", a TV transcript's stand-up): the
    reporter, as the report's byline; None for any other line."""
    m = _REPORTER_TURN.match(_fold(text.strip()))
    if m is None or m["name"][0] not in SURNAMES:
        return None
    t = text.strip()
    return Byline(text=t[:m.end("who")], reporters=(t[m.start("name"):m.end("name")],))
