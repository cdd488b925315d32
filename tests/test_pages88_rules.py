"""Rules the pages88 pages asked for, on small made-up texts: a city paper's dateline with its site's name after a
slash (`滨州日报/滨州网讯`); an issue's day and page in a site's path (`往期浏览 >> 2024年1月09日 >> 第四版`), the
paper's day over the site's posting day; and, in the composer, a sub-district asked (`属于哪个街道` ↔
`民治街道上芬社区`), counties, cities and districts listed as one noun (`沿黄县市区`, no district's name), a quoted
event's name in a byline question (`“X”主题采访活动`, no work's title), what someone is called (`大家口中的“老娘舅”`)
and where someone lives (`居住在玉华花园的唐老伯`)."""

from __future__ import annotations

from page_engine import page_engine, page_rows

from qa.layout.datelines import parse_dateline
from qa.layout.furniture import furniture

# ------------------------------------------------------------------ loader


def test_a_papers_dateline_with_its_site_after_a_slash():
    d = parse_dateline("滨州日报/滨州网讯(记者裴庆力刘清春报道)10月28日至29日,市委宣传部组织开展了主题采访活动。")
    assert d is not None and d.agency == "滨州日报/滨州网" and d.reporters == ("裴庆力", "刘清春")


def test_an_issue_day_in_the_path_is_the_pages_date():
    f = furniture("当前位置: 首页 >> 往期浏览 >> 2024年1月09日 >> 第四版 >> 正文")
    assert f is not None and f.kind == "label" and f.date == "2024-01-09"


def test_the_issue_day_outranks_the_sites_posting_day(tmp_path):
    text = ("当前位置: 首页 >> 往期浏览 >> 2024年1月09日 >> 第四版 >> 正文\n青春笔触,思想之舞\n发布日期:2024-04-26\n"
            "学通社记者 陈洪家\n岁月如歌,我们在时光的长河中踏浪前行。今朝,青科大校报已至千期,我得以一窥其全貌。\n")
    rows = page_rows(tmp_path, text)
    assert rows[0]["date"] == "2024-01-09"


def test_a_path_with_no_issue_day_gives_no_date():
    # a path's parts are columns; a day in it is the issue's only with its page after it
    f = furniture("当前位置: 首页 >> 新闻中心 >> 综合新闻")
    assert f is not None and f.kind == "label" and f.date == ""


# ------------------------------------------------------------------ composer

LUNCH = ("为独居老人送“暖心午餐”\n\n本报讯(记者 王雪敏 通讯员 林泽鑫)9月24日,民治街道上芬社区的工作人员,顶着狂风暴雨"
         "穿梭在空荡的街巷,他们手中拎着的,是能驱散风雨寒意的热乎午餐。\n当联系到居住在玉华花园的唐老伯时,电话那头传来老人"
         "略带犹豫的声音,道出了他的困境。\n")


def test_a_sub_district_asked_is_the_unit_over_the_community(config, tmp_path):
    engine = page_engine(config, tmp_path, LUNCH)
    assert "民治街道" in engine.ask("上芬社区属于哪个街道？").text


def test_the_home_after_a_verb_of_dwelling(config, tmp_path):
    engine = page_engine(config, tmp_path, LUNCH)
    assert engine.ask("唐老伯住在哪里？").text == "玉华花园"


def test_another_persons_home_is_not_his(config, tmp_path):
    # the home printed for 唐老伯 is not 李阿姨's: no candidate from the dwelling rule
    from qa.answer.dwelling import dwelling_places
    from qa.answer.question import analyze

    f = "当联系到居住在玉华花园的唐老伯时,电话那头传来老人略带犹豫的声音。"
    assert [(s.start, s.end) for s in dwelling_places(f, analyze("唐老伯住在哪里？"))] == [(7, 11)]
    assert dwelling_places(f, analyze("李阿姨住在哪里？")) == []


TOUR = ("媒体记者走进沿黄项目点\n\n滨州日报/滨州网讯(记者裴庆力刘清春报道)10月28日至29日,市委宣传部组织开展了"
        "“黄河时代滨州答卷”主题采访活动。\n来自新华社、香港商报、澎湃新闻等中央、省市重点媒体记者利用两天时间,到我市沿黄"
        "有关县市区十多个项目点进行了实地采访。\n")


def test_counties_cities_and_districts_listed_are_no_districts_name(config, tmp_path):
    engine = page_engine(config, tmp_path, TOUR)
    answer = engine.ask("“黄河时代滨州答卷”采访活动中，记者到滨州沿黄县市区多少个项目点进行了实地采访？")
    assert "十多个" in answer.text


def test_a_quoted_events_name_is_no_works_title(config, tmp_path):
    engine = page_engine(config, tmp_path, TOUR)
    answer = engine.ask("报道“黄河时代滨州答卷”主题采访活动的滨州日报记者是谁？")
    assert answer.rule != "decline:other-work" and "裴庆力" in answer.text


ELDER = ("百岁老人收到第一份惊喜\n\n1月1日上午,海曙区段塘街道新典社区读报团志愿者费阿荣走进了百岁老人夏祥寿的家中。\n"
         "夏祥寿曾是新典社区的老年协会会长,帮社区出黑板报、开展志愿服务活动,为老服务十余年,不仅是居民心中的贴心人,"
         "还是大家口中的“老娘舅”。\n")


def test_what_someone_is_called_is_the_quoted_name(config, tmp_path):
    engine = page_engine(config, tmp_path, ELDER)
    assert engine.ask("夏祥寿在大家口中被称作什么？").text == "老娘舅"


def test_a_sub_district_over_a_district_in_one_chain(config, tmp_path):
    engine = page_engine(config, tmp_path, ELDER)
    assert "段塘街道" in engine.ask("新典社区属于哪个街道？").text
