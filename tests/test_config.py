"""The typed config: defaults, overrides, and errors that name the file and the key."""

from __future__ import annotations

import dataclasses
import subprocess
import typing

import pytest
import yaml

from qa.config import DEFAULT_CONFIG, PROJECT_ROOT, RANGES, Config, ConfigError, load_config, numbers, range_of
from qa.tokenize import Tokenizer

from conftest import QA_BIN


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


def test_a_user_file_is_merged_over_the_defaults_key_by_key(tmp_path):
    f = tmp_path / "c.yaml"
    f.write_text("index:\n  cache_dir: my-cache\ncomposer:\n  max_span: 30\n", encoding="utf-8")
    cfg, default = load_config(f), load_config(DEFAULT_CONFIG)
    # the user dictionary and stopwords stay (they were dropped when a file set one key)
    assert cfg.tokenizer == default.tokenizer and cfg.path(cfg.tokenizer.user_dict).is_file()
    assert cfg.index.k1 == default.index.k1 and cfg.index.sphinx == default.index.sphinx
    assert cfg.composer.max_span == 30 and cfg.composer.min_coverage == default.composer.min_coverage
    assert cfg.path(cfg.composer.weights) == PROJECT_ROOT / "config" / "weights.yaml"
    # a relative path the user sets is from the user's file; the defaults' stay from the project root
    assert cfg.path(cfg.index.cache_dir) == tmp_path / "my-cache"
    assert cfg.path(cfg.corpus.paths[0]) == PROJECT_ROOT / "seeds"
    assert dataclasses.replace(cfg, index=default.index, composer=default.composer) == default


def test_an_empty_config_file_is_the_defaults(tmp_path, monkeypatch):
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    assert load_config(empty) == load_config(DEFAULT_CONFIG)
    monkeypatch.setenv("QA_CONFIG", "/dev/null")
    cfg = load_config()
    assert cfg == load_config(DEFAULT_CONFIG) and cfg.path(cfg.corpus.paths[0]) == PROJECT_ROOT / "seeds"


def test_the_yaml_defaults_are_the_code_defaults():
    """config/default.yaml and the dataclass defaults are one set of values, and the YAML names every key."""
    assert load_config(DEFAULT_CONFIG) == Config()
    raw = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))

    def keys(obj, where=""):
        for f in dataclasses.fields(obj):
            if f.name != "base_dir":
                value = getattr(obj, f.name)
                yield f"{where}{f.name}"
                if dataclasses.is_dataclass(value):
                    yield from keys(value, f"{where}{f.name}.")

    def has(data, dotted):
        for part in dotted.split("."):
            if not isinstance(data, dict) or part not in data:
                return False
            data = data[part]
        return True

    assert [k for k in keys(Config()) if not has(raw, k)] == []


def _numeric_keys(cls, where=""):
    """Dotted keys of every int/float field (or tuple of them) of a config section, from its types."""
    for name, hint in typing.get_type_hints(cls).items():
        dotted = f"{where}{name}"
        if dataclasses.is_dataclass(hint):
            yield from _numeric_keys(hint, f"{dotted}.")
        elif hint in (int, float) or (typing.get_origin(hint) is tuple and typing.get_args(hint)[0] in (int, float)):
            yield dotted


def test_every_number_has_a_range():
    keys = set(_numeric_keys(Config))
    assert {k for k, _ in numbers(Config())} <= keys
    assert keys and [k for k in sorted(keys) if range_of(k) is None] == []
    assert [k for k in RANGES if "*" not in k and k not in keys] == []  # no range for a key that is gone


