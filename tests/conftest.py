"""Shared fixtures: the project's config with a private cache folder, an engine over the seed page, and the typed
spans a sentence gives."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from qa.answer.typed import extract
from qa.config import PROJECT_ROOT, load_config
from qa.engine import Engine
from qa.normalize import fold

SEEDS = PROJECT_ROOT / "seeds"
SEED_FILE = SEEDS / "000_e793ffdc905f98c5.txt"
QA_BIN = Path(sys.executable).with_name("qa")  # the real console script of this venv

# Loopback traffic must never go through a proxy.
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("qa-cache")


@pytest.fixture(scope="session")
def config(cache_dir):
    """The default config, with the index cache in a temporary folder."""
    return load_config().replace(**{"index.cache_dir": str(cache_dir)})


@pytest.fixture(scope="session")
def engine(config) -> Engine:
    """One engine over the seed page for the whole run (read-only: do not reload it)."""
    return Engine.load(config, corpus=SEEDS)


@pytest.fixture(scope="session")
def typed(engine):
    """The sentence's typed spans (noun phrases, names, places, …) as the composer finds them."""
    def spans(text):
        folded = fold(text)
        return folded, extract(folded, engine.tokenizer.pos(folded))
    return spans
