"""One typed config object, loaded and validated from YAML.

Every section is a frozen dataclass; unknown or mistyped keys are errors that name the file and the key,
so a typo never silently falls back to a default.
"""

from __future__ import annotations

import dataclasses
import os
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
    head: str = ""  # SphinxQL host:port serving the distributed index; "" = the first node
    nodes: tuple[str, ...] = ("127.0.0.1:9306",)  # one entry per shard; mirrors of a shard as "h1:port|h2:port"
    index: str = "qa_dist"
    shard_index: str = "qa_rt"
    global_idf: str = ""  # where `qa index --backend sphinx` writes the cluster-wide IDF file ("" = none)
    connect_timeout: float = 2.0  # seconds
    query_timeout: float = 5.0  # seconds, also passed to the head as agent_query_timeout
    on_partial: str = "error"  # a shard down: "error" (raise SphinxUnavailable) or "partial" (answer, flagged)
    batch: int = 1000  # rows per INSERT while loading


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
class ComposerConfig:
    min_score: float = 1.0  # best BM25 score below which we decline
    min_coverage: float = 0.5  # share of the question's content characters the best sentence must hold
    max_missing: float = 0.5  # share of the question's words absent from all evidence above which we decline
    sentences: int = 8  # reranked sentences candidates are extracted from
    max_span: int = 40  # longest slot answer, in characters
    span_sentences: int = 3  # best sentences whose every word-aligned span is a candidate (fitted weights only)
    max_span_chars: int = 20  # longest such span, in characters
    weights: str = "config/weights.yaml"  # the fitted weights and decline threshold (`qa fit` writes them)


@dataclass(frozen=True)
class SessionConfig:
    idle_seconds: float = 3600.0
    max_sessions: int = 10000
    carry_max_words: int = 2  # a question with no name/place and at most this many content words borrows the topic


@dataclass(frozen=True)
class ReplConfig:
    history_file: str = "~/.qa_history"
    prompt: str = "问> "
    color: bool = True  # highlight answers on a terminal (never in pipes; NO_COLOR also turns it off)
    debug: bool = False  # start with the debug view on


@dataclass(frozen=True)
class BotConfig:
    allowed_chats: tuple[int, ...] = ()
    admins: tuple[int, ...] = ()
    query_log: str = ".cache/qa/queries.jsonl"
    rate_limit: bool = True
    rate_limit_retries: int = 3  # a 429 is waited out (retry_after) and retried this often
    timeout: float = 10.0  # seconds for each Bot API request (connect, read, write)
    poll_timeout: int = 30  # long-polling wait of getUpdates, seconds
    bootstrap_retries: int = 5  # start-up (getMe, deleteWebhook/setWebhook) attempts before giving up; -1: forever
    typing_after: float = 0.3  # show "typing…" when an answer takes longer than this, seconds
    connections: int = 16  # HTTP connections to the Bot API (httpcore's cost per request grows with the pool)
    listen: str = "127.0.0.1"  # webhook server address (--listen)
    port: int = 8443  # webhook server port (--port)


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
    if cfg.index.sphinx.on_partial not in ("error", "partial"):
        raise ConfigError(f"{source}: 'index.sphinx.on_partial' must be error or partial, "
                          f"got {cfg.index.sphinx.on_partial!r}")
    positive = {
        "retrieve.top_k": cfg.retrieve.top_k, "retrieve.candidates_k": cfg.retrieve.candidates_k,
        "composer.sentences": cfg.composer.sentences,
        "session.max_sessions": cfg.session.max_sessions, "session.idle_seconds": cfg.session.idle_seconds,
        "index.sphinx.batch": cfg.index.sphinx.batch,
    }
    for key, value in positive.items():
        if value <= 0:
            raise ConfigError(f"{source}: '{key}' must be more than 0, got {value!r}")
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
