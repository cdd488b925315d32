"""One typed config object, loaded and validated from YAML.

Every section is a frozen dataclass; unknown or mistyped keys are errors that name the file and the key,
so a typo never silently falls back to a default.
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path

import yaml

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CONFIG = PROJECT_ROOT / "config" / "default.yaml"


class ConfigError(ValueError):
    """A config file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class CorpusConfig:
    paths: tuple[str, ...] = ("seeds",)
    extensions: tuple[str, ...] = (".txt", ".md", ".jsonl")


@dataclass(frozen=True)
class TokenizerConfig:
    user_dict: str = ""
    stopwords: str = ""
    hmm: bool = True


@dataclass(frozen=True)
class SphinxConfig:
    nodes: tuple[str, ...] = ("127.0.0.1:9306",)
    index: str = "qa_dist"
    shard_index: str = "qa_rt"


@dataclass(frozen=True)
class IndexConfig:
    backend: str = "sparse"
    k1: float = 1.5
    b: float = 0.75
    epsilon: float = 0.25
    cache_dir: str = ".cache/qa"
    sphinx: SphinxConfig = field(default_factory=SphinxConfig)


@dataclass(frozen=True)
class RetrieveConfig:
    top_k: int = 5
    candidates_k: int = 20


@dataclass(frozen=True)
class ComposerWeights:
    retrieval: float = 1.0
    overlap: float = 2.0
    bigram: float = 4.0
    type_match: float = 1.0
    slot: float = 2.0
    proximity: float = 0.5


@dataclass(frozen=True)
class ComposerConfig:
    min_score: float = 1.0
    min_confidence: float = 0.25
    weights: ComposerWeights = field(default_factory=ComposerWeights)


@dataclass(frozen=True)
class SessionConfig:
    max_turns: int = 20
    idle_seconds: float = 3600.0
    max_sessions: int = 10000


@dataclass(frozen=True)
class ReplConfig:
    history_file: str = "~/.qa_history"


@dataclass(frozen=True)
class BotConfig:
    allowed_chats: tuple[int, ...] = ()
    admins: tuple[int, ...] = ()
    query_log: str = ".cache/qa/queries.jsonl"
    rate_limit: bool = True


@dataclass(frozen=True)
class Config:
    corpus: CorpusConfig = field(default_factory=CorpusConfig)
    tokenizer: TokenizerConfig = field(default_factory=TokenizerConfig)
    index: IndexConfig = field(default_factory=IndexConfig)
    retrieve: RetrieveConfig = field(default_factory=RetrieveConfig)
    composer: ComposerConfig = field(default_factory=ComposerConfig)
    session: SessionConfig = field(default_factory=SessionConfig)
    repl: ReplConfig = field(default_factory=ReplConfig)
    bot: BotConfig = field(default_factory=BotConfig)
    # Where relative paths in the file are resolved from (the project root for config/default.yaml).
    base_dir: str = str(PROJECT_ROOT)

    def path(self, value: str) -> Path:
        """A path from the config, resolved against base_dir (absolute and ~ paths as they are)."""
        p = Path(value).expanduser()
        return p if p.is_absolute() else Path(self.base_dir) / p

    def replace(self, **changes) -> Config:
        """A copy with dotted keys changed, e.g. replace(**{"index.backend": "rank-bm25"})."""
        cfg = self
        for dotted, value in changes.items():
            cfg = _replace_dotted(cfg, dotted.split("."), value)
        return cfg


BACKENDS = ("sparse", "rank-bm25", "sphinx")


def _replace_dotted(obj, keys: list[str], value):
    if len(keys) == 1:
        return dataclasses.replace(obj, **{keys[0]: value})
    return dataclasses.replace(obj, **{keys[0]: _replace_dotted(getattr(obj, keys[0]), keys[1:], value)})


def _build(cls, data, where: str, source: str):
    """Build dataclass `cls` from a mapping, checking every key and value type."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: '{where or 'top level'}' must be a mapping, got {type(data).__name__}")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls) if f.name != "base_dir"}
    kwargs = {}
    for key, value in data.items():
        dotted = f"{where}.{key}" if where else str(key)
        if key not in names:
            raise ConfigError(f"{source}: unknown key '{dotted}' (known: {', '.join(sorted(names))})")
        kwargs[key] = _coerce(hints[key], value, dotted, source)
    return cls(**kwargs)


def _coerce(hint, value, dotted: str, source: str):
    if dataclasses.is_dataclass(hint):
        return _build(hint, value, dotted, source)
    origin = typing.get_origin(hint)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise ConfigError(f"{source}: '{dotted}' must be a list, got {value!r}")
        item = typing.get_args(hint)[0]
        return tuple(_coerce(item, v, f"{dotted}[{i}]", source) for i, v in enumerate(value))
    if origin in (typing.Union, types.UnionType):
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{source}: '{dotted}' must be true or false, got {value!r}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{source}: '{dotted}' must be a number, got {value!r}")
        return float(value)
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{source}: '{dotted}' must be an integer, got {value!r}")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(f"{source}: '{dotted}' must be a string, got {value!r}")
        return value
    return value


def _validate(cfg: Config, source: str) -> Config:
    if cfg.index.backend not in BACKENDS:
        raise ConfigError(f"{source}: 'index.backend' must be one of {', '.join(BACKENDS)}, got {cfg.index.backend!r}")
    if cfg.index.k1 < 0 or not 0 <= cfg.index.b <= 1:
        raise ConfigError(f"{source}: 'index.k1' must be ≥ 0 and 'index.b' within [0, 1]")
    if cfg.retrieve.top_k < 1 or cfg.retrieve.candidates_k < 1:
        raise ConfigError(f"{source}: 'retrieve.top_k' and 'retrieve.candidates_k' must be ≥ 1")
    return cfg


def load_config(path: str | os.PathLike | None = None) -> Config:
    """Load the config from `path`, else $QA_CONFIG, else config/default.yaml."""
    path = Path(path or os.environ.get("QA_CONFIG") or DEFAULT_CONFIG)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}:{where} malformed YAML: {getattr(exc, 'problem', exc)}") from None
    cfg = _build(Config, data, "", str(path))
    # Relative paths in the default config are from the project root; in other files, from the file's folder.
    base = PROJECT_ROOT if path.resolve() == DEFAULT_CONFIG else path.resolve().parent
    return _validate(dataclasses.replace(cfg, base_dir=str(base)), str(path))
