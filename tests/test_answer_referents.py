"""What a retrieved sentence refers to but does not print (referents.py): the person an opening 他/她 stands for,
the date a relative day is on the page's date."""

from __future__ import annotations

import pytest
from candidates import split_article

from qa.answer.referents import antecedent, described_person, relative_day
from qa.answer.spans import Span
from qa.types import Sentence

_PEOPLE = ("王大明", "李小红", "张三")


def _people(s: Sentence) -> list[Span]:
    """The made-up names of these tests as person spans (the tagger's job in the composer)."""
    return [Span(i, i + len(n), "person", "test") for n in _PEOPLE for i in range(len(s.folded))
            if s.folded.startswith(n, i)]


@pytest.mark.parametrize(("paragraphs", "who"), [
    (["市长王大明昨天会见了李小红。", "他说,合作前景广阔。"], "王大明"),  # the first named, the subject
    (["记者李小红来到现场。", "天气很好。", "她今日采访了村民。"], "李小红"),  # the nearest sentence naming one
    (["王大明说,明天开会。", "他们都同意了。"], ""),  # 他们: a group, not the person
    (["王大明说,明天开会。", "会议由他主持。"], ""),  # the pronoun does not open the sentence
    (["王大明来了。", "一。", "二。", "三。", "他笑了。"], ""),  # too far back
])
def test_the_person_an_opening_pronoun_stands_for(paragraphs, who):
    s = split_article(paragraphs)
    assert antecedent(s, len(s) - 1, _people) == who


@pytest.mark.parametrize(("sentence", "question", "date", "day"), [
    ("他今日拜访了报社。", "他8日拜访了哪个机构？", "2021-04-08", "4月8日"),
    ("昨天,市长视察了工地。", "市长3月1日视察了哪里？", "2024-03-02", "3月1日"),
    ("前天发生了地震。", "地震是哪天(5号)发生的？", "2024-01-01", "12月30日"),
    ("他今日拜访了报社。", "他拜访了哪个机构？", "2021-04-08", ""),  # the question asks with no day
    ("他8日拜访了报社。", "他8日拜访了哪个机构？", "2021-04-08", ""),  # the day is printed
    ("他今日拜访了报社。", "他8日拜访了哪个机构？", "", ""),  # the page has no date
    ("大会8日开幕,当天他拜访了报社。", "他8日拜访了哪个机构？", "2021-04-09", ""),  # 当天: the text's day
])
def test_a_relative_day_is_the_pages_date(sentence, question, date, day):
    assert relative_day(sentence, question, date) == day


@pytest.mark.parametrize(("paragraphs", "who"), [
    (["他就是报社要闻中心时政记者王大明。", "这是这名年轻的时政记者工作六年来的心得。"], "王大明"),
    (["村支书李小红和记者张三来到现场。", "这位村支书说,路修好了。"], "李小红"),  # the one named so, not the other
    (["时政记者王大明来了。", "这名男子说,明天开会。"], ""),  # described otherwise than he was named
    (["时政记者王大明来了。", "一。", "二。", "三。", "这名时政记者笑了。"], ""),  # too far back
])
def test_the_person_a_description_points_back_to(paragraphs, who):
    s = split_article(paragraphs)
    assert described_person(s, len(s) - 1, _people) == who