@pytest.mark.parametrize("text,message", [
    ("index:\n  kone: 1.2\n", "unknown key 'index.kone'"),
    ("bogus: 1\n", "unknown key 'bogus'"),
    ("index:\n  k1: fast\n", "'index.k1' must be a number"),
    ("retrieve:\n  top_k: 2.5\n", "'retrieve.top_k' must be an integer"),
    ("index:\n  backend: elastic\n", "'index.backend' must be one of"),
    ("tokenizer:\n  hmm: maybe\n", "'tokenizer.hmm' must be true or false"),
    ("corpus:\n  paths: seeds\n", "'corpus.paths' must be a list"),
    ("index: [1, 2]\n", "'index' must be a mapping"),
    ("retrieve:\n  top_k: 0\n", "'retrieve.top_k' must be at least 1"),
    ("session:\n  max_sessions: -3\n", "'session.max_sessions' must be at least 1"),
    ("index:\n  k1: 1.2\n   b: [\n", "line"),
    ("index:\n  k1: .nan\n", "'index.k1' must be a finite number"),
    ("index:\n  k1: -.inf\n", "'index.k1' must be a finite number"),
    ("index:\n  k1: -1\n", "'index.k1' must be at least 0"),
    ("index:\n  b: 1.5\n", "'index.b' must be within 0–1"),
    ("composer:\n  min_coverage: 2\n", "'composer.min_coverage' must be within 0–1"),
    ("composer:\n  max_span: 0\n", "'composer.max_span' must be at least 1"),
    ("composer:\n  span_sentences: 0\n", "'composer.span_sentences' must be at least 1"),
    ("bot:\n  timeout: -1\n", "'bot.timeout' must be more than 0"),
    ("bot:\n  poll_timeout: -5\n", "'bot.poll_timeout' must be more than 0"),
    ("bot:\n  poll_timeout: 0\n", "'bot.poll_timeout' must be more than 0"),
    ("bot:\n  rate_limit_retries: -1\n", "'bot.rate_limit_retries' must be at least 0"),
    ("bot:\n  bootstrap_retries: -2\n", "'bot.bootstrap_retries' must be at least -1"),
    ("bot:\n  port: 70000\n", "'bot.port' must be within 1–65535"),
    ("bot:\n  port: 0\n", "'bot.port' must be within 1–65535"),
    ("index:\n  sphinx:\n    query_timeout: 0\n", "'index.sphinx.query_timeout' must be more than 0"),
    ("index:\n  k1: 1.2\n  b: 0.5\n  k1: 2\n", "'index.k1' is set twice, on lines 2 and 4"),
    ("index:\n  k1: 1.2\nretrieve:\n  top_k: 3\nindex:\n  b: 0.5\n", "'index' is set twice, on lines 1 and 5"),
    ("[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
    ("a: &x {b: 1}\nc: *x\n" + "d: 1\n" * 2, "'d' is set twice, on lines 3 and 4"),
    ("composer:\n  max_span: 1\n  max_span: 2\n", "'composer.max_span' is set twice, on lines 2 and 3"),
    ("- &a [*a]\n", "'top level' must be a mapping"),
])
def test_bad_config_names_file_and_key(tmp_path, text, message):
    f = tmp_path / "bad.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(f)
    assert str(f) in str(err.value) and message in str(err.value)


def test_a_config_that_is_not_utf8(tmp_path):
    f = tmp_path / "latin1.yaml"
    f.write_bytes("retrieve:\n  top_k: 3\n# café\n".encode("latin-1"))
    with pytest.raises(ConfigError) as err:
        load_config(f)
    assert f"{f}: line 3: not UTF-8" in str(err.value)


@pytest.mark.parametrize("name,data,message", [
    ("user_dict", "综治中心\n平安浙江 ² nt\n".encode(), ":2: '平安浙江 ² nt' is not 'word [frequency] [tag]'"),
    ("user_dict", "综治中心 12 nt extra\n".encode(), ":1: "),
    ("user_dict", "综治中心\n枫桥".encode() + b"\xff" + "经验\n".encode(), ":2: not UTF-8 text"),
    ("stopwords", "的\n了\n".encode("utf-16"), ":1: not UTF-8 text"),
    ("stopwords", "的\n了\n是\n".encode() + "在\n".encode("gbk"), ":4: not UTF-8 text"),
])
def test_bad_tokenizer_files_name_the_file_and_line(tmp_path, name, data, message):
    f = tmp_path / f"{name}.txt"
    f.write_bytes(data)
    cfg = load_config(DEFAULT_CONFIG).replace(**{f"tokenizer.{name}": str(f)})
    with pytest.raises(ConfigError) as err:
        Tokenizer(cfg)
    assert f"{f}{message}" in str(err.value)


def _qa(*args, config_text: str, tmp_path):
    cfg = tmp_path / "config.yaml"
    cfg.write_text(config_text + f"index:\n  cache_dir: {tmp_path / 'cache'}\n", encoding="utf-8")
    return subprocess.run([str(QA_BIN), *args, "--config", str(cfg)], capture_output=True, text=True, timeout=120)


def test_cli_config_errors_exit_2_without_a_traceback(tmp_path):
    (tmp_path / "dict.txt").write_text("综治中心 ² nt\n", encoding="utf-8")
    for text, message in [("tokenizer:\n  user_dict: dict.txt\n", "dict.txt:1: '综治中心 ² nt'"),
                          ("bot:\n  port: 70000\n", "'bot.port' must be within 1–65535")]:
        out = _qa("ask", "谁主持了会议？", config_text=text, tmp_path=tmp_path)
        assert out.returncode == 2 and message in out.stderr and "Traceback" not in out.stderr, out.stderr


def test_ask_with_nothing_to_search_warns_and_fails(tmp_path):
    out = _qa("ask", "谁主持了会议？", config_text="corpus:\n  paths: [no-such-folder]\n", tmp_path=tmp_path)
    assert out.returncode != 0 and "no-such-folder: no such file or folder" in out.stderr
    assert "nothing to search" in out.stderr
    out = _qa("ask", "--jsonl", config_text="corpus:\n  paths: [no-such-folder]\n", tmp_path=tmp_path)
    assert out.returncode != 0 and out.stdout == ""


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read config"):
        load_config(tmp_path / "nope.yaml")


def test_replace_dotted():
    cfg = load_config(DEFAULT_CONFIG).replace(**{"index.backend": "rank-bm25", "retrieve.top_k": 9})
    assert cfg.index.backend == "rank-bm25" and cfg.retrieve.top_k == 9
