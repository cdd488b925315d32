"""A count asked of a noun ("多少名非公有制经济代表人士") answered by the figure printed after the noun and a word
of total ("非公有制经济代表人士共339名"): the noun reaching into the ten characters before the figure is near it,
so the count is not declined as another thing's (agreement.other_counted)."""

from __future__ import annotations

from qa.engine import build_engine
from qa.types import Article, Paragraph


def _article(i: int, headline: str, *texts: str) -> Article:
    return Article(id=f"a{i}", file=f"t{i}.txt", headline=headline,
                   paragraphs=tuple(Paragraph(index=k, kind="body", text=t) for k, t in enumerate(texts)))


def _engine(config):
    return build_engine(config, articles=[
        _article(0, "", "大会选举产生了由487人组成的全国工商联第十二届执行委员会。"
                 "其中,非公有制经济代表人士共339名,占执委总数的69.6%。"),
        # (other reports, so that the question's words are rare enough to retrieve by)
        *(_article(1 + i, f"第{i}届农民丰收节", f"第{i}届农民丰收节在县城广场开幕,村民展示了今年的收成。")
          for i in range(6)),
    ])


def test_the_noun_printed_just_before_the_ten_characters_is_near_the_count(config):
    a = _engine(config).ask("全国工商联第十二届执行委员会中有多少名非公有制经济代表人士?")
    assert not a.declined
    assert "339" in a.text
