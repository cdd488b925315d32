"""Declines of round 49 for figures the papers do not give: a how-much question narrowing the noun it measures by a
word the answer's sentence never prints (qualifier_unprinted.py: 境外|游客, 年度计划|投资), a figure per another period
than the one asked (other_period_rate.py: 1天 for 一年); and a loosened gate: a meeting named again by 本次 (本次大会
for the 全体会议 asked) is no other modifier of the figure's noun (agreement.other_modifier). Each: the wrong answer
declined, and the right one the rule must leave kept."""

from __future__ import annotations

from candidates import _tokenizer, candidate_in, pos_tags

from qa.answer.agreement import Surroundings, other_modifier
from qa.answer.award_clause import other_award_clause
from qa.answer.other_period_rate import other_period_rate
from qa.answer.policy import inconsistent
from qa.answer.qualifier_unprinted import qualifier_unprinted
from qa.answer.question import analyze
from qa.normalize import fold


def _case(question: str, sentence: str, answer: str, kind: str = "number", before: str = "", near: str = ""):
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), kind)
    article = fold(before) + " " + sentence
    around = Surroundings(near=fold(near), article=article, tag=pos_tags, freq=_tokenizer().freq)
    return analyze(fold(question)), c, around


# ---------------------------------------------------------------- qualifier_unprinted.py

_SANYA = "2021年元旦假日期間(1月1-3日),三亞共接待游客40.74萬人次,實現旅游總收入9.64億元。"
_BAOJI = "据悉,全市一月份计划开工市县两级重点项目360个,总投资358.78亿元,主要涵盖六大重点领域。"


def test_the_whole_s_figure_is_no_answer_for_a_part_never_printed():
    # pages49: 境外 printed nowhere, the total of all visitors answers
    info, c, around = _case("2021年元旦假日期間三亞接待境外游客多少人次？", _SANYA, "40.74萬人次")
    assert qualifier_unprinted(info, c, around) == "decline:subject"
    assert inconsistent(info, c, around) == "decline:subject"


def test_a_total_before_the_noun_is_no_part_asked():
    # pages54: 年度计划投资 asked, the batch's 总投资 printed (年度计划 printed elsewhere in the article)
    info, c, around = _case("宝鸡市一月份集中开工的重点项目年度计划投资多少亿元？", _BAOJI, "358.78亿元",
                            before="今年年度计划投资将超过去年。")
    assert qualifier_unprinted(info, c, around) == "decline:subject"


def test_another_part_before_the_noun_is_left_to_other_checks_when_the_article_prints_the_one_asked():
    # 過夜游客 printed: another part, or the one asked said otherwise; 境外 printed on the page
    info, c, around = _case("2021年元旦假日期間三亞接待境外游客多少人次？", "其中,旅游住宿設施接待過夜游客19.02萬人次;",
                            "19.02萬人次", before="境外游客人數有所下降。")
    assert qualifier_unprinted(info, c, around) == ""


def test_the_part_printed_in_the_sentence_or_before_it_is_kept():
    info, c, around = _case("2021年元旦假日期間三亞接待境外游客多少人次？",
                            "2021年元旦假日期間,三亞共接待境外游客1.2萬人次。", "1.2萬人次")
    assert qualifier_unprinted(info, c, around) == ""
    info, c, around = _case("2021年元旦假日期間三亞接待境外游客多少人次？", _SANYA, "40.74萬人次",
                            near="三亞元旦假日境外游客統計")
    assert qualifier_unprinted(info, c, around) == ""


def test_an_owner_or_a_time_before_the_noun_is_no_part():
    # 三亞|游客: the place owns the figure, read by the place checks
    info, c, around = _case("元旦假日期間三亞游客多少人次？", _SANYA, "40.74萬人次")
    assert qualifier_unprinted(info, c, around) == ""


