"""The index cache under damage: an unreadable folder, a writer killed mid-save, a file whose arrays lie."""

from __future__ import annotations

import logging
import os
import pathlib
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qa.engine import Engine

from conftest import SEEDS

QUESTIONS = ["谁主持了会议？", "会议在哪里召开？", "东白马湖社区青年人群占比是多少？"]


@pytest.fixture()
def cfg(config, tmp_path):
    return config.replace(**{"index.cache_dir": str(tmp_path / "cache")})


def _answers(engine: Engine) -> list[tuple]:
    return [(a.text, a.declined, [h.sentence.id for h in engine.retrieve(q)]) for q in QUESTIONS
            for a in [engine.ask(q)]]


@pytest.fixture()
def built(cfg):
    """(engine that built and saved the index, its cache file, its answers)."""
    engine = Engine.load(cfg, corpus=SEEDS)
    path = Path(engine.retriever.stats()["cache"])
    assert path.is_file() and not engine.retriever.stats()["loaded"]
    return engine, path, _answers(engine)


def test_a_saved_index_is_loaded_and_answers_alike(cfg, built):
    _, path, answers = built
    again = Engine.load(cfg, corpus=SEEDS)
    assert again.retriever.stats()["loaded"] and _answers(again) == answers


def _damage(path: Path, **change) -> None:
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    for key, fn in change.items():
        arrays[key] = fn(arrays[key].copy())
    with open(path, "wb") as fh:
        np.savez(fh, **arrays)


def _set(i, value):
    def fn(a):
        a[i] = value
        return a
    return fn


@pytest.mark.parametrize("change,why", [
    ({"indices": _set(0, 10**6)}, "sentence numbers out of range"),
    ({"indices": _set(-1, -3)}, "sentence numbers out of range"),
    ({"data": _set(0, np.nan)}, "weights that are not finite"),
    ({"data": _set(3, np.inf)}, "weights that are not finite"),
    ({"data": _set(1, -2.0)}, "weights that are not finite and positive"),
    ({"idf": _set(0, np.nan)}, "IDF or sentence lengths"),
    ({"doc_len": _set(0, -1.0)}, "IDF or sentence lengths"),
    ({"indptr": lambda a: _set(1, a[-1])(a)}, "inconsistent row offsets"),  # a row that ends before it starts
    ({"data": lambda a: a[:-1]}, ""),  # scipy refuses it, in its own words
    ({"data": lambda a: a.astype(np.int64)}, "unexpected array types"),
])
def test_a_damaged_cache_is_rebuilt_with_a_warning(cfg, built, caplog, change, why):
    _, path, answers = built
    _damage(path, **change)
    with caplog.at_level(logging.WARNING, logger="qa.retrieve"):
        engine = Engine.load(cfg, corpus=SEEDS)
    assert not engine.retriever.stats()["loaded"]
    assert f"index cache {path} is unusable ({why}" in caplog.text
    assert _answers(engine) == answers
    assert Engine.load(cfg, corpus=SEEDS).retriever.stats()["loaded"]  # the rebuilt file was saved


def test_an_unreadable_cache_folder_builds_in_memory(cfg, built, caplog, monkeypatch):
    _, path, answers = built
    folder = path.parent
    if os.geteuid() == 0:  # root reads a chmod 000 folder: make the folder refuse it the way it refuses others
        real_stat = pathlib.Path.stat

        def stat(self, *args, **kwargs):
            if self.parent == folder:
                raise PermissionError(13, "Permission denied", str(self))
            return real_stat(self, *args, **kwargs)

        monkeypatch.setattr(pathlib.Path, "stat", stat)
    else:
        folder.chmod(0)
    try:
        with caplog.at_level(logging.WARNING, logger="qa.retrieve"):
            engine = Engine.load(cfg, corpus=SEEDS)
    finally:
        folder.chmod(0o755)
    assert f"index cache folder {folder} is not usable" in caplog.text
    stats = engine.retriever.stats()
    assert not stats["loaded"] and stats["cache"] == ""
    assert _answers(engine) == answers


def test_temp_files_of_dead_writers_are_removed_at_the_next_start(cfg, built):
    _, path, answers = built
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = path.with_name(f".{path.name}.{dead.pid}.tmp")
    live = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # a writer still at work: not ours to remove
    for f in (stale, live):
        f.write_bytes(b"half a file")
    engine = Engine.load(cfg, corpus=SEEDS)
    assert not stale.exists() and live.exists()
    assert engine.retriever.stats()["loaded"] and _answers(engine) == answers
