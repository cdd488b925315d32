"""Page furniture: mastheads, page and section labels, dates, continuation marks ("下转2版"), editors' and
printers' lines — what a reader skips."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import iso_date as iso
from ..lexicon import COUNTRIES, DISCLAIMERS, PAPER_CODES, PROVINCES, SECTION_LABELS, SURNAMES, ordinal_value
from .bylines import ROLE_RX, parse_byline, squeeze_role, starts_with_role
from .common import HAN, NUM, fold_line


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
    # "2019年04月03星期三" (今日竹山's e-paper): the 日 left out before the weekday
    (re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})(?=\s*(?:星期|礼拜)[一二三四五六日天])"), 0),
    (re.compile(r"中华民国\s*(?P<y>\d{2,3})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"), 1911),
    # "2023–05–16" (透視報): en dashes for hyphens
    (re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[-./–]\s*(?P<m>\d{1,2})\s*[-./–]\s*(?P<d>\d{1,2})(?!\d)"), 0),
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
_DATE_REST = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|(?:星期|礼拜)[一二三四五六日天]?|周[一二三四五六日天]|日期\s*:|"
                        r"(?:最后)?更新\s*:?|"
                        # "时间:2013-01-21 05:09 浏览量:1966 次", "发布日期:[…]": a site's labels for when it was
                        # posted and how often it was read
                        r"(?:发布|编辑)?(?:时间|日期)\s*:|(?:浏览|点击|阅读|访问)(?:量|次数|数)\s*:\s*\d*\s*次?|"
                        r"出版日期\s*:?|\b(?:hkt|gmt|utc|cst)\b|北京时间|香港时间|"
                        # "2010年1月1日  新闻热线 010-63744178" (中华合作时报's e-paper): the paper's phone line on the
                        # date line; "创建于 2006-01-04": the day a site posted the item
                        r"(?:新闻|报料|读者)?热线\s*:?\s*[\d-]{5,20}|(?:本文)?(?:创建|发布|发表)于|"
                        # "當前報章2025年01月16日" (星報's site): the issue the page shows
                        r"当前报章|"
                        # "绵阳日报 2018-11-30 06:54 大字": the site's font-size button at the end of its line
                        r"(?:大字|小字|大\s*中\s*小)\s*$|"
                        r"第\s*\d+\s*期|\d{1,2}/\d{1,2}|农历[^\s]{0,12}|[()\[\]【】\s,-]")
# A day or a run of days alone on a line, no year: "9月11日", "9月12~14日"
_DAYS_COVERED = re.compile(r"\d{1,2}月\d{1,2}(?:\s?[~～至-]\s?\d{1,2})?日")
_PAPER = re.compile(r"^(?P<name>[" + HAN + r"]{2,8}?(?:电子报|日报|晚报|时报|早报|商报|周报|青年报|周刊|电讯|网|社)|["
                    + HAN + r"]{1,3}报)$")
# Clipping-service and archive records: "文章編號: 2019…", "字數: 1234", "版次: A01", "來源: 明報"; "刊发日期:2011-12-08
# 阅读次数: 作者:  语音阅读:" (a county paper's e-paper): the day its article was printed, the empty fields after it.
_META = re.compile(r"^(?P<key>文章编号|编号|字数|版次|版面|版位|版号|栏目|频道|分类|标签|媒体|刊名|报刊|稿源|出处|"
                   r"来源|出版日期|日期|刊发日期|发布时间|发表时间|更新时间|发布于|发布)\s*:\s*(?P<value>.{0,40})$")
# "發佈: 2:56pm 21/03/2025" (星洲网): a site's time line, the date day/month/year as Malaysia prints it
_DMY = re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])")
# "4月. 09, 2024": month, day, comma, year — a blog's "M. d, Y" with the month's name in Chinese
_MONTH_DAY_YEAR = re.compile(r"(?P<m>\d{1,2})\s*月\s*\.?\s*(?P<d>\d{1,2})\s*,\s*(?P<y>(?:19|20)\d{2})")
# "6:29 24/12/2025": an hour, then the day, month and year (a site's time line under a headline).
_TIME_DMY = re.compile(r"^\d{1,2}:\d{2}\s*(?:[ap]m)?\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})$")
# "161期大學線", "第161期": an issue's number and the paper's name over an item of a listing.
_ISSUE_LABEL = re.compile(rf"^\d{{1,4}}\s*期\s*(?![以之的后前内])[{HAN}]{{2,6}}$")
# "信息来源:安徽商报" (a government site's repost): the paper it took the text from; "来源|罗甸县融媒体中心" (a county
# 融媒体中心's credit lines, each field parted from its value by a bar, as its "编辑|…" is).
_SOURCE_LINE = re.compile(r"^(?:稿件|信息|新闻)?来源\s*[:|｜]\s*(?P<name>[" + HAN + r"]{2,12})"
                          r"(?:\s+[" + HAN + r"]{2,6})?$")
_TRAILER_AT_END = re.compile(
    r"\s*《\s*(?P<source>[^》]{2,12}?)\s*》\s*[(\[]\s*" + _TRAILER_DATE
    + r"\s*(?:第\s*)?(?P<page>[a-z]?\d{1,5})?\s*版?\s*[)\]]$")
# "图片来源:海洛创意", "图源:视觉中国": where an online article's pictures come from (an agency, no photographer):
# kept with the article, searchable, never its byline.
_PICTURE_FROM = re.compile(rf"^(?:图片来源|图片|图源|题图|配图)\s*[:/]\s*[{HAN}a-z0-9]{{2,20}}$")
# "Photo : YONHAP News" (KBS's Chinese site): the agency a picture is from, in English, over the text.
_PHOTO_FROM = re.compile(r"^photos?\s*:\s*[a-z][a-z0-9 .&/-]{1,30}$")
_REPOST = re.compile(rf"^the following article is from\s+(?P<name>[{HAN}a-z0-9]{{2,16}})(?:\s+author\s+.{{1,30}})?$")
# A blog engine's line under a post's title (西華報's WordPress site): "August 20, 2020 by WA Chinese Post Leave a
# Comment" — the day, and the account that posted it (the paper's own, not a reporter's name).
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_POST_DATE = re.compile(r"^(?P<m>" + "|".join(_MONTHS) + r")\s+(?P<d>\d{1,2}),\s*(?P<y>\d{4})"
                        r"(?:\s+by\s+[^,]{1,40}?)?(?:\s+(?:leave a comment|\d+\s+comments?))?$")
# A news site's English time line under the headline (联合日报, uniteddaily.my): "Published at Jan 20, 2026 02:31 pm"
_PUBLISHED_AT = re.compile(r"^published\s+(?:at|on)\s+(?P<m>" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\s+"
                           r"(?P<d>\d{1,2}),\s*(?P<y>\d{4})(?:\s+\d{1,2}:\d{2}(?:\s*[ap]m)?)?$")
# The same site's author block at the end: the label "Author", then the desk that wrote it ("联合日报newsroom"), no
# one named. "Admin" alone under a headline (珍珠快讯's site): the account that posted the report, no writer
_AUTHOR_DESK = re.compile(rf"^(?:author|admin|administrator|[{HAN}]{{2,10}}\s?newsroom)$")
# A WordPress theme's category line under the date (台中時報): "發布在 地方, 生活, 社會" — "posted in" and the site's
# categories
_POSTED_IN = re.compile(rf"^发布在\s*[{HAN}]{{2,4}}(?:\s*[,、]\s*[{HAN}]{{2,4}})*$")
# Blogger's date line in its Chinese locale, the weekday first, then month, day and year ("星期三, 4月 30, 2025",
# 澎湖日報's archive), with the view counter's bare label glued on when the count did not load ("… Views").
_BLOG_DATE = re.compile(r"^(?:星期|礼拜)[一二三四五六日天]\s*,\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*,\s*"
                        r"(?P<y>(?:19|20)\d{2})(?:\s+views?)?$")
# Blogger's archive page: "目前顯示的是 3月 30, 2022的文章" (the posts of that day follow), and a counter
# widget's title over the posts ("🟪《新華報導》讀者點閱總人次", "總瀏覽量").
_BLOG_ARCHIVE = re.compile(r"^目前显示的是\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*,\s*"
                           r"(?P<y>(?:19|20)\d{2})\s*的文章$")
_VIEW_COUNTER = re.compile(r"^\W{0,3}(?:《[^《》]{2,12}》)?[\u4e00-\u9fff]{0,6}"
                           r"(?:点阅总人次|总浏览量|浏览总数|访客人次|总访问量)$")
# …and the line under its text: "Filed Under: 新聞, 特寫 Tagged With: 三文魚, 金郡".
# A picture's source in brackets on a line of its own, an edition's page code after it: "(圖片:多倫多警隊) T02",
# "(圖:CP24)T04" (星島日報's Canadian listing) — where the picture came from, not who took it.
_PICTURE_BY = re.compile(r"^[(]\s*(?:图片|图)\s*[:/]\s*[^()/:]{2,20}[)]\s*(?:[a-z]\d{1,3})?$")
# "巴士的報記者攝" on a line of its own under a gallery's picture: the outlet's reporter, no one named — kept with the
# article (searchable), never a sub-head nor a photographer.
_OUTLET_SHOT = re.compile(rf"^[{HAN}]{{2,8}}(?:报|网|社|台)(?:记者|摄影记者)摄$")
# A drawing's credit on a line of its own, the work's title before it: "《省报》 速写 丁毅", "漫画 王成喜" — who drew
# it, never a sub-headline
_DRAWN_BY = re.compile(rf"^(?:《[^》]{{1,20}}》\s*)?(?:速写|漫画|插图|插画|题图|绘图)\s*[/:]?\s*"
                       rf"(?P<name>[{HAN}]{{2,4}})$")
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
    f = fold_line(name)
    if f.endswith("电子报") and f not in _PAPER_NAMES:  # (an outlet named so, "僑務電子報", keeps its name)
        base = name[:-3]
        return base if fold_line(base).endswith("报") else base + name[-1]
    return name


_EMPTY_LEADING_FIELD = re.compile(r"^\s*(?:作者|编辑|责任编辑)\s*:\s*(?=(?:出版|发布|发表)?(?:日期|时间)\s*:)")
# "浏览量:" (南充新闻网's relay): the reads field its script fills in, left empty; "字号:" (an e-paper reader's
# font-size buttons, their label left when the buttons are dropped)
_EMPTY_FIELDS = re.compile(r"(?:\s*(?:作者|编辑|责任编辑|浏览次数|浏览量|阅读量|点击数|点击量|点击|字号)\s*:)+\s*$")


_POSTED_BY = re.compile(rf"\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+[{HAN}]{{2,12}}(?:[-－—][{HAN}]{{2,12}})?(?:报|网|台|社)"
                        rf"(?:\s+记者\s*[{HAN}·]{{2,4}})?\s*")


def _dated_line(line: str, f: str) -> Furniture | None:
    """A line holding a date and at most the paper's name or page label: "光明日报 2012年10月27日 星期六",
    "人民日报2025.12.22星期一", "中華民國91年3月19日星期二", "2023年03月15日 第07版:国内", "(2023年9月24日)"."""
    date, rest = find_date(f)
    if not date:
        return None
    rest = re.sub(r"https?://\S+|www\.\S+", " ", rest).strip()  # "http://www.chinareviewnews.com 2011-05-23"
    rest = _EMPTY_FIELDS.sub("", rest)  # "2011年06月24日 作者:": the e-paper's empty author field
    rest = _EMPTY_LEADING_FIELD.sub("", rest)  # "作者: 出版日期:2014.05.12 点击数:0": an empty author field first
    fields = [x.strip() for x in re.split(r"[|｜]", rest)]
    # "来源:新华社2017-05-12 10:54:04": the time the site posted it glued to the source's field (the date is cut
    # out already); the field is the source's name once the time is gone
    src = [m for m in (re.fullmatch(rf"来源\s*:\s*([{HAN}]{{2,12}})", _DATE_REST.sub("", x)) for x in fields[1:]) if m]
    if src and all(not _DATE_REST.sub("", x) or re.fullmatch(rf"[{HAN}]{{2,4}}\s*:\s*\S{{2,12}}", x)
                   or re.fullmatch(rf"来源\s*:\s*[{HAN}]{{2,12}}", _DATE_REST.sub("", x))
                   # "热点聚焦|来源:新华社…|网络编辑:孟宪静" (北部湾在线): the column's name as the first field
                   or (i == 0 and re.fullmatch(rf"[{HAN}]{{2,6}}", x)) for i, x in enumerate(fields)):
        # "2016-11-12 22:20:05|來源:央廣網|編輯:楊玉國" (a site's fields set apart by bars under its title): the
        # day and the source, a site's meta line rather than a page title's date line
        return Furniture("meta", date=date, source=_source_name(_cut(line, f, src[0][1])))
    for rx in (*_LABEL, _DATED_LABEL):  # "2023年03月15日 第07版:国内", "2023年5月8日 星期一 第A08版:体育"
        m = rx.match(re.sub(r"^(?:星期|礼拜|周)[一二三四五六日天]\s*", "", rest))
        if m:
            return Furniture("label", date=date, page=page_number(m.group("page")))
    # "来源:南海网作者:赵丽影 …": the source's name ends where the next field's label is glued on.
    # "【来源:石台县委宣传部】": the name ends at the field's bracket too
    # "来源: 作者: 浏览次数:1590" (a lawyers' site): an empty source field, the next field's label after it
    # "来源:呼和浩特日报时间:2021-11-03 13:27:20" (呼和浩特市地情网): the time's label glued on as the writer's is
    m = re.search(r"(?:稿件|信息)?(?P<key>来源|来自)\s*:\s*(?!(?:作者|责任编辑|编辑|记者|浏览次数|点击)\s*:)"
                  r"(?P<name>[^\s【】\[\]]+?)(?=[\s【】\[\]]|$|(?:作者|责任编辑|编辑|记者"
                  r"|(?:发布|更新|发表)?(?:时间|日期))\s*:)", rest)
    if m:
        # "来源:新西兰 先驱报 作者:…": a space inside the paper's name, its second part ending in 报 before the next
        # field; "作者:刘思嶽 来自:新导报 时间:…": the writer's field before the source (lines.py reads him)
        more = re.match(r"\s(?P<more>[^\s:]{1,6}(?:报|网|社|刊|台))(?=\s+\S{1,4}\s*:|\s*$)", rest[m.end():])
        before = re.sub(r"^作者\s*:\s*\S{2,12}\s+", "", rest[:m.start()]) if m["key"] == "来自" else rest[:m.start()]
        if re.match(r"\s*(?:19|20)\d{2}", f):
            # "2010-12-07 00:00:00 作者:陈夕高 殷朝刚 来源:今日高邮" (今日高邮's site): the day first, then the
            # writers' field, names spaced apart, before the source's
            before = re.sub(rf"(?:^|\s)作者\s*:\s*[{HAN}·]{{2,4}}(?:\s[{HAN}·]{{2,4}}){{0,3}}\s+$", "", before)
    if m and _DATE_REST.sub("", before) == "" and (ROLE_RX.match(m["name"])
                                                 or re.search(r"(?:记者|通讯员)$", m["name"])):
        # "发布日期:[2013/12/3 14:28:41] 信息来源: 本网记者 王朋": the source is the reporter (lines.py reads him);
        # "来源:盐阜大众报报业集团全媒体记者 郑朝成": the group's reporter, no outlet's name
        return Furniture("dateline", date=date)
    if m and _DATE_REST.sub("", before) == "":
        # "2020年03月02日08:25 来源：人民网－人民日报": the site, then the paper that printed it.
        name = re.split(r"[-－—]+", _cut(line, f, m["name"]))[-1] + (_cut(line, f, more["more"]) if more else "")
        return Furniture("dateline", date=date, source=_source_name(name))
    bare = _DATE_REST.sub("", rest)
    if not bare:
        return Furniture("dateline", date=date)
    issue = _ISSUE_LINE.fullmatch(rest.strip())
    if issue:
        # "UCA北美华人周刊 第七十八期 2024-7-22": a weekly's name, its issue and the day, over its items
        return Furniture("dateline", date=date, source=_cut(line, f, issue["name"]))
    if _POSTED_BY.fullmatch(rest):
        # "2020-08-07 09:44    梧州零距離網-西江都市報   記者 紀榮蘭": the time the site posted it, the site and paper,
        # the reporter — its fields parted by runs of spaces, no labels; the report's own 讯 line names him again
        return Furniture("dateline", date=date)
    if re.fullmatch(rf"《[{HAN}]{{2,10}}》", bare.strip()) and f.find(bare.strip()) > 0:
        # "2025年3月3日《清远新闻》" (a relay of 清远's report): the day and the programme or paper it ran in
        return Furniture("dateline", date=date)
    if re.fullmatch(rf"[{HAN}]{{1,4}}\s*\d{{1,5}}", bare) and f.find(bare) > 0:
        # "2020-07-22新闻5" (a blog's line under a post's title): the day, the post's category, its count of views
        return Furniture("dateline", date=date)
    if re.fullmatch(r"(?:阅读|浏览|点击|观看)(?:量|数|次数)?\s*\d[\d,]*", bare.strip()):
        # "2024-01-24 08:47:28 阅读(1212)" (香港日报's site): the time posted and its count of reads in brackets
        return Furniture("dateline", date=date)
    archive = re.fullmatch(rf"(?P<paper>[{HAN}]{{2,8}}?报)\s*(?P<page>[a-z]\d{{1,3}})\s*[|｜]\s*[{HAN}]{{2,8}}",
                           rest.strip())
    if archive:
        # "大眾報 P08 | 澳門新聞 2011-09-02" (an archive of Macau papers): the paper, its page, the page's section and
        # the day, one line under the report's headline
        return Furniture("label", date=date, page=page_number(archive["page"]),
                         source=paper_name(_cut(line, f, archive["paper"])))
    if re.fullmatch(r"[•·|｜\s]*\d[\d,.]*\s*[万萬]?\s*次(?:阅读|浏览|观看|点击)", bare.strip()):
        # "2023年05月28日   •   3933次閱讀" (shicheng.news): the day the item was posted and how often it was read
        return Furniture("dateline", date=date)
    if _MASTHEAD_DAY.search(f) and not re.search(rf"[{HAN}]{{3,}}", _MASTHEAD_DAY.sub("", bare)) and "。" not in f:
        # "4. 4. 2024 星期四 | 甲辰年二月廿六 | PP6264/08/2013(032549)西马:RM2.50": the masthead's date line,
        # with the lunar date, the permit number and the price
        return Furniture("dateline", date=date)
    words = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?", " ", rest).strip()
    if (re.search(r"\d{1,2}:\d{2}", f) and "编辑" in words
            and re.fullmatch(rf"(?:[{HAN}]{{1,4}}|\d{{1,6}})(?:\s+(?:[{HAN}]{{1,4}}|\d{{1,6}}))+", words)):
        # "网络编辑 晋中 2022-07-27 11:48:03 0 晋中 山西 总书记" (山西大院资讯网): the site's line of short words
        # around the time it posted the item — the editor, the channel, a count, its tags — no sentence
        return Furniture("meta", date=date)
    # "2025-06-14 09:33 山东商报·山海新闻": the paper, then its news app's name after a dot
    app = re.fullmatch(rf"(?P<paper>.+?)\s*·\s*[{HAN}]{{2,8}}", bare)
    bare = app["paper"] if app and _PAPER.match(app["paper"]) else bare
    m = _PAPER.match(bare)
    if (m and len(bare) <= 10) or bare in _PAPER_NAMES:
        # "中国铁道建筑报 2021年03月09日 星期二": a known paper's name need not end as _PAPER's do (建筑报)
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
    f = fold_line(line)
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
# "(四川省交通运输厅)" under the text: the body that sent the item, in brackets — no sub-head, the item ends here
_BODY_SOURCE = re.compile(rf"[(\[][{HAN}]{{3,16}}(?:厅|局|委员会|委|部|办公室|政府|中心|集团|公司|协会)[)\]]")
_CONT = re.compile(r"[(\[]\s*((?:下转|上接|转|接)\s*第?\s*" + NUM + r"\s*版)\s*[)\]]")
# "(相关报道见第四版)", "(另见A3版)", "(图片见第八版)": what the note points to may come before "见".
_CROSS = re.compile(r"[(\[]\s*(?:(?:相关|更多|另|图片|图文|详细)[^()\[\]见]{0,4}?见|全文|详见|详|见|文见|文接|紧接|续)"
                    r"\s*[^()\[\]]{0,14}?版\s*[)\]]")
# A front-page teaser's pointer to the page the story is on, at the end of its last line: "一起去看“雪” ●详见 3 版".
_SEE = re.compile(r"\s*[●■▲◆▶►→]\s*((?:详见|见|内文见)\s*第?\s*[a-z]?" + NUM + r"\s*版)\s*$")
# A reposting site's note of the paper it took the text from: "【以上新闻转载自世界日报】", "~以上新闻转载自世界日报~".
_REPOSTED_FROM = re.compile(r"^(?P<open>[\[【(~〔])?\s*(?P<above>以上)?(?P<this>(?:新闻|内容|文章|本文|消息)?)"
                            r"(?:转载|转引|摘|选|转)自\s*(?P<colon>:)?\s*《?(?P<name>[" + HAN + r"]{2,10}?)》?\s*"
                            r"[\]】)~〕]?$")
_SEPARATOR = re.compile(r"^[#*\-=_~—.·●○◆◇■□★☆+<>/\\|\s]{3,}$")
# Who made the page, not who reported: "■指导教师:张明静", "系列报道策划:秦晖、肖桂来 本篇统筹:夏强", "三审:王进"
# (who reviewed it, a county media centre's lines), "编审|肖家云" (its editor who reviewed it, after a bar).
_STAFF = re.compile(r"^[■□●▲◆]?\s*[" + HAN + r"]{0,6}?(?:指导教师|指导老师|策划|统筹|责任编辑|编辑|责编|校对|美编|设计|"
                    r"制图|监制|出品|视觉|海报|审核|审校|编审|排版|一审|二审|三审|初审|复审|终审)\s*[:|｜]")
# "襄城天气:今天白天阴,东风1级,气温9~20℃" over a county media centre's post: the day's weather, no article's text.
_WEATHER = re.compile(rf"^[{HAN}]{{0,6}}天气\s*:\s*[^。！？!?]{{2,50}}$")
# An e-paper's own words over an article: "本期发布:" (published in this issue), "通版阅读请点击:".
# "5:综合总第44期 >2011-12-08编印" (a county paper's e-paper): the page's number and name, the issue's running
# number and the day it was printed, over the headline
_PAGE_ISSUE = re.compile(rf"^(?P<page>\d{{1,2}})\s*[:：]\s*[{HAN}]{{2,6}}\s*总第\s*\d{{1,5}}\s*期\s*>?\s*"
                         rf"(?P<y>(?:19|20)\d{{2}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\s*编印")
_EPAPER_WORDS = re.compile(r"^(?:本期发布|本版发布|本期导读|本版导读|通版阅读请点击|展开通版|收缩通版)\s*:?$")
# "記者 FOCUS世界新聞 報導" (TVBS): a programme's name where the reporter's stands in the byline's frame — who made
# it, no one named: kept with the article, neither a byline nor a sub-head
_PROGRAMME_REPORTED = re.compile(r"^记者\s*\S{0,12}[a-z]\S{0,12}?(?:新闻|节目|频道)\s*(?:报导|报道)$")
# A publication's name and issue on its dated line: "UCA北美华人周刊 第七十八期" (the date cut out), "侨报周刊 第12期"
_ISSUE_LINE = re.compile(rf"(?P<name>[a-z0-9]{{0,6}}[{HAN}]{{2,10}}(?:周刊|月刊|周报|杂志|刊))\s*"
                         r"第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*期")
# "来源:县融媒体中心": the site's own unit named by its level alone (no place), not a paper's name; "来源: 融媒体中心"
# (盐湖区's site), "来源:政协" (南阳市政协's): by no level at all — the page's own file code names the outlet.
_GENERIC_UNIT = re.compile(r"^(?:(?:本|县|市|区|镇|乡|州)(?:融媒体中心|新闻中心|广播电视台|电视台|委宣传部|委|政府)"
                           r"|融媒体中心|新闻中心|政协)$")


# "来源: 执行局" (a court's site), "来源:党委宣传部": a department of the site's own body, no outlet's name.
_DEPARTMENT = re.compile(rf"^(?:党委|党政|行政)?[{HAN}]{{1,2}}(?:局|处|科|部|室|庭|办)$")


# "来源:常德日报·常德融媒客户端": the paper, then its news app's name after a dot — the paper is the source
_PAPER_APP = re.compile(rf"^(?P<paper>[{HAN}]{{2,10}}?报)\s*·\s*[{HAN}a-z]{{2,12}}$|"
                        # "来源: 今日澳洲App" (今日澳洲 of Sydney): the outlet's own app, the outlet the source (an
                        # app's own Chinese name, "周道客户端", is no outlet's: the code names it)
                        rf"^(?P<outlet>[{HAN}]{{2,10}}?)\s*app$")
# "来源:水利部网站": the site of a body that publishes it (a ministry, a bureau) — the body is the outlet
_BODY_SITE = re.compile(rf"^(?P<body>[{HAN}]{{2,12}}(?:部|委|局|厅|办|政府|院|中心|协会|学会))(?:网站|官网)$")
# "来源:安顺日报社大数据智慧全媒体": the paper's house and the unit of it that put the copy out — the paper is
# the outlet
_PAPER_HOUSE_UNIT = re.compile(rf"^(?P<paper>[{HAN}]{{2,8}}?(?:日报|晚报|时报|早报|商报|报))社"
                               rf"[{HAN}]{{0,10}}(?:媒体|媒体中心|新闻中心|客户端|编辑部)$")


def outlet_name(name: str) -> bool:
    """Whether `name` is an outlet's: one the codes list (lexicon.PAPER_CODES), or a paper's or site's by its ending
    ("…日报", "…网", "…社")."""
    f = fold_line(name).strip()
    return f in _PAPER_NAMES or _PAPER.match(f) is not None


def _source_name(name: str) -> str:
    """A source line's name, or "" for a unit named by its level alone ("县融媒体中心") or a department of the
    site's own body ("执行局"); the name without the title marks it is printed in ("《廊坊日报》"), the paper without
    its app ("常德日报·常德融媒客户端") and the body without the word for its site ("水利部网站")."""
    name = re.sub(r"^\s*《\s*([^《》]{2,12}?)\s*》\s*$", r"\1", name)
    f = fold_line(name).strip()
    if _GENERIC_UNIT.match(f) or _DEPARTMENT.match(f):
        return ""
    m = _PAPER_APP.match(f) or _BODY_SITE.match(f) or _PAPER_HOUSE_UNIT.match(f)
    return name.strip()[:m.end(m.lastindex or 1)] if m else name
# A paper's registration number on its masthead ("国内统一刊号:CN65-0010", "国内统一连续出版物号 CN11-0001").
# …or masked by the site ("国内统一刊号:CN**-0000", 今日竹山's e-paper).
# A site's or paper's masthead naming who oversees and who publishes it, and nothing else: "交通运输部主管  中国交通报社
# 主办" (an organisation before each word)
_OWNER = r"[\u4e00-\u9fff]{1,14}(?:部|委|局|厅|办|会|社|集团|公司|院|中心|政府|网)"
_MASTHEAD_OWNERS = re.compile(rf"{_OWNER}主管\s*{_OWNER}主办")
_MASTHEAD_OVERSEER = re.compile(rf"{_OWNER}主管")
# "鹭风报 国内统一刊号 CN-35(Q)第0003号" (a 侨 paper's internal number: a hyphen after CN, "(Q)" and "第…号")
_MASTHEAD_NUMBER = re.compile(r"(?:刊号|连续出版物号)\s*:?\s*cn\s*[\d*]{2}\s*-\s*[\d*]{4}|"
                              r"(?:刊号|连续出版物号)\s*:?\s*cn\s*-\s*\d{2}\s*\(q\)\s*第\s*\d{4}\s*号")
# "创刊于1956年,发行全球数十个国家和地区" under 鹭风报's registration number: the masthead's line of its founding and
# reach — a phrase, never a sentence (no full stop, short)
_MASTHEAD_FOUNDED = re.compile(r"创刊于\s*(?:19|20)\d{2}\s*年(?:\s*[,，]\s*[^。!?！？,，]{2,20})?")
_SPLIT_DATE = re.compile(r"^(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s+(?P<d>\d{1,2})$")
_HOTLINE = re.compile(r"^(?:有奖)?(?:新闻|报料|爆料|订报|广告|服务|读者)?热线\s*[:]?\s*[\d\s-]{5,20}"
                      r"(?:(?:星期|礼拜)[一二三四五六日天])?$")
# "赣州新闻热线:18507970533 网上曝料QQ:1342680324 站长:王盛泉(13803589582 )" (中国江西网's 赣州频道): a channel's
# hotline, tip-off and webmaster numbers in one row under the headline
_HOTLINE_ROW = re.compile(rf"^[{HAN}]{{0,4}}(?:新闻|报料|爆料|曝料)热线\s*:\s*[\d-]{{5,20}}"
                          rf"(?:\s+(?:网上)?(?:报料|爆料|曝料)\s*(?:qq|邮箱|电话|微信)\s*:\s*[\w@.-]{{5,30}}"
                          rf"|\s+站长\s*:\s*[{HAN}]{{2,4}}\s*\(\s*[\d-]{{5,20}}\s*\))+$")
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


# "…十周年。(图片来源:欧洲时报记者王子璇 摄)": a caption, then its picture's source — a photographer — in brackets
_CAPTION_SOURCE_SHOT = re.compile(r"[。！？!?]\s*\(\s*(?:图片来源|图源)\s*:[^()]{2,30}摄\s*\)$")


# "今日竹山-数字报|今日竹山-电子版": an e-paper's title over its page, the paper's name with what the site is.
_EPAPER_TITLE = re.compile(rf"^(?P<name>[{HAN}]{{2,10}})\s*[-－—]\s*(?:数字报|电子版|电子报|数字版)"
                           rf"(?:\s*[|｜]\s*[{HAN}]{{2,10}}\s*[-－—]\s*(?:数字报|电子版|电子报|数字版))*$")
# A site's line of labelled fields under a title, the author's left empty: "新闻作者:    发布时间:2019年04月03日
# 查看次数:次", "访问次数: 1454    发布时间:2011-03-09" — when it was posted, how often it was read.
_FIELD_KEYS = (r"(?:新闻作者|作者|访问次数|浏览次数|查看次数|点击次数|点击数|阅读次数|"
               r"发布时间|发表时间|更新时间|发布日期)")
_FIELDS_LINE = re.compile(rf"^(?:{_FIELD_KEYS}\s*:\s*[\d\s:./-]*(?:年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)?"
                          r"[\d\s:./-]*次?\s*){2,}$")


# An e-paper's footer: its registration numbers, its copyright notice, its phone and fax line.
_EPAPER_FOOTER = re.compile(r"icp备\s*\d|公网安(?:备)?\s*\d|版权所有.{0,6}(?:未经|不得)|"
                            # "举报电话:0579-88899327、13857902366" (兰溪新闻网's footer): two numbers parted by 、
                            r"^(?:联系电话|举报电话|投诉电话|监督电话|电话|传真|邮政编码|邮编)\s*:\s*[\d()\-]+"
                            r"(?:\s*[、,/]\s*[\d()\-]{5,})*"
                            r"(?:\s+(?:联系电话|举报电话|电话|传真|邮政编码|邮编)\s*:\s*[\d()\-]+)*$", re.I)
# A site's path to the page: "首页 > 封面故事 > 正文", "当前位置: 首页 > 要闻动态", "岳阳网> 头条" (the site's name
# for its home page), "体育频道> 体育新闻> 篮球and综合" (a portal's channel as the root).
_BREADCRUMB = re.compile(r"(?:当前位置\s*[:：]?\s*)?"
                         r"(?:(?:[\u4e00-\u9fff]{2,8}\s*)?(?:首页|主页|网站首页)|[\u4e00-\u9fff]{2,8}网|[\u4e00-\u9fff]{2,6}频道)"
                         r"(?:\s*[>»›]\s*[^>»›\s]{1,12}){1,5}\s*[>»›]?")
# (the site's name may be glued to its home page: "中国交通新闻网首页  > 要闻", 中国交通报's site)
# "首页>历史名人>报纸>  乌兰察布市党政代表团到我市考察" (a library's database): the path ending in the page's title,
# which the next line prints again
_BREADCRUMB_TITLE = re.compile(r"(?:首页|主页|网站首页)(?:\s*[>»›]\s*[^>»›\s]{1,12}){1,5}\s*[>»›]\s*[^>»›]{2,40}")
_PAGE_TURN = re.compile(r"(?:\d?\s*(?:上一|下一)[版篇页期]\s*\d?\s*){1,2}")
# The same path after its label with nothing between its parts: "本頁位置:首頁新聞中心社會新聞" (a chinanews mirror).
# "首頁>要聞 要聞": the path, then its last column's name printed again as the column's title
_BREADCRUMB_TWICE = re.compile(r"(?:首页|主页|网站首页)(?:\s*[>»›]\s*[^>»›\s]{1,12})*"
                               r"\s*[>»›]\s*(?P<last>[^>»›\s]{1,12})\s+(?P=last)")
# ("当前所在位置:首页 - 学院新闻", a mirror of 开封网: the label's longer form, the parts parted by a spaced dash)
_POSITION = re.compile(r"(?:当前位置|本页位置|您的位置|你的位置|您现在的位置|现在位置|当前所在位置|所在位置)\s*:\s*"
                       rf"(?:首页|主页|网站首页)(?:[{HAN}>»›\s]|\s-\s){{0,24}}")
# A site's path broken over lines (a portal's list items, their bullets left out): its label alone, "首页" alone,
# the rest of the path after a ">".
_PATH_PART = re.compile(r"(?:您|你)?(?:当前|现在)?所?在?的?位置\s*:|首页|(?:\s*[>»›]\s*[^>»›\s]{1,12}){1,5}|"
                        # "首页 >>" (三峡日报's site): the root and its mark, the path's parts left out
                        r"(?:首页|主页|网站首页)\s*[>»›]{1,2}|"
                        # "主页 / 本地新聞" (華僑日報 of Sabah): the home root, its parts parted by spaced slashes
                        r"(?:首页|主页|网站首页)(?:\s+/\s+[^/>»›\s]{1,12}){1,5}|"
                        r"(?:您|你)(?:现在)?在这里\s*:?")  # "你在这里" (博谈网): a path's label, its parts left out
# A portal's greeting over its page: "人民政府门户网站欢迎您!", "欢迎访问…网站".
_WELCOME = re.compile(rf"[{HAN}]{{0,16}}(?:网站|网)欢迎(?:您|你)[!！]?|"
                      rf"欢迎(?:访问|光临)[{HAN}]{{2,16}}(?:网站|网)[!！]?")
# The path after its label, its root the site's own name and a bullet glyph before it: "当前位置: 新西兰特产 > 新闻 >",
# "〇 您的位置:首页 > 新闻 > 匈华新闻", "§当前位置: 彭水首页>新闻频道>部门" (重庆彭水网) — the label makes it a path
# whatever its first part says; the label may be the bare "位置" ("位置:首页 > 政务动态 > 东丽要闻", a district
# government's site).
# "您所在的位置: 东南网 > 龙岩频道> 正文" (a mirror of 东南网) and "当前位置: 新闻 >> 商丘要闻" (商丘日报's site,
# a double ">>" between its parts) are paths too.
_LABELLED_PATH = re.compile(r"[〇○●■□◆◇▶►•·§\s]*(?:当前位置|本页位置|您的位置|你的位置|您现在的位置|现在位置|所在位置|"
                            r"您当前的位置|当前的位置|您所在的位置|所在的位置|位置)"
                            r"\s*:\s*[^>»›:]{1,16}(?:\s*[>»›]{1,2}\s*[^>»›:]{1,16}){1,5}\s*[>»›]{0,2}|"
                            # "当前位置:首页 / 海外侨讯 / 新闻详情" (鹭风报's site): slashes and spaces part the path
                            r"[〇○●■□◆◇▶►•·§\s]*(?:当前位置|您的位置|您当前的位置|所在位置)\s*:"
                            r"\s*[^>»›:/]{1,16}"
                            r"(?:\s+/\s+[^>»›:/]{1,16}){1,5}")
# an issue's day, then its page, as parts of a site's path ("… >> 2024年1月09日 >> 第四版 >> 正文")
_ISSUE_IN_PATH = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*[>»›]{1,2}\s*第?[\da-z一二三四五六七八九十]{1,3}版")
# "当前位置: 狮城新闻" (长城网's 沧州 channel): the label and a single part, the channel's name — the label makes it
# a path even with no mark after it (no headline opens with 当前位置:)
_LABELLED_ONE = re.compile(rf"[〇○●■□◆◇▶►•·§\s]*(?:当前位置|您的位置|您当前的位置|所在位置)\s*:\s*[{HAN}]{{2,8}}")
# A path with no label and no "首页" root, the site's or its column's name first: "黑龙江新闻网 >> 文化旅游" (a double
# ">>" is a path's mark even with two parts), "新闻中心 > 国内新闻 > 陕西新闻 > 三秦都市报" (a single ">" between spaces
# joining three parts or more) — a headline joins no bare names with ">".
_BARE_PATH = re.compile(rf"[{HAN}·]{{2,12}}(?:\s*>>\s*[{HAN}·]{{2,12}}){{1,5}}|"
                        rf"[{HAN}·]{{2,12}}(?:\s+[>»›]\s+[{HAN}·]{{2,12}}){{2,5}}")
# A listing's row of column names, as an archive prints it over its table: "序號 | 標題 |", "日期 | 标题 | 作者".
_COLUMN_NAMES = re.compile(r"\|?\s*(?:序号|编号|标题|题目|日期|时间|作者|来源|版次|版面|栏目|点击)"
                           r"(?:\s*\|\s*(?:序号|编号|标题|题目|日期|时间|作者|来源|版次|版面|栏目|点击)){1,5}\s*\|?")


# An e-paper's zoom buttons after its page-turn ones: "3 上一篇  下一篇 4 放大 缩小 默认", "上一篇 放大1 缩小1 默认1"
# (each icon's "1" left in), "朗读放大 缩小 默认" (a read-aloud button before them).
_ZOOM = re.compile(r"(?:" + _PAGE_TURN.pattern + r")?\s*(?:朗读\s*)?放大\s*\d?\s*缩小\s*\d?\s*默认\s*\d?")
# A desk's phone number in a paper's contact block: "办公室 :38166899", "网 站 :38166855", "编缉中心:38166822".
_DESK_PHONE = re.compile(rf"[{HAN}][{HAN} ]{{1,6}}\s*:\s*\d[\d-]{{6,12}}")
# The e-paper system's hidden property line leaked into the text: space-separated fields (paper, page, the title
# again, the date as 2014-07-10, the item's id or its file, "/enpproperty-->"), no sentence in it.
_PROPERTY_ID = re.compile(r"\d{5,}|content_\d+\.html?|/?enpproperty-*>?")
_ISO_DAY = re.compile(r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_EPAPER_BUTTONS = frozenset(("标题导航", "联系方式", "回到首页|标题导航", "返回首页", "返回目录"))


# "版面导航: 1B 2B 3B 4B": an e-paper reader's label for its list of the issue's pages, the pages after it
_PAGE_LIST = re.compile(r"版面导航\s*[:：]?\s*(?:[a-z]?\d{1,3}[a-z]?(?:\s+|$)){2,40}")
_ISSUE_PAGE = re.compile(rf"\d{{1,5}}\s*期\s*/\s*第?\s*(?P<page>[a-z]?\d{{1,3}})\s*版\s*[:\s]\s*[{HAN}·]{{1,10}}")


def _epaper_line(line: str, f: str) -> Furniture | None:
    """An e-paper's own lines around an item: its buttons, its list of the page's titles (each ending "~~~"), a
    page label with the page-turn buttons after it, the contact block, the system's property line."""
    if _ZOOM.fullmatch(f) or f.replace(" ", "") in _EPAPER_BUTTONS or re.fullmatch(r"返回新?数字报", f):
        return Furniture("label")  # "返回新数字报": the site's link back to its front
    if f.endswith("~~~") and len(f) <= 60 and not re.search("[。！？!?]", f):
        return Furniture("label")  # "中超联赛进入收官阶段~~~": the page's list of titles (天津日报's e-paper)
    if _DESK_PHONE.fullmatch(f) and "热线" not in f:
        return Furniture("meta")
    m = re.fullmatch(r"(?P<head>.*?\S)\s*(?:" + _PAGE_TURN.pattern + r")", f)
    if m and re.search(rf"[{HAN}]{{2}}", m["head"]) and not _PAGE_TURN.fullmatch(m["head"]):
        head = furniture(line.strip()[:len(m["head"])]) if len(m["head"]) == len(line.strip()[:len(m["head"])]) \
            else None
        if head is not None and head.kind in ("label", "dateline"):
            return head  # "第08版:文体 上一版3  4下一版": the label; "2023年10月30日 星期一 上一期  下一期": the date
    m = re.fullmatch(rf"(?P<name>[{HAN}]{{2,10}})\s+(?:数字报纸|数字报|电子报|电子版)", f)
    if m:
        return Furniture("label", source=_cut(line.strip(), f, m["name"]))  # "浙江日报 数字报纸"
    if re.fullmatch(r"(?:当前|本期)?期次\s*:\s*\d{1,6}", f) or _PAGE_LIST.fullmatch(f):
        # "当前期次:893" / "版面导航: 1B 2B 3B 4B" (中国科大报's reader): the issue shown and its list of pages
        return Furniture("label")
    m = _ISSUE_PAGE.fullmatch(f)
    if m:  # "3144 期 / 第5版:科技扶贫" (四川科技报's e-paper): the issue, then the page's number and name
        return Furniture("label", page=page_number(m["page"]))
    if f == "本文所在版面":
        return Furniture("label")  # (日照日报's reader) the heading over the label of the page the item is on
    m = re.fullmatch(r"【\s*(?P<label>第?\s*[a-z]?\d{1,5}\s*版\s*[:\s]\s*[" + HAN + r"·]{1,10})\s*】", f)
    label = _LABEL[0].match(m["label"]) if m else None
    if label:  # "【第 B1 版:要闻】" (日照日报's reader): the item's page, in brackets
        return Furniture("label", page=page_number(label["page"]))
    fields = f.split()
    day = next((d for d in (_ISO_DAY.fullmatch(x) for x in fields) if d), None)
    if day and len(fields) >= 4 and any(_PROPERTY_ID.fullmatch(x) for x in fields) and not re.search("[。，,！？]", f):
        return Furniture("meta", date=iso(day["y"], day["m"], day["d"]))
    return None


