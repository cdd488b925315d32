"""One typed config object, loaded and validated from YAML.

Every section is a frozen dataclass; unknown or mistyped keys are errors that name the file and the key,
so a typo never silently falls back to a default. config/default.yaml holds every default (the dataclass
defaults equal it, a test checks); a user file (--config FILE or $QA_CONFIG) is merged over it key by key, so
setting one key keeps every other default. Every number has a range, checked at load.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import math
import os
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import yaml

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CONFIG = PROJECT_ROOT / "config" / "default.yaml"


class ConfigError(ValueError):
    """A config file that cannot be used; the message names the file and the key."""


# A path: relative ones are resolved against the folder of the file that set them (the project root for
# config/default.yaml), so a user file can set one path without moving the others.
PathStr = Annotated[str, "path"]


@dataclass(frozen=True)
class CorpusConfig:
    paths: tuple[PathStr, ...] = ("seeds",)
    extensions: tuple[str, ...] = (".txt", ".md", ".jsonl")
    watch: bool = True  # qa repl and qa bot index new, changed or deleted files as they appear (src/qa/watch.py)
    watch_debounce_ms: int = 500  # a batch of file events ends after this long without one; ≥ 1
    watch_poll_ms: int = 1000  # where watchfiles cannot watch, the folders are polled this often; ≥ 1


@dataclass(frozen=True)
class TokenizerConfig:
    user_dict: PathStr = "config/userdict.txt"
    stopwords: PathStr = "config/stopwords.txt"
    hmm: bool = True


@dataclass(frozen=True)
class SphinxConfig:
    head: str = ""  # SphinxQL host:port serving the distributed index; "" = the first node
    nodes: tuple[str, ...] = ("127.0.0.1:9306",)  # one entry per shard; mirrors of a shard as "h1:port|h2:port"
    index: str = "qa_dist"
    shard_index: str = "qa_rt"
    global_idf: PathStr = ""  # where `qa index --backend sphinx` writes the cluster-wide IDF file ("" = none)
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
    cache_dir: PathStr = ".cache/qa"
    # largest corpus (sentences) whose tags are made at index time (tag_store.py): at 1M the tagging (~300 CPU-s)
    # would break the 240 s build target, so larger corpora are tagged live, as before; 0 = never
    tag_store_max: int = 300_000
    sphinx: SphinxConfig = field(default_factory=SphinxConfig)


@dataclass(frozen=True)
class RetrieveConfig:
    top_k: int = 5
    candidates_k: int = 40


@dataclass(frozen=True)
class ComposerConfig:
    min_score: float = 1.0  # best BM25 score below which we decline
    min_coverage: float = 0.5  # share of the question's content characters the best sentence must hold
    max_missing: float = 0.5  # share of the question's words absent from all evidence above which we decline
    sentences: int = 8  # reranked sentences candidates are extracted from
    read: int = 20  # retrieved sentences reranked; a later one whose headline completes the question too (compose)
    read_beyond: int = 2  # of those later ones, the best this many (an article on the question's topic has many)
    read_articles: int = 3  # retrieved articles naming the question best whose sentences their topic completes are read
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
    history_file: PathStr = "~/.qa_history"
    prompt: str = "问> "
    color: bool = True  # highlight answers on a terminal (never in pipes; NO_COLOR also turns it off)
    debug: bool = False  # start with the debug view on


@dataclass(frozen=True)
class BotConfig:
    allowed_chats: tuple[int, ...] = ()
    admins: tuple[int, ...] = ()
    query_log: PathStr = ".cache/qa/queries.sqlite3"  # SQLite; an old .jsonl log here or beside it is imported once
    rate_limit: bool = True
    rate_limit_retries: int = 3  # a 429 is waited out (retry_after) and retried this often
    timeout: float = 10.0  # seconds for each Bot API request (connect, read, write)
    poll_timeout: int = 30  # long-polling wait of getUpdates, seconds
    bootstrap_retries: int = 5  # start-up (getMe, deleteWebhook/setWebhook) attempts before giving up; -1: forever
    typing_after: float = 0.3  # show "typing…" when an answer takes longer than this, seconds
    connections: int = 16  # HTTP connections to the Bot API (httpcore's cost per request grows with the pool)
    listen: str = "127.0.0.1"  # webhook server address (--listen)
    port: int = 8443  # webhook server port (--port)
    log_retention_days: float = 365.0  # query-log rows older than this are deleted, days; ≥ 0, 0 = keep all
    state: PathStr = ".cache/qa/bot-state.sqlite3"  # conversations and button payloads kept across restarts
    persist_interval: float = 30.0  # seconds between state saves (and at every clean stop); > 0
    button_cache: int = 10000  # answers whose buttons are remembered (PTB's callback-data cache); ≥ 1
    concurrent_updates: int = 256  # updates handled at once (one chat's always in order); ≥ 1
    max_retry_delay: float = 5.0  # cap of the polling retry backoff after Bot API errors, seconds; > 0
    conflict_exit: float = 60.0  # exit (status 1) after this long of 409 Conflict (another instance), s; > 0
    max_upload_bytes: int = 2097152  # largest page an admin may send (document or /add), bytes; 1 B–20 MiB


@dataclass(frozen=True)
class ProcessConfig:
    # Python's young-generation collection threshold an engine sets when it is built, where the process's is
    # lower (engine._collect_less): 700 collects ~260 times over 1,000 questions and finds no cycle; 0 = leave it
    gc_young: int = 7000


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
    process: ProcessConfig = field(default_factory=ProcessConfig)
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


# ---------------------------------------------------------------- reading YAML

def _no_duplicate_keys(node: yaml.Node, where: str, source: str, seen_nodes: set[int]) -> None:
    """yaml keeps the last of two equal keys in a mapping, silently: here it is an error naming both lines."""
    if id(node) in seen_nodes:  # an alias to a node already checked (or a recursive one)
        return
    seen_nodes.add(id(node))
    if isinstance(node, yaml.MappingNode):
        lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
            dotted = f"{where}.{key}" if where else key
            if key and key_node.tag != "tag:yaml.org,2002:merge":
                line = key_node.start_mark.line + 1
                if key in lines:
                    raise ConfigError(f"{source}: '{dotted}' is set twice, on lines {lines[key]} and {line}")
                lines[key] = line
            _no_duplicate_keys(value_node, dotted, source, seen_nodes)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _no_duplicate_keys(item, f"{where}[{i}]", source, seen_nodes)


def _read_yaml(path: Path) -> object:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ConfigError(f"{path}: line {line}: not UTF-8 text (byte {exc.start}: "
                          f"{data[exc.start:exc.start + 1]!r})") from None
    loader = yaml.SafeLoader(text)  # what yaml.safe_load does, with a look at the keys before building values
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _no_duplicate_keys(node, "", str(path), set())
        return loader.construct_document(node)
    except RecursionError:
        raise ConfigError(f"{path}: nested too deeply to be a config") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}:{where} malformed YAML: {getattr(exc, 'problem', exc)}") from None
    finally:
        loader.dispose()


# ---------------------------------------------------------------- checking and merging

def _check(cls, data, where: str, source: str, base: Path | None) -> dict:
    """A mapping for dataclass `cls` → the same mapping with every key checked and every value coerced
    (nested sections as mappings). Relative paths become absolute against `base` (None: left as they are)."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: '{where or 'top level'}' must be a mapping, got {type(data).__name__}")
    hints = typing.get_type_hints(cls, include_extras=True)
    names = {f.name for f in dataclasses.fields(cls) if f.name != "base_dir"}
    out = {}
    for key, value in data.items():
        dotted = f"{where}.{key}" if where else str(key)
        if key not in names:
            raise ConfigError(f"{source}: unknown key '{dotted}' (known: {', '.join(sorted(names))})")
        hint = hints[key]
        out[key] = _check(hint, value, dotted, source, base) if dataclasses.is_dataclass(hint) \
            else _coerce(hint, value, dotted, source, base)
    return out


