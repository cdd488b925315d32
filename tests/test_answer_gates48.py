"""Declines of round 48 for answers the papers do not give: a city asked by its short name that the answer's
article never names (city_unnamed.py: 营口, 长沙, tagged vn or too common for names_in), and a count of those who
attended an event given for a count asked without attending (attended_count.py: members, reporters). Each: the
wrong answer declined, and the right one the rule must leave kept."""

from __future__ import annotations

from candidates import _tokenizer, candidate_in, pos_tags

from qa.answer.agreement import Surroundings, other_counted
from qa.answer.attended_count import attended_count
from qa.answer.city_unnamed import city_unnamed
from qa.answer.policy import inconsistent
from qa.answer.question import analyze
from qa.answer.share_for_count import share_for_count
from qa.normalize import fold


def _case(question: str, sentence: str, answer: str, kind: str = "number", before: str = ""):
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), kind)
    article = fold(before) + " " + sentence
    # the dictionary's frequencies, as the composer reads them: 长沙 is too common a word for names_in
    around = Surroundings(near="", article=article, tag=pos_tags, freq=_tokenizer().freq)
    return analyze(fold(question)), c, around


# ---------------------------------------------------------------- city_unnamed.py

_BULLETIN = "固定资产投资、规模工业增加值分别达到2317.4亿元、1105.8亿元,分别增长20.6%、18.2%。"


def test_a_city_tagged_otherwise_that_the_article_never_names_declines():
    # the absent-paper protocol: 营口 (jieba: vn) asked, another city's bulletin answers
    info, c, around = _case("营口固定资产投资总量增长了多少？", _BULLETIN, "20.6%")
    assert city_unnamed(info, c, around) == "decline:place"


def test_a_common_city_the_article_never_names_declines():
    # 长沙 (ns, but too common a word for names_in) asked, 青海's rain answers
    info, c, around = _case("长沙这轮强降雨中全市共出现几个大暴雨站点？",
                            "此次降水范围覆盖面较广,全省177个气象观测站出现降水,降水中心在西宁市区。", "177个")
    assert city_unnamed(info, c, around) == "decline:place"


def test_the_city_named_in_the_article_is_kept():
    info, c, around = _case("营口固定资产投资总量增长了多少？", _BULLETIN, "20.6%",
                            before="营口市统计局发布2010年国民经济和社会发展统计公报。")
    assert city_unnamed(info, c, around) == ""


def test_a_direction_that_is_also_a_county_is_no_city():
    # DRCD: 南部 (f) of 南部县, "美國的南部政府"
    info, c, around = _case("南北戰爭期間,美國的南部政府在何時成立美利堅聯盟國?",
                            "1861年2月9日,它們組織建立了一個新的南方政府—美利堅聯盟國。", "1861年2月9日", "time")
    assert city_unnamed(info, c, around) == ""


def test_a_street_or_an_event_named_after_a_city_names_no_city():
    # 玉林东路 is a street of 成都, not the city 玉林; 南京's championships may be 本届世锦赛 all through its report
    info, c, around = _case("玉林东路的科学家塑像是哪位雕塑家创作的？", "塑像由叶毓山创作", "叶毓山", "person")
    assert city_unnamed(info, c, around) == ""
    info, c, around = _case("吴艳妮在南京室内田径世锦赛半决赛中跑出了多少秒？",
                            "傍晚的半决赛中,她再次刷新个人最好成绩,但8秒01的成绩打破了全国纪录。", "8秒01")
    assert city_unnamed(info, c, around) == ""
    # the city itself before another noun is still read (营口 above)


def test_where_questions_are_left_to_their_place_checks():
    info, c, around = _case("营口的港口位于哪里？", "港口位于渤海湾东岸。", "渤海湾东岸", "place")
    assert city_unnamed(info, c, around) == ""


# ---------------------------------------------------------------- attended_count.py

def test_those_who_came_are_not_a_body_s_members():
    # pages81: 紐西蘭台灣華夏協會's anniversary, "共有近三百多位會員僑胞欣然前往"
    info, c, _ = _case("紐西蘭台灣華夏協會現在共有多少名會員？",
                       "連續的雨勢並未澆熄人們赴會的熱情,共有近三百多位會員僑胞欣然前往,與會來賓包括有駐奧克蘭辦事處的處長劉永健。",
                       "近三百多位")
    assert attended_count(info, c) == "decline:measure"


