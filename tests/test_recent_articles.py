"""SentenceTable.of_article remembers the last articles' sentences: the same sentences as made afresh, a list
of its own to each caller, and no more than _RECENT_ARTICLES articles kept."""

from __future__ import annotations

from qa import split
from qa.split import SentenceTable
from qa.types import Article, Paragraph


def _article(i: int) -> Article:
    return Article(id=f"a{i}", file="x.txt", headline=f"标题{i}",
                   paragraphs=(Paragraph(0, "headline", f"标题{i}"), Paragraph(1, "body", f"第一句{i}。第二句{i}！")))


def test_remembered_sentences_are_those_made_afresh() -> None:
    articles = [_article(i) for i in range(split._RECENT_ARTICLES + 5)]
    table = SentenceTable(articles)
    first = table.of_article(3)
    again = table.of_article(3)
    assert first == again == [table[i] for i in range(9, 12)]
    assert first is not again  # a caller may change its list without changing the next caller's
    first.append(first[0])
    assert table.of_article(3) == again
    for i in range(len(articles)):
        assert [s.article_id for s in table.of_article(i)] == [f"a{i}"] * 3
    assert len(table._recent) == split._RECENT_ARTICLES
    assert 0 not in table._recent and len(articles) - 1 in table._recent
