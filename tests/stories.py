"""A small engine over a few made-up stories, with filler articles so that BM25's statistics behave as on a
corpus (a word in every document would score nothing): what the composer tests ask their questions of."""

from __future__ import annotations

from collections.abc import Sequence

from qa.config import Config, load_config
from qa.engine import Engine
from qa.types import Article, Paragraph

FILLER = ["杭州今天下雨，气温十八度。", "市政府召开常务会议，研究部署防汛工作。", "该书共分十二章，介绍了茶叶的历史。",
          "图书馆周末照常开放。", "新车站预计明年投入使用。", "学校组织学生参观博物馆。"]


def engine_of(stories: Sequence[tuple[str, Sequence[str]]], prefix: str = "n", config: Config | None = None) -> Engine:
    """An engine over `stories` (headline, paragraphs), one article each, and the filler articles."""
    articles = [Article(id=f"{prefix}#{i}", file=f"{prefix}.json", headline=h,
                        paragraphs=tuple(Paragraph(j, "body", t) for j, t in enumerate(ps)))
                for i, (h, ps) in enumerate(stories)]
    articles += [Article(id=f"f#{i}", file="f.json", headline="", paragraphs=(Paragraph(0, "body", t),))
                 for i, t in enumerate(FILLER)]
    return Engine.from_articles(config or load_config(), articles)
