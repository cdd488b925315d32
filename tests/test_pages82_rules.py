"""Rules the pages82 pages asked for, on small made-up texts: an e-paper reader's label over the item's page
and the page in brackets after the text (日照日报's `本文所在版面` / `【第 B1 版:要闻】`); an empty source field
with the day after it (四川大学报's `来源: 2021年03月11日 作者:新闻中心 摄影 何苗`) and the photographer at
that field line's end; a pupil's line under an essay's title (温岭日报's `●松门二小五(2)班 林谨诚 指导老师 莫星宇`:
the writer, the teacher who guided the essay); a paper's column label run into the title's line (陕西科技报's
`农业讯息 渭南市…`); and, composer: the teacher asked (`指导老师是谁`), a part of a whole named by the
question's modifier after 其中 (`国家级示范社46家`), a village's bare post printed after another village named in
its sentence (`汉家皋陆一村的…,村党支部书记厉见光`), a city named with its 都/城 (成都市), a province's department
jieba cut off its field (`省|农业|农村|厅`), a place run into a figure (`渭南市13家`) when another place is asked,
and a threshold asked (`警戒水位`) for a reading."""

from __future__ import annotations

from page_engine import page_engine, page_rows

from qa.layout.furniture import furniture

TEXT = "6月18日上午,市一中第十届运动会在学校操场举行,三千多名师生参加了开幕式,校长王华致辞并宣布运动会开幕。"


def test_an_epaper_readers_page_lines_are_furniture():
    assert furniture("本文所在版面") is not None
    f = furniture("【第 B1 版:要闻】")
    assert f is not None and f.kind == "label" and f.page == "B1"
    assert furniture("【第五届海峡论坛特别报道】") is None or not furniture("【第五届海峡论坛特别报道】").page


def test_the_page_label_after_the_text_is_no_section(tmp_path):
    rows = page_rows(tmp_path, f"市一中举行运动会\n{TEXT}\n本文所在版面\n【第 B1 版:要闻】\n")
    assert len(rows) == 1 and rows[0]["sections"] == []


def test_an_empty_source_field_and_the_day_after_it(tmp_path):
    f = furniture("来源: 2021年03月11日 作者:新闻中心 摄影 何苗")
    assert f is not None and f.source == "" and f.date == "2021-03-11"
    rows = page_rows(tmp_path, f"市一中举行运动会\n来源: 2021年03月11日 作者:新闻中心 摄影 何苗\n{TEXT}\n")
    assert rows[0]["source"] != "2021年03月11日" and rows[0]["photographers"] == ["何苗"]
    assert rows[0]["reporters"] == []  # the news office is no person
    f = furniture("来源:东方日报 2021年03月11日")
    assert f is not None and f.source == "东方日报"  # a source field naming the paper still names it


def test_a_pupils_line_names_the_writer_not_the_teacher(tmp_path):
    rows = page_rows(tmp_path, f"我的爷爷\n●东山二小五(2)班 林小华 指导老师 王明\n{TEXT}\n")
    assert rows[0]["reporters"] == ["林小华"] and rows[0]["sections"] == []


def test_a_column_label_run_into_the_title(tmp_path):
    rows = page_rows(tmp_path, f"农业讯息 东山市培育农民合作社500家\n{TEXT}\n")
    assert rows[0]["headline"] == "东山市培育农民合作社500家"
    rows = page_rows(tmp_path, f"东山新闻 东山市培育农民合作社500家\n{TEXT}\n")
    assert rows[0]["headline"] == "东山市培育农民合作社500家"
    rows = page_rows(tmp_path, f"东山三中 东山市培育农民合作社500家\n{TEXT}\n")
    assert rows[0]["headline"] == "东山三中 东山市培育农民合作社500家"  # no column's word: part of the title


# ------------------------------------------------------------------ composer


def test_the_teacher_who_guided_the_essay(config, tmp_path):
    engine = page_engine(config, tmp_path, "渔船进化论\n●东山二小五(2)班 林小华 指导老师 王明\n\n"
                                           "我的爷爷讨海几十年,是一名老渔民。15岁,他就落船去了。\n")
    assert engine.ask("《渔船进化论》的指导老师是谁？").text == "王明"
    assert engine.ask("《渔船进化论》的作者是谁？").text == "林小华"


