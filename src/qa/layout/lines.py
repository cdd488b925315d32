"""A page's text → its lines, classified (headline, byline, credit, body, …) with the page's furniture taken
out; a headline run into its byline or its first paragraph cut apart. `page.py` makes articles of them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..dates import date_in_text, iso_of
from ..lexicon import BYLINE_ROLE_RE, CJK, PLACE_SUFFIX_RE, SURNAMES
from ..normalize import fold
from ..types import Byline, Dateline
from .bylines import parse_byline, trailing_credit
from .datelines import (
    after_dateline,
    bracket_writers,
    end_dateline,
    parse_dateline,
)
from .furniture import (
    CAPTION_START,
    Furniture,
    continuation_marks,
    date_prefix,
    find_date,
    furniture,
    outlet_name,
    page_number,
    strip_trailer,
)
from .turns import lone_turns, section_marked, source_labels

INNER_PUNCT = re.compile(r"[。，,；;：:、]")
_HEAD_DATE_BYLINE = re.compile(
    r"^(?P<head>\S.{1,80}?)\s+(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\s*[|｜]\s*(?P<by>\S.{0,30})$")
# "南洋梦事·南洋印记/心然": a column's title and its writer on one line (南洋商报's 商余).
_HEAD_SLASH_AUTHOR = re.compile(r"^(?P<head>[^/／。！？!?,，]{4,40}?)\s*[/／]\s*(?P<by>[\u4e00-\u9fff]{2,3})$")
# "地區關愛隊並不能替代區議會 文:姚潔凝" (堅料網's listing): a commentary's title, a space, then its writer.
_HEAD_SPACE_WRITER = re.compile(r"^(?P<head>\S.{3,40}?)\s+(?P<by>(?:撰文|文)\s*[:：/／]\s*[\u4e00-\u9fff]{2,4})$")
# "謝惠貞 / 南市「做工行善團」…" (tw-chinanews.com): the writer's name, a spaced slash, the lead run on after it
# (the place shortened and run into the first words, as "記者X/台北報導" is on a line of its own elsewhere).
_NAME_SLASH_LEAD = re.compile(r"^(?P<by>[\u4e00-\u9fff]{2,3}) [/／] (?P<rest>\S.{20,})$")
_END_DATE = re.compile(r"(?<=[。！？!?」”])\s*((?:19|20)\d{2}/\d{1,2}/\d{1,2})$")  # a date after the last stop
_NOT_WRITER_END = "文图摄影讯频播报版"  # "…/组图", "…/视频", "…/快讯": what the item is, not who wrote it
# A caption's end: its source in brackets ("(资料图片)", "(港台圖片)", "（网络截图）").
CAPTION_END = re.compile(r"\((?:[^()]{0,8})(?:截图|图片|照片|资料图|供图|翻拍|示意图)\)$")
# A caption's end: where its picture comes from, in brackets after a picture's word and a slash or colon
# ("…引發媒體不滿。(圖/民視新聞)", "（圖／翻攝張峻臉書）"), matched on folded text — whoever the source.
PICTURE_SOURCE_END = re.compile(r"[(\[]\s*(?:图|图片|照片)\s*[/:][^()\[\]]{2,24}[)\]]$")
# A caption's end: the picture agency's name in capitals closing the bracket that says when and where the picture
# was taken ("石破茂(17日下午,首相官邸,KYODO)"), as written (not folded: the capitals tell an agency from a word).
AGENCY_CAPTION_END = re.compile(r"[(（][^()（）]{2,40}[,，、]\s*[A-Z]{2,10}\s*[)）]$")
# A group photo's caption without a credit ("一九五九年大同报社编辑部和印刷厂工作人员合影"): text, never a headline.
GROUP_PHOTO = re.compile(r"(?:合影|合影留念|留影|合照)[。.]?$")
# Where a person stands in the picture, in brackets after the name: "吴继垣董事主席(右1)与…", "李卓彬(右)和…(左)",
# "骆南辉(左起)和…" (folded) — only a photo's caption says so, never a headline or a sub-head.
POSITION_MARK = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])[(（](?:前排|后排|第[一二三]排)?(?:左|右|中)"
                           r"(?:[一二三四五六七八九十]|\d{1,2})?起?[)）]")
# "…一景" (a scene of it: "僑務工作座談會一景"): a picture's caption, never a headline or a sub-head
SCENE_CAPTION = re.compile(r"[\u4e00-\u9fff」]{2,20}(?:一景|现场|封面)$")


# "王宗颖总领事", "郑观陆先生" alone on a line: a portrait's caption, the person's name and post or honorific —
# a headline or a sub-head says what someone did or what the part is about, never a bare name
PORTRAIT_CAPTION = re.compile(r"[\u4e00-\u9fff]{2,3}(?:先生|女士|总领事|副总领事|领事|大使|参赞|会长|主席|理事长|"
                              r"社长|校长|博士|教授)$")

# "曼德勒省市官员" alone on a line: the people a group picture shows, named and nothing said of them
GROUP_CAPTION = re.compile(r"[\u4e00-\u9fff]{2,12}(?:官员|嘉宾|来宾)")


def pictured(line: str) -> bool:
    """A caption by its words alone: people placed in the picture ("李世丙(右2)、洪勝信(左2)", 台灣新聞), a
    scene's "…一景", "…现场", "…封面", a portrait's name and post."""
    f = fold(line.strip())
    return POSITION_MARK.search(f) is not None or SCENE_CAPTION.search(f) is not None \
        or (PORTRAIT_CAPTION.fullmatch(f) is not None and f[0] in SURNAMES) or GROUP_CAPTION.fullmatch(f) is not None


def placing_caption(text: str) -> bool:
    """A caption placing people in the picture ("姬新龙(左)、…李相起(右)合影"): short, a position mark, one sentence
    at most — a paragraph of its own, never a story's first words (lint.first_words)."""
    return len(text) <= 120 and POSITION_MARK.search(fold(text)) is not None \
        and not re.search("[。！？!?]", text.rstrip("。！？!? "))
# A speaker's photo caption between paragraphs of a report ("中国商会第六届新届会长洪及祥致辞", 菲龙网's report as
# a chamber's site reposts it): a post and a name, then the speech — a picture's caption, not a sub-head (a speech
# printed as an article is titled "…上的讲话").
SPEAKER_CAPTION = re.compile(r"^(?:[\u4e00-\u9fff]{4,28}|[\u4e00-\u9fff]{2,16}[A-Za-z][A-Za-z .'\-]{1,30}[A-Za-z])"
                             r"(?<!的)(?:致辞|致词|讲话|发言|致欢迎辞|致答谢辞|主持|接受采访|接受专访)$")
# (…who hosts it, who is interviewed: "晚会由庾春花女士主持", vitaminbnews.com; "林淦花接受采访", 美洲华联社 — a
# picture's caption between paragraphs as the speaker's is)
# "林淦花致辞", "林淦花接受采访" (美洲华联社): a bare name and the speech or the interview — a caption when the name
# is one the paragraph over it names (name_caption)
_NAME_CAPTION = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,3})(?:致辞|致词|讲话|发言|接受采访|接受专访)$")


def name_caption(line: str, prev: Line | None) -> bool:
    """A person's picture between paragraphs: his bare name (a surname first) and his speech or interview, the
    name one the paragraph over it tells of — a sub-head names a part, not the man the text just named."""
    m = _NAME_CAPTION.match(fold(line.strip()))
    return (m is not None and prev is not None and prev.cls == "body" and m["name"][0] in SURNAMES
            and line.strip()[:len(m["name"])] in prev.text)


# A scene's caption between paragraphs: "活动现场" (vitaminbnews.com), "审议现场" — where the picture was taken, with
# no more words; a sub-head tells what a part is about
SCENE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}现场$")
# A picture's title: the story's own title and the picture's number after a dash ("悉尼与广州建立姐妹城市30周年庆祝
# 纪念晚宴 - 1", 今日澳洲's site) — the site names each picture so; a caption, never a sub-head
PICTURE_NUMBER = re.compile(r"^[^。！？!?]{4,60}\s[-－–]\s\d{1,2}$")
# ("费勒姆市长Susan Bayford致辞", 英国侨报: the post, then a Latin name)
# A picture's caption in the report of a press tour, printed between its paragraphs with no stop (安顺日报's
# "大营镇党委书记陈凯向记者介绍该镇的食用菌、林下蜂、林下鸡产业", "记者现场了解国有浪风关林场工人如何收割蜜糖"): the
# reporters are in the picture, as the ones told or the ones at work — a sub-head names no 记者 at work, and a
# paragraph says it with a stop. A paragraph of its own, never joined to the line under it (press_caption).
_PRESS_CAPTION = re.compile(r"^(?:在[\u4e00-\u9fff]{2,16}[,，])?记者们?(?:在|现场|深入|走进|来到|了解|采访|参观|"
                            r"察看|查看|体验|探访|跟随)|[\u4e00-\u9fff](?:向|为|给)(?:媒体)?记者们?"
                            r"(?:介绍|讲解|展示|讲述|演示)")
# The press tour itself at work ("采访团记者跟着畲家大姐学做山粉饺", "采访团走访记录", 浙江在线's 走基层): the tour's
# group named as the subject is in the picture, as its 记者 are — a sub-head heads the places and people visited
_PRESS_GROUP_CAPTION = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:采访团|采风团|采访组))(?:记者|成员|一行)?(?:们)?"
                                  r"(?:在|现场|深入|走进|来到|了解|采访|参观|察看|查看|体验|探访|跟随|跟着|走访|实地)")
_MARKED_NAME = re.compile(r"^[□◎○☉⊙]\s*([\u4e00-\u9fff]{2,3})$")
# "■封盛" right under the headline: a sub-head's mark before a bare name is the writer's (浙江工人日报)
_HEAD_MARKED_NAME = re.compile(r"^[■●▲◆]\s*([\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,3})$")
# "●松门二小五(2)班 林谨诚 指导老师 莫星宇" (温岭日报's children's page) under a pupil's essay: the school and class,
# the writer, then the teacher who guided the essay — a credit, not a writer
_PUPIL_LINE = re.compile(r"^[■●▲◆]?\s*[\u4e00-\u9fff\d()（）]{2,24}(?:班|年级)\s+(?P<w>[\u4e00-\u9fff]{2,4})\s+"
                         r"(?P<role>指导(?:老师|教师))\s*[:：]?\s*(?P<t>[\u4e00-\u9fff]{2,4})$")
# "作者:刘孝文   来源:    发布日期:2011-12-27" (a site's field line): the author's field, then the site's others.
# "来源:中国艺术报作者:王春梅": the field glued on after the source's name (a paper's, a site's)
# "发布时间:2026-01-10 11:10:04 记者:王祺 张杰 周悦 编辑:弋娜 来源:巴彦淖尔日报": the reporters' field likewise
_META_AUTHOR = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[报网社台刊]))(?:作者|记者)\s*:\s*"
                          # "作者:《日本新华侨报》发行人 吴晓乐": the writer's paper and post before his name
                          r"(?:《[^》]{2,12}》[\u4e00-\u9fff]{0,6}\s+)?"
                          # "作者: 记者 张甜歌" (廊坊日报's site): the writer's role before his name
                          r"(?:(?:本报|本台|本网)?记者\s*)?"
                          r"([\u4e00-\u9fff·]{2,4}(?:[ 、，,][\u4e00-\u9fff·]{2,4}){0,3})"
                          # ("来源:汉中日报 作者:衡俊昌 人气: 发布时间:…": a site's view counter, 人气, left empty)
                          r"\s*(?:$|\s(?=\s*(?:来源|来自|发布日期|发布时间|日期|时间|点击次数|点击|浏览次数|阅读|人气|编辑|"
                          r"责任编辑)\s*:)|"
                          # "发布时间:2023/03/31作者:王丹凤来源:点击量:3749…" (鹭风报's site): the next field's label
                          # glued on after the name, no space between
                          r"(?=(?:来源|来自|发布日期|发布时间|点击量|点击次数|浏览次数|责任编辑)\s*:))")
# "2014年11月26日  来源 : 台胞之家网   作者 : 福建省台联 林国武/文 钟晓惠/图" (福建省台联's site): the author's
# field naming the writer's body, then the writer and the photographer each with his part after a slash
_META_AUTHOR_PARTS = re.compile(r"(?<![\u4e00-\u9fff])作者\s*:\s*"
                                r"(?:[\u4e00-\u9fff]{2,10}(?:联|会|局|部|委|办|社|中心|政府|院|所)\s+)?"
                                r"(?P<w>[\u4e00-\u9fff·]{2,4})\s*/\s*(?:文|撰文)"
                                r"(?:\s+(?P<p>[\u4e00-\u9fff·]{2,4})\s*/\s*(?:图|摄影|摄))?\s*$")
# "来源: 2021年03月11日 作者:新闻中心 摄影 何苗" (四川大学报's site): the field line ends with the photographer, his
# role before his name (the writer's field names the university's news office, no person)
_META_PHOTO = re.compile(r"(?<![\u4e00-\u9fff])摄影\s*[:：]?\s*(?P<p>[\u4e00-\u9fff·]{2,4})\s*$")
# "作者:管理员" (抚州's company site): the site's account that posted the copy, no writer (管 a surname all the same)
_SITE_ACCOUNTS = frozenset(("管理员", "超级管理员", "系统管理员", "网站管理员"))
# "发布日期:[2013/12/3 14:28:41] 信息来源: 本网记者 王朋" (a company site's field line): the source field names the
# reporter, with his role, at the line's end.
# "来源:盐阜大众报报业集团全媒体记者 郑朝成": a press group's name before the role
# "发布时间: 2013-08-05 来源: 鄂尔多斯日报 责任编辑: 何敏嘉": a site's field line ending with the story's editor
# (or "18-09-30 15:06 来源:中国甘肃网-酒泉日报 编辑:张玉芳", the field named 编辑 or 责编)
_KEYWORDS_EDITOR = re.compile(r"^(?:关键词|关键字|标签)\s*:[^:]{1,60}?"
                              r"(?P<ed>(?:责任编辑|责编)\s*:\s*[\u4e00-\u9fff·]{2,4})\s*$")
_META_EDITOR = re.compile(r"(?<![\u4e00-\u9fff])(?:责任编辑|编辑|责编)\s*:\s*[\u4e00-\u9fff·]{2,4}\s*$")
_SOURCE_REPORTER = re.compile(r"(?:信息|稿件)?来源\s*:\s*(?P<by>[\u4e00-\u9fff]{0,14}(?:记者|通讯员)\s*"
                              r"[\u4e00-\u9fff·]{2,4}(?:[ 、，,][\u4e00-\u9fff·]{2,4}){0,3})\s*$")
# "来源:中国作家网 | 徐健、刘鹏波  2024年01月25日21:54" (folded): the site, a bar, the writers, the time.
_SOURCE_BAR_WRITERS = re.compile(r"来源\s*:\s*[^|]{2,20}\|\s*"
                                 r"(?P<by>[\u4e00-\u9fff·]{2,4}(?:[ 、,][\u4e00-\u9fff·]{2,4}){0,3})"
                                 r"\s+(?:19|20)\d{2}[年-]")
# "2018年02月04日 18:25:59 来源: 丽水网 叶捷 吴厚非" (浙江在线): the site, then the writers spaced apart at the line's
# end, no role or bar — names after an outlet's name in the source field are who wrote it
_SOURCE_WRITERS = re.compile(r"来源\s*:\s*[\u4e00-\u9fff]{2,12}(?:网|报|台|社|客户端)\s+"
                             r"(?P<by>[\u4e00-\u9fff]{2,3}(?: +[\u4e00-\u9fff]{2,3}){0,3})\s*$")
# A byline with the writer's mail address after it: "记者:李相起 winwin0625@theasian.asia"
_MAILED_BYLINE = re.compile(r"(?P<by>\S.{1,30}?)\s+[(（]?[\w.+-]+@[\w-]+\.[\w.]+[)）]?")
# "(校报记者 房国辉 陈亚伟)9月10日晚上…": a report opening with its writers in brackets, their role with them.
_OPEN_BRACKET_BYLINE = re.compile(r"^([(（]\s*[\u4e00-\u9fff]{0,6}?(?:记者|通讯员)[^()（）]{2,30}[)）])\s*(\S.{20,})$")
# "本报记者 马 玲 霍良振 周江平 杨 君 2月28日,早春的…" (中国石化报), "七天记者 梓丰 自2017年11月5日当选,…" (七天):
# the role and the writers' names, parted by spaces as a byline line prints them, run into the lead (matched folded)
_ROLE_NAMES_LEAD = re.compile(r"^((?:本报|[\u4e00-\u9fff]{1,6}?)?(?:记者|通讯员)(?:\s+[\u4e00-\u9fff]{1,4}){1,8})\s+"
                              r"(?![\u4e00-\u9fff]{1,4}\s)(\S.{20,})$")
# "原題:…" as a big5 gateway serves it too (the line is matched as printed, before folding).
# "[图文]玉泉路园区新设报栏 …": a site's mark before the title of an item with pictures, not the title's words
_ITEM_MARK = re.compile(r"^[\[【](?:图文|组图|视频|图片|多图)[\]】]\s*(?=\S)")
_ORIGINAL_TITLE = re.compile(r"^原(?:标题|標題|题|題)\s*[:：]\s*(\S.{3,80})$")
# A labelled field of an item ("时间:3月6日上午", "地点:胜利南路天桥下", 信阳晚报's 街拍): when and where, as text.
# A notice's or programme's field: "时间:3月6日上午", "活动地点:泉城公园生态广场", "咨询电话:…", "主办单位:…".
FIELD = re.compile(r"^(?:(?:活动|演出|比赛|讲座|会议|展览|报名|咨询|联系)?(?:时间|地点|日期|地址|电话|内容|方式|对象)|"
                   r"(?:主办|承办|协办|指导|支持)(?:单位)?|主讲人?|主持人?|联系人)\s*[:：]\s*\S")
