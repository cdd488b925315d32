"""The loaded engine is frozen out of the garbage collector's generations (engine.py: a full collection would
walk the whole corpus and index on some question); a reload or a dropped engine leaves nothing frozen behind."""

from __future__ import annotations

import gc
import weakref

from qa.engine import Engine

PAGE = "# {title}\n\n本报记者 {name}\n\n{body}\n"


def test_a_loaded_engine_is_frozen_and_a_dropped_one_is_freed(config, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE.format(title="西湖新馆", name="王小明", body="西湖新馆昨日开放。"),
                                  encoding="utf-8")
    gc.unfreeze()
    engine = Engine.load(config.replace(**{"index.cache_dir": str(tmp_path / "cache")}), corpus=folder)
    assert gc.get_freeze_count() > 0
    composer = weakref.ref(engine._state.composer)
    del engine
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert composer() is None  # it sits in a cycle: only the collector frees it, which a freeze would forbid


def test_a_reload_collects_the_old_state_and_freezes_the_new(config, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE.format(title="西湖新馆", name="王小明", body="西湖新馆昨日开放。"),
                                  encoding="utf-8")
    engine = Engine.load(config.replace(**{"index.cache_dir": str(tmp_path / "cache")}), corpus=folder)
    engine.ask("西湖新馆什么时候开放？")
    old = weakref.ref(engine._state.composer)
    (folder / "b.txt").write_text(PAGE.format(title="安吉新闻", name="李洁", body="安吉新馆今日开工。"),
                                  encoding="utf-8")
    assert engine.reload(force=True)
    assert old() is None  # collected by the reload, not left frozen
    assert gc.get_freeze_count() > 0
    assert engine.ask("安吉新馆什么时候开工？").text
