"""A post asked by a clause before its 的 ("转述…握手寒暄的国发会主委", "到…机场迎接…的中国驻新加坡大使"): when the
sentence holds nearly all the question's words, the clause is told there in any order (after the name, around a
row of posts), so the post after the 的 alone is sought and the clause is not read as its owner
(people.clause_of, people_answer._people)."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.people import clause_of
from qa.engine import build_engine
from qa.types import Article, Paragraph


def _article(i: int, headline: str, *texts: str) -> Article:
    return Article(id=f"a{i}", file=f"t{i}.txt", headline=headline,
                   paragraphs=tuple(Paragraph(index=k, kind="body", text=t) for k, t in enumerate(texts)))


def _engine(config, *texts: str):
    return build_engine(config, articles=[
        _article(0, "领袖会议", *texts),
        # (other reports, so that the question's words are rare enough to retrieve by)
        *(_article(1 + i, f"第{i}届农民丰收节", f"第{i}届农民丰收节在县城广场开幕,村民展示了今年的收成。")
          for i in range(6)),
    ])


def test_the_deed_told_after_the_holders_name(config):
    engine = _engine(config, "国发会主委陈美伶转述,对话结束后习近平主动走过来与宋楚瑜握手寒暄。")
    a = engine.ask("转述习近平与宋楚瑜握手寒暄的国发会主委是谁?")
    assert not a.declined
    assert a.text == "陈美伶"


def test_the_deed_told_around_a_row_of_posts(config):
    engine = _engine(config, "宋楚瑜入场后与汶莱首相包奇亚、新加坡总理李显龙、泰国总理帕拉育等人互动。")
    a = engine.ask("与宋楚瑜互动的汶莱首相是谁?")
    assert not a.declined
    assert a.text == "包奇亚"


def test_clause_of():
    assert clause_of("到广州机场迎接李显龙的中国驻新加坡大使", pos_tags) == ("到广州机场迎接李显龙", "中国驻新加坡大使")
    assert clause_of("中国的外交部长", pos_tags) == ("", "中国的外交部长")  # too short to tell a deed
    assert clause_of("国发会主委", pos_tags) == ("", "国发会主委")
    assert clause_of("仁川国际机场公司的总裁", pos_tags) == ("", "仁川国际机场公司的总裁")  # its owner
    assert clause_of("2015年3月与王毅举行会谈的南韩外交部长", pos_tags)[1] == "南韩外交部长"
    assert clause_of("与宋楚瑜握手的人", pos_tags) == ("", "与宋楚瑜握手的人")  # no post after the 的


def test_a_meeting_told_by_hui_wu_is_a_deed_before_the_post():
    # "…时会晤的|全国政治协商会议主席" (共同网's page, pages56): 会晤 tells whom the visitors met, no owner of the post
    assert clause_of("森山裕等人访问中国时会晤的全国政治协商会议主席", pos_tags) == (
        "森山裕等人访问中国时会晤", "全国政治协商会议主席")
