"""`qa test --record`: today's answers written as a new suite, to review and to diff against later."""

from __future__ import annotations

import os
import time
from pathlib import Path

import yaml

from .match import Observed
from .runner import CaseResult


def snapshot(seen: Observed) -> dict:
    """The expectation that today's reply meets, as a user would check it."""
    if seen.declined:
        return {"declined": True}
    if seen.kind in ("source", "detail"):
        first = seen.text.splitlines()[0] if seen.text else ""
        return {"evidence": first[:40]} if first else {"declined": False}
    if not seen.text.strip():
        return {"declined": False}
    out: dict = {"exact": seen.text}
    if seen.source:
        out["source"] = seen.source
    if seen.qtype:
        out["qtype"] = seen.qtype
    return out


def suite_yaml(results: list[CaseResult], corpus: Path | None, out: Path, sources: list[str]) -> str:
    """The YAML text of a suite with one case per result (same names, tags and turns)."""
    cases = []
    for r in results:
        case: dict = {}
        if r.case.name:
            case["name"] = r.case.name
        if r.case.tags:
            case["tags"] = list(r.case.tags)
        turns = [{"q": t.q, "expect": snapshot(t.seen)} for t in r.turns]
        if len(turns) == 1:
            case.update(turns[0])
        else:
            case["turns"] = turns
        cases.append(case)
    doc: dict = {}
    if corpus is not None:
        doc["corpus"] = os.path.relpath(corpus, out.resolve().parent)
    doc["cases"] = cases
    header = (f"# Recorded by `qa test --record` on {time.strftime('%Y-%m-%d %H:%M')} from {', '.join(sources)}.\n"
              "# Today's answers, not checked facts: review before relying on them.\n")
    return header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000)