# A work's title with its writer's name glued on, a prize list's entry: "《一杯明月灑滿中國紅》張廣超", "《心中的月亮
# 》(外一首)張秀英", "《以书为伴》刘文权(重庆)"
_LISTED_WORK = re.compile(r"^《[^》]{1,30}》\s*(?:[(（][^()（）]{1,6}[)）])?\s*"
                          r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff?\s]{1,4})(?:[(（][^()（）]{1,12}[)）])?$")


def listed_work(line: str, prev: str = "") -> bool:
    """A line that is a listed work and its writer (the name opens with a surname, or the line before is such an
    entry: "《中秋三敬》青 ?瓷"): text, not a sub-head. Not "《平凡的世界》读后感" (读 opens no name)."""
    m = _LISTED_WORK.match(line.strip())
    return m is not None and (fold(m.group("name"))[0] in SURNAMES or (prev != "" and listed_work(prev)))
_SCORE_ROW = re.compile(r"[\u4e00-\u9fffA-Za-z·]{2,12}\s+\d{1,3}\s*(?:[:：]|比)\s*\d{1,3}"
                        r"(?:\s*[(（][^()（）]{1,12}[)）])?\s+[\u4e00-\u9fffA-Za-z·]{2,12}")
_RANK_ROW = re.compile(r"\d{1,2}\s*[.、．]\s*[\u4e00-\u9fffA-Za-z·]{2,12}\s+[-+]?\d[\d.,]*\s*(?:[\u4e00-\u9fff]|%)?")


def data_row(text: str) -> bool:
    """A row of a table of figures ("富時綜指 1537.01 (-10.98)", "1美元兌馬幣 4.7545", "成交量 42億6639萬7900股"): a
    short label, then a column starting with a figure; mostly digits, no sentence. Neither a headline nor a
    paragraph to glue to the next row."""
    t = text.strip()
    if len(t) <= 40 and (_SCORE_ROW.fullmatch(t) or _RANK_ROW.fullmatch(t)):
        return True  # "山东泰山 2:0 北京国安", "1.上海海港 22分": a results table or a standings table
    tokens = t.split()
    if len(t) > 40 or len(tokens) < 2 or tokens[1][0] not in "0123456789-+(" or re.search(r"[。！？，,；;、：]", t):
        return False
    return sum(c.isdigit() for c in t) * 10 >= len("".join(tokens)) * 3 and re.search(r"\d\.\d|\d{3}", t) is not None


_UNIT_KINDS = re.compile(r"[(（][\u4e00-\u9fff]{1,3}(?:、[\u4e00-\u9fff]{1,3}){1,3}[)）]")


_BRACKET_OPEN = re.compile(r"^[(（【〔\[]")  # a paragraph opening with a bracket (its dateline's)


def _no_dateline(text: str) -> bool:
    """`text` opens with no dateline, or with a bracketed label that names no agency, place, day or reporter."""
    d = parse_dateline(text)
    return d is None or not (d.agency or d.place or d.day or d.reporters)


# One or more column labels in black brackets opening a line, then its text: "【短片】【選舉專線】…".
_LABELLED_HEAD = re.compile(r"(?:【[^【】\s]{1,6}】)+(?=[^【】\s])")


_QUOTED_NAME = re.compile(r"“[^“”。！？!?]{2,16}”|「[^「」。！？!?]{2,16}」")


def _headline_like(text: str) -> bool:
    """Short, unpunctuated inside: a headline, sub-headline or sub-head. Also "——…" (a sub-headline may have
    commas) and "特寫:港式記者陣 街坊均好奇" (a label and a colon, no sentence punctuation)."""
    if not 2 <= len(text) <= 80 or text.endswith("。") or not re.search(r"\w", text):
        return False  # "……" on a line of its own (an omission in the text) is no heading
    if text.startswith("——"):
        return "。" not in text
    if _LABELLED_HEAD.match(text) and text.rstrip()[-1:] not in "。！？!?….," and parse_dateline(text) is None:
        # "【短片】【選舉專線】選委會新增156席地區選委、佢哋如何強化諮詢、監察政府?「新界三會」…談抱負" (港人講地's tag
        # page): a site's column labels in black brackets open an item's title, whatever its inner punctuation
        return True
    if (_LABELLED_HEAD.match(text) and text.rstrip()[-1:] in "!！" and len(text) <= 40
            and not re.search(r"[。？?；;]", text) and parse_dateline(text) is None):
        # "【比侨动态】50年不变,旅比华侨联合会热闹迎新春!" (vitaminbnews.com): a column's label and a short title that
        # exclaims — a headline; a lead under a label is a sentence longer than this, closed by a stop
        return True
    if text[:1] in "“「" and text[-1:] in "”」" and text[-2:-1] in "。！？!?…":
        return False  # a quoted sentence on a line of its own
    # "市值近3,200百萬": a figure's comma; "7位县(市、区)委书记有新职务": a bracketed list of the kinds of a unit,
    # one name, not the heading's punctuation
    # "“月圆中秋,家乡味道”中秋慰侨活动" (葡华报): a quoted name's comma is the name's, not the heading's punctuation
    named = _QUOTED_NAME.sub("“”", text) if text[:1] not in "“「" or text[-1:] not in "”」" else text
    inner = INNER_PUNCT.findall(_UNIT_KINDS.sub("", re.sub(r"(?<=\d),(?=\d{3})", "", named)))
    if inner and len(text) <= 30 and inner.count("、") == 1 and len(inner) <= 2 and all(p in "、:：" for p in inner) \
            and (" " in text.strip() or len(inner) == 2):
        # "大紀元真實報導 訪民、維權者作為心理支持", "疫情冲击下:市场冷清、生意难做!": a short heading in two parts
        # (a space or a colon between them), a list of two inside one part
        return True
    return not inner or (len(inner) == 1 and inner[0] in ":：" and len(text) <= 50
                         and (text.rstrip()[-1:] not in "？?！!:：" or _topic_question(text)))


def _topic_question(text: str) -> bool:
    """"廖亦武 VS 高行健:文學可以改變世界?": a topic, a colon and the question it raises — a headline, where an
    interview's turn ("记者:…?", "温宪:…?") has a speaker of a few characters, without spaces, before the colon."""
    topic = re.split(r"[:：]", text, maxsplit=1)[0].strip()
    if text.rstrip()[-1:] in "？?" and re.fullmatch(r"[\u4e00-\u9fff]{2,3}[一二三四五六七八九十]", topic) \
            and fold(topic)[:1] not in SURNAMES:
        return True  # "質疑一:子公司凈利潤數據“打架”?": a numbered point's label, no speaker is named by a count
    return text.rstrip()[-1:] in "？?" and (" " in topic or len(topic) > 6) and not re.search(
        r"(?:记者|問|问|答|主持人|記者)$", topic)


@dataclass
class Line:
    """A printed line, classified: head (headline-like), byline, credit, body."""

    offset: int
    text: str
    cls: str
    byline: Byline | None = None
    marks: list[str] = field(default_factory=list)
    page: str = ""  # the page label in force here
    lineno: int = 0
    dateline: Dateline | None = None  # a line that is only a dateline with its reporters ("記者X／台北報導")
    before_date: bool = False  # a date line follows it: a page title, when a headline follows too
    before_source: bool = False  # a "来源:X" line follows it directly, whatever its class
    caption: bool = False  # a picture's caption printed twice (its caption and its alt text): text, no heading
    closes: bool = False  # the paragraph ends with this line: the next line never joins it
    row: bool = False  # a table's row put back together from cells one a line: a paragraph of its own


@dataclass
class Page:
    """What the page's furniture said about the page."""

    source: str = ""
    date: str = ""
    page: str = ""
    items: set[int] = field(default_factory=set)  # line numbers under a column label: each starts an item
    fielded: str = ""  # the source a site's "来源:" field names: a masthead's name over it does not outrank it


# A line that is a date and nothing else (a time may follow): an item's own date line in a listing.
_DATE_ONLY = re.compile(r"(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/(?:19|20)?\d{2})(?:\s+\d{1,2}:\d{2})?")
# The same after its field's label: "日期:2023-07-05" (今周刊's tag page).
_LABELLED_DATE = re.compile(r"(?:日期|发布日期|发布时间|时间)\s*:\s*(?P<day>(?:19|20)\d{2}-\d{1,2}-\d{1,2})"
                            r"(?:\s+\d{1,2}:\d{2})?")


# An item's address on a line of its own ("https://…/articles/1026156"), nothing else on the line
_BARE_LINK = re.compile(r"(?:https?://|www\.)[\w./%?=&#~+-]+")


# A figure on a line of its own, the line after it starting with its unit (`1919` / `年`, `19` / `世纪末`), as a
# site's spans come out in text: one line broken at each figure.
_FIGURE_ROW = re.compile(r"\d{1,4}(?:[-–~]\d{1,4})?")
_UNIT_START = re.compile(r"(?:[年月日号號时時分秒岁歲万萬亿億元个個名人次%％,，、;；)）]|世[纪紀])")
_LONE_UNIT = re.compile(r"[年月日号號]")


def _open_end(row: str) -> bool:
    """A row that breaks off inside a sentence (`…创刊于`, `…代替,`, `…周报》(`), a figure run on after it."""
    return bool(row) and (("\u4e00" <= row[-1] <= "\u9fff") or row[-1] in ",，、(（《“:：")


# A site's link to the full text after a lead it cut: "... 全文", "... Read more".
_MORE_LINK = r"(?:閱讀|阅读)?全文|Read more|read more"
_READ_MORE = re.compile(rf"(?:\.\.\.|…|⋯)\s*({_MORE_LINK})$"
                        # "…擇4縣市 繼續閱讀" (taiwanreports.com's listing): the site's link after a space, no ellipsis
                        rf"|(?<=[\u4e00-\u9fff0-9a-zA-Z，,、])\s+(繼續閱讀|继续阅读)$")
# A lead the site cut: "...", "…" or "⋯" after a character of the text or a space (not "……", a writer's own
# ellipsis).
_MORE_GLUED = re.compile(r"^(?:更多|更多的)(?:内容|內容|资讯|資訊|新闻|新聞)\s*(?=\S.{5,40}$)")
_CUT_LEAD = re.compile(rf"(?:\s|[^.…⋯\s])(?:\.\.\.|…|⋯)(?:\s*(?:{_MORE_LINK}))?$")


# A site's stamp opening each lead of a listing, glued on: its name and the day ("美国新闻中心9/3/2021 超级飓风…",
# 美国新闻中心's author page). The same stamp opening two leads or more is no report's first words (a report names its
# outlet once): each is one item's lead, a paragraph each.
_STAMP_LEAD = re.compile(r"(?P<stamp>[\u4e00-\u9fffA-Za-z]{2,12}?\s*(?P<day>\d{1,2}/\d{1,2}/(?:19|20)\d{2}"
                         r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}))\s*(?P<rest>\S.{19,})")
_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})[日号]")


def _stamped_leads(rows: list[str]) -> dict[int, tuple[str, str]]:
    """Line number → (stamp, ISO day) of the leads a repeated stamp opens. A slash date with both numbers 12 or
    under (`9/3/2021`) is read month first or day first as the leads' own `9月3日` says (American sites print the
    month first, others the day); with no such day in the text, the page gets no date from it."""
    found = {n: m for n, r in enumerate(rows, 1) if (m := _STAMP_LEAD.match(r.strip()))}
    counts: dict[str, int] = {}
    for m in found.values():
        counts[m["stamp"]] = counts.get(m["stamp"], 0) + 1
    found = {n: m for n, m in found.items() if counts[m["stamp"]] >= 2}
    named = {(int(a), int(b)) for m in found.values() for a, b in _MONTH_DAY.findall(m["rest"])}
    out: dict[int, tuple[str, str]] = {}
    for n, m in found.items():
        day = m["day"]
        parts = day.split("/")
        if len(parts) == 3 and len(parts[2]) == 4:
            a, b = int(parts[0]), int(parts[1])
            month, mday = (a, b) if b > 12 or (a <= 12 and (a, b) in named) else (b, a) if a > 12 or (b, a) in named \
                else (0, 0)
            day = f"{parts[2]}-{month:02d}-{mday:02d}" if month else ""
        out[n] = (m["stamp"], iso_of(day) if day else "")
    return out


# When a story happened, in a lead's first clause ("近日,…", "昨天全省…").
_LEAD_TIME = re.compile(r"今早|今晨|今午|今晚|今日|今天|昨日|昨天|昨晚|明天|明日|中午|上午|下午|近日|日前|"
                        r"\d{1,2}月\d{1,2}日")


def _brief_digest(rows: list[str]) -> tuple[set[int], set[int]]:
    """A digest of briefs (今日星报's): four or more titles in a row, each over one paragraph that tells when in its
    first clause (`近日,…`, `昨天全省…`) with the next title right under it — a report's sub-heads each head several
    paragraphs, and only its lead tells when first. Line numbers of the titles (each starts an item) and of the
    section labels printed over a title (`安徽天气` / its brief's title: furniture, no part of the brief's title)."""
    rows_in = [(n, r.strip()) for n, r in enumerate(rows, 1) if r.strip()]

    def short(k: int) -> bool:
        return 0 <= k < len(rows_in) and len(rows_in[k][1]) <= 40 and not re.search("[。；;]", rows_in[k][1])

    def title(k: int) -> bool:
        lead = rows_in[k + 1][1] if k + 1 < len(rows_in) else ""
        return (short(k) and len(lead) >= 60 and _LEAD_TIME.search(fold(lead)[:16]) is not None
                and (k + 2 >= len(rows_in) or short(k + 2)))

    def label(k: int) -> bool:
        return short(k) and len(rows_in[k][1]) <= 8 and not re.search("[,，:：]", rows_in[k][1]) and title(k + 1)

    best: tuple[list[int], set[int]] = ([], set())
    k = 0
    while k < len(rows_in):
        titles: list[int] = []
        labels: set[int] = set()
        while k < len(rows_in):
            if label(k):
                labels.add(rows_in[k][0])
                k += 1
            elif title(k):
                titles.append(rows_in[k][0])
                k += 2  # the title and its one paragraph
            else:
                break
        if len(titles) > len(best[0]):
            best = (titles, labels)
        k += 1
    return (set(best[0]), best[1]) if len(best[0]) >= 4 else (set(), set())


# An archive's month heading in English opening the page ("February, 2021", SUPP News' archive of a month): the
# page lists that month's posts, each paragraph one post's lead — no headline.
_ARCHIVE_MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November"
                            r"|December),?\s+(?:19|20)\d{2}")
# A column's writer over the date at the top of its archive page ("千仞 -" / "2016-12-16" / the text, am730).
_WRITER_DASH = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4})\s+[-–—]")


def _blanks_after(rows: list[str], lineno: int) -> int:
    """How many blank rows follow row `lineno` (1-based)."""
    n = 0
    while lineno + n < len(rows) and not rows[lineno + n].strip():
        n += 1
    return n


def _archive_month(rows: list[str]) -> int:
    """The line number of an archive's month heading opening the page, or 0."""
    first = next(((n, r.strip()) for n, r in enumerate(rows, 1) if r.strip()), (0, ""))
    return first[0] if _ARCHIVE_MONTH.fullmatch(first[1]) else 0


def _listing_page(rows: list[str]) -> bool:
    """A listing's page: three or more long lines (leads), two thirds of them or more cut by the site — each long
    line is then one item's lead, whether the site cut it or printed it whole (马祖日报's search results)."""
    long = [r.strip() for r in rows if len(r.strip()) > 40]
    cut = sum(1 for r in long if _CUT_LEAD.search(r))
    return cut >= 3 and 3 * cut >= 2 * len(long)


def split_figures(rows: list[str]) -> tuple[dict[int, str], set[int]]:
    """The page's rows (1-based) that run on as one line because its figures stand on lines of their own
    (`创刊于` / `1919` / `年` / `2` / `月` / `25` / `日` / `,始名…`): each merged row's text, and the rows absorbed.
    A figure starts a line of its own after a row that ends a sentence (`…刊物;` / `1928` / `年,学校…`)."""
    n = len(rows)

    def row(i: int) -> str:
        return rows[i - 1].strip() if 1 <= i <= n else ""

    figure = {i for i in range(1, n + 1) if _FIGURE_ROW.fullmatch(row(i)) and _UNIT_START.match(row(i + 1))}
    if not figure:
        return {}, set()
    joins: set[int] = set()
    for i in range(2, n + 1):
        t, before = row(i), row(i - 1)
        if not t or not before:
            continue
        if (i - 1 in figure or (i - 1 in joins and _LONE_UNIT.fullmatch(before))
                or (i in figure and _open_end(before))):
            joins.add(i)
    merged: dict[int, str] = {}
    head = 0
    for i in range(1, n + 1):
        if i in joins and head:
            merged[head] = merged.get(head, row(head)) + row(i)
        else:
            head = i
    return merged, joins


# A catalogue's field: a short label, a colon, its value ("知识类型: 析出资源", "分类号: G210").
_CATALOGUE_FIELD = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S")


def catalogue_record(rows: list[str]) -> set[int]:
    """A library's catalogue record over the text it holds (a paper's clipping as a digital library serves it):
    the record's title and buttons, four or more fields one a line (`知识类型:` / `内容出处:` / `唯一号:` /
    `摘要:` / `关键词:`), then `内容` alone on a line, the clipping under it. The rows (1-based) down to `内容`:
    the record, no article's text nor an interview's turns."""
    seen = [(i, r.strip()) for i, r in enumerate(rows[:40], 1) if r.strip()]
    end = next((i for i, r in seen if r in ("内容", "內容", "正文")), 0)
    before = [r for i, r in seen if i < end]
    fields = [r for r in before if _CATALOGUE_FIELD.match(r)]
    if not end or len(fields) < 4 or any(len(r) > 30 for r in before if r not in fields):
        return set()
    return set(range(1, end + 1))


