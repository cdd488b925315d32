"""Rules the pages80 pages asked for, on small made-up texts: an e-paper reader's issue number and list of pages
(中国科大报's `当前期次:893`, `版面导航: 1B 2B 3B 4B`) and an issue-and-page line (四川科技报's
`3144 期 / 第5版:科技扶贫`);
a site's tip-off phone line with two numbers (兰溪新闻网's `举报电话:…、…`); the paper and its site's address in
brackets closing the copy (`(消费日报 www.xfrb.com.cn)`); a paper's house and its media unit as the source
(`安顺日报社大数据智慧全媒体`); an empty view counter (`人气:`) after the author's field; the captions of a press tour's
photos between paragraphs (安顺日报); names with no role credited for a picture story (`(杨尚威 张鹏 摄影报道)`); a
labelled summary the text prints again (`摘要:…`)."""

from __future__ import annotations

import pytest
from page_engine import page_engine, page_rows

from qa.layout.bylines import parse_byline
from qa.layout.furniture import furniture
from qa.lint import first_words
from qa.load import load_corpus

TEXT = "6月18日上午,市一中第十届运动会在学校操场举行,三千多名师生参加了开幕式,校长王华致辞并宣布运动会开幕。"


@pytest.mark.parametrize("line", ["当前期次:893", "版面导航: 1B 2B 3B 4B", "3144 期 / 第5版:科技扶贫",
                                  "举报电话:0579-88899327、13857902366"])
def test_an_epaper_readers_and_a_sites_lines_are_furniture(line):
    assert furniture(line) is not None


def test_an_issue_and_page_line_names_the_page():
    f = furniture("3144 期 / 第5版:科技扶贫")
    assert f is not None and f.kind == "label" and f.page


@pytest.mark.parametrize("line", ["版面导航: 要闻 综合", "第3期 / 第5版:科技扶贫的发展和变化情况如何请看"])
def test_not_a_list_of_pages(line):
    f = furniture(line)
    assert f is None or f.kind != "label" or not f.page


def test_the_paper_and_its_site_in_brackets_close_the_copy(tmp_path):
    rows = page_rows(tmp_path, f"市一中举行运动会\n{TEXT}\n(东方日报 www.dfrb.com.cn)\n")
    assert len(rows) == 1 and rows[0]["headline"] == "市一中举行运动会"
    assert rows[0]["source"] == "东方日报"


def test_a_papers_house_and_its_media_unit_name_the_paper(tmp_path):
    rows = page_rows(tmp_path, f"市一中举行运动会\n2020-01-01 10:00:00    来源:   东方日报社大数据智慧全媒体\n{TEXT}\n")
    assert rows[0]["source"] == "东方日报"


def test_an_empty_view_counter_after_the_author(tmp_path):
    rows = page_rows(tmp_path, f"市一中举行运动会\n来源:东方日报 作者:王小明 人气: 发布时间:2020-01-01\n{TEXT}\n")
    assert rows[0]["reporters"] == ["王小明"]


def test_a_press_tours_captions_are_paragraphs_of_their_own(tmp_path):
    rows = page_rows(tmp_path, "采访团走进东山县\n" + TEXT + "\n"
                     "东山镇党委书记王刚向记者介绍该镇的茶叶产业\n"
                     "记者在东山茶场了解茶叶加工情况\n"
                     "12日,采访团来到东山镇东山村,详细了解该村发展茶叶产业、实现村美民富的做法和成效。\n")
    assert rows[0]["sections"] == []
    assert rows[0]["paragraphs"] == 4  # the text, two captions, the text: neither caption joined to the next line


def test_a_line_broken_by_columns_is_not_a_caption(tmp_path):
    # a short column's line (the line before it no paragraph's whole line) runs on into the next one
    rows = page_rows(tmp_path, "采访团走进东山县\n12日,采访团来到东山镇,\n镇党委书记王刚向记者介绍\n该镇的茶叶产业。\n")
    assert rows[0]["paragraphs"] == 1


def test_names_credited_for_a_picture_story():
    b = parse_byline("(杨尚威 张鹏 摄影报道)")
    assert b is not None and b.photographers == ("杨尚威", "张鹏") and b.reporters == ("杨尚威", "张鹏")
    assert parse_byline("(杨尚威 张鹏 摄)").reporters == ()  # a photo credit alone names no writer


def test_a_picture_storys_credit_at_its_end(tmp_path):
    rows = page_rows(tmp_path, "帮扶干部助村民增收\n"
                               "图为近日,帮扶干部刘明与村支部书记查看果树长势。(杨尚威 张鹏 摄影报道)\n")
    assert rows[0]["photographers"] == ["杨尚威", "张鹏"] and rows[0]["reporters"] == ["杨尚威", "张鹏"]


