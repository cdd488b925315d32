"""copies.py: a line a page repeats (a photo credit under each picture) takes one slot of the sentences read."""

from __future__ import annotations

from qa.copies import distinct, search_distinct
from qa.engine import build_engine
from qa.types import Article, Hit, Paragraph, Sentence


def _hit(sid: str, article: str, text: str, score: float) -> Hit:
    return Hit(Sentence(id=sid, article_id=article, paragraph=0, kind="body", text=text, start=0, end=len(text)),
               score)


def test_later_copies_in_one_article_dropped():
    hits = [_hit("a:0", "a", "□记者李华摄", 3.0), _hit("a:1", "a", "□记者李华摄", 3.0),
            _hit("b:0", "b", "□记者李华摄", 3.0), _hit("a:2", "a", "叶明珠说。", 2.0)]
    # another article's copy stays: its headline and byline are another story's
    assert [h.sentence.id for h in distinct(hits)] == ["a:0", "b:0", "a:2"]


def test_search_refilled_past_the_copies():
    pool = [_hit(f"a:{i}", "a", "□记者李华摄", 3.0) for i in range(3)] + [_hit("a:9", "a", "叶明珠说。", 2.0)]
    asked: list[int] = []

    def search(n: int) -> list[Hit]:
        asked.append(n)
        return pool[:n]

    assert [h.sentence.id for h in search_distinct(search, 2)] == ["a:0", "a:9"]
    assert asked == [2, 4]
    asked.clear()
    assert len(search_distinct(search, 10)) == 2 and asked == [10]  # fewer than k: nothing more to fetch


def test_engine_reads_one_copy(config):
    credit = "融媒体中心记者李华摄。"
    photos = Article(id="p", file="x", headline="喜迎节日",
                     paragraphs=tuple(Paragraph(i, "body", credit) for i in range(3)))
    story = Article(id="s", file="y", headline="走基层", paragraphs=(
        Paragraph(0, "body", "寿宁县委宣传部副部长及融媒体中心主任叶明珠在座谈会上发言并介绍了本县的工作。"),))
    engine = build_engine(config, articles=[photos, story], backend="rank-bm25")
    hits = engine.retrieve("融媒体中心记者", 2)
    assert [h.sentence.article_id for h in hits] == ["p", "s"]
