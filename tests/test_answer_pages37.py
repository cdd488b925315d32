"""Composer rules of the pages37 branch: whose reporter someone is (employer.py), a count printed after the noun
it counts (postposed_count.py), a name-like place before its city's committee (names.py)."""

from __future__ import annotations

import pytest

from qa.answer.employer import employer_asked, employers
from qa.answer.names import persons
from qa.answer.postposed_count import postposed_touch
from qa.answer.slots import Slot


@pytest.mark.parametrize(("question", "asked"), [
    ("李泽育是哪家媒体的记者？", ("李泽育", "记者")),
    ("张三是哪个报社的通讯员", ("张三", "通讯员")),
    ("李泽育是哪里人？", ("", "")),  # a home asked, not an outlet
    ("李泽育是记者吗？", ("", "")),
])
def test_the_person_whose_outlet_is_asked(question, asked):
    assert employer_asked(question) == asked


@pytest.mark.parametrize(("text", "outlets"), [
    ("吉林旅游广播记者李泽育表示,第一次这么近距离感受朝鲜族民俗文化。", ["吉林旅游广播"]),
    ("据新华社记者 李泽育报道,会议昨天闭幕。", ["新华社"]),
    ("记者李泽育表示,感触很深。", []),  # no outlet printed
    ("吉林旅游广播记者王五表示,感触很深。", []),  # another reporter
])
def test_the_outlet_before_the_role_and_name(text, outlets):
    assert [text[s.start:s.end] for s in employers(text, "李泽育", "记者")] == outlets


def _slot(text: str, left: str, right: str) -> Slot:
    # the anchors found whole, the right one right after the left: "可吸纳|务工人员"
    le = text.index(left) + len(left)
    return Slot(start=le, end=le, left=len(left), right=len(right), left_end=le, right_start=text.index(right),
                left_found=len(left), right_found=len(right), left_len=len(left), right_len=len(right))


def test_a_count_after_the_noun_asked_sits_in_the_slot():
    text = "现在20个大棚可吸纳务工人员50余人,人均年增收达3万元"
    slot = _slot(text, "大棚可吸纳", "务工人员")
    at = text.index("50余人")
    assert postposed_touch(slot, text, at, at + 4, 0.0) == 1.0
    at = text.index("20个")
    assert postposed_touch(slot, text, at, at + 3, 1.0) == 0.0  # it counts the greenhouses, not the workers


def test_without_a_count_after_the_noun_the_touch_stands():
    text = "现在20个大棚可吸纳务工人员,人均年增收达3万元"
    slot = _slot(text, "大棚可吸纳", "务工人员")
    at = text.index("20个")
    assert postposed_touch(slot, text, at, at + 3, 1.0) == 1.0


def test_a_place_before_its_citys_committee_is_no_person(engine):
    text = "桂平市委常委、宣传部部长,广西日报社贵港记者站站长等先后发言。"
    pos = list(engine.tokenizer.pos(text))
    assert "桂平" not in [text[s.start:s.end] for s in persons(text, pos)]
    text = "市委常委、宣传部部长郭昌荣出席座谈会并讲话。"
    pos = list(engine.tokenizer.pos(text))
    assert "郭昌荣" in [text[s.start:s.end] for s in persons(text, pos)]


def _signed(byline: str, reporters: tuple[str, ...], text: str, kind: str = "byline"):
    from qa.load import corpus_from_articles
    from qa.types import Article, Byline, Paragraph
    texts = [("body", text), (kind, byline)]
    article = Article(id="p#0", file="p.txt", headline="", paragraphs=tuple(
        Paragraph(i, k, t) for i, (k, t) in enumerate(texts)),
        byline=Byline(text=byline, reporters=reporters),
        credit=Byline(text=byline, reporters=reporters, photographers=reporters) if kind == "credit" else Byline())
    return corpus_from_articles([article])


def _ask(corpus, question, places=None):
    from qa.answer.byline import byline_answer
    from qa.answer.question import analyze
    from qa.types import Hit
    ranked = [(Hit(s, 2.0), 1.0) for s in corpus.sentences_of("p#0")]
    return byline_answer(question, analyze(question), corpus, ranked, places=places)


def test_a_text_and_photo_credit_names_the_writer():
    corpus = _signed("鐘 瑜 李林烜 文/圖", ("鐘瑜", "李林烜"), "赣州援粤物资装车运往深圳。", kind="credit")
    answer = _ask(corpus, "赣州援粤物资装车运往深圳的报道作者是谁？")
    assert answer is not None and not answer.declined and "李林烜" in answer.text


def test_a_credit_line_labelling_the_writer_before_the_photographer_names_the_writer():
    # 珍珠快讯 (Penang): "报导:冯芷芸 摄影:Adleena Rahayu Ahmad Radzi" after a rule at the report's end
    corpus = _signed("报导:冯芷芸 摄影:Adleena Rahayu Ahmad Radzi", ("冯芷芸",),
                     "槟州政府决定在各地设置门牌税咨询柜台。", kind="credit")
    answer = _ask(corpus, "门牌税咨询柜台的报导是谁写的？")
    assert answer is not None and not answer.declined and answer.text == "冯芷芸"


def test_another_kind_of_reporter_than_the_one_asked_is_not_the_writer():
    text = "11月6日,我市在市区举行庆祝第26个中国记者节座谈会。"
    corpus = _signed("作者:全媒体记者张庆杰", ("张庆杰",), text)
    answer = _ask(corpus, "庆祝第26个中国记者节座谈会的报道是哪位融媒体记者写的？")
    assert answer is not None and answer.declined
    answer = _ask(corpus, "庆祝第26个中国记者节座谈会的报道是哪位全媒体记者写的？")
    assert answer is not None and answer.text == "张庆杰"


def test_a_story_of_another_place_is_not_the_one_asked():
    text = "11月6日,庆祝第26个中国记者节座谈会在县大礼堂召开。"
    corpus = _signed("融媒体记者:陈时雨", ("陈时雨",), text)
    places = lambda t: ["贵港"] if "贵港" in t else []  # noqa: E731 (the tagger's place names of the topic)
    assert _ask(corpus, "贵港记者节座谈会的报道作者是谁？", places) is None
    answer = _ask(corpus, "记者节座谈会的报道作者是谁？", places)
    assert answer is not None and answer.text == "陈时雨"
