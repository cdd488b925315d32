"""Rules the pages84 pages asked for, on small made-up texts: a reporter and a correspondent written against the
paper's unit with no space (聊城日报's `(聊城日报全媒体记者蒲二利通讯员王海华)`); a site's field line opening a copy
that kept no headline, the writers' field before the source's (今日高邮's `2010-12-07 00:00:00 作者:陈夕高 殷朝刚
来源:今日高邮`); and, in the composer, a city the tagger reads as an abbreviation (`高邮市/j`) held by the local
paper's name, a byline question's topic told by the outlet that names its place, and a count printed inside the
asked noun phrase (东营网's `省直11部门`)."""

from __future__ import annotations

from page_engine import page_engine, page_rows

from qa.layout.bylines import parse_byline
from qa.layout.furniture import furniture

TEXT = ("如何让“金融的轮子转起来”?3日,记者从市建行了解到,截至11月30日,市建行今年新增贷款投放达6.38亿元,"
        "贷款余额为19.2亿元。")


# ------------------------------------------------------------------ loader


def test_a_reporter_and_a_correspondent_run_together_after_the_papers_unit():
    b = parse_byline("(聊城日报全媒体记者蒲二利通讯员王海华)")
    assert b is not None and b.reporters == ("蒲二利",) and b.correspondents == ("王海华",)


def test_the_papers_unit_run_into_one_role_and_name_only():
    # one role and its name is read as before (ROLE_AND_NAME): no pair to split
    b = parse_byline("聊城日报全媒体记者蒲二利")
    assert b is not None and b.reporters == ("蒲二利",)


def test_a_field_line_with_the_writers_before_the_source():
    f = furniture("2010-12-07 00:00:00 作者:陈夕高 殷朝刚 来源:今日高邮")
    assert f is not None and f.kind == "dateline" and f.source == "今日高邮" and f.date == "2010-12-07"


def test_a_field_line_opening_with_the_writer_is_left_as_it_was():
    # "作者:刘革    来源:    发布时间:…" (the day last): not the day-first field line
    f = furniture("作者:刘革    来源:    发布时间:2017年09月14日    责任编辑:小君")
    assert f is None or f.kind != "dateline" or f.source != "发布时间"


def test_the_writers_of_a_copy_that_opens_with_its_field_line(tmp_path):
    rows = page_rows(tmp_path, f"2010-12-07 00:00:00 作者:陈夕高 殷朝刚 来源:今日高邮\n{TEXT}\n")
    assert len(rows) == 1 and rows[0]["reporters"] == ["陈夕高", "殷朝刚"]
    assert rows[0]["source"] == "今日高邮"


def test_the_source_before_the_writer_is_not_read_so(tmp_path):
    # "…来源:南海网作者:赵丽影…" (the source's field first): the copy signs itself at its end; left as it was
    rows = page_rows(tmp_path, f"2009年08月13日 14:57 来源:南海网作者:赵丽影 编辑:林妙展\n{TEXT}\n")
    assert rows[0]["reporters"] != ["赵丽影"] or rows[0]["headline"] == ""


# ------------------------------------------------------------------ composer

PAGE = ("2010-12-07 00:00:00 作者:陈夕高 殷朝刚 来源:今日高邮\n" + TEXT + "\n"
        "为切实解决中小企业发展资金难的问题,市建行专门成立了小企业经营中心,并落实专职人员充当中小企业的“金融保姆”。\n")


def test_a_city_read_as_an_abbreviation_is_held_by_the_local_papers_name(config, tmp_path):
    # "高邮市/j": the text says only 市建行; the paper, 今日高邮, names the city
    engine = page_engine(config, tmp_path, PAGE, name="jrgy_20101207.txt")
    assert "小企业经营中心" in engine.ask("高邮市建行为解决中小企业融资难专门成立了什么机构？").text


def test_a_byline_topic_told_by_the_outlets_place(config, tmp_path):
    engine = page_engine(config, tmp_path, PAGE, name="jrgy_20101207.txt")
    answer = engine.ask("报道高邮市建行新增贷款的记者是谁？")
    assert not answer.declined and "陈夕高" in answer.text


def test_a_count_printed_inside_the_asked_noun_phrase(config, tmp_path):
    # 东营网: "省直11部门" — no measure word, the figure between the noun's modifier and its head; another figure of
    # the sentence carries the asked unit (10个县)
    text = ("山东公示首批乡村振兴示范名单\n\n今年9月以来,省发展改革委等省直11部门,对首批开展示范创建的10个县、"
            "100个乡镇、1000个村,开展了评估认定工作。\n")
    engine = page_engine(config, tmp_path, text)
    assert "11" in engine.ask("多少个省直部门对首批示范创建开展了评估认定工作？").text
    assert "10个" in engine.ask("首批开展示范创建的县有多少个？").text
