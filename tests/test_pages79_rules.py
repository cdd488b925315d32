"""Rules the pages79 pages asked for, on small made-up texts: a writer named with no role before a correspondent in
a dateline's brackets (四川教育新闻网's `(贾元东 通讯员 刘敏)`); a paper and its channel parted by 、 before one role
(半岛晨报's `半岛晨报、39度视频记者梁巍`); an e-paper reader's empty `字号:` label; a site's follow-us labels
(乡村干部报网's `微信公众号`, `官方微博`) over the text."""

from __future__ import annotations

import pytest
from page_engine import page_rows

from qa.layout.bylines import parse_byline
from qa.layout.datelines import parse_dateline
from qa.layout.furniture import furniture


def test_a_writer_with_no_role_before_a_correspondent_in_the_brackets():
    d = parse_dateline("成都新闻网成都5月2日讯(张明 通讯员 李华) 5月2日,市一中举行运动会。")
    assert d is not None and d.reporters == ("张明",) and d.correspondents == ("李华",)
    assert parse_dateline("本报讯(张明 李华) 5月2日,市一中举行运动会。").reporters == ("张明", "李华")


@pytest.mark.parametrize(("text", "reporters"), [
    ("半岛晨报、39度视频记者梁巍", ("梁巍",)),
    ("东方日报、东方网记者 王强 李华", ("王强", "李华")),
    ("记者张明、李华", ("张明", "李华")),  # names parted by 、 after the role stay two names
])
def test_two_outlets_parted_by_a_stop_before_one_role(text, reporters):
    b = parse_byline(text)
    assert b is not None and b.reporters == reporters


def test_the_writer_at_the_end_named_after_two_outlets(tmp_path):
    rows = page_rows(tmp_path, "市一中举行运动会\n5月2日上午,市一中第十届运动会在学校操场举行。校长王华致辞。\n"
                               "东方日报、东方网记者张明\n")
    assert rows[0]["reporters"] == ["张明"]


def test_an_empty_font_size_label_is_no_text(tmp_path):
    assert furniture("字号:") is not None
    rows = page_rows(tmp_path, "当前报纸名称:东方日报\n举行建校百年庆典活动\n日期:10-23\n字号:\n"
                               "10月14日上午,春风小学建校百年庆典在学校操场举行。校长王华致辞。\n")
    assert rows[0]["headline"] == "举行建校百年庆典活动" and rows[0]["paragraphs"] == 1


@pytest.mark.parametrize("line", ["微信公众号", "官方微博"])
def test_a_sites_follow_us_labels_are_furniture(line):
    assert furniture(line) is not None and furniture(line).kind == "disclaimer"


def test_a_new_holders_bare_post_is_not_another_bodys():
    # Portland Chinese Times: the office's new 處長 is named with her office first, then `新任處長` bare; 新任 says
    # which holder, so her post is 處長 printed bare, and an 入境事務處處長 asked is another office's
    from qa.answer.people import Titled, unqualified
    from qa.types import Sentence

    article = ("驻西雅图台北经济文化办事处新任处长林美呈以及侨教中心主任王伟赞亲临与侨界见面互送祝福。"
               "新任处长林美呈在发言时也回应了这个新安排。")
    at = article.index("新任处长林美呈在")
    text = article[at:]
    s = Sentence(id="a:0:1", article_id="a", paragraph=0, kind="body", text=text, start=at, end=len(article))
    holder = Titled(sentence=s, name=(4, 7), chain=(0, 4), posts=("新任处长",))
    assert unqualified("入境事务处处长", holder, article) is True
    assert unqualified("驻西雅图台北经济文化办事处处长", holder, article) is False


def test_a_story_named_by_a_long_phrase_is_not_one_sharing_one_word_of_it():
    # 周口日报's project tour asked by its words; 辽阳日报's headline shares only `重点项目` with them
    from qa.answer.byline import _shares_enough

    topic = "周口示范区重点项目观摩"
    assert not _shares_enough(topic, "白英率团参加“辽宁—长三角招商引资促进周”活动并推进重点项目")
    assert _shares_enough(topic, "深入到周口市城乡一体化示范区开展2021年第一季度重点项目观摩讲评活动")
    assert _shares_enough("千亩水杉", "千亩水杉林迎来最美观赏期")  # a short topic: one pair, as before