def test_a_labelled_summary_printed_again_is_not_the_start(tmp_path):
    page = tmp_path / "x_20200101.txt"
    page.write_text(f"市一中举行运动会\n摘要:{TEXT}\n{TEXT}比赛为期三天。\n", encoding="utf-8")
    assert first_words(load_corpus([page]).articles[0]).startswith("6月18日上午")
    page.write_text(f"市一中举行运动会\n摘要:市一中昨日举行运动会。\n{TEXT}\n", encoding="utf-8")
    assert first_words(load_corpus([page]).articles[0]).startswith("摘要:")  # a summary of its own is the start


# ------------------------------------------------------------------ composer


def test_a_name_whose_last_character_jieba_cut_off_after_a_post(config, tmp_path):
    # 兰江导报: "书记|方赛/n|花/n|逐户/d|走访" — a made-up word of a surname and one character, then one more
    # character before the adverb: the name is all three
    engine = page_engine(config, tmp_path, "东山村开展环境整治\n\n这两天,东山村党支部书记方赛花逐户走访了村里党员户,"
                                           "向他们分发党员联系卡。\n")
    assert engine.ask("东山村党支部书记是谁？").text == "方赛花"


def test_a_name_after_a_villages_notable(config, tmp_path):
    # "乡贤方|国兴/b|了解": 乡贤 says a person's name follows, as a title does
    engine = page_engine(config, tmp_path, "东山村开展环境整治\n\n身在龙游的东山村乡贤方国兴了解情况后,决定向村里捐款"
                                           "3万元,助力家乡和美乡村建设。\n")
    assert engine.ask("向东山村捐款助力和美乡村建设的乡贤是谁？").text == "方国兴"


def test_a_price_per_unit_is_not_a_wholes_sum(config, tmp_path):
    text = ("特尔果村种植高山百香果\n\n泸州市龙马潭区在普格县特尔果村种植高山百香果50亩,今年试挂果近7.5万公斤,"
            "预计产值近180万元。\n")
    engine = page_engine(config, tmp_path, text)
    assert engine.ask("特尔果村的百香果每公斤卖多少钱？").declined
    engine = page_engine(config, tmp_path, text.replace("预计产值近180万元", "每公斤售价24元"))
    assert "24元" in engine.ask("特尔果村的百香果每公斤卖多少钱？").text


def test_a_bodys_birth_is_not_a_persons(config, tmp_path):
    # 中国化工报: its former head's memoir says when the paper began as its birth
    text = ("原社长郝长江:知所先后\n\n2000年3月,郝长江调进报社工作。"
            "报社出生于百废待兴的上世纪80年代,是根红苗正的事业单位。\n")
    engine = page_engine(config, tmp_path, text)
    assert engine.ask("郝长江是哪一年出生的？").declined
    engine = page_engine(config, tmp_path, text.replace("报社出生于", "郝长江出生于"))
    assert "80年代" in engine.ask("郝长江是哪一年出生的？").text


def test_a_post_of_the_village_pointed_back_to_is_not_another_villages(config, tmp_path):
    # 兰江导报: "该村党支部书记方赛花" — 该村 is 厚伦方村, named before; 白眉村's secretary is not printed
    engine = page_engine(config, tmp_path, "厚伦方村开展环境整治\n\n最近,在兰溪市诸葛镇厚伦方村,环境整治百日攻坚活动"
                                           "正开展得如火如荼。\n\n这两天,该村党支部书记方赛花逐户走访了村里党员户,"
                                           "向他们分发党员联系卡。\n")
    assert engine.ask("白眉村党支部书记是谁？").declined
    assert engine.ask("厚伦方村党支部书记是谁？").text == "方赛花"


def test_the_reports_dateline_is_no_answer(config, tmp_path):
    # 上饶日报 (pages59), crowded by the new pages: "本报讯" of the dateline was given for 哪个工业园
    engine = page_engine(config, tmp_path, "上饶县举行工业项目集中开(竣)工活动\n\n本报讯 记者陈绍鹏报道:11月28日,"
                                           "上饶县举行工业项目集中开(竣)工活动。市委书记马承祖出席并下达开工令。\n")
    assert engine.ask("上饶县工业项目集中开(竣)工活动在哪个工业园举行？").declined
    assert engine.ask("上饶县工业项目集中开(竣)工活动是哪天举行的？").text == "11月28日"