_CELL_FIGURE = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?\s*%?")
# "(2011年:13,895)", "(只回答說中文)": a note on the row's figures
_CELL_NOTE = re.compile(r"[(（][^()（）]{1,24}[)）]")


def _cell_table(rows: list[str], merged: dict[int, str], absorbed: set[int]) -> set[int]:
    """A table a site printed one cell a line with nothing between the cells (`語言` / `人數` / `百分率` / `粵語` /
    `22,015` / `48.0%` / `(2011年:13,895)` / `國語` / …, aichannel.ca): each row put back on one line, its cells a
    space apart (`粵語 22,015 48.0% (2011年:13,895)`), into `merged` under its first cell's row (1-based), the others
    into `absorbed`; returns the rows' first lines. A row starts at a label with a figure under it; the labels
    before the first such row are the header's. Needs a run of eight short cells or more, a quarter of them
    figures, and three rows — a list of short lines with no figures under its words is no table."""
    n = len(rows)

    def cell(i: int) -> str:
        return rows[i - 1].strip() if 1 <= i <= n else ""

    def figure(i: int) -> bool:
        return _CELL_FIGURE.fullmatch(cell(i)) is not None

    def short(i: int) -> bool:
        c = cell(i)
        return (0 < len(c) <= 24 and i not in merged and i not in absorbed
                and (figure(i) or _CELL_NOTE.fullmatch(c) is not None or not re.search(r"[。！？!?，,；;：:、]", c)))

    out: set[int] = set()
    i = 1
    while i <= n:
        if not short(i):
            i += 1
            continue
        j = i
        while j <= n and short(j):
            j += 1
        run = range(i, j)
        starts = [k for k in run
                  if not figure(k) and not _CELL_NOTE.fullmatch(cell(k)) and k + 1 < j and figure(k + 1)]
        if len(run) >= 8 and 4 * sum(figure(k) for k in run) >= len(run) and len(starts) >= 3:
            bounds = ([i] if starts[0] > i + 1 else []) + starts + [j]
            for a, b in zip(bounds, bounds[1:], strict=False):
                if b - a >= 2:
                    merged[a] = " ".join(cell(k) for k in range(a, b))
                    absorbed.update(range(a + 1, b))
                out.add(a)
        i = j
    return out


def _flat_table(rows: list[str], merged: dict[int, str], absorbed: set[int]) -> set[int]:
    """A table a site flattened one cell a line, a `|` line between two cells and two `|` lines ending each row
    (`猪肉` / `|` / `17.36` / `|` / `16.85` / … / `|` / `|`): each row put back on one line, its cells one space
    and a `|` apart as printed (`猪肉 | 17.36 | 16.85 | …`), into `merged` under its first cell's row (1-based),
    the other rows into `absorbed`. Returns the rows' first lines. Needs six `|` lines and a row's end at least."""
    n = len(rows)

    def cell(i: int) -> str:
        return rows[i - 1].strip() if 1 <= i <= n else ""

    def bar(i: int) -> bool:
        return cell(i) == "|"

    out: set[int] = set()
    i = 1
    while i <= n:
        if not bar(i) or i in merged or i in absorbed:
            i += 1
            continue
        j = i  # the region: bars, and short cells each with a bar under it
        while j <= n and j not in merged and j not in absorbed and (
                bar(j) or (0 < len(cell(j)) <= 24 and bar(j - 1) and bar(j + 1))):
            j += 1
        region = range(i, j)
        if sum(bar(k) for k in region) >= 6 and any(bar(k) and bar(k + 1) for k in range(i, j - 1)):
            cells: list[int] = []
            for k in region:
                if not bar(k):
                    cells.append(k)
                elif cells and (k + 1 >= j or bar(k + 1)):  # the row ends: two bars, or the table's last bar
                    merged[cells[0]] = " ".join(cell(m) for m in range(cells[0], cells[-1] + 1))
                    out.add(cells[0])
                    cells = []
            absorbed.update(k for k in region if k not in out)
        i = max(j, i + 1)
    return out


