"""An engine over one made-up page and three unrelated briefs, for composer tests that ask a whole page: the
briefs give BM25 other articles to weigh the page's words against, as a real corpus would; and the rows (test_pages'
structure: headline, byline, paragraphs …) the loader reads off one made-up page, for the loader's tests."""

from __future__ import annotations

from pathlib import Path

from qa.config import Config
from qa.engine import Engine
from qa.lint import article_row
from qa.load import load_corpus

BRIEFS = ("\n天气预报\n\n今天多云,最高气温22度。\n\n运动会开幕\n\n"
          "全市中学生运动会昨日在体育馆开幕,三千多名学生参加。\n\n图书馆延长开放\n\n市图书馆下月起延长开放时间至晚上十时。\n")


def page_engine(config: Config, folder: Path, text: str, name: str = "page.txt") -> Engine:
    """An engine over `text` (saved as `name` in `folder`) followed by the briefs."""
    (folder / name).write_text(text + BRIEFS, encoding="utf-8")
    return Engine.load(config, corpus=folder)


def page_rows(folder: Path, text: str) -> list[dict]:
    """The articles the loader reads off `text` written as one page (x_20200101.txt) in `folder`, as rows."""
    page = folder / "x_20200101.txt"
    page.write_text(text, encoding="utf-8")
    corpus = load_corpus([page])
    return [article_row(a, corpus) for a in corpus.articles]
