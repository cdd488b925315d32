"""The previous run's results, kept in the cache folder, for `qa test --diff`.

Cases are keyed by suite file and name (or first question), not by line, so editing a suite above a case does
not make it look new. A run stores what it ran on top of the earlier record, so a `-k` run forgets nothing.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from .. import atomic
from .runner import CaseResult

log = logging.getLogger(__name__)
FILE_NAME = "regress-last.json"
PASSING = ("passed", "xpassed")
FAILING = ("failed", "error", "xfailed")  # a known failure is still a failure: marking a case xfail is news


def case_keys(results: list[CaseResult]) -> list[str]:
    """A stable key per result; repeated titles in one file get "#2", "#3"."""
    seen: dict[str, int] = {}
    keys = []
    for r in results:
        base = f"{Path(r.case.file).resolve()}::{r.case.title}"
        seen[base] = seen.get(base, 0) + 1
        keys.append(base if seen[base] == 1 else f"{base}#{seen[base]}")
    return keys


def load(path: Path) -> dict[str, str]:
    """{case key: status} of the previous run; {} when there is none or it cannot be read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable previous results %s: %s", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def save(path: Path, previous: dict[str, str], results: list[CaseResult]) -> None:
    merged = dict(previous)
    for key, r in zip(case_keys(results), results, strict=True):
        if r.status != "skipped":
            merged[key] = r.status
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_text(path, json.dumps(merged, ensure_ascii=False, indent=1))  # a crash leaves the old record


def diff(previous: dict[str, str], results: list[CaseResult]) -> dict[str, list[str]]:
    """Cases that passed last time and fail now, and the reverse ("file:line title" each)."""
    out: dict[str, list[str]] = {"newly_failing": [], "newly_passing": []}
    for key, r in zip(case_keys(results), results, strict=True):
        before = previous.get(key)
        label = f"{r.case.where} {r.case.title}"
        if before in PASSING and r.status in FAILING:
            out["newly_failing"].append(label)
        elif before in FAILING and r.status in PASSING:
            out["newly_passing"].append(label)
    return out
