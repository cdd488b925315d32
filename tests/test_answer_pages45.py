"""Composer rules of the pages45 branch: a clause before the asked post (a time, an event attended, a matter spoken
on) says which holder, not which post (people.asked_post); a body visited ("到访澳门厂商联合会") is no place
named only as a goal: the bare posts printed are its people's (people._only_elsewhere)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qa.answer.people import _only_elsewhere, asked_post, printed_bare
from qa.answer.question import analyze
from qa.engine import Engine
from qa.normalize import fold


@pytest.mark.parametrize(("question", "post"), [
    ("屯馬線通車時，港鐵行政總裁是誰？", "港铁行政总裁"),
    ("出席屯馬線通車儀式的行政會議召集人是誰？", "行政会议召集人"),
    ("就夏威夷大火發言的總統府發言人是誰？", "总统府发言人"),
    ("参加开幕式的市委副书记是谁？", "市委副书记"),
    ("临时党支部书记是谁？", "临时党支部书记"),  # 时 inside a word, no comma: no time clause
    ("出席会议的人是谁？", ""),  # no post asked
])
def test_a_clause_before_the_asked_post_is_left_out(question, post):
    assert asked_post(analyze(question)) == post


@pytest.mark.parametrize(("owner", "text", "elsewhere"), [
    ("澳门厂商联合会", "上午到访澳门厂商联合会,通过座谈听取该会的意见。会长崔煜林感谢特区政府。", False),
    ("上海", "代表团赴上海考察。" * 2, True),  # a place still: another city's page
])
def test_a_body_visited_owns_the_bare_posts_of_its_people(owner, text, elsewhere):
    assert _only_elsewhere(owner, text) is elsewhere


@pytest.mark.parametrize(("question", "unit"), [
    ("農糧署說10月中旬高麗菜供苗量達多少萬株？", "万株"),  # the magnitude and the measure after it
    ("有多少亿美元的投资？", "亿美元"),
    ("多少万的收入？", "万"),  # no measure after the magnitude
    ("多少分钟？", "分钟"),
])
def test_a_magnitude_asked_keeps_the_measure_after_it(question, unit):
    assert analyze(question).unit == unit


RADIO = """農業心 農村情 咱的愛

【記者吳彥賢/台北報導】神農廣播電臺節目《咱的農村咱的愛》,是一個農業專業節目,節目從電臺創臺至今已將近十三年。臺長戎屏國表示,參與節目製作的同仁都抱持著「學習」的心態,去吸收農業知識。

深受南投、嘉義、雲林、彰化農民朋友們喜愛的神農廣播電臺,《咱的農村咱的愛》可算是招牌節目。
"""


def test_a_post_printed_bare_under_the_sentence_naming_its_owner_is_the_owner_s():
    article = fold(RADIO)
    assert printed_bare("神农广播电台的台长", fold("臺長戎屏國表示"), article)
    assert not printed_bare("神农广播电台的副台长", fold("臺長戎屏國表示"), article)  # another post
    assert not printed_bare("教育电台的台长", fold("臺長戎屏國表示"), article)  # an owner the article never names


def test_the_holder_of_a_post_printed_bare_answers(config, tmp_path_factory):
    folder = tmp_path_factory.mktemp("radio")
    # the whole report: over a few lines alone every sentence ranks too low
    page = Path(__file__).parent / "data" / "pages" / "peopo_news_17022.txt"
    (folder / "page.txt").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    engine = Engine.load(config, corpus=folder)
    assert engine.ask("神農廣播電臺的臺長是誰？").text == "戎屏國"
    assert engine.ask("神農廣播電臺的臺長是哪位？").text == "戎屏國"  # 哪位 asks the holder as 谁 does
    assert engine.ask("神農廣播電臺的副臺長是誰？").declined


def test_a_day_in_brackets_after_yesterday_is_a_day():
    # "戴建業昨(15)日繼續…": 哪一天 asks a day, and the day of the month stands in brackets
    from qa.lexicon import TIME_GRAINS
    grain = next(g for cue, g in TIME_GRAINS if "哪" in cue)
    assert re.search(grain, "昨(15)日") and re.search(grain, "今（7）日") and re.search(grain, "15日")
    assert not re.search(grain, "上午")
