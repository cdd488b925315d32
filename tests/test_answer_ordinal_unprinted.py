"""An edition, rank or numbered district asked by its ordinal that the answer's sentence never prints declines
(ordinal_unprinted.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.agreement import Surroundings
from qa.answer.ordinal_unprinted import ordinal_unprinted
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str, kind: str = "time", near: str = "", article: str = "") -> str:
    s = fold(sentence)
    return ordinal_unprinted(analyze(fold(question)), candidate_in(s, fold(answer), kind=kind),
                             Surroundings(near=fold(near), article=fold(article)))


def test_an_edition_a_rank_or_a_district_the_sentence_never_prints_declines():
    # CMRC TRIAL_798_QUERY_3 and DRCD 6375-5-1, 1149-3-3, asked with their paragraphs not indexed
    assert _why("第二届比赛什么时候举行的？",
                "外圍賽抽籤於2014年2月23日在里斯阿克羅波利會議宮殿舉行，首場比賽於2014年9月舉行。",
                "2014年9月") == "decline:ordinal"
    assert _why("哪一個國家擁有非洲第二大的證券交易所?",
                "多倫多證券交易所是加拿大最大的證券交易所，而加拿大五大銀行的總部皆位於多倫多。",
                "加拿大", kind="place") == "decline:ordinal"
    assert _why("福建省第一區行政督察專員公署在何時被撤銷？", "1949年9月，設立榆次區行政督察專員公署，稱榆次專區。",
                "1949年9月") == "decline:ordinal"


def test_the_ordinal_printed_in_any_form_stays():
    # 第十三屆 as 十三届, 首届 as 第一届, 第一大 as 最大, and the headline's ordinal for its sentence
    assert _why("第十三屆歐洲國家盃在哪一年舉行?", "十三届欧洲国家杯于2008年举行。", "2008年") == ""
    assert _why("首届比赛在哪里举行？", "第一届比赛在南京举行。", "南京", kind="place") == ""
    assert _why("日本第一大汽車製造商是?", "豐田汽車是日本最大的汽車製造商。", "豐田汽車", kind="org") == ""
    assert _why("第二届比赛什么时候举行的？", "比赛于2009年9月27日开幕。", "2009年9月27日",
                near="第二届全国比赛 本报讯") == ""
    # a news report names its session once, in its headline or lead: the article is read (pages46:77)
    assert _why("铁岭市第九届人大二次会议第一次全体会议由谁主持?", "宋诚主持会议。", "宋诚", kind="person",
                article="铁岭市第九届人民代表大会第二次会议开幕 宋诚主持会议。") == ""
    # a rank given with another noun (DRCD 6171-38-3), and a question's 最大, a plain superlative (DRCD 3213-2-5)
    assert _why("在2005年之後，哪一個國家成為臺灣進出口貿易第一大國?",
                "但在2005年後退居二、三名，中國大陸成為臺灣進出口貿易第一地區。", "中國大陸", kind="place") == ""
    assert _why("喃字在推廣上最大的困難是什麼?", "由於喃字的複雜及未標準化，使得喃字在推行上困難重重。", "困難重重",
                kind="slot") == ""
    # a first time is told in other words ("首播"): not read
    assert _why("电视剧《鳄鱼泪》第一次播出是什么时候？",
                "《鳄鱼泪》，香港丽的电视经典电视剧，1978年4月23日首播，共89集。", "1978年4月23日") == ""
