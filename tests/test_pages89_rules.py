"""Rules the pages89 pages asked for, on small made-up texts.

Loader: an outlet's dated report in black brackets, its day before its place (`【美洲华联社1月28日洛杉矶报道】`);
a station's own report with its place and day and a comma, no brackets (`全美电视洛杉矶9月17日报道,`); the
reporter and 报导 opening the text, a space after (`记者吴景亮报导 `, 今日澳洲); a report's dateline under a
picture's caption placing people in it and the site's summary, no headline kept (`(本报古晋4日讯)`, 詩華日報);
a column's label and a short title that exclaims (`【比侨动态】…热闹迎新春!`); an outlet's app as the source
(`来源: 今日澳洲App`); pictures' captions between paragraphs: the story's title with the picture's number
(`…晚宴 - 1`), a scene (`活动现场`), a host (`晚会由庾春花女士主持`), a bare name and the speech or interview
(`林淦花致辞`), a short line printed again under several pictures (`与会嘉宾`).

Composer: a count of years back for a year asked (`73年前`); a sum granted for a cost asked
(`拨出50万令吉予…校董会`); a restaurant's name after its kind (`老牌饭店中国星大酒楼`); a school's numbered
branch (`中华小学第一校`); `谁报导` a writer's question; a day printed without 日 before 举行
(`2018年1月10举行了换届选举`)."""

from __future__ import annotations

from page_engine import page_engine, page_rows

from qa.answer.typed import times
from qa.layout.datelines import parse_dateline
from qa.layout.lines import _repeated_captions
from qa.lexicon import WRITER_QUESTION
from qa.normalize import fold

# ------------------------------------------------------------------ loader


def test_an_outlets_dated_report_in_black_brackets_day_before_place():
    d = parse_dateline("【美洲华联社1月28日洛杉矶报道】美国南加州华人社团大联盟于1月28日举办迎新春联欢活动。")
    assert d is not None and (d.agency, d.day, d.place) == ("美洲华联社", "1月28日", "洛杉矶")
    d = parse_dateline("(台泰時報10月7日曼谷電)泰國總理今天表示")  # as before
    assert d is not None and (d.day, d.place) == ("10月7日", "曼谷")


def test_a_stations_own_report_with_its_place_and_day_and_a_comma():
    d = parse_dateline("全美电视洛杉矶9月17日报道,美国南加州华人联合总会在蒙特利公园市举办茶话会。")
    assert d is not None and (d.agency, d.place, d.day) == ("全美电视", "洛杉矶", "9月17日")
    assert parse_dateline("人民日报3月5日报道,据悉") is None  # no place: another paper's report quoted


def test_the_reporter_and_baodao_opening_the_text():
    d = parse_dateline("记者吴景亮报导 澳洲广东侨团总会24日在悉尼唐人街举行盛大纪念晚宴。")
    assert d is not None and d.reporters == ("吴景亮",) and d.text == "记者吴景亮报导"


def test_a_dateline_under_a_placing_caption_and_the_sites_summary(tmp_path):
    text = ("首长阿迪南(左6)敲锣3声为一小新校舍主持开幕。左2起为一小校长朱珍妹。\n"
            "首长于去年访一中时宣布,每年将拨款给砂独中,昨日决定拨出50万令吉。\n"
            "(本报古晋4日讯)砂首长阿迪南沙登第二次到访华校,宣布拨出50万令吉予古晋中华小学校董会。\n"
            "阿迪南续去年到访古晋第一中学后,于今日第二次到访华校,并宣布拨款予校董会。\n")
    row = page_rows(tmp_path, text)[0]
    assert row["dateline"] is not None and (row["dateline"]["place"], row["dateline"]["day"]) == ("古晋", "4日")


def test_a_column_label_and_a_short_title_that_exclaims(tmp_path):
    text = ("【比侨动态】50年不变,旅比华侨联合会热闹迎新春!\n(本平台消息)2月28日晚,旅比华侨联合会在安特卫普唐人街"
            "上的中国星大酒楼隆重举办新春联欢暨新一届主席团就职典礼,各侨团代表出席。\n")
    assert page_rows(tmp_path, text)[0]["headline"] == "【比侨动态】50年不变,旅比华侨联合会热闹迎新春!"


def test_an_outlets_app_as_the_source(tmp_path):
    text = ("悉尼与广州建立姐妹城市30周年庆祝纪念晚宴\n2016-07-25 来源: 今日澳洲App 评论0条\n"
            "记者吴景亮报导 澳洲广东侨团总会24日在悉尼唐人街皇冠海鲜酒家举行盛大纪念晚宴,庆祝两市建立姐妹城市"
            "30週年。\n")
    row = page_rows(tmp_path, text)[0]
    assert row["source"] == "今日澳洲" and row["reporters"] == ["吴景亮"]


