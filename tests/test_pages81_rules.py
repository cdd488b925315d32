"""Rules the pages81 pages asked for, on small made-up texts. Loader: an outlet whose name ends in 電子報 keeps it
(僑務電子報); a picture's captions each printed twice in a row, the text under the last (僑務電子報); a contributor on
a line of its own (`池育文 提供`); a place and the paper's own 採訪報導 in brackets (`【大阪/採訪報導】`, 台灣新聞); a
caption by its words (people placed in the picture, `…一景`); a reposting site's category-date-country line; a
quoted name's comma in a sub-head (葡华报); a site's archive label and a table printed a cell a line
(aichannel.ca). Composer: a name between its organisation and its post (`中国驻葡萄牙大使馆赵本堂大使`,
`领侨处夏晚晴主任`); 司库 a post; "這篇報導是誰提供的" a byline question; a department named `X署` that jieba cuts
(`运输|署`); a rounded figure shown with the exact count bracketed after it (`九十三萬多人(932,546)`); the place
inside the city a where-question names after 在 (`在奧克蘭Mt. Eden的戰爭紀念堂舉行`)."""

from __future__ import annotations

import pytest
from page_engine import page_engine, page_rows

from qa.answer.people import titled
from qa.answer.question import analyze
from qa.answer.typed import extract, orgs
from qa.layout.bylines import parse_byline
from qa.layout.datelines import parse_dateline
from qa.layout.furniture import furniture, paper_name
from qa.normalize import fold
from qa.types import Sentence

# ------------------------------------------------------------------ loader


def test_an_outlet_named_with_its_e_paper_keeps_its_name():
    assert paper_name("僑務電子報") == "僑務電子報"  # an outlet the codes list by that name
    assert paper_name("聯合電子報") == "聯合報"  # a paper's e-paper: the paper


def test_captions_each_printed_twice_in_a_row_are_no_headline(tmp_path):
    rows = page_rows(tmp_path, "某某電子報\n華夏協會29周年 見證三十載移民風華\n2019-03-19\n"
                               "華夏協會選出第21屆會長王大明\n華夏協會選出第21屆會長王大明\n"
                               "李處長致詞\n李處長致詞\n"
                               "位處南半球的奧克蘭已進入初秋時節,華夏協會於9日舉行了第二十九次會員大會。\n")
    assert rows[0]["headline"] == "華夏協會29周年 見證三十載移民風華"


@pytest.mark.parametrize(("line", "reporters"), [
    ("池育文 提供", ("池育文",)),
    ("(界立建提供)", ()),  # a picture's source in brackets: no writer
])
def test_a_contributor_on_a_line_of_its_own(line, reporters):
    b = parse_byline(line)
    assert (b.reporters if b is not None else ()) == reporters


def test_a_place_and_the_papers_own_report_in_brackets():
    d = parse_dateline("【大阪/採訪報導】駐大阪辦事處於三月十四日舉辦座談會。")
    assert d is not None and d.place == "大阪" and d.reporters == ()
    assert parse_dateline("【記者王小明/大阪報導】駐大阪辦事處").reporters == ("王小明",)


def test_captions_told_by_their_words(tmp_path):
    rows = page_rows(tmp_path, "大阪僑務工作座談會 僑領踴躍建言\n李大明(右2)、王小東(左2)、陳中(左1)\n"
                               "【大阪/採訪報導】駐大阪辦事處於三月十四日舉辦座談會,由處長李大明主持。\n"
                               "出席僑領踴躍提出建言,會議互動相當熱烈。\n座談會一景\n")
    assert rows[0]["headline"] == "大阪僑務工作座談會 僑領踴躍建言" and rows[0]["sections"] == []
    assert rows[0]["dateline"]["place"] == "大阪"


def test_a_reposting_sites_category_date_and_country_line():
    f = furniture("民生   2024-09-16 01:48   葡萄牙")
    assert f is not None and f.kind == "dateline" and f.date == "2024-09-16"