def test_a_name_a_deed_or_a_noun_after_the_question_word_is_no_noun_measured():
    # pages41, pages30, pages23, pages60 (the suites): 苏家敏/nr, 聘请/v, 学校筹备的 and 多少个|责任单位 measure nothing
    info, c, around = _case("地产经纪苏家敏有多少年经验？", "请速联系咨询具有28年经验的美国地产苏家敏。", "28年")
    assert qualifier_unprinted(info, c, around) == ""
    info, c, around = _case("学校筹备的是多少周年校庆？", "校长就我校110周年校庆筹备工作进展情况进行专门调研。",
                            "110周年")
    assert qualifier_unprinted(info, c, around) == ""
    info, c, around = _case("大足区向全区多少个责任单位分解下达了年度任务？",
                            "我区向全区14个责任单位分解下达了规划编制任务。", "14个")
    assert qualifier_unprinted(info, c, around) == ""


def test_a_qualifier_cut_by_a_column_space_is_printed():
    # pages41: "温 格禁赛2场", the name split by the page's spacing
    info, c, around = _case("欧足联宣布阿森纳主教练温格禁赛几场？", "欧足联官方宣布 阿森纳主教练温 格禁赛2场。", "2场")
    assert qualifier_unprinted(info, c, around) == ""


# ---------------------------------------------------------------- other_period_rate.py

def test_a_day_s_figure_is_no_year_s():
    # pages49: 一年 asked, 1天 printed
    info, c, _ = _case("牧民邓贞民一年打草收入多少元？", "1亩地28元,每天能收割100亩以上,1天毛收入3000元左右。",
                       "3000元")
    assert other_period_rate(info, c) == "decline:measure"


def test_the_period_asked_or_a_date_keeps_the_answer():
    info, c, _ = _case("牧民邓贞民一年打草收入多少元？", "他一年打草收入6万元。", "6万元")
    assert other_period_rate(info, c) == ""
    # "2021年" and "11月" are dates, no periods of a figure
    info, c, _ = _case("这家店每月营业额多少元？", "2021年11月,这家店营业额达30万元。", "30万元")
    assert other_period_rate(info, c) == ""


# ---------------------------------------------------------------- agreement.other_modifier, loosened

def test_this_meeting_named_again_is_no_other_modifier():
    # pages46: the 全体会议 asked, the report's 本次大会 for it
    info, c, around = _case("吴忠市政协六届三次会议第二次全体会议应出席委员多少人?",
                            "本次大会应出席委员263人,实到245人,符合规定人数。", "263人")
    assert other_modifier(info, c, around) == ""


def test_another_meeting_s_figure_is_still_another_modifier():
    info, c, around = _case("吴忠市政协六届三次会议第二次全体会议应出席委员多少人?",
                            "市政协常委会应出席委员63人,实到60人。", "63人")
    assert other_modifier(info, c, around) == "decline:subject"


# ---------------------------------------------------------------- award_clause.py

_AWARDS = "教育電臺臺長黃月麗指出，今年電臺共有19件作品入圍廣播金鐘獎，另有10件作品獲得新聞獎肯定。"


def test_a_count_of_another_honour_s_winners_in_its_own_clause_declines():
    # pages40: 金鐘獎 asked, printed only in the clause of the nominees; the figure's clause gives 新聞獎
    info, c, around = _case("教育電臺今年有多少件作品獲得廣播金鐘獎？", _AWARDS, "10件")
    assert other_award_clause(info, c) == "decline:award"
    assert inconsistent(info, c, around) == "decline:award"


def test_the_clause_of_the_honour_asked_is_kept():
    info, c, _ = _case("教育電臺今年有多少件作品獲得廣播金鐘獎？",
                       "今年電臺共有19件作品入圍，其中3件作品獲得廣播金鐘獎。", "3件")
    assert other_award_clause(info, c) == ""


def test_the_honour_pointed_back_to_is_the_one_asked():
    # pages29: "这是本报连续第7年获得该奖项"
    info, c, _ = _case("宁波建设报连续几年获得全国工程建设行业报纸“金页奖”？",
                       "《宁波建设报》获2016年度全国工程建设行业报纸“金页奖”,这是本报连续第7年获得该奖项。", "第7年")
    assert other_award_clause(info, c) == ""
