"""The conventions of real papers (issue 11), one by one, on small pages: datelines, bylines, photo credits,
page furniture, sub-heads, interviews, the date of a page, and `qa corpus --check`."""

from __future__ import annotations

import json

import pytest

from qa.cli import main
from qa.dates import chinese_date, date_in_name, resolve_day, source_in_name
from qa.layout.bylines import parse_byline
from qa.layout.datelines import (
    after_dateline,
    bracket_writers,
    dateline_credit,
    inline_byline,
    parse_dateline,
    trailing_signature,
)
from qa.layout.furniture import furniture
from qa.layout.turns import speaker
from qa.lint import check, first_words
from qa.load import corpus_from_articles, load_corpus, parse_page
from qa.render import source_line

# ---------------------------------------------------------------- datelines


@pytest.mark.parametrize("text,agency,place,day,reporters,rest", [
    ("新华社上海5月3日电 今天上午", "新华社", "上海", "5月3日", (), "今天上午"),
    ("本报北京3月25日电（记者 王某 李某）今天", "本报", "北京", "3月25日", ("王某", "李某"), "今天"),
    ("【新华社天津二日电】本市", "新华社", "天津", "二日", (), "本市"),
    ("本报开罗3月2日电记者王某报道：埃及", "本报", "开罗", "3月2日", ("王某",), "埃及"),
    ("中新网广州2月9日电(甲某 乙某)广州", "中新网", "广州", "2月9日", ("甲某", "乙某"), "广州"),
    ("本报北京3月2日电（中青报·中青网记者 王某）近日", "本报", "北京", "3月2日", ("王某",), "近日"),
    ("据新华社电 近日", "新华社", "", "", (), "近日"),
    # a city portal's own dispatch, the paper and its reporter in the brackets after it (昆明信息港, 昆明日报)
    ("昆明信息港讯(昆明日报 记者王姗)日前", "昆明信息港", "", "", ("王姗",), "日前"),
    ("据新华社北京3月2日电 近日", "新华社", "北京", "3月2日", (), "近日"),
    ("本报讯（记者 王某 通讯员 李某）近日", "本报", "", "", ("王某",), "近日"),
    ("西和讯(通讯员梁云霞杨军祥)近年来", "西和", "", "", (), "近年来"),
    # a portal's local channel, the site's name and the channel's with a middle dot (中国网·滨海高新), no reporter
    ("中国网·滨海高新讯 6月12日,天津滨海新区举行", "中国网·滨海高新", "", "", (), "6月12日,天津滨海新区举行"),
    # a province's portal relaying a city paper, the two names parted by a hyphen (每日甘肃网-嘉峪关日报), its reporter
    ("每日甘肃网-嘉峪关日报讯(记者 张杰)10月17日,中国青年报", "每日甘肃网-嘉峪关日报", "", "", ("张杰",),
     "10月17日,中国青年报"),
    ("本报杭州3月2日讯 记者 王小明 通讯员 李华 近日，会议召开。", "本报", "杭州", "3月2日", ("王小明",),
     "近日，会议召开。"),
    ("新华社北京3月2日电 记者王某 李某 国务院", "新华社", "北京", "3月2日", ("王某", "李某"), "国务院"),
    ("新华社太原7月8日电中共中央", "新华社", "太原", "7月8日", (), "中共中央"),
    ("（中央社記者王小明台北3日電）行政院", "中央社", "台北", "3日", ("王小明",), "行政院"),
    ("【明報專訊】勞福局長", "明報", "", "", (), "勞福局長"),
    ("香港文匯報訊（記者 王小明）特區", "香港文匯報", "", "", ("王小明",), "特區"),
    ("記者王超群∕台北報導 總統", "", "台北", "", ("王超群",), "總統"),
    ("特派記者賴錦宏/北京報導聯合報", "聯合報", "北京", "", ("賴錦宏",), ""),
    ("王小明／台北報導 行政院今天", "", "台北", "", ("王小明",), "行政院今天"),
    ("【本報消息】澳門特區政府", "本報", "", "", (), "澳門特區政府"),
    ("本站讯 4月1日,水利部在北京召开", "本站", "", "", (), "4月1日,水利部在北京召开"),  # a site's own (水利部)
    # the outlet's name spaced out as a masthead prints it (大西北网, as a mirror serves it)
    ("大 西 北 網 訊 (記者王志儉) 融媒”開新篇", "大西北網", "", "", ("王志儉",), "融媒”開新篇"),
    # a paper's media centre's own dispatch (永川日报, 岳阳日报)
    ("永川日报全媒体讯 (记者  张 玲)11月28日,区政协组织", "永川日报", "", "", ("张玲",), "11月28日,区政协组织"),
])
def test_datelines(text, agency, place, day, reporters, rest):
    d = parse_dateline(text)
    assert d is not None
    assert (d.agency, d.place, d.day, d.reporters) == (agency, place, day, reporters)
    assert after_dateline(text, d) == rest


def test_dateline_correspondents_are_authors_but_not_reporters():
    d = parse_dateline("本报讯（记者 王某 通讯员 李某）近日")
    assert d is not None and d.reporters == ("王某",) and d.correspondents == ("李某",)
    a = parse_page("标题一则\n\n本报讯（记者 王某 通讯员 李某）近日，会议召开。\n", "x.txt")[0]
    assert a.byline.reporters == ("王某",) and a.byline.correspondents == ("李某",)


@pytest.mark.parametrize("text", ["新华社记者在现场看到", "本报记者深入一线采访", "记者节快乐", "人民网评论说",
                                  "资讯丰富", "西和讯息", "上海/北京报道 正文", "本站讯息丰富",
                                  "我 们 的 讯 号"])
def test_not_datelines(text):
    assert parse_dateline(text) is None


def test_dateline_reporters_are_the_articles_authors_and_the_text_is_kept():
    page = "标题一则\n\n新华社北京3月2日电（记者 王某 李某）国务院今天召开会议。\n"
    a = parse_page(page, "x.txt")[0]
    assert a.dateline is not None and a.dateline.reporters == ("王某", "李某")
    assert a.byline.reporters == ("王某", "李某")
    assert a.body[0].text.startswith("新华社北京3月2日电")  # the body stays as printed
    assert first_words(a) == "国务院今天召开会议。"


def test_writers_and_photographer_in_a_datelines_bracket():
    # "(文/甲 乙 丙 图/丁)" after a paper's 讯 (江门日报): three wrote it, the fourth took the picture
    text = "江门日报讯 (文/毕松杰 张浩洋 高峰 图/周华东) 2月2日下午,大会闭幕。"
    d = parse_dateline(text)
    assert d is not None and d.reporters == ("毕松杰", "张浩洋", "高峰")
    assert after_dateline(text, d) == "2月2日下午,大会闭幕。"
    a = parse_page("标题一则\n\n" + text + "\n", "x.txt")[0]
    assert a.byline.reporters == ("毕松杰", "张浩洋", "高峰") and a.credit.photographers == ("周华东",)


def test_reporters_after_a_dateline_on_their_own_line():
    a = parse_page("标题一则\n\n新华社北京3月2日电\n\n（记者 王某）\n\n国务院今天召开会议。\n", "x.txt")[0]
    assert a.byline.reporters == ("王某",) and a.dateline.place == "北京"


# ---------------------------------------------------------------- bylines and credits


@pytest.mark.parametrize("line,reporters,correspondents,photographers", [
    ("本报记者 李洁 王强", ("李洁", "王强"), (), ()),
    ("(记者沈颢校园记者任雅茜)", ("沈颢", "任雅茜"), (), ()),  # a campus reporter run on after the reporter
    ("记者 王某", ("王某",), (), ()),
    ("本报记者 李洁 通讯员 张磊", ("李洁",), ("张磊",), ()),
    ("文/王某 图/李某", ("王某",), (), ("李某",)),
    ("王某/文 李某/图", ("王某",), (), ("李某",)),
    ("记者 王某 报道", ("王某",), (), ()),
    ("王某 报道", ("王某",), (), ()),
    ("By John Smith", ("John Smith",), (), ()),
    ("记者 王 平", ("王平",), (), ()),
    ("本报记者 王 平 通讯员 李 明", ("王平",), ("李明",), ()),
    ("本報記者 李潔", ("李潔",), (), ()),
    ("記者 王小明 報道", ("王小明",), (), ()),
    ("（中青报·中青网记者 王某）", ("王某",), (), ()),
    ("作者:雷收麦", ("雷收麦",), (), ()),
    ("记者:刘贤沛 侯玉晓 见习记者:林敏儿 实习生:梁颖岚 编辑:冯奕然", ("刘贤沛", "侯玉晓", "林敏儿", "梁颖岚"), (), ()),
    ("（本报记者杜尚泽、申琳，新华社记者张晓松、朱基钗）", ("杜尚泽", "申琳", "张晓松", "朱基钗"), (), ()),
    ("本报记者 包丽敏文并摄", ("包丽敏",), (), ("包丽敏",)),
    ("金姬/刘绮黎", ("金姬", "刘绮黎"), (), ()),
    ("本报记者 王小明 发自北京", ("王小明",), (), ()),
    ("記者 王小明 台北報導", ("王小明",), (), ()),
    # photo credits
    ("通讯员 陈海伟 摄", (), (), ("陈海伟",)),
    ("陈海伟 摄", (), (), ("陈海伟",)),
    ("陈海伟摄", (), (), ("陈海伟",)),
    ("新华社记者 王某摄", (), (), ("王某",)),
    # the reporter wrote the report and took its pictures (海东日报's `摄影报道`)
    ("□本报记者 李永兰 摄影报道", ("李永兰",), (), ("李永兰",)),
    ("王某／摄", (), (), ("王某",)),
    ("（王某 摄）", (), (), ("王某",)),
    ("摄影：王某", (), (), ("王某",)),
    ("新华社发(苏阳摄)", (), (), ("苏阳",)),
    ("本報記者 李治淮攝", (), (), ("李治淮",)),
])
def test_bylines_and_credits(line, reporters, correspondents, photographers):
    b = parse_byline(line)
    assert b is not None
    assert (b.reporters, b.correspondents, b.photographers) == (reporters, correspondents, photographers)


def test_byline_roles_keep_each_names_role():
    b = parse_byline("记者:刘贤沛 见习记者:林敏儿 实习生:梁颖岚 编辑:冯奕然")
    assert b is not None and b.roles == (("记者", "刘贤沛"), ("见习记者", "林敏儿"), ("实习生", "梁颖岚"),
                                          ("编辑", "冯奕然"))
    assert "冯奕然" not in b.names  # an editor is no author
    assert parse_byline("本报记者 王 平 通讯员 李明").roles == (("本报记者", "王平"), ("通讯员", "李明"))


@pytest.mark.parametrize("line", ["刘捷主持 王成出席", "省长刘捷主持会议。", "记者节快乐，大家好", "据新华社报道",
                                  "王某", "本报评论员", "摄", "拍摄", "航拍摄", "记者手记", "记者 观察", "本报记者调查",
                                  "通讯员来信"])
def test_not_bylines(line):
    assert parse_byline(line) is None


def test_byline_with_inner_spaces_is_not_a_subheadline():
    a = parse_page("一篇报道的标题\n\n本报记者 王 平\n\n正文第一句。\n", "x.txt")[0]
    assert a.subheadline == "" and a.byline.reporters == ("王平",)


def test_names_without_a_role_before_a_credit_are_each_a_name():
    # a two-character name padded with a space to fill the column, then a three-character one: two people
    b = parse_byline("鐘 瑜 李林烜 文/圖")
    assert b is not None and b.reporters == ("鐘瑜", "李林烜") and b.photographers == ("鐘瑜", "李林烜")
    b = parse_byline("王 平 文/图")
    assert b is not None and b.reporters == ("王平",)


def test_byline_under_headless_captions_is_the_storys():
    page = ("合唱展演活动。\n“欢腾牡丹江”文艺演出。\n劳动节专场音乐会。\n□孙佳 本报记者 刘晓云\n"
            "欢声笑语辞旧岁,载歌载舞迎新春。2月9日,晚会圆满落幕。\n过去一年,全市举办各类文艺演出300余场。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.byline.reporters == ("孙佳", "刘晓云")
    assert first_words(a).startswith("欢声笑语")


def test_columnists_name_under_the_column():
    page = ("一篇评论的标题\n\n评论正文第一段。\n\n评论正文第二段。\n\n王小明\n\n"
            "下一篇的标题\n\n本报记者 李洁\n\n正文。\n")
    first, second = parse_page(page, "x.txt")
    assert first.byline.reporters == ("王小明",) and len(first.body) == 2
    assert second.headline == "下一篇的标题"


def test_byline_under_the_article_ends_it():
    page = "这在历史上是第一次\n\n时隔十年之后，总书记来到西藏。\n\n（本报记者杜尚泽、申琳，新华社记者张晓松）\n"
    a = parse_page(page, "x.txt")[0]
    assert a.byline.reporters == ("杜尚泽", "申琳", "张晓松")


def test_credit_split_over_two_lines():
    a = parse_page("千亩水杉换新绿\n\n水杉与民居相互映衬。\n\n新华社记者 王某\n摄\n", "x.txt")[0]
    assert a.kind == "photo" and a.credit.photographers == ("王某",)
    b = parse_page("千亩水杉换新绿\n\n水杉与民居相互映衬。\n\n（新华社记者\n王某 摄）\n", "x.txt")[0]
    assert b.credit.photographers == ("王某",)


def test_a_marked_line_under_a_pictures_file_name_is_its_caption_not_a_sub_head():
    # "2.jpg" / "▲邓群策宣布开工" (红网): the site's picture, then its caption; a ▲ line elsewhere stays a sub-head
    page = ("项目集中开工\n今日上午,项目集中开工。\n2.jpg\n▲邓群策宣布开工\n邓群策宣布开工。\n"
            "▲下一步工作\n各地要抓紧推进。\n")
    a = parse_page(page, "x.txt")[0]
    assert a.sections == ("▲下一步工作",)
    assert "▲邓群策宣布开工" in [p.text for p in a.paragraphs]


def test_undated_one_phrase_lines_of_a_reports_page_with_its_own_date_line_are_sub_heads():
    # 玉林晚报 as a news site serves it: the headline, the site's source-and-time line, then paragraphs with
    # one-phrase sub-heads — one report, not a listing of three items
    page = ("围绕五大战略攻坚50个项目\n玉林晚报 2016-03-02 10:27\n今年,玉林市将选出50个项目作为攻坚项目。\n"
            "围绕大交通战略加快交通项目建设\n今年重点推进11个交通项目,总投资231亿元。\n"
            "围绕大城市战略加快城镇基础设施项目建设\n重点推进7个城镇项目,总投资129.2亿元。\n")
    arts = parse_page(page, "x.txt")
    assert len(arts) == 1
    assert arts[0].sections == ("围绕大交通战略加快交通项目建设", "围绕大城市战略加快城镇基础设施项目建设")


def test_credit_belongs_to_the_caption_above_it():
    page = ("会议召开\n\n本报记者 李洁\n\n会议在杭州召开。\n\n与会代表在会场。（陈海伟 摄）\n\n"
            "会议强调，要做好工作。\n")
    arts = parse_page(page, "x.txt")
    assert len(arts) == 1  # never a new article
    a = arts[0]
    assert a.credit.photographers == ("陈海伟",) and a.byline.reporters == ("李洁",)
    assert [p.kind for p in a.paragraphs][-3:] == ["body", "credit", "body"]
    assert a.paragraphs[-3].text == "与会代表在会场。"


def test_caption_printed_above_the_headline_goes_to_its_article():
    page = ("第一篇标题\n\n【本報訊】第一篇正文......\n\n海關檢獲走私食材。(孫華中攝)\n\n海關檢值400萬\n\n"
            "【本報訊】海關前日檢獲食材。\n")
    first, second = parse_page(page, "x.txt")
    assert first.credit.names == () and second.credit.photographers == ("孫華中",)


# ---------------------------------------------------------------- page furniture


@pytest.mark.parametrize("line,kind,page,date,source", [
    ("第3版()", "label", "3", "", ""),
    ("00002版:要闻", "label", "2", "", ""),
    ("第5版(经济)", "label", "5", "", ""),
    ("B02 港聞", "label", "B02", "", ""),
    ("当前版: A4版", "label", "A4", "", ""),
    ("2023年03月15日 第07版:国内", "label", "7", "2023-03-15", ""),
    ("港聞", "label", "", "", ""),
    ("《 人民日报 》（ 2021年03月02日 04 版）", "trailer", "4", "2021-03-02", "人民日报"),
    ("《人民日报》（2021-03-02 第 04 版）", "trailer", "4", "2021-03-02", "人民日报"),
    ("（全文见第三版）", "note", "", "", ""),
    ("（文接4月2日A08版）", "note", "", "", ""),
    ("(下转2版)", "note", "", "", ""),
    ("####", "separator", "", "", ""),
    ("***", "separator", "", "", ""),
    ("-", "separator", "", "", ""),
    ("邮箱：abc@example.com", "email", "", "", ""),
    ("#两会# #民生#", "hashtag", "", "", ""),
    ("本文仅代表作者观点", "disclaimer", "", "", ""),
    ("责任编辑：王某", "staff", "", "", ""),
    ("2021年3月2日 星期二", "dateline", "", "2021-03-02", ""),
    ("光明日报 2012年10月27日 星期六", "dateline", "", "2012-10-27", "光明日报"),
    ("中華民國91年3月19日星期二", "dateline", "", "2002-03-19", ""),
    ("■指导教师:张明静", "staff", "", "", ""),
    ("2020年03月02日08:25  来源：人民网－人民日报", "dateline", "", "2020-03-02", "人民日报"),
    ("( 2025-07-09 ) 稿件来源:新华每日电讯 要闻", "dateline", "", "2025-07-09", "新华每日电讯"),
    ("人民网 2020年03月02日", "dateline", "", "2020-03-02", "人民网"),
    ("2025-06-14 09:33 山东商报·山海新闻", "dateline", "", "2025-06-14", "山东商报"),  # the paper, then its app's name
    ("《省报》 速写 丁毅", "staff", "", "", ""),  # a drawing's credit, its title before it (黑龙江日报)
    ("漫画 王成喜", "staff", "", "", ""),
    ("文章編號: 201907150030001", "meta", "", "", ""),
    ("版次: A01", "label", "A01", "", ""),
    ("A01", "label", "A01", "", ""),
    ("明報", "label", "", "", "明報"),
    ("点击上虞日报", "label", "", "", "上虞日报"),  # a link to the paper's site (上虞日报's e-paper of 2004)
    ("來源: 明報", "disclaimer", "", "", "明報"),
    # an empty source field, the next field's label after it (永川日报's site): no source, the date kept
    ("来源: 编辑:永川迁移 2019-11-28 22:59:16", "meta", "", "2019-11-28", ""),
    # the next field's label glued to the source's name (济宁新闻网 as a repost site serves it)
    ("来源:济宁新闻网收集编辑:济宁新闻网", "disclaimer", "", "", "济宁新闻网"),
    # the site's font-size button at the end of the source and time line (绵阳日报 on yybnet.net)
    ("绵阳日报 2018-11-30 06:54 大字", "dateline", "", "2018-11-30", "绵阳日报"),
    ("© 2019 Wisers Information Limited", "disclaimer", "", "", ""),
    ("（责编：王小明、李华）", "disclaimer", "", "", ""),
    # an e-paper's footer and page-turn buttons (平顶山晚报)
    ("豫ICP备09014970号 豫平公网安41040002020010", "disclaimer", "", "", ""),
    ("联系电话:0375-4973575 传真:0375-4973608", "disclaimer", "", "", ""),
    ("所有内容为平顶山日报社版权所有.未经许可,不得转载或镜像", "disclaimer", "", "", ""),
    ("关闭", "disclaimer", "", "", ""),
    ("3上一版  下一版4", "label", "", "", ""),
    ("下一篇4", "label", "", "", ""),
    ("首页 > 封面故事 > 正文", "label", "", "", ""),  # a site's breadcrumb (三联生活周刊)
    # e-papers' own lines (海口晚报, 天津日报, 眉山日报, 浙江日报, 沧州晚报): zoom buttons after the page-turn ones,
    # with their icons' "1"; the list of the page's titles; a page label or the date with buttons after it; a
    # contact block; the e-paper's title; the system's hidden property line
    ("3 上一篇  下一篇 4 朗读放大 缩小 默认", "label", "", "", ""),
    ("上一篇 放大1 缩小1 默认1", "label", "", "", ""),
    ("标题导航", "label", "", "", ""),
    ("中超联赛进入收官阶段~~~", "label", "", "", ""),
    ("第08版:文体 上一版3  4下一版", "label", "8", "", ""),
    ("2023年10月30日 星期一 上一期  下一期", "dateline", "", "2023-10-30", ""),
    ("联系方式", "label", "", "", ""),
    ("网 站 :38166855", "meta", "", "", ""),
    ("浙江日报 数字报纸", "label", "", "", "浙江日报"),
    ("浙江日报 要闻 00002 绍兴队摘得省运会首金 2014-07-10 3540805 2 2014年07月10日 星期四", "meta", "",
     "2014-07-10", ""),
    ("2023-11-27 2 2 沧州晚报 content_110252.html 1 图片 /enpproperty-->", "meta", "", "2023-11-27", ""),
    ("本頁位置:首頁新聞中心社會新聞", "label", "", "", ""),  # the same path after its label, its parts run together
    # the path after its label whatever its root, a bullet glyph before it (新导报's and 中文先驱报's reposts)
    ("〇 您的位置:首页 > 新闻 > 匈华新闻", "label", "", "", ""),
    ("当前位置: 新西兰特产 > 新闻 >", "label", "", "", ""),
    # a source's name with a space inside before the next field; the writer's field before a `来自:` source
    ("时间:2011-09-06 00:00来源:新西兰 先驱报 作者:New Zealand 点击: N", "dateline", "", "2011-09-06", "新西兰先驱报"),
    ("作者:刘思嶽 来自:新导报 时间:2009-11-26", "dateline", "", "2009-11-26", "新导报"),
    ("序號 | 標題 |", "label", "", "", ""),  # an archive's column names over its listing (臺灣民報)
    # a path after `您当前的位置`, and paths with no label nor `首页` root (东北网, 黑龙江新闻网, sohu's repost)
    ("您当前的位置 : 东北网  >  东北网黑龙江  >  政务·政策  >  政务", "label", "", "", ""),
    ("黑龙江新闻网 >> 文化旅游", "label", "", "", ""),
    ("新闻中心 > 国内新闻 > 陕西新闻 > 三秦都市报", "label", "", "", ""),
    ("作者:", "meta", "", "", ""),  # a site's author field left empty, on a line of its own (定州日报)
    # an e-paper's list of page labels, each page's name on a line after its number (三湘都市报): the front page,
    # sections joined by · and /; a headline with a · is not one
    ("头版", "label", "", "", ""),
    ("要闻·时政/民生", "label", "", "", ""),
    # a site's path rooted at the site's own name, not 首页 (岳阳网)
    ("岳阳网> 头条", "label", "", "", ""),
    ("位置:首页 > 政务动态 > 东丽要闻", "label", "", "", ""),  # the bare label `位置` (天津市东丽区's site)
    ("体育频道> 体育新闻> 篮球and综合", "label", "", "", ""),  # a portal's channel as the root (上海热线)
    # the label `您所在的位置` (a mirror of 东南网), a double `>>` between a labelled path's parts (商丘日报's site)
    ("您所在的位置: 东南网 > 龙岩频道> 正文", "label", "", "", ""),
    ("当前位置: 新闻 >> 商丘要闻", "label", "", "", ""),
    # a county paper's e-paper (定安): the page's number and name, the issue's running number, the day it was
    # printed; the day its article was printed, with the empty fields after it
    ("5:综合总第44期 >2011-12-08编印", "label", "5", "2011-12-08", ""),
    ("刊发日期:2011-12-08 阅读次数: 作者:  语音阅读:", "meta", "", "2011-12-08", ""),
])
def test_furniture(line, kind, page, date, source):
    f = furniture(line)
    assert f is not None
    assert (f.kind, f.page, f.date, f.source) == (kind, page, date, source)


def test_a_headline_with_a_dot_is_no_page_name():
    assert furniture("中国·东盟博览会开幕") is None
    assert furniture("丝路·敦煌") is None  # no section word among its parts


@pytest.mark.parametrize("line", ["千亩水杉换新绿", "田聰明一行訪本報", "会议在杭州召开。", "港协:吉祥物相关宣传",
                                  "上一篇文章写得好", "电话:家中无人接听", "首页发布会举行", "作者:张三",
                                  "序号 | 姓名 | 成绩 |"])
def test_not_furniture(line):
    assert furniture(line) is None


def test_furniture_is_never_a_headline_nor_glued_into_a_paragraph():
    page = ("第3版(要闻)\n\n会议召开\n\n本报记者 李洁\n\n会议在杭州\n\n####\n\n召开。（全文见第三版）\n\n"
            "邮箱：abc@example.com\n\n《 人民日报 》（ 2021年03月02日 04 版）\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["会议召开"]
    texts = " ".join(p.text for p in arts[0].paragraphs)
    assert "####" not in texts and "全文见" not in texts and "@" not in texts and "人民日报" not in texts
    a = arts[0]
    assert (a.source, a.date, a.page) == ("人民日报", "2021-03-02", "3")


def test_figures_on_lines_of_their_own_run_on_into_their_sentence():
    # A site's spans as text: every figure and its unit on a line of its own; a figure after a finished
    # sentence starts a paragraph, a numbered head keeps its bracketed years.
    page = ("《某大学报》创刊于\n1919\n年\n2\n月\n25\n日\n,始名《某周报》,是学校机关刊物;\n1928\n年,学校更名。\n"
            "一、创刊时期的《某周报》(\n1919-1923\n)\n19\n世纪末\n20\n世纪初,国家内忧外患。\n")
    a = parse_page(page, "x.txt")[0]
    texts = [p.text for p in a.paragraphs]
    assert texts[0] == "《某大学报》创刊于1919年2月25日,始名《某周报》,是学校机关刊物;"
    assert texts[1] == "1928年,学校更名。"
    assert list(a.sections) == ["一、创刊时期的《某周报》(1919-1923)"]
    assert texts[-1] == "19世纪末20世纪初,国家内忧外患。"
    # a page number over a section's name is no split figure
    other = parse_page("标题一则\n\n02\n法国新闻\n\n正文第一句。\n", "x.txt")[0]
    assert [p.text for p in other.paragraphs][-1] == "正文第一句。"


def test_a_first_line_with_a_photo_credit_is_a_caption_not_the_headline():
    page = "昨日,会展中心,本报总编江地(左)为获奖者颁奖记者 龙在全 摄\n本报讯(记者张世韬)昨日上午,征文活动各奖项揭晓。\n"
    a = parse_page(page, "x.txt")[0]
    assert a.headline == "" and a.credit is not None and "龙在全" in a.credit.photographers


def test_a_list_of_page_labels_gives_the_first():
    page = "01版:要闻\n02版:要闻\n03版:评论\n\n标题一则\n\n新华社北京3月2日电 正文。\n"
    assert parse_page(page, "x.txt")[0].page == "1"


# ---------------------------------------------------------------- headlines, sub-heads, sections


def test_subheads_stay_inside_the_article():
    page = ("会议召开\n\n本报记者 李洁\n\n会议在杭州召开。\n\n一、提高站位\n\n会议强调。\n\n■ 狠抓落实\n\n"
            "会议要求。\n\n走在前列\n\n会议指出。\n\n第二篇标题\n\n本报记者 王某\n\n第二篇正文。\n")
    first, second = parse_page(page, "x.txt")
    assert first.sections == ("一、提高站位", "■ 狠抓落实", "走在前列")
    assert [p.kind for p in first.paragraphs].count("section") == 3
    assert second.headline == "第二篇标题" and second.byline.reporters == ("王某",)


def test_digest_items_and_a_feature_with_its_byline_at_the_end():
    digest = ("地方新聞\n-\n中秋送暖 東森房屋攜手家扶\n中秋佳節,東森房屋舉辦公益活動。\n"
              "霧消雲散 金門機場恢復正常起降\n東北風把濃霧吹走了,機場恢復起降。\n")
    heads = [a.headline for a in parse_page(digest, "x.txt")]
    assert heads == ["中秋送暖 東森房屋攜手家扶", "霧消雲散 金門機場恢復正常起降"]
    feature = ("这在历史上是第一次\n\n时隔十年之后，总书记来到西藏。\n\n观西藏之变\n\n从路开始。\n\n"
               "雪域高原新变化\n\n变化很大。\n\n（本报记者杜尚泽、申琳）\n")
    arts = parse_page(feature, "x.txt")
    assert len(arts) == 1 and arts[0].sections == ("观西藏之变", "雪域高原新变化")
    assert arts[0].byline.reporters == ("杜尚泽", "申琳")


def test_headline_groups():
    kicker = parse_page("习近平在山西考察时强调\n努力迈出新步伐\n奋力谱写新篇章\n\n新华社太原7月8日电 正文。\n", "x")
    assert kicker[0].headline == "努力迈出新步伐 奋力谱写新篇章"
    assert kicker[0].subheadline == "习近平在山西考察时强调"
    dash = parse_page("坚持全国“一盘棋”\n——优化区域经济布局,促进区域协调发展\n\n区域协调发展是要求。\n", "x")
    assert dash[0].headline == "坚持全国“一盘棋”" and dash[0].subheadline.startswith("——优化")
    one_line = parse_page("这是第一次 ——记一次考察\n\n时隔十年之后，总书记来到西藏。\n", "x")
    assert (one_line[0].headline, one_line[0].subheadline) == ("这是第一次", "——记一次考察")


def test_a_page_title_over_the_date_is_not_the_headline():
    page = "镜观中国·一周精选\n2024 09/21 20:49:32\n\n沈阳举行撞钟仪式\n\n这是撞钟仪式现场。\n\n新华社记者 潘昱龙 摄\n"
    a = parse_page(page, "x.txt")[0]
    assert a.headline == "沈阳举行撞钟仪式" and a.date == "2024-09-21"


# ---------------------------------------------------------------- interviews


def test_interview_turns_keep_their_speaker():
    page = ("財政司司長記者會答問全文\n\n以下是答問內容:\n\n記者:司長,你好。有兩個問題?\n\n"
            "財政司司長:我先答這個問題。\n\n記者:有政黨擔心。\n\n財政司司長:我就不是很明白那個邏輯?\n")
    a = parse_page(page, "x.txt")[0]
    assert a.kind == "interview" and a.speakers == ("記者", "財政司司長")
    turns = [(p.speaker, p.text[:4]) for p in a.body if p.speaker]
    assert turns[-1] == ("財政司司長", "財政司司")
    assert len(turns) == 4 and a.sections == ()
    assert [p.text for p in a.turns("司長")] == ["財政司司長:我先答這個問題。", "財政司司長:我就不是很明白那個邏輯?"]
    assert len(a.turns("记者")) == 2 and a.turns("温宪") == ()


def test_a_quote_is_not_an_interview():
    a = parse_page("会议召开\n\n本报记者 李洁\n\n王浩指出：要走在前列。\n\n会议强调，要落实。\n", "x.txt")[0]
    assert a.kind == "article" and a.speakers == ()


@pytest.mark.parametrize("text,who", [("记者：你好吗？", "记者"), ("温宪:您好。", "温宪"), ("问：什么？", "问"),
                                      ("王浩指出：要", ""), ("一是：加强", "")])
def test_speaker(text, who):
    assert speaker(text) == who


def test_an_editors_note_is_no_turn_and_the_title_and_byline_under_it_start_the_next_piece():
    # 黔西南日报's 记者节 feature: "编者按:…" is the editor's note, not an interview's turn, so the first piece's
    # title ("白叶一号:…", shaped like a turn) over "记者 龙波" starts an article of its own
    assert speaker("编者按:笔尖记录时代,镜头见证发展。") == ""
    page = ("内容摘要:在第23个中国记者节之际,本报十名记者娓娓道来新时代十年发展中的十个瞬间。\n"
            "编者按:笔尖记录时代,镜头见证发展。\n作为记者,我们采访、报道过许多事、很多人。\n"
            "白叶一号:茶苗里“生长”的中国式现代化\n记者 龙波\n北纬25.7度,海拔1600米。\n")
    arts = parse_page(page, "qxnrb_x.txt")
    assert arts[-1].headline == "白叶一号:茶苗里“生长”的中国式现代化"
    assert arts[-1].byline is not None and arts[-1].byline.reporters == ("龙波",)
    assert arts[-1].paragraphs[-1].text == "北纬25.7度,海拔1600米。"


# ---------------------------------------------------------------- the date of a page


@pytest.mark.parametrize("name,date", [
    ("rmrb_20210302_04.txt", "2021-03-02"), ("pages/2021-03-02/p4.txt", "2021-03-02"),
    ("000_e793ffdc905f98c5.txt", ""), ("x_20211402.txt", ""),
])
def test_date_in_name(name, date):
    assert date_in_name(name) == date


def test_page_date_from_text_name_or_dateline(tmp_path):
    (tmp_path / "2021-03-02").mkdir()
    (tmp_path / "2021-03-02" / "p.txt").write_text("标题一则\n\n本报记者 李洁\n\n正文。\n", encoding="utf-8")
    (tmp_path / "t.txt").write_text("2019年5月6日 星期一\n\n标题二则\n\n正文。\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("标题三则\n\n新华社北京2018年1月2日电 正文。\n", encoding="utf-8")
    (tmp_path / "n.txt").write_text("标题四则\n\n正文。\n", encoding="utf-8")
    got = {a.file.split("/")[-1]: a.date for a in load_corpus([tmp_path]).articles}
    assert got == {"p.txt": "2021-03-02", "t.txt": "2019-05-06", "d.txt": "2018-01-02", "n.txt": ""}


@pytest.mark.parametrize("given,iso", [("2021-03-02", "2021-03-02"), ("2021/3/2", "2021-03-02"),
                                       ("2021年3月2日", "2021-03-02"), ("20210302", "2021-03-02"), ("", ""),
                                       ("spring 2021", "spring 2021")])
def test_jsonl_dates_are_iso(tmp_path, given, iso):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "a", "title": "标题", "text": "正文。", "date": given}, ensure_ascii=False),
                 encoding="utf-8")
    assert load_corpus([f]).articles[0].date == iso


def test_a_date_stamp_before_the_headline():
    text = "[2004-03-31] 特寫:港式記者陣 街坊均好奇\n\n本報記者 葉詠儀\n\n人大常委會來到深圳。\n"
    a = parse_page(text, "x.txt")[0]
    assert a.headline == "特寫:港式記者陣 街坊均好奇" and a.date == "2004-03-31"
    assert text[a.paragraphs[0].offset:].startswith(a.headline)


def test_source_from_the_file_names_code():
    assert source_in_name("rmrb_20210302_04.txt") == "人民日报" and source_in_name("x_1.txt") == ""
    # a code ending in digits of its own (a station named for its frequency, pages61)
    assert source_in_name("am1320_20230721.txt") == "加拿大中文電台"


@pytest.mark.parametrize("text,page_date,shown,iso", [
    ("11日下午", "2025-06-12", "（6月）11日下午", "2025-06-11"),
    ("30日", "2025-06-12", "（5月）30日", "2025-05-30"),
    ("30日", "2025-01-05", "（12月）30日", "2024-12-30"),
    ("12月30日", "2025-01-05", "（2024年）12月30日", "2024-12-30"),
    ("3月1日", "2025-06-12", "（2025年）3月1日", "2025-03-01"),
    ("昨天上午", "2025-06-12", "昨天（6月11日）上午", "2025-06-11"),
    # a day of the month named relative to the page's (世界日报 of 27 May: "下月20日起涨价")
    ("下月20日", "2011-05-27", "下月20日（6月20日）", "2011-06-20"),
    ("下月5日", "2011-12-27", "下月5日（1月5日）", "2012-01-05"),
    ("上月3日", "2011-01-10", "上月3日（12月3日）", "2010-12-03"),
])
def test_resolve_day(text, page_date, shown, iso):
    r = resolve_day(text, page_date)
    assert r is not None and (r.text, r.date) == (shown, iso)