def test_a_quoted_names_comma_in_a_sub_head(tmp_path):
    rows = page_rows(tmp_path, "旅葡侨胞迎中秋活动圆满举行\n葡华报讯,9月14日,中秋慰侨活动在里斯本隆重举行。\n"
                               "赵大使在致辞中表示,希望侨胞团结。\n“月圆中秋,家乡味道”中秋慰侨活动\n"
                               "晚会前,举行了中秋慰侨活动。\n")
    assert rows[0]["sections"] == ["“月圆中秋,家乡味道”中秋慰侨活动"]


def test_an_archives_label_is_furniture():
    assert furniture("每月檔案: October 2017") is not None
    assert furniture("每年的檔案: 2021") is not None


def test_a_table_printed_a_cell_a_line(tmp_path):
    rows = page_rows(tmp_path, "埃德蒙頓人口統計\n至於本地華人,在埃德蒙頓華人人口達到67,970人。\n"
                               "語言\n人數\n百分率\n粵語\n22,015\n48.0%\n國語\n19,460\n42.4%\n客家語\n600\n1.3%\n"
                               "總數\n45,890\n*在2011年報告,統計數字只有粵語。\n")
    assert rows[0]["paragraphs"] == 7  # the text, the header, four rows, the note: no cell a heading of its own
    assert rows[0]["sections"] == []


# ------------------------------------------------------------------ composer


def _people(text: str) -> dict[str, tuple[str, ...]]:
    from qa.config import load_config
    from qa.engine import Engine

    tok = Engine.from_articles(load_config(), []).tokenizer
    f = fold(text)
    pos = tok.pos(f)
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=text, start=0, end=len(text))
    return {f[p.name[0]:p.name[1]]: p.posts for p in titled(s, extract(f, pos), pos)}


def test_a_name_between_its_organisation_and_its_post():
    people = _people("中国驻葡萄牙大使馆赵本堂大使、陈晓玲公参、领侨处夏晚晴主任、周子涵领事等使馆领导出席活动。")
    assert people["赵本堂"] == ("中国驻葡萄牙大使馆大使",)
    assert people["夏晚晴"] == ("领侨处主任",)  # the row's own item's owner, not the embassy's name before it
    assert "高级" not in _people("该处高级主任表示欢迎。")  # a word of the dictionary is no name


def test_a_treasurer_is_a_post():
    assert _people("司库陈炳洋戴上代表法团的淡紫色礼仪带。")["陈炳洋"] == ("司库",)


def test_the_story_provided_by_is_its_writer():
    assert analyze("這篇報導是誰提供的？").byline == "writer"
    assert analyze("这笔资金由谁提供的？").byline == ""


def test_a_department_cut_from_its_field():
    from qa.config import load_config
    from qa.engine import Engine

    tok = Engine.from_articles(load_config(), []).tokenizer
    f = "再向运输署举报,成功阻止它们再驶入社区。"
    assert "运输署" in [f[sp.start:sp.end] for sp in orgs(f, tok.pos(f))]


def test_a_rounded_figure_shown_with_its_exact_count(tmp_path, config):
    engine = page_engine(config, tmp_path, "埃德蒙頓人口統計\n最新人口普查顯示,埃德蒙頓城市地區的人口,"
                                          "由2011年的八十一萬多人(812,201),到2016年的九十三萬多人(932,546)。\n")
    a = engine.ask("2016年埃德蒙頓城市地區的人口是多少？")
    assert "932,546" in a.text and "九十三" in a.text


def test_a_place_inside_the_city_the_question_names():
    from qa.answer.at_place import asked_next, at_places

    info = analyze("紐西蘭臺灣華夏協會第二十九次會員大會在奧克蘭哪裡舉行？")
    f = "纽西兰台湾华夏协会于9日在奥克兰mt. eden的战争纪念堂举行了第二十九次会员大会暨周年庆。"
    assert [f[sp.start:sp.end] for sp in at_places(f, asked_next(info), info.text)] == ["mt. eden的战争纪念堂"]
    # no city asked: the 14 characters after 在 as before
    assert at_places("他在一个很远很远很远很远很远很远的地方举行了婚礼。", "举行", "他在哪里举行婚礼?") == []
