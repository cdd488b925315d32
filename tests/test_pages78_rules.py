"""Rules the pages78 pages asked for, on small made-up texts: a byline role spelt out with a space between its
characters (淮安日报's `■通 讯 员 王成虎` over `融媒体记者 张小燕 杨盼盼`); two names run together, three characters and
two (德阳日报's `全媒体记者任媛媛徐飞`); a site's dateline with its day before its place and 消息 (中国台湾网's
`台灣網6月23日株洲消息`); a photo credit naming the outlet before the photographer (`(台灣網 王君飛 攝)`);
paragraphs each led by its reporter (亞洲經濟通訊社's listing) and leads under their addresses (HKG報's) are items;
a place named only as the goal of a link with 大 before it (`主动接轨大上海`) owns no bare post; another outlet's
reporter asked is one the text names, not the writer; a day said against the paper's with its part (`昨日下午`) is
one time; 至 reads as 到 when an article's sentences past the retrieved ones are read (`持续至9月10日`)."""

from __future__ import annotations

import pytest
from page_engine import page_engine, page_rows

from qa.answer.features import question_terms
from qa.answer.people import _only_elsewhere
from qa.answer.question import analyze
from qa.answer.same_article import completing
from qa.answer.typed import times
from qa.config import load_config
from qa.layout.bylines import byline_people, parse_byline, trailing_credit
from qa.layout.datelines import parse_dateline
from qa.normalize import fold
from qa.types import Hit, Sentence


def test_a_role_spelt_out_with_spaces_is_the_role(tmp_path):
    assert byline_people("通 讯 员 李华", fold("通 讯 员 李华")) == ([], ["李华"], [])
    rows = page_rows(tmp_path, "市政协召开常委会议\n■通 讯 员 李华\n融媒体记者 张明 王强\n"
                               "本报讯 昨日下午,市政协召开常委会议。市政协主席赵新主持会议。\n")
    assert rows[0]["correspondents"] == ["李华"] and rows[0]["reporters"] == ["张明", "王强"]
    assert rows[0]["sections"] == []


@pytest.mark.parametrize(("text", "names"), [
    ("全媒体记者 张明明李华", ["张明明", "李华"]),  # three and two, the fourth character a surname
    ("记者 欧阳娜娜", ["欧阳娜娜"]),  # a compound surname: one name
])
def test_five_characters_after_a_role_are_two_names_of_three_and_two(text, names):
    people = byline_people(text, fold(text))
    assert people is not None and people[0] == names


def test_a_sentence_after_a_role_and_names_is_no_byline():
    assert parse_byline("记者张虹红实习生阎霞王晶说") is None  # two and three: "王晶说" is no name


def test_a_sites_dateline_with_its_day_before_its_place(tmp_path):
    d = parse_dateline("某某網6月23日長沙消息 21日,考察團一行來到長沙。")
    assert d is not None and (d.agency, d.place, d.day) == ("某某網", "長沙", "6月23日")
    assert parse_dateline("某某網6月23日長沙消息傳出,考察團一行來到長沙。") is None  # no space: a sentence
    rows = page_rows(tmp_path, "考察團訪長沙\n某某網6月23日長沙消息 21日,考察團一行來到長沙,參觀了博物館。\n")
    assert rows[0]["dateline"]["place"] == "長沙"


def test_a_credit_naming_the_outlet_before_the_photographer():
    b = parse_byline("(某某網 王明 攝)")
    assert b is not None and b.photographers == ("王明",) and b.reporters == ()
    assert trailing_credit("考察團走進車間。(某某網 王明 攝)") == len("考察團走進車間。")
    assert parse_byline("(某某網記者 王明)") is not None  # a writer's bracket, no credit
    assert parse_byline("(某某網 王明)") is None or not parse_byline("(某某網 王明)").photographers


_HUAIAN = ("副市长赵新,市政协副主席周明、李华出席会议。会议听取市政府关于“主动接轨大上海 加快建设新某城”情况通报;"
           "审议通过关于“主动接轨大上海”调研报告。")


@pytest.mark.parametrize(("owner", "text", "elsewhere"), [
    ("上海", _HUAIAN, True),  # "接轨大上海": a link to Greater Shanghai, another city's page
    ("上海", "代表团融入大湾区,赴大上海考察。", True),
    ("上海", _HUAIAN + "上海市政协副主席张三会见代表团。", False),  # named as the owner too
    ("上海", "大上海的政协委员前来视察。", False),  # no link before it
])
def test_a_place_named_only_as_a_greater_goal_owns_no_bare_post(owner, text, elsewhere):
    assert _only_elsewhere(owner, text) is elsewhere