@pytest.mark.parametrize("text,page_date", [("11日下午", ""), ("2024年3月1日", "2025-06-12"), ("下午", "2025-06-12"),
                                            ("31日", "2025-03-01")])
def test_resolve_day_says_nothing_without_a_day_or_a_page_date(text, page_date):
    # ("31日" on 1 March: February has no 31st.)
    assert resolve_day(text, page_date) is None


def test_source_line_shows_paper_date_and_page():
    page = ("2021年3月2日 星期二\n第4版(要闻)\n\n会议召开\n\n本报记者 李洁\n\n正文。\n\n"
            "《 人民日报 》（ 2021年03月02日 04 版）\n")
    a = parse_page(page, "x.txt")[0]
    assert source_line(a) == "《会议召开》 本报记者 李洁 — 人民日报 2021年3月2日 第4版"
    bare = parse_page("会议召开\n\n本报记者 李洁\n\n正文。\n", "seeds/x.txt")[0]
    assert source_line(bare) == "《会议召开》 本报记者 李洁 — seeds/x.txt"
    assert chinese_date("2021-03-02") == "2021年3月2日"
    wire = parse_page("新一届国务院开始履职\n\n新华社北京3月14日电 国务院召开会议。\n", "ytrb_20230315_07.txt")[0]
    assert source_line(wire) == "《新一届国务院开始履职》 新华社北京3月14日电 — 烟台日报 2023年3月15日"


# ---------------------------------------------------------------- qa corpus --check and --json


def test_check_finds_what_looks_misread():
    long_head = "短引题\n" + "很长的标题" * 9 + "\n" + "还有一行很长的标题" * 5 + "\n"
    corpus = corpus_from_articles(
        parse_page("正文一句。\n\n第二篇标题\n\n通讯员 张三\n\n", "a.txt")
        + parse_page("会议召开\n\n本报记者 王平\n\n一段正文。\n\n本报记者 李洁\n\n又一段正文。\n", "b.txt")
        + parse_page(long_head + "\n本报记者 李洁\n\n正文。\n", "c.txt"))
    found = [str(f) for f in check(corpus)]
    assert "a.txt:1: body text with no headline" in found
    assert "a.txt:3: article with no body: 第二篇标题" in found
    assert any(f.startswith("a.txt: no date") for f in found)
    assert "b.txt:7: body shaped like a byline: 本报记者 李洁" in found
    assert any(f.startswith("c.txt:2: headline of 91 characters") for f in found)
    assert not any(f.startswith("c.txt:") and "date" not in f and "headline of" not in f for f in found)
    # a front page's teaser, its story on another page ("●详见 3 版"), has no body of its own: not a finding
    teaser = corpus_from_articles(parse_page("一起去看“雪” ●详见 3 版\n菜市免费摊位效果如何\n本报记者 李洁\n正文。\n",
                                             "d.txt"))
    assert not any("no body" in str(f) for f in check(teaser))


def test_check_is_quiet_on_a_clean_page(tmp_path):
    (tmp_path / "rmrb_20210302_04.txt").write_text("会议召开\n\n本报记者 李洁\n\n会议在杭州召开。\n", encoding="utf-8")
    assert check(load_corpus([tmp_path])) == []


