"""A post asked of a city's body is read only off articles that name that city: another city's sentences, which
print their own city bare ("市委副书记、市长朱健…"), take no place among the sentences read, so the asked city's
sentence ranked below them is reached (people_answer._elsewhere, people.body_place_unnamed)."""

from __future__ import annotations

from qa.answer.people import body_place_unnamed
from qa.engine import build_engine
from qa.types import Article, Paragraph


def _article(i: int, headline: str, *texts: str) -> Article:
    return Article(id=f"a{i}", file=f"t{i}.txt", headline=headline,
                   paragraphs=tuple(Paragraph(index=k, kind="body", text=t) for k, t in enumerate(texts)))


def test_the_asked_citys_sentence_below_another_citys_is_read(config):
    config = config.replace(**{"composer.sentences": 1, "composer.min_score": 0.0})  # the best sentence read
    engine = build_engine(config, articles=[
        # another city's report: its 市委副书记 is 衡阳's, and it ranks first (it holds more of the question)
        _article(0, "衡阳重大项目集中开工", "衡阳市重大项目今日集中开工。",
                 "市委副书记、市长朱健,市委副书记李华出席。"),
        _article(1, "", "政协第六届吴忠市委员会第三次会议举行第二次全体会议。",
                 "本次大会应出席委员263人,实到245人,符合规定人数。会议听取了关于提案工作情况的报告,审议通过了"
                 "各项决议草案,委员们围绕经济社会发展大局踊跃发言,提出了许多有价值的意见和建议。",
                 "市委书记王学军,市委副书记王汉武出席会议。"),
        # (other reports, so that the post's words are rare enough to retrieve by)
        *(_article(2 + i, f"第{i}届农民丰收节", f"第{i}届农民丰收节在县城广场开幕,村民展示了今年的收成。")
          for i in range(6)),
    ])
    a = engine.ask("吴忠市委副书记是谁?")
    assert not a.declined
    assert a.text == "王汉武"


def test_body_place_unnamed():
    assert body_place_unnamed("吴忠市委副书记", "衡阳市重大项目集中开工。市委副书记、市长朱健出席。")
    assert not body_place_unnamed("吴忠市委副书记", "政协第六届吴忠市委员会第三次会议。市委副书记王汉武出席。")
    assert not body_place_unnamed("外交部发言人", "外交部发言人汪文斌主持例行记者会。")  # no place's body asked


def test_more_than_the_place_before_the_level():
    # "芜湖团|市委书记", "民盟闵行|区委主委": the place is one end of the words before the body
    assert not body_place_unnamed("芜湖团市委书记", "芜湖市召开青年工作会议。团市委书记韦秀芳讲话。")
    assert not body_place_unnamed("民盟闵行区委主委", "闵行区政协召开会议。民盟区委主委董学平发言。")