# A forum's note of who last edited the post and when, over the post's text (kokang888.com's threads): no
# line of the article, and not the day it tells of.
_FORUM_EDIT = re.compile(r"本帖最后由\s*\S{1,20}\s*于\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?\s*编辑")


# Disclaimer words a sentence of the story may use too ("从校对做起", "市民扫码即可预约"): a line with a clause
# and a closing stop that holds only these is prose, not the page's footer.
_PROSE_WORDS = frozenset(("校对", "编审", "扫码", "二维码", "点击进入", "欢迎订阅"))
_PROSE = re.compile(r"[,;，；].*[。!?！？]$")


# A reposting site's line over a post: the category it filed the post in, the post's date and time, and the
# country or place it comes from, spaced apart ("民生   2024-09-16 01:48   葡萄牙"); not a paper's own line, which
# names the paper first ("绵阳日报 2018-11-30 06:54 大字": a dateline with its source, read below).
_FILED_AT = re.compile(rf"[{HAN}]{{2,4}}(?<![报网台社刊])\s+"
                       rf"(?P<y>(?:19|20)\d{{2}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\s+"
                       rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+[{HAN}]{{2,8}}")


# A reader's line of when an item was updated and posted, month, day and hour with no year, a bullet between:
# "更新於 01月06日10:24 • 發布於 01月06日12:00" (LINE TODAY) — the site's, no part of the text (its "24" no count).
_UPDATED_POSTED = re.compile(r"(?:(?:更新于|发布于)\s*\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}\s*[•·・]?\s*){1,2}")


_ARCHIVE = re.compile(r"(?:每月|每年的?|每日)档案\s*[:：]\s*(?:[a-z]+\s+)?(?:19|20)\d{2}(?:\s*年)?")


# "Résultats de recherche d'images pour « valeri plante mi-mandat »" (七天's listing): the alt text a picture keeps when
# it was copied from a search engine's image results — the engine's words and the query, no line of the page
_IMAGE_SEARCH = re.compile(r"^(?:résultats de recherche d'images pour|image result for|images for|related image)\b")


# A magazine site's time line with the issue it ran in: "2010-10-12 10:47 2010年第42期"
_TIME_ISSUE = re.compile(r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?"
                         r"\s+(?:19|20)\d{2}\s*年\s*第\s*\d{1,3}\s*期")


def furniture(line: str) -> Furniture | None:
    """The page furniture this line is, or None when it may belong to an article."""
    if _PICTURE_PATH.fullmatch(line.strip()):
        return Furniture("figure")  # "/var/folders/…/640?wx_fmt=jpeg&…": the local path of a picture pasted in
    if len(line) > 120 or (len(line) > 60 and "。" in line):  # furniture is short; a paragraph is not
        return None
    f = fold_line(line).strip()
    if _IMAGE_SEARCH.match(f):
        return Furniture("figure")  # a search engine's label of a picture copied from its results: no page words
    f = re.sub(r"^当前版\s*:\s*", "", f)
    if re.match(r"^第\s*\d+\s*期(?:\s*\(.{0,30}\))?$", f):
        return Furniture("label")
    masthead = _masthead_line(f)
    if masthead is not None:
        return masthead
    epaper = _epaper_line(line, f)
    if epaper is not None:
        return epaper
    m = _SPLIT_DATE.match(f)
    if m:  # "2023年09 09" (中山日报's e-paper): the masthead's date, its month and day in boxes of their own
        return Furniture("dateline", date=iso(m["y"], m["m"], m["d"]))
    m = _EPAPER_TITLE.match(f)
    if m:
        return Furniture("label", source=_cut(line.strip(), f, m["name"]))
    if _FIELDS_LINE.match(f):
        return Furniture("meta", date=find_date(f)[0])
    if re.fullmatch(r"\d{5,9}", f):
        return Furniture("meta")  # "26613" under "来源:毕节日报": a site's view counter printed without its label
    if _UPDATED_POSTED.fullmatch(f):
        return Furniture("meta")  # "更新於 01月06日10:24 • 發布於 01月06日12:00" (LINE TODAY): no year, no date kept
    if _FORUM_EDIT.fullmatch(f):
        return Furniture("meta")  # "本帖最后由 少清 于 2017-1-23 09:58 编辑": a forum's note of the post's last edit
    if _ARCHIVE.fullmatch(f):
        return Furniture("label")  # "每月檔案: October 2017" (a site's archive page): the month it lists
    m = _FILED_AT.fullmatch(f)
    if m:  # "民生   2024-09-16 01:48   葡萄牙" (a repost of a WeChat post): its category, time and country
        return Furniture("dateline", date=iso(m["y"], m["m"], m["d"]))
    if re.fullmatch(r"[\u4e00-\u9fff]{2,6}频道", f):
        return Furniture("label")  # "视频频道" under a site's headline (柬中时报): the channel the item is filed in
    if re.fullmatch(r"[\u4e00-\u9fff]{2,8}网[\u4e00-\u9fff]{2,6}频道", f):
        return Furniture("label")  # "中国江西网赣州频道" over the headline: the site's city channel, its masthead
    if _HOTLINE.match(f) or _HOTLINE_ROW.match(f):
        return Furniture("header")  # "有奖新闻热线: 88881111 星期六": the masthead's phone line
    if _MASTHEAD_OWNERS.fullmatch(f.strip()) or _MASTHEAD_OVERSEER.fullmatch(f.strip()):
        # "交通运输部主管  中国交通报社主办": the masthead's owners, kept with the article; "中國作家協會主管" over the
        # headline (中国作家网): the body that oversees the site alone, no kicker
        return Furniture("header")
    if _MASTHEAD_NUMBER.search(f):
        return Furniture("header")  # "…主管主办 昌吉日报社出版 国内统一刊号:CN65-0010": the masthead's statement
    if _MASTHEAD_FOUNDED.fullmatch(f.strip()):
        return Furniture("header")  # "创刊于1956年,发行全球数十个国家和地区": the masthead's founding line
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
    if _ISSUE_LABEL.match(f):
        return Furniture("label")  # "161期大學線" (a students' paper's listing): the issue over each item
    m = _MONTH_DAY_YEAR.fullmatch(f)
    if m and 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31:
        # "4月. 09, 2024" (E生活誌's WordPress): the post's day in the English order, the month named in Chinese
        return Furniture("dateline", date=iso(m["y"], m["m"], m["d"]))
    m = _TIME_DMY.match(f)
    if m:  # "6:29 24/12/2025" (RNZ中文): a site's time line, the date day/month/year
        return Furniture("dateline", date=iso(m["y"], m["m"], m["d"]))
    m = re.fullmatch(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})", f)
    if m and 1 <= int(m["d"]) <= 31 and 1 <= int(m["m"]) <= 12:  # "25/04/2017" (themacaonews.com): day/month/year
        return Furniture("dateline", date=iso(m["y"], m["m"], m["d"]))
    m = re.fullmatch(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2})", f)
    if m and 1 <= int(m["d"]) <= 31 and 1 <= int(m["m"]) <= 12:  # "22/01/14" (亚洲时报): day/month/two-digit year
        return Furniture("dateline", date=iso("20" + m["y"], m["m"], m["d"]))
    m = _TIME_ISSUE.fullmatch(f)
    if m:  # "2010-10-12 10:47 2010年第42期" (三联生活周刊's site): the post's time and the magazine's issue
        return Furniture("dateline", date=iso(m["y"], m["m"], m["d"]))
    if len(f) <= 80:
        dated = _dated_line(line.strip(), f)
        if dated is not None:
            return dated
        if _DAYS_COVERED.fullmatch(f):
            return Furniture("label")  # "9月12~14日" over a digest's item (環境資訊中心): the days it covers
        m = re.fullmatch(rf"[{HAN}]{{2,8}}网\s*[-－—]\s*(?P<name>[{HAN}]{{2,12}}网)", f)
        if m:
            # "大院网-山西大院资讯网" over the item: the site's short name, then its full one — the site's title
            return Furniture("label", source=_cut(line.strip(), f, m["name"]))
        if _PAPER.match(f) and fold_line(f).endswith("电子报"):
            return Furniture("label", source=paper_name(line.strip()))
        if len(f) <= 6 and re.fullmatch(rf"[{HAN}]{{1,4}}(?:日报|晚报|时报|早报|商报|报)", f) and "本报" not in f:
            # "明報" over a clipping: the paper's name; "点击上虞日报", a link to the paper's site: the paper's too
            return Furniture("label", source=re.sub(r"^\s*(?:点击|點擊)", "", line.strip()))
        m = re.fullmatch(rf"(?P<place>[{HAN}]{{2,3}})\s+(?P<name>[{HAN}]{{1,4}}(?:日报|晚报|时报|早报|商报))", f)
        if m and (m["place"] in PROVINCES or m["place"] in COUNTRIES):
            # "台灣 蘋果日報" under a repost's text: the paper, with the region of its edition
            return Furniture("label", source=_cut(line.strip(), f, m["name"]))
        if re.fullmatch(r"[a-z]\d{1,3}|\d{1,3}", f):
            return Furniture("label", page=page_number(f))  # "A01", "02" on a line of its own
        if len(f) >= 3 and _DEPARTMENT.fullmatch(f):
            return Furniture("meta")  # "党委宣传部" under a site's title: the department that posted it
        m = _SOURCE_LINE.match(f)
        if m:
            return Furniture("disclaimer", source=_source_name(_cut(line.strip(), f, m["name"])))
        if _WEATHER.match(f) or _EPAPER_WORDS.match(f):
            return Furniture("label")
        m = _PAGE_ISSUE.fullmatch(f)
        if m:
            return Furniture("label", date=iso(m["y"], m["m"], m["d"]), page=page_number(m["page"]))
        section = re.sub(r"[一二三四五六七八九十\d\s]+$", "", re.sub(r"\s*(?:更多|more)\s*[>》»]*$", "", f))
        latest = re.sub(r"^即时(?=[\u4e00-\u9fff]{2})", "", section)  # "即時國際" (星洲网): the latest of a section
        if section in SECTION_LABELS or re.sub(r"(?:新闻|快讯|简讯|速递|动态|版)$", "", section) in SECTION_LABELS \
                or latest in SECTION_LABELS:
            return Furniture("label")  # "港聞", "社論 更多" (a listing's section and its "more" link), "综合新闻"
        parts = re.split(r"[·/]", section)
        if len(parts) > 1 and all(re.fullmatch(rf"[{HAN}]{{2,4}}", p) for p in parts) \
                and any(p in SECTION_LABELS for p in parts):
            return Furniture("label")  # "要闻·时政/民生": an e-paper's page name, its sections joined
    drawn = _DRAWN_BY.match(f)
    if drawn and drawn["name"][0] in SURNAMES:
        return Furniture("staff")
    if _STAFF.match(squeeze_role(f)) or _PICTURE_FROM.match(f) or _PHOTO_FROM.match(f) or _PICTURE_BY.match(f) \
            or _OUTLET_SHOT.match(f) or _PROGRAMME_REPORTED.match(f):
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
            # "来源: 编辑:永川迁移 2019-11-28 22:59:16": an empty source field, the next field's label after it;
            # "来源:济宁新闻网收集编辑:济宁新闻网": the next field's label glued to the name
            if re.match(r"(?:作者|责任编辑|编辑|记者|浏览次数|点击)\s*[:：]", value):
                return Furniture("meta", date=find_date(value)[0])
            if re.match(r"(?:19|20)\d{2}\s*[年./-]", value):
                # "来源: 2021年03月11日 作者:新闻中心 摄影 何苗" (四川大学报's site): the source field left empty,
                # the day the item went up after it — a day names no outlet
                return Furniture("meta", date=find_date(fold_line(value))[0])
            value = re.split(r"\s+\S{1,4}\s*[:：]|(?:收集|责任)?编辑\s*[:：]|作者\s*[:：]", value)[0]
            return Furniture("disclaimer", source=_source_name(re.split(r"\s*[-－—]+\s*", value)[-1]))
        dmy = _DMY.search(m["value"]) if key == "发布" else None
        return Furniture("meta", date=find_date(m["value"])[0] or (iso(dmy["y"], dmy["m"], dmy["d"]) if dmy else ""))
    if f.startswith(("©", "copyright", "(c)")) or f in ("分享到:", "分享到", "打印", "返回顶部", "关闭窗口"):
        return Furniture("disclaimer")
    if f in ("微信公众号", "官方微博", "官方微信", "官方抖音", "微信视频号"):
        return Furniture("disclaimer")  # a site's follow-us labels, each under its QR code's caption (乡村干部报网)
    if _EPAPER_FOOTER.search(f) or f in ("关闭", "版面导航", "新闻搜索", "新闻搜索:"):
        return Furniture("disclaimer")  # an e-paper's footer and buttons: "豫ICP备09014970号", "关闭"
    if _BREADCRUMB.fullmatch(f) or _BREADCRUMB_TWICE.fullmatch(f) or _BREADCRUMB_TITLE.fullmatch(f):
        return Furniture("label")  # "首页 > 封面故事 > 正文": the site's path to the article
    if _POSITION.fullmatch(f) or _LABELLED_PATH.fullmatch(f) or _COLUMN_NAMES.fullmatch(f) or _BARE_PATH.fullmatch(f) \
            or _LABELLED_ONE.fullmatch(f):
        # "当前位置: 首页 >> 往期浏览 >> 2024年1月09日 >> 第四版 >> 正文" (a campus paper's archive): the path names
        # the issue and its page, the paper's day (the site's 发布日期 under the title is the day it was posted)
        issue = find_date(f)[0] if _ISSUE_IN_PATH.search(f) else ""
        # "本頁位置:首頁新聞中心社會新聞"; "序號 | 標題 |", a listing's column names
        return Furniture("label", date=issue)
    if _PATH_PART.fullmatch(f):
        return Furniture("label")  # "您当前所在的位置:" / "首页" / ">今日东台>东台要闻": the path over three lines
    if _WELCOME.fullmatch(f):
        return Furniture("disclaimer")  # "人民政府门户网站欢迎您!": a portal's greeting over its page
    if _EMPTY_FIELDS.fullmatch(f):
        return Furniture("meta")  # "作者:": a site's author field left empty, on a line of its own
    if _PAGE_TURN.fullmatch(f):
        return Furniture("label")  # "3上一版  下一版4", "下一篇4": an e-paper's page-turn buttons
    m = _REPOST.match(f)
    if m:  # "The following article is from 新京报 Author 新京报记者": a WeChat repost's banner, naming the paper
        return Furniture("disclaimer", source=_cut(line.strip(), f, m["name"]))
    if re.fullmatch(r"[A-Z][A-Z&' -]{2,30}[A-Z]", line.strip()) and " " in line.strip():
        return Furniture("label")  # "LATEST ARTICLES" over a listing (South Australia Chinese Weekly): the site's label
    if re.fullmatch(r"【[^】]{2,8}】", f):  # "【南都一周】": a column's label
        return Furniture("label")
    if re.fullmatch(r"[\u4e00-\u9fffa-z0-9]{4,14}[\u2460-\u2473]", f):
        return Furniture("label")  # "习近平G20杭州时间②" (杭州网): a series' name and the part's number, over the text
    if re.fullmatch(r"【\s*更多[^】]{2,30}】", f):  # "【更多即時新聞詳情請上東網新聞】": the site's pointer
        return Furniture("disclaimer")
    if re.fullmatch(r"更多[\u4e00-\u9fff]{0,4}请(?:搜寻|搜索|上)\W{0,3}\w{2,12}", f):
        return Furniture("disclaimer")  # "更多新聞請搜尋🔍風傳媒": the site's pointer closing the article
    if f in _PAPER_NAMES:  # "新報人" on a line of its own in a listing: the paper's name
        return Furniture("label", source=line.strip())
    named = re.fullmatch(r"[(（]\s*([^()（）]{2,12}?)\s*[)）]", f)
    if named and named[1] in _PAPER_NAMES:  # "(临沂日报)" closing a site's copy: the paper it is taken from
        return Furniture("label", source=line.strip()[1:-1].strip())
    sited = _PAPER_AND_SITE.fullmatch(f)
    if sited and (sited["name"] in _PAPER_NAMES or _PAPER.match(sited["name"])):
        # "(消费日报 www.xfrb.com.cn)" closing the copy: the paper that printed it and its site's address
        return Furniture("label", source=_cut(line.strip(), f, sited["name"]))
    if re.fullmatch(r"(?:发布者|发布人|录入者?)\s*:\s*\S{1,10}"
                    r"(?:\s+(?:浏览|点击|阅读|访问)(?:量|次数|数)\s*:\s*\d*\s*次?)?", f):
        return Furniture("meta")  # "发布者:忻佳璐 浏览次数:2650 次": who posted the item on the site, and its reads
    if re.fullmatch(r"(?:浏览|点击|阅读|访问)(?:量|次数|数)\s*:\s*\d[\d,]*\s*次?", f):
        return Furniture("meta")  # "浏览次数:5097" on a line of its own: how often the item was read
    m = re.fullmatch(r"(?P<d>[0-3]?\d)(?P<y>(?:19|20)\d{2})/(?P<m>[01]?\d)", f)
    if m and iso(m["y"], m["m"], m["d"]):  # "152016/08" (a site's date box): the day set large, then year/month
        return Furniture("dateline", date=iso(m["y"], m["m"], m["d"]))
    if re.fullmatch(r"[(（][\u4e00-\u9fff]{1,8}(?:通讯员|供稿)[)）]", f):
        return Furniture("staff")  # "(校团委通讯员)" under a site's report: the office that sent it, no one named
    if _IMAGE_FILE.fullmatch(f) or _IMAGE_FILES.fullmatch(f):
        # "微信图片_20210329141438.jpg": a picture's file name where the site shows it; "640.jpg 720x400.jpg"
        # (a portal's repost of 菲社网): the names of the pictures in a row, spaced
        return Furniture("figure")
    if f in _SITE_SLOGANS:
        return Furniture("label")  # "看家乡事,品故乡情" over yybnet.net's pages: the site's slogan, no kicker
    if re.fullmatch(r"[■□](?:\s*[■□])*", f):
        return Furniture("figure")  # "■": where an e-paper's text leaves out a table or picture
    if re.fullmatch(r"[0-2]?\d:[0-5]\d(?::[0-5]\d)?", f):
        return Furniture("meta")  # "15:51" on a line of its own (香港經濟日報): the time the site posted the item
    m = re.fullmatch(r"\[(?P<y>(?:19|20)\d{2})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})\]\s*发表", f)
    if m:  # "[2015.03.17] 發表" (明報's Canadian sites): the day the item was posted
        return Furniture("dateline", date=iso(m["y"], m["m"], m["d"]))
    m = re.fullmatch(r"【(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})\s*(?P<name>[^【】]{2,16}?)"
                     r"(?:新闻部|新闻中心|编辑部)】", f)
    if m:  # "【2017/10/28 Hit FM新聞部】" under a station's item: the day and the newsroom that wrote it
        return Furniture("trailer", source=_cut(line.strip(), f, m["name"]), date=iso(m["y"], m["m"], m["d"]))
    if f in ("详情", "相关新闻") or re.fullmatch(r"更多[\u4e00-\u9fff]{0,4}(?:新闻|要闻|报道)", f):
        return Furniture("label")  # "更多中國要聞" over a box of leads, "詳情" under each, "相關新聞": the site's links
    if _PICTURE_PLACEHOLDER.fullmatch(f):
        return Furniture("figure")  # "DSC02137", "無標題", "圖片": a picture's file name or alt text left in its place
    if re.fullmatch(r"[a-z]", f):
        return Furniture("figure")  # "a" on a line of its own (巴華網): a picture's alt text, one letter
    if re.fullmatch(r"(?:https?://|www\.)[\w./%?=&#~+-]+", f):
        return Furniture("meta")  # "https://p.dw.com/p/73hh" on a line of its own: the item's short link
    if _CONTACT.fullmatch(f):
        return Furniture("meta")  # "官方微博http://weibo.com/…", "传真(81)6‐7654‐6498": a paper's contact block
    m = _POSTED_AT.fullmatch(f)
    if m:  # "上传 2015.09.16 15:07" (中央日报中文网): when the site posted the item
        return Furniture("meta", date=iso(m["y"], m["m"], m["d"]))
    if _SEPARATOR.match(f) or f in ("-", "*", "#", "—", "--", "|"):  # "|" between two labels (星洲网)
        return Furniture("separator")
    if _HASHTAG.match(f):
        return Furniture("hashtag")
    if len(f) <= 80 and _EMAIL.search(f) and not any(c in f for c in "。！？"):
        return Furniture("email")
    squeezed = f.replace(" ", "").replace("信息来源:", "")  # "…记者刘斌 摄 信息来源:彭雪琴": a caption's credit
    said = [w for w in DISCLAIMERS if w in squeezed]
    # "(鄂州日报全媒体记者王凤玲 通讯员彭薇 责任编辑汪敏)": the writers' credit, its editor after them
    credit = f.startswith("(") and f.endswith(")") and parse_byline(f) is not None
    if not credit and ((len(f) <= 60 and said and not _byline_first(f) and not _CAPTION_SOURCE_SHOT.search(f)
                        and not (_PROSE.search(f) and set(said) <= _PROSE_WORDS)) or (
            f.startswith("(") and f.endswith(")") and any(w in f for w in ("编辑", "责编", "来源")))):
        return Furniture("disclaimer")
    if _NOTE.fullmatch(f.replace(" ", "")) or _CROSS.fullmatch(f) or _BODY_SOURCE.fullmatch(f):
        return Furniture("note")
    m = _POST_DATE.match(f)
    if m:
        return Furniture("dateline", date=iso(m["y"], str(_MONTHS.index(m["m"]) + 1), m["d"]))
    m = _PUBLISHED_AT.match(f)
    if m:
        return Furniture("dateline", date=iso(m["y"], str([x[:3] for x in _MONTHS].index(m["m"]) + 1), m["d"]))
    if _AUTHOR_DESK.match(f) or _POSTED_IN.match(f):
        return Furniture("label")
    m = _BLOG_DATE.match(f) or _BLOG_ARCHIVE.match(f)
    if m:
        return Furniture("dateline", date=iso(m["y"], m["m"], m["d"]))
    if _VIEW_COUNTER.match(f):
        return Furniture("label")
    if _POST_TAGS.match(f):
        return Furniture("hashtag")
    m = _PAPER_NEWS.match(f)
    if m and m["name"] != "本报":
        return Furniture("disclaimer", source=_cut(line.strip(), f, m["name"]))
    if _SITE_NOTE.fullmatch(f) or _READER_FIELD.fullmatch(f):
        return Furniture("label")  # "本文来源于上饶新闻网[www.srxww.com]", "当前报纸名称:梅州日报"
    m = _REPOSTED_FROM.match(f)
    # "本文转自:衢州日报" (an aggregator's line over a paper's report): the paper it was taken from
    if m and (m["open"] or m["above"] or (m["this"] and m["colon"])):
        return Furniture("disclaimer", source=_cut(line.strip(), f, m["name"]))
    m = _FORUM_POSTED.fullmatch(f) or _TIME_AND_READS.fullmatch(f)
    if m and iso(m["y"], m["m"], m["d"]):
        # "菲龙网新闻部3 发表于 2024-1-10 07:19" (a forum's archiver): who posted the item and when;
        # "2025-02-18 20:31 阅读量:1.6万+" (华人头条): when the item was posted and how often it was read
        return Furniture("dateline", date=iso(m["y"], m["m"], m["d"]))
    if _TOPIC_LABEL.fullmatch(f) or _SPACED_PATH.fullmatch(f):
        return Furniture("label")  # "專題: 區議員" over a tag page's items; "首頁 標籤 區議員": the path, spaced
    return None


