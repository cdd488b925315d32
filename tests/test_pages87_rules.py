"""Rules the pages87 pages asked for, on small made-up texts. Loader: one name under a writer's and a photographer's
role joined by a slash (`作者/摄影:羽丝`, deouhuashang.de); who compiled a foreign report (`黄东/编译`) and an outlet's
dated 讯 with its writer inside one bracket (`(阿根廷华人网8月7日讯 黄东/编译)`); the reporter and his place run
together in black brackets (`【記者吳惠民桃園報導】`, `【記者陳良安綜合報導】`, taiwanreports.com); the site's path as
a numbered list (`1. 首页` / `2. 阿根廷`); a speaker's caption with a Latin name (`费勒姆市长Susan Bayford致辞`,
英国侨报); a caption under a copy's `图片` placeholder; a region's local page over the headline (`北馬地方`, 光明日報);
a listing's lead cut with `繼續閱讀` after a space, no ellipsis. Composer: the report's own dispatch day asked
(`…的消息是几月几日发的`); a Malaysian honorific read with the surname (`丹斯里陳|坤海`); a mission's head and a
consulate's country (`中国驻德国法兰克福总领馆孙从彬总领事` for 中国驻法兰克福总领事); a quoted body before its post
(`“法兰克福外国人参事会”主席`); a 凡…以上 clause's threshold for an amount asked (`凡獻捐…1000令吉或以上者`)."""

from __future__ import annotations

from page_engine import page_engine, page_rows

from qa.answer.people import holds
from qa.layout.bylines import parse_byline
from qa.layout.datelines import parse_dateline

# ------------------------------------------------------------------ loader


def test_one_name_under_a_writers_and_a_photographers_role():
    b = parse_byline("作者/摄影:羽丝")
    assert b is not None and b.reporters == ("羽丝",) and b.photographers == ("羽丝",)
    b = parse_byline("作者:羽丝")
    assert b is not None and b.reporters == ("羽丝",) and b.photographers == ()


def test_a_compilers_name_and_a_dated_xun_with_its_writer_in_one_bracket():
    b = parse_byline("黄东/编译")
    assert b is not None and b.reporters == ("黄东",)
    d = parse_dateline("(阿根廷华人网8月7日讯 黄东/编译)据当地媒体称,近几个月以来华人超市的扩张引起了注意。")
    assert d is not None and (d.agency, d.day, d.reporters) == ("阿根廷华人网", "8月7日", ("黄东",))
    assert d.text == "(阿根廷华人网8月7日讯 黄东/编译)"


def test_the_reporter_and_his_place_run_together_in_black_brackets():
    d = parse_dateline("【記者吳惠民桃園報導】桃園市長張善政18日上午主持市政會議。")
    assert d is not None and (d.place, d.reporters) == ("桃園", ("吳惠民",))
    d = parse_dateline("【記者陳良安綜合報導】2024台北上海城市論壇17日在晶華酒店登場。")
    assert d is not None and (d.place, d.reporters) == ("", ("陳良安",))
    d = parse_dateline("【記者李祖翔報導】今天")  # two to four characters: the reporter alone, as before
    assert d is not None and (d.place, d.reporters) == ("", ("李祖翔",))


def test_the_sites_path_as_a_numbered_list(tmp_path):
    rows = page_rows(tmp_path, "1. 首页\n2. 阿根廷\n一家华人超市挂市政府标志 引发媒体质疑\n"
                               "据当地媒体称,近几个月以来华人超市在布省皮拉尔地区的扩张引起了人们的注意。\n")
    assert rows[0]["headline"] == "一家华人超市挂市政府标志 引发媒体质疑"
    assert rows[0]["subheadline"] == "" and rows[0]["sections"] == []


def test_a_speakers_caption_with_a_latin_name(tmp_path):
    text = ("朴茨茅斯华人欢聚一堂\n(本报讯)9月23日,朴茨茅斯华人协会在金汉宫举行了联欢会,150多华人华侨参加了"
            "活动。\n最后一曲《歌唱祖国》把联欢会推向了高潮。\n费勒姆市长Susan Bayford致辞\n")
    assert page_rows(tmp_path, text)[0]["sections"] == []