def test_those_who_attended_are_not_those_on_leave():
    # pages57: 辽源's deputies, "出席预备会议代表221人"
    info, c, _ = _case("辽源市七届人大四次会议预备会议有多少名代表请假？",
                       "市七届人大代表279人,出席预备会议代表221人,符合法定人数。", "221人")
    assert attended_count(info, c) == "decline:measure"


def test_a_count_asked_of_those_who_attended_is_answered():
    info, c, _ = _case("多少名人大代表出席了会议？", "近200名市人大代表肩负全市各族人民重托出席会议。", "近200名")
    assert attended_count(info, c) == ""
    info, c, _ = _case("男子100米跑共有多少国家和运动员参赛？",
                       "比赛共有来自64个国家及地区的84名运动员参与。", "84名")
    assert attended_count(info, c) == ""


def test_a_figure_of_another_clause_than_the_attending_one_is_kept():
    info, c, _ = _case("协会共有多少名会员？", "协会现有会员300名,其中120名出席了年会。", "300名")
    assert attended_count(info, c) == ""


# ---------------------------------------------------------------- both read by the decline policy

def test_the_policy_declines_both():
    info, c, around = _case("营口固定资产投资总量增长了多少？", _BULLETIN, "20.6%")
    assert inconsistent(info, c, around) == "decline:place"
    info, c, around = _case("紐西蘭台灣華夏協會現在共有多少名會員？",
                            "連續的雨勢並未澆熄人們赴會的熱情,共有近三百多位會員僑胞欣然前往。", "近三百多位",
                            before="紐西蘭台灣華夏協會舉行周年慶。")
    assert inconsistent(info, c, around) == "decline:measure"


def test_a_village_jieba_reads_as_a_person_is_a_place():
    # the absent-paper protocol: 博后村 (nr) asked, 湖南's tourist sites answer
    info, c, around = _case("元旦假日博后村接待游客多少万人次？",
                            "昨日湖南纳入统计监测的97个直报旅游区(点)共接待游客92.32万人次。", "92.32万人次")
    assert city_unnamed(info, c, around) == "decline:place"
    info, c, around = _case("元旦假日博后村接待游客多少万人次？", "元旦假日博后村共接待游客1.2万人次。", "1.2万人次")
    assert city_unnamed(info, c, around) == ""


# ---------------------------------------------------------------- agreement.other_counted, loosened

def test_a_place_after_a_span_of_years_is_not_counted():
    # pages46: "过去几年鞍山面貌发生了显著变化" ↔ "过去4年,全市…鞍山…": 鞍山 is the clause's subject, not what 年 counts
    info, c, around = _case("余功斌在讲话中说,过去几年鞍山面貌发生了显著变化?",
                            "他说,过去4年,全市广大党员干部团结奋斗,鞍山面貌发生了显著变化。", "4年")
    assert other_counted(info, c, around) == ""
    # a noun counted after its unit still must be near the count
    info, c, around = _case("有多少名警员受伤？", "一名24岁本地男子持刀冲向人群,数名警员上前制止。", "一名")
    assert other_counted(info, c, around) == "decline:measure"


# ---------------------------------------------------------------- share_for_count.py

def test_a_share_is_no_count_of_heads():
    # pages48: 台中肉品市場, "減少拍賣量三分之一"
    info, c, around = _case("台中肉品市場每天拍賣多少頭豬？", "肉品市場因應疫情減少拍賣量三分之一。", "三分之一")
    assert share_for_count(info, c) == "decline:unit"
    assert inconsistent(info, c, around) == "decline:unit"


def test_a_share_asked_in_a_unit_of_shares_is_answered():
    info, c, _ = _case("蘇利南約有幾成的人第一個學的語言是其國家的官方語言？",
                       "荷蘭語是大約60%蘇利南人的母語。", "大約60%")
    assert share_for_count(info, c) == ""


def test_counts_that_are_not_of_people_or_asked_of_who_came_are_kept():
    # seed: "年投入百万的公共服务却换来青年参与率不足12%" — 参与率 is no attending, 百万 no people
    info, c, _ = _case("东白马湖社区每年在公共服务上投入多少钱？",
                       "年投入百万的公共服务却换来青年参与率不足12%的尴尬局面。", "百万")
    assert attended_count(info, c) == ""
    # pages63: the question asks who came (到渭南开展…活动), the sentence says 莅临
    info, c, _ = _case("多少名省级离退休老干部到渭南开展参观考察活动？",
                       "省委老干部局组织安启元等20多名省级离退休老干部莅临我市,开展参观考察活动。", "20多名")
    assert attended_count(info, c) == ""
