"""Rules the pages83 pages asked for, on small made-up texts.

Loader: a correspondent's post (`特派員`, a region before it) for 記者 in a bracketed dateline
(`【雲嘉特派員陳信利/雲林報導】`, kingtop.com.tw); the paper's name, 记者 and its reporter in brackets with no 报道
(`【日中商报记者王童】`, 日中商报); a byline line that is a whole dateline, the place after a run of spaces
(`實習記者肖博      華埠報導`, ushealthlifestyle.com); a date line with a vertical-form colon and en dashes
(`最後更新︰2023–05–16 21:10`) and an editors'-picks label (`編輯推介`, 透視報); a picture's alt text repeating a name
from inside the headline (`Julio`, macauspeaking.com); a title signed with its outlet's name in brackets
(`…創造歷史!(美中報道)`); an interview whose turns run on one line (迪拜人).

Composer: a byline question asking the correspondent (`是哪位特派員寫的`); a who-answer's next list item opening
with the answer's own organisation is no neighbour the question names
(`中国驻日本国大使馆公使赵宝钢、中国驻日本国大使馆教育处…`); the noun a what-question asks, printed whole after a span
that stops one character short of it (`哪個產業園區` ↔ `大北港科技產業園|區`), not through another word of the
question (`哪个公司|达成协议`)."""

from __future__ import annotations

import pytest
from page_engine import page_engine, page_rows

from qa.answer.question import analyze
from qa.layout.datelines import parse_dateline
from qa.layout.furniture import furniture

# ------------------------------------------------------------------ loader


def test_a_correspondents_post_for_the_reporters_role():
    d = parse_dateline("【雲嘉特派員陳信利/雲林報導】雲林縣長今天在水林鄉成立競選總部。")
    assert d is not None and d.reporters == ("陳信利",) and d.place == "雲林"


def test_the_papers_reporter_in_brackets_with_no_report_word():
    d = parse_dateline("【日中商报记者王童】2025年11月22日,东京上野精养轩灯火璀璨。")
    assert d is not None and d.agency == "日中商报" and d.reporters == ("王童",)
    assert parse_dateline("【记者手记】今天的会开得很长。") is None  # a column's name, no reporter


def test_a_byline_line_that_is_a_whole_dateline(tmp_path):
    rows = page_rows(tmp_path, "羅省中華會館候選主席團隊見面會\n實習記者王小明      華埠報導\n"
                               "12月2日,羅省中華會館候選主席的新聞發布會在洛杉磯市的金龍大酒家舉行。\n")
    assert rows[0]["reporters"] == ["王小明"]
    assert rows[0]["dateline"]["place"] == "華埠" and rows[0]["dateline"]["reporters"] == ["王小明"]
    assert parse_dateline("記者 王某 李某報導") is None  # one space parts two names, no place


def test_a_date_line_with_a_vertical_colon_and_en_dashes():
    f = furniture("最後更新︰2023–05–16 21:10")
    assert f is not None and f.kind == "dateline" and f.date == "2023-05-16"


def test_an_editors_picks_label_is_no_sub_headline(tmp_path):
    rows = page_rows(tmp_path, "【調查報道】關愛隊的政治任務\n編輯推介\n"
                               "5月5日,一個星期五的下午,局長出席了荃灣關愛隊的誓師典禮。\n")
    assert rows[0]["headline"] == "【調查報道】關愛隊的政治任務" and rows[0]["subheadline"] == ""


def test_a_pictures_alt_text_repeating_a_name_of_the_headline(tmp_path):
    rows = page_rows(tmp_path, "【人物講嘢】安祖利 Julio(土生葡人,律師及翻譯)\nJulio\n"
                               "眼前這位青年才俊,正是今天的主人公安祖利。1988年,他誕生在澳門。\n")
    assert rows[0]["subheadline"] == ""
    # a breadcrumb's last part is the title under it, which stays the headline
    rows = page_rows(tmp_path, "同城头条  >  本地  >  商总第33届全菲代表大会今开幕\n商总第33届全菲代表大会今开幕\n"
                               "2023年03月23日 18:04   浏览:35373   来源:菲社网\n"
                               "菲华商联总会将于三月廿三日举行开幕礼,召开一连三天的代表大会。\n")
    assert rows[0]["headline"] == "商总第33届全菲代表大会今开幕"


def test_a_title_signed_with_its_outlets_name(tmp_path):
    rows = page_rows(tmp_path, "佐治亚州华人大会成立,亚特兰大华人在谱写创造历史!(美中報道)\n"
                               "亚特兰大华人社团定于2月15日召开佐治亚州华人大会成立暨庆祝酒会。\n欢迎社团赞助。\n")
    assert rows[0]["headline"] == "佐治亚州华人大会成立,亚特兰大华人在谱写创造历史!(美中報道)"


def test_an_interviews_turns_run_on_one_line(tmp_path):
    rows = page_rows(tmp_path, "10月底,本刊在上海采访到了总领事。来看看他对中国的认识吧! 娜姆:您好,很高兴认识您。"
                               "您听过这本杂志吗?\n拉世德:当然。我也关注你们的公众号。 娜姆:您当时有什么感想? "
                               "拉世德:我很高兴我的国家选择了我。\n")
    assert rows[0]["kind"] == "interview"


# ------------------------------------------------------------------ composer


@pytest.mark.parametrize(("question", "kind"), [
    ("張麗善水林競選總部成立的報導是哪位特派員寫的？", "writer"),
    ("這篇報導是哪位記者寫的？", "writer"),
    ("美国驻华特派员是谁？", ""),  # the post held, asked by its holder: no byline
])
def test_the_correspondent_asked_is_the_bylines(question, kind):
    assert analyze(question).byline == kind


def test_the_next_item_opening_with_the_answers_own_organisation(tmp_path, config):
    engine = page_engine(config, tmp_path, "留日同学总会庆典在东京举行\n"
                                          "出席本次纪念活动的嘉宾包括:中国驻日本国大使馆公使赵宝钢、中国驻日本国大使馆"
                                          "教育处公使衔参赞杜柯伟,早稻田大学理事长王小明等代表。\n")
    assert "赵宝钢" in engine.ask("中国驻日本国大使馆公使是谁？").text


def test_the_noun_asked_printed_whole_after_the_span(tmp_path, config):
    engine = page_engine(config, tmp_path, "縣長成立競選總部\n"
                                          "縣長說,鄰縣都有規劃好的產業園區,因此她上任後即著手規劃開發大北港科技產業園區。\n")
    assert engine.ask("縣長上任後著手規劃開發哪個產業園區？").text.endswith("產業園區")


def test_no_noun_completed_through_the_questions_verb(tmp_path, config):
    engine = page_engine(config, tmp_path, "網易代理遊戲\n"
                                          "網易在中國大陸市場代理該遊戲,是由於網易與暴雪娛樂公司達成協議。\n")
    assert engine.ask("網易代理遊戲是由於網易與哪個公司達成協議？").text.endswith("公司")