def test_a_caption_under_a_picture_placeholder(tmp_path):
    text = ("法兰克福华人迎春晚会红火落幕\n2月13号晚上6时整,“法兰克福华人迎春晚会”通过YouTube平台开播,华人华侨"
            "翘首以待。\n"
            "图片\n中国驻德国法兰克福总领馆孙从彬总领事带来祖国的节日问候\n图片\n法兰克福市长Peter Feldmann 先生给华人"
            "朋友们拜年\n图片\n法兰外国人参事会主席Jumas Medoff先生祝大家新年快乐\n"
            "晚会伊始,孙从彬总领事为海外侨胞带来了祖国的问候,祝大家新年快乐。\n")
    assert page_rows(tmp_path, text)[0]["sections"] == []


def test_a_regions_local_page_over_the_headline(tmp_path):
    rows = page_rows(tmp_path, "北馬地方\n大廈落成40年設備陳舊 檳華堂需籌60萬維修\n"
                               "(檳城25日訊)1983年落成的檳州華人大會堂大廈在即將邁入40週年之際,急需維修。\n")
    assert rows[0]["headline"] == "大廈落成40年設備陳舊 檳華堂需籌60萬維修" and rows[0]["subheadline"] == ""


def test_a_listings_lead_cut_with_read_more_after_a_space(tmp_path):
    rows = page_rows(tmp_path, "桃園萬安演習獲全國特優獎\n 桃園市長張善政主持市政會議時,接受警察局呈獻獎項。\n"
                               "【記者吳惠民桃園報導】桃園市長張善政18日上午主持市政會議,接受警察局呈獻獎項。"
                               " 張善政表示,此獎項是從全臺22個縣市政府中,擇4縣市 繼續閱讀\n"
                               "雙城論壇華源提兩岸一家人\n"
                               " 上海市副市長華源(圖)致詞時表示,雙城論壇架起兩市之間的彩虹橋。\n"
                               "【記者陳良安綜合報導】2024台北上海城市論壇17日在晶華酒店登場,北市副市長林奕華"
                               "致詞。 繼續閱讀\n")
    assert [r["headline"] for r in rows] == ["桃園萬安演習獲全國特優獎", "雙城論壇華源提兩岸一家人"]
    assert rows[0]["sections"] == []


# ------------------------------------------------------------------ composer


def test_the_reports_own_dispatch_day(tmp_path, config):
    engine = page_engine(config, tmp_path, "华人超市挂市政府标志 引发质疑\n(阿根廷华人网8月7日讯 黄东/编译)据当地"
                                          "媒体称,华人超市在皮拉尔地区的扩张引起了人们的注意。\n")
    assert "8月7日" in engine.ask("阿根廷华人网关于皮拉尔华人超市的消息是几月几日发的？").text
    # an event's day is still not the dateline's
    assert engine.ask("皮拉尔华人商会是哪一天成立的？").declined


def test_a_malaysian_honorific_read_with_the_surname(tmp_path, config):
    engine = page_engine(config, tmp_path, "檳華堂需籌60萬維修\n(檳城25日訊)檳華堂主席丹斯里陳坤海指出,該堂大廈目前"
                                          "許多設備陳舊不堪,尤其禮堂及內外部設備都需要維修。\n")
    assert engine.ask("檳華堂的主席是誰？").text == "陳坤海"


def test_a_missions_head_and_a_consulates_country():
    assert holds("中国驻德国法兰克福总领馆总领事", "中国驻法兰克福总领事") is True
    assert holds("中国驻美国大使馆大使", "中国驻美国大使") is True
    assert holds("中国驻德国法兰克福总领馆总领事", "中国驻法国总领事") is None  # another country's


def test_a_quoted_body_before_its_post():
    assert holds("法兰克福外国人参事会”主席", "法兰克福外国人参事会主席") is True


def test_a_threshold_is_no_amount_raised(tmp_path, config):
    page = ("檳華堂需籌60萬維修\n(檳城25日訊)檳華堂將展開籌募維修經費活動。凡獻捐該堂大廈維修基金1000令吉或以上者,"
            "名字將列在該堂禮堂前面的紀念牌板上。\n")
    engine = page_engine(config, tmp_path, page)
    assert engine.ask("檳華堂目前已經籌得多少維修基金？").declined
    assert "1000" in engine.ask("捐多少令吉以上名字會列在紀念牌板上？").text  # a threshold asked
