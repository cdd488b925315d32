"""Question and composer rules found on pages30's Hong Kong, Taiwan and overseas pages, each on a small page of its
own."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.post_elsewhere import posts_of
from qa.normalize import fold


def test_the_posts_an_article_prints_with_a_name():
    article = fold("台中市政府地政局長吳存金疑涉不實核銷特別費。市議會批評,吳存金早在2月25日就被約談。"
                   "三立前記者魏汶萱出任台北市副發言人。")
    assert posts_of("吴存金", article) == ["台中市政府地政局长"]
    assert "台北市副发言人" in posts_of("魏汶萱", article)
    assert posts_of("张三", article) == []


def test_a_name_printed_only_with_the_head_does_not_answer_the_deputy(config, tmp_path):
    engine = page_engine(config, tmp_path, "地政局長涉案交保\n\n台中市政府地政局長吳存金疑涉不實核銷特別費,檢方諭令"
                         "100萬元交保。台中市議會民進黨團批評,吳存金早在2月25日就被搜索約談。\n")
    assert "吳存金" in engine.ask("台中市政府地政局長是誰？").text
    assert engine.ask("台中市政府地政局副局長是誰？").declined


def test_a_sum_asked_is_not_answered_by_a_count_of_the_wounded(config, tmp_path):
    engine = page_engine(config, tmp_path, "百貨氣爆\n\n台中新光三越13日發生氣爆,釀成4死39傷的悲劇。\n")
    assert engine.ask("新光三越氣爆的賠償金額是多少？").declined
    assert "4" in engine.ask("新光三越氣爆造成多少人死亡？").text


def test_a_decade_a_span_of_days_and_two_counts(config, tmp_path):
    engine = page_engine(config, tmp_path, "老僑聚會\n\n早在一九零零年代,德州休斯敦就已經聚集數百位粵籍老僑。\n\n"
                         "總統訪華\n\n印尼总统左科威计划于7月25日至26日访华。\n\n媽祖遶境\n\n"
                         "大甲鎮瀾宮擇定大甲媽祖9天8夜遶境進香時程。\n")
    assert "一九零零年代" in engine.ask("德州休斯敦何時已經聚集數百位粵籍老僑？").text
    assert "7月25日至26日" in engine.ask("左科威计划何时访华？").text
    one_day = engine.ask("左科威计划哪一天访华？").text
    assert "7月25日" in one_day and "至26日" not in one_day
    assert "9天8夜" in engine.ask("大甲媽祖遶境進香共幾天幾夜？").text


def test_the_latin_short_form_printed_in_brackets_after_the_term(config, tmp_path):
    engine = page_engine(config, tmp_path, "移英政策屆滿\n\n英國政府推出予持BNO港人移英的「特許入境許可」"
                         "(Leave Outside the Rules, LOTR)政策,將於今日期限屆滿。\n\n蔬菜供应\n\n"
                         "去年首次实行限行令(MCO),国盟政府缺乏经验。\n")
    assert engine.ask("「特許入境許可」的英文簡稱是甚麼？").text == "LOTR"
    assert engine.ask("限行令的英文简称是什么？").text == "MCO"
    assert "Leave Outside the Rules" in engine.ask("「特許入境許可」的英文名稱是甚麼？").text


def test_which_area_is_the_place_printed_before_yidai(config, tmp_path):
    engine = page_engine(config, tmp_path, "外僱房屋津貼需調升\n\n祐漢一帶由於有不少年份久遠的樓宇,向來租金較為便宜,"
                         "不少市民把陳舊的單位租給外僱居住。\n")
    assert engine.ask("哪一帶的樓宇租金較為便宜？").text == "祐漢"


def test_two_clock_times_joined_by_ji_are_answered_together(config, tmp_path):
    engine = page_engine(config, tmp_path, "機場現人潮\n\n今日下午1時15分及1時45分,均有由香港前往倫敦的航班。\n")
    assert "1時15分及1時45分" in engine.ask("由香港前往倫敦的航班在甚麼時間起飛？").text
