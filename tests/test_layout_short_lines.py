"""Short lines a reader does not take for headings: a picture's caption printed twice (caption and alt text)
inside a report, and a lead set in short lines under its title, opened by a bare day and time of day."""

from __future__ import annotations

from qa.lint import first_words
from qa.load import parse_page


def test_a_caption_printed_twice_under_the_byline_is_text_not_a_new_article():
    page = ("市作家协会召开新春座谈会\n"
            "来源:某某网 | 王某、李某  2024年01月25日21:54\n"
            "座谈会现场\n"
            "座谈会现场\n"
            "为团结引领广大作家,1月25日,市作家协会召开新春座谈会。\n"
            "张某出席并讲话\n"
            "张某出席并讲话\n"
            "张某指出,刚刚过去的一年,协会团结引领广大作家深入生活。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "市作家协会召开新春座谈会"
    assert not any(p.kind in ("section", "subheadline") for p in a.paragraphs)
    # each copy a paragraph of its own, never run into the text under it
    assert [p.text for p in a.body][:3] == ["座谈会现场", "座谈会现场",
                                            "为团结引领广大作家,1月25日,市作家协会召开新春座谈会。"]
    assert first_words(a).startswith("为团结引领广大作家")


def test_a_marked_caption_printed_twice_over_the_dateline_leaves_the_dateline_read():
    page = ("议员分享照片被控两罪\n"
            "■某某(左)在妻子陪同下,现身法庭。\n"
            "■某某(左)在妻子陪同下,现身法庭。\n"
            "(吉隆坡15日讯)国会议员某某因在社交媒体上分享照片,今日被控两罪。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.dateline is not None and a.dateline.place == "吉隆坡"
    assert first_words(a).startswith("国会议员某某")


def test_a_listings_title_cards_printed_twice_stay_headlines():
    # no report above the pairs (no byline, dateline or field line): each pair is an item's title card and link
    page = ("马来西亚新闻\n"
            "印尼全力扑救林火,佐科威放话对付肇事公司\n"
            "印尼全力扑救林火,佐科威放话对付肇事公司\n"
            "印尼总统佐科威指出,印尼正尽一切努力解决烟霾问题。\n"
            "烟霾影响能见度,二班机折返一延飞\n"
            "烟霾影响能见度,二班机折返一延飞\n"
            "两架原定今天抵达槟城国际机场的班机,因烟霾导致能见度低而折返。\n")
    assert [a.headline for a in parse_page(page, "x.txt")][-2:] == [
        "印尼全力扑救林火,佐科威放话对付肇事公司", "烟霾影响能见度,二班机折返一延飞"]


def test_a_lead_in_short_lines_opened_by_a_day_and_time_of_day_is_text():
    page = ("雪山脚下暖阳和煦 江河两岸潮涌扬帆\n"
            "1月15日上午\n"
            "某市第二届人民代表大会第六次会议\n"
            "隆重开幕\n"
            "213名人大代表们\n"
            "齐聚一堂共商发展大计\n"
            "会前,身着民族服装的代表们精神饱满,依次步入会场。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "雪山脚下暖阳和煦 江河两岸潮涌扬帆" and not a.subheadline
    lead = a.body[0].text
    assert lead.startswith("1月15日上午") and "隆重开幕" in lead and "213名人大代表们" in lead
    assert not lead.endswith("依次步入会场。")  # the lead ends at its last short line


def test_a_bare_day_over_the_first_sentence_opens_it():
    page = ("1月11日上午\n"
            "某市政协第八届委员会第五次会议在庄严的国歌声中隆重开幕!\n"
            "市政协主席某某,市政协副主席某某出席会议。\n")
    (a,) = parse_page(page, "x.txt")
    assert not a.headline
    assert a.body[0].text.startswith("1月11日上午某市政协第八届委员会第五次会议")


def test_a_table_flattened_one_cell_a_line_is_read_row_by_row_under_its_title():
    cells = ["产品种类", "上周", "本周"], ["猪肉", "17.36", "16.85"], ["羊肉", "65.52", "65.09"]
    table = "".join("|\n" + "\n|\n".join(row) + "\n|\n" for row in cells)
    page = ("全国农产品批发市场一周价格行情监测报告\n"
            "本周重点监测的畜禽产品与上周相比,变化幅度在-2.9~0.6%之间(如表1所示)。\n"
            "表1 重点监测的畜禽产品价格\n" + table +
            "本周,重点监测的水产品与上周相比,变化幅度在-0.3~1.8%之间。\n")
    (a,) = parse_page(page, "x.txt")  # one report: the table's title is a sub-head, no new article
    assert [p.text for p in a.paragraphs if p.kind == "section"] == ["表1 重点监测的畜禽产品价格"]
    assert [p.text for p in a.body][1:4] == ["产品种类 | 上周 | 本周", "猪肉 | 17.36 | 16.85", "羊肉 | 65.52 | 65.09"]
    assert a.body[-1].text.startswith("本周,重点监测的水产品")  # the text under the table, joined to no row


def test_a_single_bar_line_is_no_table():
    (a,) = parse_page("某地新闻\n某某呼吁那些已经登记的选民出来投票,\n|\n选出心目中的代表。\n", "x.txt")
    assert not any(" | " in p.text for p in a.paragraphs)  # a lone bar joins no lines into a row


def test_a_library_catalogue_record_over_a_clipping_is_no_part_of_it():
    page = ("充满希望的事业\n知识类型: 析出资源\n查看原文\n内容出处: 《某某日报》 报纸\n唯一号: 061120020220009860\n"
            "颗粒名称: 充满希望的事业\n分类号: G210\n摘要: 4月21日上午,市长某某向千余名干部传达了会议精神。\n"
            "关键词: 某某 会议精神\n内容\n"
            "某某市长向千余名干部介绍人大会议盛况\n"
            "本报讯(记者王某报道)4月21日上午,市长某某向千余名干部传达了会议精神。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "某某市长向千余名干部介绍人大会议盛况" and a.kind == "article"
    assert a.dateline is not None and a.byline.reporters == ("王某",)
    assert not any("知识类型" in p.text or "摘要" in p.text for p in a.paragraphs)


def test_a_line_ending_in_its_pictures_source_is_a_caption_not_a_sub_head_nor_the_start():
    page = ("民众不满意县府表现 县府登报宣传救灾成果\n"
            "▲县府登报秀救灾成果。（圖／翻攝某某臉書）\n"
            "记者某某/台北报导\n"
            "地方报昨日3版全版都在写县府救灾成果。\n")
    (a,) = parse_page(page, "x.txt")
    assert not any(p.kind in ("section", "subheadline") for p in a.paragraphs)
    assert first_words(a).startswith("地方报昨日")
    (b,) = parse_page("县府今早召开灾情记者会\n县府今早突然召开记者会,引发媒体不满。(圖/民視新聞)\n"
                      "即时中心/某某报导\n光复乡溪水暴涨,县府今早召开灾情记者会。\n", "y.txt")
    assert first_words(b).startswith("光复乡溪水暴涨")
