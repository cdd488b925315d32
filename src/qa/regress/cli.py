"""`qa test`: run YAML Q&A suites from the command line (the adapter; `qa.cli` dispatches here)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .. import atomic
from ..config import load_config
from ..options import add_engine_options
from . import history
from .record import suite_yaml
from .report import json_report, junit_xml, text_report
from .runner import Engines, run_suites, totals
from .suite import SuiteError, load_questions, load_suite, suite_files

EXAMPLES = """examples:
  qa test tests/suites/                       # every *.qa.yaml under the folder
  qa test tests/suites/seed.qa.yaml -k who    # only cases tagged "who" or with "who" in their name
  qa test tests/suites/ -k 'not decline' --junit report.xml
  qa test tests/suites/ --json > results.json
  qa test tests/suites/ --diff                # list cases newly failing / passing since the last run
  qa test tests/suites/ --record snapshot.qa.yaml   # today's answers as a new suite
  qa test questions.txt --record snapshot.qa.yaml   # one question per line → a suite to review

exit status: 0 all passed (cases marked xfail may fail), 1 some failed, 2 a suite file is malformed, 5 no case selected.
Suite format: see README, "Regression suites"."""

BIG_RUN = 20  # cases; smaller runs finish before a progress bar would help


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="suite files (*.qa.yaml) or folders of them")
    add_engine_options(parser, corpus="corpus for suites that name none (repeatable; default: the config's corpus)",
                       backend=False)
    parser.add_argument("-k", dest="select", metavar="EXPR", action="append", default=[],
                        help="only cases with this tag or with EXPR in their name/question; 'not EXPR' excludes "
                             "(repeatable: all must hold)")
    parser.add_argument("--junit", metavar="FILE", help="also write a JUnit XML report to FILE")
    parser.add_argument("--json", action="store_true", help="print a JSON report instead of text")
    parser.add_argument("--record", metavar="FILE",
                        help="write today's answers to the given questions as a new suite FILE (nothing is checked)")
    parser.add_argument("--diff", action="store_true",
                        help="list cases newly failing and newly passing since the previous run")


def _load(paths: list[str], record: bool) -> tuple[list, list[str]]:
    suites, errors = [], []
    try:
        files = suite_files(paths)
    except SuiteError as exc:
        return [], [str(exc)]
    for f in files:
        try:
            if f.suffix == ".txt":
                if not record:
                    raise SuiteError(f"{f}: a plain question list can only be used with --record")
                suites.append(load_questions(f))
            else:
                suites.append(load_suite(f))
        except SuiteError as exc:
            errors.append(str(exc))
    if not files:
        errors.append(f"no suite files (*.qa.yaml) under {', '.join(paths)}")
    return suites, errors


def run(args) -> int:
    suites, errors = _load(args.paths, bool(args.record))
    config = load_config(args.config)
    tty = sys.stderr.isatty()
    engines = Engines(config, [Path(p) for p in args.corpus] if args.corpus else None, progress=tty)
    n_cases = sum(len(s.cases) for s in suites)
    bar = None
    if tty and n_cases >= BIG_RUN:
        from tqdm import tqdm

        bar = tqdm(total=n_cases, unit="case", file=sys.stderr, leave=False)
    try:
        results = run_suites(suites, engines, args.select, ignore_skip=bool(args.record),
                             on_case=(lambda _r: bar.update(1)) if bar else None)
    finally:
        if bar is not None:
            bar.close()

    if args.record:
        return _record(args, suites, results, errors)
    if not results and not errors:
        print("no cases selected" + (f" by -k {' -k '.join(args.select)}" if args.select else ""), file=sys.stderr)
        return 5

    store = config.path(config.index.cache_dir) / history.FILE_NAME
    previous = history.load(store)
    changes = history.diff(previous, results) if args.diff else None
    try:
        history.save(store, previous, results)
    except OSError as exc:
        print(f"warning: cannot keep these results for --diff in {store}: {exc.strerror or exc}", file=sys.stderr)

    if args.junit:
        try:
            atomic.write_bytes(args.junit, junit_xml(results, errors))
        except OSError as exc:
            errors.append(f"{args.junit}: cannot write the JUnit report: {exc.strerror or exc}")
    if args.json:
        print(json.dumps(json_report(results, errors, changes), ensure_ascii=False, indent=2))
    else:
        print(text_report(results, errors, changes))
    if errors:
        return 2
    n = totals(results)
    return 0 if n["failed"] == 0 and n["error"] == 0 else 1


def _record(args, suites, results, errors) -> int:
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    corpora = {s.corpus for s in suites if any(r.case.file == str(s.path) for r in results)}
    if len(corpora) > 1:
        print("error: --record writes one suite, so the questions must share one corpus; record each suite "
              "on its own", file=sys.stderr)
        return 2
    kept = [r for r in results if not r.error]  # a crash (also of an xfail case) has no answers to record
    for r in results:
        if r.error:
            print(f"not recorded: {r.case.where} {r.case.title}: {r.error}", file=sys.stderr)
    corpus = next(iter(corpora), None)
    if corpus is None and args.corpus and len(args.corpus) == 1:
        corpus = Path(args.corpus[0]).resolve()
    out = Path(args.record)
    try:
        atomic.write_text(out, suite_yaml(kept, corpus, out, [str(s.path) for s in suites]))
    except OSError as exc:
        print(f"error: {out}: cannot write the suite: {exc.strerror or exc}", file=sys.stderr)
        return 2
    turns = sum(len(r.turns) for r in kept)
    print(f"recorded {len(kept)} cases ({turns} questions) to {out}")
    return 2 if errors else 0
