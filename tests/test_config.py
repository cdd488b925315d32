"""The typed config: defaults, overrides, and errors that name the file and the key."""

from __future__ import annotations

import pytest

from qa.config import DEFAULT_CONFIG, Config, ConfigError, load_config


def test_default_config_loads_and_resolves_paths():
    cfg = load_config()
    assert isinstance(cfg, Config)
    assert cfg.index.backend == "sparse" and cfg.index.k1 == 1.5
    assert cfg.path(cfg.corpus.paths[0]).is_dir()
    assert cfg.path(cfg.tokenizer.stopwords).is_file()


def test_qa_config_env_selects_another_file(tmp_path, monkeypatch):
    f = tmp_path / "c.yaml"
    f.write_text("retrieve:\n  top_k: 3\nindex:\n  k1: 1.2\n", encoding="utf-8")
    monkeypatch.setenv("QA_CONFIG", str(f))
    cfg = load_config()
    assert cfg.retrieve.top_k == 3 and cfg.index.k1 == 1.2 and cfg.index.b == 0.75
    assert cfg.base_dir == str(tmp_path)


@pytest.mark.parametrize("text,message", [
    ("index:\n  kone: 1.2\n", "unknown key 'index.kone'"),
    ("bogus: 1\n", "unknown key 'bogus'"),
    ("index:\n  k1: fast\n", "'index.k1' must be a number"),
    ("retrieve:\n  top_k: 2.5\n", "'retrieve.top_k' must be an integer"),
    ("index:\n  backend: elastic\n", "'index.backend' must be one of"),
    ("tokenizer:\n  hmm: maybe\n", "'tokenizer.hmm' must be true or false"),
    ("corpus:\n  paths: seeds\n", "'corpus.paths' must be a list"),
    ("index: [1, 2]\n", "'index' must be a mapping"),
    ("retrieve:\n  top_k: 0\n", "'retrieve.top_k' must be more than 0"),
    ("session:\n  max_sessions: -3\n", "'session.max_sessions' must be more than 0"),
    ("index:\n  k1: 1.2\n   b: [\n", "line"),
])
def test_bad_config_names_file_and_key(tmp_path, text, message):
    f = tmp_path / "bad.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(f)
    assert str(f) in str(err.value) and message in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read config"):
        load_config(tmp_path / "nope.yaml")


def test_replace_dotted():
    cfg = load_config(DEFAULT_CONFIG).replace(**{"index.backend": "rank-bm25", "retrieve.top_k": 9})
    assert cfg.index.backend == "rank-bm25" and cfg.retrieve.top_k == 9
