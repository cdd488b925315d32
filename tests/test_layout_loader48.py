"""Loader rules round 48 added, each on made-up lines shaped as its page prints them: an editor's bracketed byline
with the place run on (民眾網), a byline of role and spaced-out names run into the lead (中国石化报, 七天), a site's
field line broken after each label (中国石化报's e-paper), a listing's column label over a picture (七天), a search
engine's alt text left where a picture was, and a digest's items each under the outlet it relays (澳微帮)."""

from __future__ import annotations

from page_engine import page_engine, page_rows

from qa.answer.question import analyze
from qa.config import load_config
from qa.layout.furniture import furniture
from qa.lint import first_words
from qa.load import load_corpus

LEAD = "2月28日,早春的内蒙古巴丹吉林沙漠腹地,依然寒风如刀,干部员工正在大漠深处寻找油气资源。\n"
MORE = "来到生产现场,记者看到项目部副经理正在井口取样。\n"


def _first_words(tmp_path, text: str) -> str:
    page = tmp_path / "x_20200101.txt"
    page.write_text(text, encoding="utf-8")
    return first_words(load_corpus([page]).articles[0])


def test_an_editors_bracketed_byline_with_the_place_run_on_is_the_dateline(tmp_path):
    rows = page_rows(tmp_path, "警政署長慰勉警廣\n【民眾網編輯方笙楠臺北報導】春節連假倒數,警政署長2月12日特地前往"
                               "警察廣播電臺慰勉同仁辛勞。\n")
    assert rows[0]["reporters"] == ["方笙楠"]
    assert rows[0]["dateline"]["agency"] == "民眾網" and rows[0]["dateline"]["place"] == "臺北"


def test_a_byline_of_spaced_names_run_into_the_lead_is_read(tmp_path):
    text = "大漠深处孕育探区新火种\n本报记者 马 玲 霍良振 周江平 杨 君 " + LEAD + MORE
    rows = page_rows(tmp_path, text)
    assert rows[0]["reporters"] == ["马玲", "霍良振", "周江平", "杨君"]
    assert _first_words(tmp_path, text).startswith("2月28日")


def test_an_outlets_reporter_with_a_pen_name_run_into_the_lead_is_read(tmp_path):
    # (a title under a picture's alt text, read as the picture's caption until the byline under it makes it the
    # headline)
    text = ("蒙特利尔大学设立奖学金\n"
            "【七天讯】(记者颜宏)12月8日,华裔护士的葬礼在蒙特利尔举行,前往吊唁的人们 / 图片由七天读者提供 ...\n"
            "Résultats de recherche d'images pour « valeri plante mi-mandat »\n学会妥协 女市长给自己打七分\n"
            "七天记者 梓丰 自2017年11月5日当选,蒙特利尔历史上第一位女市长的任期已经过半,她给自己的中期治理打了七分。\n")
    rows = page_rows(tmp_path, text)
    assert [r["headline"] for r in rows] == ["蒙特利尔大学设立奖学金", "学会妥协 女市长给自己打七分"]
    assert rows[1]["reporters"] == ["梓丰"]


def test_a_plain_role_before_a_word_of_the_text_is_no_byline(tmp_path):
    # "记者 近日": no surname, and a bare role names no outlet — the words are the text's
    rows = page_rows(tmp_path, "大漠深处孕育探区新火种\n记者 近日 来到生产现场,看到项目部副经理正在井口取样。\n")
    assert rows[0]["reporters"] == []


def test_a_field_line_broken_after_each_label_gives_title_date_source_and_writers(tmp_path):
    text = ("大漠深处孕育探区“新火种”2026年03月03日 来源:\n中国石化报 作者:\n马 玲 霍良振 周江平 杨 君\n"
            "本报记者 马 玲 霍良振 周江平 杨 君 " + LEAD + MORE)
    rows = page_rows(tmp_path, text)
    assert len(rows) == 1 and rows[0]["headline"] == "大漠深处孕育探区“新火种”" and rows[0]["subheadline"] == ""
    assert rows[0]["reporters"] == ["马玲", "霍良振", "周江平", "杨君"]
    assert rows[0]["date"] == "2026-03-03" and rows[0]["source"] == "中国石化报"
    assert _first_words(tmp_path, text).startswith("2月28日")  # the byline run into the lead, under the writers