def _merge(defaults: dict, user: dict) -> dict:
    """`user` over `defaults`, key by key: a section the user sets keeps the defaults of its other keys."""
    out = dict(defaults)
    for key, value in user.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def _construct(cls, data: dict):
    hints = typing.get_type_hints(cls)
    return cls(**{k: _construct(hints[k], v) if dataclasses.is_dataclass(hints[k]) else v for k, v in data.items()})


def _build(cls, data, where: str, source: str):
    """Build dataclass `cls` from a mapping, checking every key and value type."""
    return _construct(cls, _check(cls, data, where, source, None))


def _coerce(hint, value, dotted: str, source: str, base: Path | None = None):
    if typing.get_origin(hint) is Annotated:
        hint, *marks = typing.get_args(hint)
        value = _coerce(hint, value, dotted, source)
        if "path" in marks and base is not None and value and not Path(value).expanduser().is_absolute():
            value = str(base / value)
        return value
    origin = typing.get_origin(hint)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise ConfigError(f"{source}: '{dotted}' must be a list, got {value!r}")
        item = typing.get_args(hint)[0]
        return tuple(_coerce(item, v, f"{dotted}[{i}]", source, base) for i, v in enumerate(value))
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{source}: '{dotted}' must be true or false, got {value!r}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{source}: '{dotted}' must be a number, got {value!r}")
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
        if not math.isfinite(number):
            raise ConfigError(f"{source}: '{dotted}' must be a finite number, got {value!r}")
        return number
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{source}: '{dotted}' must be an integer, got {value!r}")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(f"{source}: '{dotted}' must be a string, got {value!r}")
        return value
    return value


