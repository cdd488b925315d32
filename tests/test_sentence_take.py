"""SentenceTable.take (retrieval's hits made at once) gives the sentences indexing gives, row by row, in the
order asked (repeats and any order), with every field the same."""

from __future__ import annotations

from dataclasses import astuple

from qa.split import SentenceTable
from qa.types import Article, Paragraph


def _article(i: int) -> Article:
    return Article(id=f"a{i}", file="x.txt", headline=f"标题{i}",
                   paragraphs=(Paragraph(0, "headline", f"标题{i}"),
                               Paragraph(1, "body", f"第一句{i}。第二句{i}！第三句，{i}？"),
                               Paragraph(2, "byline", f"记者 某{i}")))


def test_take_is_indexing_row_by_row() -> None:
    table = SentenceTable([_article(i) for i in range(7)])
    rows = [len(table) - 1, 0, 5, 5, 12, 3, len(table) // 2]
    got = table.take(rows)
    assert [astuple(s) for s in got] == [astuple(table[i]) for i in rows]
    assert [s.kind for s in table.take(range(len(table)))] == [s.kind for s in table]
    assert table.take([]) == []


def test_an_articles_sentences_and_lead_are_indexing_row_by_row() -> None:
    """of_article (its columns sliced once) and first_of (one slice of the paragraph column) give what indexing
    the rows one by one gives: every article's sentences in order, and its first sentence of a kind."""
    articles = [_article(i) for i in range(5)]
    table = SentenceTable(articles)
    for position, article in enumerate(articles):
        rows = [i for i in range(len(table)) if table[i].article_id == article.id]
        assert [astuple(s) for s in table.of_article(position)] == [astuple(table[i]) for i in rows]
        for kind in ("headline", "body", "byline", "credit"):
            first = next((table[i] for i in rows if table[i].kind == kind), None)
            got = table.first_of(position, kind)
            assert (astuple(got) if got else None) == (astuple(first) if first else None)
