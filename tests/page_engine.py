"""An engine over one made-up page and three unrelated briefs, for composer tests that ask a whole page: the
briefs give BM25 other articles to weigh the page's words against, as a real corpus would."""

from __future__ import annotations

from pathlib import Path

from qa.config import Config
from qa.engine import Engine

BRIEFS = ("\n天气预报\n\n今天多云,最高气温22度。\n\n运动会开幕\n\n"
          "全市中学生运动会昨日在体育馆开幕,三千多名学生参加。\n\n图书馆延长开放\n\n市图书馆下月起延长开放时间至晚上十时。\n")


def page_engine(config: Config, folder: Path, text: str, name: str = "page.txt") -> Engine:
    """An engine over `text` (saved as `name` in `folder`) followed by the briefs."""
    (folder / name).write_text(text + BRIEFS, encoding="utf-8")
    return Engine.load(config, corpus=folder)