# Every number in the config and its range: dotted key (or fnmatch pattern) → (low, high, low included).
# A test checks that every numeric key has one.
_SHARE = (0.0, 1.0, True)
_POSITIVE = (0.0, math.inf, False)
_NON_NEGATIVE = (0.0, math.inf, True)
_AT_LEAST_ONE = (1.0, math.inf, True)
_ANY = (-math.inf, math.inf, True)
RANGES: dict[str, tuple[float, float, bool]] = {
    "corpus.watch_debounce_ms": _AT_LEAST_ONE, "corpus.watch_poll_ms": _AT_LEAST_ONE,
    "index.k1": _NON_NEGATIVE, "index.b": _SHARE, "index.epsilon": _NON_NEGATIVE,
    "index.sphinx.connect_timeout": _POSITIVE, "index.sphinx.query_timeout": _POSITIVE,
    "index.sphinx.batch": _AT_LEAST_ONE, "index.tag_store_max": _NON_NEGATIVE,
    "retrieve.top_k": _AT_LEAST_ONE, "retrieve.candidates_k": _AT_LEAST_ONE,
    "composer.min_score": _NON_NEGATIVE, "composer.min_coverage": _SHARE, "composer.max_missing": _SHARE,
    "composer.sentences": _AT_LEAST_ONE, "composer.read": _AT_LEAST_ONE, "composer.read_beyond": _NON_NEGATIVE,
    "composer.read_articles": _NON_NEGATIVE,
    "composer.max_span": _AT_LEAST_ONE,
    "composer.span_sentences": _AT_LEAST_ONE, "composer.max_span_chars": _AT_LEAST_ONE,
    "session.idle_seconds": _POSITIVE, "session.max_sessions": _AT_LEAST_ONE,
    "session.carry_max_words": _NON_NEGATIVE,
    "bot.allowed_chats": _ANY, "bot.admins": _ANY,  # Telegram ids (a group's is negative)
    "bot.rate_limit_retries": _NON_NEGATIVE, "bot.timeout": _POSITIVE, "bot.poll_timeout": _POSITIVE,
    "bot.bootstrap_retries": (-1.0, math.inf, True), "bot.typing_after": _NON_NEGATIVE,
    "bot.connections": _AT_LEAST_ONE, "bot.port": (1.0, 65535.0, True),
    "bot.log_retention_days": _NON_NEGATIVE, "bot.persist_interval": _POSITIVE, "bot.button_cache": _AT_LEAST_ONE,
    "bot.concurrent_updates": _AT_LEAST_ONE, "bot.max_retry_delay": _POSITIVE, "bot.conflict_exit": _POSITIVE,
    "bot.max_upload_bytes": (1.0, 20.0 * 1024 * 1024, True),  # the Bot API serves files of up to 20 MB
    "process.gc_young": _NON_NEGATIVE,
}