# A forum's poster and time line over the post: "菲龙网新闻部3 发表于 2024-1-10 07:19" (菲龙网's archiver).
_FORUM_POSTED = re.compile(r"\S{1,20}\s+发表于\s*(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
                           r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
# A site's time and read count on one line: "2025-02-18 20:31 阅读量:1.6万+" (华人头条).
_TIME_AND_READS = re.compile(r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+"
                             r"(?:阅读量|浏览量|阅读|浏览)\s*:?\s*[\d.,]+\s*万?\+?")
# A tag page's topic over its items: "專題: 區議員" (Modia), "话题:两会".
_TOPIC_LABEL = re.compile(r"(?:专题|话题)\s*:\s*[\u4e00-\u9fff\w]{1,12}")
# A site's path with spaces for its separators: "首頁 標籤 區議員" (Modia's tag page).
_SPACED_PATH = re.compile(r"(?:首页|主页)(?:\s+[\u4e00-\u9fff\w]{1,8}){1,3}")


# A site's note under a text it carries, naming itself and its address: "本文来源于上饶新闻网[www.srxww.com]" (a
# paper's own site; the paper is named in its time line).
_SITE_NOTE = re.compile(r"本文来源于\s*[\u4e00-\u9fff]{2,10}(?:网|频道|客户端)\s*[\[(【]\s*(?:https?://)?[\w.-]+\s*[\])】]")
# An e-paper reader's field naming the paper it shows: "当前报纸名称:梅州日报" (360elib's 电子报阅读机).
_READER_FIELD = re.compile(r"当前(?:报纸|报刊)名称\s*[:：]\s*[\u4e00-\u9fff]{2,10}")
# A line of a paper's contact block: the label, then an address on the web, a mail address or a phone number.
_CONTACT = re.compile(r"(?:官方网站|官方微博|官方facebook|官方微信|网站|网址|电话|传真|手机)\s*:?\s*"
                      r"(?:(?:https?://|www\.)\S+|[(]?\+?\d[\d()\s‐-]{5,20})")  # (a mail address: _EMAIL)
_POSTED_AT = re.compile(r"(?:上传|发布|更新|发表)(?:时间|日期)?\s*:?\s*(?P<y>(?:19|20)\d{2})[./-](?P<m>\d{1,2})[./-]"
                        r"(?P<d>\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_PAPER_NAMES = frozenset(fold_line(n) for n in PAPER_CODES.values())
# Where a site's text keeps a picture's place: the camera's file name ("DSC02137", "IMG_6499"), or the alt text
# of an image without one ("無標題", "圖片", "Untitled") — on a line of its own, never a sub-head.
# "QQ截图20210925105328", "微信图片_20210329141438": a screenshot's or chat picture's default name, no extension
_PICTURE_PLACEHOLDER = re.compile(r"(?:dsc[nf]?|img|pict?|p)[_-]?\d{3,8}(?:\.(?:jpe?g|png|gif))?|无标题|图片|untitled|"
                                  r"首图|"  # "首圖" (an aggregator's label for the lead picture)
                                  r"图片默认标题(?:_fororder_\w+)?|"  # 国际在线's default alt text
                                  r"(?:qq|微信)(?:截图|图片)_?\d{8,14}|"
                                  # a content system's hashed name with its watermark mark: "fe170cf-e-94ac-e68_batchwm"
                                  r"[0-9a-f]{4,}(?:-[0-9a-f]{1,12}){1,6}_batchwm")
# A picture's path on the writer's computer or its web address with the image query, pasted in with it.
_PICTURE_PATH = re.compile(r"/[^\s]{4,300}?(?:wx_fmt=(?:jpe?g|png|gif)|\.(?:jpe?g|png|gif))(?:[?&][^\s]*)?")
_IMAGE_FILE = re.compile(r"[^\s/\\:]{1,60}\.(?:jpe?g|png|gif|bmp|webp)")
_IMAGE_FILES = re.compile(rf"{_IMAGE_FILE.pattern}(?:\s+{_IMAGE_FILE.pattern})+")
# A news site's slogan printed over every item it serves (yybnet.net's city channels, over 北海日报's and 西安日报's
# items), as the page folds it: the site's line, not the headline's kicker or deck.
_SITE_SLOGANS = frozenset(("看家乡事,品故乡情",))
_PAPER_AND_SITE = re.compile(rf"[(（]\s*(?P<name>[{HAN}]{{2,12}})\s+(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?"
                             rf"\s*[)）]")


def _byline_first(f: str) -> bool:
    """"記者:DMC編輯:DMC": a byline that names its editor too, not an editor's line."""
    if not starts_with_role(f) or f.startswith(("编辑", "责任编辑")):
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
    f = fold_line(line)
    marks = [m.group(1).replace(" ", "") for m in _CONT.finditer(f)]
    cuts = [(m.start(), m.end()) for m in _CONT.finditer(f)] + [(m.start(), m.end()) for m in _CROSS.finditer(f)]
    see = _SEE.search(f)
    if see and not any(start <= see.start() < end for start, end in cuts):
        marks.append(see.group(1).replace(" ", ""))  # kept: a teaser's item ends at its pointer
        cuts.append((see.start(), see.end()))
    for start, end in sorted(cuts, reverse=True):
        line = line[:start] + line[end:]
    return marks, line.strip()
