"""pytest plugin (entry point `qa_suites`): every `*.qa.yaml` file pytest walks over is a suite, each case a
test item, so `pytest` alone runs the Q&A suites.

Cases share engines (one per corpus for the whole session). The config is `--qa-config FILE`, else
$QA_CONFIG, else config/default.yaml. Case tags are keywords, so `pytest -k who` selects them.
A case's `xfail: reason` becomes a non-strict `pytest.mark.xfail`.
"""

from __future__ import annotations

import pytest

from ..config import load_config
from .report import failure_text
from .runner import CaseResult, Engines, run_case
from .suite import SuiteError, load_suite

ENGINES = pytest.StashKey[Engines]()


def pytest_addoption(parser):
    group = parser.getgroup("qa suites", "Q&A regression suites (*.qa.yaml)")
    group.addoption("--qa-config", metavar="FILE", default=None,
                    help="config YAML for *.qa.yaml suites (default: $QA_CONFIG or config/default.yaml)")


def pytest_collect_file(file_path, parent):
    if file_path.name.endswith(".qa.yaml"):
        return SuiteFile.from_parent(parent, path=file_path)
    return None


def _engines(config) -> Engines:
    if ENGINES not in config.stash:
        config.stash[ENGINES] = Engines(load_config(config.getoption("qa_config")))
    return config.stash[ENGINES]


class SuiteFile(pytest.File):
    def collect(self):
        try:
            suite = load_suite(self.path)
        except SuiteError as exc:
            raise self.CollectError(str(exc)) from None
        titles = [c.title for c in suite.cases]
        for case in suite.cases:
            name = case.title if titles.count(case.title) == 1 else f"{case.title} (line {case.line})"
            item = CaseItem.from_parent(self, name=name, case=case, corpus=suite.corpus)
            item.extra_keyword_matches.update(case.tags)  # what `pytest -k` matches besides names
            if case.skip:
                item.add_marker(pytest.mark.skip(reason=case.skip))
            elif case.xfail:  # non-strict: a failure shows as xfailed, a pass as xpassed; neither fails the run
                item.add_marker(pytest.mark.xfail(reason=case.xfail, strict=False))
            yield item


class CaseFailed(Exception):
    def __init__(self, result: CaseResult):
        super().__init__(result.case.title)
        self.result = result


class CaseItem(pytest.Item):
    def __init__(self, *, case, corpus, **kwargs):
        super().__init__(**kwargs)
        self.case = case
        self.corpus = corpus

    def runtest(self):
        try:
            engine = _engines(self.config).get(self.corpus)
        except Exception as exc:  # shown as this case's failure, without an engine traceback
            raise CaseFailed(CaseResult(self.case, "error", error=f"cannot load the corpus: {exc}")) from None
        result = run_case(self.case, engine)
        if not result.ok:  # an xfailed case raises too, so pytest's xfail marker reports it
            raise CaseFailed(result)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, CaseFailed):
            return failure_text(excinfo.value.result)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, self.case.line - 1, f"{self.path.name}:{self.case.line} {self.case.title}"