def classify(text: str) -> tuple[list[Line], Page]:
    """The page's lines without furniture (which fills in the Page), classified, credits split over two
    lines put together."""
    page = Page()
    label = ""
    lines: list[Line] = []
    over_picture: Line | None = None  # the page's first line, a picture under it
    lines_since_label = 1
    blank_run = 0
    pos = 0
    prev_raw = ""  # the previous non-blank line as printed, furniture or not
    path_no = 0  # the number of the last part of a site's path printed as a numbered list ("1. 首页")
    columns = _column_labels(text)
    field_key = ""  # a lone field label's name, its value expected on the next line
    tag = _tag_title(text)
    rows = text.split("\n")
    listed = _headline_list(rows)
    merged, absorbed = split_figures(rows)
    table_rows = _flat_table(rows, merged, absorbed) | _cell_table(rows, merged, absorbed)
    absorbed.update(catalogue_record(rows))
    listing = _listing_page(rows)
    stamps = _stamped_leads(rows)
    briefs, brief_labels = _brief_digest(rows)
    page.items.update(briefs)
    archive = _archive_month(rows)
    captions = _captions_under_pictures(rows) | _repeated_captions(rows)
    turns, _ = lone_turns(rows)  # "萬季飛:" over his words: one turn
    sources = source_labels(rows)
    for k, v in turns.items():
        if k not in merged and k not in absorbed and k + 1 not in merged and k + 1 not in absorbed:
            merged[k] = v
            absorbed.add(k + 1)
    for lineno, raw in enumerate(rows, 1):
        offset = pos + (len(raw) - len(raw.lstrip()))
        pos += len(raw) + 1
        if lineno in absorbed:  # run on into the row above (split_figures)
            continue
        line = merged.get(lineno, raw).strip().replace("\u3000", " ").strip()
        if not line:
            blank_run += 1
            continue
        blank_run_now, blank_run = blank_run, 0
        before, prev_raw = prev_raw, line
        tf = _TRAILING_FIELD.fullmatch(fold(line))
        if tf and field_key:
            # "中国石化报 作者:" under "…2026年03月03日 来源:" (中国石化报's e-paper): a field line broken after each
            # label — the line opens with the value of the label ending the line above and ends with the next label
            key, field_key = field_key, ""
            if _read_field(page, lines, key, line[:tf.end("rest")], offset, label, lineno):
                field_key = tf["key"]
                continue
        posted = _TITLE_DATE.fullmatch(tf["rest"]) if tf and not lines else None
        if posted and tf and _headline_like(line[:posted.end("title")]):
            # "大漠深处孕育探区“新火种”2026年03月03日 来源:": the title, the day glued to it, the first field's label
            # (its value on the next line)
            lines.append(Line(offset, line[:posted.end("title")], "head", None, [], label, lineno))
            page.date = page.date or find_date(posted["date"])[0]
            field_key = tf["key"]
            continue
        if field_key:  # the value under a lone field label: "作者" / "文洁", "更新时间" / "2009-09-10"
            key, field_key = field_key, ""
            if _read_field(page, lines, key, line, offset, label, lineno):
                continue
        if _LONE_FIELD.fullmatch(fold(line)):  # a site's field label on a line of its own, its value under it
            field_key = fold(line)
            continue
        if _LONE_EDITOR.fullmatch(fold(line)):
            # "| 编辑:" / "张瑜" (长治日报's site, its field line broken one field a line): the editor's label, his
            # name under it — staff, never the byline
            field_key = "编辑"
            continue
        pm = _NUMBERED_PATH.fullmatch(fold(line))
        if pm and (pm["root"] and int(pm["n"]) == 1 or not pm["root"] and path_no and int(pm["n"]) == path_no + 1):
            # "1. 首页" / "2. 阿根廷" (阿根廷华人网): the site's path printed as a numbered list, the home page first —
            # each part a line, no line of the article
            path_no = int(pm["n"])
            continue
        path_no = 0
        if _NUMBERED_ITEM.fullmatch(fold(line)):
            # "NEWS 01" / "NEWS 02" over each item of a weekly digest (UCA北美华人周刊): the item's number, and a new
            # item under it — no part of its headline
            page.items.add(next((n for n, r in enumerate(rows[lineno:], lineno + 1) if r.strip()), 0))
            continue
        if lineno in sources:  # "澳新网:" over an item of a digest: the outlet it relays, and a new item under it
            page.items.add(lineno + 1)
            continue
        if line in columns:  # "瞰体坛" over each item of a digest: the column's label, and a new item under it
            page.items.add(next((n for n, r in enumerate(text.split("\n")[lineno:], lineno + 1) if r.strip()), 0))
            continue
        if line == tag and not lines:  # "記者觀察" over "記者觀察|…" items: the tag page's title, no article's
            continue
        m = _FILE_ALT.match(line) if lineno > 1 else None
        head = next((r.strip() for r in rows if r.strip()), "") if m else ""
        if m and head and m["alt"].startswith(head):
            # "DSC4681 副本 scaled - 【布拉格时报】…一捷克站" (布拉格时报): a picture shown by its file's name and its
            # alt text, the headline again — no line of the text; the report run on after it keeps its words
            rest = m["alt"][len(head):].strip()
            if len(rest) < 20:
                continue
            offset += len(line) - len(rest)
            line = rest
        if lineno == archive:  # "February, 2021": the archive's heading, no headline
            continue
        st = stamps.get(lineno)
        if st is not None and line.startswith(st[0]):
            # "美国新闻中心9/3/2021 超级飓风…": the stamp is the item's outlet and day, no words of its text; the
            # item is this paragraph
            page.date = page.date or st[1]
            rest = line[len(st[0]):].lstrip()
            offset, line = offset + len(line) - len(rest), rest
        elif (stamps and lines and lines[-1].lineno in stamps and len(line) <= 30
              and not re.search("[。！？!?，,]", line) and stamps.get(lineno + 1 + _blanks_after(rows, lineno))):
            continue  # "Eileen Wang" between two stamped leads (her author page): the page's label, no item's title
        elif lineno in brief_labels:
            continue  # "安徽天气" over a digest's brief: its section's label, no part of the brief's title
        wd = _WRITER_DASH.fullmatch(line) if not lines else None
        if wd and lineno + _blanks_after(rows, lineno) < len(rows) \
                and _DATE_ONLY.fullmatch(fold(rows[lineno + _blanks_after(rows, lineno)].strip())):
            # "千仞 -" over "2016-12-16" and the text (am730's column archive): the column's writer, a dash after
            # the name as the archive prints it before the day — a pen name needs no surname
            name = wd["name"]
            lines.append(Line(offset, line, "byline", Byline(text=line, reporters=(name,), roles=(("作者", name),)),
                              [], label, lineno))
            continue
        mg = _MORE_GLUED.match(line)
        if (mg and lines and lines[-1].cls == "body" and not re.search("[。！？!?，,；;]", line[mg.end():])
                and furniture(line) is None):  # (not "更多新聞請搜尋🔍風傳媒", the site's pointer)
            # "更多内容溫哥華 1st 市選候選人到訪中華會館" (溫哥華中華會館's column): the site's "more" link under a
            # report, the next item's title glued on — the link is no part of it; the title starts that item
            offset, line = offset + mg.end(), line[mg.end():]
            page.items.add(lineno)
        marks, line = continuation_marks(line)
        m = _READ_MORE.search(line)
        if m and len(line) > 40:
            # "…的具體建議或 ...全文", "…Sabin... Read more": a listing's lead cut by the site, its link to the full
            # text after it — the item ends here; the link is no part of the text
            line = line[:m.start(1) if m.group(1) else m.start(2)].rstrip()
            marks.append("完")
        elif ((listing or archive) and len(line) > 40 or lineno in stamps) and not marks:
            marks.append("完")  # a listing's page: each long line is one item's lead (see _listing_page)
        if (len(line) > 40 and re.search(r"(?<!\.)\.\.\.$|⋯$", line) and lines
                and lines[-1].cls in ("head", "byline")):
            # A listing's teaser right under its headline or byline, cut by the site ("…讓...", "…築牢⋯"): its item
            # ends here (a paragraph further down an article that trails off in "..." does not end it)
            marks.append("完")
        if line.endswith("pagebreak"):  # a scraper's page break glued to the line: the article ends here
            line = line[:-len("pagebreak")].rstrip()
            marks.append("完")
        line, furn = strip_trailer(line)
        m = _ITEM_MARK.match(line) if not lines else None
        if m:
            offset += m.end()
            line = line[m.end():]
        m = _END_DATE.search(line) if furn is None else None
        if m and iso_of(m.group(1)):
            # "…傳遞滿滿的愛。2026/03/10" (tw-chinanews.com): the item's date glued after its last sentence
            page.date = page.date or iso_of(m.group(1))
            line = line[:m.start()].rstrip()
        m = _GLUED_SITE.search(line) if "。" not in line else None
        # "…不足1万人次http://www.sina.com.cn" (新浪's copy): the site's address glued to the title (not a contact
        # line's, "官方网站http://…", furniture as a whole)
        if m and m.start() and furniture(line) is None:
            line = line[:m.start()]
        m = _RECORD_FIELD.match(line)
        if m:  # "【作者】 记者 杨富", "【全文】本报讯 …" (a library's record of a paper's article)
            if m["key"] == "全文":
                offset += m.start("value")
                line = m["value"]
            else:
                _record_field(page, lines, m, offset, label, lineno)
                continue
        m = _EXCERPTED_FROM.match(fold(line))
        if m:  # "摘自《中国建设报》2011.12.13 记者 龚后雨" under a trade site's copy: the paper, its day, the writer
            _note(page, Furniture("disclaimer", source=line[m.start("name"):m.end("name")],
                                  date=find_date(m["day"] or "")[0]))
            eb = parse_byline(line[m.start("by"):].strip()) if m["by"].strip() else None
            if eb is not None and eb.names:
                lines.append(Line(offset + m.start("by"), eb.text, "byline", eb, marks, label, lineno))
            elif lines:
                lines[-1].marks.extend(marks)
            continue
        m = _ORIGINAL_TITLE.match(line) if not lines else None
        if m:  # "原标题:沙场鼓角鸣 …" opening a repost: the title the paper printed
            offset += m.start(1)
            line = m.group(1)
        if furn is None and line:
            furn = furniture(line)
            mail = _MAILED_BYLINE.fullmatch(line) if furn is not None and furn.kind == "email" else None
            if mail and (mb := parse_byline(mail["by"])) is not None and mb.reporters:
                # "记者:李相起 winwin0625@theasian.asia" under the text: the writer with his address to write to —
                # the byline, the address no part of it
                line, furn = mail["by"], None
        elif furn is not None:  # a trailer printed after the article's last words: keep the words
            _note(page, furn)
            furn = None
        if furn is None and lineno in listed:
            furn = Furniture("label")  # the page's list of its headlines, over the articles that repeat them
        if furn is None and not lines and _TAG_LINE.fullmatch(line) and not _names_reporters(line):
            # "反修例運動一年 深度 國家安全法 香港" (端傳媒): the site's topic tags; not roles and names spaced
            # the same way ("每經記者 胥帥 每經編輯 張海妮" under a headless page's time line: the byline)
            furn = Furniture("label")
        if (furn is None and re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:新闻|新聞)", line)
                and re.fullmatch(r"[A-Za-z]?\d{1,3}", before)):
            furn = Furniture("label")  # "02" / "法国新闻" (法国侨报): the page's number, then its section's name
        if furn is None and lines and lines[-1].cls == "head" and _SITE_CHANNEL.fullmatch(line.strip()):
            furn = Furniture("label")  # "Newsfrom Japan政治外交" / "法國報紙摘要 RFI" under the title: its channel
        if (furn is None and re.fullmatch(r"\d{4,7}", line) and (bf := furniture(before)) is not None
                and bf.kind in ("dateline", "meta")):
            furn = Furniture("meta")  # "创建于 2006-01-04" / "2046": a site's count of reads under its date line
        day, dated = date_prefix(line)
        offset += len(line) - len(dated)  # "[2001-07-28] 田聰明一行訪本報": the headline starts after the date
        line = dated
        page.date = page.date or day
        m = _DATED_SOURCE.match(fold(line)) if not lines else None
        if m:  # "2024年11月13日,老挝国家电台消息,…" opening a headless page: the day of the report it relays
            page.date = page.date or date_in_text(m.group("date"))
        if furn is not None and furn.kind == "header":
            # A disclosure's codes over its title: never the headline, kept (searchable) with the article under it.
            lines.append(Line(offset, line, "header", None, marks, label, lineno))
            continue
        if furn is not None and furn.kind == "staff":
            # Who planned or edited the story: kept with the article (searchable), never as its byline.
            lines.append(Line(offset, line, "staff", None, marks, label, lineno))
            continue
        if (furn is not None and furn.kind == "meta" and _BARE_LINK.fullmatch(line)
                and (not lines or any(_BARE_LINK.fullmatch(r.strip()) for r in rows[:lineno - 1]))):
            # "https://ftp.hkgpao.com/articles/1026156" over each lead (HKG報's listing): an item's address on a line
            # of its own — the item under it starts there. Not a report's own short link printed under its lead
            # (`https://p.dw.com/p/73hh`, 德國之聲): a listing prints its first item's address over it as well
            page.items.add(next((n for n, r in enumerate(text.split("\n")[lineno:], lineno + 1) if r.strip()), 0))
        if (furn is not None and furn.kind == "label" and lines and lines[-1].cls == "body"
                and re.fullmatch(r"详情|更多[\u4e00-\u9fff]{0,4}(?:新闻|要闻|报道)", fold(line).strip())):
            # "更多中國要聞" over a box of leads, "詳情" (the site's button to the full text) under each (明報): the
            # report above is done — the line under the link starts the next item
            page.items.add(next((n for n, r in enumerate(rows[lineno:], lineno + 1) if r.strip()), 0))
        if furn is not None:
            # A run of labels is the paper's list of pages: the first is this page's.
            if furn.kind == "label" and furn.page and not (lines_since_label == 0 and label):
                label = furn.page
            lines_since_label = 0 if furn.kind == "label" else lines_since_label
            _note(page, furn, line)
            au = _META_AUTHOR.search(fold(line)) if furn.kind in ("dateline", "disclaimer", "meta") else None
            if au and lines and (lines[-1].cls == "head" or _first_title(lines)):
                # "2023-05-08 来源：科技日报 作者：张三" under the headline: the article's author all the same
                names = tuple(re.split(r"[ 、，,]+", line[au.start(1):au.end(1)]))
                # ("作者:佚名": the site's word for a writer it does not know, what a reader is told all the same)
                if all((fold(n)[:1] in SURNAMES and fold(n) not in _SITE_ACCOUNTS) or n == "佚名" for n in names):
                    lines.append(Line(offset + au.start(), line[au.start():au.end(1)], "byline",
                                       Byline(text=line[au.start():au.end(1)], reporters=names), [], label, lineno))
            elif (au and not lines and furn.kind == "dateline" and "来源" in line[au.end():]
                  and all(fold(n)[:1] in SURNAMES for n in re.split(r"[ 、，,]+", line[au.start(1):au.end(1)]))):
                # "2010-12-07 00:00:00 作者:陈夕高 殷朝刚 来源:今日高邮" opening a copy that kept no headline: the
                # writers of the text under it (their field as the role: the copy starts at its byline)
                names = tuple(re.split(r"[ 、，,]+", line[au.start(1):au.end(1)]))
                lines.append(Line(offset + au.start(), line[au.start():au.end(1)], "byline",
                                  Byline(text=line[au.start():au.end(1)], reporters=names,
                                         roles=tuple(("作者", n) for n in names)), [], label, lineno))
            ap = _META_AUTHOR_PARTS.search(fold(line)) if not au and furn.kind in ("dateline", "disclaimer", "meta") \
                else None
            if ap and lines and (lines[-1].cls == "head" or _first_title(lines)) and fold(ap["w"])[:1] in SURNAMES:
                # "作者 : 福建省台联 林国武/文 钟晓惠/图" under the headline: the writer and the photographer
                photos = (line[ap.start("p"):ap.end("p")],) if ap["p"] else ()
                lines.append(Line(offset + ap.start(), line[ap.start():ap.end()], "byline",
                                  Byline(text=line[ap.start():ap.end()], reporters=(line[ap.start("w"):ap.end("w")],),
                                         photographers=photos), [], label, lineno))
            ph = _META_PHOTO.search(fold(line)) if furn.kind in ("dateline", "disclaimer", "meta") else None
            if ph and lines and (lines[-1].cls == "head" or _first_title(lines)) and fold(ph["p"])[:1] in SURNAMES \
                    and lines[-1].lineno != lineno:  # (not when the author's field read him already)
                # "作者:新闻中心 摄影 何苗" under the headline: the photographer of the item's pictures
                shot = Byline(text=line[ph.start():ph.end()], photographers=(line[ph.start("p"):ph.end("p")],))
                lines.append(Line(offset + ph.start(), line[ph.start():ph.end()], "byline", shot, [], label, lineno))
            # (a source line read as the site's disclaimer, "18-09-30 15:06 来源:中国甘肃网-酒泉日报 编辑:张玉芳", too)
            ed = _META_EDITOR.search(fold(line)) if furn.kind in ("dateline", "disclaimer", "meta") else None
            if ed and (not lines or lines[-1].cls == "head" or _first_title(lines)):
                # "時間:2025-03-31 來源:檢察日報 責任編輯:敖婷婷" over or under the title: the story's editor, kept as
                # its staff line (searchable, never the byline) as a printed "责任编辑:X" line is
                lines.append(Line(offset + ed.start(), line[ed.start():ed.end()], "staff", None, [], label, lineno))
            kw = _KEYWORDS_EDITOR.match(fold(line)) if furn.kind in ("disclaimer", "meta") and not ed else None
            if kw and lines:
                # "关键词:采访团,渤海新区,盐碱地责任编辑:张健" (长城网) under the text: the tags, the story's editor run
                # into the last one — the editor's staff line, as a printed "责任编辑:X" line is
                lines.append(Line(offset + kw.start("ed"), line[kw.start("ed"):kw.end("ed")], "staff", None, [], label,
                                  lineno))
            sw = (_SOURCE_BAR_WRITERS.search(fold(line)) or _SOURCE_WRITERS.search(fold(line))) \
                if furn.kind in ("dateline", "meta") else None
            names = tuple(re.split(r"[ 、,，]+", line[sw.start("by"):sw.end("by")])) if sw else ()  # as printed
            if sw and (not lines or lines[-1].cls == "head" or _first_title(lines)) \
                    and all(fold(n)[:1] in SURNAMES for n in names):
                # "來源:中國作家網 | 徐健、劉鵬波  2024年01月25日21:54" under the title: the writers between the
                # source and the time, as the site's field line prints them, with no role
                lines.append(Line(offset + sw.start("by"), line[sw.start("by"):sw.end("by")], "byline",
                                  Byline(text=line[sw.start("by"):sw.end("by")], reporters=names), [], label, lineno))
            sr = _SOURCE_REPORTER.search(fold(line)) if furn.kind in ("dateline", "meta") else None
            if sr and (not lines or lines[-1].cls == "head" or _first_title(lines)) \
                    and (sb := parse_byline(line[sr.start("by"):sr.end("by")])) is not None and sb.reporters:
                lines.append(Line(offset + sr.start("by"), sb.text, "byline", sb, [], label, lineno))
            if furn.kind in ("note", "separator") and lines:  # "（完）", "-": the article ends here
                lines[-1].marks.append("完")
            if furn.kind == "dateline" and lines and lines[-1].cls == "body" and _DATE_ONLY.fullmatch(fold(line)):
                # "2025-03-16 10:03" / "18/04/2017" on a line of its own after a paragraph (太報's, themacaonews'
                # listings): the next item's date — the item before ends here
                lines[-1].marks.append("完")
            labelled = _LABELLED_DATE.fullmatch(fold(line)) if lines and lines[-1].cls == "body" else None
            if labelled and furn.kind in ("dateline", "meta"):
                # "日期:2023-07-05" under a headless lead (今周刊's tag page): the date field a listing prints under
                # each item, as a bare date line is — the item ends here; its day the page's
                lines[-1].marks.append("完")
                page.date = page.date or iso_of(labelled["day"])
            if (furn.kind in ("dateline", "label") and lines and lines[-1].cls == "head"
                    and lines[-1].lineno == lineno - 1 - blank_run_now):
                lines[-1].before_date = True
            if furn.kind == "figure" and len(lines) == 1 and lines[0].cls == "head":
                # "蒙城视野" / "IMG_5285.JPG" / the first item's headline (七天's listing): the page's first line
                # over a picture, on a page of several items, is the listing's column label — the label of every
                # item, no kicker of the first
                over_picture = lines[0]
            if (furn.kind in ("dateline", "disclaimer", "meta") and lines
                    and lines[-1].lineno == lineno - 1 - blank_run_now and (furn.source or "来源" in line)):
                # "来源: 融媒体中心": a source field naming no outlet (the file's code names it) is a source line too
                lines[-1].before_source = True
            line = ""
        if not line:  # a line holding only "(下转2版)" or furniture
            if lines:
                lines[-1].marks.extend(marks)
            continue
        lines_since_label += 1
        prev = lines[-1] if lines else None
        m = _HEAD_REPORTER.match(line)
        if (m and not re.search("[。；;]", m.group(1)) and parse_byline(m.group(1)) is None
                and (hd := parse_dateline(m.group(2))) is not None and hd.reporters):
            # "轟中央救災失能 民進黨嗆問黃主席:除了指責,為花蓮付出什麼? 【記者施智齡/台北報導】民眾黨…" (知新聞): a
            # listing's headline, commas and all, run into its report's bracketed reporter and place
            offset, line = _head_run_in(lines, m, offset, label, lineno)
            prev = lines[-1]
        m = _HEAD_SLASH_REPORTER.match(line)
        if (m and _headline_like(m.group(1)) and (sb := parse_byline(m.group(2))) is not None and sb.reporters
                and not re.search("[。；;]", m.group(1))):
            # "疑似抽菸釀禍 造成鐵皮屋大火 記者吳佳俊/報導   7月8日上午…" (聯統日報's blog): the post's title again,
            # the byline and the text run together on one line
            offset, line = _head_run_in(lines, m, offset, label, lineno, sb, rest=3)
            prev = lines[-1]
        m = _HEAD_TRAIL_REPORTER.match(line)
        if m and fold(m.group(2))[:1] in SURNAMES and _headline_like(m.group(1)):
            # "消防處利用無人機… 5次非法加油活動(黃穎芝報道)" (Now新聞台 as Yahoo serves it): the reporter in
            # brackets glued to the end of the headline
            lines.append(Line(offset, m.group(1), "head", None, [], label, lineno))
            at = m.start(2) - 1
            who = Byline(text=line[at:], reporters=(m.group(2),))
            lines.append(Line(offset + at, line[at:], "byline", who, marks, label, lineno))
            continue
        if (prev is not None and prev.cls == "body" and len(prev.text) <= 60 and not prev.marks and len(lines) >= 2
                and lines[-2].cls == "body" and not re.search(r"[。！!；;…]|\.{3}", prev.text)
                and _OUTLET_DAY_LEAD.match(fold(line))):
            # "BBC理性报道…,大批中国民众欢呼,美国表达“失望”" / "【环球华语2020年7月27日转BBC】…": a line over a lead
            # that opens with the outlet's dated bracket is the item's headline, commas and all
            prev.cls = "head"
        m = _HEAD_WRITER_DATE.match(line)
        if m and fold(m.group(2))[0] in SURNAMES and not re.search("[。；;]", m.group(1)):
            who = Byline(text=m.group(2), reporters=(m.group(2),))
            page.date = page.date or iso_of(m.group(3))
            offset, line = _head_run_in(lines, m, offset, label, lineno, who, rest=4)
            prev = lines[-1]
        m = _HEAD_WRITER_STAMP.match(line)
        if m and fold(m.group(2))[0] in SURNAMES and not re.search("[。；;]", m.group(1)):
            # "谷振春帶隊走訪民主黨派中央並聽取建議     黃昌盛    2026年02月13日09:08" (民革中央's site): the headline,
            # its writer and the time it was posted, set apart on one line by runs of spaces; no text after them
            page.date = page.date or iso_of(m.group(3))
            _head_run_in(lines, m, offset, label, lineno, Byline(text=m.group(2), reporters=(m.group(2),)))
            lines[-1].marks.extend(marks)
            continue
        m = _WRITER_TIME.match(line) if prev is not None and prev.cls == "head" else None
        if m and fold(m.group(1))[0] in SURNAMES:
            # "毛上仁 2018/05/03 15:35" under a listing's headline (台灣醒報's 今日必讀): the writer and the time
            # the item was posted, not the teaser's first words
            lines.append(Line(offset, m.group(1), "byline", Byline(text=m.group(1), reporters=(m.group(1),)),
                              marks, label, lineno))
            continue
        m = _DAY_BYLINE_LEAD.match(line) if prev is not None and prev.lineno == lineno - 1 else None
        who_name = (m.group("name") or m.group("name2")) if m else ""
        if (m and prev is not None and prev.cls == "body" and len(prev.text) <= 70 and not prev.marks
                and not re.search("[。！!；;]", prev.text) and len(lines) >= 2 and "完" in lines[-2].marks):
            prev.cls = "head"  # "觀察/台灣病、…的病?" over such a line, the item before it cut off: its headline
        if m and prev is not None and prev.cls == "head" and fold(who_name)[0] in SURNAMES \
                and iso_of(m.group("day").replace(".", "-")):
            # "2025.11.29記者方炳超/特稿距離2026年…" (FTNN's listing): the item's day, its writer and the lead
            # glued together under the headline
            who = Byline(text=m.group("by"), reporters=(who_name,))
            lines.append(Line(offset + m.start("by"), m.group("by"), "byline", who, [], label, lineno))
            offset, line = offset + m.start("rest"), m.group("rest")
        m = _DAY_ROLE_GLUED.match(line) if prev is not None and prev.cls == "head" else None
        if m and prev is not None and iso_of(m.group("day").replace(".", "-")):
            # "2025.11.28主筆/單厚之賴清德總統26日…" (FTNN's listing): the writer's name glued to the lead; it ends
            # where the lead's first word is one the headline prints ("賴清德太愛加戲")
            rest, head_text = m.group("rest"), prev.text
            n = next((k for k in (3, 2) if fold(rest)[:1] in SURNAMES and _HAN_ONLY.fullmatch(rest[:k])
                      and len(rest) > k + 2 and rest[k:k + 3] in head_text), 0)
            if n:
                by = line[m.start("role"):m.start("rest") + n]
                lines.append(Line(offset + m.start("role"), by, "byline", Byline(text=by, reporters=(rest[:n],)),
                                  [], label, lineno))
                offset, line = offset + m.start("rest") + n, rest[n:]
        m = _HEAD_BRACKET_BYLINE.match(line)
        if (m and _headline_like(m.group(1)) and parse_dateline(m.group(1)) is None
                and not re.search("[讯訊电電]$", m.group(1))  # "本报讯 (记者…)": the dateline, not a headline
                and (hb := parse_byline(m.group(2))) is not None and hb.reporters
                and not hb.photographers):
            # "参加法国总统竞选的 (本报记者 李楠 张茜茜)3 月 11 日,…" (法国侨报's e-paper text): the headline's
            # first words, then the bracketed byline opening the report
            offset, line = _head_run_in(lines, m, offset, label, lineno, hb, rest=3)
            prev = lines[-1]
        m = _HEAD_DATELINE.match(line)
        if m and _headline_like(m.group(1)) and parse_byline(m.group(1)) is None and parse_dateline(m.group(2)):
            # "電訊不被歸責 【本報訊】電訊管理局…" (正報): a headline run into its report's bracketed dateline
            offset, line = _head_run_in(lines, m, offset, label, lineno)
            prev = lines[-1]
        shown = prev.text.strip() if prev is not None and prev.cls == "head" else ""
        if (len(shown) >= 6 and line.startswith(shown) and not line[len(shown):][:1].isspace()
                and parse_dateline(line[len(shown):]) is not None):
            # "全球客家總執行長…首都【亞庇七日訊】全球客家,…" (華僑日報 of Sabah): the headline over the report printed
            # again at its start, glued to the dateline — the repeat is left out, the dateline opens the report (a
            # listing's teaser repeating its title, a space before the dateline, keeps it as its text)
            offset, line = offset + len(shown), line[len(shown):]
        m = _HEAD_OUTLET_DISPATCH.match(line)
        if m and _headline_like(m.group(1)) and parse_byline(m.group(1)) is None and parse_dateline(m.group(2)):
            # "张登亮黄政红马文龙唐世华随同考察 香格里拉网讯 (记者 石显尧) 24日至25日,…" (香格里拉网, its page on
            # one line): a headline run into its report's "…网讯" dispatch
            offset, line = _head_run_in(lines, m, offset, label, lineno)
            prev = lines[-1]
        if (re.fullmatch(r"[\u4e00-\u9fff]", line) and line not in "摄图文" and prev is not None
                and prev.cls == "body" and re.search("[。！？!?”」…]$", prev.text)):
            # "东" / "南" over each report of a group (解放军报): a mark of one character, no text of its own
            if lines:
                lines[-1].marks.extend(marks)
            continue
        # A credit split over two lines: "新华社记者 王某" / "摄", "（新华社记者" / "王某 摄）".
        if prev is not None and not prev.marks and prev.cls in ("byline", "head", "open"):
            joined = prev.text + ("" if fold(line).strip() in ("摄", "摄)", "摄影") else " ") + line
            b = parse_byline(joined)
            if b is not None and b.photographers and (prev.cls == "open" or fold(line).strip().startswith("摄")):
                lines[-1] = Line(prev.offset, joined, "credit", b, marks, label, prev.lineno)
                continue
        # A byline over two lines: "现代快报B1347号小记者、" / "金中河西分校小学部四(8)班 周吕曦楠".
        if prev is not None and prev.cls != "byline" and re.search(r"记者[、,，]?$", fold(prev.text[-4:])):
            m = re.search(r"(?:^|\s)([\u4e00-\u9fff]{2,4})$", line)
            if m:
                lines[-1] = Line(prev.offset, prev.text + line, "byline", Byline(text=prev.text + line,
                                  reporters=(m.group(1),)), marks, label, prev.lineno)
                continue
        # "正观新闻·郑州晚报记者" / "董艳竹 张玉东/文 廖谦/图": an outlet's role over the names and their roles.
        if (prev is not None and prev.cls == "head" and not prev.marks and len(prev.text) <= 16
                and re.search(r"记者$", fold(prev.text)) and (b2 := parse_byline(line)) is not None and b2.names):
            lines[-1] = Line(prev.offset, prev.text + line, "byline", replace(b2, text=prev.text + line), marks,
                              label, prev.lineno)
            continue
        m = _HEAD_DATE_BYLINE.match(line)
        if m and parse_byline(m.group("by")) is not None:
            # "标题 2024年03月13日|文:論盡採訪組": headline, date and byline on one line.
            page.date = page.date or date_in_text(m.group("date"))
            lines.append(Line(offset, m.group("head"), "head", None, [], label, lineno))
            lines.append(Line(offset + m.start("by"), m.group("by"), "byline", parse_byline(m.group("by")), marks,
                               label, lineno))
            continue
        m = _HEAD_SLASH_AUTHOR.match(line)
        if (m and not BYLINE_ROLE_RE.match(fold(m.group("by"))) and fold(m.group("by"))[-1] not in _NOT_WRITER_END
                and _headline_like(m.group("head")) and parse_byline(line) is None):  # not "■ 撰文/周荣"
            lines.append(Line(offset, m.group("head"), "head", None, [], label, lineno))
            lines.append(Line(offset + m.start("by"), m.group("by"), "byline",
                               Byline(text=m.group("by"), reporters=(m.group("by"),)), marks, label, lineno))
            continue
        m = _HEAD_SPACE_WRITER.match(line)
        if (m and not re.search("[。！？!?]", m.group("head")) and _headline_like(m.group("head"))
                and (b4 := parse_byline(m.group("by"))) is not None and b4.reporters):
            lines.append(Line(offset, m.group("head"), "head", None, [], label, lineno))
            lines.append(Line(offset + m.start("by"), m.group("by"), "byline", b4, marks, label, lineno))
            continue
        m = _NAME_SLASH_LEAD.match(line) if prev is not None and prev.cls == "head" else None
        if m and fold(m.group("by"))[0] in SURNAMES and re.search("[。！？]", m.group("rest")):
            name = m.group("by")
            lines.append(Line(offset, name, "byline", Byline(text=name, reporters=(name,)), [], label, lineno))
            lines.append(Line(offset + m.start("rest"), m.group("rest"), "body", None, marks, label, lineno))
            continue
        m = _HEAD_MARKED_BYLINE.match(line)
        if (m and not re.search("[。！？!?]", m.group("head")) and (b3 := parse_byline(m.group("by"))) is not None
                and b3.names):
            # "擦亮…“金色名片” ——以习近平同志为核心的…纪实 □新华社记者孙少龙 丁小溪 王子铭" (an e-paper's list
            # of its page): headline, its sub-title and the marked byline on one line.
            head = m.group("head")
            sub = re.match(r"^(\S.{1,40}?) (——.{2,80})$", head)
            parts = [(0, sub.group(1)), (sub.start(2), sub.group(2))] if sub else [(0, head)]
            if all(_headline_like(t) for _, t in parts):
                for at, t in parts:
                    lines.append(Line(offset + at, t, "head", None, [], label, lineno))
                lines.append(Line(offset + m.start("by"), m.group("by"), "byline", b3, marks, label, lineno))
                continue
        m = re.match(r"^(\S.{1,40}?) (——.{2,80})$", line)
        if m and _headline_like(m.group(1)) and not re.search("[。！？]", line):
            # "这在党和国家历史上是第一次 ——记习近平…": headline and sub-title on one line.
            lines.append(Line(offset, m.group(1), "head", None, [], label, lineno))
            lines.append(Line(offset + m.start(2), m.group(2), "head", None, marks, label, lineno))
            continue
        tail = _HEAD_TAIL.match(line) if prev is not None and prev.cls == "head" and not marks else None
        if tail and _headline_like(tail.group(1)):
            # "效果如何?   20日凌晨5点多,…": the headline's last line run into the first paragraph.
            lines.append(Line(offset, tail.group(1), "head", None, [], label, lineno))
            _caption_and_credit(lines, offset + tail.start(2), tail.group(2), marks, label, lineno)
            continue
        # (a title of up to 64 characters when the dateline opens the rest: "严隽琪在上海交大…提升学校“精气神”   本报讯
        # 4月17日,…", 上海交大报's e-paper — the dateline, not the title's length, says where the report starts)
        # A list of two or three places inside it ("…治理研究院、国际与公共事务学院调研时…") is a title's too there.
        tail = (_HEAD_TAIL.match(line) or _HEAD_TAIL_LONG.match(line)) if not marks else None
        if (tail and (_headline_like(tail.group(1)) or (tail.group(1).count("、") <= 2 and not re.search(
                r"[。！？!?,，;；:：]", tail.group(1)))) and parse_byline(tail.group(1)) is None
                and parse_dateline(tail.group(1)) is None and parse_dateline(tail.group(2)) is not None):
            # "上半年潍坊市进出口总值1895.4亿元   本报讯(记者 刘伟)近日,…" (an e-paper's index of its articles): a
            # one-line headline run into its report, which opens with the dateline
            lines.append(Line(offset, tail.group(1), "head", None, [], label, lineno))
            lines.append(Line(offset + tail.start(2), tail.group(2), "body", None, marks, label, lineno))
            continue
        # (a title over the site's source line is the headline, though _settle says so only later)
        m = (_OPEN_BRACKET_BYLINE.match(fold(line)) if prev is None or prev.cls == "head" or prev.before_source
             else None)
        if (m and (ob := parse_byline(line[:m.end(1)].strip("()（） "))) is not None and ob.reporters
                and not ob.photographers):
            # the report's first paragraph under its headline, opening with its writers in brackets ("(记者 X)",
            # "(央廣記者馮悅 邢斯嘉 李思默)"): the byline (as printed: folding keeps lengths)
            lines.append(Line(offset, line[:m.end(1)], "byline", replace(ob, text=line[:m.end(1)]), [], label,
                              lineno))
            lines.append(Line(offset + m.start(2), line[m.start(2):], "body", None, marks, label, lineno))
            continue
        # (under a title line not yet read as one: the byline under it makes it the headline)
        titled = prev is not None and prev.cls == "body" and not prev.marks and len(prev.text) <= 40 \
            and not re.search("[。！？!?,，]", prev.text) and _headline_like(prev.text)
        # (or under the writers' field line, which names them again: "马 玲 霍良振 …" / "本报记者 马 玲 霍良振 …")
        m = (_ROLE_NAMES_LEAD.match(fold(line))
             if prev is None or prev.cls in ("head", "byline") or prev.before_source or titled else None)
        rb = parse_byline(line[:m.end(1)]) if m else None
        if (m and rb is not None and rb.reporters and not rb.photographers and re.search("[。！？!?,，]", m.group(2))
                and (all(fold(n)[:1] in SURNAMES for n in rb.names)
                     # "七天记者 梓丰": one writer named after the outlet's role, a pen name's first character no
                     # surname
                     or (len(rb.names) == 1 and not re.match(r"(?:本报)?(?:记者|通讯员)\s", fold(line))))):
            if titled and prev is not None:
                prev.cls = "head"
            lines.append(Line(offset, line[:m.end(1)], "byline", rb, [], label, lineno))
            lines.append(Line(offset + m.start(2), line[m.start(2):], "body", None, marks, label, lineno))
            continue
        cut = _credit_then_text(line)
        if cut is not None:
            # "市長王剛作政府工作報告。 本報記者 戴旭虎 攝 ????1月15日上午,…" (a mirror of 克拉玛依日报): the caption
            # and its credit run into the report — the credit ends the caption, the report starts after it
            rest = line[cut:].lstrip(" ?？")
            lines.append(Line(offset, line[:cut].rstrip(" ?？"), "body", None, [], label, lineno))
            cls, b, d = _read_line(rest, lines[-1], before)
            lines.append(Line(offset + len(line) - len(rest), rest, cls, b, marks, label, lineno, d))
            continue
        m = _AGENCY_CAPTION_LEAD.match(line)
        if m and len(line) - m.end() >= 20 and re.search("[。！？!?]", line[m.end():]):
            # "2025/01/20 石破茂(17日下午,首相官邸,KYODO) 日本自民党干事长…" (共同网 in an RSS repost): the item's day,
            # its picture's caption closed by the agency's credit, then the report — a paragraph each
            page.date = page.date or (iso_of(m["day"].strip().replace("/", "-")) if m["day"] else "")
            lines.append(Line(offset + m.start("cap"), m["cap"], "body", None, [], label, lineno, caption=True,
                              closes=True))
            rest = line[m.end():]
            cls, b, d = _read_line(rest, lines[-1], before)
            lines.append(Line(offset + m.end(), rest, cls, b, marks, label, lineno, d))
            continue
        cut = _group_caption_then_text(line)
        if cut is not None:
            # "■ Elizabeth, Jessica, …和温哥华青少年钢琴俱乐部小成员合影 6月1日国际儿童节当晚,…" (加拿大都市报): the
            # marked caption of a group photo run into the report — the caption ends at 合影, the report after it
            rest = line[cut:].lstrip()
            lines.append(Line(offset, line[:cut], "body", None, [], label, lineno, closes=True))
            cls, b, d = _read_line(rest, lines[-1], before)
            lines.append(Line(offset + len(line) - len(rest), rest, cls, b, marks, label, lineno, d))
            continue
        cut = _caption_over_dateline(line)
        if cut is not None:
            # "图为黄克(前左二)…考察。本报百色讯(记者农超武)4月27日…" (左江日报 on yybnet.net): the site ran the
            # picture's caption into the report's first paragraph — the caption, then the report from its dateline
            lines.append(Line(offset, line[:cut], "body", None, [], label, lineno))
            cls, b, d = _read_line(line[cut:], lines[-1], before)
            lines.append(Line(offset + cut, line[cut:], cls, b, marks, label, lineno, d))
            continue
        d_end = end_dateline(line) if prev is not None and prev.cls == "body" else None
        if d_end is not None:  # "(北京七日電)" under the text: the report's dateline, printed at its end
            lines.append(Line(offset, line, "enddate", None, marks, label, lineno, d_end))
            continue
        if prev is not None and prev.cls == "head" and _names_over_bare_dateline(line, rows, lineno):
            # "张建辉 戴连梅" under the headline, "本报讯 …" under it (中华合作时报): the writers, set apart with
            # no role, over a dateline that names none — not the headline's last line
            one = _spaced_name(line)
            names = (one,) if one else tuple(line.split())
            lines.append(Line(offset, line, "byline", Byline(text=line, reporters=names), marks, label, lineno))
            continue
        if prev is not None and prev.cls == "head" and _name_of_next_dateline(line, rows, lineno):
            # "贾正威" on a line of its own under the headline, "晨报讯(记者 贾正威)…" under it: the writer's name
            # set apart by the e-paper, not the headline's last line
            who = (Byline(text=line, correspondents=(line,)) if _names_correspondent(line, rows, lineno)
                   else Byline(text=line, reporters=(line,)))
            lines.append(Line(offset, line, "byline", who, marks, label, lineno))
            continue
        if prev is not None and prev.cls == "head" and (writer := _writer_under_title(line, rows, lineno)):
            # "我当民工报道员" / "牛图" / the essay (烟台晚报's 烟台街): a reader's or columnist's essay signed with a
            # bare name between its title and its text — the writer, not the title's last line
            lines.append(Line(offset, line, "byline", Byline(text=line, reporters=(writer,)), marks, label, lineno))
            continue
        if prev is not None and prev.cls == "head" and (team := _writers_under_title(line, rows, lineno)):
            # "滇侨徙居缅甸探析" / "林清风 张平" / the essay: its writers, two or more, the same way
            lines.append(Line(offset, line, "byline", team, marks, label, lineno))
            continue
        k = _run_in_title(line) if not lines and not marks else 0
        if k:
            # "APEC習近平主動與宋楚瑜握手寒暄數秒APEC昨下午舉行…。" (a repost): the page's headline run into its
            # first sentence, which opens with the headline's first word again
            lines.append(Line(offset, line[:k], "head", None, [], label, lineno))
            lines.append(Line(offset + k, line[k:], "body", None, marks, label, lineno))
            continue
        run = _run_listing(line) if not marks else []
        if run:
            # "地方 台中肉品市場轉型… 2021.03.17 17:30 台中市政府要推動…... 地方 嘉義瑞里… 2021.03.17 12:35 …"
            # (台視's list): a site's items run onto one line, each its headline, its date and time and its lead
            # cut with "..." — one item each, the headline over its lead; the column's name before each is dropped
            for head_at, head, stamp, lead_at, lead in run:
                page.date = page.date or iso_of(stamp)
                lines.append(Line(offset + head_at, head, "head", None, [], label, lineno))
                lines.append(Line(offset + lead_at, lead, "body", None, ["完"], label, lineno))
            continue
        items = _BULLET_ITEM.findall(line) if _BULLET_ITEM.match(line) else []
        if len(items) > 1 and "".join(items) == line:
            # "● 蘇澳…注意安全● 戴資穎直落二…晉4強" (Hit FM): a site's links to other items run onto one line, each
            # after its mark — one line each, never one sentence
            at = 0
            for item in items:
                cls, b, d = _read_line(item.rstrip(), lines[-1] if lines else None, before)
                lines.append(Line(offset + at, item.rstrip(), cls, b, [], label, lineno, d))
                at += len(item)
            lines[-1].marks.extend(marks)
            continue
        cls, b, d = _read_line(line, lines[-1] if lines else None, before)
        if lineno in captions and cls == "head":
            cls = "body"  # a picture's caption between paragraphs: text, neither a sub-head nor a headline
        pressed = cls in ("head", "body") and b is None and d is None and press_caption(line, lines[-1] if lines
                                                                                        else None)
        lines.append(Line(offset, line, "body" if pressed else cls, b, marks, label, lineno, d, closes=pressed))
        if cls == "body" and placing_caption(line):
            lines[-1].closes = True  # a caption placing people in the picture: a paragraph of its own
        elif cls == "body" and (b is None and d is None and (lineno in captions or _caption_form(line, lines[-2:]))
                                or _caption_by_words(line, lines, rows, lineno)):
            lines[-1].closes = True  # a caption between paragraphs: a paragraph of its own, never run into the next
    for ln in lines:
        if ln.lineno in stamps and ln.cls == "body":
            ln.closes = True  # a stamped lead is its item's one paragraph: the next item's lead never joins it
    _settle(lines)
    titles = sum(1 for a, b in zip(lines[1:], lines[2:], strict=False) if a.cls == "head" and b.cls != "head")
    if over_picture is not None and len(lines) > 1 and lines[0] is over_picture and lines[1].cls == "head" \
            and titles >= 2:
        del lines[0]  # (a listing's: one article's kicker may stand over its picture, 【四十年·奋进】忆往昔)
    for ln in lines:
        if ln.lineno in table_rows:
            ln.cls, ln.row, ln.closes = "body", True, True
    _printed_twice(lines)
    lines[:] = [ln for i, ln in enumerate(lines) if not _summary_repeated(lines, i)]
    _lead_in_short_lines(lines)
    _semicolon_subheads(lines)
    return lines, page


