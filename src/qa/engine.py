"""The one facade the adapters call: load a corpus, build or load its index, answer questions.

Adapters (cli, repl, regress, bot) import this and `render`, never each other. An Engine is the only
long-lived state; `reload()` swaps a whole new corpus, index and composer in at once, so a concurrent reader
sees the old ones or the new ones, never a mix. With the in-process index a reload is incremental: the segments
of unchanged files are reused and only new or changed files are tokenized (`last_reload` says what changed);
the corpus too: only new or changed files are read and parsed (`load.load_parsed`), the rest reused.
Each state has its own Tokenizer (its own jieba instance), so
byline names of one corpus never change how another engine, or the next reload, tokenizes.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .answer import MAX_QUESTION_CHARS, Composer, clean_question, load_weights, plain, weights_path
from .config import Config, load_config
from .copies import search_distinct
from .dates import resolve_day
from .load import Parsed, corpus_from_articles, corpus_signature, load_parsed
from .options import corpus_warnings
from .retrieve import PARTIAL_NOTE, Retriever, RetrieverUnavailable, make_retriever, sparse_retriever
from .segments import corpus_units, summary
from .tag_store import tag_store
from .tokenize import Tokenizer
from .types import Answer, Article, Corpus, Hit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _State:
    corpus: Corpus
    retriever: Retriever
    composer: Composer
    signature: tuple  # load.corpus_signature of the files: whether :reload has work to do
    tokenizer: Tokenizer  # with this corpus's byline names
    parsed: Parsed | None = None  # what each file gave: the next reload reads only new or changed files


@dataclass(frozen=True)
class ReloadReport:
    """What the last `Engine.reload()` changed: corpus files by display name, sentences (re)tokenized by the
    in-process index (0 for other backends, which say nothing about it), wall time, index segments."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    sentences: int = 0
    seconds: float = 0.0
    segments: int = 0

    def summary(self) -> str:
        """"+23 files, 1,904 sentences, 0.8 s; 4 segments" (also "-2 files", "~1 changed")."""
        return summary(self.added, self.changed, self.removed, self.sentences, self.seconds, self.segments)


