"""Loader rules round 49 added, each on made-up lines shaped as its page prints them: a listing whose leads each open
with the site's stamp (美国新闻中心), an archive's month heading over its posts (SUPP News), a column's writer with a
dash over the day (am730), a deck naming who planned together (联谊报), credited captions over a headless report
and a sub-head broken after a comma (惠州日报), a new column's 开栏 label (中国交通报), sub-heads of label and title
(古蔺法院), a magazine's time-and-issue line and a box title of a name and his words (三联生活周刊)."""

from __future__ import annotations

from page_engine import page_rows

from qa.layout.furniture import furniture
from qa.lint import first_words
from qa.load import load_corpus


def _first_words(tmp_path, text: str) -> list[str]:
    page = tmp_path / "x_20200101.txt"
    page.write_text(text, encoding="utf-8")
    return [first_words(a) for a in load_corpus([page]).articles]


STAMPED = ("美国新闻中心9/3/2021 超级飓风“艾达”致暴雨袭击美国东北部多州,纽约市5小时内降水总量创下纪录。 "
           "图片及视频来自:纽约市长推特及网络与社交媒体\n"
           "Eileen Wang\n"
           "美国新闻中心9/3/2021 近日,黑龙江某职业学院查寝视频曝光,视频中几位学生干部态度嚣张,校方已介入调查。\n"
           "美国新闻中心9/3/2021 日本首相菅义伟当地时间9月3日表示,他将不参加本月举行的自民党总裁选举。\n")


def test_leads_opening_with_a_repeated_stamp_are_an_item_each(tmp_path):
    rows = page_rows(tmp_path, STAMPED)
    assert len(rows) == 3
    assert all(r["headline"] == "" and r["sections"] == [] for r in rows)
    assert [w[:6] for w in _first_words(tmp_path, STAMPED)] == ["超级飓风“艾", "近日,黑龙江", "日本首相菅义"]


def test_a_stamps_slash_date_is_read_in_the_order_the_leads_day_says(tmp_path):
    assert page_rows(tmp_path, STAMPED)[0]["date"] == "2021-09-03"
    # no day in the leads to tell 9/3 from 3/9: no date from the stamp (the file name's then)
    rows = page_rows(tmp_path, STAMPED.replace("当地时间9月3日", "当地时间"))
    assert rows[0]["date"] == "2020-01-01"


def test_an_archives_month_heading_lists_one_post_a_paragraph(tmp_path):
    text = ("February, 2021\n\n砂政府已实施新冠肺炎注射疫苗计划,该计划也获得民众积极反应和踊跃进行注册,目前登记人数"
            "已经超过一百万人。\n\n砂人联党青年总团长程明智指出,砂灾难管理委员会基于疫情考量,将9个地区的行动管制令"
            "延长至本月底。\n")
    rows = page_rows(tmp_path, text)
    assert [r["headline"] for r in rows] == ["", ""]


def test_a_writer_with_a_dash_over_the_day_is_the_byline(tmp_path):
    text = ("千仞 -\n2016-12-16\n"
            "有反對派輿論由特首梁振英還未正式執政開始便對梁潑污水,說梁太「硬淨」。上周五他宣布不競選連任。\n")
    rows = page_rows(tmp_path, text)
    assert rows[0]["headline"] == "" and rows[0]["reporters"] == ["千仞"]
    assert rows[0]["date"] == "2016-12-16"


def test_a_line_naming_who_planned_together_is_the_deck(tmp_path):
    text = ("重塑沈家门渔港“十里繁华”\n普陀区长与政协委员共谋良策\n"
            "联谊报讯  沈家门渔港印刻着普陀光辉的记忆,是舟山普陀的文化标识和城市名片。\n")
    rows = page_rows(tmp_path, text)
    assert rows[0]["headline"] == "重塑沈家门渔港“十里繁华”"
    assert rows[0]["subheadline"] == "普陀区长与政协委员共谋良策"


HUIZHOU = ("环境优美的惠阳淡水半岛滨水公园。 惠州东江图片社供图\n"
           "镇隆镇村民通过网络直播销售镇隆荔枝。 惠州日报记者许文昌 摄\n"
           "傍晚6时,惠阳区淡水墟文化特色街区华灯初上。游客络绎不绝。商户的生意十分兴隆。\n"
           "这条承载着淡水河千年古圩记忆的老街,如今因“百千万工程”焕发新生。\n"
           "产业振兴\n从空间破局到产城升级,\n经济走廊串联“双子星”\n"
           "“便捷的交通网络是支撑企业物流、拓展市场的命脉。”一家新材料公司的总经理说。\n")


def test_credited_captions_over_a_report_of_long_paragraphs_are_its_pictures(tmp_path):
    rows = page_rows(tmp_path, HUIZHOU)
    assert len(rows) == 1 and rows[0]["photographers"] == ["许文昌"]
    assert _first_words(tmp_path, HUIZHOU)[0].startswith("傍晚6时")


def test_a_short_line_ending_in_a_comma_under_a_sub_head_starts_a_two_line_sub_head(tmp_path):
    rows = page_rows(tmp_path, HUIZHOU)
    assert rows[-1]["sections"] == ["产业振兴", "从空间破局到产城升级, 经济走廊串联“双子星”"]


def test_a_new_columns_label_under_the_byline_is_a_sub_head(tmp_path):
    text = ("中国交通报创刊前后的人与事\n2014-08-20 11:56:39 来源:中国交通新闻网 作者:李长青\n"
            "《30年·我与中国交通报》开栏\n编者:为纪念本报创刊30周年,《30年·我与中国交通报》栏目与读者见面了。\n"
            "1984年10月1日,为庆贺《中国交通报》试刊,报社筹建时期的同志在北京合影留念。\n")
    rows = page_rows(tmp_path, text)
    assert rows[0]["sections"] == ["《30年·我与中国交通报》开栏"]
    assert _first_words(tmp_path, text)[0].startswith("编者")


def test_sub_heads_of_a_label_and_a_title_are_read(tmp_path):
    text = ("画里乡村共话理 奇灵美景现麒麟\n来源:泸州市古蔺县人民法院 作者:罗济舟 发布时间:2025-03-20 10:12:19\n"
            "画里乡村:奇光异彩 人杰地灵\n“一色菜花十里黄,好风斜日送微香。”\n"
            "三月的春风吹拂到白沙场镇,送来十里金黄,万里飘香。\n话理乡村·释法理:创新普法方式\n"
            "双沙人民法庭积极回应人民群众对司法的期盼和诉求,把司法为民作为工作的出发点。\n")
    rows = page_rows(tmp_path, text)
    assert rows[0]["sections"] == ["画里乡村:奇光异彩 人杰地灵", "话理乡村·释法理:创新普法方式"]


def test_a_magazines_time_and_issue_line_is_its_date():
    f = furniture("2010-10-12 10:47 2010年第42期")
    assert f is not None and f.kind == "dateline" and f.date == "2010-10-12"


def test_a_box_title_of_a_name_and_his_words_is_a_sub_head(tmp_path):
    text = ("首页 > 封面故事 > 正文\n1998 改革政府\n2010-10-12 10:47 2010年第42期\n高昱 1998年,张金柱让我成为“异教徒”\n"
            "1998年第1期的封面故事是李鸿谷的调查,这一年,王锋的学生高昱成了主角,他一共做了5个封面故事。\n")
    rows = page_rows(tmp_path, text)
    assert rows[0]["headline"] == "1998 改革政府"
    assert rows[0]["sections"] == ["高昱 1998年,张金柱让我成为“异教徒”"]