def _caption_over_dateline(line: str) -> int | None:
    """Where the report starts in a line opening with a picture's caption ("图为…") whose first sentence is
    followed by a dateline ("…考察。本报百色讯(记者农超武)4月27日…"); None when the line is not one."""
    if not CAPTION_START.match(line):
        return None
    m = re.search("[。！!]", line)
    if m is None:
        return None
    rest = line[m.end():]
    d = parse_dateline(rest)
    return m.end() if d is not None and after_dateline(rest, d) else None


# A photographer's credit closing a caption ("本報記者 戴旭虎 攝"), then a gap (spaces, or the "?" a mirror left
# for full-width spaces) and more text.
_CREDIT_GAP = re.compile(r"[摄攝](?:影)?[)）]?(?:\s|[?？]){1,8}(?=\S)")


# A picture's file name as a camera names it ("DSC4663", "IMG_2051", a copy's "副本", a resized "scaled"), then a dash
# and its alt text: "DSC4663 副本 scaled - 【布拉格时报】…".
_FILE_ALT = re.compile(r"^(?:DSC[NF]?|IMG|DJI|P)[_-]?\d{3,6}(?:\s*副本)?(?:\s*(?:scaled|copy|\d{2,4}x\d{2,4}))?"
                       r"\s+[-–]\s+(?P<alt>\S.*)$", re.IGNORECASE)


# A marked caption of a group photo, no stop in it, ending in 合影 before a space: "■ Elizabeth, …小成员合影 6月1日…"
_GROUP_CAPTION_GAP = re.compile(r"^[■▲●◆]\s*[^。！？!?]{4,200}?(?:合影|合照)(?=\s+\S)")


# A line opening with the item's day maybe, then a caption closed by its agency's credit (AGENCY_CAPTION_END), a gap
# and the report: "2025/01/20 石破茂(17日下午,首相官邸,KYODO) 日本自民党干事长森山裕…".
_AGENCY_CAPTION_LEAD = re.compile(r"^(?P<day>(?:19|20)\d{2}/\d{1,2}/\d{1,2}\s+)?"
                                  r"(?P<cap>[^\s()（）]{2,30}[(（][^()（）]{2,40}[,，、]\s*[A-Z]{2,10}\s*[)）])\s+(?=\S)")


def _group_caption_then_text(line: str) -> int | None:
    """Where the report starts in a line that runs a marked group photo's caption (ending in 合影) into a paragraph
    of twenty characters or more with its own punctuation; None when the line is not one."""
    m = _GROUP_CAPTION_GAP.match(line)
    if m is None:
        return None
    rest = line[m.end():].strip()
    return m.end() if len(rest) >= 20 and re.search(r"[。！？!?，,]", rest) else None


def _credit_then_text(line: str) -> int | None:
    """Where the text after a caption's credit starts, in a line that runs a one-sentence caption, its credit
    and a paragraph of twenty characters or more together; None when the line is not one."""
    for m in _CREDIT_GAP.finditer(line):
        head, rest = line[:m.start() + 1], line[m.end():]
        at = trailing_credit(head)
        if (at is None or len(rest) < 20 or not re.search("[。！？!?]", rest)
                or not re.search("[。！？!?]$", head[:at].rstrip()) or len(re.findall("[。！？!?]", head[:at])) > 1
                or len(head[:at]) > 60):
            continue
        return m.end()
    return None