def test_qa_corpus_check_exit_codes(tmp_path, capsys):
    good = tmp_path / "good"
    good.mkdir()
    (good / "rmrb_20210302_04.txt").write_text("会议召开\n\n本报记者 李洁\n\n会议在杭州召开。\n", encoding="utf-8")
    assert main(["corpus", "--check", "--corpus", str(good)]) == 0
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "p.txt").write_text("正文没有标题。\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["corpus", "--check", "--corpus", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "bad/p.txt:1: body text with no headline" in out
    (good / "empty.txt").write_bytes(b"")
    assert main(["corpus", "--check", "--corpus", str(good)]) == 1  # a file that cannot be read is listed too
    assert "empty.txt" in capsys.readouterr().out


def test_qa_corpus_json_has_the_new_fields(tmp_path, capsys):
    (tmp_path / "rmrb_20210302_04.txt").write_text(
        "会议召开\n\n新华社北京3月2日电（记者 王某）会议召开。\n\n一、提高站位\n\n会议强调。\n", encoding="utf-8")
    assert main(["corpus", "--json", "--corpus", str(tmp_path)]) == 0
    row = json.loads(capsys.readouterr().out)["articles"][0]
    assert row["date"] == "2021-03-02" and row["source"] == "人民日报"
    assert row["dateline"]["place"] == "北京" and row["dateline"]["reporters"] == ["王某"]
    assert row["sections"] == ["一、提高站位"] and row["reporters"] == ["王某"] and row["speakers"] == []
    for old in ("id", "file", "kind", "headline", "subheadline", "byline", "correspondents", "photographers",
                "credit", "paragraphs", "sentences", "continuations", "page", "url", "warnings"):
        assert old in row



# ---------------------------------------------------------------- papers first read in the pages2 suite


@pytest.mark.parametrize("line,reporters", [
    ("○记者 王灿", ("王灿",)),  # 合川日报: a mark before the byline
    ("□ 本报记者 张守坤", ("张守坤",)),  # 法治日报
    ("北京日报客户端 | 记者 李如意", ("李如意",)),  # the outlet, a bar, the byline
    ("讲述人:北京日报记者 李如意", ("李如意",)),  # the reporter telling a first-person piece
    # the outlet's label for a story of its own before the bracketed byline (北欧绿色邮报网, pages41)
    ("北欧绿色邮报网特稿 (本网驻荷兰特约记者张卓辉)", ("张卓辉",)),
])
def test_marked_and_outlet_bylines(line, reporters):
    b = parse_byline(line)
    assert b is not None and b.reporters == reporters and b.text == line


@pytest.mark.parametrize("line", ["○ 本月要点", "北京日报 | 京津冀", "人民网 | 新华网",
                                  "● 智能电视机虽然增加了观看节目的可选择范围"])
def test_marked_or_barred_lines_that_are_no_bylines(line):
    assert parse_byline(line) is None


def test_dateline_printed_under_the_text_and_byline_after_it():
    page = ("2024年03月08日\n澳門發展備受關注\n\n今年是澳門回歸祖國廿五周年。\n\n會議安排在下午三時開始。\n\n"
            "(北京七日電)\n\n本報記者 馮靖欣\n")
    (a,) = parse_page(page, "x.txt")
    assert (a.dateline.agency, a.dateline.place, a.dateline.day) == ("", "北京", "七日")
    assert a.byline.reporters == ("馮靖欣",)
    assert [p.text for p in a.body][-1] == "會議安排在下午三時開始。"


def test_two_byline_lines_and_a_byline_under_summary_points():
    two = parse_page("做协同发展的记录者\n北京日报客户端 | 记者 李如意\n讲述人:北京日报记者 李如意\n"
                     "从雄安新区说起。\n", "x")
    assert len(two) == 1 and two[0].byline.reporters == ("李如意",)
    assert two[0].headline == "做协同发展的记录者" and two[0].body[0].text == "从雄安新区说起。"
    summary = parse_page(
        "“看电视怎么这么费劲?”\n记者调查智能电视使用“套路”\n"
        "● 智能电视机在使用过程中存在不少为人诟病的问题,从开关机广告到会员套娃式收费,一系列“套路”亟待改进\n"
        "● 为解决智能电视机使用过程中的问题,应当发挥市场的作用,倡导商家追求利润的同时承担社会责任\n"
        "□ 本报记者 张守坤\n“看个电视怎么这么麻烦!”\n今年春节期间,儿子送来礼物。\n", "x")
    assert len(summary) == 1
    a = summary[0]
    assert (a.headline, a.subheadline) == ("记者调查智能电视使用“套路”", "“看电视怎么这么费劲?”")  # a quoted kicker
    assert a.byline.reporters == ("张守坤",) and a.sections == ()


def test_listing_section_labels_with_more_links_end_the_item():
    page = ("追不上時代步伐 特朗普叫停美國之音\n\n美國總統特朗普簽署行政命令。\n2025-03-17 00:00:00\n日報頭條\n\n"
            "社論 更多\n\n有序減校應對學童減少 縮班救校有違學生利益\n\n香港人口老化及少子化持續。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["追不上時代步伐 特朗普叫停美國之音",
                                          "有序減校應對學童減少 縮班救校有違學生利益"]
    assert arts[0].sections == () and arts[0].date == "2025-03-17"
    assert furniture("港聞 更多") is not None and furniture("社論 更多>>") is not None


def test_end_dateline_only_under_text_and_without_an_agency():
    from qa.layout.datelines import end_dateline
    assert end_dateline("(新华社北京3月2日电)") is None  # wire copy's opening, not a closing mark
    assert end_dateline("（香港二日電）").place == "香港"
    wire = parse_page("标题一\n(新华社北京3月2日电)\n国务院今天召开会议。\n", "x")
    assert wire[0].dateline.agency == "新华社" and "国务院" in wire[0].body[0].text


@pytest.mark.parametrize("line,photographers", [
    ("澎湃新聞記者 蔣子文圖", ("蔣子文",)),  # a chart by a named reporter
    ("记者 王某 制图", ("王某",)),
])
def test_picture_credits_ending_in_tu(line, photographers):
    b = parse_byline(line)
    assert b is not None and b.photographers == photographers and not b.reporters


@pytest.mark.parametrize("line", ["地图", "示意图", "见下图", "蒋子文图"])  # no role: not a credit
def test_words_ending_in_tu_are_no_credits(line):
    assert parse_byline(line) is None


def test_captions_credited_to_a_reporter_or_a_picture_agency():
    from qa.layout.bylines import trailing_credit
    cap = "工人正在进行底盘合装。视觉中国 资料图"
    assert trailing_credit(cap) == cap.index("视觉中国")
    assert trailing_credit("数据来自各省份统计局。澎湃新闻记者 蒋子文图") is not None
    assert trailing_credit("如下图") is None and trailing_credit("这是一张地图。") is None
    (a,) = parse_page("17省份GDP数据出炉\n澎湃新闻记者 蒋子文\n工人正在进行底盘合装。视觉中国 资料图\n"
                      "国家统计局发布数据。\n17个省份公布数据。澎湃新闻记者 蒋子文图\n浙江GDP超过1万亿元。\n", "x")
    assert a.credit.photographers == ("蒋子文",) and first_words(a) == "国家统计局发布数据。"
    assert [p.kind for p in a.paragraphs].count("credit") == 2


# ---------------------------------------------------------------- pages3: papers the suites had not seen


@pytest.mark.parametrize("line, date", [
    ("2025-06-05 HKT 00:51", "2025-06-05"),   # a web date-time with its zone (香港電台)
    ("2011年11月1日 星期", "2011-11-01"),      # the weekday's last character lost on the way (经济日报)
])
def test_date_lines_with_a_time_zone_or_a_cut_weekday_are_furniture(line, date):
    furn = furniture(line)
    assert furn is not None and furn.kind == "dateline" and furn.date == date


@pytest.mark.parametrize("line", ["02", "综合新闻", "体坛快讯", "體壇快訊", "社会新闻", "A12"])
def test_bare_page_numbers_and_section_names_with_a_suffix_are_labels(line):
    furn = furniture(line)
    assert furn is not None and furn.kind == "label"


@pytest.mark.parametrize("line", ["读者感言", "强化舆论引导力", "承載之重", "2024"])
def test_column_names_and_headlines_are_no_labels(line):
    assert furniture(line) is None


def test_a_source_line_ends_where_the_next_field_begins():
    furn = furniture("來源: 科學時報 作者: 龍九尊")
    assert furn is not None and furn.source == "科學時報"


def test_a_cross_reference_naming_what_it_points_to_is_dropped():
    from qa.layout.furniture import continuation_marks
    assert continuation_marks("获得了金牌。”(相关报道见第四版)") == ([], "获得了金牌。”")
    assert continuation_marks("会议闭幕。（图片见第八版）") == ([], "会议闭幕。")
    # so the caption under the paragraph is not glued to it, and its credit is the article's
    (a,) = parse_page("上海男排再夺冠\n■记者庄怀青报道\n本报淮安10月21日专电上海男排夺冠。\n"
                      "沈富麟说:“来之不易。”(相关报道见第四版)\n夺冠时刻,队员教练激情拥抱。本报记者金昊摄\n", "x")
    assert a.credit.photographers == ("金昊",) and a.byline.reporters == ("庄怀青",)
    assert a.dateline is not None and a.dateline.place == "淮安"


def test_a_caption_ending_in_its_source_is_a_paragraph_of_its_own():
    (a,) = parse_page("警方拘捕2人\n警方昨晚拘捕2人。(港台圖片)\n警方昨晚在銅鑼灣巡邏,拘捕一男一女。\n", "x")
    assert [p.text for p in a.paragraphs if p.kind == "body"] == ["警方昨晚拘捕2人。(港台圖片)",
                                                                 "警方昨晚在銅鑼灣巡邏,拘捕一男一女。"]


def test_a_signature_glued_to_the_last_paragraph_is_the_byline():
    from qa.layout.datelines import trailing_signature
    text = "毕竟职工是企业的主力军。 读者 薛芳玲"
    assert trailing_signature(text) == text.index("读者")
    assert trailing_signature("他说。记者李明") is None  # no space: a sentence, not a signature
    (a,) = parse_page(f"这样的报道让职工感动\n陕工报日前推出一组稿件。\n{text}\n", "x")
    assert a.byline.reporters == ("薛芳玲",) and a.paragraphs[-2].text.endswith("主力军。")
    # only at the end of an article without a byline
    (b,) = parse_page(f"标题\n本报记者 王平\n{text}\n", "x")
    assert b.byline.reporters == ("王平",)


def test_a_digest_item_headline_about_as_long_as_the_first_is_a_new_item():
    page = ("体坛快讯\n巴西双煞齐发威武汉夺得中超杯冠军\n昨天下午,武汉队夺得冠军。\n"
            "瑞典乒球赛中国单打全面胜利\n昨日凌晨,瑞典站比赛揭幕。\n")
    first, second = parse_page(page, "x")
    assert second.headline == "瑞典乒球赛中国单打全面胜利" and not first.sections
    # a short sub-head under a long headline stays a sub-head
    (a,) = parse_page("巴西双煞齐发威武汉夺得中超杯冠军\n昨天下午,武汉队夺得冠军。\n赛后\n主教练表示满意。\n", "x")
    assert a.sections == ("赛后",)


def test_a_tipsters_credit_glued_to_a_paragraph_is_a_staff_line_not_the_byline():
    from qa.layout.datelines import trailing_tip
    text = "“还能让老百姓了解法律知识。” 线索提供李庆秀"
    assert trailing_tip(text) == text.index("线索")
    assert trailing_tip("他提供了线索。") is None
    (a,) = parse_page(f"社区里开庭审案\n□记者谭萍\n本报讯 昨日上午,法院在社区开庭。\n{text}\n", "x")
    assert a.byline.reporters == ("谭萍",)
    assert [(p.kind, p.text) for p in a.paragraphs][-2:] == [("body", "“还能让老百姓了解法律知识。”"),
                                                              ("staff", "线索提供李庆秀")]


@pytest.mark.parametrize("text, place, day", [
    ("(吉隆坡3日讯)KK Mart创办人兼执行主席今日前往觐见国家元首。", "吉隆坡", "3日"),   # 星洲日報
    ("(布城29日讯)交通部长陆兆福宣布,内阁已批准该项目。", "布城", "29日"),             # 南洋商報
    ("（马六甲31日讯）政府宣布11月起取消补贴。", "马六甲", "31日"),
])
def test_a_place_and_day_in_brackets_is_the_papers_own_dateline(text, place, day):
    d = parse_dateline(text)
    assert d is not None and (d.agency, d.place, d.day) == ("", place, day)
    assert after_dateline(text, d)[:2] == text[len(d.text):][:2]


@pytest.mark.parametrize("text", ["(记者王某3日讯)", "(上周三)警方拘捕一名男子。", "(3日)晚上"])
def test_not_bracketed_place_datelines(text):
    d = parse_dateline(text)
    assert d is None or d.place not in ("记者王某", "上周三", "")


@pytest.mark.parametrize("line, date", [
    ("4. 4. 2024 星期四 I 甲辰年二月廿六 I PP6264/08/2013(032549)西马:RM2.50", "2024-04-04"),
    ("2024年3月30日(星期六) 农历甲辰年二月廿一 1923年创刊", "2024-03-30"),
    ("癸卯年十月初二 2023年11月14日星期二", "2023-11-14"),
])
def test_a_mastheads_date_line_with_the_lunar_date_permit_and_price_is_furniture(line, date):
    furn = furniture(line)
    assert furn is not None and furn.kind == "dateline" and furn.date == date


@pytest.mark.parametrize("line", ["2023年11月14日星期二 国务院召开常务会议", "版本 1.5.2024 发布",
                                  "2024年3月2日 记者 王平"])
def test_a_date_with_words_of_a_headline_or_byline_is_no_masthead(line):
    assert furniture(line) is None


def test_a_bulleted_pointer_to_another_page_is_a_label():
    furn = furniture("•第7版")
    assert furn is not None and furn.kind == "label"


def test_rows_of_a_table_of_figures_are_text_neither_headlines_nor_glued():
    from qa.layout.lines import data_row
    rows = ["富時綜指 1537.01 (-10.98)", "1美元兌馬幣 4.7545", "成交量 42億6639萬7900股", "100人民幣兌馬幣 65.688"]
    assert all(data_row(r) for r in rows)
    assert not any(data_row(h) for h in ["拘捕2人及帶走10人調查", "上海男排再夺冠", "2比0 武汉夺冠",
                                          "全年GDP增长5.2%", "警方在銅鑼灣巡邏 拘捕2人"])
    (box, story) = parse_page("\n".join(rows) + "\n元首接見蔡志權\n(吉隆坡3日讯)国家元首今日接见了蔡志权。\n", "x")
    assert not box.headline and [p.text for p in box.paragraphs if p.kind == "body"] == rows
    assert story.headline == "元首接見蔡志權" and story.dateline is not None and story.dateline.place == "吉隆坡"


@pytest.mark.parametrize("line", ["§3 会计数据和财务指标摘要", "2.1 基本情况简介", "(1)报告期总体经营情况",
                                  "3.1.2 主要财务指标"])
def test_a_reports_numbered_parts_are_sub_heads(line):
    from qa.layout.turns import section_marked
    assert section_marked(line)


@pytest.mark.parametrize("line", ["3.5亿元投资落地", "2024年GDP增长5.2%", "(1)",
                                  "1、曾受勞動教養或刑罰處罰的人員;"])  # an item of a list, its semicolon running on
def test_numbers_opening_a_headline_are_no_sub_head_marks(line):
    from qa.layout.turns import section_marked
    assert not section_marked(line)


def test_a_left_out_table_is_dropped_without_ending_the_article_and_numbered_sub_heads_stay_apart():
    assert furniture("■").kind == "figure" and furniture("■ ■").kind == "figure"  # type: ignore[union-attr]
    page = ("北大荒农业公司\n2011年年度报告摘要\n§1 重要提示\n1.1 本公司董事会保证本报告内容真实。\n■\n"
            "§2 公司基本情况\n2.1 基本情况简介\n■\n§5 董事会报告\n2011年公司实现营业收入133亿元。\n")
    (a,) = parse_page(page, "x")
    assert a.sections == ("§1 重要提示", "§2 公司基本情况", "2.1 基本情况简介", "§5 董事会报告")
    assert [p.text for p in a.paragraphs if p.kind == "body"][-1] == "2011年公司实现营业收入133亿元。"


def test_a_front_page_teaser_ends_at_its_pointer_and_a_headline_tail_run_into_the_text_is_split():
    # 桂林晚报: a teaser "…●详见 3 版" over the lead story, whose last headline line runs into its first paragraph.
    page = ("寒潮给桂林带来的\n“冰雪景观”还在持续 相约周末\n一起去看“雪” ●详见 3 版\n"
            "临桂设置上百个自产自销摊位 记者走近菜农听他们讲变化\n"
            "效果如何?   20日凌晨5点多,菜农陈桥养带着刚从自家地里摘的大白菜往临时疏导点赶。\n"
            "以前,陈家村人经常将菜挑到市场外摆摊叫卖,还因为影响市容环境经常被劝离。\n"
            "带上自家产品 市场里摆摊\n20日早晨,临时疏导点数百个摊位摆满了各式的蔬菜和水果。\n")
    teaser, story = parse_page(page, "x")
    assert "一起去看“雪”" in teaser.headline and "详见" not in teaser.headline
    assert teaser.continuations == ("详见3版",) and not [p for p in teaser.paragraphs if p.kind == "body"]
    assert "效果如何?" in (story.headline, story.subheadline)
    body = [p.text for p in story.paragraphs if p.kind == "body"]
    assert body[0].startswith("20日凌晨5点多") and page[story.paragraphs[2].offset:].startswith("20日凌晨")
    # Under a kicker or sub-title, a two-part line is the story's sub-head, not a digest's next item.
    assert story.sections == ("带上自家产品 市场里摆摊",) and len(body) == 3


def test_a_digest_item_without_a_sub_title_still_starts_the_next_item():
    page = ("總統接見美訪團 期待半導體合作\n總統今天接見美國參議員訪問團,雙方就半導體合作交換意見。\n"
            "風勢過大 金湖點亮天燈施放活動臨時喊卡\n金湖鎮公所原訂今晚舉行的天燈施放活動,因風勢過大臨時取消。\n")
    heads = [a.headline for a in parse_page(page, "x")]
    assert heads == ["總統接見美訪團 期待半導體合作", "風勢過大 金湖點亮天燈施放活動臨時喊卡"]


def test_a_bracketed_dateline_broken_after_the_papers_name_is_read_whole():
    # 大公報 as a site served it: "【大公報訊】" broken over two lines, the first a bare paper name.
    page = ("新華社國慶圖片展開幕\n大公報\n訊】記者黃昱報道:國慶臨近,新華社主辦的大型新聞圖片展正式開幕。\n"
            "圖片展在港展出3天,向市民免費開放。\n")
    (a,) = parse_page(page, "x")
    assert a.source == "大公報" and a.dateline is not None and a.dateline.agency == "大公報"
    assert a.byline.reporters == ("黃昱",)
    # A line that merely starts like it, with no paper's name over it, is text.
    (b,) = parse_page("新華社國慶圖片展開幕\n訊】記者黃昱報道:國慶臨近,圖片展正式開幕。\n", "x")
    assert b.dateline is None and b.byline.reporters == ()


def test_a_date_line_with_an_empty_author_field_is_the_pages_date():
    assert furniture("2011年06月24日 作者:").date == "2011-06-24"  # type: ignore[union-attr]
    assert furniture("2011年06月24日 作者:张三") is None
    (a,) = parse_page("评报员之窗\n2011年06月24日 作者:\n孙风强:6月15日A9版的报道值得称道。\n", "x")
    assert a.date == "2011-06-24" and [p.text for p in a.paragraphs if p.kind == "body"][0].startswith("孙风强")


# ---------------------------------------------------------------- traditional and overseas papers (pages6)


@pytest.mark.parametrize("line,reporters,photographers", [
    ("(劉子為／攝影)", (), ("劉子為",)),  # a name and a role with a slash: a credit, not two authors
    ("金姬/刘绮黎", ("金姬", "刘绮黎"), ()),  # two authors stay two authors
    ("記者:DMC編輯:DMC", ("DMC",), ()),  # 新報人: the editor's role glued to the reporter's name
    ("記者:鄭佩兒、劉穎翹、徐佩欣編輯:新報人", ("鄭佩兒", "劉穎翹", "徐佩欣"), ()),
    ("記者:謝萌 見習記者:林敏兒", ("謝萌", "林敏兒"), ()),  # a role's prefix is not cut off
    ("社長于趾琴", ("于趾琴",), ()),  # 世界日報: the paper's head under the headline wrote the piece
    ("晋江经济报总编辑 吴美章", ("吴美章",), ()),  # the paper's name before the post (晋江经济报's column)
    ("社长 陈同昌 总编 陈鑫钊", ("陈同昌", "陈鑫钊"), ()),  # a new-year address signed by head and editor (上虞日报)
])
def test_bylines_of_traditional_and_overseas_papers(line, reporters, photographers):
    b = parse_byline(line)
    assert b is not None and (b.reporters, b.photographers) == (reporters, photographers)


@pytest.mark.parametrize("line", ["社長于趾琴表示", "副社長于趾琴", "記者:", "省长王某", "总编室主任"])
def test_posts_and_roles_that_are_no_bylines(line):
    b = parse_byline(line)
    assert b is None or not b.reporters


def test_a_glued_reporter_line_is_no_editors_disclaimer():
    assert furniture("記者:DMC編輯:DMC") is None
    assert furniture("編輯:王某") is not None


@pytest.mark.parametrize("line,kind", [
    ("【更多即時新聞詳情請上東網新聞】", "disclaimer"), ("新報人", "label"), ("时事", "label"), ("最新", "label"),
    ("其他人也在看", "label"),
])
def test_promotions_paper_names_and_section_labels_of_listings(line, kind):
    f = furniture(line)
    assert f is not None and f.kind == kind


def test_a_news_site_with_a_latin_name_is_the_datelines_agency():
    d = parse_dateline("【on.cc東網專訊】政府早前")
    assert d is not None and d.agency == "on.cc東網"
    assert after_dateline("【on.cc東網專訊】政府早前", d) == "政府早前"


def test_captions_credited_to_who_gave_the_picture_go_to_the_article_under_them():
    # 中國時報: the caption and its source stand over the headline of their article, the first on the page too.
    text = ("渡溪翻車,2人遭沖走。(圖/花蓮縣消防局提供)\n"
            "花蓮溪水暴漲 2人遭沖走\n"
            "花蓮縣消防局今天(8日)傍晚接獲民眾通報,萬榮鄉有部車輛在渡溪時不慎翻覆,消防局立即派遣人員前往救援。\n"
            "花蓮縣政府組團前往義大利觀摩賽事。(圖/花蓮縣政府提供/中國時報羅亦晽花蓮傳真)\n"
            "爭取籌辦世界龍舟賽 花縣遠赴義大利\n"
            "花蓮縣政府去年成功爭取2026年世界俱樂部龍舟錦標賽主辦權,今年組團到義大利拉溫納觀摩賽事。\n")
    arts = parse_page(text, "x.txt")
    assert [a.headline for a in arts] == ["花蓮溪水暴漲 2人遭沖走", "爭取籌辦世界龍舟賽 花縣遠赴義大利"]
    assert any("渡溪翻車" in p.text for p in arts[0].paragraphs)
    assert any("觀摩賽事。" == p.text[-5:] and "組團前往" in p.text for p in arts[1].paragraphs)
    assert not arts[0].credit.photographers and not arts[1].credit.photographers  # no photographer named


def test_a_columns_title_and_writer_on_one_line():
    text = "商余\n南洋梦事·南洋印记/心然\n不晓得是否年纪增长,烦心事增加,这阵子常做梦。\n"
    a = parse_page(text, "x.txt")[0]
    assert (a.headline, a.byline.reporters) == ("南洋梦事·南洋印记", ("心然",))
    assert parse_page("上海/北京\n正文在这里,很长的一句话。\n", "x.txt")[0].byline.reporters == ()
    assert parse_page("中国队二比一胜日本/组图\n正文在这里,很长的一句话。\n", "x.txt")[0].byline.reporters == ()


def test_a_sub_head_over_report_paragraphs_is_no_photo_article_though_a_caption_ends_the_report():
    long = ("世界日報洛杉磯社成立之初，由首任總經理吳炯照領導經營，"
            "在歷任社長及團隊努力下快速發展成為南加地區最重要的華文媒體之一。") * 2
    text = (f"世報50年 洛杉磯社貼近華社\n社長于趾琴\n大樓。(記者高梓原／攝影)\n{long}\n南加州最重要華文媒體之一\n"
            f"{long}\n{long}\n年節展深受民眾喜愛。(劉子為／攝影)\n")
    arts = parse_page(text, "x.txt")
    assert len(arts) == 1
    a = arts[0]
    assert a.sections == ("南加州最重要華文媒體之一",) and a.byline.reporters == ("于趾琴",)
    assert a.credit.photographers == ("高梓原", "劉子為")


def test_a_byline_a_site_ran_into_the_text_between_two_sentences():
    # 新報人's listing: the story's reporters and a sub-head flattened into the lead.
    text = ("自提點進駐街市排長龍 商戶呻變倉庫\n記者:DMC編輯:DMC\n"
            "有店主更直言,向管理處投訴也無濟於事。 記者:劉可妍、李澤彤 免運費包郵加促網購 "
            "近年來,香港電商平台篷勃發展。\n")
    a = parse_page(text, "x.txt")[0]
    assert a.byline.reporters == ("DMC", "劉可妍", "李澤彤")
    assert [p.kind for p in a.paragraphs] == ["headline", "byline", "body", "byline", "body"]
    assert a.paragraphs[-1].text.startswith("免運費包郵")


@pytest.mark.parametrize("text", [
    "他说得很清楚。 记者:你好 请问您怎么看?",  # no surname: a question in an interview
    "他说得很清楚。记者:王某 后来又说",  # no space before it: not run in by a site
    "记者:王某 开头就是署名",  # at the start: a byline line, not one run into the text
])
def test_no_byline_run_into_the_text(text):
    assert inline_byline(text) is None


# ---------------------------------------------------------------- regional papers (pages5)


@pytest.mark.parametrize("line,reporters,correspondents,photographers,roles", [
    # roles and names written together, no space: each name keeps its own role
    ("通讯员吴可新记者袁媛", ("袁媛",), ("吴可新",), (), (("通讯员", "吴可新"), ("记者", "袁媛"))),
    ("记者张虹红实习生阎霞王晶", ("张虹红", "阎霞", "王晶"), (), (),
     (("记者", "张虹红"), ("实习生", "阎霞"), ("实习生", "王晶"))),
    # a spaced role, then a name with the next role and name written against it (三秦都市报)
    ("记者 张锋哲实习生张艳英", ("张锋哲", "张艳英"), (), (), (("记者", "张锋哲"), ("实习生", "张艳英"))),
    # "文/图": one person wrote the story and took the photos
    ("文/图 记者 郑两兴", ("郑两兴",), (), ("郑两兴",), ()),
    # who gave the information, printed after the credit, is no photographer
    ("记者刘斌 摄 信息来源:彭雪琴 钟园", (), (), ("刘斌",),
     (("记者", "刘斌"), ("信息来源", "彭雪琴"), ("信息来源", "钟园"))),
    ("记者任勇 摄 信息来源 张静 王虎", (), (), ("任勇",),
     (("记者", "任勇"), ("信息来源", "张静"), ("信息来源", "王虎"))),
])
def test_glued_roles_text_and_photo_and_information_sources(line, reporters, correspondents, photographers, roles):
    b = parse_byline(line)
    assert b is not None
    assert (b.reporters, b.correspondents, b.photographers, b.roles) == (reporters, correspondents, photographers,
                                                                          roles)


@pytest.mark.parametrize("line", ["记者节快乐 信息来源:王某", "信息来源 王某", "记者张虹红实习生阎霞王晶说",
                                  "记者 王平记者", "记者了解到实习生们", "文/图"])
def test_not_glued_bylines(line):
    assert parse_byline(line) is None


def test_dateline_with_a_space_before_its_reporters():
    d = parse_dateline("本报讯 (记者张虹红实习生阎霞王晶)今天上午,活动正式启动。")
    assert d is not None and d.reporters == ("张虹红", "阎霞", "王晶")
    assert after_dateline("本报讯 (记者张虹红实习生阎霞王晶)今天上午,活动正式启动。", d) == "今天上午,活动正式启动。"
    page = "老太太守着垃圾桶不走\n\n本报讯 (文/图 记者 郑两兴) 昨晚10时许,酒楼的员工致电本报。\n\n记者赶到现场。\n"
    a = parse_page(page, "x.txt")[0]
    assert a.byline.reporters == ("郑两兴",) and a.credit.photographers == ("郑两兴",)


def test_caption_with_credit_and_information_sources_is_a_photo_item():
    page = ("图说武汉\n\n春日即景\n\n4月10日,一位女士驻足聆听。记者苗剑 摄\n\n鲜花迎汉马\n\n"
            "4月10日,城管委布置花卉绿植。记者刘斌 摄 信息来源:彭雪琴 钟园\n\n"
            "桥塔诞生\n\n4月10日,主塔成功封顶。记者任勇 摄 信息来源 张静 王虎\n")
    arts = [a for a in parse_page(page, "x.txt") if a.body]
    assert [(a.headline, a.kind, a.credit.photographers) for a in arts] == [
        ("春日即景", "photo", ("苗剑",)), ("鲜花迎汉马", "photo", ("刘斌",)), ("桥塔诞生", "photo", ("任勇",))]
    assert arts[1].body[0].text == "4月10日,城管委布置花卉绿植。"


def test_sub_headline_with_commas_between_headline_and_dateline():
    page = ("可怜老太太守着垃圾桶不走\n看起来神志不清,但会自己去买吃的,顺便买了一根拖把\n"
            "本报讯(记者 郑两兴)昨晚10时许,酒楼的员工致电本报。\n")
    a = parse_page(page, "x.txt")[0]
    assert a.headline == "可怜老太太守着垃圾桶不走"
    assert a.subheadline == "看起来神志不清,但会自己去买吃的,顺便买了一根拖把"
    page = ("让除夕候车的旅客吃上饺子\n挂灯笼、贴春联、广播拜年火车站浓厚的年味温暖旅客\n"
            "本报讯(通讯员吴可新记者袁媛)挂上灯笼、贴上春联。\n")
    a = parse_page(page, "x.txt")[0]
    assert a.headline == "让除夕候车的旅客吃上饺子" and a.subheadline.startswith("挂灯笼")
    assert (a.byline.reporters, a.byline.correspondents) == (("袁媛",), ("吴可新",))
    # a short kicker over a longer main title stays the kicker
    kicker = parse_page("景区热\n小长假首日 迎客90余万\n长沙晚报讯(记者 林森)昨日是小长假第一天。\n", "x.txt")[0]
    assert (kicker.headline, kicker.subheadline) == ("小长假首日 迎客90余万", "景区热")
    listed = parse_page("两会时间\n稳增长、保就业、促消费\n本报讯(记者 王某)昨日,会议召开。\n", "x.txt")[0]
    assert (listed.headline, listed.subheadline) == ("稳增长、保就业、促消费", "两会时间")


def test_a_kicker_under_a_dated_report_is_no_signature():
    page = ("长沙晚报讯(记者 林森)昨日,庙会正式开启。\n游客逛了一圈。\n景区热\n小长假首日 迎客90余万\n"
            "长沙晚报讯(记者 林森 实习生 林雨)昨日是小长假第一天。\n")
    first, second = parse_page(page, "x.txt")
    assert first.byline.reporters == ("林森",)
    assert (second.headline, second.subheadline, second.byline.reporters) == (
        "小长假首日 迎客90余万", "景区热", ("林森", "林雨"))


@pytest.mark.parametrize("text,agency,place,day,reporters", [
    ("本报长沙讯  傍晚的湘江畔,灯火初上。", "本报", "长沙", "", ()),
    ("本报北京讯(记者 王某)昨日,会议召开。", "本报", "北京", "", ("王某",)),
    ("河北新闻网1月15日讯(河北日报记者仝静海)今天上午,委员们参观。", "河北新闻网", "", "1月15日", ("仝静海",)),
])
def test_regional_datelines(text, agency, place, day, reporters):
    d = parse_dateline(text)
    assert d is not None and (d.agency, d.place, d.day, d.reporters) == (agency, place, day, reporters)


@pytest.mark.parametrize("line,reporters,correspondents,photographers", [
    ("(文/见习记者陈俞 通讯员史雅琴 图/记者胡冬冬)", ("陈俞",), ("史雅琴",), ("胡冬冬",)),
    ("(记者史伟 摄 信息来源:通讯员王艺臻)", (), (), ("史伟",)),
    ("记者 张改华 通讯员 杨琳 文/图", ("张改华",), ("杨琳",), ("张改华",)),
    ("□本刊记者 王晓峰 文/图", ("王晓峰",), (), ("王晓峰",)),
    ("图/摄影师王剑", (), (), ("王剑",)),
    ("新华社发 闫志国 摄", (), (), ("闫志国",)),
])
def test_regional_bylines_and_credits(line, reporters, correspondents, photographers):
    b = parse_byline(line)
    assert b is not None and (b.reporters, b.correspondents, b.photographers) == (reporters, correspondents,
                                                                                   photographers)


def test_credits_at_the_end_of_a_caption_in_brackets_or_with_wen_tu():
    page = ("元宵灯展\n\n1日晚,社区元宵灯展开幕,市民争相合影留念 (文/见习记者陈俞 通讯员史雅琴 图/记者胡冬冬)\n\n"
            "东湖灯会\n\n2月28日晚,东湖灯会现场,两位民警正在值勤 (记者史伟 摄 信息来源:通讯员王艺臻)\n\n"
            "手机失而复得\n\n本报讯 7月22日,协管员发现一个手机。失主再三表达了感谢。 记者 张改华 通讯员 杨琳 文/图\n")
    lamps, patrol, phone = parse_page(page, "x.txt")
    assert (lamps.byline.reporters, lamps.credit.photographers) == (("陈俞",), ("胡冬冬",))
    assert lamps.body[0].text == "1日晚,社区元宵灯展开幕,市民争相合影留念"
    assert patrol.credit.photographers == ("史伟",) and patrol.byline.names == ()
    assert (phone.byline.reporters, phone.byline.correspondents, phone.credit.photographers) == (
        ("张改华",), ("杨琳",), ("张改华",))
    assert phone.body[-1].text.endswith("失主再三表达了感谢。")


def test_a_credits_names_run_together_are_split_at_surnames():
    b = parse_byline("尉战魁郄磊李青张海强崔婉摄")
    assert b is not None and b.photographers == ("尉战魁", "郄磊", "李青", "张海强", "崔婉")
    for line in ("张先生拿出手机拍摄", "程序员用无人机航摄", "航拍摄"):
        assert parse_byline(line) is None
    a = parse_page("迎新年\n\n人们准备欢欢喜喜过大年。尉战魁郄磊李青张海强崔婉摄\n", "x.txt")[0]
    assert a.kind == "photo" and a.credit.photographers[-1] == "崔婉"


def test_a_marked_caption_with_its_credit_is_no_sub_head():
    page = ("淮海公园铜像缺了儿子\n\n本报讯(记者 左妍)昨天,市民致电本报热线。\n\n"
            "■原先完好的“母与子”雕塑 杨建正 摄\n\n记者来到淮海中路普安路。\n")
    a = parse_page(page, "x.txt")[0]
    assert a.sections == () and a.credit.photographers == ("杨建正",)
    assert [p.kind for p in a.paragraphs] == ["headline", "body", "body", "credit", "body"]


# ---------------------------------------------------------------- specialised and trade papers (pages7)


def test_disclosure_header_is_furniture():
    # a securities paper's disclosure page prints the company's codes over the announcement's title
    assert furniture("证券代码:002673 证券简称:西部证券 公告编号:2019-076") is not None
    assert furniture("证券代码：600369　　证券简称：西南证券　　公告编号：临2019-012") is not None
    assert furniture("证券代码是公司在交易所的编号。") is None
    arts = parse_page("证券代码:002673 证券简称:西部证券 公告编号:2019-076\n西部证券股份有限公司关于问询函的回复公告\n"
                      "本公司及董事会全体成员保证信息披露的内容真实、准确、完整。\n", "zgzqb_20190918_B027.txt")
    assert [a.headline for a in arts] == ["西部证券股份有限公司关于问询函的回复公告"]
    kinds = [(p.kind, p.text[:9]) for p in arts[0].paragraphs[:2]]
    assert kinds == [("headline", "西部证券股份有限公"), ("staff", "证券代码:0026")]


def test_run_in_byline_at_a_paragraph_start():
    d = parse_dateline("记者李浩然、通讯员叶星国报道:南国初春,第75集团军某旅导弹一营…")
    assert d is not None and d.reporters == ("李浩然",) and d.correspondents == ("叶星国",)
    assert d.text == "记者李浩然、通讯员叶星国报道:"
    d = parse_dateline("丁振雷、记者向黎鸣报道:“命你部迅速向某地域补充弹药!”")
    assert d is not None and d.reporters == ("丁振雷", "向黎鸣")
    assert parse_dateline("据记者王某报道:当地…") is None  # quoting another paper's report
    assert parse_dateline("专家表示,报道:不实") is None
    # after 本报讯 each name keeps its role
    d = parse_dateline("本报讯 记者李浩然、通讯员叶星国报道:南国初春")
    assert d is not None and d.reporters == ("李浩然",) and d.correspondents == ("叶星国",)
    # a kicker and headline over a run-in byline start an item of a group of reports
    arts = parse_page("编者按 这是一组报道。\n\n东\n某基地\n弹药投送模块化\n"
                      "丁振雷、记者向黎鸣报道:初春时节,车队出发。\n南\n某旅\n陆空对抗淬剑锋\n"
                      "记者李浩然、通讯员叶星国报道:南国初春,演练打响。\n", "jfjb_20220215.txt")
    assert [a.byline.names if a.byline else () for a in arts][-2:] == [("丁振雷", "向黎鸣"), ("李浩然", "叶星国")]


def test_dateline_with_a_day_said_against_the_paper():
    d = parse_dateline("本报丹麦阿胡斯今晨专电 (特派记者时敏)北京时间今天凌晨,在第三十九届…")
    assert d is not None and (d.agency, d.place, d.day, d.reporters) == ("本报", "丹麦阿胡斯", "今晨", ("时敏",))
    assert parse_dateline("本报今天召开座谈会") is None


def test_marked_or_bracketed_name_is_the_writer():
    arts = parse_page("九旬老翁患恶疾\n多学科联手“度劫”\n■封盛\n国庆节刚过不久的一天,医生收到了锦旗。\n", "zjgrrb.txt")
    assert arts[0].byline is not None and arts[0].byline.reporters == ("封盛",) and not arts[0].sections
    arts = parse_page("标题\n本报记者 王平\n正文一句。\n■张家港\n正文又一句。\n", "x.txt")  # in the text: a sub-head
    assert arts[0].byline.reporters == ("王平",) and arts[0].sections == ("■张家港",)
    arts = parse_page("小麦丰收\n本报讯 今年该市小麦平均亩产557.4公斤。\n(杨传立)\n", "jzrb_20140623.txt")
    assert arts[0].byline is not None and arts[0].byline.reporters == ("杨传立",) and not arts[0].sections


def test_told_and_written_down_byline():
    b = parse_byline("□讲述:黄雷(广西壮族自治区凤山县公安局刑侦大队副大队长) "
                     "整理:人民公安报、中国警察网记者 刘文杰 通讯员 罗开革")
    assert b is not None and b.reporters == ("刘文杰",) and b.correspondents == ("罗开革",)
    # a copy that starts at the byline keeps it, and the byline line is not glued to the first paragraph
    arts = parse_page("□讲述:黄雷 整理:记者 刘文杰\n巨龙某是从新疆抓获归案的犯罪嫌疑人\n7月4日,我们押解巨龙某。\n",
                      "rmgab.txt")
    assert arts[0].byline is not None and arts[0].byline.reporters == ("刘文杰",)
    assert arts[0].paragraphs[0].text == "□讲述:黄雷 整理:记者 刘文杰"


def test_original_title_opening_a_repost_is_the_headline():
    arts = parse_page("原标题:沙场鼓角鸣 练兵气如虹\n本报记者 王平\n正文一句。\n", "x.txt")
    assert arts[0].headline == "沙场鼓角鸣 练兵气如虹"


def test_unit_kicker_and_compass_mark_of_a_group_of_reports():
    # 解放军报: "东" over each report, the (anonymised) unit as the kicker over a shorter title
    arts = parse_page("编者按 这是一组报道。\n东\n第75集团军某旅\n陆空对抗淬剑锋\n"
                      "记者李浩然、通讯员叶星国报道:南国初春,演练打响。\n", "jfjb.txt")
    assert (arts[-1].headline, arts[-1].subheadline) == ("陆空对抗淬剑锋", "第75集团军某旅")
    assert [p.text for p in arts[0].paragraphs if p.kind == "body"] == ["编者按 这是一组报道。"]
    # a longer first line that names no unit stays the headline (the seed page's headline and its sub-head)
    arts = parse_page("全省建设更高水平平安浙江工作会议召开\n刘捷主持\n本报记者 李洁\n会议在杭州召开。\n", "x.txt")
    assert arts[0].headline == "全省建设更高水平平安浙江工作会议召开"


def test_outlet_names_with_latin_letters_or_digits_before_the_role():
    # finance papers: "21世纪经济报道记者 X 北京报道", "证券时报e公司记者 X"
    assert parse_byline("21世纪经济报道记者 张三 北京报道").reporters == ("张三",)  # type: ignore[union-attr]
    assert parse_byline("证券时报e公司记者 王小伟").reporters == ("王小伟",)  # type: ignore[union-attr]
    assert parse_byline("■本报记者 张三 通讯员 李四 特约通讯员 王五").correspondents == ("李四", "王五")  # type: ignore[union-attr]
    assert parse_byline("2名记者 张三") is None  # a count, not an outlet


def test_results_and_standings_rows_are_text_of_their_own():
    page = ("中超第10轮战报\n本报讯（记者 张三）昨晚，中超第10轮全部结束。\n"
            "山东泰山 2:0 北京国安\n上海海港 1:1 成都蓉城\n积分榜\n1.上海海港 22分\n2.山东泰山 20分\n"
            "国足集训名单公布\n本报记者 李四\n中国男足公布了集训名单。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["中超第10轮战报", "国足集训名单公布"]
    rows = [p.text for p in arts[0].paragraphs if p.kind == "body"][1:]
    assert rows == ["山东泰山 2:0 北京国安", "上海海港 1:1 成都蓉城", "1.上海海港 22分", "2.山东泰山 20分"]
    assert arts[0].sections == ("积分榜",) and not arts[1].subheadline
    # a numbered sub-head is still a sub-head
    arts = parse_page("年度报告\n本报记者 李四\n正文一句。\n1. 报告期总体经营情况\n正文又一句。\n", "y.txt")
    assert arts[0].sections == ("1. 报告期总体经营情况",)


def test_bylines_of_military_and_finance_papers():
    # "■李浩然 叶星国 本报记者 张三" (解放军报): the unit's correspondents first, then a role and its names
    b = parse_byline("■李浩然 叶星国 本报记者 张三")
    assert b is not None and b.reporters == ("李浩然", "叶星国", "张三")
    assert parse_byline("■张三 李四") is None  # no role: a byline only right under a headline (the loader's call)
    arts = parse_page("高血压患者如何用药\n■张三 李四\n高血压是常见病。\n", "x.txt")
    assert arts[0].byline.reporters == ("张三", "李四")
    # "每经记者 王五 每经编辑 赵六": the editor is no author
    b = parse_byline("每经记者 王五 每经编辑 赵六")
    assert b is not None and b.names == ("王五",)


def test_more_byline_and_dateline_forms():
    b = parse_byline("本报记者 张三 文/图")  # wrote the story and took the pictures
    assert b is not None and b.reporters == ("张三",) and b.photographers == ("张三",)
    b = parse_byline("新华社发 张三 摄")
    assert b is not None and b.photographers == ("张三",) and not b.reporters
    d = parse_dateline("本报北京电（记者 王某）近日,…")  # a place and no day
    assert d is not None and (d.agency, d.place, d.day, d.reporters) == ("本报", "北京", "", ("王某",))
    d = parse_dateline("本报多哈电 记者张三报道：昨天")
    assert d is not None and (d.place, d.reporters) == ("多哈", ("张三",))
    assert parse_dateline("本报社电视台报道") is None


def test_author_on_an_e_paper_meta_line_and_compiled_by():
    arts = parse_page("新技术问世\n2023-05-08 来源：科技日报 作者：张三\n研究团队近日发布成果。\n", "x.txt")
    assert arts[0].byline.reporters == ("张三",) and arts[0].source == "科技日报"
    arts = parse_page("新技术问世\n2011年06月24日 作者:\n研究团队近日发布成果。\n", "x.txt")  # an empty field
    assert not arts[0].byline.names
    b = parse_byline("（本报记者 张三 整理）")
    assert b is not None and b.reporters == ("张三",)
    assert parse_byline("资料 整理") is None


def test_an_editor_field_ending_a_sites_field_line_is_the_storys_staff_line():
    arts = parse_page("柳州印象\n发布时间: 2013-08-05 12:16:57   来源: 鄂尔多斯日报   责任编辑: 何敏嘉\n"
                      "柳州是一座山水城市。\n", "x.txt")
    assert ("staff", "责任编辑: 何敏嘉") in [(p.kind, p.text) for p in arts[0].paragraphs]
    assert not arts[0].byline.names and arts[0].source == "鄂尔多斯日报"
    # over a headless page's only story: kept for the story under it
    arts = parse_page("時間:2025-03-31 來源:檢察日報 責任編輯:敖婷婷\n"
                      "2024年的檢察理論研究,接續以加強法律監督為主線。\n", "x.txt")
    assert [(p.kind, p.text) for p in arts[0].paragraphs if p.kind == "staff"] == [("staff", "責任編輯:敖婷婷")]
    # an empty editor field names no one
    arts = parse_page("新技术问世\n2021-11-08 15:14:10  来源:县融媒体中心  责任编辑:\n研究团队近日发布成果。\n",
                      "x.txt")
    assert not [p for p in arts[0].paragraphs if p.kind == "staff"]


def test_an_author_field_glued_to_the_source_name_is_the_byline():
    # "时间:…来源:中国艺术报作者:王春梅" (中国艺术报's site): no space between the paper's name and the next field
    arts = parse_page("第二届中国非遗博览会开幕\n时间:2012年09月07日来源:中国艺术报作者:王春梅\n"
                      "9月6日,博览会在枣庄开幕。\n", "x.txt")
    assert arts[0].byline.reporters == ("王春梅",) and arts[0].source == "中国艺术报"
    # a writer's field after a word that is no outlet's name is not read as one
    arts = parse_page("新技术问世\n2023-05-08 来源:本站整理作者:张三\n研究团队近日发布成果。\n", "x.txt")
    assert not arts[0].byline.names


def test_an_author_field_saying_the_writer_is_unknown_is_read_as_printed():
    arts = parse_page("新技术问世\n作者:佚名  来源:本站原创   更新:2016-7-11 10:55:30\n研究团队近日发布成果。\n",
                      "x.txt")
    assert arts[0].byline.reporters == ("佚名",)


def test_date_weekday_and_page_label_on_one_line():
    f = furniture("2023年5月8日 星期一 第A08版：体育")
    assert f is not None and (f.date, f.page) == ("2023-05-08", "A08")


# ---------------------------------------------------------------- online outlets (pages9)


def test_an_online_outlets_headline_deck_and_summary_over_its_source_line():
    # A question mark ends the headline; "来源:" and the date line under it; "【导读】" before the byline.
    arts = parse_page("谁来打赢这场“思想战争”?\n来源:观察者网\n2022-11-28 07:53\n【导读】 本文谈智库。\n"
                      "【文/观察者网专栏作者 王文】\n笔者访问华盛顿。\n", "x.txt")
    assert len(arts) == 1 and arts[0].headline == "谁来打赢这场“思想战争”?"
    assert arts[0].source == "观察者网" and arts[0].date == "2022-11-28" and arts[0].byline.reporters == ("王文",)
    # The deck: one sentence between the headline and the source line.
    arts = parse_page("当跨境电商撞上亚马逊的枪口\n撞到枪口上时,卖家们才意识到IP地址不够用。\n来源:界面新闻\n"
                      "消费者在家里轻松买全球。\n跨境电商进出口增长。\n", "x.txt")
    assert arts[0].headline == "当跨境电商撞上亚马逊的枪口"
    assert arts[0].subheadline == "撞到枪口上时,卖家们才意识到IP地址不够用。"
    # Without a source line under it, a question on the page's first line stays text.
    arts = parse_page("谁来打赢这场战争,靠什么?\n笔者访问华盛顿。\n", "x.txt")
    assert arts[0].headline == ""


def test_a_wire_item_a_repost_banner_and_a_reporter_on_air():
    d = parse_dateline("参考消息网1月27日报道 据德国《时代》周报网站1月25日报道,德国")
    assert d is not None and (d.agency, d.day) == ("参考消息网", "1月27日")
    assert after_dateline("参考消息网1月27日报道 据德国《时代》周报网站1月25日报道", d).startswith("据德国")
    assert parse_dateline("人民日报3月2日报道称,会议召开。") is None  # no space after 报道: a sentence
    f = furniture("The following article is from 新京报 Author 新京报记者")
    assert f is not None and f.source == "新京报"
    # A TV transcript: the reporter's stand-up names the report's reporter; its sub-heads stay inside it.
    arts = parse_page("两会新闻中心今天正式启用,带您去现场看看。\n设多个功能区 发布厅将举办多场记者会\n"
                      "总台央视记者张丛婧:两会新闻中心已经正式启用。\n3000多名中外记者报名采访\n"
                      "目前已经有3000多名中外记者报名。\n", "x.txt")
    assert len(arts) == 1 and arts[0].byline.reporters == ("张丛婧",)
    assert [p.text for p in arts[0].paragraphs if p.kind == "section"] == [
        "设多个功能区 发布厅将举办多场记者会", "3000多名中外记者报名采访"]
    assert speaker("记者:请问") == "记者" and speaker("总台央视记者张丛婧:两会") == "总台央视记者张丛婧"


def test_headless_captions_each_with_its_credit_are_a_photo_each():
    arts = parse_page("大會發言人在回答記者提問。新華社記者 高潔 攝\n這是記者在提問。新華社記者 尹棟遜 攝\n", "x.txt")
    assert [a.credit.photographers for a in arts] == [("高潔",), ("尹棟遜",)]
    assert all(a.kind == "photo" for a in arts)


def test_hours_counted_with_a_measure_word_are_one_unit():
    import re

    from qa.lexicon import UNIT_PATTERN
    m = re.match(rf"\d+{UNIT_PATTERN}", "8个小时后才下山")  # "8个小时": not "8个" and a stray 小时
    assert m is not None and m.group() == "8个小时"


def test_a_marked_caption_is_never_the_tail_of_the_paragraph_above():
    arts = parse_page("东北虎返乡\n▲保护区工作人员正在检查红外摄像机。图/珲春东北虎国家级自然保护区\n"
                      "▲2007年,通过红外摄像机第一次捕捉到的野生东北虎影像。\n3月3日早上7点,他钻进了树林里。\n", "x.txt")
    assert [p.text[:5] for p in arts[0].body] == ["▲保护区工", "▲2007", "3月3日早"]


def test_where_an_online_articles_pictures_come_from_is_kept_but_no_byline():
    for line in ("图片来源:海洛创意", "图源:视觉中国", "图片来源：新华社"):
        f = furniture(line)
        assert f is not None and f.kind == "staff", line
    arts = parse_page("跨境电商撞上枪口\n来源:界面新闻\n图片来源:海洛创意\n消费者在家里轻松买全球。\n", "x.txt")
    assert [p.kind for p in arts[0].paragraphs] == ["headline", "staff", "body"] and not arts[0].credit.names


# ---------------------------------------------------------------- pages8: regional papers' furniture and credits


def test_trailer_with_the_page_after_the_bracket():
    f = furniture("《北方新报》(2017年3月7日) 01版")  # 北方新报: the page number outside the brackets
    assert f is not None and (f.kind, f.source, f.date, f.page) == ("trailer", "北方新报", "2017-03-07", "1")
    assert furniture("《北方新报》这篇报道写了2017年3月7日的会议") is None


def test_masthead_statement_is_no_headline():
    masthead = "中共昌吉回族自治州委员会主管主办 昌吉日报社出版 国内统一刊号:CN65-0010"
    f = furniture(masthead)
    assert f is not None and f.kind == "header"
    assert furniture("刊号变更的通知") is None
    arts = parse_page(f"{masthead}\n三屯河大桥正在加紧施工。 本报记者 何龙 摄\n", "changjirb_20230427.txt")
    assert len(arts) == 1 and arts[0].headline == "" and arts[0].credit.photographers == ("何龙",)
    assert [p.text for p in arts[0].paragraphs if p.kind == "staff"] == [masthead]  # kept, searchable


def test_credit_with_its_role_first_at_the_end_of_a_caption():
    b = parse_byline("摄影/内蒙古日报社融媒体记者 袁永红")  # an outlet of nine characters before the role
    assert b is not None and b.photographers == ("袁永红",) and not b.reporters
    arts = parse_page("代表团举行全团会议\n3月6日下午,代表团举行全团会议。 摄影/本报记者 袁永红\n"
                      "代表团继续审议政府工作报告。\n", "x.txt")
    assert arts[0].credit.photographers == ("袁永红",)
    assert parse_page("会议召开\n会议审议了报告。 文/张三\n", "x.txt")[0].credit.photographers == ()


def test_caption_line_with_its_credit_after_a_colon_is_no_headline():
    # 中国西藏网: "图为…现场 摄影:王茜" between the date line and the text — a caption crediting its photographer
    page = ("【重游西藏 共圆梦想】助力林芝高质量发展 老西藏建言献策\n发布时间:2023-03-30 19:09:00来源: 中国西藏网\n"
            "图为林芝经济社会发展座谈会现场 摄影:王茜\n中国西藏网讯 3月29日,林芝市召开经济社会发展座谈会。\n")
    arts = parse_page(page, "tibetcn_20230330.txt")
    assert arts[0].headline == "【重游西藏 共圆梦想】助力林芝高质量发展 老西藏建言献策"
    assert arts[0].credit.photographers == ("王茜",)
    assert parse_page("会议召开\n会议审议了报告。 主持:张三\n", "x.txt")[0].credit.photographers == ()


def test_marked_writer_with_a_slash_is_no_column_title():
    arts = parse_page("圆了我的新闻梦\n■ 撰文/周荣\n每个工作日的清晨,我都去上班。\n", "x.txt")
    assert arts[0].byline.reporters == ("周荣",) and arts[0].sections == ()
    arts = parse_page("南洋梦事·南洋印记/心然\n不晓得是否年纪增长,烦心事增多。\n", "x.txt")  # a column's title
    assert arts[0].headline == "南洋梦事·南洋印记" and arts[0].byline.reporters == ("心然",)


def test_uncredited_captions_under_the_headline_and_a_photo_column_label():
    page = ("亦师亦友亦知己\n一九五九年大同报社编辑部和印刷厂工作人员合影\n《大同日报》1949年5月5日创刊号\n"
            "作为大同人,我每天必看的报纸就是《大同日报》了。我与它相伴多年,从未间断。\n")
    arts = parse_page(page, "x.txt")
    assert len(arts) == 1 and arts[0].headline == "亦师亦友亦知己" and arts[0].subheadline == ""
    assert arts[0].sections == () and first_words(arts[0]).startswith("一九五九年")
    f = furniture("图片新闻")
    assert f is not None and f.kind == "label"
    assert [p.text for p in arts[0].paragraphs if p.kind == "body"][1] == "《大同日报》1949年5月5日创刊号"


# ---------------------------------------------------------------- pages10: metropolitan and evening papers


def test_numbered_captions_under_the_headline_and_a_signature_after_a_closing_quote():
    page = ("上午,记者在奉贤看到市民生活如往昔\n相信上海不久会恢复热闹\n①不少居民到公园内游玩\n"
            "②在弄堂门口,私家车出入无需通行证\n"
            "昨天晚上,区里发布《告市民书》,宣布取消出入证管理。\n"
            "她说:“上海不久就会恢复平日的热闹。”本报记者 董怡虹 陈炅玮\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "相信上海不久会恢复热闹" and a.subheadline == "上午,记者在奉贤看到市民生活如往昔"
    bodies = [p.text for p in a.paragraphs if p.kind == "body"]
    assert bodies[:3] == ["①不少居民到公园内游玩", "②在弄堂门口,私家车出入无需通行证",
                          "昨天晚上,区里发布《告市民书》,宣布取消出入证管理。"]  # each its own, never joined
    assert a.byline.reporters == ("董怡虹", "陈炅玮") and first_words(a).startswith("昨天晚上")
    assert bodies[-1].endswith("热闹。”")
    # a numbered sub-head between paragraphs is still a sub-head
    (b,) = parse_page("会议召开\n本报记者 李洁\n会议在杭州召开。\n①抓好落实\n会议强调要抓好落实。\n", "x.txt")
    assert b.sections == ("①抓好落实",)


def test_a_text_and_picture_byline_under_the_photos_caption():
    page = ("街头桂花飘香 市民莫要采摘\n花好莫要采。\n□全媒体记者 王建成 文/图\n"
            "本报讯 时下,正是桂花开放的时节。\n环卫工人呼吁市民爱护桂花。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.byline.reporters == ("王建成",) and a.credit.photographers == ("王建成",)
    assert a.dateline is not None and a.dateline.agency == "本报" and first_words(a).startswith("时下")


def test_headless_captions_with_credits_on_their_own_lines_and_a_credit_broken_after_its_role():
    page = ("5月24日,上等兵刘涛看望母亲李旭燕。\n本报特派记者 曾宪平 摄\n"
            "5月24日,官兵从大殿内抢搬珍贵文物。本报特派记者\n陈占举 摄\n"
            "5月25日,官兵清理受灾现场。\n本报特派记者 曾宪平 摄\n")
    arts = parse_page(page, "x.txt")
    assert [a.credit.photographers for a in arts] == [("曾宪平",), ("陈占举",), ("曾宪平",)]
    assert [a.kind for a in arts] == ["photo"] * 3
    assert [p.text for p in arts[1].paragraphs if p.kind == "body"] == ["5月24日,官兵从大殿内抢搬珍贵文物。"]
    assert arts[1].credit.roles == (("本报特派记者", "陈占举"),)


def test_captions_over_the_headline_and_a_byline_and_credit_under_the_lead():
    page = ("嘉賓們乘船夜游秦淮河。\n嘉賓們用手機記錄下秦淮夜景。\n“歷史與現代融合一體值得學習”\n"
            "十裡秦淮,畫舫凌波。昨晚,嘉賓們從南京夫子廟出發。\n揚子晚報記者 陳婧 李沖\n揚子晚報記者 張筠 劉瀏 攝\n"
            "A 金陵風韻\n“歷史與現代融合一體值得學習”\n昨晚8點,報業老總從夫子廟碼頭出發。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "“歷史與現代融合一體值得學習”"
    assert a.byline.reporters == ("陳婧", "李沖") and a.credit.photographers == ("張筠", "劉瀏")
    assert first_words(a).startswith("十裡秦淮") and a.sections == ("A 金陵風韻 “歷史與現代融合一體值得學習”",)
    # one sentence over a headline and its byline is still a headless story's text, not a caption
    arts = parse_page("正文一句。\n第二篇标题\n通讯员 张三\n", "x.txt")
    assert arts[0].headline == "" and arts[1].headline == "第二篇标题"


def test_an_outlets_role_over_the_names_and_a_title_broken_after_an_open_word():
    page = ("《郑州晚报》,一路相伴的挚友\n今天迎来《郑州晚报》创刊74周年的重要日子。\n正观新闻·郑州晚报记者\n"
            "董艳竹 张玉东/文 廖谦/图\n我与晚报的\n14年情谊\n——希望小学校长李灵\n《郑州晚报》既是益友,更是良师。\n")
    first, second = parse_page(page, "x.txt")
    assert first.byline.reporters == ("董艳竹", "张玉东") and first.credit.photographers == ("廖谦",)
    assert second.headline == "我与晚报的 14年情谊" and second.subheadline == "——希望小学校长李灵"


# ---------------------------------------------------------------- pages11: Taiwan local and overseas Chinese papers


def test_a_bracketed_reporter_without_agency_is_the_dateline():
    d = parse_dateline("【記者李祖翔報導】政大新聞系畢業後,社長符芝瑛歷任多家報社。")
    assert d is not None and d.reporters == ("李祖翔",) and d.agency == "" and d.place == ""
    assert after_dateline("【記者李祖翔報導】政大新聞系畢業後,社長符芝瑛歷任多家報社。", d).startswith("政大新聞系")
    arts = parse_page("【記者李祖翔報導】政大新聞系畢業後,社長符芝瑛歷任多家報社。\n", "x.txt")
    assert arts[0].byline.reporters == ("李祖翔",)
    assert parse_dateline("【記者會上報導指出】議員要求政府說明。") is None  # "會上" is no name: it must end in 報導】


@pytest.mark.parametrize("line,source", [
    ("【以上新闻转载自世界日报】", "世界日报"),
    ("~以上新闻转载自世界日报~", "世界日报"),
    ("（轉載自《星暹日報》）", "星暹日報"),
])
def test_a_reposting_sites_note_names_the_paper(line, source):
    f = furniture(line)
    assert f is not None and f.kind == "disclaimer" and f.source == source


def test_a_repost_note_at_the_end_is_no_section_and_gives_the_source():
    page = ("快艇和渡轮下月20日起涨价\n【本报讯】港务厅厅长塔汪昨天(26日)透露,客船票价上涨1铢。\n"
            "他说,客船票价还是有必要上调。\n【以上新闻转载自世界日报】\n")
    arts = parse_page(page, "x.txt")
    assert len(arts) == 1 and arts[0].sections == () and arts[0].source == "世界日报"
    assert furniture("转自网络的消息说,票价上涨") is None  # no bracket, no 以上: a sentence, not a note


@pytest.mark.parametrize("line", ["头条新闻", "新闻头条", "特别关注", "頭條新聞"])
def test_a_wechat_editions_column_heads_are_labels(line):
    f = furniture(line)
    assert f is not None and f.kind == "label"


def test_a_column_head_over_a_two_line_title_is_no_kicker():
    page = ("头条新闻\n佐科维总统与日相岸田文雄会谈\n我国将与日本为区域和世界和平做出贡献\n"
            "【本报讯】佐科维总统周三(27/7)在日本东京与日本首相岸田文雄举行工作午餐会。\n")
    arts = parse_page(page, "x.txt")
    assert len(arts) == 1 and "头条" not in arts[0].headline + arts[0].subheadline


@pytest.mark.parametrize("line,kind,page,date", [
    ("第一版", "label", "1", ""),
    ("第十二版", "label", "12", ""),
    ("二O一三年五月十七日", "dateline", "", "2013-05-17"),  # a letter O for 〇, as the e-paper prints it
    ("二〇一一年十二月三十日 星期五", "dateline", "", "2011-12-30"),
    ("農曆癸巳年四月初八日", "dateline", "", ""),
    ("農曆辛卯年十二月初六", "dateline", "", ""),
    ("星期五", "dateline", "", ""),
    ("澳門特別行政區政府承認之有效刊物", "dateline", "", ""),
])
def test_a_mastheads_lines_in_chinese_numerals_are_furniture(line, kind, page, date):
    f = furniture(line)
    assert f is not None and (f.kind, f.page, f.date) == (kind, page, date)


@pytest.mark.parametrize("line", ["第一次来到澳门", "星期五晚上见", "二〇一三年五月十七日上午,澳门大学宣布迁校。"])
def test_lines_that_only_start_like_a_masthead_are_no_furniture(line):
    assert furniture(line) is None


def test_a_headline_run_into_its_bracketed_dateline_is_split():
    page = ("第一版\n二O一三年五月十七日\n星期五\n澳大遺址花落誰家\n"
            "【本報訊】澳門大學新學年開始遷入橫琴新校區運作,校址新主備受熱議。\n去年事故涉軟件供應商\n"
            "電訊不被歸責 【本報訊】電訊管理局局長陶永強表示,澳門電訊及和記已繳交去年各兩宗的網絡事故罰款。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["澳大遺址花落誰家", "去年事故涉軟件供應商"]
    assert arts[1].subheadline == "電訊不被歸責" and arts[1].dateline is not None
    assert first_words(arts[1]).startswith("電訊管理局局長")
    assert arts[0].date == "2013-05-17" and arts[0].page == "1"
    # a bracket that is no dateline splits nothing: the line stays the article's first paragraph
    one = parse_page("標題在此\n新春團拜 (圖為現場)各界人士出席了今天的活動,場面熱鬧非常,大家都很開心。\n", "x.txt")
    assert one[0].headline == "標題在此" and first_words(one[0]).startswith("新春團拜 (圖為現場)")


# ---------------------------------------------------------------- pages13 (HK/TW/Macau/overseas, city papers)


def test_a_picture_provided_by_an_organisation_names_no_photographer():
    # "（圖：軍聞社提供）" (自由時報): who gave the picture, with a colon as well as a slash; nobody took it here
    assert parse_byline("（圖：軍聞社提供）") is None
    assert parse_byline("(圖/軍聞社提供)") is None
    page = ("國防部軍事新聞通訊社此次榮獲國軍模範團體，由賴總統頒獎給軍聞社社長王智平上校。（圖：軍聞社提供）\n"
            "〔記者羅添斌／台北報導〕今天為九三軍人節，國防部昨舉辦表揚大會，由總統親自頒獎給國軍楷模得主。\n")
    arts = parse_page(page, "x.txt")
    assert len(arts) == 1 and arts[0].credit.photographers + arts[0].byline.photographers == ()
    assert arts[0].byline.reporters == ("羅添斌",)


def test_a_special_correspondents_role_is_no_dateline():
    # "本报特约通讯员、…" opens a sentence about a person: the 讯 of 通讯员 is not a dateline's 讯
    assert parse_dateline("本报特约通讯员、深圳野生动物园的黄显达在昨天的座谈会上作了精彩的发言。") is None
    assert parse_dateline("本报长沙讯 近日") is not None  # a place and 讯 still is one


def test_a_bracketed_special_dispatch_is_a_dateline_without_an_agency():
    d = parse_dateline("【特訊】澳門雷州聯誼會五月二十八日拜會台北經濟文化辦事處。")
    assert d is not None and (d.agency, d.place, d.day, d.reporters) == ("", "", "", ())
    assert after_dateline("【特訊】澳門雷州聯誼會五月二十八日拜會台北經濟文化辦事處。", d).startswith("澳門雷州")
    assert parse_dateline("特訊澳門雷州聯誼會") is None  # without its brackets it is a word of the text


@pytest.mark.parametrize("line,kind,date,source", [
    ("August 20, 2020 by WA Chinese Post Leave a Comment", "dateline", "2020-08-20", ""),
    ("December 1, 2022 by Hao Yi Xu Leave a Comment", "dateline", "2022-12-01", ""),
    ("March 5, 2020", "dateline", "2020-03-05", ""),
    ("Filed Under: 新聞, 特寫, 社區新聞, 首要 Tagged With: 三文魚, 金郡", "hashtag", "", ""),
    ("華僑報新聞", "disclaimer", "", "華僑報"),
])
def test_a_blog_posts_date_and_tag_lines_and_an_aggregators_paper_note_are_furniture(line, kind, date, source):
    f = furniture(line)
    assert f is not None and (f.kind, f.date, f.source) == (kind, date, source)


@pytest.mark.parametrize("line", ["August is hot in Seattle, by all accounts", "華僑報新聞發佈會今天舉行"])
def test_lines_like_a_blog_date_or_a_paper_note_are_no_furniture(line):
    assert furniture(line) is None


def test_the_paper_s_own_news_is_no_note_naming_a_paper():
    # "本報新聞" is not an aggregator's note naming a paper 本報 (as "華僑報新聞" names 華僑報): it is a section's
    # label (星報's site prints it over the day's report), naming no source
    f = furniture("本報新聞")
    assert f is not None and (f.kind, f.source) == ("label", "")


def test_a_blog_listing_reads_as_one_article_per_post():
    page = ("金郡\n不在海裡游選乘坐渡輪 紅鮭三文魚養殖搬家新方式\n"
            "August 20, 2020 by WA Chinese Post Leave a Comment\n"
            "( 本報訊) 魚在水裡游是牠們的正常生態。不過日前二百五十條小紅鮭獲得乘坐華州渡輪的待遇。\n"
            "Filed Under: 新聞, 特寫 Tagged With: 三文魚, 金郡\n西市宣佈在西雅圖南部增設全市檢測點\n"
            "August 13, 2020 by WA Chinese Post Leave a Comment\n"
            "(本報訊)西市自6月份開展的全市新冠病毒檢測,至今已經完成了超過8萬次。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["不在海裡游選乘坐渡輪 紅鮭三文魚養殖搬家新方式",
                                          "西市宣佈在西雅圖南部增設全市檢測點"]
    assert arts[0].subheadline == ""  # "金郡": the tag page's name, a label — not the first title's kicker
    assert not any("Filed Under" in p.text or "August" in p.text for a in arts for p in a.paragraphs)


def test_a_caption_saying_what_the_picture_shows_is_no_headline():
    page = ("图为杜志勇参加本报粉丝团活动\n楚天都市报记者陈希\n摄影:楚天都市报记者陈凌燕\n"
            "每天晨跑十多公里和每天两小时读楚天都市报,是杜志勇每日的必修课。\n“看楚天”方便了读报人\n"
            "杜志勇,黄冈红安人,28岁,10年前来汉口跟着亲戚做焊工学徒。\n")
    arts = parse_page(page, "x.txt")
    assert len(arts) == 1 and arts[0].headline == ""
    assert arts[0].byline.reporters == ("陈希",) and arts[0].credit.photographers == ("陈凌燕",)
    assert first_words(arts[0]).startswith("每天晨跑")


@pytest.mark.parametrize("line", ["(圖片:多倫多警隊) T02", "(圖:CP24)T04", "（圖片：CTV）"])
def test_a_pictures_source_in_brackets_with_an_editions_page_code_is_no_sub_head(line):
    f = furniture(line)
    assert f is not None and f.kind == "staff"
    page = ("警方發圖尋找撞人後逃離現場車輛\n多倫多警隊發出一張從保安攝錄機拍下的圖片,呼籲公眾協助尋找一輛小型房車。\n"
            f"警方表示,案發時附近有其他汽車經過,故呼籲目擊人士與警方聯絡。\n{line}\n")
    arts = parse_page(page, "x.txt")
    assert len(arts) == 1 and arts[0].sections == ()


def test_an_exclaimed_title_over_its_source_line_is_the_headline_and_an_ellipsis_is_no_sub_head():
    page = ("愿,我能成为你的一束光!\n南国早报 2024-04-22\n第24个中国记者节\n我们的节日,来听我们的故事\n"
            "采访得来的妹妹\n讲述人:南国早报记者钟亮\n▲ 南国早报关于张玉兰的报道截图。\n"
            "“阿哥,中秋节我回去看望揭老师了,他已经七十几岁了,身体很好。”\n……\n"
            "这个叫我阿哥的姑娘,其实与我非亲非故,因一次采访而结识。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["愿,我能成为你的一束光!", "采访得来的妹妹"]
    assert arts[0].subheadline == "第24个中国记者节"
    assert arts[1].byline.reporters == ("钟亮",) and arts[1].sections == ()
    assert first_words(arts[1]).startswith("“阿哥")  # the marked caption "▲ …截图。" is not the story's start

# ---------------------------------------------------------------- pages12: national trade and provincial party papers


def test_another_papers_name_in_title_marks_after_ju_is_the_dateline():
    text = "据《广西日报》消息(记者郭亚琼 通讯员黄诗谊)近日,住房城乡建设部公布第二批城市更新典型案例。"
    d = parse_dateline(text)
    assert d is not None and (d.agency, d.place, d.day) == ("广西日报", "", "")
    assert d.reporters == ("郭亚琼",) and d.correspondents == ("黄诗谊",)
    assert after_dateline(text, d).startswith("近日,住房城乡建设部")
    assert parse_dateline("《广西日报》消息称,近日住房城乡建设部公布案例。") is None  # no 据: a sentence


def test_a_headline_line_with_spaces_run_into_its_first_paragraph():
    page = ("广西两项目入选\n全国第二批城市更新典型案例 其一为桂林市阳朔糖厂改造糖舍酒店项目   "
            "据《广西日报》消息(记者郭亚琼 通讯员黄诗谊)近日,住房城乡建设部公布第二批城市更新典型案例。\n")
    arts = parse_page(page, "x.txt")
    assert len(arts) == 1
    assert arts[0].headline == "全国第二批城市更新典型案例 其一为桂林市阳朔糖厂改造糖舍酒店项目"
    assert arts[0].subheadline == "广西两项目入选" and arts[0].byline.reporters == ("郭亚琼",)
    assert first_words(arts[0]).startswith("近日,住房城乡建设部")


def test_headline_subtitle_and_marked_byline_on_one_line():
    page = ("城市更新报道\n近日,住房城乡建设部公布第二批城市更新典型案例,两个项目入选。\n"
            "擦亮新时代党的建设“金色名片” ——以习近平同志为核心的党中央贯彻执行中央八项规定、推进作风建设纪实"
            " □新华社记者孙少龙 丁小溪 王子铭\n中央党的建设工作领导小组近日召开会议。\n")
    first, second = parse_page(page, "x.txt")
    assert second.headline == "擦亮新时代党的建设“金色名片”"
    assert second.subheadline.startswith("——以习近平同志为核心")
    assert second.byline.reporters == ("孙少龙", "丁小溪", "王子铭")
    assert first_words(second).startswith("中央党的建设工作领导小组")


def test_a_quotation_with_its_exclamation_over_the_text_is_the_headline():
    arts = parse_page("“这才是真正的河南!”\n短短六天的时间,马不停蹄地跑了六个市,采访团收获满满。\n", "x.txt")
    assert arts[0].headline == "“这才是真正的河南!”" and first_words(arts[0]).startswith("短短六天")
    # a quoted sentence with 。 is said, not printed as a title
    one = parse_page("“我们明天再来。”\n他说完就走了,大家都笑了起来,场面很热闹。\n", "x.txt")
    assert one[0].headline == ""


def test_a_lead_in_naming_the_reporter_of_a_groups_part():
    page = ("南京與長江,相依更相生\n跨江而踞、擁江而興的南京,是江蘇省省會,請看他們發回的精彩故事。\n"
            "“産業強音”振奮人心\n請看記者吳瓊採自第一條專線的報道——\n南京産業脈動的強音振奮人心。\n")
    first, second = parse_page(page, "x.txt")
    assert first.headline == "南京與長江,相依更相生" and second.headline == "“産業強音”振奮人心"
    assert second.byline.reporters == ("吳瓊",) and first_words(second).startswith("南京産業脈動")
    # a lead-in that names nobody is text
    one = parse_page("标题一\n请看他们发回的精彩故事——\n南京产业脉动的强音振奋人心,企业发展很快。\n", "x.txt")
    assert one[0].byline.reporters == () and len(one) == 1


def test_a_byline_under_the_summary_paragraph_starts_the_report():
    page = ("金鱼公社一个“包”字,这只是70年来四川日报见证四川发展的切片之一。\n大胆喊出一个“包”字\n"
            "为农业生产责任制改革“解放思想”\n1979年2月20日,《四川日报》刊登一文,并配发短评。\n"
            "□四川日报全媒体记者 余如波\n2022年8月底,德阳广汉市金鱼镇的沃野平畴被染成金黄。\n")
    first, second = parse_page(page, "x.txt")
    assert first.byline.reporters == () and second.byline.reporters == ("余如波",)
    assert "□四川日报全媒体记者 余如波" not in [p.text for p in second.paragraphs if p.kind == "body"]
    assert first_words(second).startswith("1979年2月20日")


def test_a_column_label_over_each_item_of_a_digest_and_the_byline_over_the_first_title():
    page = ("工人日报-中工网记者 刘兵\n瞰体坛\n吴艳妮破全国纪录\n"
            "23日,中国选手吴艳妮打破尘封11年的女子室内60米栏全国纪录。\n"
            "瞰体坛\n冯彦哲/魏雅欣获搭档后首冠\n北京时间24日凌晨,中国组合冯彦哲/魏雅欣获得冠军。\n瞰体坛\n"
            "中国女子冰壶队\n直通米兰冬奥会\n23日,中国队以9比4战胜东道主韩国队,赢得铜牌。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["吴艳妮破全国纪录", "冯彦哲/魏雅欣获搭档后首冠", "直通米兰冬奥会"]
    assert arts[0].byline.reporters == ("刘兵",) and arts[2].subheadline == "中国女子冰壶队"
    assert not any("瞰体坛" in p.text for a in arts for p in a.paragraphs)
    # printed once, the same line is a headline or sub-head as before
    one = parse_page("瞰体坛\n吴艳妮破全国纪录\n23日,中国选手吴艳妮打破了全国纪录,成绩是8秒01。\n", "x.txt")
    assert one[0].headline or one[0].subheadline


def test_two_outlets_joined_by_a_hyphen_before_the_role():
    b = parse_byline("工人日报-中工网记者 刘兵")
    assert b is not None and b.reporters == ("刘兵",)
    assert parse_byline("2-3名记者 在场") is None


@pytest.mark.parametrize("line,label", [("F1中国大奖赛桂冠", False), ("A4要闻", True), ("A16封底", True),
                                        ("B02 港聞", True)])
def test_a_letter_and_digits_glued_to_a_long_title_is_no_page_label(line, label):
    f = furniture(line)
    assert (f is not None and f.kind == "label") is label



# ---------------------------------------------------------------- pages14: 星洲网, 佛山日报, 侨报, 中山日报


def test_a_bracketed_dateline_of_a_story_put_together_from_several_reports():
    d = parse_dateline("(曼谷21日综合电)泰国前首相周四晚现身曼谷路(唐人街)。")
    assert d is not None and (d.agency, d.place, d.day) == ("", "曼谷", "21日")
    assert after_dateline("(曼谷21日综合电)泰国前首相周四晚现身曼谷路(唐人街)。", d).startswith("泰国前首相")


def test_reporters_who_wrote_and_photographed_a_story_after_its_dateline():
    page = ("粤港澳媒体湾区行联合采访活动走进佛山\n"
            "佛山新闻网讯 佛山市新闻传媒中心记者陈敏珊、张伟科摄影报道:6月27日,联合采访活动走进佛山。\n"
            "数十名来自中央、广东省和港澳媒体的记者走访了佛山祖庙。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.dateline is not None and a.dateline.reporters == ("陈敏珊", "张伟科")
    assert a.byline.reporters == ("陈敏珊", "张伟科") and a.credit.photographers == ("陈敏珊", "张伟科")
    assert first_words(a).startswith("6月27日")


def test_a_news_sites_labels_and_its_time_line_with_a_day_month_year_date_are_furniture():
    f = furniture("發佈: 2:56pm 21/03/2025")
    assert f is not None and f.kind == "meta" and f.date == "2025-03-21"
    assert all(furniture(x) is not None for x in ("國際", "|", "即時國際"))
    page = ("國際\n|\n即時國際\n發佈: 2:56pm 21/03/2025\n时隔19年 塔辛重游曼谷唐人街\n"
            "(曼谷21日综合电)泰国前首相周四晚现身曼谷路(唐人街),这是其结束17年流亡回国后首次造访该地。\n"
            "晚餐后,塔辛在耀华力街道上散步,吸引了众多民众和游客前来与他合影。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "时隔19年 塔辛重游曼谷唐人街" and a.sections == ()
    assert first_words(a).startswith("泰国前首相")


def test_a_student_reporters_signature_with_a_grade_and_place_ends_the_essay():
    page = ("去年冬天我家去了墨西哥度假。   我们游览了坎昆。   这次墨西哥之旅永远在我的记忆中。"
            " 侨报小记者杜原鑫 (十年级)写于北卡\n我是一个美籍华人(图)\n"
            "我是一个美籍华人,美籍华人是有中国血统的美国人。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["", "我是一个美籍华人(图)"]
    assert arts[0].byline is not None and arts[0].byline.reporters == ("杜原鑫",)
    assert not (arts[1].byline and arts[1].byline.reporters) and arts[1].sections == ()


@pytest.mark.parametrize("line,kind,date,page", [
    ("2023年09 09", "dateline", "2023-09-09", ""),
    ("有奖新闻热线: 88881111 星期六", "header", "", ""),
    ("A04版 2023年09月09日 第五届海峡两岸中山论坛特别报道", "label", "2023-09-09", "A04"),
])
def test_an_epapers_masthead_lines_split_date_hotline_and_dated_page_label(line, kind, date, page):
    f = furniture(line)
    assert f is not None and (f.kind, f.date, f.page) == (kind, date, page)


def test_a_kicker_ending_in_a_dash_leads_into_the_main_title_under_it():
    page = ("2023年09 09\n癸卯年七月廿五\n有奖新闻热线: 88881111 星期六\n"
            "A04版 2023年09月09日 第五届海峡两岸中山论坛特别报道\n台湾嘉宾了解我市文化兴城建设成果后表示——\n"
            "要把中山故事带回台湾\n“回到台湾后,我会把孙中山先生故乡的历史在台湾进行报道。”蒋谦正参观中山市博物馆后表示。\n"
            "当天上午,突如其来的大雨没有挡住媒体采风团的热情。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "要把中山故事带回台湾" and a.subheadline == "台湾嘉宾了解我市文化兴城建设成果后表示——"
    assert first_words(a).startswith("“回到台湾后")


def test_a_writers_name_in_brackets_after_the_last_sentence_and_a_composite_dispatch_with_no_place():
    page = ("16\n(本报综合讯)由企业自立主持的互助新冠疫苗接种项目计划于3月底启动。 "
            "印尼工商会馆属下8300家成员已报名参加互助新冠疫苗接种项目。 (小红)\n")
    (a,) = parse_page(page, "x.txt")
    assert a.dateline is not None and (a.dateline.agency, a.dateline.place) == ("本报", "")
    assert a.byline is not None and a.byline.reporters == ("小红",)
    for end in ("(新华社)", "(资料图)", "(待续)"):
        (b,) = parse_page(f"某地举行活动\n活动吸引了众多市民参加。 {end}\n", "x.txt")
        assert b.byline is None or b.byline.reporters == () or not b.byline.reporters


def test_writers_in_brackets_glued_to_the_last_sentence_with_a_role_inside():
    page = ("二十余家地方媒体总编辑注目无锡\n本报讯 昨天,活动启动,来自全国20多家媒体的高层领导齐聚太湖之滨。\n"
            "启动仪式上,总编辑获授荣誉牌,增强无锡的知名度和影响力。(朱冬娅、见习记者 姚程玉)\n")
    (a,) = parse_page(page, "x.txt")
    assert a.byline is not None and a.byline.reporters == ("朱冬娅", "姚程玉")
    assert ("见习记者", "姚程玉") in a.byline.roles
    assert a.body[-1].text.endswith("影响力。")


def test_a_line_of_names_in_brackets_with_inner_spaces_under_the_text_is_the_byline():
    page = ("湖南衡东开展大型主题报道活动\n本报讯 近日,衡东县举行庆祝第22个记者节活动启动仪式。\n"
            "衡东县融媒体中心去年在上级媒体发稿650多条。\n(周 健 刘星野 曹 莉)\n")
    (a,) = parse_page(page, "x.txt")
    assert a.byline is not None and a.byline.reporters == ("周健", "刘星野", "曹莉")
    assert a.sections == ()
    for note in ("(资料 图片)", "(新华社 中新社)", "(周一 周二)"):
        (b,) = parse_page(f"某地举行活动\n活动吸引了众多市民参加。\n{note}\n", "x.txt")
        assert b.byline is None or b.byline.reporters == () or not b.byline.reporters


def test_a_column_of_marked_briefs_each_with_its_writers_in_brackets_is_one_item_each():
    page = ("■9 月 14 日, 中铁一局二公司承建的首根装配式桥梁墩柱成功起吊安装。 (眭国云 陈思羽 刘占军)\n"
            "■近日, 全长2515米的令达拿隧道贯通。 (李东 罗潇)\n"
            "■近日, 保障房项目正式验收交付。 (王永德)\n")
    arts = parse_page(page, "x.txt")
    assert [a.byline.reporters if a.byline else () for a in arts] == [
        ("眭国云", "陈思羽", "刘占军"), ("李东", "罗潇"), ("王永德",)]
    assert "令达拿隧道" in arts[1].body[0].text


def test_a_county_media_centres_reporter_line_over_its_review_lines():
    page = ("11月6日,庆祝第26个中国记者节座谈会在县大礼堂召开。\n会上,4名新闻工作者代表作了发言。\n"
            "融媒体记者:陈时雨\n一审:刘锦芮\n二审:黄炎\n三审:王进\n")
    (a,) = parse_page(page, "x.txt")
    assert a.byline is not None and a.byline.reporters == ("陈时雨",)
    assert a.sections == ()
    assert [p.kind for p in a.paragraphs][-3:] == ["staff", "staff", "staff"]
    b = parse_byline("全媒体记者:王一")
    assert b is not None and b.reporters == ("王一",)


def test_a_street_snapshots_fields_are_text_and_its_photographer_is_credited():
    page = ("第03版:城 事\n街拍\n时间:3月6日上午\n地点:胜利南路天桥下\n拍摄者:本报记者 张方志\n"
            "有市民反映,胜利南路天桥下一个惠民早餐的餐棚因长期弃用,无人打理而变得灰头土脸。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "街拍" and a.subheadline == ""
    assert a.credit.photographers == ("张方志",)
    assert [p.text for p in a.body][:2] == ["时间:3月6日上午", "地点:胜利南路天桥下"]


def test_a_programmes_fields_are_text_each_a_paragraph_and_its_section_label_is_furniture():
    # 舜网's programme of a festival's activities: `活动地点:` and `咨询电话:` lines are fields, never sub-heads,
    # nor joined to the line before; `新闻中心` over the headline is the site's section; the headline printed again
    # under the lead (an image's text) is no sub-head
    page = ("新闻中心\n一图在手 玩转泉水节\n舜网讯 泉水盛宴,普惠全民。\n一图在手 玩转泉水节\n"
            "泉水节期间具体活动详情如下:\n"
            "一、“泉水狂欢”活动\n活动时间:启动仪式8月23日上午10:30—12:00\n"
            "活动地点:泉城公园玉竹园西侧广场为主场地\n咨询电话:济南广播电视台85652646\n"
            "二、“泉水情 泉城月”演出\n活动时间:2014年9月6日20:00—21:00\n活动地点:泉城公园生态广场\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "一图在手 玩转泉水节" and a.subheadline == ""
    assert a.sections == ("一、“泉水狂欢”活动", "二、“泉水情 泉城月”演出")
    assert [p.text for p in a.body][-3:] == ["咨询电话:济南广播电视台85652646", "活动时间:2014年9月6日20:00—21:00",
                                            "活动地点:泉城公园生态广场"]


def test_a_category_line_and_an_all_capitals_latin_label_are_furniture():
    f = furniture("分類: 焦點新聞")
    assert f is not None and f.kind == "meta"
    f = furniture("LATEST ARTICLES")
    assert f is not None and f.kind == "label"
    assert furniture("COVID-19最新警報消息!") is None  # Latin letters in a headline: no label


def test_a_listings_title_repeated_at_the_start_of_its_teaser_starts_a_new_item():
    page = ("LATEST ARTICLES\n如果你去過他家必勝店!\n"
            "如果你去過他家必勝店! 任何人在11月6日至16日光顧該餐室,必須立即進行14天的自我隔離。\n"
            "今凌晨起南澳關閉六天!\n"
            "今凌晨起南澳關閉六天! 南澳州州政府發佈最新消息,州政府在11月18日午夜開始實行限制。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["如果你去過他家必勝店!", "今凌晨起南澳關閉六天!"]
    assert all(not a.subheadline and not a.sections for a in arts)


def test_a_long_headline_run_into_its_reports_bracketed_reporter_and_place_is_split_off():
    page = ("轟中央救災失能 民進黨嗆問黃主席:除了指責,為花蓮付出什麼? "
            "【記者施智齡/台北報導】民眾黨主席黃國昌今指控中央政府救災失能,"
            "民進黨發言人韓瑩抨擊黃國昌扭曲事實。 2025/10/09 17:25 政治\n"
            "直擊|國慶連假首日!二度救災 6歲弟弟也來玩泥巴 【記者劉沛妘、梁建裕/花蓮報導】今(10)日是雙十國慶連假第一天,"
            "同時也是花蓮光復鄉災後第18天。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["轟中央救災失能 民進黨嗆問黃主席:除了指責,為花蓮付出什麼?",
                                         "直擊|國慶連假首日!二度救災 6歲弟弟也來玩泥巴"]
    assert arts[0].byline is not None and arts[0].byline.reporters == ("施智齡",)
    assert arts[1].dateline is not None and arts[1].dateline.reporters == ("劉沛妘", "梁建裕")
    assert first_words(arts[0]).startswith("民眾黨主席")


def test_a_bracketed_byline_after_the_headlines_first_words_opens_the_report():
    page = ("02\n法国新闻\n参加法国总统竞选的 (本报记者 李楠 张茜茜)3 月 11 日,法国总统候选人在 93 省召开总统竞选演说。"
            "记者看到了许许多多的华侨华人。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "参加法国总统竞选的" and not a.subheadline  # "法国新闻" under the page number: its section
    assert a.byline is not None and a.byline.reporters == ("李楠", "张茜茜")
    assert first_words(a).startswith("3 月 11 日")
    (b,) = parse_page("活力天津\n本报讯 (记者张虹红)今天上午,海外华文媒体看天津活动正式启动,来自21个国家的媒体参加。\n",
                      "x.txt")
    assert b.headline == "活力天津" and b.dateline is not None and b.dateline.agency == "本报"


def test_a_desk_instead_of_a_reporter_before_the_place_is_a_dateline_with_no_reporter():
    d = parse_dateline("地方中心 ∕ 花蓮報導 花蓮縣環保局為促進資源循環,鼓勵民眾回收廢手機。")
    assert d is not None and (d.agency, d.place, d.reporters) == ("地方中心", "花蓮", ())
    page = ("東華附小與越南教育團交流\n記者范振和∕花蓮報導 越南胡志明市大學教育團一行,今日上午專程參訪東華附小。\n"
            "舊機回收換新機 一舉多得\n"
            "地方中心 ∕ 花蓮報導 花蓮縣環保局為促進資源循環,8月1日起至10月31日止,鼓勵民眾回收廢手機。\n")
    arts = parse_page(page, "x.txt")  # the desk's dateline under the second headline: a new article, not a sub-head
    assert [a.headline for a in arts] == ["東華附小與越南教育團交流", "舊機回收換新機 一舉多得"]
    assert arts[1].dateline is not None and arts[1].dateline.agency == "地方中心"
    assert first_words(arts[1]).startswith("花蓮縣環保局")


def test_a_listings_teaser_cut_by_the_site_ends_its_item():
    page = ("東華附小與越南教育團交流\n"
            "記者范振和∕花蓮報導 越南胡志明市大學教育團一行,今日上午專程參訪東華附小,展開了一場教育交流。"
            " 鮑明鈞表示,這次的交流,讓...\n後山小調∕採蓮子\n"
            "夏日欣賞摇曳生姿的蓮花告一段落,蓮子已經成熟,採蓮季到了,必須再去殼。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["東華附小與越南教育團交流", "後山小調∕採蓮子"]


@pytest.mark.parametrize("line,reporters", [
    ("記者 鄭紀威台北 報導", ("鄭紀威",)),
    ("記者 王小明吉隆坡 報導", ("王小明",)),
    ("记者 欧阳玉靖 报道", ("欧阳玉靖",)),  # four characters: a compound surname's name, no place
])
def test_a_reporters_name_and_place_run_together_before_the_role_word(line, reporters):
    b = parse_byline(line)
    assert b is not None and b.reporters == reporters


def test_a_figures_thousands_comma_does_not_keep_a_line_from_the_headline_block():
    page = ("韓國偷運大麻花來澳\n市值近3,200百萬\n司警拘兩成員一骨幹\n"
            "【本報訊】司警破獲澳門歷來最大宗偷運大麻案,前日在澳門國際機場拘捕兩名集團成員。\n")
    (a,) = parse_page(page, "x.txt")
    assert "3,200" in a.headline + a.subheadline
    assert first_words(a).startswith("司警破獲")


def test_a_dateline_after_a_teasers_repeated_title_is_the_reports_dateline():
    d = parse_dateline("《本報訊18/11/2020 下午2時》任何人在11月6日至16日光顧該餐室,必須立即進行14天的自我隔離。")
    assert d is not None and (d.agency, d.place, d.day) == ("本報", "", "")
    page = ("如果你去過他家必勝店!\n"
            "如果你去過他家必勝店! 《本報訊18/11/2020 下午2時》任何人在11月6日至16日光顧該餐室,必須立即自我隔離。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.dateline is not None and a.dateline.agency == "本報"


def test_a_paragraph_trailing_off_in_dots_inside_an_article_does_not_end_it():
    page = ("某地举行读书活动\n记者王小明报道 本报讯 某地昨日举行读书活动,吸引了众多市民参加。\n"
            "活动现场,一位七十多岁的老人拿着一本旧书说:“读书让我想起了年轻的时候,那时候我们在村里的小屋...\n"
            "他说,希望以后多举办这样的活动,让更多的人爱上读书,也让孩子们从小养成读书的习惯。\n")
    arts = parse_page(page, "x.txt")
    assert len(arts) == 1 and arts[0].headline == "某地举行读书活动"


# ---------------------------------------------------------------- papers first read in the pages17 suite


def test_a_source_glued_to_the_next_fields_label_ends_before_it():
    furn = furniture("2009年08月13日 14:57 来源:南海网作者:赵丽影 赵建芝 编辑:林妙展")  # 南海网
    assert furn is not None and furn.source == "南海网" and furn.date == "2009-08-13"
    furn = furniture("2020年03月02日08:25 来源：人民网－人民日报")  # the site, then the paper
    assert furn is not None and furn.source == "人民日报"
    furn = furniture("来源:呼和浩特日报时间:2021-11-03 13:27:20")  # 呼和浩特市地情网: the time's label glued on
    assert furn is not None and furn.source == "呼和浩特日报" and furn.date == "2021-11-03"


def test_a_sites_author_field_before_its_other_fields_is_the_byline():
    page = ("各界导报:某集团领导赴某矿调研\n作者:刘孝文   来源:    发布日期:2011-12-27   点击次数:\n"
            "各界导报 2011年12月19日\n本报讯某集团副总经理王某于12月7日到某矿调研。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.byline.reporters == ("刘孝文",) and a.date == "2011-12-19"
    assert first_words(a).startswith("某集团副总经理")


@pytest.mark.parametrize("line,photographers", [
    ("③2 王俊祥 摄", ("王俊祥",)),  # 周口晚报: the photo's number on the page, then its credit
    ("①本报记者 李华 摄", ("李华",)),
])
def test_a_photos_number_before_its_credit(line, photographers):
    b = parse_byline(line)
    assert b is not None and b.photographers == photographers and b.text == line


@pytest.mark.parametrize("line", ["③2 王俊祥", "② 本报记者 李华", "①2 3"])
def test_a_numbered_line_with_no_photo_credit_is_no_byline(line):
    assert parse_byline(line) is None


def test_a_caption_ending_in_the_photos_number_and_credit_makes_a_photo():
    page = ("小记者“跑”两会\n2月1日,小记者王某采访两会期间的执勤人员。 两会期间,小记者还会记录新鲜事。③2 王俊祥 摄\n")
    (a,) = parse_page(page, "x.txt")
    assert a.kind == "photo" and a.credit.photographers == ("王俊祥",)
# ---------------------------------------------------------------- pages18: HK, Taiwan and overseas outlets


def test_a_bracketed_dateline_with_the_full_date_then_the_reporter_and_place_in_brackets():
    d = parse_dateline("【大紀元2020年07月17日訊】(大紀元記者徐綉惠洛杉磯報導)2020年,疫情席捲全球。")
    assert d is not None and (d.agency, d.place, d.day, d.reporters) == ("大紀元", "洛杉磯", "", ("徐綉惠",))
    assert after_dateline("【大紀元2020年07月17日訊】(大紀元記者徐綉惠洛杉磯報導)2020年,疫情席捲全球。", d) \
        .startswith("2020年,疫情")


def test_a_series_report_has_no_place():
    d = parse_dateline("記者林睿奕／專題報導")
    assert d is not None and d.reporters == ("林睿奕",) and d.place == ""


@pytest.mark.parametrize("line,kind,date", [
    ("2024年06月05日 22:06 最後更新:22:08", "dateline", "2024-06-05"),  # the publication line, updated
    ("6:29 24/12/2025", "dateline", "2025-12-24"),  # an hour, then day/month/year (RNZ中文)
    ("161期大學線", "label", ""),  # an issue's number and the paper's name over a listing's item
    ("政事", "label", ""),  # a site's section under the headline
])
def test_more_page_furniture(line, kind, date):
    f = furniture(line)
    assert f is not None and (f.kind, f.date) == (kind, date)


def test_a_number_of_periods_is_no_issue_label():
    assert furniture("12期以上") is None


def test_a_listing_with_a_date_line_under_each_headline_and_a_barred_byline():
    page = ("161期大學線\n採訪手記|與大自然共樂\n2022 年 10 月 15 日\n"
            "記者|蘇曉欣 做鄉郊保育這議題,走訪了荔枝窩村,採訪住在裏面的村民。 繼續閱讀\n"
            "160期大學線\n家屬親述:被拐賣婦女回家了 傷痛卻是終生\n2022 年 04 月 19 日\n"
            "「對於他們來說,他們把我媽還給我,我們還得謝謝他們。」周女士說。 繼續閱讀\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["採訪手記|與大自然共樂", "家屬親述:被拐賣婦女回家了 傷痛卻是終生"]
    assert arts[0].byline.reporters == ("蘇曉欣",) and first_words(arts[0]).startswith("做鄉郊")
    assert arts[0].date == "2022-10-15"


def test_a_reporters_page_headline_reporter_date_and_lead_on_one_line():
    page = ("澳防長稱西澳沿海現中共間諜船 中方回應 宋子玉 2022-05-14 澳洲國防部長周五稱,一艘中共間諜船在西澳沿海航行。"
            "對此,中共外交部發言人回應…\n"
            "衛生官警告:靠手機APP不能識別劇毒蘑菇 宋子玉 2022-05-14 澳洲至今仍有不少人因誤食毒蘑菇中毒。衛生官員警告,"
            "依靠手機APP分辨哪些蘑菇有毒,可能面臨致命風險…\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["澳防長稱西澳沿海現中共間諜船 中方回應",
                                          "衛生官警告:靠手機APP不能識別劇毒蘑菇"]
    assert all(a.byline.reporters == ("宋子玉",) for a in arts) and arts[0].date == "2022-05-14"
    assert first_words(arts[1]).startswith("澳洲至今")


def test_an_editors_note_opening_the_copy_is_a_sub_head_not_the_headline():
    page = ("編按：\n金門、馬祖等外離島地區,早期透過軍報刊載國家要聞,本報製作系列報導。\n"
            "記者林睿奕／專題報導\n《馬祖日報》是連江縣地區唯一報業,創刊於民國46年。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "" and a.sections[:1] == ("編按：",) and a.byline.reporters == ("林睿奕",)


def test_a_parts_bare_number_opening_the_copy_is_a_sub_head_not_the_headline():
    # 中国农网: the headline not kept, "(一)" over the first part's text, "(二)" over the second's
    page = ("(一)\n中国多山,山是大地的骨架。雄壮绵延的山地和葱郁秀丽的丘陵,是大江大河的水源地或分水岭。\n"
            "(二)\n经济发展史上,山区的发展一向是难题,山地农业的效益长期不高,农民的收入也长期偏低。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "" and a.sections == ("(一)", "(二)")
    # a numbered title with its words stays a headline
    page = "一、山区发展之路\n中国多山,山是大地的骨架。雄壮绵延的山地和葱郁秀丽的丘陵,是大江大河的水源地。\n"
    assert parse_page(page, "x.txt")[0].headline == "一、山区发展之路"


def test_a_masthead_of_owners_and_a_path_glued_to_the_sites_name_are_furniture():
    # 中国交通报's site: "交通运输部主管  中国交通报社主办" / "中国交通新闻网首页  > 要闻" over the headline
    assert furniture("交通运输部主管  中国交通报社主办").kind == "header"
    assert furniture("中国交通新闻网首页  > 要闻").kind == "label"
    assert furniture("谁来主管谁来主办") is None and furniture("中国交通报创刊前后的人与事") is None
    page = ("交通运输部主管  中国交通报社主办\n中国交通新闻网首页  > 要闻\n中国交通报创刊前后的人与事\n"
            "2014-08-20 11:56:39 来源:中国交通新闻网 作者:李长青\n"
            "我已是八十有三的耄耋之年了,回想《中国交通报》创刊前后的人与事,可谓百感交集。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "中国交通报创刊前后的人与事" and a.subheadline == ""
    assert any(p.kind == "staff" and "主管" in p.text for p in a.paragraphs)  # kept, searchable


def test_a_credit_with_the_mark_first_and_the_outlet_after_a_slash():
    b = parse_byline("攝:陳焯煇/端傳媒")
    assert b is not None and b.photographers == ("陳焯煇",) and not b.reporters
    page = ("查資料有罪?六名香港記者親述調查報導的風險與地雷\n"
            "2020年11月3日,警察到編導蔡玉玲的住所搜查後,將她押上警方車輛帶走。 攝:陳焯煇/端傳媒\n"
            "今年11月3日,香港資深記者蔡玉玲遭警察到家中拘捕,案件在今日提堂。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.credit.photographers == ("陳焯煇",)


@pytest.mark.parametrize("page,heads", [
    ("某報道的標題在這裏\n【大紀元2020年07月17日訊】(大紀元記者徐綉惠洛杉磯報導)正文第一段說了一些事情,說得很長很長。\n"
     "大紀元真實報導 訪民、維權者作為心理支持\n"
     "正文第二段又說了一些事情,而且也說得很長很長很長很長。\n", ("大紀元真實報導 訪民、維權者作為心理支持",)),
])
def test_a_short_heading_in_two_parts_with_a_list_inside_is_a_sub_head(page, heads):
    (a,) = parse_page(page, "x.txt")
    assert a.sections == heads


def test_a_listing_headline_with_a_colon_and_a_list_over_its_dateline():
    page = ("新增患者转至金边隔离治疗\n【本报消息】磅湛省省长翁占达表示,英国籍女游客已经被换到金边医院接受隔离治疗。…\n"
            "疫情冲击下:市场冷清、生意难做!\n【本报消息】一名英国籍女游客被确诊的消息传开后,一些市场小商贩的生意非常冷清。…\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["新增患者转至金边隔离治疗", "疫情冲击下:市场冷清、生意难做!"]


def test_an_outlets_credit_alone_under_a_gallery_picture_is_no_sub_head():
    assert furniture("巴士的報記者攝") is not None and furniture("巴士的報記者攝").kind == "staff"
    page = ("警方強烈譴責記協無理指控\n政事\n2024年06月05日 22:06 最後更新:22:08\n"
            "警務人員昨日在銅鑼灣一帶依法執行職務,全力維持治安及社會安寧。\n巴士的報記者攝\n"
            "至於某網媒從業員自稱遭受「無理警告」,警方強調事實亦非如此。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.sections == () and a.date == "2024-06-05" and first_words(a).startswith("警務人員")


def test_a_flash_label_glued_to_a_headline_starts_an_item():
    page = ("出租边境领土予邻国耕种是违法行为\n"
            "【本报消息】3月12日上午,柬埔寨副总理表示,柬越边界的居民禁止出租土地给越南人耕种。…\n"
            "快讯! 柬埔寨境内再增2例确诊\n"
            "据柬埔寨卫生部最新发出的通告得知:磅湛省再确诊两例新冠肺炎,他们是一对英国夫妇。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["出租边境领土予邻国耕种是违法行为", "快讯! 柬埔寨境内再增2例确诊"]


def test_a_sites_topic_tags_opening_the_page_are_no_kicker():
    page = ("反修例運動一年 深度 國家安全法 香港\n查資料有罪?六名香港記者親述調查報導的風險與地雷\n"
            "今年11月3日,香港資深記者蔡玉玲遭警察到家中拘捕,案件在今日提堂。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "查資料有罪?六名香港記者親述調查報導的風險與地雷" and a.subheadline == ""


@pytest.mark.parametrize("line, reporters", [
    ("县融媒体中心记者:陈庆彬", ("陈庆彬",)),  # the unit glued to the role: one role, not a field before it
    ("记 者 | 张子鹤 赵 鑫", ("张子鹤", "赵鑫")),  # a role spaced out to fill the column, a bar for the colon
    ("记者 | 李如意", ("李如意",)),
])
def test_county_media_centre_bylines(line, reporters):
    b = parse_byline(line)
    assert b is not None and b.reporters == reporters and not b.photographers


@pytest.mark.parametrize("line, kind, source", [
    ("视 觉 | 方 堃", "staff", ""),  # a staff line with spaced role and a bar
    ("一 审:魏 倩", "staff", ""),
    ("襄城天气:今天白天阴,东风1级,气温9~20℃", "label", ""),  # the day's weather over a post
    ("本期发布:", "label", ""),  # an e-paper's own words over the headline
    ("来源:县融媒体中心", "disclaimer", ""),  # a unit named by its level alone names no paper
    ("来源: 融媒体中心", "disclaimer", ""),  # nor one named by no level at all (盐湖区's site)
    ("来源:政协", "disclaimer", ""),
    ("来源:福州新闻网", "disclaimer", "福州新闻网"),
])
def test_county_post_furniture(line, kind, source):
    f = furniture(line)
    assert f is not None and f.kind == kind and f.source == source


def test_spaced_name_is_no_role():
    # only a known role is squeezed: names printed with a space are left to the name rules
    assert parse_byline("王 平 | 李 四") is None


# ---------------------------------------------------------------- pages22: Taiwan, Hong Kong and overseas outlets


def test_a_blog_date_line_weekday_first_with_the_view_counters_label():
    f = furniture("星期三, 4月 30, 2025 Views")
    assert f is not None and (f.kind, f.date) == ("dateline", "2025-04-30")
    page = ("定期會 陳光復施政報告 展望澎湖新未來\n星期三, 4月 30, 2025 Views\n"
            "【記者鄭家瑜報導】澎湖縣議會第20屆第5次定期會於29日上午正式開議。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.subheadline == "" and a.date == "2025-04-30" and a.byline.reporters == ("鄭家瑜",)


@pytest.mark.parametrize("text,agency,reporters", [
    ("【有線新聞】將軍澳一輛新巴被人擲石,車門玻璃爆裂。", "有線新聞", ()),  # a news service by its name alone
    ("【本报综合报导】拥有丰富自然资源的北极的主权问题一直是焦点。", "本报", ()),  # compiled by the paper
    ("【欧洲时报记者田皓雪子报道】2021年12月,英国版迎来创刊十周年。", "欧洲时报", ("田皓雪子",)),  # paper, then role
])
def test_bracketed_credits_of_an_outlet(text, agency, reporters):
    d = parse_dateline(text)
    assert d is not None and (d.agency, d.place, d.day, d.reporters) == (agency, "", "", reporters)


@pytest.mark.parametrize("text", ["【國際新聞】美國總統今日訪問日本。", "【相關新聞】政府今日公布數字。"])
def test_a_sections_name_in_brackets_is_no_outlets_credit(text):
    assert (parse_dateline(text) or type("D", (), {"agency": ""})()).agency == ""


def test_a_picture_source_that_names_a_photographer_is_the_credit():
    b = parse_byline("(图片来源:欧洲时报记者王子璇 摄)")
    assert b is not None and b.photographers == ("王子璇",) and not b.reporters
    page = ("《欧洲时报》英国版创刊十周年\n【欧洲时报记者田皓雪子报道】2021年12月,英国版迎来创刊十周年纪念。\n"
            "《欧洲时报》英国版创刊十周年。(图片来源:欧洲时报记者王子璇 摄)\n")
    (a,) = parse_page(page, "x.txt")
    assert a.credit.photographers == ("王子璇",) and a.byline.reporters == ("田皓雪子",)


def test_a_picture_mark_before_a_slashed_photo_credit_is_the_credit():
    # "圖：張良一/攝" (新頭殼 under its picture): the picture's mark, then the photographer and his own mark
    b = parse_byline("圖：張良一/攝")
    assert b is not None and b.photographers == ("張良一",) and not b.reporters
    (a,) = parse_page("立法院副院長江啟臣敲槌三讀通過修正草案。 圖：張良一/攝\n"
                      "[Newtalk新聞] 因應2020年換照遭否決事件，國民黨立院黨團提出修正案。\n", "x.txt")
    assert a.credit.photographers == ("張良一",)


def test_a_tag_pages_title_glued_to_each_headline_is_no_article():
    page = ("記者觀察\n記者觀察|維園年宵市場開鑼 年花璀璨氣氛濃\n全港15個年宵市場今日(23日)起一連7日舉行。\n"
            "記者觀察|省港盃今晚決戰 大灣區足球未來可期\n第43屆省港盃次回合將於今晚(22日)8時在香港大球場舉行。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["記者觀察|維園年宵市場開鑼 年花璀璨氣氛濃",
                                          "記者觀察|省港盃今晚決戰 大灣區足球未來可期"]


def test_an_author_line_under_a_first_line_with_commas():
    page = ("本报特评:20与8,两个数字的过往与未来\n作者:张桐  来源:日本新华侨报  发布时间:2019/11/28 15:31:50\n"
            "今年,是《日本新华侨报》创办20周年的日子。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline.startswith("本报特评") and a.byline.reporters == ("张桐",)
    page = "更名启事\n作者:《日本新华侨报》发行人 吴晓乐  来源:日本华侨报网\n《日本新华侨报》诞生于1999年。\n"
    (b,) = parse_page(page, "x.txt")
    assert b.byline.reporters == ("吴晓乐",)


def test_a_marked_deck_between_the_headline_and_the_dateline():
    page = "向华人荣军移交“情义屋”\n●本报赞助4000万元\n〔本报消息〕第十一郡第十六坊于本月4日下午移交“情义屋”工程。\n"
    (a,) = parse_page(page, "x.txt")
    assert a.subheadline == "●本报赞助4000万元" and not a.sections and a.dateline.agency == "本报"


@pytest.mark.parametrize("text,head", [
    ("廖亦武 VS 高行健:文學可以改變世界?", True),  # a topic, a colon, the question it raises
    ("温宪:你怎么看?", False),  # an interview's turn
    ("澎湃新闻记者:这意味着什么?", False),
])
def test_a_topic_and_its_question_is_a_headline(text, head):
    from qa.layout.lines import _headline_like
    assert _headline_like(text) is head


# ---------------------------------------------------------------- pages23: mainland provincial, city, county papers


def test_an_epaper_list_of_headlines_over_the_article_that_repeats_one():
    page = ("市养老公寓破土动工\n采集企业离退\n参保人员指纹脸膜\n夫妻深情朗诵,携手挺进决赛\n百人百诗颂新区\n"
            "诗歌朗诵会举行\n本周六无车日\n工人正在吊装雕刻好的石碑。\n2012年9月21日\n百人百诗颂新区\n诗歌朗诵会举行\n"
            "贾正威\n晨报讯(记者 贾正威)昨日下午4时,市百人百诗颂新区诗歌朗诵会举行。\n")
    (a,) = parse_page(page, "x.txt")
    assert (a.headline, a.subheadline) == ("诗歌朗诵会举行", "百人百诗颂新区")
    assert a.byline.reporters == ("贾正威",) and a.date == "2012-09-21"


def test_a_page_opening_with_short_lines_and_no_repeated_title_keeps_them():
    page = "市养老公寓破土动工\n本报讯(记者 张三)昨日,市养老公寓破土动工。\n市烈士陵园二期工程开建\n本报讯 昨日开建。\n"
    assert [a.headline for a in parse_page(page, "x.txt")] == ["市养老公寓破土动工", "市烈士陵园二期工程开建"]


def test_a_bare_name_under_the_headline_is_the_writer_the_dateline_names():
    page = "诗歌朗诵会举行\n贾正威\n晨报讯(记者 贾正威)昨日下午4时,诗歌朗诵会举行。\n"
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "诗歌朗诵会举行" and a.byline.reporters == ("贾正威",)
    # a line the dateline does not name
    page = "诗歌朗诵会举行\n东风路\n晨报讯(记者 贾正威)昨日下午4时,诗歌朗诵会举行。\n"
    assert "东风路" not in parse_page(page, "x.txt")[0].byline.reporters


def test_an_original_title_line_in_traditional_characters_is_the_headline():
    page = "原題:發揮獨特優勢 助力吉林振興\n吉林日報10月14日訊(記者 曹夢南):今天晚上,巴音朝魯會見了鄭建邦一行。\n"
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "發揮獨特優勢 助力吉林振興"


@pytest.mark.parametrize("line,kind,date,source", [
    ("2019年04月03星期三", "dateline", "2019-04-03", ""),  # the 日 left out before the weekday
    ("2020-07-22新闻5", "dateline", "2020-07-22", ""),  # a blog's day, the post's category and its views
    ("2023年05月28日   •   3933次閱讀", "dateline", "2023-05-28", ""),  # the day posted and how often read
    ("2025年06月16日   •   2萬次閱讀", "dateline", "2025-06-16", ""),
    ("2024-01-24 08:47:28 阅读(1212)", "dateline", "2024-01-24", ""),  # a site's time posted and its reads
    ("大眾報 P08 | 澳門新聞 2011-09-02", "label", "2011-09-02", "大眾報"),  # an archive's paper, page, section, day
    ("国内统一刊号:CN**-0000", "header", "", ""),  # the registration number masked by the site
    ("今日竹山-数字报|今日竹山-电子版", "label", "", "今日竹山"),  # the e-paper's title
    ("新闻作者:    发布时间:2019年04月03日  查看次数:次  ", "meta", "2019-04-03", ""),  # empty fields
    ("访问次数: 1454                        发布时间:2011-03-09", "meta", "2011-03-09", ""),
    ("信息来源:安徽商报", "disclaimer", "", "安徽商报"),  # the paper a site reposts
])
def test_site_and_masthead_lines_of_mainland_epapers(line, kind, date, source):
    f = furniture(line)
    assert f is not None and (f.kind, f.date, f.source) == (kind, date, source)


@pytest.mark.parametrize("line,kind", [
    ("2020年7月22日新闻发布会举行", None),  # a headline with a date, no category and count
    ("作者:张桐  来源:日本新华侨报  发布时间:2019/11/28", "disclaimer"),  # an author named: his byline line
    ("今日竹山县迎来新变化", None),  # the paper's name, no e-paper's word after it
])
def test_lines_like_them_that_are_not_that_furniture(line, kind):
    f = furniture(line)
    assert (f.kind if f else None) == kind

# ---------------------------------------------------------------- pages24: Taiwan, Hong Kong, Macau and overseas


def test_a_taiwan_byline_with_no_place_is_the_reporter():
    b = parse_byline("記者張麗英/報導")
    assert b is not None and b.reporters == ("張麗英",)
    assert parse_byline("記者王某/台北報導") is None  # with a place it is the dateline's (parse_dateline)
    page = ("民勤社區老眷村風貌 傅縣長受邀\n記者張麗英/報導\n"
            "民勤社區發展協會30日邀請縣長傅崐萁與會,共盼延續眷村特有文化。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.subheadline == "" and a.byline.reporters == ("張麗英",)


def test_a_posts_title_byline_and_text_run_together():
    page = ("疑似抽菸釀禍 造成鐵皮屋大火\n疑似抽菸釀禍 造成鐵皮屋大火 記者吳佳俊/報導   7月8日上午10時15分花蓮縣消防局"
            "接獲民眾報案指稱,秀林鄉房子冒煙失火。\n消防局北埔分隊三棧溪防溺宣導\n消防局北埔分隊三棧溪防溺宣導 "
            "記者吳佳俊/報導   時序入夏,花蓮縣溪流多、海岸長,常發生溺水事件。\n")
    a, b = parse_page(page, "x.txt")
    assert [a.headline, b.headline] == ["疑似抽菸釀禍 造成鐵皮屋大火", "消防局北埔分隊三棧溪防溺宣導"]
    assert a.byline.reporters == b.byline.reporters == ("吳佳俊",)
    assert a.body[0].text.startswith("7月8日") and b.body[0].text.startswith("時序入夏")


def test_a_reporter_in_brackets_glued_to_the_headline():
    page = ("消防處利用無人機打擊非法燃油轉注 41次巡邏任務中搗破5次非法加油活動(黃穎芝報道)\n"
            "【Now新聞台】消防處利用無人機打擊非法燃油轉注，在41次巡邏任務中，成功搗破5次非法加油活動。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline.endswith("非法加油活動") and a.byline.reporters == ("黃穎芝",)
    assert a.dateline is not None and a.dateline.agency == "Now新聞台"
    # a bracket of another kind after a headline stays in it
    (b,) = parse_page("市民熱議新政策(附問答)\n政府今日公布新政策,市民反應熱烈,各界紛紛表示支持。\n", "x.txt")
    assert b.headline == "市民熱議新政策(附問答)"


@pytest.mark.parametrize("text,agency,day", [
    ("【Now新聞台】消防處利用無人機打擊非法燃油轉注。", "Now新聞台", ""),  # a station's Latin name first
    ("9月3日 —— 印度尼西亚总统普拉博沃于今日凌晨抵达北京。", "", "9月3日"),  # a day and a dash, no desk
    ("2月17日讯 据《足球报》报道,新赛季中超共有11位外教。", "", "2月17日"),  # a day and 讯 (a sports site's repost)
])
def test_datelines_of_a_station_and_of_a_bare_day(text, agency, day):
    d = parse_dateline(text)
    assert d is not None and (d.agency, d.place, d.day) == (agency, "", day)


def test_a_day_and_xun_glued_to_a_word_is_no_dateline():
    assert parse_dateline("2月17日讯息发布会在京举行。") is None


def test_roles_and_names_spaced_at_a_headless_pages_top_are_its_byline_not_topic_tags():
    # "每經記者 胥帥 每經編輯 張海妮" under the paper's time line, no headline kept (a mirror of 每日经济新闻)
    page = "每日經濟新聞 2021-03-29 09:15:47\n每經記者 胥帥 每經編輯 張海妮\n因雪球論壇大V質疑牧原股份財務數據。\n"
    (a,) = parse_page(page, "x.txt")
    assert a.byline.reporters == ("胥帥",)
    # four short words with spaces and no role: still the site's topic tags (端傳媒)
    (b,) = parse_page("反修例運動一年 深度 國家安全法 香港\n五年前的今天,香港爆發反修例運動。\n", "x.txt")
    assert not b.byline.names and not b.body[0].text.startswith("反修例")


def test_a_sites_posted_at_field_is_its_date_line():
    # "发布于:2025-02-17 14:17:34" under the headline (a repost site): the date, not the story's first words
    f = furniture("发布于:2025-02-17 14:17:34")
    assert f is not None and f.date == "2025-02-17"
    (a,) = parse_page("中超新赛季有11位外教\n发布于:2025-02-17 14:17:34\n新赛季中超共有11位外教。\n", "x.txt")
    assert a.body[0].text.startswith("新赛季")


def test_an_outlet_in_square_brackets_glued_before_a_taiwan_byline():
    # 台東電子報: "[台東電子報]記者 楊伊杏/台東報導" on its own line under the headline
    d = parse_dateline("[台東電子報]記者 楊伊杏/台東報導")
    assert d is not None and (d.agency, d.place, d.reporters) == ("台東電子報", "台東", ("楊伊杏",))
    page = "洪宗楷參選台東市長\n[台東電子報]記者 楊伊杏/台東報導\n洪宗楷說,這是他第二次參選台東市長。\n"
    (a,) = parse_page(page, "x.txt")
    assert a.byline is not None and a.byline.reporters == ("楊伊杏",) and not a.subheadline
    # a place in square brackets is no outlet: "[北京]記者 X/Y報導" is left alone
    assert parse_dateline("[北京]記者 王某/上海報導") is None


def test_an_outlet_glued_before_a_taiwan_byline_or_parted_by_a_bar():
    # 台灣新聞網: "台灣新聞網記者李華峻/南投報導" under the headline;
    # 墨新聞: "墨新聞|記者張游舜/台北報導" opening a listing
    d = parse_dateline("台灣新聞網記者李華峻/南投報導")
    assert d is not None and (d.agency, d.place, d.reporters) == ("台灣新聞網", "南投", ("李華峻",))
    d = parse_dateline("墨新聞|記者張游舜/台北報導")
    assert d is not None and (d.agency, d.place, d.reporters) == ("墨新聞", "台北", ("張游舜",))
    page = "南投第17屆縣長宣誓就職\n台灣新聞網記者李華峻/南投報導\n2014.12.25\n南投縣政府今天上午舉辦交接典禮。\n"
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "南投第17屆縣長宣誓就職" and a.byline.reporters == ("李華峻",)
    # the paper's own word is no outlet's name: "本報記者X/Y報導" keeps no agency
    d = parse_dateline("本報記者王某/北京報導")
    assert d is not None and d.agency == "" and d.reporters == ("王某",)


def test_a_day_and_a_comma_is_no_dateline():
    assert parse_dateline("9月3日,印尼总统抵达北京。") is None


def test_a_bare_day_dateline_keeps_a_digest_plain():
    page = ("印尼总统来华出席纪念活动\n9月3日 —— 印度尼西亚总统于今日凌晨乘专机抵达北京首都国际机场,出席纪念活动。"
            "此前,普拉博沃一度宣布将无法成行。\n巴厘岛机场设十台电脑方便填写入境申报\n"
            "9月1日起,巴厘岛移民局在国际机场航站楼抵境入口处设置10台电脑。\n")
    a, b = parse_page(page, "x.txt")
    assert a.dateline is not None and a.dateline.day == "9月3日" and b.headline.startswith("巴厘岛机场")


def test_a_sites_pointer_to_more_news_is_no_sub_head():
    assert furniture("更多新聞請搜尋🔍風傳媒") is not None
    page = "議場攻防 藍綠爆扭打\n立法院會今日預計處理修正草案,雙方衝突不斷。\n更多新聞請搜尋🔍風傳媒\n"
    (a,) = parse_page(page, "x.txt")
    assert not [p for p in a.paragraphs if p.kind == "section"]


def test_a_listing_of_titles_printed_twice_some_titles_alone():
    page = ("身在現場 見證記錄\n"
            "主廚染新冠獲發8日病假 復工當日被解僱 平機會代入稟向僱主索償共26.8萬元\n"
            "主廚染新冠獲發8日病假 復工當日被解僱 平機會代入稟向僱主索償共26.8萬元\n"
            "被指屬「香港獨立黨」 葡籍男再申保釋被拒 10.19再訊\n被指屬「香港獨立黨」 葡籍男再申保釋被拒 10.19再訊\n"
            "一名葡籍男音樂教師案件周二在區域法院再訊,法官把案件押後至 10 月 19 日再訊。\n"
            "區域法院起用大型法庭 可容納50被告、約200旁聽及律師席\n"
            "區域法院起用大型法庭 可容納50被告、約200旁聽及律師席\n"
            "司法機構 2021 年發稿指,計劃在灣仔區域法院大樓,興建一所可容納約 250 人的大型法庭。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline[:6] for a in arts] == ["主廚染新冠獲", "被指屬「香港", "區域法院起用"]
    assert not arts[0].body and arts[2].body[0].text.startswith("司法機構")
    # one title printed twice is a headline printed again, no listing (京华时报)
    page = "汪道涵遗体在上海火化\n汪道涵遗体在上海火化\n据新华社消息 汪道涵同志因病逝世,享年90岁。\n"
    (one,) = parse_page(page, "x.txt")
    assert one.headline == "汪道涵遗体在上海火化"


def test_titles_printed_twice_with_a_comma_inside_are_a_listing():
    # Malaysian and Singapore papers put a comma in a headline; printed twice in a row it is a title card and
    # its link all the same (iRakyat's 马来西亚新闻 listing)
    page = ("马来西亚新闻\n印尼全力扑救林火,佐科威放话对付肇事公司\n印尼全力扑救林火,佐科威放话对付肇事公司\n"
            "印尼总统佐科威指出,印尼正尽一切努力解决林火问题。 目前有超过1万名灭火队员 …\n"
            "烟霾影响能见度,二班机折返一延飞\n烟霾影响能见度,二班机折返一延飞\n"
            "两架原定今天抵达槟城国际机场的班机,因烟霾导致能见度低而被迫折返。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["印尼全力扑救林火,佐科威放话对付肇事公司", "烟霾影响能见度,二班机折返一延飞"]
    assert arts[1].body[0].text.startswith("两架原定")
    # a sentence printed twice (it ends in a full stop) is no title: one article
    page = ("标题一则\n他说,这是第一句话。\n他说,这是第一句话。\n又一句,第二句话。\n又一句,第二句话。\n")
    assert len(parse_page(page, "x.txt")) == 1


# ---------------------------------------------------------------- pages25: company, court, county and school sites


def test_a_responsible_editor_after_the_reporter_is_no_second_reporter():
    b = parse_byline("记者:张千  责任编辑:谢文荣")
    assert b is not None and b.reporters == ("张千",) and ("责任编辑", "谢文荣") in b.roles


def test_a_sites_time_and_view_count_line_is_a_date_line():
    f = furniture("时间:2013-01-21 05:09 浏览量:1966 次")
    assert f is not None and f.date == "2013-01-21"
    page = "建工新城锦绣园通过竣工验收\n时间:2013-01-21 05:09 浏览量:1966 次\n1月18日,项目顺利通过竣工验收。\n"
    (a,) = parse_page(page, "x.txt")
    assert a.date == "2013-01-21" and first_words(a).startswith("1月18日")
    assert furniture("时间:2013-01-21 05:09 浏览量:1966 次 记者王某") is None  # more than the fields: not furniture


def test_a_bracketed_credit_after_the_last_sentence_names_the_writer_not_the_editor():
    page = ("锦绣园通过竣工验收\n1月18日,由二公司、三公司共同承建的建工新城锦绣园项目顺利通过竣工验收,将缓解职工住房"
            "困难问题。 【记者:张千  责任编辑:谢文荣】\n")
    (a,) = parse_page(page, "x.txt")
    assert a.byline.reporters == ("张千",) and a.body[-1].text.endswith("问题。")
    (b,) = parse_page("锦绣园通过验收\n1月18日,由二公司、三公司共同承建的建工新城锦绣园项目顺利通过竣工验收,将缓解职工"
                      "住房困难问题。 【图片新闻】\n", "x.txt")
    assert not b.byline.names  # a label in brackets, no role and name


def test_a_source_field_naming_the_reporter_is_the_byline():
    page = "发布日期:[2013/12/3 14:28:41] 信息来源: 本网记者 王朋\n12月2日上午,蓝色港湾项目举行封顶仪式。\n"
    (a,) = parse_page(page, "x.txt")
    assert a.byline.reporters == ("王朋",) and a.date == "2013-12-03" and a.source != "本网记者"
    assert first_words(a).startswith("12月2日")


def test_a_department_of_the_sites_own_body_is_no_source():
    assert furniture("来源: 执行局 时间: 2025-07-21 14:51 点击量: 29").source == ""  # type: ignore[union-attr]
    f = furniture("【编辑日期:2025-09-10 09:53】 【来源:石台县委宣传部】 【作者:】")
    assert f is not None and f.source == "石台县委宣传部" and f.date == "2025-09-10"  # a named unit, bracket off
    assert furniture("2020年03月02日08:25 来源:人民日报").source == "人民日报"  # type: ignore[union-attr]


def test_a_report_opening_with_its_writers_in_brackets():
    page = "我校隆重举行新生开学典礼\n(校报记者 房国辉 陈亚伟)9月10日晚上七点半,多功能体育馆内灯火通明,典礼隆重举行。\n"
    (a,) = parse_page(page, "x.txt")
    assert a.byline.reporters == ("房国辉", "陈亚伟") and first_words(a).startswith("9月10日")
    # a bracket of people, no reporter's role: not a byline ("(左起)…" or a list of names in the text)
    (b,) = parse_page("开学典礼\n(左起 王某 李某)在典礼上发言的师生代表,他们分别来自三个学院。\n", "x.txt")
    assert not b.byline.names


def test_a_run_of_photo_captions_over_a_headless_report():
    places = ("广场", "镇上", "园区", "企业", "工厂")
    captions = [f"冯磊一行在{p}实地视察,市委宣传部副部长谭家胜陪同调研" for p in places]
    page = "\n".join(captions) + "\n嘉禾网讯(记者 曹晶)日前,新华社天津分社副总编冯磊一行来嘉采访。\n"
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "" and a.byline.reporters == ("曹晶",) and first_words(a).startswith("日前")
    assert [p.text for p in a.body][:5] == captions  # each caption a paragraph of its own
    # a headline block over a dateline (kicker, headline, two sub-headlines) is no run of captions
    page = ("两会访谈\n让我成长\n一位代表的十年\n从乡村到城市,从讲台到会场\n"
            "本报讯(记者 王某)3月11日,代表们开始审议报告。\n")
    (b,) = parse_page(page, "x.txt")
    assert b.headline != ""


def test_a_caption_with_no_stop_is_not_joined_to_the_paragraph_under_it():
    page = ("执行日记|一场调解\n最近,我见证了一场特别的执行调解,双方还是多年的工友。\n图为执行员在做调解工作\n"
            "事情的原委是这样的:被执行人赵某是名包工头,拖欠工友的劳务费。\n")
    (a,) = parse_page(page, "x.txt")
    assert [p.text[:6] for p in a.body] == ["最近,我见证", "图为执行员在", "事情的原委是"]


# ---------------------------------------------------------------- pages27: trade, county and campus sites


@pytest.mark.parametrize("line,date", [
    ("2010年1月1日  新闻热线 010-63744178", "2010-01-01"),  # an e-paper's date line with the paper's phone line
    ("创建于 2006-01-04", "2006-01-04"),  # the day a site posted the item
])
def test_a_date_line_with_a_phone_line_or_a_posted_word_is_furniture(line, date):
    furn = furniture(line)
    assert furn is not None and furn.kind == "dateline" and furn.date == date


def test_an_aggregators_line_naming_the_paper_it_took_the_report_from():
    furn = furniture("本文转自:衢州日报")
    assert furn is not None and furn.source == "衢州日报"
    assert furniture("本文转自衢州日报的一篇报道引发热议") is None  # a sentence, not the line


def test_a_posting_department_and_a_count_of_reads_under_a_sites_title():
    page = ("[图文]玉泉路园区新设报栏 学校将满足学生多层次需求\n党委宣传部\n创建于 2006-01-04\n2046\n"
            "【新闻网讯 记者姜靖】“玉泉路园区设新报栏了!”社科系一位女生兴奋地对记者说。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "玉泉路园区新设报栏 学校将满足学生多层次需求"  # the site's [图文] mark left out
    assert a.subheadline == "" and not [p for p in a.paragraphs if p.kind == "section"]
    assert a.byline.reporters == ("姜靖",) and first_words(a).startswith("“玉泉路园区")
    # a year on a line of its own under a headline is no count of reads
    (b,) = parse_page("2024\n回望这一年的故事,我们一起走过。\n", "x.txt")
    assert "2024" in b.headline


def test_a_sites_dispatch_and_its_reporter_in_one_pair_of_brackets():
    d = parse_dateline("【新闻网讯 记者姜靖】“玉泉路园区设新报栏了!”")
    assert d is not None and d.agency == "新闻网" and d.reporters == ("姜靖",)
    assert parse_dateline("【新闻网讯】今天") is not None  # no reporter: the form read before


def test_bare_names_under_the_headline_over_a_dateline_naming_no_one():
    page = ("福建长泰县陈巷供销合作社为农服务取得双赢\n张建辉 戴连梅\n"
            "本报讯 “我儿子今年挣钱了,多亏有供销合作社的帮助。”杨妈妈高兴地说。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "福建长泰县陈巷供销合作社为农服务取得双赢" and a.byline.reporters == ("张建辉", "戴连梅")
    # over a dateline that names its own reporter the names are not taken for the writers
    page = "福建长泰县陈巷供销合作社为农服务取得双赢\n张建辉 戴连梅\n本报讯(记者 李某)近日,杨妈妈高兴地说。\n"
    (b,) = parse_page(page, "x.txt")
    assert b.byline.reporters == ("李某",)


def test_one_name_spaced_out_under_the_headline_over_a_bare_dateline():
    # 人民法院报: "高 弓" (a two-character name spaced to fill the column) over "本報訊 日前,…"
    page = ("《最高人民法院公報》工作會議在威海召開\n高 弓\n"
            "本報訊 日前,經最高人民法院批準,工作會議在山東省威海市召開。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "《最高人民法院公報》工作會議在威海召開" and a.subheadline == ""
    assert a.byline.reporters == ("高弓",)
    page = "會議在威海召開\n一 二\n本報訊 日前,會議在山東省威海市召開。\n"  # no surname first: no writer
    assert parse_page(page, "x.txt")[0].byline is None or not parse_page(page, "x.txt")[0].byline.reporters


def test_a_column_name_over_a_headline_with_a_comma():
    page = ("我与晚报的故事\n那些年,我的青春和晚报紧紧相连\n《 舟山晚报 》( 2025年12月18日 第 02 版 )\n"
            "时光如白驹过隙。转眼间,《舟山晚报》创办已有30年了。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "那些年,我的青春和晚报紧紧相连" and a.subheadline == "我与晚报的故事"
    # a caption under the headline (no comma) is not made a line of it
    (b,) = parse_page("亦师亦友亦知己\n一九五九年大同报社工作人员合影\n作为大同人,我每天必看的报纸就是大同日报。\n",
                      "x.txt")
    assert b.headline == "亦师亦友亦知己"


def test_an_outlets_dateline_with_the_day_before_the_place():
    d = parse_dateline("(台泰時報10月7日曼谷電)為慶祝中華民國 114 年雙十國慶,僑團籌組祝賀團。")
    assert d is not None and (d.agency, d.place, d.day) == ("台泰時報", "曼谷", "10月7日")
    d2 = parse_dateline("(曼谷21日综合电)泰国前首相周四晚现身曼谷。")  # the place first, no outlet: as before
    assert d2 is not None and (d2.agency, d2.place) == ("", "曼谷")


def test_a_commentarys_title_with_its_writer_after_a_space():
    page = "地區關愛隊並不能替代區議會 文:姚潔凝\n民政專員輕視地區政務,錯誤地把責任推卸給區議員。\n"
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "地區關愛隊並不能替代區議會" and a.byline.reporters == ("姚潔凝",)
    (b,) = parse_page("文化 之旅 文字\n他們走過老街,看見了很多舊房子。\n", "x.txt")  # 文 in the title: no writer
    assert not b.byline.names


def test_a_writers_name_and_a_spaced_slash_before_the_lead():
    page = "做工行善團前進北門修繕\n謝惠貞 / 南市「做工行善團」志工團隊修繕不停歇,前往北門區進行房屋修繕服務。\n"
    (a,) = parse_page(page, "x.txt")
    assert a.byline.reporters == ("謝惠貞",) and first_words(a).startswith("南市")
    # no surname first ("今年 / 明年…"), or no headline above: not a writer
    (b,) = parse_page("修繕服務\n今年 / 明年的修繕計劃都已排定,志工團隊將分批前往各區服務。\n", "x.txt")
    assert not b.byline.names


def test_a_listing_whose_leads_the_site_cuts():
    page = ("標籤: 中西區區議會\n許智峯缺席會議4個月 將失區議會議席\n許智峯離港後宣布退出民主黨,其前黨友表示,許智峯…\n"
            "區議會變批鬥會壞制度\n反對派掌控區議會後,警務處處長鄧炳強出席會議,但反對派卻將會議搞成一場「文革…\n")
    a, b = parse_page(page, "x.txt")
    assert (a.headline, b.headline) == ("許智峯缺席會議4個月 將失區議會議席", "區議會變批鬥會壞制度")
    assert a.subheadline == ""  # the tag line is the site's, not a deck
    # a sub-head between paragraphs that end their sentences stays a sub-head
    (c,) = parse_page("標題一\n第一段寫完了一句話。\n小標題\n第二段也寫完了一句話。\n", "x.txt")
    assert c.headline == "標題一"


def test_a_date_line_of_day_month_and_two_digit_year():
    f = furniture("22/01/14")
    assert f is not None and f.date == "2014-01-22"
    assert furniture("32/01/14") is None or furniture("32/01/14").date != "2014-01-32"  # type: ignore[union-attr]
    page = "亚洲时报\n进步党加印《神山英烈志》赠华校\n22/01/14\n(本报讯)沙巴进步党决定印刷上千本纪念册。\n"
    (a,) = parse_page(page, "x.txt")
    assert a.subheadline == "" and a.date == "2014-01-22"


def test_a_short_caption_over_the_report_is_not_joined_to_it():
    page = ("吴红波大使看望北德华侨华人\n本报记者 范 轩\n吴红波大使在汉堡总领馆\n"
            "中国驻德国大使吴红波在到任两月之后,首次访问北德汉堡,傍晚时分会见了华侨华人代表。\n")
    (a,) = parse_page(page, "x.txt")
    assert [p.text[:6] for p in a.body][:2] == ["吴红波大使在", "中国驻德国大"]
    # a line broken mid-sentence by the page's columns is still joined (a comma inside, or as long as the next)
    # (a byline first: a short line with a comma right under the page's first line is read as the title under
    # its kicker)
    (b,) = parse_page("标题\n本报记者 范 轩\n代表们昨天来到汉堡,在总领馆\n会见了华侨华人代表,大家共进晚餐。\n", "x.txt")
    assert [p.text for p in b.body] == ["代表们昨天来到汉堡,在总领馆会见了华侨华人代表,大家共进晚餐。"]


def test_a_date_glued_after_the_last_sentence_is_the_items_date():
    page = ("做工行善團前進北門修繕\n志工團隊今天一早展開修繕工程。\n"
            "家庭成員有志一同為弱勢服務,傳遞滿滿的愛。2026/03/10\n")
    (a,) = parse_page(page, "x.txt")
    assert a.date == "2026-03-10" and a.body[-1].text.endswith("滿滿的愛。")
    # a date inside a sentence stays in it, and sets no date
    (b,) = parse_page("標題\n會議定於2026/03/10舉行,各界代表將出席。\n", "x.txt")
    assert b.date == "" and "2026/03/10" in b.body[0].text


def test_a_pictures_file_name_or_alt_text_left_in_its_place_is_no_sub_head():
    for line in ("DSC02137", "IMG_6499", "無標題", "圖片", "QQ截图20210925105328", "微信图片_20210329141438"):
        f = furniture(line)
        assert f is not None and f.kind == "figure", line
    assert furniture("DSC") is None and furniture("IMG_6499 攝於長洲") is None  # no number; more than the name
    page = ("長洲梁國豪「轉型」\n(獨媒報導)區議員宣誓在即,超過 200 名民主派區議員辭任。\nDSC02137\n"
            "辦事處的後半部分,將維持現時狀態。\n")
    (a,) = parse_page(page, "x.txt")
    assert not [p for p in a.paragraphs if p.kind == "section"] and len(a.body) == 2


def test_a_backslash_typed_for_the_slash_of_a_byline():
    d = parse_dateline("鄭建勳\\臺中報導 臺中市政府教育局重視學生健康")
    assert d is not None and d.reporters == ("鄭建勳",) and d.place == "臺中"
    assert parse_dateline("鄭建勳\\臺中市政府教育局重視學生健康") is None  # no 報導: no byline


def test_a_bloggers_archive_line_and_view_counter_are_furniture():
    f = furniture("目前顯示的是 3月 30, 2022的文章")
    assert f is not None and f.date == "2022-03-30"
    assert furniture("🟪《新華報導》讀者點閱總人次") is not None
    assert furniture("讀者點閱總人次增加三成") is None


def test_a_date_line_between_two_items_of_a_listing_ends_the_one_before():
    f = furniture("25/04/2017")
    assert f is not None and f.date == "2017-04-25"
    page = ("2025-03-22 11:56\n台中市清水區一棟大樓今日凌晨發生塌陷。\n2025-03-16 10:03\n"
            "台北市今(16日)發布最新人事。\n")
    a, b = parse_page(page, "x.txt")
    assert a.body[0].text.startswith("台中市") and b.body[0].text.startswith("台北市")
    listing = ("採訪日記\n25/04/2017\n斷網多次仍拒談賠償\n澳門電訊過去的服務一直讓人詬病,多年來的服務在市民心目中一直"
               "未能達標,不單網絡龜速、接收不穩、收費高昂,還有就是接二連三的「斷網」事故(閱讀更多)\n18/04/2017\n"
               "虐狗警員惡人先告狀被責\n社會應該還記得早前互聯網有一條短片,片中一名警員懷疑虐打自己的狗,短片在互聯網"
               "廣泛流傳,有人舉報這名警員的行為...(閱讀更多)\n")
    assert [x.headline for x in parse_page(listing, "x.txt")] == ["斷網多次仍拒談賠償", "虐狗警員惡人先告狀被責"]
    # a date line under the headline, before the text, ends nothing
    (c,) = parse_page("標題在此\n2025-03-22 11:56\n台中市清水區一棟大樓塌陷。\n", "x.txt")
    assert c.headline == "標題在此"
# ---------------------------------------------------------------- pages29: mainland trade, campus and record pages


def test_a_known_papers_name_with_its_date_is_the_masthead_line():
    f = furniture("中国铁道建筑报 2021年03月09日 星期二")
    assert f is not None and f.kind == "dateline" and f.date == "2021-03-09" and f.source == "中国铁道建筑报"
    assert furniture("中国铁道建筑工程 2021年03月09日 星期二") is None  # no paper's name: may be a title


def test_a_bare_name_over_the_trailer_and_a_dateline_naming_its_correspondent():
    page = ("中铁二十五局一公司\n大湾区各建设工地热切关注全国两会\n黄诗伟\n"
            "《 中国铁道建筑报 》( 2021年03月09日   3 版)\n"
            "本报广州3月8日讯(通讯员黄诗伟)3月5日,会议在人民大会堂开幕,各建设工地掀起观看学习热潮。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "大湾区各建设工地热切关注全国两会" and a.byline is not None
    assert a.byline.correspondents == ("黄诗伟",) and not a.byline.reporters


def test_a_pictures_file_name_is_no_headline():
    assert furniture("微信图片_20210329141438.jpg").kind == "figure"  # type: ignore[union-attr]
    assert furniture("新闻.jpg的故事") is None
    (a,) = parse_page("“希望”是怎样生成的?\n微信图片_20210329141438.jpg\n(全媒体记者 陆昊 钱海军)“虽然数额不大,"
                      "但这是我们农民拿到的红利。”社员代表在发言时这样吐露心声。\n", "x.txt")
    assert a.headline == "“希望”是怎样生成的?"


def test_field_labels_on_lines_of_their_own_with_the_value_under_each():
    page = ("工学周报获得全省高校校报标兵称号\n作者\n文洁\n来源\n工学周报\n点击数\n更新时间\n2009-09-10\n"
            "由省委高校工委组织进行的全国高校校报评估工作日前结束,本报荣获“全省高校校报标兵”称号。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "工学周报获得全省高校校报标兵称号" and a.subheadline == ""
    assert a.byline is not None and a.byline.reporters == ("文洁",)
    assert a.date == "2009-09-10" and a.source == "工学周报"
    assert [p.text[:4] for p in a.body] == ["由省委高"]


def test_a_library_record_of_an_article():
    page = ("成都继续稳居“航空第四城”\n日期:2019.04.03 点击数:6\n【类型】报纸\n【作者】 记者 杨富\n"
            "【报纸名称】成都日报\n"
            "【关键词】国内航线 成渝 机场群\n【地址】地址1\n【全文】本报讯 (记者 杨富) 昨日,记者从中国民航局获悉,"
            "成都继续稳居“航空第四城”。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "成都继续稳居“航空第四城”" and a.source == "成都日报"
    assert a.byline is not None and a.byline.reporters == ("杨富",)
    assert a.body[0].text.startswith("昨日") or a.body[0].text.startswith("本报讯")


def test_the_paper_a_site_excerpted_with_its_day_and_writer():
    page = ("中国建设报社理事会工作会议在京召开\n编辑:管理员\n发表时间:2011年12月13日\n浏览次数:5097\n"
            "12月9日,中国建设报社理事会工作会议在北京召开。\n摘自《中国建设报》2011.12.13 记者 龚后雨\n")
    (a,) = parse_page(page, "x.txt")
    assert a.subheadline == "" and a.source == "中国建设报" and a.date == "2011-12-13"
    assert a.byline is not None and a.byline.reporters == ("龚后雨",)


def test_a_date_box_of_the_day_then_year_and_month():
    f = furniture("152016/08")
    assert f is not None and f.date == "2016-08-15"
    assert furniture("452016/08") is None or furniture("452016/08").date == ""  # type: ignore[union-attr]


def test_a_sites_address_glued_to_the_title():
    (a,) = parse_page("民航总局:内地7个机场年旅客吞吐量不足1万人次http://www.sina.com.cn\n"
                      "中国民航总局昨天发布了统计公报,其中7个机场的年旅客吞吐量不足1万人次。\n", "x.txt")
    assert a.headline == "民航总局:内地7个机场年旅客吞吐量不足1万人次"


def test_essays_signed_with_a_bare_name_under_each_title():
    page = ("我当民工报道员\n牛图\n战山河通讯员\n1973年春,我从官道联办高中毕业,回村务农半年。其间,"
            "几个联办初中的校长推荐我去学校教学。\n“一钱太守”刘宠\n王锦远\n“循吏当年齐国刘,大钱留一话千秋。”诗中赞誉的这位“齐国刘”,就是距今1800多年前"
            "的刘宠。\n")
    a, b = parse_page(page, "x.txt")
    assert (a.headline, b.headline) == ("我当民工报道员", "“一钱太守”刘宠")
    assert a.byline is not None and a.byline.reporters == ("牛图",)
    assert b.byline is not None and b.byline.reporters == ("王锦远",)
    # a place under a title is no writer
    (c,) = parse_page("黄金周旅游火爆\n张家界\n国庆假日期间,张家界接待游客突破百万人次,景区秩序良好,未发生安全事故。\n",
                      "x.txt")
    assert c.byline is None or not c.byline.reporters


def test_an_essay_signed_by_two_writers_under_its_title():
    page = ("滇侨徙居缅甸探析\n林清风 张平\n序言\n"
            "大概是可供参考的、有价值的数据确实相当有限。因此,在缅甸华侨华人研究领域中没有引起专家学者的关注。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "滇侨徙居缅甸探析" and a.byline is not None and a.byline.reporters == ("林清风", "张平")
    assert a.sections == ("序言",)  # the short line under the writers: the essay's first sub-head
    # names spaced out to fill a column ("马 玲") are the writers too
    (b,) = parse_page("大漠深处孕育探区新火种\n马 玲 霍良振\n"
                      "早春的内蒙古巴丹吉林沙漠腹地,依然寒风如刀、黄沙漫卷,驻守在拐18井生产现场的石油工人正忙着取样。\n",
                      "x.txt")
    assert b.byline is not None and b.byline.reporters == ("马玲", "霍良振")
    # two words under a title that are no names stay the title's
    (c,) = parse_page("春风化雨\n润物 无声\n全市中小学近日开展心理健康教育周活动,各校组织学生参加了丰富多彩的活动。\n",
                      "x.txt")
    assert c.byline is None or not c.byline.names
    (d,) = parse_page("全省平安浙江工作会议召开\n刘捷主持 王成出席\n"
                      "本省建设平安浙江工作会议昨天在杭州召开,会议总结了去年的工作,部署了今年的主要任务。\n", "x.txt")
    assert d.byline is None or not d.byline.names


def test_an_office_that_sent_the_report_is_no_section():
    f = furniture("(校团委通讯员)")
    assert f is not None and f.kind == "staff"


def test_the_sites_poster_and_read_count_line():
    assert furniture("发布者:忻佳璐 浏览次数:2650 次").kind == "meta"  # type: ignore[union-attr]
    assert furniture("发布者:忻佳璐") is not None


def test_a_short_line_under_an_essays_bare_writer_is_its_first_sub_head():
    # the writer's bare name under the title, then a short line without a stop over the text: a sub-head
    page = ("我当民工报道员\n牛图\n战山河通讯员\n"
            "1973年春,我从联办高中毕业,回村务农半年。其间,几个联办初中的校长推荐我去学校教学。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.sections == ("战山河通讯员",) and a.body[0].text.startswith("1973年春")
    # a report's "本报记者 …" byline keeps such a line as text (a photo's caption may stand there)
    report = "标题\n本报记者 范 轩\n战山河通讯员\n1973年春,我从联办高中毕业,回村务农半年。其间,几个校长推荐我。\n"
    (b,) = parse_page(report, "x.txt")
    assert b.sections == ()


def test_two_short_phrases_and_a_comma_between_paragraphs_are_a_sub_head():
    text = ("分红标志着合作社作为一种新型经营主体,正在发挥越来越大的作用。\n用新的方法,蹚出路子\n"
            "从2018年起,南通市把发展新型合作农场作为实施乡村振兴战略的重大工程,从高标准农田建设入手。\n")
    (a,) = parse_page("标题\n本报记者 范 轩\n" + text, "x.txt")
    assert a.sections == ("用新的方法,蹚出路子",) and len(a.body) == 2
    # a line that runs on into the next one's sentence (no stop before it) is still joined
    broken = text.replace(",正在发挥越来越大的作用。", "")
    (b,) = parse_page("标题\n本报记者 范 轩\n" + broken, "x.txt")
    assert b.sections == ()


def test_a_latin_title_beside_the_chinese_one_and_a_latin_name_after_the_byline():
    page = ("Di balik pertemuan monumental Jokowi-Xi Jinping\n专稿 在左科威与习近平会晤的背后\n"
            "安打拉驻北京记者 易而繁 (M. Irfan Ilmie  )\n"
            "在2022年6月19日星期二的工作休息之后,本文作者来到外交部参加例行新闻发布会,准备举手提问。\n")
    (a,) = parse_page(page, "x.txt")
    # the Chinese title is the headline (its genre label left out), the translation its sub-headline
    assert a.headline == "在左科威与习近平会晤的背后" and a.subheadline.startswith("Di balik")
    assert a.byline.reporters == ("易而繁",) and a.body[0].text.startswith("在2022年")
    assert parse_byline("会议 (Annual Meeting Report)") is None  # no byline before the brackets: none


def test_a_papers_name_in_brackets_then_place_and_xun_is_a_dateline():
    d = parse_dateline("【好报】北京讯。在2022年6月19日的工作休息之后,本文作者来到外交部。")
    assert d is not None and (d.agency, d.place, d.text) == ("好报", "北京", "【好报】北京讯。")
    assert parse_dateline("【相关新闻】北京讯。在2022年6月19日的工作休息之后。") is None  # a section's name, no paper


def test_a_listings_writer_and_posting_time_under_the_headline_are_its_byline():
    page = ("張少懷手做風車 舉手之勞助寒士\n毛上仁 2018/05/03 15:35\n"
            "藝人張少懷3日出席人安基金會舉辦的記者會,以手做風車為寒士送暖。現場也安排了小朋友帶動跳健康操...\n"
            "政府辦國民幼兒園 落實校權平等\n楊蕓 2018/05/03 15:01\n"
            "全教總理事長張旭政3日在記者會中表示,教育部現行補助5歲幼托學費的政策無助控管幼兒園品質...\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["張少懷手做風車 舉手之勞助寒士", "政府辦國民幼兒園 落實校權平等"]
    assert [a.byline.reporters for a in arts] == [("毛上仁",), ("楊蕓",)]
    assert first_words(arts[0]).startswith("藝人張少懷")


def test_a_headline_its_writer_and_posting_time_on_one_line_set_apart_by_spaces():
    page = ("民革中央網站>>民革要聞>>中央要聞\n谷振春帶隊走訪民主黨派中央並聽取建議     黃昌盛    2026年02月13日09:08\n"
            "近日,民革中央副主席谷振春率民革中央宣傳部及團結報社一行,征求民主黨派中央意見建議。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["谷振春帶隊走訪民主黨派中央並聽取建議"]
    assert arts[0].byline.reporters == ("黃昌盛",) and arts[0].date == "2026-02-13"
    assert first_words(arts[0]).startswith("近日,民革中央")


def test_the_writers_between_a_field_lines_source_bar_and_time_are_the_byline():
    page = ("中國作家協會召開主管文學社團新春座談會\n來源:中國作家網 | 徐健、劉鵬波  2024年01月25日21:54\n"
            "1月25日,中國作協在京召開主管文學社團新春座談會。中國作協社聯部主任李曉東作社團工作報告。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["中國作家協會召開主管文學社團新春座談會"]
    assert arts[0].byline.reporters == ("徐健", "劉鵬波") and arts[0].date == "2024-01-25"


def test_a_day_a_writer_and_a_lead_glued_under_a_listings_headline():
    page = ("看民眾黨面臨的公平危機\n2025.11.29記者方炳超/特稿距離2026年選戰,已剩下不到一年時間,民眾黨更務實的目標...\n"
            "解讀新竹縣長選情\n2025.11.28文/杜聖聰(銘傳大學廣播電視學系系主任)隨著2026年九合一選舉的腳步逼近,近...\n"
            "賴清德太愛加戲\n2025.11.28主筆/單厚之賴清德總統26日宣布將編列1.25兆軍購特別預算,原本應該是一齣大戲...\n"
            "觀察/台灣病、公主病、王子病 賴總統提1.25兆國防預算能治好台灣的病?\n"
            "2025.11.27記者盧逸峰/特稿近期台灣社會上有許多「病」被討論著,這些「病」並不是真正的疫病...\n")
    arts = parse_page(page, "x.txt")
    assert [a.byline.reporters for a in arts] == [("方炳超",), ("杜聖聰",), ("單厚之",), ("盧逸峰",)]
    assert arts[3].headline.startswith("觀察/台灣病")
    assert [first_words(a)[:4] for a in arts] == ["距離20", "隨著20", "賴清德總", "近期台灣"]


def test_a_short_link_a_contact_block_and_an_upload_time_are_furniture():
    for line in ("https://p.dw.com/p/73hh", "官方微博http://weibo.com/heilaidaozi1115", "传真(81)6‐7654‐6498",
                 "电邮info@kansai-chinese.com", "手机(81)80-4703-8788"):
        assert furniture(line) is not None, line
    assert furniture("上传 2015.09.16 15:07").date == "2015-09-16"
    assert furniture("地址日本国大阪市中央区内本町2-4-16 OFFICE PORT大楼5F") is None  # the address is read
    assert furniture("电话会议于3日举行,各方就此交换意见。") is None


def test_pinyin_glosses_after_characters_are_read_without_them_and_offsets_still_point_into_the_file():
    page = ("護乘隊上火車 開展安全防范工作\n"
            "根據(jù)西藏自治區(qū)“5.26”專題會議,即日起,自治區(qū)公安廳對進出藏旅客列車開展武裝護乘工作。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.body[0].text.startswith("根據西藏自治區“5.26”專題會議") and "(q" not in a.body[0].text
    assert page[a.body[0].offset:].startswith("根據(jù)")  # the offset is the file's, glosses and all
    # a Latin name or an abbreviation in brackets is text: no tone mark, capitals or a space
    (b,) = parse_page("標題一則\n記者說,這是東盟(asean)的會議,由易而繁(M. Irfan)主持,大家都來了。\n", "x.txt")
    assert "東盟(asean)" in b.body[0].text and "易而繁(M. Irfan)" in b.body[0].text


def test_writers_in_brackets_with_a_role_between_names_then_the_editors_line():
    page = ("護乘隊上火車 開展安全防范工作\n"
            "武裝護乘工作由自治區公安廳領導指揮,確保青藏鐵路安全。(曹富強 記者 田沙沙)\n責任編輯:admin\n")
    (a,) = parse_page(page, "x.txt")
    assert a.byline is not None and a.byline.reporters == ("曹富強", "田沙沙")
    assert a.body[-1].text.endswith("確保青藏鐵路安全。")
    # names spaced to fill two columns are still names: no role among them
    assert bracket_writers("(周 健 刘星野 曹 莉)") is not None


def test_writers_in_brackets_with_their_role_and_paper_before_the_names():
    # "(文 九江日报 樊耀清 张蓉)" (九江视窗网's repost): the role 文, the paper they write for, then the names
    page = ("九江:修水县17万亩早稻喜获丰收\n"
            "修水县今年把扩大早稻种植面积作为重要工作来抓,确保全县粮食生产“十连丰”目标的顺利实现。"
            "(文 九江日报 樊耀清 张蓉)\n")
    (a,) = parse_page(page, "x.txt")
    assert a.byline is not None and a.byline.reporters == ("樊耀清", "张蓉")
    assert a.body[-1].text.endswith("顺利实现。")
    assert bracket_writers("(文 九江日报 樊耀清 张蓉)").roles == (("文", "樊耀清"), ("文", "张蓉"))


def test_a_sites_posted_line_and_a_bare_view_counter_are_furniture():
    assert furniture("本文发布于 2025-09-11 03:28") is not None
    assert furniture("26613") is not None
    (a,) = parse_page("写在毕节日报社成立之际\n本文发布于 2025-09-11 03:28\n来源:毕节日报\n26613\n"
                      "一纸新开,云程发轫。\n1985年9月11日,毕节报社成立。\n", "x.txt")
    assert a.headline == "写在毕节日报社成立之际" and a.body[0].text == "一纸新开,云程发轫。"
    assert furniture("2019") is None  # a year alone is not a counter

# ---------------------------------------------------------------- pages35: outlets outside the mainland


def test_writers_joined_by_a_comma_and_a_place_after_a_slash_are_a_byline():
    # "黃柏謙、劉佳軒 / 台北市" (華視's campus news): two writers, then where they reported from; no role
    b = parse_byline("黃柏謙、劉佳軒 / 台北市")
    assert b is not None and b.reporters == ("黃柏謙", "劉佳軒")
    assert parse_byline("上海 / 北京") is None  # places, no names
    assert parse_byline("政治、经济 / 文化") is None  # words joined by 、 that are no names
    page = "黃柏謙、劉佳軒 / 台北市\n「那就由我來做吧!」創辦人何榮幸成立了《報導者》。\n"
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "" and a.byline.reporters == ("黃柏謙", "劉佳軒")
    assert a.body[0].text.startswith("「那就由我來做吧")


def test_a_picture_s_pasted_path_and_a_one_letter_alt_text_are_no_text():
    # "/var/folders/…/640?wx_fmt=jpeg&…" (七天): a picture's path on the writer's computer pasted in with it;
    # "a" (巴華網): a picture's one-letter alt text on a line of its own
    path = ("/var/folders/36/j0v__13j5bb3f5thssjr8m5c0000gq/T/com.microsoft.Word/WebArchiveCopyPasteTempFiles/"
            "640?wx_fmt=jpeg&wxfrom=5&wx_lazy=1&wx_co=1")
    assert furniture(path).kind == "figure" and furniture("a").kind == "figure"
    assert furniture("/ 台北市") is None and furniture("A股") is None
    page = f"蒙特利尔中华医院晚宴隆重举行\n{path}\n11月2日,中华医院基金会举办慈善筹款晚宴。\na\na\n"
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "蒙特利尔中华医院晚宴隆重举行"
    assert [p.text for p in a.body] == ["11月2日,中华医院基金会举办慈善筹款晚宴。"]


# ---------------------------------------------------------------- pages34: mainland section pages


def test_an_item_title_the_pages_list_names_is_its_headline_whichever_line_it_is():
    # 海口晚报's e-paper: the list of the page's titles above names the item by its first title line, the
    # longer line under it is the sub-head (without the list, the shorter first line reads as a kicker)
    page = ("标题导航\n龙舟大赛陵水鸣枪\n东亚杯开打\n返回新数字报\n下一篇 4 放大 缩小 默认\n龙舟大赛陵水鸣枪\n"
            "今日上午直播九项决赛\n本报12月9日讯(记者甘雁鸿)龙舟大赛今日在陵水河上拉开战幕。\n")
    (a,) = parse_page(page, "x.txt")
    assert (a.headline, a.subheadline) == ("龙舟大赛陵水鸣枪", "今日上午直播九项决赛")
    # the same two lines with no list above: the first, shorter, is a kicker
    (b,) = parse_page(page[page.index("龙舟大赛陵水鸣枪\n今日"):], "x.txt")
    assert (b.headline, b.subheadline) == ("今日上午直播九项决赛", "龙舟大赛陵水鸣枪")
    # a title printed again below the item (a quotation of it in the text) is no list
    (c,) = parse_page("86年风雨 矢志不改\n从日据走来 台海杂志访本报宋社长\n记者 郑纪威台北 报导\n专访内容如下。\n"
                      "86年风雨 矢志不改\n本报的前身创办于日据时代。\n", "x.txt")
    assert c.headline == "从日据走来 台海杂志访本报宋社长"


def test_the_ratio_sign_in_a_score_folds_to_the_colon():
    from qa.normalize import fold
    # "以3∶2逆转战胜文昌队" (海口晚报): papers set U+2236 in scores; folded it reads as "1:1" does, same length
    assert fold("以3∶2逆转战胜") == "以3:2逆转战胜"
    assert len(fold("21∶18、21∶19")) == len("21∶18、21∶19")


def test_the_small_full_stop_in_a_decimal_folds_to_the_point():
    from qa.normalize import fold
    # "34﹒82億元" (經濟通): Hong Kong wires set U+FE52 for the decimal point; folded it reads as "34.82" does
    assert fold("增加16﹒1%至34﹒82億元") == "增加16.1%至34.82亿元"


# ---------------------------------------------------------------- xfails24: a prize list's works and its issuers


def test_a_list_of_works_with_their_writers_is_text_and_the_issuers_over_the_date_sign_it():
    page = ("征文比赛获奖名单\n由市作家协会主办的征文比赛,共评出一等奖作品1件,二等奖作品2件。\n一等奖(1名)\n"
            "《一杯明月洒满中国红》张广超\n二等奖(2名)\n《在月光下》袁斗成\n《中秋三敬》青 ?瓷\n"
            "市作家协会秘书处将和获奖作者联系。\n市作家协会\n日报社\n2021年9月21日\n责任编辑:吴山冠\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "征文比赛获奖名单"
    assert [p.text for p in a.paragraphs if p.kind == "section"] == ["一等奖(1名)", "二等奖(2名)"]
    body = [p.text for p in a.body]
    assert "《一杯明月洒满中国红》张广超" in body and "《中秋三敬》青 ?瓷" in body  # (after another entry)
    assert body[-2:] == ["市作家协会", "日报社"]
    # a title and what it is, no writer: a sub-head as before
    (b,) = parse_page("读书\n《平凡的世界》读后感\n这本书写了孙少平的一生。\n", "x.txt")
    assert "《平凡的世界》读后感" not in [p.text for p in b.body]


# ---------------------------------------------------------------- pages38: a bilingual masthead's staff lines


def test_a_masthead_staff_line_with_its_post_in_english_is_text_not_a_sub_head():
    page = ("枫华之声\n1枫华之声 2009年 第3期总第45期 6月10日出版\n社长 (Chair) : 王飞越 (Dr. Feiyue Wang)\n"
            "主编(Editor- in-Chief): 王 虹 (Helen Wang)\n本期校对(Proofreading): 汪 迈 (Mai Wang)\n")
    (a,) = parse_page(page, "x.txt")
    body = [p.text for p in a.body]
    assert "社长 (Chair) : 王飞越 (Dr. Feiyue Wang)" in body and "主编(Editor- in-Chief): 王 虹 (Helen Wang)" in body
    assert not [p for p in a.paragraphs if p.kind == "section" and "(" in p.text]
    # a heading with a colon and no English gloss reads as before: "特寫:港式記者陣" is no staff line
    (b,) = parse_page("特寫:港式記者陣 街坊均好奇\n記者昨日到場採訪,街坊圍觀。\n", "x.txt")
    assert b.headline == "特寫:港式記者陣 街坊均好奇"


# ---------------------------------------------------------------- pages38: an outlet's dated bracket opening a lead


def test_an_outlet_s_name_and_full_day_in_black_brackets_open_a_lead_as_its_dateline():
    from qa.layout.datelines import parse_dateline
    d = parse_dateline("【环球华语2020年7月26日】今天(周日)下午2点,位于大多区北部的华人聚居区烈治文山发生大火")
    assert d is not None and d.agency == "环球华语" and d.day == "2020年7月26日"
    d = parse_dateline("【环球华语2020年7月27日转BBC】中国外交部周一表示,按照中方要求")
    assert d is not None and d.agency == "环球华语" and d.day == "2020年7月27日"
    assert parse_dateline("【国际新闻】中国外交部周一表示") is None  # a section's name, no day: no dateline


def test_a_line_with_commas_over_a_lead_with_the_outlet_s_dated_bracket_is_the_item_s_headline():
    page = ("【征文启事】新冠病毒对北美亚裔社区的影响\n\n"
            "特别征文启事 投稿截止时间:加东时间8月10号2020年 2019年末开始的疫情,"
            "已经波及全国,也散布到新加坡、日本、美国等其它国家。据估计,这次疫情爆发对世界经济的影响会超过百年来的其他"
            "流行疾病,也极大地改变了我们...\n\n"
            "BBC理性报道中国接管美国驻成都总领馆,大批中国民众欢呼,美国表达“失望”\n\n"
            "【环球华语2020年7月27日转BBC】中国外交部周一表示,按照中方要求,美国驻成都总领馆在上午10时闭馆...\n")
    titles = [a.headline for a in parse_page(page, "x.txt")]
    assert titles[-1] == "BBC理性报道中国接管美国驻成都总领馆,大批中国民众欢呼,美国表达“失望”"
    assert parse_page(page, "x.txt")[-1].dateline is not None
    # the same line over a lead without the outlet's dated bracket is no headline: text of the item before
    plain = page.replace("【环球华语2020年7月27日转BBC】", "")
    assert "BBC理性报道中国接管美国驻成都总领馆,大批中国民众欢呼,美国表达“失望”" not in [
        a.headline for a in parse_page(plain, "x.txt")]


# ---------------------------------------------------------------- pages40: a Taiwan station's desk byline, its credit


def test_a_desk_a_slash_and_its_reporters_before_bao_dao_are_a_byline():
    b = parse_byline("即時中心/黃于庭、魏熙芸報導")
    assert b is not None and b.reporters == ("黃于庭", "魏熙芸")
    b = parse_byline("生活中心/高子涵、嚴凱 台北報導")  # the place after a space is no name
    assert b is not None and b.reporters == ("高子涵", "嚴凱")
    assert parse_byline("地方中心/花蓮報導") is None  # a desk and a place (a dateline's), no reporter


def test_a_picture_credited_to_the_outlet_itself_names_no_photographer():
    assert parse_byline("(圖/民視新聞)") is None
    assert parse_byline("（圖／公視）") is None
    b = parse_byline("(圖/記者王某)")
    assert b is not None and b.photographers == ("王某",)


def test_a_station_s_byline_under_a_caption_credited_to_itself_is_the_report_s():
    page = ("快新聞/花蓮災情記者會「狂延後」 媒體炸鍋:怎不跟中央一起\n"
            "花蓮縣府今早突然召開災情記者會,引發媒體不滿。(圖/民視新聞)\n"
            "即時中心/黃于庭、魏熙芸報導\n"
            "花蓮光復馬太鞍溪堰塞湖溢流事發第5天,中央前進指揮所每天固定召開記者會。\n"
            "更多新聞: 李多慧台灣買車「預算只有50萬」!卻豪捐花蓮「30萬賑災金」惹哭全網\n"
            "中央協調所總協調官賴建信,今早於記者會上指出,中央每天開記者會的時間是固定的。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.byline.reporters == ("黃于庭", "魏熙芸") and not a.byline.photographers
    # a site's pointer to another story ("更多新聞: …") is text of the report, not a sub-head
    assert not [p for p in a.paragraphs if p.kind == "section"]


def test_reporters_and_their_place_spaced_in_black_brackets_open_a_lead_as_its_dateline():
    d = parse_dateline("【鍾志明 楊以諾 苗栗】 中颱麥德姆來襲,各地嚴陣以待")
    assert d is not None and d.reporters == ("鍾志明", "楊以諾") and d.place == "苗栗"
    d = parse_dateline("【曾宏智 高雄六龜】 為了發展,高雄市六龜區的觀光")
    assert d is not None and d.reporters == ("曾宏智",) and d.place == "高雄六龜"
    assert parse_dateline("【新型肺炎】 中山紀念公園疑建火眼實驗室") is None  # a topic in brackets
    page = ("防農損 公館紅棗搶收.三灣水梨已採完\n【鍾志明 楊以諾 苗栗】 中颱麥德姆來襲,各地嚴陣以待。\n"
            "颱風逼近 中寮農民架竹竿護香蕉樹\n【李鴻祺 南投】 麥德姆颱風來襲,全台都在警戒範圍。\n")
    a, b = parse_page(page, "x.txt")
    assert b.headline == "颱風逼近 中寮農民架竹竿護香蕉樹" and b.byline.reporters == ("李鴻祺",)
# ---------------------------------------------------------------- pages42: a site named 在线, a unit's kinds, fields


def test_an_outlet_named_zaixian_dates_its_own_dispatch():
    d = parse_dateline("浙江在线11月28日讯(浙江在线记者 金春华)郡县治,天下安。")
    assert d is not None and d.agency == "浙江在线" and d.day == "11月28日" and d.reporters == ("金春华",)
    assert parse_dateline("浙江在线的读者11月28日说,郡县治,天下安。") is None


def test_a_sub_head_with_a_unit_s_kinds_in_brackets_is_a_sub_head_not_text():
    page = ("浙江在线11月28日讯(浙江在线记者 金春华)郡县治,天下安。我省有28名干部任前公示。\n"
            "7位县(市、区)委书记有新职务\n"
            "本次调整的干部中,有7位县(市、区)委书记有新的任命。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.sections == ("7位县(市、区)委书记有新职务",)
    # a line of a list in brackets with more to it is still text
    (b,) = parse_page(page.replace("7位县(市、区)委书记有新职务", "7位县(市、区)委书记有新职务,分别是许晴、徐仁标"),
                      "x.txt")
    assert b.sections == ()


def test_an_empty_source_field_before_the_author_s_names_no_source():
    page = ("张兴财损害商业信誉二审刑事裁定书\n时间:2020年11月12日 来源: 作者: 浏览次数:1590   收藏[0]\n"
            "原公诉机关广东省博罗县人民检察院。上诉人张兴财,男,1978年7月25日出生。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.source != "作者:"


def test_a_press_group_s_reporter_in_the_source_field_is_the_byline_not_the_source():
    page = ("全市人大常委会主任座谈会召开\n2019-07-03 16:01 来源:盐阜大众报报业集团全媒体记者 郑朝成\n"
            "7月2日,全市县(市、区)人大常委会主任座谈会在射阳召开。倪峰主持会议并讲话。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.byline.reporters == ("郑朝成",) and "记者" not in a.source


def test_a_portal_s_greeting_and_its_path_over_three_lines_are_furniture():
    page = ("人民政府门户网站欢迎您!\n您当前所在的位置:\n首页\n>今日东台>东台要闻\n"
            "盐城市人大来东调研人大换届选举工作\n发布日期:2021-11-20\n来源:东台日报\n"
            "11月18日,盐城市人大常委会常务副主任张礼祥一行来我市调研。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "盐城市人大来东调研人大换届选举工作" and a.sections == ()
    assert a.source == "东台日报"


def test_a_photo_credit_with_the_agency_after_a_slash():
    # 中国县域经济报: "唐豆子摄/中新社" — the photographer's credit, then the agency he took it for
    from qa.layout.bylines import trailing_credit
    b = parse_byline("唐豆子摄/中新社")
    assert b is not None and b.photographers == ("唐豆子",) and not b.reporters
    cap = "图为铁路工作人员在为乘客核验车票。唐豆子摄/中新社"
    assert trailing_credit(cap) == cap.index("唐豆子")
    assert parse_byline("人民日报/中新社") is None


def test_a_credit_naming_its_outlet_first():
    # 中国社会科学报: "(出处:中国社会科学报 本报记者 王宙/摄 张微/文)" — the outlet, then its staff's credits
    from qa.layout.bylines import trailing_credit
    b = parse_byline("(出处:中国社会科学报 本报记者 王宙/摄 张微/文)")
    assert b is not None and b.photographers == ("王宙",) and b.reporters == ("张微",)
    cap = "正在展示制作技艺。 (出处:中国社会科学报 本报记者 王宙/摄 张微/文)"
    assert trailing_credit(cap) == cap.index("(")
    assert parse_byline("(出处:中国社会科学报)") is None


def test_a_head_under_a_paragraph_ending_in_a_dash_is_a_sub_head():
    # 人民政协网: "…從以下七個方面闡述了…具體工作——" / a head / its paragraph / a credited caption
    page = ("毛群安:七項舉措推進健康中國\n"
            "人民政協網北京1月24日電(記者 張春莉) 1月24日下午,毛群安在座談會上透露了七項舉措。\n"
            "毛群安在向媒體介紹了2017年工作要堅持穩中有進,持續深化醫改,加快建立基本醫療衛生制度框架等總體要求后,"
            "從以下七個方面闡述了2017年國家衛生計生委要落實的具體工作——\n堅持預防為主 提升群眾健康素質\n"
            "大力推進健康促進。倡導健康生活方式,繼續開展全民健康素養促進行動、健康中國行等品牌活動,提升衛生熱線服務水平,"
            "推動公共場所控煙,推廣戒煙服務,加強煙草流行監測,增強控煙履約成效,打造權威健康科普平臺。\n"
            "媒體座談會現場。 人民政協網記者 張春莉 攝\n")
    arts = parse_page(page, "x.txt")
    assert len(arts) == 1 and arts[0].headline == "毛群安:七項舉措推進健康中國"


def test_a_caption_credited_as_the_one_above_a_head_keeps_the_head_a_sub_head():
    # 中国天气网: a caption "(張蕾 攝)", a head, two paragraphs, then another caption by the same photographer
    page = ("中國天氣網訊 11月4日下午,中國氣象局局長鄭國光來到中國天氣網視察,並提出了意見和建議。\n"
            "鄭國光(右一)來到中國天氣網指導工作(張蕾 攝)\n第一時間 權威發布\n"
            "在提到臺風信息的快速發布時,鄭國光表示,中國天氣網可以第一時間得到來自一線預報員的消息。\n"
            "作為中國氣象局面向公眾服務的門戶網站,中國天氣網一直致力於氣象信息的第一時間權威發布,自網站試運行階段起就"
            "一直與中國氣象局各業務單位保持著緊密合作的關係,值班人員與一線預報員每天一起工作,獲得最新最權威的氣象信息。\n"
            "鄭國光局長(右四)贊揚中國天氣網采編工作(張蕾 攝)\n")
    arts = parse_page(page, "x.txt")
    assert len(arts) == 1 and arts[0].headline != "第一時間 權威發布"


def test_a_path_with_its_column_printed_again_is_furniture():
    # 人民政协网: "首頁>要聞 要聞" — the site's path, then the column's own title
    assert furniture("首頁>要聞 要聞") is not None and furniture("首页 > 新闻 > 要闻 要闻") is not None
    assert furniture("首页>要闻 国务院召开常务会议") is None


def test_a_body_in_brackets_under_the_text_is_no_sub_head():
    # 四川省交通运输厅's item: "(四川省交通运输厅)" under the text names who sent it
    assert furniture("(四川省交通运输厅)") is not None and furniture("（中原油田银额项目部）") is not None
    assert furniture("(四川省)") is None and furniture("(完善交通运输体系)") is None
    page = "标题一则\n\n交通运输部新闻办组织记者采访工程建设,记录了道路的变迁。\n\n(四川省交通运输厅)\n"
    arts = parse_page(page, "x.txt")
    assert len(arts) == 1 and not [p for p in arts[0].paragraphs if "交通运输厅" in p.text]


def test_a_live_texts_speakers_on_lines_of_their_own_open_their_turns():
    # 中国网's live text of a press event: each speaker's label on a line of its own over the words, a time stamp
    # under each turn — one turn a paragraph, the page an interview with no headline
    page = ("人民網記者:\n我的問題是提給萬季飛委員的。\n2010-03-08 14:11:18\n萬季飛:\n中國館共分三個展區。\n"
            "2010-03-08 14:15:18\n北京青年報記者:\n我想請問李瑞英委員一個問題。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.kind == "interview" and a.headline == ""
    assert [p.text for p in a.body] == ["人民網記者:我的問題是提給萬季飛委員的。", "萬季飛:中國館共分三個展區。",
                                        "北京青年報記者:我想請問李瑞英委員一個問題。"]
    # one lone label over a line is a field or a heading, not a turn
    (b,) = parse_page("会议纪要\n编者按:\n本报今起刊登系列报道。\n", "x.txt")
    assert all(not p.text.startswith("编者按:本报") for p in b.paragraphs)


def test_an_outlet_with_a_latin_name_in_square_brackets_opens_the_lead():
    # NOWnews's flashes as a portal lists them: "[NOWnews今日新聞] 行政院長…", a space before the text
    d = parse_dateline("[NOWnews今日新聞] 新北市政府今(11)日發布人事調整,社會局長張錦麗請辭。")
    assert d is not None and (d.agency, d.place, d.day) == ("NOWnews今日新聞", "", "")
    assert parse_dateline("[附件] 新北市政府今日發布人事調整。") is None  # a bracket that names no news outlet


def test_a_listing_s_labels_and_days_are_furniture():
    # 農傳媒's `新聞` over each item, NOWnews's `政治快訊` over its list, 星報's `本報新聞` and its issue line
    # `當前報章2025年01月16日`, 環境資訊中心's days covered `9月12~14日` over an item's headline
    for line in ("新聞", "政治快訊", "本報新聞", "9月12~14日", "9月11日"):
        f = furniture(line)
        assert f is not None and f.kind == "label", line
    f = furniture("當前報章2025年01月16日")
    assert f is not None and f.date == "2025-01-16"
    assert furniture("9月11日發生地震") is None and furniture("新聞自由") is None
    page = ("農傳媒\n新聞\n非法輸入禽流感疫苗雲林地檢署偵結\n雲林地方檢察署接獲情資,全案偵查終結,依法提起公訴。\n"
            "新聞\n春節遊森林育樂場域 年節限定活動送好禮\n農曆春節即將來到,林業署將舉辦一系列年節限定活動。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["非法輸入禽流感疫苗雲林地檢署偵結", "春節遊森林育樂場域 年節限定活動送好禮"]


def test_a_line_between_two_dateline_reports_is_the_next_items_headline():
    # 国际时报's listing: each report one paragraph opening "(古晋13日讯)"; the line between two of them is the
    # next item's headline, a comma inside or a 。 at its end
    page = ("陈开:庙宇的文化是砂拉越建国的一份子\n(古晋13日讯)巴达旺市议会主席陈开表示,圣德恩宫庙宇历史优久。\n"
            "2026年财政预算案拨款 砂华总呼吁政府秉持公平、公开原则,维护全民团结\n"
            "(古晋13日讯)砂拉越华总对联邦政府最新公布的2026年度财政预算案深表遗憾。\n"
            "曾俊凌:秀中文容易懂中文很难 这句道出大马教育与多元政策的最大矛盾。\n"
            "(古晋13日讯)首相安华以其频频秀中文博掌声,不如宣布承认统考。\n")
    assert [a.headline for a in parse_page(page, "x.txt")] == [
        "陈开:庙宇的文化是砂拉越建国的一份子", "2026年财政预算案拨款 砂华总呼吁政府秉持公平、公开原则,维护全民团结",
        "曾俊凌:秀中文容易懂中文很难 这句道出大马教育与多元政策的最大矛盾。"]
    # two sentences between them are the first report's text, not the next one's headline
    two = parse_page("标题\n(古晋13日讯)他表示,庙宇历史优久。\n他说,活动包括赠送物资。他也布施给予贫困家庭。\n"
                     "(古晋14日讯)另一则消息说,砂拉越华总表示关注。\n", "x.txt")
    assert all(a.headline != "他说,活动包括赠送物资。他也布施给予贫困家庭。" for a in two)


def test_a_bracketed_label_opening_a_listing_headline_is_no_dateline():
    # 1086NEWS's page of 明報's leads: "【快訊】【…】12月15日實施" between two leads opening "【明報專訊】" is the
    # next item's headline; 【快訊】 names no agency, place or day
    page = ("多倫多市議員11%個人捐款來自開發商\n【明報專訊】多倫多市中心市議員莫伊茲獲得的捐款中有11%來自開發商。\n"
            "【快訊】【政府承保房屋按揭金額上限由百萬升上150萬】12月15日實施\n"
            "【明報專訊】聯邦財政部長方慧蘭今日宣布,把政府承保的房屋按揭金額上限升至150萬元。\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["多倫多市議員11%個人捐款來自開發商",
                                          "【快訊】【政府承保房屋按揭金額上限由百萬升上150萬】12月15日實施"]



def test_a_sites_summary_over_the_headline_printed_again_and_the_dateline_is_left_out():
    # 永川日报's site: the headline, the site's summary, the headline again with its deck, then the report
    page = ("永川区政协委员集中视察临江河流域综合治理工程推进情况\n"
            "委员们认为,永川举全区之力推进临江河流域综合治理各项工作,取得了实质性进展。\n"
            "永川区政协委员集中视察临江河流域综合治理工程推进情况\n刘祥全参加\n"
            "永川日报全媒体讯 (记者  张 玲)11月28日,区政协组织政协委员集中视察。\n当天下午,委员们先后来到现场。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.subheadline == "刘祥全参加" and first_words(a).startswith("11月28日")
    assert a.dateline is not None and a.dateline.reporters == ("张玲",)
    # without a dateline under the repeat, the lead above it stays the text (an image's text printed again, 舜网)
    (b,) = parse_page(page.replace("永川日报全媒体讯 (记者  张 玲)", ""), "x.txt")
    assert first_words(b).startswith("委员们认为")


def test_a_sites_clock_time_post_day_and_link_labels_are_furniture():
    # "15:51" on a line of its own under 香港經濟日報's headline: when the item was posted, not part of a headline
    assert furniture("15:51").kind == "meta" and furniture("09:05:33").kind == "meta"
    # "[2015.03.17] 發表" (明報's Canadian sites): the day the item was posted
    posted = furniture("[2015.03.17] 發表")
    assert posted.kind == "dateline" and posted.date == "2015-03-17"
    # the box of leads under a report: its label, the "詳情" button under each lead, "相關新聞"
    assert all(furniture(x).kind == "label" for x in ("更多中國要聞", "詳情", "相關新聞"))
    # 国际在线's default alt text where a picture stands
    assert furniture("图片默认标题").kind == "figure"
    # a sentence that starts with 更多 is no label
    assert furniture("更多中国企业走出去") is None


def test_a_stations_desk_line_under_its_item_gives_the_day_and_the_source():
    # Hit FM's news: "【2017/10/28 Hit FM新聞部】" under the text is a trailer, not the next item's headline
    f = furniture("【2017/10/28 Hit FM新聞部】")
    assert f.kind == "trailer" and f.date == "2017-10-28" and f.source == "Hit FM"
    arts = parse_page("總統府感謝美國同意總統過境\n總統蔡英文今天起出訪南太平洋3友邦,將過境美國夏威夷與關島。\n"
                      "【2017/10/28 Hit FM新聞部】\n", "x.txt")
    assert [a.headline for a in arts] == ["總統府感謝美國同意總統過境"]


def test_a_sites_name_and_report_before_its_reporter_in_brackets_is_a_dateline():
    # 国际在线报道(记者 杨玉国):5月27日,… (国际在线's own reports)
    (a,) = parse_page("峰会新闻发布会在北京召开\n国际在线报道(记者 杨玉国):5月27日,发布会在北京国际会议中心召开。\n",
                      "x.txt")
    assert a.dateline is not None and a.dateline.agency == "国际在线" and a.dateline.reporters == ("杨玉国",)
    assert first_words(a).startswith("5月27日")


def test_an_editors_note_in_brackets_after_a_full_stop_closes_its_paragraph():
    # 廊坊日报: "…6位委员作大会发言。(发言摘登见第四版)" ends its line; the next line ("市委书记李国勇,…") is a
    # paragraph of its own, not the rest of a line the columns broke
    page = ("市政协八届五次会议举行第二次全体会议\n"
            "1月18日上午,市政协八届五次会议举行第二次全体会议。6位委员作大会发言。(发言摘登见第四版)\n"
            "市委书记李国勇,市委副书记、市长刘媛,市政协主席李波等出席会议。\n")
    (a,) = parse_page(page, "x.txt")
    assert [p.text[:4] for p in a.paragraphs if p.kind == "body"] == ["1月18", "市委书记"]
    # a bracket that does not follow a stop still leaves the line open ("…创刊于(" / next line)
    (b,) = parse_page(page.replace("发言。(发言摘登见第四版)", "发言(发言摘登见第四版)"), "x.txt")
    assert len([p for p in b.paragraphs if p.kind == "body"]) == 1


def test_a_known_paper_s_name_in_brackets_on_a_line_of_its_own_is_no_sub_head():
    # a city government's copy of 临沂日报's report closes with "(临沂日报)": the paper it took it from, not a sub-head
    page = ("1月6日上午,市政协十六届十四次常委会议召开。市政协主席边峰出席并讲话。\n"
            "会议协商讨论了市政府工作报告(征求意见稿)。\n(临沂日报)\n")
    (a,) = parse_page(page, "x.txt")
    assert a.sections == () or list(a.sections) == []
    assert all("临沂日报" not in p.text for p in a.paragraphs)


def test_a_byline_with_a_rare_surname_run_against_its_role_closes_the_report():
    # 宝鸡日报 (pages54): "本报记者弓旭东" on the last line; 弓 is a rare surname, so the name was not split off
    # its role and the line was read as a section label
    assert parse_byline("本报记者弓旭东").reporters == ("弓旭东",)
    assert parse_byline("记者手记") is None
    a = parse_page("全市重点项目集中开工\n\n本报讯1月14日,开工活动举行。\n\n市委常委主持开工活动。\n\n本报记者弓旭东\n",
                   "x.txt")[0]
    assert a.byline.reporters == ("弓旭东",) and a.sections == ()


def test_a_speakers_kicker_and_a_deck_naming_who_spoke_are_told_from_the_title():
    # 江津日报 (pages54): "毛平在参加双福塘河代表团审议时强调" leads into the title under it, though the longer;
    # 宝鸡日报: "惠进才下达开工令杨广亭讲话" under a title of the same length is its deck, not the title
    a = parse_page("毛平在参加双福塘河代表团审议时强调\n当好“桥头堡” 实现新作为\n\n"
                   "江津日报讯(记者 吕晓)5月20日,区长毛平来到代表团。\n", "x.txt")[0]
    assert a.headline == "当好“桥头堡” 实现新作为" and a.subheadline == "毛平在参加双福塘河代表团审议时强调"
    b = parse_page("全市一月份重点项目集中开工\n惠进才下达开工令杨广亭讲话\n\n本报讯1月14日,开工活动举行。\n",
                   "x.txt")[0]
    assert b.headline == "全市一月份重点项目集中开工" and b.subheadline == "惠进才下达开工令杨广亭讲话"


def test_a_caption_run_into_the_lead_before_its_dateline_is_split_from_the_report():
    # 左江日报 on yybnet.net (pages54): "图为…考察。本报百色讯(记者农超武)4月27日…" — the picture's caption, then the
    # report from its dateline
    a = parse_page("黄克率崇左市党政军代表团到百色考察学习\n\n图为黄克(前左二)等崇左市领导在百色园博园考察。"
                   "本报百色讯(记者农超武)4月27日至28日,市委书记黄克率代表团到百色市考察学习。\n\n离开园博园后,代表团一行来到纪念公园。\n",
                   "x.txt")[0]
    assert a.dateline is not None and a.dateline.place == "百色" and a.dateline.reporters == ("农超武",)
    assert first_words(a).startswith("4月27日至28日")


def test_a_place_and_a_foreign_agency_in_black_brackets_is_a_dateline():
    # nippon.com carrying 時事通信: "【韓國慶州時事】首相高市早苗於30日傍晚，…"
    (a,) = parse_page("高市首相與李在明總統首次會談\n【韓國慶州時事】首相高市早苗於30日傍晚，在慶州舉行了會談。\n",
                      "x.txt")
    assert a.dateline is not None and (a.dateline.agency, a.dateline.place) == ("時事", "韓國慶州")
    assert first_words(a).startswith("首相高市早苗")
    # a column's label in black brackets is still no dateline
    assert parse_dateline("【南都一周】本周的新闻") is None


def test_a_stations_name_and_report_with_a_colon_is_a_dateline():
    # KBS's Chinese service: "韩国国际广播电台报道：韩国总统李在明于30日…"
    (a,) = parse_page("韩日首脑会谈\n韩国国际广播电台报道：韩国总统李在明于30日在庆州与高市早苗举行了会谈。\n", "x.txt")
    assert a.dateline is not None and a.dateline.agency == "韩国国际广播电台"
    assert first_words(a).startswith("韩国总统李在明")
    # a sentence on what a station reported, with no colon, is text
    assert parse_dateline("韩国国际广播电台报道称，会谈持续约41分钟。") is None


def test_an_english_photo_credit_and_a_bare_path_label_are_furniture():
    # "Photo : YONHAP News" over KBS's text, "你在这里" (博谈网's path label) over a headline: never a headline
    assert furniture("Photo : YONHAP News").kind == "staff"
    assert furniture("你在这里").kind == "label"
    (a,) = parse_page("你在这里\n川普结束访华 赶往越南出席APEC峰会\n美国总统川普结束对北京前后跨越三天的访问。\n",
                      "x.txt")
    assert a.headline == "川普结束访华 赶往越南出席APEC峰会" and a.subheadline == ""
    (b,) = parse_page("Photo : YONHAP News\n韩国总统李在明于30日在庆州与日本首相高市早苗举行了首次首脑会谈。\n",
                      "x.txt")
    assert b.headline == ""
    assert furniture("你在这里工作吗") is None


def test_a_writers_name_and_address_glued_after_the_last_sentence_is_the_byline():
    # 東亞日報's Chinese site: "…相對容易實現。申나리 journari@donga.com" — a Korean name in 漢字 and 한글
    (a,) = parse_page("韓國總統李在明13日與高市早苗舉行了首腦會談。合作相對容易實現。申나리 journari@donga.com\n",
                      "x.txt")
    assert a.byline is not None and a.byline.reporters == ("申나리",)
    assert all("@" not in p.text for p in a.paragraphs if p.kind == "body")
    # an address after a word that is no name is left in the text
    (b,) = parse_page("韓國總統李在明13日與日本首相高市早苗舉行了首腦會談。詳情請見 info@example.com\n", "x.txt")
    assert b.byline is None or b.byline.reporters == ()


def test_a_series_name_with_a_circled_part_number_is_a_label_not_the_headline():
    # 杭州网: "杭州时间开启 习近平见了哪些新老朋友?" / the date line / "习近平G20杭州时间②" / the text
    page = ("杭州时间开启 习近平见了哪些新老朋友?\n发布时间:2016-09-03 07:14:14 星期六\n习近平G20杭州时间②\n"
            "这两天的杭州萧山国际机场一片繁忙。出席二十国集团(G20)领导人峰会的外国政要陆续抵达。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "杭州时间开启 习近平见了哪些新老朋友?"
    assert furniture("习近平G20杭州时间②").kind == "label"
    # a numbered caption is no label: it says what the picture shows
    assert furniture("②在德丰路199弄门口") is None


def test_a_sites_fields_set_apart_by_bars_give_the_day_and_source_under_the_headline():
    # CRI's gateway: "2016-11-12 22:20:05|來源:央廣網|編輯:楊玉國" under the title — the day and the source, a meta
    # line; the title over it is the headline though it holds a colon, commas and a question mark
    f = furniture("2016-11-12 22:20:05|來源:央廣網|編輯:楊玉國")
    assert f.kind == "meta" and f.date == "2016-11-12" and f.source == "央廣網"
    (a,) = parse_page("總理出訪同期聲:八天橫跨亞歐,李克強出訪四國,傳遞出哪些中國聲音?\n"
                      "2016-11-12 22:20:05|來源:央廣網|編輯:楊玉國\n"
                      "深秋時節,以分秒計的“克強節奏”再次啟動。李克強乘專機抵達比什凱克。\n", "x.txt")
    assert a.headline.startswith("總理出訪同期聲") and a.source == "央廣網" and first_words(a).startswith("深秋時節")


def test_writers_in_brackets_opening_the_text_under_a_title_over_its_source_line_are_the_byline():
    # "(央廣記者馮悅 邢斯嘉 李思默)深秋時節,…" (traditional characters): the reporters, read as printed
    (a,) = parse_page("總理出訪同期聲:八天橫跨亞歐,李克強出訪四國,傳遞出哪些中國聲音?\n"
                      "2016-11-12 22:20:05|來源:央廣網|編輯:楊玉國\n"
                      "(央廣記者馮悅 邢斯嘉 李思默)深秋時節,以分秒計的“克強節奏”再次啟動。\n", "x.txt")
    assert a.byline is not None and a.byline.reporters == ("馮悅", "邢斯嘉", "李思默")
    assert first_words(a).startswith("深秋時節")


def test_items_after_their_marks_run_onto_one_line_are_one_line_each():
    # Hit FM: "● 蘇澳…注意安全● 戴資穎…晉4強", links to two other items on one line — never one sentence
    (a,) = parse_page("總統府感謝美國同意總統過境 陸提嚴正交涉\n"
                      "總統蔡英文今天起出訪南太平洋3友邦,將過境美國夏威夷與關島。\n"
                      "● 蘇澳、花蓮、台東出現3米高長浪 海邊活動注意安全● 戴資穎直落二拍下拉差諾 法國羽球公開賽晉4強\n",
                      "x.txt")
    assert [p.text for p in a.paragraphs if p.text.startswith("●")] == [
        "● 蘇澳、花蓮、台東出現3米高長浪 海邊活動注意安全", "● 戴資穎直落二拍下拉差諾 法國羽球公開賽晉4強"]


def test_a_headline_run_into_a_lead_opening_with_its_first_word_and_a_time_is_split():
    # a repost of 蘋果日報: "APEC習近平主動與宋楚瑜握手寒暄數秒APEC昨下午舉行…。" — the title, then the lead
    page = ("APEC習近平主動與宋楚瑜握手寒暄數秒APEC昨下午舉行經濟領袖與企業代表對話。會議開始時,陳大光一同入場。\n"
            "國發會主委陳美伶轉述,習近平有主動走過來與宋楚瑜握手寒暄。\n記者陳培煌\n台灣 蘋果日報\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "APEC習近平主動與宋楚瑜握手寒暄數秒" and first_words(a).startswith("APEC昨下午")
    # a name said twice in one sentence, no time after the second, is no headline run in
    (b,) = parse_page("十四届全国人大四次会议和全国政协十四届四次会议,将分别于3月5日和3月4日在北京开幕。\n"
                      "会议筹备工作已经就绪。\n", "x.txt")
    assert b.headline == "" and first_words(b).startswith("十四届全国人大")


def test_a_region_and_a_papers_name_under_the_text_is_the_paper_not_a_headline():
    # "台灣 蘋果日報" under a repost's byline: the paper and its edition's region
    f = furniture("台灣 蘋果日報")
    assert f is not None and f.kind == "label" and f.source == "蘋果日報"
    assert furniture("張三 李日報") is None  # a name before it is no region


def test_a_headline_block_on_one_line_over_a_source_line_naming_no_outlet_is_the_headline():
    # "时刻牢记… 区委常委会召开扩大会议… 市政协副主席、盐湖区委书记孙中全主持并讲话" (盐湖区's site): kicker, title and
    # deck set apart by spaces on one line, longer than a headline, over "来源: 融媒体中心" — a source field that
    # names no outlet (the file's code names it)
    head = ("时刻牢记领袖嘱托 坚决贯彻领袖指示 奋力谱写中国式现代化盐湖新篇章 区委常委会召开扩大会议传达学习贯彻 "
            "习近平总书记在运城考察期间重要指示精神 市政协副主席、盐湖区委书记孙中全主持并讲话")
    arts = parse_page(f"{head}\n发布日期:2023-05-19 19:46 来源: 融媒体中心\n5月18日晚,区委召开常委会扩大会议。\n",
                      "x.txt")
    assert arts[0].headline == head and arts[0].source == ""
    # without the source line under it, so long a line is no headline
    arts = parse_page(f"{head}\n5月18日晚,区委召开常委会扩大会议。\n", "x.txt")
    assert arts[0].headline != head


def test_a_library_record_with_a_deck_field_and_a_path_ending_in_the_title():
    # 张家口日报 as a library's database serves it: the path ending in the title, the title, an empty author field
    # before the date, the record's fields (a colon after one's bracket), the deck in its own field
    arts = parse_page("首页>历史名人>报纸>  乌兰察布市党政代表团到我市考察\n乌兰察布市党政代表团到我市考察\n"
                      "作者: 出版日期:2014.05.12 点击数:0\n【副篇名】邢国辉侯亮与王学丰陶淑菊一行座谈\n"
                      "【报纸名称】:张家口日报\n【出版日期】2014.05.12\n【版次】第A1版(要闻)\n【入库时间】20140620\n"
                      "【全文】\n本报讯(记者 王大庆) 5月10日,乌兰察布市党政代表团到我市考察。\n", "x.txt")
    assert len(arts) == 1
    a = arts[0]
    assert (a.headline, a.subheadline) == ("乌兰察布市党政代表团到我市考察", "邢国辉侯亮与王学丰陶淑菊一行座谈")
    assert a.source == "张家口日报" and a.date == "2014-05-12" and a.byline.reporters == ("王大庆",)


def test_a_deck_naming_who_met_whom_stays_under_the_title():
    # "乌兰察布市党政代表团到我市考察" / "邢国辉侯亮与王学丰陶淑菊一行座谈": the leaders' names run together and the
    # meeting — the deck, printed under the title, though the longer
    arts = parse_page("乌兰察布市党政代表团到我市考察\n邢国辉侯亮与王学丰陶淑菊一行座谈\n"
                      "本报讯(记者 王大庆) 5月10日,乌兰察布市党政代表团到我市考察。\n", "x.txt")
    assert arts[0].headline == "乌兰察布市党政代表团到我市考察"
    assert arts[0].subheadline == "邢国辉侯亮与王学丰陶淑菊一行座谈"


def test_a_reporters_field_in_a_sites_field_line_is_the_byline():
    # "发布时间:… 记者:王祺 张杰 周悦 编辑:弋娜 来源:…" under the title: the reporters, the editor's field after
    arts = parse_page("号角吹响新征程 凝心聚力谱华章\n"
                      "发布时间:2026-01-10 11:10:04 记者:王祺 张杰 周悦 编辑:弋娜 来源:巴彦淖尔日报\n"
                      "1月9日,市委全会在临河召开。\n", "x.txt")
    assert arts[0].byline.reporters == ("王祺", "张杰", "周悦")


def test_an_english_published_at_line_is_the_date_and_the_author_block_furniture():
    # 联合日报 (uniteddaily.my): the site's time line under the headline, its author block (a label, then the desk)
    page = ("疑误译国家元首御词 MCMC调查《中国报》\nPublished at Jan 20, 2026 02:31 pm\n"
            "通讯部长法米法兹指出,马来西亚通讯及多媒体委员会正针对一家华文日报展开调查。\n"
            "他说,当局是根据第233条文展开调查。\nAuthor\n联合日报newsroom\n")
    (a,) = parse_page(page, "x.txt")
    assert a.date == "2026-01-20" and not a.sections
    body = [p.text for p in a.paragraphs if p.kind == "body"]
    assert body[0].startswith("通讯部长") and body[-1].endswith("展开调查。")


def test_a_site_account_line_under_the_headline_and_credits_after_a_rule_belong_to_the_report():
    # 珍珠快讯 (Buletin Mutiara, Penang): the posting account "Admin" under the headline (no sub-head, no writer);
    # after a rule at the end, "报导:" names the writer of the same report (buletin_menpaishui's expectation
    # checks the photographer of "摄影:" too)
    page = ("佳日星:为民众解疑问 本周末起设门牌税咨询柜台\nAdmin\n"
            "槟州地方政府及房屋委员会主席佳日星宣布本周末起,在槟岛8个地点分时段设置门牌税咨询柜台。\n"
            "———————————\n报导:冯芷芸\n摄影:Adleena Rahayu Ahmad Radzi\n")
    (a,) = parse_page(page, "x.txt")
    assert a.subheadline == "" and a.byline.reporters == ("冯芷芸",)


def test_a_posted_in_category_line_under_the_date_is_furniture():
    # 台中時報 (a WordPress theme): "發布在 地方, 生活, 社會" under the spaced date, over the text: not the headline
    page = ("部分議員屢提中央事務質詢 盧市長感謝議員看重、盼問政更公正\n2024 年 12 月 9 日\n發布在 地方, 生活, 社會\n"
            "台中市議會今(9)日市政總質詢,議員劉士州表示,市長若未表示意見就遭議員批評。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "部分議員屢提中央事務質詢 盧市長感謝議員看重、盼問政更公正" and a.date == "2024-12-09"



def test_a_wires_dated_mark_in_title_marks_opens_a_hard_wrapped_report():
    # 經濟通 (Hong Kong): "《經濟通通訊社3日專訊》" is the dateline; the first line, wrapped before its sentence ends,
    # is the report's, not a headline
    d = parse_dateline("《經濟通通訊社3日專訊》澳門去年12月底放寬入境限制")
    assert d is not None and d.agency == "經濟通通訊社" and d.day == "3日"
    page = ("《經濟通通訊社3日專訊》澳門去年12月底放寬入境限制,帶動當地賭收和入境旅客增加\n"
            "。澳門博彩監察協調局公布,上月博彩毛收入按月增加16﹒1%至34﹒82億元(澳門元.\n下同),惟按年仍跌56﹒3%。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "" and a.dateline is not None and a.dateline.agency == "經濟通通訊社"


def test_a_role_and_a_spaced_reporter_in_brackets_is_the_dateline():
    # 【全媒体记者 罗勇】 (a county 融媒体中心's site): the role, a space and the reporter in brackets, no 报道
    text = "【全媒体记者 罗勇】1月3日,咸宁市六届人大二次会议开始报到。"
    d = parse_dateline(text)
    assert d is not None and d.reporters == ("罗勇",) and d.agency == ""
    assert after_dateline(text, d).startswith("1月3日")
    assert parse_dateline("【记者手记】今天很冷。") is None  # a column's name: no space after the role
    assert parse_dateline("【记者 观察】今天很冷。") is None  # no surname: a column's name


def test_a_name_printed_with_a_space_after_a_glued_role_is_a_reporter():
    # "(记者施 璇 李文刚)": a two-character name spaced out to fill two columns, the role glued to it
    text = "本报讯(记者施 璇 李文刚)1月6日上午,市委书记张祥安来到天长代表团。"
    d = parse_dateline(text)
    assert d is not None and d.agency == "本报" and d.reporters == ("施璇", "李文刚")
    assert after_dateline(text, d).startswith("1月6日")
    d = parse_dateline("本报讯(记者王 平)1月6日上午,会议召开。")
    assert d is not None and d.reporters == ("王平",)


def test_a_sites_name_before_its_home_in_the_path_a_site_note_and_a_reader_field_are_furniture():
    # 上饶新闻网: the site's name, a space, then the path from 首页; its note under the text naming itself
    assert furniture("上饶新闻 首页> 新闻 > 上饶新闻 > 今日要闻 > 正文").kind == "label"
    assert furniture("本文来源于上饶新闻网[www.srxww.com]").kind == "label"
    # an e-paper reader's field naming the paper it shows (360elib's 电子报阅读机)
    assert furniture("当前报纸名称:梅州日报").kind == "label"
    # a content system's hashed picture name with its watermark mark, left in the picture's place
    assert furniture("fe170cf-e-94ac-e68_batchwm").kind == "figure"
    assert furniture("上饶县举行工业项目集中开(竣)工活动") is None
    assert furniture("市委书记 首页") is None


def test_an_outlets_name_and_a_slash_before_the_role_in_brackets_is_the_dateline():
    # 【今傳媒/記者李祖東報導】 (今傳媒): the outlet, a slash, then the role and reporter; a place after a second slash
    text = "【今傳媒/記者李祖東報導】因應杜蘇芮颱風,屏東縣截至28日上午統計預防性撤離9鄉413人。"
    d = parse_dateline(text)
    assert d is not None and d.agency == "今傳媒" and d.reporters == ("李祖東",) and d.place == ""
    assert after_dateline(text, d).startswith("因應杜蘇芮颱風")
    d = parse_dateline("【今傳媒/記者李祖東/屏東報導】因應颱風。")
    assert d is not None and d.place == "屏東" and d.reporters == ("李祖東",)
    assert parse_dateline("【今傳媒】因應颱風。") is None


def test_a_platforms_account_label_before_an_editions_own_dateline():
    # 华人头条's Italian edition: the platform's account label and the account's name, then the edition's dateline
    text = "华人号:华人头条-意大利华人头条米兰2月18日电 当地时间2月17日,米兰华侨华人企业家联谊会举办团拜会。"
    d = parse_dateline(text)
    assert d is not None and (d.agency, d.place, d.day) == ("意大利华人头条", "米兰", "2月18日")
    assert after_dateline(text, d).startswith("当地时间2月17日")
    assert parse_dateline("今日头条显示,他说了。") is None


def test_a_forums_poster_line_a_time_and_reads_line_and_a_tag_pages_labels_are_furniture():
    # 菲龙网's archiver: who posted the item and when, over its title
    f = furniture("菲龙网新闻部3 发表于 2024-1-10 07:19")
    assert f is not None and f.kind == "dateline" and f.date == "2024-01-10"
    # 华人头条: when the item was posted and how often it was read
    f = furniture("2025-02-18 20:31 阅读量:1.6万+")
    assert f is not None and f.kind == "dateline" and f.date == "2025-02-18"
    # Modia's tag page: the path with spaces for separators, the topic over the items
    assert furniture("首頁 標籤 區議員").kind == "label"
    assert furniture("專題: 區議員").kind == "label"
    # an aggregator's label for the lead picture (今傳媒 as contentparty.org relays it)
    assert furniture("首圖").kind == "figure"
    assert furniture("專題報導:區議員宣誓今日舉行,共有56人出席。") is None
    assert furniture("首圖書館開幕") is None


def test_column_labels_in_black_brackets_open_a_title_whatever_its_punctuation():
    # 港人講地's tag page: the first item's title, its column labels first, a 、 and a ? inside, over its cut lead
    page = ("【短片】【選舉專線】選委會新增156席地區選委、佢哋如何強化諮詢、監察政府?「新界三會」選委候選人談抱負\n\n"
            "//「三會」選委候選人紮根地區貼地氣,相信比好多立法會議員更了解民情。//也是主席的羅少傑:「我們應該落...\n\n"
            "2021-09-17 18:58:21\n")
    arts = parse_page(page, "speakout_1.txt")
    assert arts[0].headline.startswith("【短片】【選舉專線】選委會新增156席")
    assert first_words(arts[0]).startswith("//「三會」")


def test_a_list_of_english_names_closed_by_a_full_stop_ends_its_paragraph():
    # 澳洲生活: a council's suburbs, then the news on a paragraph of its own
    page = ("Glen Eira市:Margaret Esakoff當選新市長\n\n"
            "下轄社區:Bentleigh, Carnegie, Ormond, Patterson and St Kilda East.\n\n"
            "11月15日消息,Glen Eira市議會表示,格倫被當選為新市長。\n")
    arts = parse_page(page, "auliving_1.txt")
    assert [p.text[:5] for p in arts[0].body] == ["下轄社區:", "11月15"]


def test_a_photo_credit_over_the_report_leaves_the_writers_signature_at_its_end():
    # 中国网·滨海高新: the photo credit on a line of its own over the report names its photographer only; the
    # writer's "(记者马坤)" glued to the report's end is still its byline
    page = ("焦永普 摄\n中国网·滨海高新讯 6月12日,天津滨海新区举行中心渔港经济区管委会揭牌仪式。区委书记何立峰出席"
            "并揭牌。仪式由副区长蔡云鹏主持。 中心渔港北靠津汉快速路,西临中央大道,海滨大道穿港而过。(记者马坤)\n")
    (a,) = parse_page(page, "x.txt")
    assert a.kind == "article" and a.byline.reporters == ("马坤",) and a.credit.photographers == ("焦永普",)
    assert a.dateline is not None and a.dateline.agency == "中国网·滨海高新"


def test_a_portals_dispatch_with_its_papers_site_in_brackets_and_a_photographer_among_its_writers():
    # 荆楚网 (湖北日报网): the site's name and, in brackets, the paper's site before 讯; the bracket after it names
    # writers by role and the photographer with his own
    page = ("荆州两会丨政协荆州市第六届委员会第五次会议开幕\n"
            "荆楚网(湖北日报网)讯(记者 汤立毅 见习记者 董晨旭 摄影 杨光 通讯员 杨婕)1月12日上午,中国人民政治协商会议"
            "荆州市第六届委员会第五次会议在荆州凯乐会议中心开幕。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.dateline is not None and a.dateline.agency == "荆楚网(湖北日报网)"
    assert a.dateline.reporters == ("汤立毅", "董晨旭") and a.dateline.correspondents == ("杨婕",)
    assert a.credit is not None and a.credit.photographers == ("杨光",)
    assert first_words(a).startswith("1月12日上午")


def test_a_writers_field_naming_the_photographer_by_his_role_too():
    # 湖南日报 as the 省委社会工作部's site reposts it: "作者:" then the writer, "摄影" and the photographer
    b = parse_byline("作者:刘燕娟 摄影 唐俊")
    assert b is not None and b.reporters == ("刘燕娟",) and b.photographers == ("唐俊",)


def test_a_sites_account_in_the_author_field_is_no_writer():
    # 抚州日报 as a company site reposts it: "作者:管理员" is who posted it (管 a surname all the same)
    page = ("我市党政代表团赴赣州学习考察\n时间:2022-01-15 15:41:36 来源:抚州日报 作者:管理员\n"
            "1月11日至13日,我市党政代表团在赣州市学习考察。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.byline is None or not a.byline.reporters


def test_an_empty_reads_field_and_a_day_with_a_programmes_name_are_furniture():
    # 南充新闻网's relay: "浏览量:" its script leaves empty; 清远's relay: the day and the programme it ran in
    assert furniture("浏览量:") is not None
    f = furniture("2025年3月3日《清远新闻》")
    assert f is not None and f.kind == "dateline" and f.date == "2025-03-03"
    assert furniture("2025年3月3日《清远新闻》报道了开幕") is None


def test_the_papers_title_printed_again_under_the_sites_is_the_headline_over_its_decks():
    # 抚州日报 as a site reposts it: the site's title, its field line, the title again, then two decks and a line
    # of names — the repeat is the headline, the lines under it its decks, not a kicker over a three-line title
    page = ("我市党政代表团赴赣州学习考察\n时间:2022-01-15 15:41:36 来源:抚州日报\n我市党政代表团赴赣州学习考察\n"
            "学思路学创新学干劲学作风\n为加快建设现代化新抚州借鉴经验积蓄力量\n"
            "吴忠琼会见 夏文勇高世文率队 万凯唐舒龙陪同 李高兴贺喜灿参加\n"
            "1月11日至13日,我市党政代表团在赣州市学习考察。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "我市党政代表团赴赣州学习考察"
    assert a.subheadline.startswith("学思路学创新学干劲学作风")
    # 南充新闻网's relay: the site's title cut at its comma, its date lines, then the paper's title in full
    page = ("四川省第十四届人民代表大会第五次会议南充市代表团召开全体会议\n时间:2026-02-05 12:17:24\n浏览量:\n"
            "四川省第十四届人民代表大会第五次会议南充市代表团召开全体会议,审议审查相关报告和草案\n"
            "坚定不移推动经济高质量发展 确保“十五五”开好局起好步\n张冬云黄志权廖雪梅王俊王乾杨秀彬马杉潘国华出席\n"
            "南充新闻网讯(南充市融媒体中心特派记者 郑渊)2月4日上午,南充市代表团召开全体会议。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline.endswith("召开全体会议,审议审查相关报告和草案")
    assert first_words(a).startswith("2月4日上午")


# ---------------------------------------------------------------- papers first read in the pages64 suite


def test_a_sites_name_line_and_its_editors_line_around_a_headline_are_furniture():
    furn = furniture("大院网-山西大院资讯网")  # the site's short name, then its full one
    assert furn is not None and furn.kind == "label" and furn.source == "山西大院资讯网"
    furn = furniture("网络编辑 晋中 2022-07-27 11:48:03 0 晋中 山西 总书记")  # editor, channel, time, count, tags
    assert furn is not None and furn.kind == "meta" and furn.date == "2022-07-27"
    page = ("大院网-山西大院资讯网\n吴某在全市主流媒体座谈会上强调\n"
            "网络编辑 晋中 2022-07-27 11:48:03 0 晋中 山西 总书记\n"
            "7月26日,全市主流媒体座谈会召开。市委书记吴某出席并讲话。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "吴某在全市主流媒体座谈会上强调" and not a.subheadline
    assert first_words(a).startswith("7月26日")



def test_a_headline_run_into_its_outlets_dispatch_on_one_line():
    page = ("张某李某随同考察 香格里拉网讯 (记者 石显尧) 24日至25日,昭通市委书记王某率领党政考察团赴我州考察。"
            "考察团一行前往国家公园进行参观。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "张某李某随同考察" and a.byline.reporters == ("石显尧",)
    assert a.dateline is not None and a.dateline.agency == "香格里拉网"
    assert first_words(a).startswith("24日至25日")


def test_a_forums_edit_note_and_a_sites_channel_label_are_furniture():
    # kokang888.com's thread opens with the forum's note of the last edit; 柬中时报 files an item under "视频频道"
    assert furniture("本帖最后由 少清 于 2017-1-23 09:58 编辑") is not None
    assert furniture("视频频道") is not None
    assert furniture("本帖最后由少清编辑的文字很长很长") is None
    assert furniture("视频频道开播三周年庆典举行") is None


def test_a_lone_reporter_label_over_the_reporters_names_is_the_byline():
    # 柬中时报: "记者:" on a line of its own, the two reporters under it joined by 、, then the site's time line
    page = ("中国广东省侨联主席拜会柬埔寨华社领袖【视频新闻】\n\n记者:\n郑那、黄如丽\n2018年12月19日 16:17\n\n"
            "(金边讯)中国广东省侨联主席黎静今早拜访柬华理事总会,赞誉总会积极推动中柬友好关系发展。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "中国广东省侨联主席拜会柬埔寨华社领袖【视频新闻】"
    assert a.byline is not None and a.byline.reporters == ("郑那", "黄如丽")
    assert a.dateline is not None and a.dateline.place == "金边" and a.dateline.agency == ""


@pytest.mark.parametrize("text,agency,place,reporters", [
    # 南美侨报: the paper's name, the role, the reporter and the place he filed from run together in brackets
    ("【南美侨报记者庄沂圣保罗报道】6月30日,巴西河南同乡总会", "南美侨报", "圣保罗", ("庄沂",)),
    # 柬中时报: the place alone before 讯 in brackets, no day
    ("(金边讯)中国广东省侨联主席黎静今早拜访", "", "金边", ()),
])
def test_a_papers_reporter_and_place_run_together_and_a_bare_place_in_brackets(text, agency, place, reporters):
    d = parse_dateline(text)
    assert d is not None and (d.agency, d.place, d.reporters) == (agency, place, reporters)


def test_a_bare_outlet_in_brackets_before_its_dispatch_is_no_place():
    d = parse_dateline("(本报讯)近日,")
    assert d is None or d.place == ""
    d = parse_dateline("(新华网讯)近日,")
    assert d is None or d.place != "新华网"


def test_a_writers_name_in_spaced_brackets_under_the_title():
    # fijichinese.com: "( 孙嘉瑞 )" under the essay's title, a part's title, then the text
    page = ("斐济华人历史\n\n( 孙嘉瑞 )\n\n毁家纾难见忠贞\n\n"
            "1932 年斐济殖民政府颁发禁酒令 , 不准斐济人、印度人、华人自由进出酒吧 , 必须领取饮酒许可证。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "斐济华人历史"
    assert a.byline is not None and a.byline.reporters == ("孙嘉瑞",)


def test_a_headless_pages_opening_day_and_relayed_source_give_its_date():
    # zgmh.net: "2024年11月13日,老挝国家电台消息,…" opens the text: the page's date
    page = "2024年11月13日,老挝国家电台消息,老挝海外侨民联络委员会11月12日在国家会议中心举办首届老挝外国侨民大会。\n"
    (a,) = parse_page(page, "x.txt")
    assert a.date == "2024-11-13"
    # a day inside a sentence, no source before the comma: no page date from it
    (a,) = parse_page("2024年11月13日,老挝海外侨民联络委员会在国家会议中心举办大会。\n", "x.txt")
    assert a.date == ""


def test_a_path_after_a_section_sign_is_the_sites_breadcrumb():
    # 重庆彭水网: "§当前位置: 彭水首页>新闻频道>部门" over the headline, a § glyph before the path's label
    assert furniture("§当前位置: 彭水首页>新闻频道>部门") is not None
    page = ("§当前位置: 彭水首页>新闻频道>部门\n县法院召开人民法庭建设新闻发布会\n发布时间:2021-10-2609:26:57\n"
            "10月21日,县法院召开人民法庭建设新闻发布会,提升各人民法庭司法服务能力。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "县法院召开人民法庭建设新闻发布会"


def test_a_sites_name_then_its_reporters_in_brackets_is_its_dateline():
    # 重庆彭水网 (a county 融媒体中心's site): the site's name, the role and the reporters in brackets, no 讯 between;
    # "李 峰", a name spaced out, is one reporter
    d = parse_dateline("重庆彭水网(融媒体记者 杨丽媛 李 峰) 10月21日,县法院召开人民法庭建设新闻发布会")
    assert d is not None and d.agency == "重庆彭水网" and d.reporters == ("杨丽媛", "李峰")
    assert parse_dateline("重庆彭水网(以下简称彭水网)报道了县法院的新闻发布会") is None


def test_a_media_centres_credit_lines_with_bars_are_its_source_and_staff():
    # 罗甸县融媒体中心: "来源|…", "编辑|…", "编审|…" under the text, each field parted from its value by a bar
    page = ("今年县“两会”召开前,罗甸县融媒体中心全体采编人员群策群力,探访县人大代表、政协委员。\n"
            "来源|罗甸县融媒体中心\n编辑|莫昌玉\n编审|肖家云\n")
    (a,) = parse_page(page, "x.txt")
    assert a.source == "罗甸县融媒体中心" and a.sections == ()
    assert furniture("编审|肖家云") is not None


def test_items_numbered_with_a_leading_zero_are_sub_heads_of_one_list():
    # 保山日报's ten news of the year: "01 …", "02 …" under the list's headline are its items' titles
    page = ("保山日报评出2023保山十大新闻\n来源:保山日报 阅读:\n"
            "01 “5·19中国旅游日”全国主会场活动在腾冲和顺举行,首次落地云南\n"
            "5月1日至31日,第13个“5·19中国旅游日”全国主会场活动落地腾冲和顺古镇。\n02 “腾冲科学大奖”首颁\n"
            "12月1日,2023腾冲科学家论坛开幕。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "保山日报评出2023保山十大新闻"
    assert a.sections == ("01 “5·19中国旅游日”全国主会场活动在腾冲和顺举行,首次落地云南", "02 “腾冲科学大奖”首颁")


def test_a_headless_item_closed_by_its_writers_and_photographers_credit_is_a_picture():
    # 中国能源报's e-paper: two short paragraphs, then "田晓璐/文 冷柏/摄": a picture item, not an article
    page = ("1月11日,中国能建辽宁院总承包的辽宁清河农业光伏电站项目一次性通过达标投产考核。\n"
            "项目建成后,每年可为电网供电3265.5万千瓦时。\n田晓璐/文 冷柏/摄\n")
    (a,) = parse_page(page, "x.txt")
    assert a.kind == "photo" and a.byline.reporters == ("田晓璐",) and a.byline.photographers == ("冷柏",)
    # under a headline, the same credit is the article's
    (a,) = parse_page("辽宁清河光伏电站通过考核\n\n" + page, "x.txt")
    assert a.kind == "article"


def test_a_row_of_picture_file_names_is_furniture():
    # 菲社网 as a portal reposts it: the names of two pictures on one line over the text
    assert furniture("640.jpg 720x400.jpg") is not None
    assert furniture("640.jpg 是图片的名字") is None


def test_a_sites_slogan_over_its_items_is_furniture():
    # yybnet.net's city channels print "看家乡事,品故乡情" over every item (北海日报's, 西安日报's)
    page = ("看家乡事,品故乡情\n今年市级重点项目抢先看 哪个让您最期待?\n西安日报 2016-05-22 19:45 大字\n"
            "本报讯(记者 于京玄)昨日,82个2016年市级重点项目集中开工。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "今年市级重点项目抢先看 哪个让您最期待?" and a.subheadline == ""


def test_a_sites_name_and_the_day_in_brackets_before_xun_is_its_dateline():
    # 菲龙网's report as 菲律宾中国商会's site reposts it: "菲龙网(2019-9-12)讯:"
    d = parse_dateline("菲龙网(2019-9-12)讯:菲律宾中国商会在马尼拉隆重举行新届就职典礼。")
    assert d is not None and d.agency == "菲龙网" and d.day == "2019-9-12"
    assert after_dateline("菲龙网(2019-9-12)讯:菲律宾中国商会在马尼拉隆重举行新届就职典礼。", d).startswith("菲律宾")


def test_a_speakers_caption_between_paragraphs_is_no_sub_head():
    # "中国商会第六届新届会长洪及祥致辞" between two paragraphs (pcccii.ph): the picture's caption
    page = ("菲律宾中国商会隆重举行新届就职 洪及祥蝉联第六届会长\n菲律宾中国商会在马尼拉隆重举行新届就职典礼。\n"
            "中国商会第六届新届会长洪及祥致辞\n洪及祥蝉联中国商会第六届新届会长,致辞中,他向到场来宾简单汇报。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.sections == ()


def test_a_caption_closed_by_who_gave_the_picture_after_a_slash_is_no_sub_head():
    # gokinmentour.com: "颱風楊柳逼近 陳文顧呼籲鄉親做好防颱/圖金湖鎮公所提供"
    from qa.layout.bylines import trailing_credit
    line = "颱風楊柳逼近 陳文顧呼籲鄉親做好防颱/圖金湖鎮公所提供"
    assert trailing_credit(line) == line.index("/")
    assert trailing_credit("北京/上海") is None


def test_a_second_byline_dateline_line_under_a_headless_item_starts_the_next_item():
    # gokinmentour.com's listing: two items, no headlines, each opening "記者…/綜合報導"
    page = ("記者于家豪/綜合報導\n金門縣湖下海堤調適工程今天動土。\n版權所有 請勿翻攝\n"
            "記者葉建雄/綜合報導\n楊柳颱風來襲,金湖鎮長陳文顧提醒鄉親做好防颱準備。\n")
    a, b = parse_page(page, "x.txt")
    assert a.byline.reporters == ("于家豪",) and first_words(a).startswith("金門縣")
    assert b.byline.reporters == ("葉建雄",) and first_words(b).startswith("楊柳颱風")


def test_a_sites_name_day_and_xiaoxi_then_its_reporter_in_brackets_is_its_dateline():
    # 海口网: "海口网6月4日消息(见习记者杨艳 摄影报道)4日,…" — 消息 where others print 讯, its reporter (who also
    # took the pictures) in brackets right after; 消息 with no bracket after is no dateline's
    d = parse_dateline("海口网6月4日消息(见习记者杨艳 摄影报道)4日,由海口市委宣传部、海口市秀英区委宣传部联合举办")
    assert d is not None and d.agency == "海口网" and d.day == "6月4日" and d.reporters == ("杨艳",)
    assert parse_dateline("参考消息网6月4日消息称,美国") is None


def test_a_sites_and_its_apps_names_before_the_role_in_a_closing_bracket_leave_its_reporters():
    # 中国吉林网: "…宣传报道。(中国吉林网 吉刻APP记者 沙春霞 许家强)" — the site's name and its app's (Latin letters
    # in it) before 记者 say whose reporters they are; no writer is named 中国吉林网
    t = "对全州深入开展决战决胜脱贫攻坚,全面建成小康社会开展深入全面的宣传报道。(中国吉林网 吉刻APP记者 沙春霞 许家强)"
    at = trailing_signature(t)
    assert at is not None and t[at:].startswith("(中国吉林网")
    b = bracket_writers(t[at:])
    assert b is not None and b.reporters == ("沙春霞", "许家强")


def test_an_outlets_name_and_zonghe_baodao_then_a_space_opens_its_text_as_a_dateline():
    # 翡冷翠侨讯 as 非洲时报's site reposts it: "翡冷翠侨讯综合报道 自2024年6月上旬…" — the outlet's name and 综合报道,
    # no brackets, a space before the text; the same words inside a sentence are no dateline
    d = parse_dateline("翡冷翠侨讯综合报道 自2024年6月上旬至7月中旬,欧洲中华总商会执行主席陈贻成率该会部分核心成员")
    assert d is not None and d.agency == "翡冷翠侨讯" and d.reporters == ()
    assert parse_dateline("据翡冷翠侨讯综合报道,陈贻成率团访问匈牙利") is None


def test_a_jump_line_whose_continuation_the_copy_prints_under_it_does_not_end_the_item():
    # 来宾日报 as yybnet.net serves it: "(下转第二版)" on a line of its own, the rest of the report right under it
    page = ("本报记者 罗 侠 通讯员 蓝艳青\n“忻城处处是宝贝。”3月底,央视《乡村大世界》走进忻城,土特产名声大振。\n"
            "“过去信息闭塞,村民不敢规模种植。”城关镇龙头村党总支书记莫盘武说,不愁销路。\n(下转第二版)\n"
            "“新闻宣传为我们的珍珠糯玉米打开了销路。”县城珍珠糯玉米专卖店老板韦松青逢人便说“玉米经”。\n")
    (a,) = parse_page(page, "x.txt")
    assert "韦松青" in " ".join(p.text for p in a.paragraphs)
    # a front page's jump with the next item's headline under it still ends the item
    page = ("忻城新闻扶贫见实效\n城关镇龙头村党总支书记莫盘武说,不愁销路。\n(下转第二版)\n市领导调研防汛工作\n"
            "本报讯 昨日,市领导到江边检查防汛工作。\n")
    assert len(parse_page(page, "x.txt")) == 2


def test_a_short_line_printed_twice_under_the_headline_is_a_photos_title_not_the_headline():
    # 四川新聞網 as a mirror serves it: "閉幕式現場" under each of two photos, under the report's headline
    page = ("樂山市2017年中小學生田徑運動會圓滿落幕\n閉幕式現場\n閉幕式現場\n"
            "四川新聞網樂山3月27日訊(張友根)3月26日, 樂山市2017年度中小學生田徑運動會圓滿落下帷幕。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "樂山市2017年中小學生田徑運動會圓滿落幕" and a.subheadline == ""


def test_the_sites_name_run_into_its_channels_under_the_headline_is_no_deck():
    # china2au.com: "在澳大利亚澳洲新闻" (the site 在澳大利亚, the channel 澳洲新闻) under the headline
    page = ("澳洲新州地方选举结果揭晓 胜选华裔有哪些\n在澳大利亚澳洲新闻\n"
            "经过两周的点票统计,12月21日(周二),2021年新州地方选举结果均已在新州政府官网公布。\n")
    (a,) = parse_page(page, "china2au_20211222.txt")
    assert a.headline.startswith("澳洲新州") and a.subheadline == ""
    # a deck naming the paper's own people stays one (郑州晚报)
    page = "《郑州晚报》,一路相伴的挚友\n郑州晚报采编发团队\n我与郑州晚报相识已经二十多年了。\n"
    (b,) = parse_page(page, "zzwb_20230530_A22.txt")
    assert b.subheadline == "郑州晚报采编发团队"


def test_a_papers_name_run_into_its_place_in_round_brackets_is_agency_and_place():
    # 讯报 of Medan: "(讯报棉兰讯)3月2日(星期日),…" — the paper's name, then the place, then 讯, in round brackets
    d = parse_dateline("(讯报棉兰讯)3月2日(星期日),印尼苏北客属联谊会在棉兰Regale国际会议中心举办第八届理事就职典礼。")
    assert d is not None and (d.agency, d.place, d.day) == ("讯报", "棉兰", "")
    # a paper's own name alone before 讯 stays the agency, with no place
    d = parse_dateline("(联合早报网讯)新加坡今天宣布")
    assert d is not None and d.place == ""


def test_a_place_and_xun_with_a_dash_opens_the_text_as_a_dateline():
    # 印华日报: "泗水讯——创刊于泗水的…" — the place and 讯 closed by a dash, no brackets, agency or day
    d = parse_dateline("泗水讯——创刊于泗水的传奇华文报《千岛日报》于2025年10月15日迎来创刊25周年纪念")
    assert d is not None and (d.agency, d.place, d.text) == ("", "泗水", "泗水讯——")
    # a column's name before the dash is no place
    assert parse_dateline("新闻快讯——今天上午,市政府召开常务会议") is None


def test_the_papers_reporter_named_right_after_benbao_in_black_brackets_is_a_dateline():
    # 印尼商报: "【本报周孙毅报道】8月21日晚,…" — the paper's own reporter after 本报, no 记者, place or day
    d = parse_dateline("【本报周孙毅报道】8月21日晚,印华百家姓协会(PSMTI)雅加达特区分会在金莎国际酒楼举行就职典礼。")
    assert d is not None and (d.agency, d.reporters) == ("本报", ("周孙毅",))
    # the paper's report put together from several sources names no reporter
    d = parse_dateline("【本报综合报道】据外电报道")
    assert d is not None and d.reporters == ()


def test_ju_a_papers_reporters_spaced_apart_with_sheying_baodao_in_square_brackets_is_a_dateline():
    # 韩国侨报: "[据韩国侨报记者 王鹤霖 曹梦德 龙敏 摄影报道]: 由…" — 据, the paper, its three reporters
    # who also took the pictures; 摄影 is no fourth name
    d = parse_dateline("[据韩国侨报记者 王鹤霖 曹梦德 龙敏 摄影报道]: 由中国宁夏回族自治区政协副主席李淑芬为团长,")
    assert d is not None and (d.agency, d.reporters) == ("韩国侨报", ("王鹤霖", "曹梦德", "龙敏"))
    assert after_dateline(d.text + ": 由中国宁夏", d).startswith("由中国宁夏")
    credit = dateline_credit(d)  # they took the pictures too
    assert credit is not None and credit.photographers == ("王鹤霖", "曹梦德", "龙敏")


def test_a_sites_name_slash_its_apps_before_xun_then_a_correspondents_report_is_a_dateline():
    # 中国江西网's 赣州频道: "大江网/赣州头条客户端讯 通讯员陈龙报道:10月2日下午,…"
    d = parse_dateline("大江网/赣州头条客户端讯 通讯员陈龙报道:10月2日下午,信丰县西牛镇首届村BA篮球联赛决赛开赛。")
    assert d is not None and d.agency == "大江网/赣州头条客户端"
    assert (d.reporters, d.correspondents) == ((), ("陈龙",))
    # a reporter's report after 本报讯 reads as before
    d = parse_dateline("本报讯 记者王小明报道:10月2日下午,")
    assert d is not None and d.reporters == ("王小明",)


def test_a_channels_hotline_row_and_its_masthead_over_the_headline_are_furniture():
    # 中国江西网's 赣州频道: the channel's masthead, then under the headline its hotline, tip-off and webmaster row,
    # which must not run into the dateline's paragraph
    page = ("中国江西网赣州频道\n信丰县西牛镇首届“云杰杯”村BA篮球联赛顺利闭幕\n2023-10-04 22:49:56    来源:大江网\n"
            "赣州新闻热线:18507970533 网上曝料QQ:1342680324 站长:王盛泉(13803589582 )\n"
            "大江网/赣州头条客户端讯 通讯员陈龙报道:10月2日下午,信丰县西牛镇首届“云杰杯”村BA篮球联赛决赛开赛。\n")
    (a,) = parse_page(page, "jxnews_xinfeng_20231004.txt")
    assert a.subheadline == "" and a.dateline is not None and a.byline.correspondents == ("陈龙",)
    assert furniture("赣州新闻热线:18507970533 网上曝料QQ:1342680324 站长:王盛泉(13803589582 )") is not None
    assert furniture("赣州新闻热线开通后接到群众来电一千余个") is None


def test_a_qiao_papers_masthead_lines_and_a_slashed_path_over_the_headline_are_furniture():
    # 鹭风报's site: its internal registration number (`CN-35(Q)第0003号`), its line of founding and reach and the
    # path parted by slashes, none of them the headline; the author's field glued to the next field's label
    page = ("鹭风报 国内统一刊号 CN-35(Q)第0003号\n创刊于1956年,发行全球数十个国家和地区\n"
            "当前位置:首页 / 海外侨讯 / 新闻详情\n菲华商联总会 第三十三次全菲代表大会闭幕\n"
            "发布时间:2023/03/31作者:王丹凤来源:点击量:3749鹭风报1604期05版 环球侨讯\n"
            "本报讯 据东南网报道 当地时间3月25日,菲华商联总会第三十三次全菲代表大会举行选举和闭幕典礼。\n")
    (a,) = parse_page(page, "xmweekly_20230331.txt")
    assert (a.headline, a.subheadline) == ("菲华商联总会 第三十三次全菲代表大会闭幕", "")
    assert a.byline.reporters == ("王丹凤",)
    assert furniture("鹭风报 国内统一刊号 CN-35(Q)第0003号") is not None
    assert furniture("创刊于1956年,发行全球数十个国家和地区") is not None
    assert furniture("当前位置:首页 / 海外侨讯 / 新闻详情") is not None
    # a sentence of the founding is text; a line with slashes but neither a path label nor a home root is no path
    # (from a home root on, 首页 / … is one: tests/test_layout_pages75.py)
    assert furniture("该报创刊于1956年,发行全球数十个国家和地区。") is None
    assert furniture("海外侨讯 / 新闻详情") is None


def test_an_authors_field_naming_his_body_the_writer_and_photographer_by_slash_and_a_site_owners_xun():
    # 福建台胞之家 (福建省台联's site): "作者 : 福建省台联 林国武/文 钟晓惠/图" in the field line under the headline,
    # "台胞之家网福建台联讯:" opening the text
    page = ("福建省台联副会长梁志强赴闽台共建小康村—付竹村调研\n"
            "2014年11月26日        来源 : 台胞之家网   作者 : 福建省台联 林国武/文 钟晓惠/图\n"
            "台胞之家网福建台联讯:11月18日省台联副会长梁志强带领部分机关干部前往霞浦县溪南镇付竹村进行调研。\n")
    (a,) = parse_page(page, "fjtl_20141126.txt")
    assert (a.byline.reporters, a.byline.photographers) == (("林国武",), ("钟晓惠",))
    assert a.dateline is not None and a.dateline.agency == "台胞之家网福建台联"
    d = parse_dateline("台胞之家网福建台联讯:11月18日省台联副会长梁志强带领部分机关干部")
    assert d is not None and after_dateline("台胞之家网福建台联讯:11月18日", d).startswith("11月18日")
    assert parse_dateline("福建台联讯息显示,11月18日") is None


def test_the_papers_reporter_and_baodao_then_a_space_open_the_text_as_its_byline():
    # 金边晚报: "本报记者小妹报道 由李汉成先生倡议的…" — no colon after 报道, a space before the text
    d = parse_dateline("本报记者小妹报道 由李汉成先生倡议的柬埔寨拉达那基里省万隆市柬华理事会,日前宣布成立")
    assert d is not None and (d.agency, d.reporters) == ("", ("小妹",))
    assert after_dateline("本报记者小妹报道 由李汉成先生倡议的", d) == "由李汉成先生倡议的"
    # another paper's reporter quoted is no byline
    assert parse_dateline("据本报记者小妹报道 由李汉成先生倡议的") is None


def test_an_editor_field_ending_a_sites_source_line_is_the_storys_staff_line():
    # jqrb_20180930 (中国甘肃网): the field is named 编辑 and the line is read as the relay's source line
    arts = parse_page("为敦煌点赞 为文博助力——酒泉市干部群众为第三届敦煌文博会加油助威\n"
                      "18-09-30 15:06 来源:中国甘肃网-酒泉日报 编辑:张玉芳\n"
                      "“展现丝路风采,促进人文交流,让世界更加和谐美好”,9月27日上午,文博会盛大开幕。\n", "x.txt")
    assert [(p.kind, p.text) for p in arts[0].paragraphs if p.kind == "staff"] == [("staff", "编辑:张玉芳")]
    assert not arts[0].byline.names


def test_a_dash_subtitle_repeating_the_titles_own_is_its_deck_not_the_title_again():
    # jqrb_20180930: the site's title runs the paper's sub-title on after its dash; the printed `——` sub-title
    # under it is no repeat of the title (which would drop the site's title as a listing's card)
    arts = parse_page("为敦煌点赞 为文博助力——酒泉市干部群众为第三届敦煌文博会加油助威\n"
                      "——我市干部群众为第三届敦煌文博会加油助威\n"
                      "记者 陈思侠 见习记者 程晓娟\n"
                      "“展现丝路风采,促进人文交流,让世界更加和谐美好”,9月27日上午,文博会盛大开幕。\n", "x.txt")
    assert arts[0].headline == "为敦煌点赞 为文博助力——酒泉市干部群众为第三届敦煌文博会加油助威"
    assert arts[0].subheadline == "——我市干部群众为第三届敦煌文博会加油助威"


def test_a_sites_hotline_row_under_the_headline_is_kept_with_the_story():
    # jxnews_xinfeng_20231004 (中国江西网赣州频道): the row naming the channel's 站长 under the title, searchable
    arts = parse_page("信丰县西牛镇首届“云杰杯”村BA篮球联赛顺利闭幕\n"
                      "2023-10-04 22:49:56    来源:大江网\n"
                      "赣州新闻热线:18507970533 网上曝料QQ:1342680324 站长:王盛泉(13803589582 )\n"
                      "10月2日下午,信丰县西牛镇首届“云杰杯”村BA篮球联赛决赛在该镇文体中心开赛。\n", "x.txt")
    assert [p.text for p in arts[0].paragraphs if p.kind == "staff"] == [
        "赣州新闻热线:18507970533 网上曝料QQ:1342680324 站长:王盛泉(13803589582 )"]
    assert arts[0].headline == "信丰县西牛镇首届“云杰杯”村BA篮球联赛顺利闭幕"


# ---------------------------------------------------------------- loader43: decks told from titles


def test_a_long_deck_with_one_comma_between_the_headline_and_the_dateline():
    # 盘锦日报: a deck of 42 characters, one comma, no stop, between the title and "本报讯(…)": the sub-headline,
    # not the text's first paragraph, and not the main title under a kicker though the longer
    page = ("市长向千余名干部介绍人代会盛况\n"
            "市委书记要求全市广大干部群众要认真领会大会精神,学好以政府工作报告为主的会议文件\n"
            "本报讯(记者王某报道)4月21日上午,市长在俱乐部向千余名干部介绍了大会盛况。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "市长向千余名干部介绍人代会盛况"
    assert a.subheadline.startswith("市委书记要求") and first_words(a).startswith("4月21日上午")


def test_a_bare_dateline_on_its_line_opens_the_text_under_it():
    # 飞跃报: "本报讯" alone on its line under the headline and a deck: the text under it is the story's first words,
    # not a caption left on its own
    page = ("企业文化建设工作会议召开\n《飞跃报》荣获优秀报刊奖,一文获十佳报道奖,本报主编代表获奖者作经验介绍\n本报讯\n"
            "11月10日,由全国工商联主办的企业文化建设工作会议在北京召开,来自全国的代表参加了会议。\n"
            "会上,本报荣获优秀报刊奖。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.dateline is not None and a.dateline.agency == "本报"
    assert a.subheadline.startswith("《飞跃报》") and first_words(a).startswith("11月10日")


@pytest.mark.parametrize("lines,headline,sub", [
    # 茂名日报: the plain title over a longer row of slogans set apart by spaces — the slogans are its deck
    (("市领导与港澳委员座谈交流", "发挥独特优势 当好桥梁纽带 凝心聚力推动发展跑好关键一程"),
     "市领导与港澳委员座谈交流", "发挥独特优势 当好桥梁纽带 凝心聚力推动发展跑好关键一程"),
    # 随州日报: the slogans over the plain title — the kicker
    (("发扬奥运拼搏精神 加快“四个随州”建设", "随州市二届人大三次会议开幕"),
     "随州市二届人大三次会议开幕", "发扬奥运拼搏精神 加快“四个随州”建设"),
    # a short title with a space over a plain line is no row of slogans: the first stays the headline
    (("雨一直下 气温还算不错", "后天起会有几天好天气"), "雨一直下 气温还算不错", "后天起会有几天好天气"),
])
def test_a_row_of_slogans_beside_a_plain_title_is_its_kicker_or_deck(lines, headline, sub):
    page = "\n".join(lines) + "\n本报讯 昨日上午,会议在市里召开,代表们出席了会议并进行了讨论。\n"
    (a,) = parse_page(page, "x.txt")
    assert (a.headline, a.subheadline) == (headline, sub)


def test_captions_one_a_line_that_open_alike_between_paragraphs_are_no_sub_head():
    # 團結報: four photos' captions between paragraphs, each naming the same visitors first — a paragraph each,
    # neither a sub-head (nor two) nor joined to the paragraph under them
    page = ("副主席带队走访民主党派中央\n近日,副主席率宣传部一行走访了各民主党派中央。\n"
            "副主席一行参观民盟中央文史陈列馆\n副主席一行参观民建中央会史馆\n副主席一行参观民进会史展览\n"
            "走访交流中,大家对报社的宣传工作给予了肯定。\n副主席感谢大家的支持。\n")
    (a,) = parse_page(page, "x.txt")
    assert not a.sections
    texts = [p.text for p in a.paragraphs if p.kind == "body"]
    assert "副主席一行参观民建中央会史馆" in texts and "走访交流中,大家对报社的宣传工作给予了肯定。" in texts


def test_captions_left_after_the_last_paragraph_are_no_sub_head():
    # 千島日報: the photos' captions printed after the report's text, nothing under them: captions, a paragraph each
    page = ("华文报迎来创刊25周年\n泗水讯——创刊于泗水的华文报于本月迎来创刊25周年。\n庆典现场气氛热烈。\n"
            "与全体管理人员合影\n管理层颁发奖项\n活动现场氛围\n")
    (a,) = parse_page(page, "x.txt")
    assert not a.sections
    assert [p.text for p in a.paragraphs][-3:] == ["与全体管理人员合影", "管理层颁发奖项", "活动现场氛围"]


def test_a_sub_head_over_two_lines_stays_one_sub_head():
    # two lines that do not open alike and text under them: one sub-head over two lines, as before
    page = ("老报人的回忆\n他在报社工作了四十年,见证了报纸的变迁。\n"
            "回忆70年代初进人民日报\n四十年来发生了翻天覆地的变化\n1972年,他来到北京,开始了记者生涯。\n后来他当上了编辑。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.sections == ("回忆70年代初进人民日报 四十年来发生了翻天覆地的变化",)


@pytest.mark.parametrize("lines", [("社区活动", "华人社团举办新春联欢会"), ("华人社团举办新春联欢会", "國情動向")])
def test_a_columns_label_over_or_under_the_title_is_no_kicker_nor_deck(lines):
    page = "\n".join(lines) + "\n本报讯 昨日下午,华人社团在会馆举办新春联欢会,三百多人出席。\n"
    (a,) = parse_page(page, "x.txt")
    assert (a.headline, a.subheadline) == ("华人社团举办新春联欢会", "")


def test_two_pairs_of_parallel_phrases_between_paragraphs_are_one_sub_head():
    # 噶瑪蘭新聞: "一本初衷,勤懇打拚" / "把關財政,有感施政" after "…全文如下~", whole paragraphs around: one sub-head
    # over two lines, neither run into the paragraph above nor left as text
    page = ("縣長施政總報告\n【記者王某/宜蘭報導】\n縣長今日15時在縣議會進行施政總報告,內容相當詳盡。全文如下~\n"
            "一本初衷,勤懇打拚\n把關財政,有感施政\n"
            "縣長從宣誓就職的第一天起,感謝鄉親的託付,把每一分錢都用在刀口上。\n減債有成,縣政穩定發展\n"
            "縣府團隊上任將近1,400天,我們說到做到,首先是影響整個宜蘭發展的財政。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.sections == ("一本初衷,勤懇打拚 把關財政,有感施政", "減債有成,縣政穩定發展")


@pytest.mark.parametrize("line", ["那年,他被调入报社,从校对做起,一做就是十年。", "市民扫码后,即可在线预约挂号。"])
def test_a_sentence_using_a_footer_word_is_not_dropped_as_a_disclaimer(line):
    assert furniture(line) is None


@pytest.mark.parametrize("line", ["扫码关注我们", "本文仅代表作者观点,不代表本站立场。"])
def test_footer_lines_stay_disclaimers(line):
    got = furniture(line)
    assert got is not None and got.kind == "disclaimer"