class Engine:
    def __init__(self, config: Config, paths: list[Path], progress: bool = False, corpus: Corpus | None = None,
                 rebuild: bool = False, optimize: bool = False):
        self.config = config
        self.paths = paths
        self._progress = progress
        self._reloading = threading.Lock()  # two /reload at once would build twice and race on the cache file
        self.last_reload: ReloadReport | None = None
        self._state = self._build(corpus, rebuild, optimize=optimize)
        gc.freeze()  # see _settle; no collection first, so a start stays quick
        _collect_less(config.process.gc_young)

    def __del__(self) -> None:
        # A dropped engine's objects were frozen with it, and its composer and tokenizer hold cycles: give them
        # back to the collector, or they would never be freed (a process that keeps one engine never gets here).
        gc.unfreeze()

    @classmethod
    def from_articles(cls, config: Config, articles: Iterable[Article], progress: bool = False) -> Engine:
        """Engine over articles made in memory (e.g. `qa eval`'s SQuAD paragraphs); see `build_engine`."""
        return build_engine(config, articles=articles, progress=progress)

    @classmethod
    def load(
        cls,
        config: Config | str | Path | None = None,
        corpus: str | Path | Sequence[str | Path] | None = None,
        backend: str | None = None,
        progress: bool = False,
        rebuild: bool = False,
    ) -> Engine:
        """Engine over `corpus` files or folders; see `build_engine`."""
        return build_engine(config, corpus, backend=backend, progress=progress, rebuild=rebuild)

    def _build(self, corpus: Corpus | None = None, rebuild: bool = False, previous: _State | None = None,
               optimize: bool = False, signature: tuple | None = None) -> _State:
        if signature is None:  # reload has just taken it: the folders are walked once per reload, not twice
            signature = corpus_signature(self.paths, self.config.corpus.extensions)
        parsed = None
        if corpus is None:
            parsed = load_parsed(self.paths, self.config.corpus.extensions,
                                 reuse=previous.parsed if previous else None)
            corpus = parsed.corpus
        tokenizer = Tokenizer(self.config)  # the questions' tokenizer: every byline name of the corpus
        tokenizer.add_words(name for a in corpus.articles for name in a.byline.names + a.credit.names)
        if self.config.index.backend == "sparse":
            # Incremental: the previous state's segments are reused, only new or changed files are tokenized.
            retriever: Retriever = sparse_retriever(
                self.config, corpus, tokenizer, progress=self._progress, rebuild=rebuild,
                corpus_id=self._corpus_id(), previous=previous.retriever if previous else None,
                optimize=optimize, merge=True)
        else:
            retriever = make_retriever(self.config, corpus, tokenizer, progress=self._progress, rebuild=rebuild)
        composer = Composer(self.config.composer, corpus, tokenizer, load_weights(weights_path(self.config)),
                            holding=getattr(retriever, "holding", None),
                            previous=previous.composer if previous is not None else None)
        # a large corpus's tags made once, in the index cache (tag_store.py); a reload reads one, never builds it
        composer.use_tags(tag_store(self.config, corpus, tokenizer, composer.tagger, reload=previous is not None,
                                   progress=self._progress, spans=composer.span_maker()))
        return _State(corpus, retriever, composer, signature, tokenizer, parsed)

    @property
    def corpus(self) -> Corpus:
        return self._state.corpus

    @property
    def retriever(self) -> Retriever:
        return self._state.retriever

    @property
    def tokenizer(self) -> Tokenizer:
        return self._state.tokenizer

    def reload(self, force: bool = False) -> bool:
        """Re-read the corpus if its files changed (or `force`); True when a new corpus was loaded."""
        with self._reloading:
            signature = corpus_signature(self.paths, self.config.corpus.extensions)
            if not self.paths or (not force and signature == self._state.signature):
                return False
            t0 = time.perf_counter()
            old = self._state
            new = self._build(previous=old, signature=signature)
            changes = getattr(new.retriever, "changes", None)
            if changes is not None:
                added, changed, removed, sentences = changes.added, changes.changed, changes.removed, changes.sentences
            else:
                before = {u.name: u.key for u in corpus_units(old.corpus)}
                after = {u.name: u.key for u in corpus_units(new.corpus)}
                added = tuple(n for n in after if n not in before)
                changed = tuple(n for n in after if n in before and before[n] != after[n])
                removed = tuple(n for n in before if n not in after)
                sentences = 0
            self._state = new
            del old
            _settle()
            self.last_reload = ReloadReport(added, changed, removed, sentences, time.perf_counter() - t0,
                                            len(getattr(new.retriever, "segments", ())))
            return True

    def _corpus_id(self) -> str:
        """Names this engine's corpus in the index catalog (its folders), to tell what changed between runs."""
        if not self.paths:
            return ""
        return hashlib.sha256("\0".join(str(p.resolve()) for p in self.paths).encode("utf-8", "surrogateescape")
                              ).hexdigest()[:16]

    def retrieve(self, question: str, k: int | None = None) -> list[Hit]:
        """The top-k sentences for a question (k defaults to retrieve.candidates_k)."""
        return self._search(self._state, question, k or self.config.retrieve.candidates_k)

    def tokens(self, question: str, state: _State | None = None) -> list[str]:
        """The tokens a question is searched with (shown by the REPL's debug view)."""
        state = state or self._state
        return state.tokenizer.search_tokens(question, state.retriever.vocabulary)

    def _search(self, state: _State, question: str, k: int) -> list[Hit]:
        tokens = self.tokens(question, state)
        return search_distinct(lambda n: state.retriever.search(tokens, n), k)  # a repeated line takes one slot

    def explain(self, question: str) -> str:
        """The composer's feature tables for a question: the top sentences' rerank features and the top
        candidates' features with their weights (`qa ask --explain`, the REPL's debug view)."""
        text, problem = clean_question(question)
        if problem:
            return problem
        state, text = self._state, plain(text)
        return state.composer.explain(text, self._search(state, text, self.config.retrieve.candidates_k)).explain()

    def ask(self, question: str, top_k: int | None = None) -> Answer:
        """Answer one question. Bad input (empty, too long, no words) comes back as a declined Answer."""
        state = self._state
        text, problem = clean_question(question)
        if problem:
            return Answer(question=question, text="", declined=True, qtype="invalid", confidence=0.0,
                          rule="invalid", message=problem)
        asked = plain(text)  # the words asked; the answer shows the question as typed
        hits = self._search(state, asked, self.config.retrieve.candidates_k)
        answer = _dated(state.composer.compose(asked, hits))
        k = top_k or self.config.retrieve.top_k
        answer = replace(answer, question=text, evidence=answer.evidence[:k])  # (one copy of the Answer)
        if getattr(state.retriever, "partial", ""):  # some shards did not answer (index.sphinx.on_partial)
            answer = replace(answer, message=" ".join(filter(None, [answer.message, PARTIAL_NOTE])))
        return answer


