"""A best sentence about another year or place declines a who/what/where answer only when no other candidate of
the asked type, from a sentence that agrees with the question, answers it (compose: _OTHER_SENTENCE_MAY_ANSWER).
A figure or a date asked of another year or place stays declined (the news suites hold those cases: pages15's
"2022全国地方媒体总编辑…有多少家", pages21's "潍坊市一季度进出口")."""

from __future__ import annotations

from qa.engine import build_engine
from qa.types import Article, Paragraph

# the ground of 1890–1893 is told in one sentence; another names the club's usual ground with other years
_ARSENAL = ("阿森納女子足球俱樂部為阿森納的屬會。此外，阿森納在成立初期於曼諾球場比賽。1890年至1893年，曾短暫遷至"
            "恩域塔球場。初期的曼諾球場只是一片草地，直至1893年9月，阿森納首次踢聯賽時，便增加了看台和座位。除了"
            "1894-95賽季外，他們在曼諾球場比賽了20年，直至1913年才搬往海布里球場。")


def test_the_sentence_of_the_years_asked_answers(config):
    engine = build_engine(config, articles=[Article(id="a0", file="t.json", headline="阿森纳足球俱乐部",
                                                     paragraphs=(Paragraph(index=0, kind="body", text=_ARSENAL),))])
    a = engine.ask("阿森納於1890年至1893年時在哪一個球場比賽?")
    assert not a.declined
    assert a.text == "恩域塔球場"
