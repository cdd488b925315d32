"""Rules the pages85 pages asked for, on small made-up texts. Loader: a site's section and column in brackets over a
headline is no dateline (`【南加新聞】社區動態`, 美國華人電視); the outlet, 記者, the reporter, a space and the place in
brackets (`【美國華人電視記者呂力川 洛杉磯橙縣報導】`), read whole on a line of its own; an outlet's short name or its
desk's and 讯 in brackets (`【橙訊】`, `【华社侨讯】`); a caption the paragraph under it prints as its sentence; a group
photo's caption over the byline no first words; a picture's file name and alt text repeating the headline
(`DSC4681 副本 scaled - …`, 布拉格时报); a reader's updated/posted line with no year (LINE TODAY); a credit after a
slash ending a caption (`…。/記者 王昭聖 攝`). Composer: "照片是哪位記者拍攝的" a photo question; a count heading a
list of guests, the deed after the list (`三百多位…代表、…僑胞共同出席`); a count asked in a measure word no unit
list holds that the sentence never prints (`筵開多少席`); a person whose clause says he did not do the deed asked
(`…Jacinda Ardern(杰辛达·阿德恩)没有出席…招待会`); an acting holder (署理) for a question asking the new one
(新任, 接替)."""

from __future__ import annotations

from pathlib import Path

from page_engine import page_engine, page_rows

from qa.answer.question import analyze
from qa.layout.bylines import parse_byline, trailing_credit
from qa.layout.datelines import parse_dateline
from qa.layout.furniture import furniture
from qa.lint import first_words
from qa.load import load_corpus

# ------------------------------------------------------------------ loader


def test_a_section_and_its_column_in_brackets_are_no_dateline():
    assert parse_dateline("【南加新聞】社區動態") is None
    assert parse_dateline("【有線新聞】政府今日公布新一份施政報告,") is not None  # a station's, text after it


def test_the_outlet_the_reporter_a_space_and_the_place_in_brackets(tmp_path):
    d = parse_dateline("【美國華人電視記者呂力川 洛杉磯橙縣報導】")
    assert d is not None and (d.agency, d.place, d.reporters) == ("美國華人電視", "洛杉磯橙縣", ("呂力川",))
    rows = page_rows(tmp_path, "橙縣華人聯誼會就職典禮隆重登場\n美國橙縣華人聯誼會理監事宣誓就職後合照。\n"
                               "【美國華人電視記者呂力川 洛杉磯橙縣報導】\n"
                               "        橙縣華人聯誼會理監事就職典禮於9月21日傍晚隆重舉行,三百多位代表共同出席。\n")
    assert rows[0]["reporters"] == ["呂力川"] and rows[0]["dateline"]["place"] == "洛杉磯橙縣"
    assert rows[0]["headline"] == "橙縣華人聯誼會就職典禮隆重登場"
    # the group photo's caption over the byline is not the story's first words
    corpus = load_corpus([tmp_path / "x_20200101.txt"])
    assert first_words(corpus.articles[0]).startswith("橙縣華人聯誼會理監事")


def test_an_outlets_short_name_and_xun_in_brackets():
    d = parse_dateline("【橙訊】由香港客屬總會主辦的國慶酒會於9月26日舉行。")
    assert d is not None and d.agency == "橙"
    d = parse_dateline("【华社侨讯】据当地媒体报道,温哥华中华会馆新一届理事会就职典礼已隆重举行。")
    assert d is not None and d.agency == "华社"
    assert parse_dateline("【简讯】本市今日举行运动会。") is None  # a kind of item, no outlet


def test_a_caption_the_paragraph_under_it_prints(tmp_path):
    page = (Path(__file__).parent / "data" / "pages" / "catvus_ochua11.txt").read_text(encoding="utf-8")
    caption = "橙縣華人聯誼會第11屆全體理監事共同登台宣誓就職"
    assert page_rows(tmp_path, page)[0]["sections"] == []
    # the paragraph under it no longer printing its words: a sub-head, as the loader read it before
    told = "在張作波、周志松監誓下," + caption + "。"
    assert page_rows(tmp_path, page.replace(told, ""))[0]["sections"] == [caption]


