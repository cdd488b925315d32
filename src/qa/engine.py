"""The one facade the adapters call: load a corpus, build or load its index, answer questions.

Adapters (cli, repl, regress, bot) import this and `render`, never each other. An Engine is the only
long-lived state; `reload()` swaps a whole new corpus, index and composer in at once, so a concurrent reader
sees the old ones or the new ones, never a mix. (jieba's dictionary is process-wide: byline names a reload
brings are added to it and stay.)
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from pathlib import Path

from .answer import MAX_QUESTION_CHARS, Composer, clean_question, load_weights, weights_path
from .config import Config, load_config
from .load import corpus_from_articles, load_corpus, scan_files
from .retrieve import PARTIAL_NOTE, Retriever, make_retriever
from .tokenize import Tokenizer
from .types import Answer, Corpus, Hit


@dataclass(frozen=True)
class _State:
    corpus: Corpus
    retriever: Retriever
    composer: Composer
    signature: tuple  # (path, size, mtime) of every corpus file, to tell whether :reload has work to do


class Engine:
    def __init__(self, config: Config, paths: list[Path], progress: bool = False, corpus: Corpus | None = None,
                 rebuild: bool = False):
        self.config = config
        self.paths = paths
        self.tokenizer = Tokenizer(config)
        self._progress = progress
        self._reloading = threading.Lock()  # two /reload at once would build twice and race on the cache file
        self._state = self._build(corpus, rebuild)

    @classmethod
    def from_articles(cls, config: Config, articles, progress: bool = False) -> Engine:
        """Engine over articles made in memory (e.g. `qa eval`'s SQuAD paragraphs); reload() keeps them."""
        return cls(config, [], progress, corpus=corpus_from_articles(list(articles)))

    @classmethod
    def load(
        cls,
        config: Config | str | Path | None = None,
        corpus: str | Path | list | None = None,
        backend: str | None = None,
        progress: bool = False,
        rebuild: bool = False,
    ) -> Engine:
        """Engine over `corpus` (files or folders; default: the config's corpus.paths). `rebuild` ignores the
        index cache (sparse) or reloads the cluster (sphinx)."""
        if not isinstance(config, Config):
            config = load_config(config)
        if backend:
            config = config.replace(**{"index.backend": backend})
        if corpus is None:
            paths = [config.path(p) for p in config.corpus.paths]
        elif isinstance(corpus, str | Path):
            paths = [Path(corpus)]
        else:
            paths = [Path(p) for p in corpus]
        return cls(config, paths, progress, rebuild=rebuild)

    def _build(self, corpus: Corpus | None = None, rebuild: bool = False) -> _State:
        signature = _signature(scan_files(self.paths, self.config.corpus.extensions))
        if corpus is None:
            corpus = load_corpus(self.paths, self.config.corpus.extensions)
        self.tokenizer.add_words(name for a in corpus.articles for name in a.byline.names + a.credit.names)
        retriever = make_retriever(self.config, corpus, self.tokenizer, progress=self._progress, rebuild=rebuild)
        composer = Composer(self.config.composer, corpus, self.tokenizer,
                            load_weights(weights_path(self.config)))
        return _State(corpus, retriever, composer, signature)

    @property
    def corpus(self) -> Corpus:
        return self._state.corpus

    @property
    def retriever(self) -> Retriever:
        return self._state.retriever

    def reload(self, force: bool = False) -> bool:
        """Re-read the corpus if its files changed (or `force`); True when a new corpus was loaded."""
        with self._reloading:
            signature = _signature(scan_files(self.paths, self.config.corpus.extensions))
            if not self.paths or (not force and signature == self._state.signature):
                return False
            self._state = self._build()
            return True

    def retrieve(self, question: str, k: int | None = None) -> list[Hit]:
        """The top-k sentences for a question (k defaults to retrieve.candidates_k)."""
        return self._search(self._state, question, k or self.config.retrieve.candidates_k)

    def tokens(self, question: str, state: _State | None = None) -> list[str]:
        """The tokens a question is searched with (shown by the REPL's debug view)."""
        return self.tokenizer.search_tokens(question, (state or self._state).retriever.vocabulary)

    def _search(self, state: _State, question: str, k: int) -> list[Hit]:
        return state.retriever.search(self.tokens(question, state), k)

    def explain(self, question: str) -> str:
        """The composer's feature tables for a question: the top sentences' rerank features and the top
        candidates' features with their weights (`qa ask --explain`, the REPL's debug view)."""
        text, problem = clean_question(question)
        if problem:
            return problem
        state = self._state
        return state.composer.explain(text, self._search(state, text, self.config.retrieve.candidates_k)).explain()

    def ask(self, question: str, top_k: int | None = None) -> Answer:
        """Answer one question. Bad input (empty, too long, no words) comes back as a declined Answer."""
        state = self._state
        text, problem = clean_question(question)
        if problem:
            return Answer(question=question, text="", declined=True, qtype="invalid", confidence=0.0,
                          rule="invalid", message=problem)
        hits = self._search(state, text, self.config.retrieve.candidates_k)
        answer = state.composer.compose(text, hits)
        k = top_k or self.config.retrieve.top_k
        if len(answer.evidence) > k:
            answer = replace(answer, evidence=answer.evidence[:k])
        if getattr(state.retriever, "partial", ""):  # some shards did not answer (index.sphinx.on_partial)
            answer = replace(answer, message=" ".join(filter(None, [answer.message, PARTIAL_NOTE])))
        return answer


def _signature(files: list[Path]) -> tuple:
    out = []
    for f in files:
        try:
            st = f.stat()
            out.append((str(f), st.st_size, st.st_mtime_ns))
        except OSError:
            out.append((str(f), -1, -1))
    return tuple(out)


__all__ = ["Engine", "MAX_QUESTION_CHARS"]