def numbers(obj, where: str = ""):
    """(dotted key, value) of every number in a config section (list items under the list's key)."""
    for f in dataclasses.fields(obj):
        value, dotted = getattr(obj, f.name), f"{where}.{f.name}" if where else f.name
        if dataclasses.is_dataclass(value):
            yield from numbers(value, dotted)
        for v in value if isinstance(value, tuple) else (value,):
            if isinstance(v, int | float) and not isinstance(v, bool):
                yield dotted, v


def range_of(dotted: str) -> tuple[float, float, bool] | None:
    return RANGES.get(dotted) or next((r for k, r in RANGES.items() if fnmatch.fnmatchcase(dotted, k)), None)


def _range_error(dotted: str, value: float) -> str:
    rng = range_of(dotted)
    if rng is None:
        return ""
    low, high, closed = rng
    if (low <= value if closed else low < value) and value <= high:
        return ""
    if high == math.inf:
        return f"must be {'at least' if closed else 'more than'} {low:g}, got {value!r}"
    return f"must be within {low:g}–{high:g}, got {value!r}"


def _validate(cfg: Config, source: str | typing.Callable[[str], str]) -> Config:
    where = source if callable(source) else (lambda _key: source)
    if cfg.index.backend not in BACKENDS:
        raise ConfigError(f"{where('index.backend')}: 'index.backend' must be one of {', '.join(BACKENDS)}, "
                          f"got {cfg.index.backend!r}")
    if cfg.index.sphinx.on_partial not in ("error", "partial"):
        raise ConfigError(f"{where('index.sphinx.on_partial')}: 'index.sphinx.on_partial' must be error or "
                          f"partial, got {cfg.index.sphinx.on_partial!r}")
    for dotted, value in numbers(cfg):
        problem = _range_error(dotted, value)
        if problem:
            raise ConfigError(f"{where(dotted)}: '{dotted}' {problem}")
    return cfg


def _keys(data: dict, where: str = "") -> set[str]:
    out = set()
    for key, value in data.items():
        dotted = f"{where}.{key}" if where else str(key)
        out.add(dotted)
        if isinstance(value, dict):
            out |= _keys(value, dotted)
    return out


def load_config(path: str | os.PathLike | None = None) -> Config:
    """config/default.yaml with `path` (else $QA_CONFIG, if set) merged over it key by key."""
    defaults = _check(Config, _read_yaml(DEFAULT_CONFIG), "", str(DEFAULT_CONFIG), None)
    chosen = path or os.environ.get("QA_CONFIG")
    if not chosen or Path(chosen).resolve() == DEFAULT_CONFIG:
        return _validate(_construct(Config, defaults), str(DEFAULT_CONFIG))
    user_path = Path(chosen)
    # Relative paths in the default config are from the project root; in the user's file, from its folder.
    user = _check(Config, _read_yaml(user_path), "", str(user_path), user_path.resolve().parent)
    cfg = _construct(Config, _merge(defaults, user))
    user_keys = _keys(user)
    return _validate(cfg, lambda dotted: str(user_path) if dotted in user_keys else str(DEFAULT_CONFIG))