# A caption and, four or more spaces on, a name with its role set to the right: "…充实假期生活。      本报记者 张驰".
_WIDE_CREDIT = re.compile(r"^(.*[。！？!?”」])\s{4,}(\S.{1,30})$")


def _caption_and_credit(lines: list[Line], offset: int, text: str, marks: list[str], label: str,
                        lineno: int) -> None:
    """The text run into a headline's last line: one paragraph, or (an e-paper index's photo item, "博物馆里" /
    "畅享暑假   7月22日,…。      本报记者 张驰") a caption with the name set far right — its photographer."""
    m = _WIDE_CREDIT.match(text)
    b = parse_byline(m.group(2)) if m else None
    if m is None or b is None or not b.names or b.correspondents:
        lines.append(Line(offset, text, "body", None, marks, label, lineno))
        return
    credit = Byline(text=m.group(2), photographers=b.reporters + b.photographers, roles=b.roles)
    lines.append(Line(offset, m.group(1), "body", None, [], label, lineno))
    lines.append(Line(offset + m.start(2), m.group(2), "credit", credit, marks, label, lineno))


# A masthead's staff line with the post in English too: "社长 (Chair) : 王飞越 (Dr. Feiyue Wang)", "主编(Editor-
# in-Chief): 王 虹" — a post, its gloss in brackets, a colon and the names. Short and with one colon, it reads like
# a heading; it is the text of the masthead, which questions about who holds the posts are answered from.
STAFF_LINE = re.compile(r"[\u4e00-\u9fff]{2,6}\s?\([A-Za-z][A-Za-z .'/-]*\)\s?[:：]\s?\S")


# A lead opening with the outlet's name and the full day in black brackets: "【环球华语2020年7月26日】今天…"
_OUTLET_DAY_LEAD = re.compile(r"^【[\u4e00-\u9fff]{2,6}?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")


# A label, a colon and another story's title inside a report: the site's pointer to it, printed as text
_TEASER = re.compile(r"^(?:更多新闻|延伸阅读|推荐阅读|相关新闻|相关报导|看更多)\s*[:：]\s*\S")


def _captions_under_pictures(rows: list[str]) -> set[int]:
    """The line numbers of short bare lines under a picture set between paragraphs: "…召开第四次全体会议…" /
    "fe170cf-e-94ac-e68_batchwm" / "审议现场" (常德日报's site) — a sub-head is not printed under a picture, its caption
    is. Not when a dateline or byline follows: then the line is the headline of the next report, the picture its own."""
    printed = [(n, r.strip()) for n, r in enumerate(rows, 1) if r.strip()]
    out = set()
    for i in range(2, len(printed) - 1):
        (_, para), (_, shown), (n, line), (_, after) = printed[i - 2], printed[i - 1], printed[i], printed[i + 1]
        if len(line) > 20 or len(para) <= 40 or re.search(r"[。！？!?]", line) or section_marked(line):
            continue  # (the cheap tests first: furniture is read of few lines)
        kind = furniture(shown)
        if (kind is None or kind.kind != "figure" or furniture(para) is not None
                or parse_dateline(after) is not None or parse_byline(after) is not None):
            continue
        out.add(n)
    return out


def _caption_by_words(line: str, lines: list[Line], rows: list[str], lineno: int) -> bool:
    """"会议现场", "郑观陆先生" on a line of their own after a whole sentence: a picture's caption (not the head of a
    line the column wrapped: it would follow a sentence left open); a speaker's caption under such a caption
    ("校长杨小林讲话") too. `lines` ends with the line itself."""
    return (len(line) <= 24 and not INNER_PUNCT.search(line)
            and bool(pictured(line) or (SPEAKER_CAPTION.match(fold(line)) and lines[-2:-1] and lines[-2].closes))
            and line.strip() not in (rows[lineno].strip() if lineno < len(rows) else "",  # (printed twice:
                                     lines[-2].text.strip() if len(lines) > 1 else "")  # _printed_twice's)
            and (len(lines) == 1 or lines[-2].cls != "body" or lines[-2].closes
                 or lines[-2].text.rstrip()[-1:] in "。！？!?”」"))


def _caption_form(line: str, last: list[Line]) -> bool:
    """A line that _read_line took for a caption by its form alone (SPEAKER_CAPTION, SCENE_LABEL, PICTURE_NUMBER),
    `last` ending with the line itself, the line classified before it first."""
    prev = last[0] if len(last) == 2 else None
    f = fold(line.strip())
    return PICTURE_NUMBER.match(line.strip()) is not None or name_caption(line, prev) or (
        prev is not None and prev.cls == "body"
        and (SPEAKER_CAPTION.match(f) is not None or SCENE_LABEL.match(f) is not None))


def _repeated_captions(rows: list[str]) -> set[int]:
    """The line numbers of a short bare line printed more than once between paragraphs ("与会嘉宾" under three
    pictures, 美洲华联社): a sub-head names a part once; the same few words under several pictures are their
    captions. Not the first line, and only where the page has paragraphs (a listing repeats its labels)."""
    printed = [(n, r.strip()) for n, r in enumerate(rows, 1) if r.strip()]
    if not any(len(r) > 60 for _, r in printed):
        return set()
    seen: dict[str, list[int]] = {}
    for i in range(1, len(printed)):
        r = printed[i][1]
        if len(r) <= 12 and not re.search(r"[。！？!?,，:：]", r) and not section_marked(r):
            seen.setdefault(r, []).append(i)
    twice = {r for r, at in seen.items() if len(at) >= 2}
    out: set[int] = set()
    for at in (at for r, at in seen.items() if r in twice):
        # under a paragraph at least once; never over another line printed twice (a two-line title printed in the
        # page's list of titles and again over its story, 淇滨晚报)
        if any(len(printed[i - 1][1]) > 60 for i in at) and not any(
                i + 1 < len(printed) and printed[i + 1][1] in twice for i in at):
            out.update(printed[i][0] for i in at)
    return out


def _under_picture(line: str, before: str) -> bool:
    """"4.jpg" / "▲邓群策宣布开工" (红网): a marked line right under a picture's file name is its caption. "图片" /
    "中国驻德国法兰克福总领馆孙从彬总领事带来祖国的节日问候" (a WeChat post's copy, deouhuashang.de): the word a copy
    prints where a picture was, then a line with no stop under it — the picture's caption, not a sub-head."""
    shown = furniture(before) if before else None
    if shown is None or shown.kind != "figure":
        return False
    return line.lstrip().startswith(("▲", "△")) or (
        fold(before.strip()) == "图片" and len(line) <= 60 and not re.search(r"[。！？!?]", line))


# An item's number in Latin letters on a line of its own: "NEWS 01", "Story 2", "No. 3"
_NUMBERED_ITEM = re.compile(r"(?:news|story|item|no\.?)\s*\d{1,2}")
# A part of the site's path as a numbered list item: "1. 首页" (the root), then "2. 阿根廷" under it
_NUMBERED_PATH = re.compile(r"(?P<n>[1-6])\.\s*(?:(?P<root>首页|主页|网站首页)|[\u4e00-\u9fff]{1,10})")
# "体坛周报全媒体记者马德兴报道": a paper's reporter and "报道", a line of its own (the paper a weekly's or daily's)
_OUTLET_REPORTED = re.compile(r"(?P<agency>[\u4e00-\u9fff]{2,8}?(?:日报|晚报|周报|时报|早报|商报))"
                              r"(?:全媒体|融媒体)?记者\s*[\u4e00-\u9fff]{2,4}(?:[、 ][\u4e00-\u9fff]{2,4}){0,2}\s*报道")


def press_caption(line: str, prev: Line | None) -> bool:
    """A picture's caption with the reporters in it, between whole paragraphs of a web copy: no stop in it, the line
    before it a paragraph's whole line (longer than a column's) or such a caption (_PRESS_CAPTION)."""
    t = line.strip()
    return (prev is not None and prev.cls == "body" and not re.search(r"[。！？!?；;]", t)
            and ((12 <= len(t) <= 60 and _PRESS_CAPTION.search(fold(t)) is not None)
                 or (6 <= len(t) <= 60 and _PRESS_GROUP_CAPTION.search(fold(t)) is not None))
            and (len(prev.text) > 40 or prev.closes and _PRESS_CAPTION.search(fold(prev.text)) is not None))


def _read_line(line: str, prev: Line | None, before: str) -> tuple[str, Byline | None, Dateline | None]:
    """A line run into nothing else, classified: its class ("byline", "credit", "head", "body", or "open" for a
    bracket left open, settled by _settle), its byline or credit, and the dateline it opens with. `prev`: the
    line classified before it; `before`: the line printed before it, furniture or not."""
    if STAFF_LINE.match(line):
        return "body", None, None  # a bilingual masthead's staff line, "社长 (Chair) : 王飞越": a fact, no heading
    if _TEASER.match(fold(line)):
        return "staff", None, None  # "更多新聞: 李多慧…" (民視): a pointer to another story, no sub-head nor text
    b = parse_byline(line)
    if b is None and prev is not None:
        b = bracket_writers(line)  # "(周 健 刘星野 曹 莉)" on a line of its own: the writers
    if b is None and (li := _LEAD_IN_BYLINE.match(fold(line))):
        # "請看記者吳瓊採自第一條專線的報道——" (新华日报): the lead-in naming the reporter of the part under it
        b = parse_byline(line[li.start("by"):li.end("by")])
        b = replace(b, text=line) if b is not None and (b.reporters or b.correspondents) else None
    d = parse_dateline(line) if b is None else None
    starts_dated = d is not None
    if d is not None and d.reporters and not after_dateline(line, d):
        b = Byline(text=line, reporters=d.reporters)
    else:
        d = None
    if b is None and _MARKED_NAME.match(line):  # "☉張國財": an author's name under the headline
        b = Byline(text=line, reporters=(_MARKED_NAME.match(line).group(1),))  # type: ignore[union-attr]
    elif (b is None and prev is not None and prev.cls == "head" and (hm := _HEAD_MARKED_NAME.match(line))
          and all(fold(n)[0] in SURNAMES for n in hm.group(1).split())):
        b = Byline(text=line, reporters=tuple(hm.group(1).split()))  # "■张三 李四": the writers
    elif (b is None and prev is not None and prev.cls == "head" and (pl := _PUPIL_LINE.match(line))
          and fold(pl["w"])[0] in SURNAMES and fold(pl["t"])[0] in SURNAMES):
        # the pupil writes; the teacher guided
        b = Byline(text=line, reporters=(pl["w"],), roles=((pl["role"], pl["t"]),))
    if b is not None:
        cls = "credit" if b.photographers and not b.reporters else "byline"
        if d is None and b.reporters and (whole := parse_dateline(line)) is not None \
                and not after_dateline(line, whole) and set(whole.reporters) == set(b.reporters):
            d = whole  # "實習記者肖博      華埠報導": the byline is a whole dateline, the place it was reported from
        elif (d is None and b.reporters and whole is not None and whole.reporters and whole.place
              and not after_dateline(line, whole) and set(b.reporters) - set(whole.reporters) == {whole.place}):
            # "【美國華人電視記者呂力川 洛杉磯橙縣報導】": the place after the reporter and a space, read by the
            # byline as a second name — the dateline says which is the place
            b, d = replace(b, reporters=whole.reporters), whole
        if d is None and b.reporters and (op := _OUTLET_REPORTED.fullmatch(fold(line).strip())):
            # "体坛周报全媒体记者马德兴报道" on a line of its own (as the paper's "…记者X报道" opening): the byline
            # and the dateline, the paper its agency
            at = line.find(line.strip())
            d = Dateline(agency=line[at + op.start("agency"):at + op.end("agency")], reporters=b.reporters,
                         text=line.strip())
    elif data_row(line) and section_marked(line):
        cls = "body"  # "1.上海海港 22分": a numbered row of a table, not a sub-head
    elif _under_picture(line, before):
        cls = "body"  # the picture's caption: text, neither a sub-head nor a headline
    elif (section_marked(line) and len(line) <= 40 and not re.search("[。！？]", line)
          and trailing_credit(line) is None):  # "■原先完好的雕塑 杨建正 摄": a caption, not a sub-head
        cls = "head"
    elif (starts_dated or trailing_credit(line) is not None or CAPTION_END.search(fold(line[-16:]))
          or PICTURE_SOURCE_END.search(fold(line[-32:]))
          or GROUP_PHOTO.search(line) or CAPTION_START.match(line)
          or pictured(line)
          or (prev is not None and prev.cls == "body" and SPEAKER_CAPTION.match(fold(line)) is not None)
          or (prev is not None and prev.cls == "body" and SCENE_LABEL.match(fold(line)) is not None)
          or name_caption(line, prev)
          or (prev is not None and PICTURE_NUMBER.match(line.strip()) is not None)
          or data_row(line)):  # a table's row of figures: text, never a headline
        cls = "body"  # a caption (with its credit: split when the article takes it)
    elif FIELD.match(line):
        cls = "body"  # "时间:3月6日上午" / "地点:胜利南路天桥下" (a 街拍's fields): text, never a headline
    elif listed_work(line, prev.text if prev is not None else ""):
        cls = "body"  # "《唯有明月坐在天邊》劉尚彬": a list of works, each with its writer, not a sub-head
    elif line.count("（") + line.count("(") > line.count("）") + line.count(")") and len(line) <= 20:
        cls = "open"
    else:
        cls = "head" if _headline_like(line) else "body"
    if (cls == "body" and d is None and prev is not None and prev.cls == "head"
            and line.startswith(prev.text + " ")):
        # "如果你去過他家必勝店! 《本報訊18/11/2020 下午2時》任何人…": a listing's teaser repeating its title,
        # then the report's dateline
        d = parse_dateline(line[len(prev.text):].lstrip())
    if cls == "body" and d is None and _BROKEN_AGENCY.match(line) and 1 < len(before) <= 12:
        # "大公報" / "訊】記者黃昱報道:…": a site broke "【大公報訊】" over two lines (the first one, a bare
        # paper name, went as furniture); the dateline is read from the two put back together.
        d = parse_dateline("【" + before.lstrip("【") + line)
    return cls, b, d


def caption_run(lines: list[Line]) -> int:
    """How many lines open the page as a run of photo captions over a report whose headline was not kept: five
    or more short lines in a row with no sentence end ("新华社冯磊一行在神农广场实地视察,…陪同调研", 嘉禾网), the
    report under them opening with its dateline ("嘉禾网讯(记者 曹晶)…"). A headline block (kicker, headline,
    sub-headlines) is never that long. 0 when the page does not open so."""
    n = 0
    while (n < len(lines) and lines[n].cls in ("head", "body") and len(lines[n].text) <= 80
           and not re.search("[。！？!?；;]", lines[n].text) and not data_row(lines[n].text)
           and trailing_credit(lines[n].text) is None):
        n += 1
    described = sum(bool(re.search("[,，]", ln.text)) for ln in lines[:n])  # who is doing what, where: commas
    return n if n >= 5 and described * 2 >= n and n < len(lines) and lines[n].cls == "body" \
        and parse_dateline(lines[n].text) else 0