def test_paragraphs_each_led_by_its_reporter_are_a_listings_items(tmp_path):
    rows = page_rows(tmp_path, "某某通訊社台灣站\n"
                               "(某某通訊社記者王明/臺中報導)臺中市警二分局警員張三、張四兄弟情感深厚,分局長李五讚不絕口。\n"
                               "(某某通訊社記者陳六/高雄報導)高雄市長趙七昨日前往探視,她會後受訪時表示,希望外界給予空間。\n"
                               "【記者林八/南投報導】南投縣政府17日於縣府一樓大廳舉行記者會,由副縣長周九偕來賓啟動系列活動。\n")
    assert [r["reporters"] for r in rows] == [["王明"], ["陳六"], ["林八"]]
    assert [r["headline"] for r in rows] == ["", "", ""]  # the line over the first is the listing's label
    # two reporters' parts under one headline (no run of three): one report, its headline kept
    rows = page_rows(tmp_path, "颱風來襲 各地嚴陣以待\n"
                               "(記者王明/臺中報導)臺中市政府昨日成立應變中心,市長要求各局處全面戒備,抽水機已預置。\n"
                               "(記者陳六/高雄報導)高雄市政府昨日也成立應變中心,各區公所備妥沙包,山區居民已預防性撤離。\n")
    assert len(rows) == 1 and rows[0]["headline"] == "颱風來襲 各地嚴陣以待"


def test_leads_each_under_its_address_are_a_listings_items(tmp_path):
    rows = page_rows(tmp_path, "https://example.hk/articles/101\n"
                               "尊敬的特首:\n"
                               "驚聞您在記者會上表示抗疫工作化險為夷,市民只能同聲一哭!\n"
                               "https://example.hk/articles/102\n"
                               "中國外貿發展強勁,去年外貿額首超6萬億美元,創下歷史新高。\n"
                               "據海關總署14日發布數據顯示,2021年進出口規模達到6.05萬億...\n"
                               "https://example.hk/articles/103\n"
                               "出生於香港的22歲足球員早前獲選入國家隊集訓名單。\n"
                               "國家隊主帥周二接受訪問時證實他有資格代表國家隊。\n"
                               "他年...\n")
    assert len(rows) == 3 and [r["headline"] for r in rows] == ["", "", ""]
    assert [r["sections"] for r in rows] == [[], [], []]  # "他年...": the site's cut, text


def test_a_day_against_the_papers_and_its_part_is_one_time():
    f = fold("本报讯 昨日下午,市政协常委会议召开。")
    assert [f[t.start:t.end] for t in times(f)] == ["昨日下午"]
    f = fold("今日头条下午发布消息。")
    assert [f[t.start:t.end] for t in times(f)] == ["下午"]  # no day said against the paper's


_TOUR = ("\n媒体走进某市 聚焦魅力城乡\n\n本报讯(全媒体记者张明)4月30日,某市媒体行活动画上圆满的句号,60余家媒体近百名"
         "记者云集某市。\n\n“通过探访,我们对某市有了全新的认识。”邻市广播电视台记者李华如是表示。\n")


def test_another_outlets_reporter_asked_is_one_the_text_names(tmp_path):
    engine = page_engine(load_config(None), tmp_path, _TOUR)
    assert "李华" in engine.ask("邻市广播电视台的哪位记者谈了对某市的全新认识？").text
    assert "张明" in engine.ask("报道某市媒体行活动的记者是谁？").text  # the writer, asked with no outlet


def test_a_sentence_printing_zhi_for_dao_completes_its_article():
    # the article's topic (headline and first sentence) names the fair; the sentence past the retrieved ones that
    # says how long it lasts prints 至 where the question has 到 (pages51's 中国艺术报 page, crowded to 21st)
    info = analyze("第二届某某博览会活动将持续到几月几日？")
    terms = question_terms(info)
    a = "p.txt#0"
    made = [Sentence(f"{a}:{n}:0", a, n, kind, t, 0, len(t)) for n, (kind, t) in enumerate([
        ("headline", "第二届某某博览会开幕"), ("body", "9月6日,第二届某某博览会在某市古城开幕。"),
        ("body", "本届博览会以促进保护为主题。"), ("body", "活动将持续至9月10日。")])]
    read = [Hit(made[0], 9.0), Hit(made[1], 8.0)]
    topic = made[0].folded + made[1].folded
    found = completing(terms, read, read, 1, 5, 1.0, lambda _: (made[1].id, topic, topic), lambda _: made)
    assert [h.sentence.text for h in found] == ["活动将持续至9月10日。"]