def test_a_part_named_by_the_questions_modifier(config, tmp_path):
    engine = page_engine(config, tmp_path, "东山市培育农民合作社\n\n截至2021年底,东山市共培育农民合作社6582家,其中,"
                                           "国家级示范社46家,省级示范社143家。\n")
    assert engine.ask("东山市有多少家国家级农民合作社示范社？").text == "46家"
    assert engine.ask("东山市有多少家省级农民合作社示范社？").text == "143家"
    assert engine.ask("截至2021年底东山市共培育农民合作社多少家？").text == "6582家"


def test_a_villages_bare_post_after_another_village(config, tmp_path):
    engine = page_engine(config, tmp_path, "合作社引领乡村蝶变\n\n1月4日,东港区后村镇东山一村的一座大棚里,村党支部书记"
                                           "王立军开着旋耕机在地里深翻土地。\n\n同日,该镇西山二村蔬菜生产合作社的大棚内,"
                                           "辣椒挂满枝头。\n")
    assert engine.ask("西山二村党支部书记是谁？").declined
    assert engine.ask("东山一村党支部书记是谁？").text == "王立军"


def test_a_city_named_with_its_du_or_cheng_is_a_city():
    from qa.answer.kinds import fits
    assert fits("city", "成都市") and fits("city", "盐城市")
    assert not fits("city", "大都市") and not fits("city", "小城市") and not fits("city", "国际化大都市")


def test_a_city_asked_is_the_one_named(config, tmp_path):
    engine = page_engine(config, tmp_path, "川大科技创新能力显著提升\n\n2020年,四川大学科研总经费达到30.8亿元。"
                                           "学校与成都市共建未来科技城和未来医学城(国家医学中心),"
                                           "校地合作取得重大进展。\n")
    assert "成都" in engine.ask("四川大学与哪个城市共建未来科技城和未来医学城？").text


def test_a_provinces_department_jieba_cut_off_its_field(config, tmp_path):
    engine = page_engine(config, tmp_path, "东山市培育农民合作社\n\n本报讯日前,省农业农村厅公布了"
                                           "2021年陕西省农民专业合作社百强示范社名单,东山市13家农民专业合作社首次入围。\n")
    assert "农业农村厅" in engine.ask("2021年陕西省农民专业合作社百强示范社名单是由哪个部门公布的？").text


def test_a_place_run_into_a_figure_owns_it(config, tmp_path):
    engine = page_engine(config, tmp_path, "宝鸡市培育农民合作社\n\n本报讯日前,省农业农村厅公布了"
                                           "2021年陕西省农民专业合作社百强示范社名单,宝鸡市13家农民专业合作社首次入围。\n")
    assert engine.ask("陕西省的农民专业合作社百强示范社一共有多少家？").declined
    assert engine.ask("宝鸡市有多少家农民专业合作社首次入围陕西省百强示范社？").text == "13家"
    # the last of a list the figure counts is no owner of it (pages62: "辗转于大连、秦皇岛和天津3个城市")
    engine = page_engine(config, tmp_path, "北海日报社采访组北上\n\n11月19日至26日,北海日报社第三采访组一路向北,"
                                           "辗转于大连、秦皇岛和天津3个城市。\n")
    assert "3个" in engine.ask("北海日报社第三采访组辗转了几个城市？").text


def test_a_threshold_asked_is_not_the_reading(config, tmp_path):
    text = "江洪调研我县防汛工作\n\n据介绍,截至7月23日,瓦埠湖水位20.04米,高塘湖水位18米,均超过正常水位。\n"
    engine = page_engine(config, tmp_path, text)
    assert engine.ask("瓦埠湖的警戒水位是多少米？").declined
    assert "20.04米" in engine.ask("截至7月23日瓦埠湖水位是多少？").text
    engine = page_engine(config, tmp_path, text.replace("瓦埠湖水位20.04米", "瓦埠湖水位20.04米,警戒水位21米"))
    assert "21米" in engine.ask("瓦埠湖的警戒水位是多少米？").text
