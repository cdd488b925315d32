"""Declines of round 50 for answers the papers do not give: a population answered by the count closing a row of
names (population_listed.py: "等一行7人" for 葡萄牙's 华侨华人), a where- or which-venue question answered by a
day and its adverbs (where_time.py: "周日(6日)已隆重"), and a place's post-holder's deed asked from an article
printing neither the post nor the deed (post_deed_unprinted.py: 沧州市委书记 … 会见). Each: the wrong answer
declined, and the right one the rule must leave kept."""

from __future__ import annotations

from candidates import _tokenizer, candidate_in, pos_tags

from qa.answer.agreement import Surroundings
from qa.answer.generic_name import generic_name
from qa.answer.policy import inconsistent
from qa.answer.population_listed import population_listed
from qa.answer.post_deed_unprinted import post_deed_unprinted
from qa.answer.question import analyze
from qa.answer.where_time import where_time
from qa.normalize import fold


def _case(question: str, sentence: str, answer: str, kind: str = "number", before: str = "", near: str = ""):
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), kind)
    article = fold(before) + " " + sentence
    around = Surroundings(near=fold(near), article=article, tag=pos_tags, freq=_tokenizer().freq)
    return analyze(fold(question)), c, around


# ---------------------------------------------------------------- population_listed.py

_DELEGATION = ("6月3日,欧洲中华总商会副主席、葡萄牙华侨华人总会常务副会长叶德静,西班牙欧洲华人商贸联谊会妇女会主任"
               "郑芸芸等一行7人抵达匈牙利,专程拜访了匈牙利瑞安同乡会。")


def test_a_population_is_not_the_count_closing_a_row_of_names():
    # pages81 (suite) and the absent-paper protocol (xindaobao): 7 of a delegation for a country's Chinese
    for q in ("葡萄牙有多少华侨华人？", "专家估计在匈牙利的华人实际上有多少？"):
        info, c, around = _case(q, _DELEGATION, "7人")
        assert population_listed(info, c) == "decline:measure", q
        assert inconsistent(info, c, around) == "decline:measure", q
    # the half-index protocol: 人口 split by the question word (多少人|口)
    info, c, _ = _case("約多少人口生活在於庫頁島上?", "1785年,江戶幕府派遣山口鐵五郎等五人勘察千島群島和庫頁島。",
                       "五人")
    assert population_listed(info, c) == "decline:measure"


def test_a_population_told_as_such_or_a_party_counted_is_kept():
    info, c, _ = _case("葡萄牙有多少华侨华人？", "目前葡萄牙约有华侨华人3万人。", "3万人")
    assert population_listed(info, c) == ""
    # a party asked (一行几人, 华人代表) is what a row's count answers; a body's chairs (华人联谊会|有几位) too
    info, c, _ = _case("访问团一行有多少人？", _DELEGATION, "7人")
    assert population_listed(info, c) == ""
    info, c, _ = _case("有多少华人代表出席？", "张三、李四等20名华人代表出席。", "20名")
    assert population_listed(info, c) == ""
    info, c, _ = _case("橙縣華人聯誼會有幾位共同主席？", "共同主席王一、李二等六位出席。", "六位")
    assert population_listed(info, c) == ""


# ---------------------------------------------------------------- where_time.py

_VANCOUVER = "温哥华中华会馆新一届理事会就职典礼周日(6日)已隆重举行,受邀嘉宾近200人参加。"


def test_a_day_and_its_adverbs_name_no_venue():
    # pages85 (suite): 哪家酒楼 is typed what; the slot before 举行 is the day
    info, c, around = _case("温哥华中华会馆的就职典礼在哪家酒楼举行？", _VANCOUVER, "周日(6日)已隆重", kind="other")
    assert where_time(info, c) == "decline:place"
    assert inconsistent(info, c, around) == "decline:place"
    info, c, _ = _case("就职典礼在哪里举行？", _VANCOUVER, "周日(6日)已隆重", kind="other")
    assert where_time(info, c) == "decline:place"


def test_a_venue_or_a_day_asked_is_kept():
    info, c, _ = _case("就职典礼在哪家酒楼举行？", "就职典礼周日在海景酒楼隆重举行。", "海景酒楼", kind="place")
    assert where_time(info, c) == ""
    # a which-question asking no venue ("哪天") is the when-checks' to read
    info, c, _ = _case("就职典礼在哪天举行？", _VANCOUVER, "周日(6日)", kind="time")
    assert where_time(info, c) == ""


# ---------------------------------------------------------------- post_deed_unprinted.py

_TOUR = "中央驻冀媒体采访团一行深入黄骅港、北京·沧州渤海新区生物医药产业园等地采访。"


def test_a_post_holder_s_deed_unprinted_with_the_post_is_another_visit():
    # pages86 (suite): neither 书记 nor 会见 on the page; 会见 tagged n right after the question word
    info, c, around = _case("沧州市委书记在哪里会见了中央驻冀媒体采访团？", _TOUR, "黄骅港", kind="place")
    assert post_deed_unprinted(info, c, around) == "decline:subject"
    assert inconsistent(info, c, around) == "decline:subject"


def test_the_post_or_the_deed_printed_or_no_place_owning_the_post_is_kept():
    info, c, around = _case("沧州市委书记在哪里会见了中央驻冀媒体采访团？", _TOUR, "黄骅港", kind="place",
                            before="市委书记王文亮会见了采访团一行。")
    assert post_deed_unprinted(info, c, around) == ""
    info, c, around = _case("沧州市委书记在哪里会见了中央驻冀媒体采访团？", _TOUR, "黄骅港", kind="place",
                            before="当天上午,沧州市领导会见了采访团。")
    assert post_deed_unprinted(info, c, around) == ""
    # a post no place owns ("外长", "主席" of a name) is no particular holder
    info, c, around = _case("外长在哪里会见了中央驻冀媒体采访团？", _TOUR, "黄骅港", kind="place")
    assert post_deed_unprinted(info, c, around) == ""


# ---------------------------------------------------------------- generic_name.py: 县市, 乡镇

_YANJI = "未来三天,采访团将前往和龙、安图、敦化、汪清和延吉等五个县市的20余个旅游景区采访。"


def test_the_levels_of_a_row_of_places_name_none_of_them():
    # the absent-paper protocol (yjxww): 县市 (ns to jieba) for the first stop asked
    info, c, around = _case("采访团在延吉的第一站是哪里？", _YANJI, "县市", kind="place")
    assert generic_name(info, c) == "decline:generic"
    assert inconsistent(info, c, around) == "decline:generic"
    # asked as a kind, the kind's modifier answers ("哪些乡镇" ↔ "西部乡镇"); a named one is kept
    info, c, _ = _case("哪些乡镇受灾最重？", "受灾最重的是西部乡镇。", "西部乡镇", kind="place")
    assert generic_name(info, c) == ""
    info, c, _ = _case("采访团在延吉的第一站是哪里？", "采访团第一站来到和龙市。", "和龙市", kind="place")
    assert generic_name(info, c) == ""