def test_a_pictures_file_name_and_alt_text_repeating_the_headline(tmp_path):
    head = "【布拉格时报】中秋慰侨活动一捷克站"
    rows = page_rows(tmp_path, f"{head}\nDSC4663 副本 scaled - {head}月到中秋分外明,"
                               "中秋慰侨活动于9月8日下午在布拉格举行。\n"
                               f"DSC4681 副本 scaled - {head}\n"
                               "此次活动由浙江省侨办、浙江省侨联主办,现场洋溢着节日氛围。\n")
    assert len(rows) == 1 and rows[0]["headline"] == head
    assert rows[0]["paragraphs"] == 2


def test_a_readers_updated_and_posted_line_with_no_year():
    f = furniture("更新於 01月06日10:24 • 發布於 01月06日12:00")
    assert f is not None and f.kind == "meta" and f.date == ""


def test_a_credit_after_a_slash_ending_a_caption():
    t = "▲社區理事長陳秀鳳簡報,珠仔山社區各項發展工作與方法。/記者 王昭聖 攝"
    at = trailing_credit(t)
    assert at is not None and parse_byline(t[at:]).photographers == ("王昭聖",)
    assert trailing_credit("他說:「這是我們的家。」/ 大家都很開心") is None


# ------------------------------------------------------------------ composer


def test_which_reporter_took_the_picture_is_a_photo_question():
    assert analyze("珠仔山社區觀摩的照片是哪位記者拍攝的？").byline == "photographer"
    assert analyze("這篇報導是哪位記者寫的？").byline == "writer"


def test_a_count_heading_a_list_of_guests(tmp_path, config):
    engine = page_engine(config, tmp_path, "聯誼會就職典禮隆重登場\n橙縣華人聯誼會第十一屆理監事就職典禮於9月21日"
                                          "傍晚舉行,三百多位聯誼會代表、僑界人士、各界嘉賓及熱心僑胞共同出席。\n")
    assert "三百多" in engine.ask("橙縣華人聯誼會的就職典禮有多少人出席？").text


def test_a_measure_the_sentence_never_prints(tmp_path, config):
    engine = page_engine(config, tmp_path, "同鄉會聯歡賀成立廿九載\n澳門中山神灣同鄉會昨晚在萬豪軒舉行慶祝成立"
                                          "廿九周年暨第十一屆理監事就職典禮聯歡宴會,各位鄉親歡聚一堂。\n")
    assert engine.ask("中山神灣同鄉會的聯歡宴會筵開多少席？").declined
    engine = page_engine(config, tmp_path, "同鄉會聯歡賀成立廿九載\n澳門中山神灣同鄉會昨晚在萬豪軒舉行聯歡宴會,"
                                          "筵開六十五席,各位鄉親歡聚一堂。\n")
    assert "六十五" in engine.ask("中山神灣同鄉會的聯歡宴會筵開多少席？").text


def test_a_person_the_clause_says_did_not_do_the_deed(tmp_path, config):
    page = ("新西兰国会举办中国新年招待会\n新西兰总理阿德恩没有出席周三的中国新年招待会,但特意录制了视频。\n"
            "副总理彼得斯先后致辞,向在新西兰的华人恭祝春节。\n")
    engine = page_engine(config, tmp_path, page)
    a = engine.ask("哪位新西兰领导人出席了周三的中国新年招待会？")
    assert "阿德恩" not in a.text
    engine = page_engine(config, tmp_path, page.replace("没有出席", "出席了"))
    assert "阿德恩" in engine.ask("哪位新西兰领导人出席了周三的中国新年招待会？").text


def test_an_acting_holder_is_not_the_new_one(tmp_path, config):
    page = ("國慶酒會順利舉行\n主禮嘉賓包括商務及經濟發展局局長丘應樺、香港特區政府署理政制及內地事務局局長胡健民、"
            "民政及青年事務局副局長梁宏正。\n")
    engine = page_engine(config, tmp_path, page)
    assert engine.ask("接替曾國衞的政制及內地事務局新任局長是誰？").declined
    assert "胡健民" in engine.ask("署理政制及內地事務局局長是誰？").text  # the acting holder asked as such
    engine = page_engine(config, tmp_path, page.replace("署理", ""))
    assert "胡健民" in engine.ask("接替曾國衞的政制及內地事務局新任局長是誰？").text