LISTING = ("IMG_5285.JPG\n蒙特利尔大学设立奖学金\n"
           "【七天讯】(记者颜宏)12月8日,华裔护士的葬礼在蒙特利尔举行,各界人士前往悼念。\n"
           "学会妥协 女市长给自己打七分\n【七天讯】(记者颜宏)市长普朗特的任期已经过半,她给自己的中期治理打了七分。\n"
           "中华医院慈善晚宴隆重举行\n【七天讯】(记者独玉)11月2日,中华医院基金会举行第29届慈善晚宴。\n")


def test_a_listings_first_line_over_a_picture_is_its_column_label(tmp_path):
    rows = page_rows(tmp_path, "蒙城视野\n" + LISTING)
    assert [r["headline"] for r in rows] == ["蒙特利尔大学设立奖学金", "学会妥协 女市长给自己打七分",
                                             "中华医院慈善晚宴隆重举行"]
    assert rows[0]["subheadline"] == ""


def test_one_articles_kicker_over_its_picture_stays_its_kicker(tmp_path):
    rows = page_rows(tmp_path, "【四十年·奋进】忆往昔\nzghgb202501036B_s.jpg\n"
                               "中国化工报社原社长郝长江:知所先后 锚定未来\n"
                               "时光荏苒,转眼间从报社退休已近10年了。\n我在报社工作的15年,经历了报社的三大变革。\n")
    assert rows[0]["subheadline"] == "【四十年·奋进】忆往昔"


def test_a_search_engines_alt_text_is_no_line_of_the_page():
    assert furniture("Résultats de recherche d'images pour « valeri plante mi-mandat »") is not None
    assert furniture("Image result for montreal mayor") is not None
    assert furniture("Montreal mayor Valérie Plante") is None


DIGEST = ("你好,澳大利亚 10月24日 星期二\n澳洲今日头条\nABC澳广:\n大悉尼委员会公布“三城”计划\n"
          "大悉尼委员会主席谭宝向政府提交了《2017年大悉尼地区规划》,将悉尼划为三座城市。\n"
          "澳新网:\n各州状况报告  新州第一\n根据联邦证券发布的最新的《各州状况报告》,新州的经济表现位居全国第一。\n"
          "悉尼晨锋报:\n四大银行利润或突破310亿\n未来三周,四大银行将公布最新财报。分析师预测四大行的总利润将突破310亿。\n")


def test_a_digests_outlet_labels_start_items_and_are_no_words_of_them(tmp_path):
    rows = page_rows(tmp_path, DIGEST)
    assert [r["headline"] for r in rows] == ["大悉尼委员会公布“三城”计划", "各州状况报告  新州第一",
                                             "四大银行利润或突破310亿"]
    assert all(r["subheadline"] == "" and not r["sections"] for r in rows)
    page = tmp_path / "x_20200101.txt"
    texts = [p.text for a in load_corpus([page]).articles for p in a.paragraphs]
    assert not any(t.endswith(":") for t in texts)  # "澳新网:" is no paragraph of the item above it


def test_a_labelled_date_line_under_a_headless_lead_ends_its_item(tmp_path):
    rows = page_rows(tmp_path, "前中國小姐張淑娟不滿媒體人多次在政論節目指控她,今日提告,檢方偵結後依法起訴。\n"
                               "日期:2023-07-05\n"
                               "編按:國民黨基隆市長候選人謝國樑得票數突破9萬票,已跨越當選門檻。\n")
    assert len(rows) == 2 and rows[0]["date"] == "2023-07-05"


def test_a_speakers_turns_on_lines_of_their_own_stay_turns(tmp_path):
    rows = page_rows(tmp_path, "访谈实录\n主持人:\n欢迎您来到我们的节目,请先介绍一下今年的工作。\n"
                               "萬季飛:\n好的,今年我们一共完成了三项主要工作,效果都很好。\n"
                               "主持人:\n谢谢您的介绍。\n")
    assert len(rows) == 1 and rows[0]["headline"] == "访谈实录"


def test_the_reporters_asked_as_a_list_is_a_byline_question():
    # "这篇报道的记者有哪些" asks the byline as "记者有谁" does (pages39: the byline run into the lead, now read)
    assert analyze("中国石化报拐18井这篇报道的记者有哪些？").byline == "writer"


def test_an_editor_asked_is_answered_by_the_name_the_dateline_prints_after_the_role(tmp_path):
    text = ("警政署長慰勉警廣\n\n【民眾網編輯方笙楠臺北報導】春節連假倒數，警政署長張榮興2月12日特地前往"
            "警察廣播電臺慰勉同仁辛勞並發送紅包。\n")
    engine = page_engine(load_config(), tmp_path, text)
    assert engine.ask("民眾網報導警政署長慰勉警廣的編輯是誰？").text == "方笙楠"
