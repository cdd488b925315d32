"""Every article's lead (its first body sentence's id, its headline and outlet, those with the first sentence:
what same_article.py reads of each retrieved article) is made with the composer, and a reload keeps the ones of
the articles it kept. They must be what `Composer._lead` made lazily before, on real pages."""

from __future__ import annotations

import json
from pathlib import Path

from qa.engine import Engine
from qa.normalize import fold

PAGES = sorted((Path(__file__).parent / "data" / "pages").glob("*.txt"))[:60]


def _lead_of(corpus, article) -> tuple[str, str, str]:
    """The lead as the lazy `_lead` made it, read here another way (all the article's sentences, not first_of)."""
    own = fold(article.headline + " " + article.subheadline) + " " + fold(article.source or "")
    first = next((s for s in corpus.sentences_of(article.id) if s.kind == "body"), None)
    return (first.id, own, own + " " + first.folded) if first is not None else ("", own, own + " ")


def test_every_article_has_its_lead_on_real_pages(config):
    engine = Engine.load(config, corpus=PAGES)
    composer = engine._state.composer
    corpus = engine.corpus
    assert len(corpus.articles) > 60 and any(a.source for a in corpus.articles)  # (outlets named too)
    assert set(composer._leads) == {a.id for a in corpus.articles}  # made before any question
    for a in corpus.articles:
        assert composer._leads[a.id] == _lead_of(corpus, a), a.id
    # and what the lazy path makes now, with nothing cached
    composer._leads.clear()
    composer._headlines.clear()
    composer._outlets.clear()
    assert all(composer._lead(a.id) == _lead_of(corpus, a) for a in corpus.articles)


def _jsonl(folder: Path, name: str, rows: list[tuple[str, str, str]]) -> None:
    (folder / name).write_text("".join(json.dumps({"id": i, "title": t, "text": x}, ensure_ascii=False) + "\n"
                                       for i, t, x in rows), encoding="utf-8")


def test_a_reload_keeps_the_unchanged_articles_leads_and_makes_the_others(config, tmp_path):
    cfg = config.replace(**{"index.cache_dir": str(tmp_path / "cache")})
    folder = tmp_path / "corpus"
    folder.mkdir()
    _jsonl(folder, "a.jsonl", [("a1", "西湖新馆开放", "西湖边新开了一家图书馆。馆内藏书十万册。")])
    _jsonl(folder, "b.jsonl", [("b1", "安吉新闻", "安吉县综治中心整合了12个部门。中心于去年成立。")])
    engine = Engine.load(cfg, corpus=folder)
    before = engine._state.composer._leads
    _jsonl(folder, "b.jsonl", [("b1", "安吉縣綜治中心掛牌", "綜治中心整合了十二個部門。")])  # the same id, changed
    _jsonl(folder, "c.jsonl", [("c1", "会议召开", "会议在市政府召开。")])
    assert engine.reload(force=True)
    composer, corpus = engine._state.composer, engine.corpus
    assert composer._leads["a1"] is before["a1"]  # kept: its file did not change
    assert composer._leads["b1"] != before["b1"]
    for a in corpus.articles:
        assert composer._leads[a.id] == _lead_of(corpus, a), a.id
    assert composer._leads["b1"][1].startswith("安吉县综治中心挂牌")  # the new headline, folded
