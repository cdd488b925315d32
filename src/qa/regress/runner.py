"""Run cases through the conversation layer: one Conversation per case, engines shared per corpus."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..config import Config
from ..engine import Engine, build_engine
from ..session import Conversation
from .match import Observed, check, observe
from .suite import Case, Expect, Suite

log = logging.getLogger(__name__)


class Engines:
    """Engines by corpus for one run and one config, so a folder of suites on one corpus loads its index once."""

    def __init__(self, config: Config, default_corpus: list[Path] | None = None, progress: bool = False):
        self.config = config
        self.default_corpus = default_corpus  # None: the config's corpus.paths
        self.progress = progress
        self._engines: dict[tuple, Engine] = {}

    def get(self, corpus: Path | None) -> Engine:
        paths = [corpus] if corpus is not None else self.default_corpus
        key = tuple(str(Path(p).resolve()) for p in paths) if paths else ()
        if key not in self._engines:
            where = ", ".join(key) or "default corpus"
            self._engines[key] = build_engine(self.config, paths, progress=self.progress,
                                              on_warning=lambda w: log.warning("%s: %s", where, w))
        return self._engines[key]


@dataclass(frozen=True)
class TurnResult:
    q: str
    line: int
    expect: Expect | None
    seen: Observed
    problems: tuple[str, ...]
    asked: str = ""  # the question as asked after carry-over ("" for follow-ups)

    @property
    def passed(self) -> bool:
        return not self.problems

    @property
    def qtype(self) -> str:
        """The bucket for per-type accuracy: the expected type when the case names one, else the bot's."""
        return (self.expect.qtype if self.expect and self.expect.qtype else None) or self.seen.qtype or "other"


@dataclass(frozen=True)
class CaseResult:
    case: Case
    status: str  # passed | failed | skipped | error | xfailed | xpassed (the last two: cases marked `xfail`)
    turns: tuple[TurnResult, ...] = ()
    error: str = ""
    seconds: float = 0.0

    @property
    def failed_turn(self) -> TurnResult | None:
        return next((t for t in self.turns if not t.passed), None)

    @property
    def ok(self) -> bool:
        """The case's answers held (an xpassed case too); an xfailed one did not, though the run does not fail."""
        return self.status in ("passed", "xpassed")


def matches(case: Case, exprs: Iterable[str]) -> bool:
    """`-k` filters: each must hold. A filter matches a tag exactly or the case's name/question as a substring;
    "not X" negates."""
    for expr in exprs:
        expr = expr.strip()
        negate = expr.lower().startswith("not ")
        word = expr[4:].strip() if negate else expr
        hit = word in case.tags or word.lower() in case.title.lower() or any(word in t.q for t in case.turns)
        if hit == negate:
            return False
    return True


def run_case(case: Case, engine: Engine, ignore_skip: bool = False) -> CaseResult:
    if case.skip and not ignore_skip:
        return CaseResult(case, "skipped")
    t0 = time.perf_counter()
    conv = Conversation(engine)
    turns = []
    try:
        for turn in case.turns:
            reply = conv.handle(turn.q)
            seen = observe(reply, conv.shown)
            problems = tuple(check(turn.expect, seen)) if turn.expect is not None else ()
            turns.append(TurnResult(turn.q, turn.line, turn.expect, seen, problems, reply.question))
    except Exception as exc:  # a crash in the engine is this case's result, not the end of the run
        # a known failure may be a crash too: like pytest's xfail, any exception while running counts
        status = "xfailed" if case.xfail else "error"
        return CaseResult(case, status, tuple(turns), f"{type(exc).__name__}: {exc}", time.perf_counter() - t0)
    ok = all(t.passed for t in turns)
    if case.xfail:
        status = "xpassed" if ok else "xfailed"
    else:
        status = "passed" if ok else "failed"
    return CaseResult(case, status, tuple(turns), seconds=time.perf_counter() - t0)


def run_suites(suites: list[Suite], engines: Engines, select: Iterable[str] = (), ignore_skip: bool = False,
               on_case: Callable[[CaseResult], None] | None = None) -> list[CaseResult]:
    """Every selected case of every suite, in order; an engine that fails to load fails its suite's cases."""
    select = list(select)
    results = []
    for suite in suites:
        cases = [c for c in suite.cases if matches(c, select)]
        if not cases:
            continue
        engine, error = None, ""
        try:
            engine = engines.get(suite.corpus)
        except Exception as exc:  # e.g. an unreadable corpus: every case of this suite reports it
            error = f"cannot load the corpus: {type(exc).__name__}: {exc}"
        for case in cases:
            if engine is None:
                result = CaseResult(case, "error", error=error)
            else:
                result = run_case(case, engine, ignore_skip)
            results.append(result)
            if on_case:
                on_case(result)
    return results


def accuracy_by_qtype(results: list[CaseResult]) -> dict[str, tuple[int, int]]:
    """{qtype: (passed, total)} over every checked turn that ran, most frequent type first."""
    counts: dict[str, list[int]] = {}
    for r in results:
        for t in r.turns:
            if t.expect is None:
                continue
            c = counts.setdefault(t.qtype, [0, 0])
            c[0] += t.passed
            c[1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(counts.items(), key=lambda kv: (-kv[1][1], kv[0]))}


STATUSES = ("passed", "failed", "skipped", "error", "xfailed", "xpassed")


def totals(results: list[CaseResult]) -> dict[str, int]:
    """{status: count} for every status, each counted on its own ("passed" leaves out "xpassed")."""
    out = dict.fromkeys(STATUSES, 0)
    for r in results:
        out[r.status] += 1
    return out
