"""The kind a which/what question asks for, read from a verbal noun after its question word ("哪一场革命"), and the
noun phrases of that kind that do not name one ("所有比赛", "全球首个…遗产"): sentences written for these tests."""

from __future__ import annotations

import pytest

from qa.answer.asked import asked_head, asked_verbal_head
from qa.answer.question import analyze
from qa.answer.short import headed
from qa.engine import build_engine
from qa.normalize import fold
from qa.types import Article, Paragraph


@pytest.mark.parametrize(("question", "head"), [
    ("俄国在1917年爆发了哪一场革命？", "革命"),
    ("他回国后开始进行什么研究？", "研究"),
    ("这座城市在上世纪推行了哪一种改革？", "改革"),
])
def test_a_verbal_noun_after_the_question_word_names_the_kind_asked(engine, question, head):
    info = analyze(question)
    assert asked_verbal_head(info, engine.tokenizer.pos) == head
    assert asked_head(info, engine.tokenizer.pos) == ""  # the slot's head stays a true noun


def test_a_noun_after_the_question_word_is_no_verbal_head(engine):
    info = analyze("这家工厂主要生产什么产品？")
    assert asked_verbal_head(info, engine.tokenizer.pos) == ""
    assert asked_head(info, engine.tokenizer.pos) == "产品"


@pytest.mark.parametrize(("sentence", "question", "head", "named", "not_named"), [
    # a determiner or a count before the asked noun picks out members of the kind, it names none
    ("他本赛季缺席了亚洲巡回赛，完成了其他所有比赛。", "他本赛季没有参加哪个比赛？", "比赛", "亚洲巡回赛",
     "其他所有比赛"),
    ("她参加了全部12场比赛，只在公开赛中途退赛。", "她中途退出了哪个比赛？", "比赛", "公开赛", "全部12场比赛"),
    # an ordinal describes the thing by its rank: the name is elsewhere in the sentence
    ("西湖文化景观被列入名录，成为全国首个湖泊类世界文化遗产。", "哪项遗产被列入名录？", "遗产", "西湖文化景观",
     "全国首个湖泊类世界文化遗产"),
])
def test_a_phrase_that_only_picks_out_the_asked_kind_is_no_name(typed, sentence, question, head, named, not_named):
    folded, spans = typed(sentence)
    got = {folded[s.start:s.end] for s, _ in headed(folded, spans, head, analyze(question).text)}
    assert fold(not_named) not in got
    assert not any(fold(not_named).endswith(t) and len(t) > len(head) for t in got)  # nor its tail after 首个
    if fold(named).endswith(head[-1]):
        assert fold(named) in got


@pytest.fixture(scope="module")
def revolutions(config):
    texts = [("革命", "1917年，俄罗斯帝国爆发了十月革命，随后退出了第一次世界大战。"),
             ("改革", "1978年以后，该国农村推行了家庭联产承包责任制改革，粮食产量逐年提高。"),
             ("港口", "这座港口每年吞吐集装箱超过三千万标准箱，是全国最繁忙的港口之一。"),
             ("大学", "该校创办于1911年，现有本科专业八十余个，在校学生三万多人。"),
             ("铁路", "这条铁路全长一千四百公里，设计时速三百五十公里，沿途设站二十四座。"),
             ("球队", "球队在主场以三比一战胜对手，取得本赛季的第五场胜利。")]
    articles = [Article(id=f"r{i}", file="t.json", headline=title,
                        paragraphs=(Paragraph(index=0, kind="body", text=t),)) for i, (title, t) in enumerate(texts)]
    return build_engine(config, articles=articles)


@pytest.mark.parametrize(("question", "gold"), [
    ("哪一场革命于1917年在俄罗斯爆发？", "十月革命"),
])
def test_the_name_ending_in_a_verbal_noun_asked_is_the_answer(revolutions, question, gold):
    a = revolutions.ask(question)
    assert not a.declined
    assert a.text == gold



@pytest.mark.parametrize(("sentence", "question", "head", "title"), [
    ("她在去年上映的电影《山海之间》中首次担任女主角。", "她在哪部电影中首次担任女主角？", "电影", "《山海之间》"),
    ("乐队今年推出的专辑《远方》收录了十首新歌。", "乐队今年推出了什么专辑？", "专辑", "《远方》"),
])
def test_a_title_printed_right_after_the_asked_noun_names_it(typed, sentence, question, head, title):
    folded, spans = typed(sentence)
    got = {folded[s.start:s.end]: firm for s, firm in headed(folded, spans, head, analyze(question).text)}
    assert got.get(fold(title)) == 1.0


def test_a_title_after_a_named_noun_is_a_part_of_it_not_its_name(typed):
    # "星光剧场节目《归途》": the programme is 星光剧场, 《归途》 one of its episodes
    folded, spans = typed("她参与制作了星光剧场节目《归途》的拍摄。")
    got = {folded[s.start:s.end] for s, _ in headed(folded, spans, "节目", "她是哪个节目的编导？")}
    assert fold("《归途》") not in got