def _settle(lines: list[Line]) -> None:
    """Classes that depend on the lines around: a bracket left open, numbered captions, a slogan, a first line
    or a quotation that is the headline, a deck or sub-headline between a headline and the text."""
    captions = caption_run(lines)
    for ln in lines[:captions]:
        ln.cls = "body"  # captions: text, never a headline or a sub-head
    for i, ln in enumerate(lines[captions:], captions):
        if ln.cls == "open":
            ln.cls = "head" if _headline_like(ln.text) else "body"
        # "①不少奉贤居民趁周末到…游玩" right under the headline (or the caption before it): a numbered photo
        # caption printed over the text (新民晚报), not a line of the headline nor a sub-head — those come
        # between paragraphs.
        if (ln.cls == "head" and i > 0 and CIRCLED.match(ln.text)
                and (lines[i - 1].cls == "head" or CIRCLED.match(lines[i - 1].text))):
            ln.cls = "body"
        # A slogan over the page's first headline ("即時資訊、特別報道、即時評論。"): not an article.
        if (i == 0 and ln.cls == "body" and len(ln.text) <= 20 and "、" in ln.text and "，" not in ln.text
                and i + 2 < len(lines) and lines[i + 1].cls == "head"
                and lines[i + 2].cls in ("byline", "body")):
            ln.cls = "slogan"
        # The page's first line, unfinished (no sentence end), over text: its headline, commas or not.
        # (Not a caption with its credit at the end, "…为获奖者颁奖记者 龙在全 摄": a photo's, over the report; nor
        # a report's first line hard-wrapped before its sentence ends, opening with its dateline: "《經濟通通訊社3日
        # 專訊》澳門去年12月底放寬入境限制,…增加" / "。澳門博彩監察協調局公布,…".)
        if (i == 0 and ln.cls == "body" and len(ln.text) <= 50 and not re.search("[。！？!?；;]", ln.text)
                and len(lines) > 1 and not data_row(ln.text) and not CAPTION_START.match(ln.text)
                and not pictured(ln.text)  # "会议现场" (a scene's caption) over the text
                and trailing_credit(ln.text) is None and parse_dateline(ln.text) is None):
            ln.cls = "head"
        # "…南充市代表团召开全体会议" (the site's title) / its date lines / "…召开全体会议,审议审查相关报告和草案" over
        # the decks: the paper's title printed again in full, the site's cut at its comma — a heading, not text
        if (i == 1 and lines[0].cls == "head" and ln.cls == "body" and len(ln.text) <= 60
                and ln.text.startswith(lines[0].text.rstrip()) and re.fullmatch(r"[,，][^。！？!?；;：:,，]{2,20}",
                                                                            ln.text[len(lines[0].text.rstrip()):])
                and i + 1 < len(lines) and lines[i + 1].cls == "head"):
            ln.cls = "head"
        # "我与晚报的故事" / "那些年,我的青春和晚报紧紧相连" (舟山晚报): the page's second line, short and unfinished,
        # a comma inside (a caption has none), under its first: the headline under its column's kicker
        if (i == 1 and lines[0].cls == "head" and ln.cls == "body" and len(ln.text) <= 30 and len(lines) > 2
                and re.search("[,，]", ln.text) and not re.search("[。！？!?；;：:]", ln.text)
                and not re.search(r"(?:…|\.\.\.|⋯)$", ln.text)  # a lead the site cut, not a title
                and parse_dateline(ln.text) is None and trailing_credit(ln.text) is None
                and not data_row(ln.text) and not CAPTION_START.match(ln.text)):
            ln.cls = "head"
        # "…如何打赢新时代“思想战争”?" / "来源:观察者网": an online outlet's headline over its source line, a
        # question mark at its end.
        if (i == 0 and ln.cls == "body" and ln.before_source and len(ln.text) <= 50
                and not re.search("[。；;]", ln.text) and not re.search("[？?！!]", ln.text[:-1])):
            ln.cls = "head"
        # "时刻牢记领袖嘱托 … 区委常委会召开扩大会议… 市政协副主席、盐湖区委书记孙中全主持并讲话" / "发布日期:… 来源:…":
        # a site's kicker, title and deck on one line, set apart by spaces, over its source line — no sentence
        # in it, each part of a heading's length
        if (i == 0 and ln.cls == "body" and ln.before_source and len(ln.text) <= 160 and " " in ln.text.strip()
                and not re.search("[。；;，,！？!?]", ln.text) and all(len(p) <= 50 for p in ln.text.split())):
            ln.cls = "head"
        # "撞到亚马逊…有莫大的影响。" / "来源:界面新闻": the deck, a sentence between the headline and its
        # source line.
        if (ln.cls == "body" and i == 1 and lines[0].cls == "head" and ln.before_source and len(ln.text) <= 80
                and len(re.findall("[。！？!?]", ln.text)) == 1 and ln.text[-1:] in "。！？!?"
                and parse_dateline(ln.text) is None and trailing_credit(ln.text) is None):
            ln.cls = "head"
        # "佐治亚州华人大会成立,亚特兰大华人在谱写创造历史!(美中報道)" (美中報道): the page's first line signed with an
        # outlet's name in brackets at its end, over text — the title as the outlet posts it, its ! or comma inside
        if (i == 0 and ln.cls == "body" and len(ln.text) <= 60 and len(lines) > 1 and lines[1].cls == "body"
                and (sm := _SIGNED_TITLE.search(ln.text)) is not None and outlet_name(sm.group(1))
                and not re.search("[。；;]", ln.text)):
            ln.cls = "head"
        # "“这才是真正的河南!”" over the story's text: a quotation printed as the headline, its one ! or ? inside
        # the quotes, a longer paragraph under it.
        if (i == 0 and ln.cls == "body" and len(ln.text) <= 30 and quoted(ln.text) and len(lines) > 1
                and lines[1].cls == "body" and len(lines[1].text) > len(ln.text)
                and len(re.findall("[。！？!?；;]", ln.text)) == 1 and ln.text[-2:-1] in "！？!?"):
            ln.cls = "head"
        # "“用电视机看电视怎么这么费劲?”" over the headline: a quotation printed as the kicker.
        if (i == 0 and ln.cls == "body" and len(ln.text) <= 30 and quoted(ln.text) and len(lines) > 2
                and lines[1].cls == "head" and lines[2].cls != "head"):
            ln.cls = "head"
        # "挂灯笼、贴春联、…", "看起来神志不清,但…" between a headline and the dateline that opens the story:
        # its sub-headline, commas or not.
        if (ln.cls == "body" and 0 < i < len(lines) - 1 and lines[i - 1].cls == "head" and len(ln.text) <= 60
                and not re.search("[。！？!?；;]", ln.text) and parse_dateline(ln.text) is None
                and trailing_credit(ln.text) is None and lines[i + 1].cls == "body"
                and parse_dateline(lines[i + 1].text) is not None and not pictured(ln.text)):
            ln.cls = "head"
        # "2026年财政预算案拨款 砂华总呼吁…,维护全民团结" between two one-paragraph reports that each open with a
        # bracketed dateline ("(古晋13日讯)…"): a listing's headline, a comma inside or a 。 at its end; a label
        # in brackets opening it ("【快訊】【…】12月15日實施") names no agency, place or day: no dateline.
        if (ln.cls == "body" and 0 < i < len(lines) - 1 and len(ln.text) <= 50
                and not re.search("[。！？!?；;]", ln.text[:-1]) and lines[i - 1].cls == "body"
                and lines[i + 1].cls == "body" and _BRACKET_OPEN.match(lines[i - 1].text)
                and _BRACKET_OPEN.match(lines[i + 1].text) and parse_dateline(lines[i - 1].text) is not None
                and parse_dateline(lines[i + 1].text) is not None and _no_dateline(ln.text)
                and trailing_credit(ln.text) is None and not CAPTION_START.match(ln.text)):
            ln.cls = "head"
        # "【人物講嘢】安祖利 Julio(土生葡人,律師及翻譯)" / "Julio" (macauspeaking.com): a short line under the headline
        # that only repeats a word from inside it is the picture's alt text (the person's name), not a sub-headline —
        # a sub-headline says more than its headline (a title cut at its start is read above; a breadcrumb's last
        # part is the title under it: "同城头条  >  本地  >  商总第33届…" / "商总第33届…"); no text either
        if (ln.cls == "head" and i > 0 and lines[i - 1].cls == "head" and 2 <= len(ln.text.strip()) <= 20
                and lines[i - 1].text.find(ln.text.strip()) > 0
                and not lines[i - 1].text.rstrip().endswith(ln.text.strip())):
            ln.cls = "alt"
        # "橙縣華人聯誼會第11屆全體理監事共同登台宣誓就職" between two paragraphs, the one under it printing the same
        # words as its sentence ("在張作波、周志松監誓下,橙縣華人聯誼會第11屆全體理監事共同登台宣誓就職。",
        # 美國華人電視): a picture's caption taken from the text, not a sub-head (which heads what follows in words of
        # its own)
        if (ln.cls == "head" and 0 < i < len(lines) - 1 and lines[i - 1].cls == "body"
                and lines[i + 1].cls == "body"
                and 10 <= len(ln.text.strip()) <= 40 and re.search(re.escape(ln.text.strip()) + "[。!！]",
                                                                   lines[i + 1].text)):
            ln.cls = "body"
        # "2023,那些难忘瞬间……" over a byline: a headline with a comma.
        if (ln.cls == "body" and len(ln.text) <= 30 and not ln.text.endswith("。") and i + 1 < len(lines)
                and lines[i + 1].cls == "byline" and (i == 0 or lines[i - 1].cls != "byline")
                and parse_dateline(ln.text) is None and not CAPTION_START.match(ln.text)
                and not PICTURE_SOURCE_END.search(fold(ln.text))):  # "…(圖/翻攝X)": a caption over it
            ln.cls = "head"


_PICTURE_MARK = re.compile(r"^[■▲▼►◆]")


_SUMMARY_LABEL = re.compile(r"\s*(?:内容)?摘要\s*[:：]\s*")


# A title signed with its outlet's name in brackets at its end: "…创造历史!(美中報道)".
_SIGNED_TITLE = re.compile(r"[(（]\s*([^()（）]{2,12}?)\s*[)）]\s*$")


def _summary_repeated(lines: list[Line], i: int) -> bool:
    """A site's summary under its label ("摘要:3月20日上午,洋县举行…") that the text under it prints again: the
    site's, no paragraph of the report (read twice, it would take two of the places the best sentences have)."""
    m = _SUMMARY_LABEL.match(lines[i].text)
    if m is None or lines[i].cls != "body" or i + 1 >= len(lines) or lines[i + 1].cls != "body":
        return False
    rest = lines[i].text[m.end():].strip()
    return len(rest) >= 8 and lines[i + 1].text.strip().startswith(rest.rstrip("。.…"))


def _printed_twice(lines: list[Line]) -> None:
    """A short line printed twice in a row, text under it (or the next captions, each printed twice), once the
    report has begun (its byline, dateline or the site's date or source line above) — or marked as a picture's
    ("■西華拉沙(左)…") right under the headline — is a picture's caption, as a site serves it: the caption and the
    image's alt text. Text of the report, never a headline or sub-head (a listing's title card and link have no
    report above them)."""
    begun = False
    for i, ln in enumerate(lines):
        if ln.cls == "byline" or ln.dateline is not None or ln.before_date or ln.before_source:
            begun = True
        # (the text may come after the next pictures' captions, each printed twice too: "…游振煌" twice, "劉永健處長
        # 致詞" twice, then the report, 僑務電子報)
        after = i + 2
        while after + 2 < len(lines) and lines[after].text.strip() == lines[after + 1].text.strip() \
                and 2 <= len(lines[after].text.strip()) <= 30:
            after += 2
        if after >= len(lines) or lines[after].cls != "body" or ln.caption:
            continue
        text, twin = ln.text.strip(), lines[i + 1]
        if (twin.text.strip() != text or not 2 <= len(text) <= 40 or not CJK.search(text)
                or {ln.cls, twin.cls} - {"head", "body"} or twin.before_date or twin.before_source
                or (i > 0 and lines[i - 1].text.strip() == text)):
            continue
        marked = bool(_PICTURE_MARK.match(text)) and i > 0 and lines[i - 1].cls == "head"
        if marked or (begun and len(text) <= 30):
            for x in (ln, twin):
                x.cls, x.caption = "body", True


# A day with its time of day and nothing else ("1月15日上午"): when the report's first sentence starts, never a title.
DAY_TIME = re.compile(r"\s*(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚间|早上|清晨|凌晨|中午|傍晚|夜间|晚)[,，]?\s*")


def _semicolon_subheads(lines: list[Line]) -> None:
    """A line between two paragraphs in two halves set apart by a semicolon, with no stop at its end ("老父亲摆下
    “鸿门宴”,县委书记“三顾茅庐”;他思量再三,终于认定:…更精彩", 湖北日报): a sub-head, as papers set a part's
    title in two parallel halves — a sentence of the text with a semicolon closes with its stop."""
    for i in range(1, len(lines) - 1):
        prev, ln, nxt = lines[i - 1], lines[i], lines[i + 1]
        text = ln.text.strip()
        if (ln.cls == "body" and prev.cls == "body" and nxt.cls == "body" and not ln.marks and not ln.row
                and ln.byline is None and ln.dateline is None and 12 <= len(text) <= 60
                and text.count(";") + text.count("；") == 1 and re.search("[\u4e00-\u9fff”」》]$", text)
                and not re.search("[。！？!?…]", text) and re.search("[。！？!?”」]$", prev.text.rstrip())
                and re.search("[。！？!?”」]$", nxt.text.rstrip())
                and prev.lineno < ln.lineno < nxt.lineno):
            ln.cls = "head"


def _lead_in_short_lines(lines: list[Line]) -> None:
    """A lead a page sets in short lines under its title ("1月15日上午" / "日喀则市…第六次会议" / "隆重开幕" /
    "213名人大代表们" / …): a title block holds no bare day and time of day, so from such a line down to the text
    the short lines are the lead's — text, one paragraph ending at its last short line."""
    for i, ln in enumerate(lines):
        if ln.cls != "head" or not DAY_TIME.fullmatch(ln.text) or (i > 0 and lines[i - 1].cls != "head"):
            continue
        j = i
        while j < len(lines) and lines[j].cls == "head":
            lines[j].cls = "body"
            j += 1
        lines[j - 1].closes = j < len(lines) and lines[j].cls == "body"
        return


# A headline's last line and the first paragraph on one line, three or more spaces apart; the headline's line may
# hold its parts one space apart ("全国第二批城市更新典型案例 其一为…项目   据《广西日报》消息…", 桂林日报).
_HEAD_TAIL = re.compile(r"^((?=[^\s，,。；;：:])(?:[^\s，,。；;：:]| (?! )){2,40}(?<! )) {3,}(\S.{20,})$")
_HEAD_TAIL_LONG = re.compile(r"^((?=[^\s，,。；;：:])(?:[^\s，,。；;：:]| (?! )){41,64}(?<! )) {3,}(\S.{20,})$")
# "请看记者X采自第一条专线的报道——": a line leading into a group's part, naming who reported it.
_LEAD_IN_BYLINE = re.compile(r"^(?:请看)?(?P<by>(?:本报)?(?:记者|通讯员)[\u4e00-\u9fff、 ]{2,24}?)"
                             r"(?:采自|发自|发回)[^。！？!?]{0,24}?报道\s*——$")
# A headline (and its sub-title) with its byline, marked, one space on: "标题 ——副题 □新华社记者王某 李某".
_OPENING_WORD = re.compile(r"[A-Za-z]{2,}|[\u4e00-\u9fff]{2}")


def _run_in_title(line: str) -> int:
    """Where the text starts in a line that is a headline run into a lead opening with the headline's first word
    again and a time ("APEC習近平…數秒" + "APEC昨下午舉行…。"): no punctuation nor space before it, the title 8 to
    40 characters, a sentence of 20 or more after it; 0 when the line is not one."""
    w = _OPENING_WORD.match(line)
    k = line.find(w.group(), 8) if w else -1
    if not 8 <= k <= 40 or re.search(r"[\s。，,；;：:、！？!?“”「」()（）]", line[:k]):
        return 0
    rest = line[k:]
    # the lead's "who, when" ("APEC昨下午舉行"), not a name said twice in one sentence ("十四届…和全国政协十四届…")
    when = re.match(r"(?:昨|今|前天|日前|近日|\d{1,2}日|上午|下午|晚间|本月)", rest[len(w.group()):]) if w else None
    return k if when and len(rest) > 20 and re.search("[。！？!?]", rest) and _headline_like(line[:k]) else 0


# An item after its list mark, up to the next one: "● 蘇澳、花蓮、台東出現3米高長浪 海邊活動注意安全"
_BULLET_ITEM = re.compile(r"●[^●]+")
# One item of a listing run onto one line: a label maybe, the headline, the date and time, the lead the site cut.
_LISTED_ITEM = re.compile(r"(?P<head>\S.{3,60}?)\s+(?P<stamp>(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})\s+\d{1,2}:\d{2}\s+"
                          r"(?P<lead>\S.{10,}?(?:\.\.\.|…|⋯))(?:\s+|$)")


def _run_listing(line: str) -> list[tuple[int, str, str, int, str]]:
    """A listing's items run onto one line, two or more, covering it whole: (headline's offset, headline, day,
    lead's offset, lead) each; the word every item opens with (the column's name, "地方") is no headline's."""
    found: list[re.Match[str]] = []
    at = 0
    while at < len(line):
        m = _LISTED_ITEM.match(line, at)
        if m is None:
            return []
        found.append(m)
        at = m.end()
    if len(found) < 2:
        return []
    firsts = {m["head"].split()[0] for m in found}
    label = next(iter(firsts)) if len(firsts) == 1 and len(found[0]["head"].split()) > 1 else ""
    out = []
    for m in found:
        cut = len(label) + len(m["head"][len(label):]) - len(m["head"][len(label):].lstrip()) if label else 0
        out.append((m.start("head") + cut, m["head"][cut:], m["stamp"], m.start("lead"), m["lead"]))
    return out


_HEAD_MARKED_BYLINE = re.compile(r"^(?P<head>\S.{1,120}?)\s+(?P<by>[□■●○◎]\s*\S.{2,40})$")
# A short headline and, one space on, its report opening with a bracketed dateline: "電訊不被歸責 【本報訊】…".
_HEAD_DATELINE = re.compile(r"^([^\s，,。；;：:【】()（）\[\]]{2,16})\s+"
                            r"([【〔\[(（][^】〕\])）]{1,20}[】〕\])）].{20,})$")
# A short headline and, one space on, its report opening with an outlet's dispatch: "…随同考察 香格里拉网讯 (记者 …".
_HEAD_OUTLET_DISPATCH = re.compile(r"^([^\s，,。；;：:【】()（）\[\]]{4,30})\s+"
                                   r"([\u4e00-\u9fff]{2,10}(?:网|報|报|台)[讯訊]\s*[(（].{20,})$")
# A listing's headline (commas, colons, marks and all) and, one space on, its report opening with the reporters
# and place in brackets: "… 為花蓮付出什麼? 【記者施智齡/台北報導】民眾黨主席…".
_HEAD_REPORTER = re.compile(r"^(\S.{3,70}?)\s+"
                            r"([【〔\[]\s*(?:記者|记者)[^】〕\]]{2,30}(?:報導|报导|報道|报道)[】〕\]].{20,})$")
# A post's title, its reporter with no place ("記者吳佳俊/報導") and, some spaces on, its text, all on one line.
_HEAD_SLASH_REPORTER = re.compile(r"^(\S.{3,60}?)\s+((?:本[報报])?(?:記者|记者)\S{2,4}/(?:報導|报导|報道|报道))"
                                  r"\s+(\S.{20,})$")
# A headline with its reporter glued on in brackets: "…非法加油活動(黃穎芝報道)".
_HEAD_TRAIL_REPORTER = re.compile(r"^(\S.{5,70}?)\s*[(（]([\u4e00-\u9fff]{2,3})(?:報道|报道|報導|报导)[)）]$")
# Four or more short words with spaces between them and nothing else, opening the page: a site's topic tags.
# A site's name in Latin letters glued before the name of its column (`Newsfrom Japan政治外交`), or a programme's name
# with its station's acronym after it (`法國報紙摘要 RFI`): the label of where an item is filed, printed under its
# title. No deck reads so: a deck is a phrase in the title's language, Latin words inside it (`今日上午CCTV-5直播…`).
_SITE_CHANNEL = re.compile(r"(?:[A-Z][A-Za-z]+ ?){1,3}[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{2,8} [A-Z]{2,6}")
_TAG_LINE = re.compile(r"[\u4e00-\u9fff]{2,8}(?: [\u4e00-\u9fff]{2,8}){3,}")
# A reporter's page of a site, each item on one line: the headline, the reporter, the date, the lead ("澳防長稱西澳
# 沿海現中共間諜船 中方回應 宋子玉 2022-05-14 澳洲國防部長…", 看傳媒).
_HEAD_WRITER_DATE = re.compile(r"^(\S.{3,70}?)\s+([\u4e00-\u9fff]{2,3})\s+((?:19|20)\d{2}-\d{1,2}-\d{1,2})"
                               r"\s+(\S.{20,})$")
