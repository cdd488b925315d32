"""What every command-line adapter shares: the options that pick the config, corpus and backend, and what to
tell the user about the corpus once it is loaded."""

from __future__ import annotations

import argparse
import sys

from .config import BACKENDS
from .types import Corpus

CORPUS_HELP = "corpus file or folder (repeatable; default: corpus.paths from the config)"


def add_engine_options(parser: argparse.ArgumentParser, corpus: str | None = CORPUS_HELP,
                       backend: bool = True) -> None:
    """--config, --corpus (unless `corpus` is None; its help text otherwise), --backend, -v."""
    parser.add_argument("--config", metavar="FILE", help="config YAML (default: $QA_CONFIG or config/default.yaml)")
    if corpus:
        parser.add_argument("--corpus", metavar="PATH", action="append", help=corpus)
    if backend:
        parser.add_argument("--backend", choices=BACKENDS, help="retrieval backend (default: index.backend)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")


def print_warning(message: str) -> None:
    """The command-line adapters' `on_warning` (engine.build_engine): one line on stderr."""
    print(f"warning: {message}", file=sys.stderr)


def corpus_warnings(corpus: Corpus) -> list[str]:
    """Files skipped and why, and a word when nothing at all was loaded."""
    out = list(corpus.warnings)
    if not corpus.sentences:
        out.append("the corpus is empty: every question will be declined")
    return out
