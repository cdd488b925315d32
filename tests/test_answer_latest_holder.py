"""The holder now, for a post asked with no time (latest_holder.py): of the sentences holding the question as fully,
the latest page's is read first; a question of a time, or rows holding less of it, keep their rank order."""

from __future__ import annotations

from candidates import sentence_of
from stories import FILLER

from qa.answer.features import Ranked
from qa.answer.latest_holder import latest_first
from qa.answer.question import analyze
from qa.config import load_config
from qa.engine import Engine
from qa.types import Article, Hit, Paragraph

_OLD = "新西兰总理杰辛达·阿德恩没有出席周三的中国新年招待会,但特意录制了视频。"
_NEW = "新西兰总理克里斯托弗·拉克森六月访华,中国对新西兰护照持有者免签30天。"


def _rows(cov_new: float = 1.0) -> tuple[list[Ranked], dict[str, str]]:
    old, new = sentence_of(_OLD, "o:0:0"), sentence_of(_NEW, "n:0:0")
    rows = [Ranked(Hit(old, 9.0), 12.4, 1.0), Ranked(Hit(new, 8.8), 12.3, cov_new)]
    return rows, {"o:0:0": "2019-02-14", "n:0:0": "2025-12-24"}


def test_the_latest_page_s_row_is_read_first_for_a_post_asked_with_no_time():
    rows, dates = _rows()
    got = latest_first(analyze("新西兰总理是谁？"), "新西兰总理", rows, lambda r: dates[r.hit.sentence.id])
    assert got[0].hit.sentence.text == _NEW


def test_a_time_asked_or_a_row_holding_less_keeps_the_rank_order():
    rows, dates = _rows()
    for q in ("2019年新西兰总理是谁？", "时任新西兰总理是谁？", "新西兰前任总理是谁？"):
        got = latest_first(analyze(q), "新西兰总理", rows, lambda r: dates[r.hit.sentence.id])
        assert got[0].hit.sentence.text == _OLD
    rows, dates = _rows(cov_new=0.8)
    got = latest_first(analyze("新西兰总理是谁？"), "新西兰总理", rows, lambda r: dates[r.hit.sentence.id])
    assert got[0].hit.sentence.text == _OLD
    dates["o:0:0"] = ""  # (an undated page may be the latest)
    rows, _ = _rows()
    got = latest_first(analyze("新西兰总理是谁？"), "新西兰总理", rows, lambda r: dates[r.hit.sentence.id])
    assert got[0].hit.sentence.text == _OLD


def test_the_engine_answers_the_latest_page_s_holder():
    def article(i: str, date: str, headline: str, text: str) -> Article:
        return Article(id=f"{i}#0", file=f"{i}.txt", headline=headline, date=date,
                       paragraphs=(Paragraph(0, "body", text),))
    articles = [article("old", "2019-02-14", "新西兰政府举办中国新年招待会", _OLD),
                article("new", "2025-12-24", "2025年回顾", _NEW)]
    articles += [Article(id=f"f#{i}", file="f.json", headline="", paragraphs=(Paragraph(0, "body", t),))
                 for i, t in enumerate(FILLER)]
    got = Engine.from_articles(load_config(), articles).ask("新西兰总理是谁？")
    assert not got.declined and "拉克森" in got.text
