"""Eras as time spans: the eras of the earth's history (中生代, 白垩纪中期, 第三纪中新世), which no year names, and an
era named by a body, an idiom or a deed before 时期/时代 (国民政府|时期, 文艺复兴|时期, 冷战|时期), which jieba
tags nt, l or v rather than as a name."""

import jieba.posseg as pseg

from qa.answer.typed import times


def _times(text: str) -> list[str]:
    pos = [(w.word, w.flag) for w in pseg.cut(text)]
    return [text[s.start:s.end] for s in times(text, pos)]


def test_the_eras_of_the_earths_history_are_times():
    assert "中生代" in _times("在中生代开始时,各大陆连接为一块超大陆")
    assert "白垩纪中期" in _times("冈底斯山脉自白垩纪中期开始隆起")
    assert "第三纪中新世" in _times("鸟类的全盛时期是第三纪中新世")


def test_an_era_named_by_a_body_an_idiom_or_a_deed():
    assert "国民政府时期" in _times("通化市在国民政府时期为安东省省会")
    assert "文艺复兴时期" in _times("主教教堂属于文艺复兴时期的建筑")
    assert "冷战时期" in _times("冷战时期著名的华沙公约就是于此签署的")


def test_a_pronoun_or_a_single_character_before_the_era_word_is_no_era():
    assert not any(t.endswith("时期") and len(t) > 3 for t in _times("在这一时期,经济发展很快"))


def test_the_first_years_of_the_republic_are_a_time():
    # DRCD 5680-4-5: "勤政殿的原建築在何時被拆除?"
    assert "中华民国初年" in _times("原建筑在中华民国初年已被拆除,仅存地名。")
    assert "民国初期" in _times("该校创办于民国初期")


def test_a_chronicles_day_without_its_day_word_before_a_comma():
    # DRCD 6095-4-2: "燕軍在哪一天攻破居庸關?"
    assert "七月十一" in _times("七月十一,攻破居庸关;")
    assert "十二月二十" in _times("十二月二十,大军回师")
    assert "七月十一日" in _times("七月十一日,攻破居庸关;")  # (its 日 kept when printed)


def test_a_reigns_year_after_its_dynasty_run_into_one_word():
    # DRCD 6122-4-2 ("西沙群島在哪一年正式成為中國領土?") and 3303-11-1: jieba reads 清宣统/nr, 清光绪/nr
    assert "清宣统二年" in _times("汉马伏波曾到该群岛,清宣统二年李准亦悬旗呜炮,正式成为中国领土;")
    assert "清光绪十七年" in _times("重庆的现代教育发源于清光绪十七年,美国的基督教传教士创办了私立求精学堂")
    # (not the reign glossing the year printed before it: DRCD 2434-1-2 asks 公元幾年)
    assert "唐开元二十六年" not in _times("公元738年,唐开元二十六年,置县")


def test_a_school_year_opening_its_clause_dates_it():
    # CMRC TRIAL_311_QUERY_3: "张天霖在何时拍摄了周华健的MV?" was answered 2007年 from another sentence
    assert "高二的时候" in _times("原本是模特儿的张天霖marcus,高二的时候拍了周华健的mv「朋友」。")
