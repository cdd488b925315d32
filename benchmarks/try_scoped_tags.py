"""An experiment, not the product: `qa` with the composer tagging each corpus sentence with its own file's byline
names only, the way the index tokenizes each file (`Tokenizer.scoped_names`), instead of with every byline name of
the corpus. Questions are tagged as now. Tags made so could be stored per file at index time and stay valid as long
as the file does, so this asks whether the answers would move.

Usage (any `qa` command line after the script's name):
  python benchmarks/try_scoped_tags.py test tests/suites/ --json > scoped.json
  .venv/bin/qa test tests/suites/ --json > now.json        # then compare the cases' turns
"""

from __future__ import annotations

import sys

from qa import engine
from qa.answer import compose
from qa.postag import PosTagger

_build = engine.Engine._build
_init = compose.Composer.__init__
counts = {"sentences tagged": 0, "with file names": 0}


def _engine_build(self, *args, **kwargs):
    state = _build(self, *args, **kwargs)
    state.composer._base = state.retriever.base_tokenizer  # the tokenizer without byline names
    return state


def _composer_init(self, config, corpus, tokenizer, weights, *args, **kwargs):
    _init(self, config, corpus, tokenizer, weights, *args, **kwargs)
    files: dict[str, list[str]] = {}
    for a in corpus.articles:
        files.setdefault(a.file, []).extend(a.byline.names + a.credit.names)
    self._file_names = {a.id: tuple(dict.fromkeys(files[a.file])) for a in corpus.articles}


def _file_tags(self, s) -> list[tuple[str, str]]:
    names = self._file_names.get(s.article_id, ())
    counts["sentences tagged"] += 1
    counts["with file names"] += bool(names)
    with self._base.scoped_names(names):
        return list(PosTagger(self._base.pos_tokenizer(), self._base.hmm, texts=0).tag(s.folded))


def _tags(self, s):
    got = self._cache.get(s.id)
    if got is None:
        got = self._cache[s.id] = (_file_tags(self, s), None)
    return got[0]


def _tagged(self, s):
    got = self._cache.get(s.id)
    if got is None or got[1] is None:
        pos = got[0] if got is not None else _file_tags(self, s)
        got = self._cache[s.id] = (pos, compose.extract(s.folded, pos, self._names, self._freq))
    return got


def main() -> int:
    from qa.cli import main as qa_main

    engine.Engine._build = _engine_build  # type: ignore[method-assign]
    compose.Composer.__init__ = _composer_init  # type: ignore[method-assign]
    compose.Composer._tags = _tags  # type: ignore[method-assign]
    compose.Composer._tagged = _tagged  # type: ignore[method-assign]  # before any Reader binds it
    try:
        return qa_main(sys.argv[1:])
    finally:
        print(counts, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
