"""A body or an event the question names by common words (青年峰会, 全团会议, 工学周报) must be printed in the
answer's article: else the answer is about another one."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings
from qa.answer.compound_unprinted import compound_unprinted
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str, article: str, kind: str = "span") -> str:
    sentence, article = fold(sentence), fold(article)
    c = candidate_in(sentence, fold(answer), kind)
    return compound_unprinted(analyze(fold(question)), c, Surroundings(article=article + " " + sentence,
                                                                       tag=pos_tags))


_MEETING = "本报讯 5月10日,内蒙古乌兰察布市市委书记王学丰、市长陶淑菊率党政代表团到我市考察。"
_REVIEW = "12月1日,由云南省人民政府和中国科学技术协会共同主办的2023腾冲科学家论坛开幕。"
_PRESS = "岸田总理在与佐科维总统举行的新闻发布会上说,我们将讨论该地区的局势和国际合作。"


@pytest.mark.parametrize(("question", "sentence", "answer", "article"), [
    # the delegation's plenary meeting (全团|会议) is printed nowhere in a report of another delegation's visit
    ("内蒙古代表团是哪天举行全团会议的？", _MEETING, "5月10日", "乌兰察布市党政代表团到我市考察"),
    # a school paper (工学|周报) asked of another paper's year in review
    ("工学周报获奖的消息是哪天更新的？", _REVIEW, "12月1日", "保山日报评出2023保山十大新闻"),
    # a summit (青年|峰会) asked of another press conference
    ("联合国世界青年峰会将在哪里举行？", _PRESS, "新闻发布会", "我国将与日本为区域和世界和平做出贡献"),
])
def test_a_body_or_event_the_article_never_prints_declines(question, sentence, answer, article):
    assert _why(question, sentence, answer, article) == "decline:subject"


@pytest.mark.parametrize(("question", "sentence", "answer", "article"), [
    # printed in the article that answers, here or in its headline
    ("内蒙古代表团是哪天举行全团会议的？", "5月10日,内蒙古代表团举行全团会议。", "5月10日", "内蒙古代表团"),
    ("工学周报获奖的消息是哪天更新的？", _REVIEW, "12月1日", "工学周报获得全省高校校报标兵称号"),
    # the kind the question word asks (哪个|单位, 哪一所|大学) is not a name the question prints
    ("这次活动是由哪个单位举办的？", "活动由市青年联合会举办。", "市青年联合会", "青年活动"),
    # a head of four characters names its event by itself: 2023|赛季|中超联赛 printed as 中超联赛
    ("上海海港在2023赛季中超联赛第29轮战平了哪支队伍？", "上海海港队主场与山东泰山队战平。", "山东泰山队",
     "中超联赛进入收官阶段"),
    # a short name before the head (砂拉越/nz, 政协/j) is the long names' rule's: 政协大会 may be told as 政协会议
    ("砂拉越小学返校复课展延到哪一天？", "各小学展延至3月14日复课。", "3月14日", "学校复课"),
    ("朱媛媛委员在商丘市政协大会上的发言题目是什么？", "她作了题为发展现代物流业的发言。", "发展现代物流业",
     "市政协六届一次会议"),
    # a common noun before the head is no name (社会, 经营 are no bodies or events)
    ("企业经营的成本有多少？", "全年成本达到5亿元。", "5亿元", "公司年报"),
])
def test_a_body_or_event_the_article_prints_stays(question, sentence, answer, article):
    assert _why(question, sentence, answer, article) == ""


def test_a_byline_answer_is_not_read():
    q = "内蒙古代表团是哪天举行全团会议的？"
    assert _why(q, _MEETING, "5月10日", "乌兰察布市党政代表团到我市考察", kind="byline") == ""