_PARA = ("当晚,中国驻比利时使馆张弛代办,领事部邹瑜主任,安特卫普副市长范锦豪先生,比利时联邦政府国务秘书等嘉宾与旅比"
         "各兄弟侨团代表和华联会会员一起联欢过年!")


def test_captions_between_paragraphs(tmp_path):
    text = ("悉尼与广州建立姐妹城市30周年庆祝纪念晚宴\n澳洲广东侨团总会24日在悉尼唐人街皇冠海鲜酒家举行盛大纪念晚宴,"
            "庆祝澳洲悉尼市与中国广州市建立姐妹城市30週年,各界代表出席。\n"
            "悉尼与广州建立姐妹城市30周年庆祝纪念晚宴 - 1\n童学军副总领事致辞\n"
            "童学军副总领事代表总领馆,还特别感谢今天出席晚宴的广东侨团的代表。\n")
    assert page_rows(tmp_path, text)[0]["sections"] == []
    text = f"旅比华侨联合会热闹迎新春\n{_PARA}\n活动现场\n晚会由庾春花女士主持\n首先由华联会主席梁福团先生致辞。\n"
    assert page_rows(tmp_path, text)[0]["sections"] == []
    text = (f"大联盟举办新春联欢活动\n{_PARA}林淦花带领大家祭拜神明。\n林淦花致辞\n林淦花主席在致辞中表示感谢。\n"
            "与会嘉宾\n" + _PARA + "\n与会嘉宾\n")
    assert page_rows(tmp_path, text)[0]["sections"] == []


def test_a_host_named_under_a_paragraph_is_a_caption(tmp_path):
    text = f"旅比华侨联合会热闹迎新春\n{_PARA}\n晚会由庾春花女士主持\n首先由华联会主席梁福团先生致辞。\n"
    rows = page_rows(tmp_path, text)
    assert len(rows) == 1 and rows[0]["sections"] == []  # not the headline of another story either


def test_a_short_line_once_is_still_a_subhead(tmp_path):
    # (a sub-head's words here: loader50 reads a named group such as 与会嘉宾 as a caption by its words alone)
    text = f"大联盟举办新春联欢活动\n{_PARA}\n共叙乡情\n{_PARA}\n"
    assert page_rows(tmp_path, text)[0]["sections"] == ["共叙乡情"]
    # a two-line title printed in the page's list of titles and again over its story: no captions
    rows = ["版面标题", _PARA, "诗歌朗诵会举行", "百人百诗颂新区", _PARA, "诗歌朗诵会举行", "百人百诗颂新区", _PARA]
    assert _repeated_captions(rows) == set()
    assert _repeated_captions(["标题", _PARA, "与会嘉宾", _PARA, "与会嘉宾"]) == {3, 5}


# ------------------------------------------------------------------ composer


def test_a_count_of_years_back_is_no_year(tmp_path, config):
    engine = page_engine(config, tmp_path, "南华总举办茶话会\n美国南加州华人联合总会会长邵闻致辞,回顾从73年前新中国"
                                          "建立到改革开放的巨变。\n")
    assert engine.ask("美国南加州华人联合总会是哪一年成立的？").declined


def test_a_sum_granted_is_no_cost(tmp_path, config):
    engine = page_engine(config, tmp_path, "古晋中华小学新校舍开幕\n(本报古晋4日讯)砂首长阿迪南沙登第二次到访华校,"
                                          "宣布拨出50万令吉予古晋中华小学校董会。\n")
    assert engine.ask("古晋中华小学第一校的新校舍耗资多少令吉？").declined
    assert "50万" in engine.ask("砂首长宣布拨出多少令吉予古晋中华小学校董会？").text  # the grant asked


def test_a_restaurants_name_after_its_kind_and_a_schools_branch(tmp_path, config):
    engine = page_engine(config, tmp_path, "旅比华侨联合会热闹迎新春\n(本平台消息)2月28日晚,旅比华侨联合会在安特卫普"
                                          "唐人街上的老牌饭店中国星大酒楼隆重举办新春联欢。\n砂首长阿迪南今日为古晋"
                                          "中华小学第一校新校舍落成主持开幕。\n")
    assert engine.ask("旅比华侨联合会在哪家饭店举办新春联欢？").text == "中国星大酒楼"
    assert "第一校" in engine.ask("阿迪南为哪一间学校的新校舍主持开幕？").text


def test_shui_baodao_asks_the_writer():
    assert WRITER_QUESTION.search(fold("谁报导了澳洲广东侨团总会的姐妹城市纪念晚宴？")) is not None


def test_a_day_printed_without_ri_before_the_event():
    f = "首先由刚刚连任成功(2018年1月10举行了换届选举,以高票当选)的华联会主席梁福团先生发表新春和就职辞。"
    assert any(f[sp.start:sp.end] == "2018年1月10" for sp in times(f))
    f = "2018年1月10多万人参加"  # a count after the month: no day
    assert not any(f[sp.start:sp.end] == "2018年1月10" for sp in times(f))