# A headline, its writer and the time posted on one line, runs of two or more spaces between them and nothing after:
# "谷振春帶隊走訪民主黨派中央並聽取建議     黃昌盛    2026年02月13日09:08".
_HEAD_WRITER_STAMP = re.compile(r"^(\S.{3,70}?)\s{2,}([\u4e00-\u9fff]{2,3})\s{2,}"
                                r"((?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2}))\s*(?:\d{1,2}:\d{2})?$")
# A listing's writer and the item's time on a line of their own under its headline: "毛上仁 2018/05/03 15:35".
_WRITER_TIME = re.compile(r"^([\u4e00-\u9fff]{2,3})\s+(?:19|20)\d{2}[/-]\d{1,2}[/-]\d{1,2}(?:\s+\d{1,2}:\d{2})?$")
# A listing's item under its headline: the day, the writer with a role and the kind of piece, the lead, all glued
# ("2025.11.29記者方炳超/特稿距離…", "2025.11.28文/杜聖聰(銘傳大學…系主任)隨著…").
_DAY_BYLINE_LEAD = re.compile(
    r"^(?P<day>(?:19|20)\d{2}\.\d{1,2}\.\d{1,2})"
    r"(?P<by>(?:記者|记者)(?P<name>[\u4e00-\u9fff]{2,3})[/／](?:特稿|綜合報導|综合报导|綜合報道|综合报道|報導|报导|報道|报道)"
    r"|文[/／](?P<name2>[\u4e00-\u9fff]{2,3})[(（][^()（）]{2,30}[)）])(?P<rest>\S.{10,})$")
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# The same with the writer's name run into the lead: "2025.11.28主筆/單厚之賴清德總統…".
_DAY_ROLE_GLUED = re.compile(r"^(?P<day>(?:19|20)\d{2}\.\d{1,2}\.\d{1,2})(?P<role>主筆|主笔|記者|记者)[/／]"
                             r"(?P<rest>[\u4e00-\u9fff]{4}.{10,})$")
# The headline's first words and, one space on, a bracketed byline opening the report: "参加法国总统竞选的
# (本报记者 李楠 张茜茜)3 月 11 日,…".
_HEAD_BRACKET_BYLINE = re.compile(r"^([^\s，,。；;：:()（）]{2,20})\s+"
                                  r"([(（]\s*(?:本[报報])?(?:記者|记者)[^()（）]{2,20}[)）])\s*(\S.{20,})$")
# The second half of a bracketed dateline a site broke after the paper's name: "訊】記者黃昱報道:…".
_BROKEN_AGENCY = re.compile(r"^[專专]?[訊讯電电]】")


def _column_labels(text: str) -> set[str]:
    """Short lines a digest prints over each of its items ("瞰体坛", 工人日报): two to six characters without
    punctuation, on lines of their own at least twice, each time over a headline-like line."""
    rows = [r.strip() for r in text.split("\n") if r.strip()]
    seen: dict[str, int] = {}
    for k, r in enumerate(rows[:-1]):
        if re.fullmatch(r"[\u4e00-\u9fff]{2,6}", r) and rows[k + 1] != r and _headline_like(rows[k + 1]) \
                and len(rows[k + 1]) <= 30:
            seen[r] = seen.get(r, 0) + 1
    return {r for r, n in seen.items() if n >= 2 and n == rows.count(r)}


def _names_reporters(line: str) -> bool:
    """The line reads as a byline naming reporters ("每經記者 胥帥 每經編輯 張海妮")."""
    b = parse_byline(line)
    return b is not None and bool(b.reporters)


def _first_title(lines: list[Line]) -> bool:
    """Only the page's first line read so far, and it a title that _settle makes the headline (commas and all:
    "本报特评:20与8,两个数字的过往与未来" over its "作者:…" line)."""
    return (len(lines) == 1 and len(lines[0].text) <= 50 and not re.search("[。！？!?；;]", lines[0].text)
            and not data_row(lines[0].text) and not CAPTION_START.match(lines[0].text))


def _head_run_in(lines: list[Line], m: re.Match, offset: int, label: str, lineno: int, who: Byline | None = None,
                 rest: int = 2) -> tuple[int, str]:
    """A headline (m.group(1)) run into the rest of its line: the headline, and with `who` the byline
    m.group(2), appended as lines of their own; → the offset and text of what is left (m.group(rest))."""
    lines.append(Line(offset, m.group(1), "head", None, [], label, lineno))
    if who is not None:
        lines.append(Line(offset + m.start(2), m.group(2), "byline", who, [], label, lineno))
    return offset + m.start(rest), m.group(rest)


# A site's field labels printed each on a line of its own with the value on the next (哈尔滨工程大学's news site:
# "作者" / "文洁" / "来源" / "工学周报" / "点击数" / "更新时间" / "2009-09-10"); a label with no value (点击数, its
# count filled in by a script) is followed by the next label.
# A headless page's text opening with the full day and the source it relays, before a comma (zgmh.net:
# "2024年11月13日,老挝国家电台消息,老挝海外侨民联络委员会…"): that day is the page's date.
_DATED_SOURCE = re.compile(r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*[,，]\s*[\u4e00-\u9fff]{2,12}?"
                           r"(?:消息|讯|电|报道)\s*[,，]")
# An editor's field label on a line of its own, the bar parting it from the field before kept: "| 责任编辑:"
_LONE_EDITOR = re.compile(r"[|｜]?\s*(?:责任编辑|编辑|责编)\s*[:：]")
_LONE_FIELD = re.compile(r"作者|记者:|来源|点击数|浏览次数|阅读次数|点击量|浏览量|更新时间|发布时间|发布日期|发表时间")
# A line ending with a field's label, its value on the next line: "中国石化报 作者:", "…2026年03月03日 来源:".
_TRAILING_FIELD = re.compile(r"(?P<rest>.*?\S)\s*(?P<key>来源|作者)\s*:")
# A title with the day it was posted glued after it.
_TITLE_DATE = re.compile(r"(?P<title>.*?[^\d\s])\s*(?P<date>(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2}))")


# A site's address glued to the end of a title or line, after a Chinese character.
_GLUED_SITE = re.compile(r"(?<=[\u4e00-\u9fff”」》)])\s*(?:https?://|www\.)[\w./%?=&#-]+/?$")
# A library database's record of a paper's article: "【类型】报纸", "【作者】 记者 杨富", "【报纸名称】成都日报",
# "【关键词】…", "【地址】…", then "【全文】" opening the text.
# "【副篇名】邢国辉侯亮与王学丰陶淑菊一行座谈" (the record's deck), "【报纸名称】:张家口日报" (a colon after the
# bracket), "【入库时间】20140620" (the day the record was stored, not the paper's).
_RECORD_FIELD = re.compile(r"^【(?P<key>类型|作者|报纸名称|报刊名称|刊名|关键词|地址|日期|出版日期|版次|版名|分类|"
                           r"副篇名|入库时间|全文)】\s*[:：]?\s*(?P<value>.*)$")
# "摘自《中国建设报》2011.12.13 记者 龚后雨": what a site copied the text from, the day, and the writer.
_EXCERPTED_FROM = re.compile(r"^(?:摘自|摘编自|选自|转自|原载)\s*《(?P<name>[^》]{2,12})》\s*"
                             r"(?P<day>\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)?(?P<by>.{0,30})$")


def _record_field(page: Page, lines: list[Line], m: re.Match, offset: int, label: str, lineno: int) -> None:
    """A record's field other than its text: the writer a byline, the paper the page's source, a day its date."""
    key, value = m["key"], m["value"].strip()
    if key == "作者":
        rb = parse_byline(value)
        if rb is None and value and all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", fold(n)) and fold(n)[:1] in SURNAMES
                                        for n in value.split()):
            rb = Byline(text=value, reporters=tuple(value.split()))
        if rb is not None and rb.names:
            lines.append(Line(offset + m.start("value") + (len(m["value"]) - len(m["value"].lstrip())), value,
                              "byline", rb, [], label, lineno))
    elif key in ("报纸名称", "报刊名称", "刊名"):
        _note(page, Furniture("disclaimer", source=value))
    elif key in ("日期", "出版日期"):
        page.date = page.date or find_date(fold(value))[0]
    elif key == "版次" and (pm := re.search(r"[a-z]?\d{1,4}", fold(value))):
        # "【版次】第A1版(要闻)": the page the article was printed on, as a page label says it
        _note(page, Furniture("label", page=page_number(pm.group())))
    elif key == "副篇名" and value:
        # the deck, a heading line under the title — whose record's date line between them makes it no page title
        if lines and lines[-1].cls == "head":
            lines[-1].before_date = False
        lines.append(Line(offset + m.start("value"), value, "head", None, [], label, lineno))


def _read_field(page: Page, lines: list[Line], key: str, line: str, offset: int, label: str, lineno: int) -> bool:
    """Read `line` as the value of the lone field label `key` over it (the author a byline, the source the page's,
    a date the page's date, a count dropped); False when it is no such value (the line is read as usual)."""
    f = fold(line)
    if _LONE_FIELD.fullmatch(f):
        return False
    if key in ("作者", "记者:"):
        # "记者:" over "郑那、黄如丽" (柬中时报): the reporters under their role, listed with 、 or spaces
        names = tuple(n for n in re.split(r"[\s、]+", line) if n)
        if names and all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", fold(n)) and fold(n)[:1] in SURNAMES for n in names):
            lines.append(Line(offset, line, "byline", Byline(text=line, reporters=names), [], label, lineno))
            return True
        return False
    if key == "来源":
        if len(f) > 12 or re.search(r"[。，,！？]", f):
            return False
        _note(page, Furniture("disclaimer", source=line))
        return True
    if key == "编辑":
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,3}", f):
            return False
        lines.append(Line(offset, line, "staff", None, [], label, lineno))
        return True
    if key.endswith(("时间", "日期")):
        date = find_date(f)[0]
        page.date = page.date or date
        return bool(date)
    return bool(re.fullmatch(r"\d[\d,]*", f))


def _name_of_next_dateline(line: str, rows: list[str], lineno: int) -> bool:
    """A bare name (two to four characters, a surname first) that the dateline opening the next line names as
    its reporter."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", line) or fold(line)[:1] not in SURNAMES:
        return False
    # the e-paper's trailer may stand between ("黄诗伟" / "《 中国铁道建筑报 》( 2021年03月09日 3 版)" / "本报广州
    # 3月8日讯(通讯员黄诗伟)…"), and the dateline may name the writer as its correspondent
    nxt = next((r.strip() for r in rows[lineno:] if r.strip() and furniture(r.strip()) is None), "")
    d = parse_dateline(nxt)
    return d is not None and (line in d.reporters or line in d.correspondents)


# What a two- or three-character line under a title ends with when it is no one's name: a place, a time, a post.
_NOT_A_NAME_END = re.compile(PLACE_SUFFIX_RE.pattern + r"|[年月日节会局部处厅报网社团队家长员者]$")


def _writer_under_title(line: str, rows: list[str], lineno: int) -> str:
    """The bare name (two or three characters, a surname first; alone or in brackets) under a title, the text
    starting right under it (or under one short sub-head): an essay's writer, or "". The text opens with no
    dateline (that case names its reporter itself, _name_of_next_dateline)."""
    f = fold(line)
    m = re.fullmatch(r"[(]\s*([\u4e00-\u9fff]{2,3})\s*[)]", f)  # "( 孙嘉瑞 )" (fijichinese.com): in brackets
    name = line.strip()[m.start(1):m.end(1)] if m else line.strip()
    f = fold(name)
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", f) or f[:1] not in SURNAMES or _NOT_A_NAME_END.search(f):
        return ""
    return name if _text_under(rows, lineno) else ""


def _writers_under_title(line: str, rows: list[str], lineno: int) -> Byline | None:
    """Two or more bare names (a surname first, spaces between; "马 玲 霍良振" spaced to fill a column) under a
    title, the text starting right under them (or under one short sub-head): the writers, as _writer_under_title
    reads one."""
    parts = line.split()
    if len(parts) < 2 or not all(re.fullmatch(r"[\u4e00-\u9fff]{1,3}", p) for p in parts) \
            or not _text_under(rows, lineno):
        return None  # ("刘捷主持 王成出席": a headline's two clauses, no names)
    b = bracket_writers("(" + line.strip() + ")")
    return replace(b, text=line.strip()) if b is not None and len(b.names) >= 2 and not b.roles else None


def _text_under(rows: list[str], lineno: int) -> bool:
    """The text starts under line `lineno` (or under one short sub-head): a long line ending a sentence, no
    dateline opening it."""
    after = [r.strip() for r in rows[lineno:lineno + 4] if r.strip() and furniture(r.strip()) is None][:2]
    if after and len(after[0]) <= 12 and not re.search(r"[。，,！？!?]", after[0]):
        after = after[1:]  # a sub-head between the name and the text
    text = after[0] if after else ""
    return len(text) >= 40 and text.endswith(("。", "”", "」", "!", "！", "?", "？")) and parse_dateline(text) is None


def _names_correspondent(line: str, rows: list[str], lineno: int) -> bool:
    """The dateline after the bare name names it as its correspondent (通讯员), not its reporter."""
    nxt = next((r.strip() for r in rows[lineno:] if r.strip() and furniture(r.strip()) is None), "")
    d = parse_dateline(nxt)
    return d is not None and line in d.correspondents and line not in d.reporters


def _spaced_name(line: str) -> str:
    """One name of two or three characters spaced out to fill the column ("高 弓"), put back together; else ""."""
    parts = line.split()
    if not 2 <= len(parts) <= 3 or not all(re.fullmatch(r"[\u4e00-\u9fff]", p) for p in parts):
        return ""
    return "".join(parts) if fold(parts[0]) in SURNAMES else ""


def _names_over_bare_dateline(line: str, rows: list[str], lineno: int) -> bool:
    """Two to four bare names (two or three characters each, a surname first, spaces between), or one name
    spaced out ("高 弓", 人民法院报), over a line that opens with a dateline naming no reporter ("本报讯 …")."""
    names = line.split()
    if not _spaced_name(line) and (
            not 2 <= len(names) <= 4 or not all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", n)
                                                and fold(n)[:1] in SURNAMES for n in names)):
        return False
    nxt = next((r.strip() for r in rows[lineno:] if r.strip()), "")
    d = parse_dateline(nxt)
    return d is not None and not d.reporters and not d.correspondents


def _headline_list(lines: list[str]) -> set[int]:
    """The line numbers of an e-paper's list of the page's headlines printed over its articles (淇滨晚报): a run
    of four or more short lines from the top (titles, a caption, the date), one of whose titles is printed again
    right under the run, over its article. Empty when the page opens otherwise."""
    rows = [(n, r.strip()) for n, r in enumerate(lines, 1) if r.strip()]
    seen: dict[str, int] = {}
    for i, (_n, r) in enumerate(rows):
        if len(r) > 30 or parse_byline(r) is not None or parse_dateline(r) is not None:
            return set()  # a credit or a report's first words: the page opens with an article
        if (r in seen and i >= 4 and len(r) >= 6 and _headline_like(r) and i - seen[r] >= 2
                # not the site's name over its account labels each time ("乡村干部报网" / "微信公众号" /
                # "乡村干部报网" / "官方微博"): a follow-us block, no title printed again over its article
                and not (i + 1 < len(rows) and furniture(rows[i + 1][1]) is not None
                         and furniture(rows[seen[r] + 1][1]) is not None)):
            return {m for m, _ in rows[:i]}
        seen.setdefault(r, i)
    return set()


def _tag_title(text: str) -> str:
    """The title of a site's tag or column page ("記者觀察", 點新聞): its first line, two to six characters, the
    same word glued by a bar in front of two or more of the headlines under it ("記者觀察|維園年宵市場開鑼 …")."""
    rows = [r.strip() for r in text.split("\n") if r.strip()]
    if not rows or not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", rows[0]):
        return ""
    glued = sum(1 for r in rows[1:] if re.match(re.escape(rows[0]) + r"\s*[|｜]\s*\S", r))
    return rows[0] if glued >= 2 else ""


def quoted(text: str) -> bool:
    """A whole quotation: “…” or 「…」 from end to end."""
    t = text.strip()
    return len(t) > 2 and t[0] in "“「" and t[-1] in "”」" and not re.search("[”」].*[“「]", t[1:-1])


CIRCLED = re.compile(r"^[①-⑳]\s*\S")  # a numbered caption: "①不少奉贤居民…", "②在德丰路199弄门口…"


# "来源: 翡冷翠侨讯" (a site's source field): where the copy is from, said in so many words
_SOURCE_FIELD = re.compile(r"(?:来源|来自|稿源|出处)\s*[:：|｜]")


def _note(page: Page, furn: Furniture, line: str = "") -> None:
    page.page = page.page or furn.page
    page.source = page.source or furn.source
    if furn.source and furn.date and _SOURCE_FIELD.search(fold(line)):
        # (on the site's dated field line: "来源:AsAmNews" under one item of a digest is that item's credit)
        page.fielded = page.fielded or furn.source
    page.date = page.date or furn.date
