"""Rules the pages86 pages asked for, on small made-up texts: a site's path of a single part after its label
(长城网's `当前位置: 狮城新闻`); a paper's report on its group's site dated before 讯
(`东南网-福建日报2月15日讯`); a long title with a list inside run into its report opening with the dateline
(上海交大报's e-paper); the story's editor run into the last of the tags under it
(`关键词:…盐碱地责任编辑:张健`); and, in the composer, a size in 寸 (`24寸`), a running total (累计, 自…以来) for a
count asked for this year, and a building asked by its kind (哪座图书馆) answered with no 馆."""

from __future__ import annotations

from page_engine import page_engine, page_rows

from qa.layout.datelines import parse_dateline
from qa.layout.furniture import furniture

LEAD = ("暮春时节,运河之畔、渤海之滨,一片勃勃生机。4月15日至16日,中央驻冀媒体采访团走进沧州,进企业、下乡村、到港口,"
        "感受沧州经济社会发展的“速度”与“激情”。")


# ------------------------------------------------------------------ loader


def test_a_labelled_path_of_one_part_is_furniture():
    f = furniture("当前位置: 狮城新闻")
    assert f is not None and f.kind == "label"


def test_the_headline_under_a_one_part_path(tmp_path):
    text = f"当前位置: 狮城新闻\n中央驻冀媒体采访团 走进沧州\n来源: 沧州日报  作者:康学翠\n{LEAD}\n"
    rows = page_rows(tmp_path, text)
    assert rows[0]["headline"] == "中央驻冀媒体采访团 走进沧州" and rows[0]["subheadline"] == ""


def test_a_papers_report_on_its_groups_site_dated_before_xun():
    d = parse_dateline("东南网-福建日报2月15日讯(记者 王毅 通讯员 侯锦超 文/图) 11日,潘明继的女儿回到老家。")
    assert d is not None and d.agency == "东南网-福建日报" and d.day == "2月15日"


def test_a_long_title_with_a_list_run_into_its_dateline(tmp_path):
    title = "严隽琪在上海交大中国城市治理研究院、国际与公共事务学院调研时表示交大文科提升学校“精气神”"
    text = (f"{title}   本报讯 4月17日,十一、十二届全国人大副委员长严隽琪到上海交通大学调研。  会上,黄震代表学校"
            "对严隽琪的来访调研表示欢迎。\n")
    rows = page_rows(tmp_path, text)
    assert rows[0]["headline"] == title and rows[0]["dateline"]["agency"] == "本报"


def test_a_long_line_with_no_dateline_after_the_spaces_is_not_split(tmp_path):
    # the dateline, not the spaces, says where a report starts: a long first part with a plain sentence after
    # it stays one paragraph
    text = ("严隽琪在上海交大中国城市治理研究院、国际与公共事务学院调研时表示交大文科提升学校的精气神   "
            "4月17日,十一、十二届全国人大副委员长严隽琪到上海交通大学调研,听取了工作汇报。\n")
    rows = page_rows(tmp_path, text)
    assert rows[0]["headline"] == ""


def test_the_editor_run_into_the_last_tag(config, tmp_path):
    text = (f"中央驻冀媒体采访团 走进沧州\n来源: 沧州日报  作者:康学翠\n{LEAD}\n"
            "关键词:采访团,渤海新区,盐碱地责任编辑:张健\n")
    engine = page_engine(config, tmp_path, text)
    assert "张健" in engine.ask("《中央驻冀媒体采访团 走进沧州》的责任编辑是谁？").text


# ------------------------------------------------------------------ composer

PHOTO = ("劳动者带上“微笑照”回家过年\n\n本报讯 (记者 马春燕)1月31日,来自中建一局沿河口村异地安置房项目的巩彦宏,"
         "拿到自己装帧精美的24寸“微笑照”后乐得合不拢嘴。\n据了解,作为北京市总工会“两节”送温暖活动之一的“最美劳动者 "
         "微笑带回家”大型公益活动,自2016年举办以来,劳动午报记者每年都深入基层一线,目前已经累计为数千名一线职工拍摄"
         "表现其工作场景的“最美微笑照”。\n")


def test_a_size_in_cun(config, tmp_path):
    engine = page_engine(config, tmp_path, PHOTO)
    assert "24寸" in engine.ask("巩彦宏拿到的“微笑照”有多大尺寸？").text


def test_a_running_total_does_not_answer_this_years_count(config, tmp_path):
    engine = page_engine(config, tmp_path, PHOTO)
    answer = engine.ask("今年“最美劳动者 微笑带回家”活动为多少名职工拍摄了微笑照？")
    assert answer.declined and answer.rule == "decline:cumulative"


def test_a_running_total_asked_as_one_is_answered(config, tmp_path):
    engine = page_engine(config, tmp_path, PHOTO)
    answer = engine.ask("“最美劳动者 微笑带回家”活动累计为多少名一线职工拍摄了“最美微笑照”？")
    assert answer.rule != "decline:cumulative"


VISIT = ("严隽琪到上海交大调研\n\n本报讯 4月17日,十一、十二届全国人大副委员长严隽琪到上海交通大学调研。"
         "严隽琪重点听取了中国城市治理研究院、国际与公共事务学院和健康长三角研究院的工作汇报。调研期间,严隽琪一行还参观"
         "了上海交通大学徐汇校区。\n")


def test_a_hall_asked_by_its_kind_is_not_answered_by_another_place(config, tmp_path):
    engine = page_engine(config, tmp_path, VISIT)
    answer = engine.ask("严隽琪在上海交大调研时参观了哪座纪念馆？")
    assert answer.declined and answer.rule == "decline:venue"


def test_a_hall_named_with_its_kind_is_answered(config, tmp_path):
    text = VISIT + "\n调研期间,严隽琪还参观了上海交通大学钱学森图书馆。\n"
    engine = page_engine(config, tmp_path, text)
    answer = engine.ask("严隽琪在上海交大调研时参观了哪座图书馆？")
    assert answer.rule != "decline:venue"


def test_a_hall_printed_in_traditional_characters_is_the_kind_asked(config, tmp_path):
    # the question is read folded: "博物館" prints the 博物馆 asked
    text = ("卡拉布里亞\n\n卡拉布里亞是義大利南部的一個大區。"
            "雷焦卡拉布里亞國家考古博物館中還保存著公元前5世紀的著名青銅文物。\n")
    engine = page_engine(config, tmp_path, text)
    assert engine.ask("哪一個博物館中還保存著公元前5世紀的著名青銅文物？").rule != "decline:venue"


def test_a_country_asked_before_a_hall_is_no_hall_asked(config, tmp_path):
    # "哪国大使馆": 哪国 asks the country; the embassy is no hall asked by its kind
    text = "韩国召见日本官员\n\n韩国外交部3日召见了日本驻韩国大使馆的官员,就教科书问题提出抗议。\n"
    engine = page_engine(config, tmp_path, text)
    assert engine.ask("韩国外交部召见了哪国大使馆的官员？").rule != "decline:venue"