def _settle() -> None:
    """Take the long-lived objects (a corpus's articles, the index, jieba's dictionary, the composer) out of the
    garbage collector's generations. Otherwise a full collection walks them all on whichever question triggers
    it (~160 ms at 200k sentences, a tenth of that frozen); they still die by reference counting. After a
    reload the previous state is collected first, so a reload leaves no frozen cycles of it behind."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _collect_less(threshold: int) -> None:
    """Collect the young generation every `threshold` net container allocations (config process.gc_young), unless
    the process already does so less often (a host's setting). Python's 700 made ~260 collections over the
    1,000-question bench stream at 200k and, with the older generations' they set off, 2.4 % of its CPU, and none
    found a cycle (an answer's objects die by reference counting); at 7,000, 1.4 % (benchmarks/README.md)."""
    young, *older = gc.get_threshold()
    if 0 < young < threshold:  # (0: collection is off)
        gc.set_threshold(threshold, *older)


def _dated(answer: Answer) -> Answer:
    """A when-answer's day read against its page's date ("11日下午" on 2025-06-12 → "（6月）11日下午",
    2025-06-11); a page with no date says nothing about one."""
    if answer.declined or answer.qtype != "when" or answer.article is None or not answer.article.date:
        return answer
    resolved = resolve_day(answer.text, answer.article.date)
    return replace(answer, shown=resolved.text, date=resolved.date) if resolved else answer


def build_engine(
    config: Config | str | Path | None = None,
    corpus: str | Path | Sequence[str | Path] | None = None,
    *,
    articles: Iterable[Article] | None = None,
    backend: str | None = None,
    progress: bool = False,
    rebuild: bool = False,
    optimize: bool = False,
    on_warning: Callable[[str], None] | None = None,
) -> Engine:
    """The one way to get an Engine, for every adapter (qa ask/index/repl/eval/test and the bot).

    config: a Config, or a YAML file to load (None: $QA_CONFIG or config/default.yaml). corpus: files or
    folders (None: the config's corpus.paths), or else `articles` made in memory. backend overrides
    index.backend. rebuild ignores the index cache (sparse) or reloads the cluster (sphinx).

    Errors, the same for every adapter:
    - ConfigError: the config, or a file it names (user dictionary, stopwords), cannot be used (`qa` exits 2);
    - RetrieverUnavailable: the backend cannot serve this corpus now: a Sphinx node down or holding another
      corpus (`qa` exits 3). Said here, at start, rather than at the first question;
    - a corpus file that cannot be read or parsed is not an error: each such problem (and an empty corpus) goes
      to `on_warning` (default: the log) and the engine answers from what was loaded.
    """
    if not isinstance(config, Config):
        config = load_config(config)
    if backend:
        config = config.replace(**{"index.backend": backend})
    if articles is not None:
        engine = Engine(config, [], progress, corpus=corpus_from_articles(list(articles)), rebuild=rebuild)
    else:
        if corpus is None:
            paths = [config.path(p) for p in config.corpus.paths]
        elif isinstance(corpus, str | Path):
            paths = [Path(corpus)]
        else:
            paths = [Path(p) for p in corpus]
        engine = Engine(config, paths, progress, rebuild=rebuild, optimize=optimize)
    for warning in corpus_warnings(engine.corpus):
        (on_warning or _log_warning)(warning)
    problem = engine.retriever.stats().get("problem")
    if problem:
        raise RetrieverUnavailable(problem)
    return engine


def _log_warning(message: str) -> None:
    log.warning("corpus: %s", message)


__all__ = ["Engine", "MAX_QUESTION_CHARS", "ReloadReport", "build_engine"]
