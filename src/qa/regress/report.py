"""Results → what people and CI read: failure lines, per-type accuracy, the closing line, JSON, JUnit XML."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from .runner import CaseResult, TurnResult, accuracy_by_qtype, totals


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _got(turn: TurnResult) -> str:
    seen = turn.seen
    if seen.declined:
        return f"(declined{': ' + _short(seen.text, 40) if seen.text else ''})"
    return repr(_short(seen.text)) + (f" [{seen.qtype}]" if seen.qtype else "")


def _label(result: CaseResult, turn: TurnResult | None) -> str:
    case = result.case
    where = f"{case.file}:{turn.line if turn else case.line}"
    q = turn.q if turn else case.title
    if len(case.turns) > 1 and turn is not None:
        n = next(i for i, t in enumerate(case.turns, 1) if t.line == turn.line)
        q = f"{case.title} › turn {n}: {q}"
    elif case.name:
        q = f"{case.name}: {q}"
    return f"{where} {q}"


def _failed_turn(result: CaseResult) -> TurnResult:
    turn = result.failed_turn
    if turn is None:
        raise ValueError(f"{result.case.where}: a case with status {result.status!r} has no failing turn")
    return turn


def _expected(turn: TurnResult) -> str:
    return turn.expect.describe() if turn.expect is not None else "(no expectation)"


def failure_line(result: CaseResult) -> str:
    """One line for a failing case: where, question, expected, got, the evidence, what did not hold.
    A known failure (`xfail`) says XFAIL and its reason; a crash says ERROR."""
    known = result.status == "xfailed"
    head = "XFAIL" if known else "ERROR" if result.error else "FAIL"
    why = f" | xfail: {result.case.xfail}" if known else ""
    if result.error:
        return f"{head} {_label(result, None)}{why} | {result.error}"
    turn = _failed_turn(result)
    return (f"{head} {_label(result, turn)}{why} | expected: {_expected(turn)} | got: {_got(turn)}"
            f" | evidence: {_short(turn.seen.evidence, 60)!r} | {'; '.join(turn.problems)}")


def xpass_line(result: CaseResult) -> str:
    """A case marked `xfail` whose answers now hold."""
    return f"XPASS {_label(result, None)} | now passes: its xfail can be removed (xfail: {result.case.xfail})"


def failure_text(result: CaseResult) -> str:
    """The same, over several lines, with every turn of a conversation (pytest's failure view)."""
    if result.error:
        return f"{_label(result, None)}\nerror: {result.error}"
    turn = _failed_turn(result)
    # The first line is what pytest's short summary shows: say what went wrong there.
    lines = ["; ".join(turn.problems) + (f" (turn: {turn.q})" if len(result.turns) > 1 else ""),
             result.case.where + (f"  {result.case.name}" if result.case.name else "")]
    for i, t in enumerate(result.turns, 1):
        mark = "✓" if t.passed else "✗"
        lines.append(f"{mark} turn {i}: {t.q}" + (f"   (asked as: {t.asked})" if t.asked and t.asked != t.q else ""))
        if t.expect is not None:
            lines.append(f"    expected: {t.expect.describe()}")
        lines.append(f"    got:      {_got(t)}")
        if t.seen.evidence:
            lines.append(f"    evidence: {_short(t.seen.evidence, 120)}")
        if t.seen.source:
            lines.append(f"    source:   {_short(t.seen.source, 60)}")
        for p in t.problems:
            lines.append(f"    ✗ {p}")
    return "\n".join(lines)


def closing_line(results: list[CaseResult]) -> str:
    """"N passed, M failed" (errors count as failed), plus ", K skipped", ", X xfailed", ", Y xpassed" when any."""
    n = totals(results)
    line = f"{n['passed']} passed, {n['failed'] + n['error']} failed"
    return line + "".join(f", {n[k]} {k}" for k in ("skipped", "xfailed", "xpassed") if n[k])


def accuracy_lines(results: list[CaseResult]) -> list[str]:
    acc = accuracy_by_qtype(results)
    if not acc:
        return []
    width = max(len(k) for k in acc)
    lines = ["accuracy by question type (checked turns):"]
    for qtype, (ok, total) in acc.items():
        lines.append(f"  {qtype:<{width}}  {ok:>3}/{total:<3} {ok / total:6.0%}")
    return lines


def diff_lines(diff: dict) -> list[str]:
    lines = []
    for key, title in (("newly_failing", "newly failing"), ("newly_passing", "newly passing")):
        items = diff.get(key, [])
        lines.append(f"{title} since the previous run: {len(items)}")
        lines.extend(f"  {item}" for item in items)
    return lines


def text_report(results: list[CaseResult], errors: Sequence[str] = (), diff: dict | None = None) -> str:
    lines = [f"error: {e}" for e in errors]
    lines += [failure_line(r) for r in results if r.status in ("failed", "error")]
    lines += [failure_line(r) for r in results if r.status == "xfailed"]  # known, after the new failures
    lines += [xpass_line(r) for r in results if r.status == "xpassed"]
    acc = accuracy_lines(results)
    if acc:
        lines += ["", *acc]
    if diff is not None:
        lines += ["", *diff_lines(diff)]
    lines.append(closing_line(results))
    return "\n".join(lines)


def _turn_json(t: TurnResult) -> dict:
    return {
        "q": t.q, "line": t.line, "asked": t.asked, "passed": t.passed, "problems": list(t.problems),
        "expect": dict(t.expect.items()) if t.expect else None,
        "got": t.seen.text, "kind": t.seen.kind, "declined": t.seen.declined, "qtype": t.seen.qtype,
        "evidence": t.seen.evidence, "source": t.seen.source,
    }


def json_report(results: list[CaseResult], errors: Sequence[str] = (), diff: dict | None = None) -> dict:
    n = totals(results)
    out = {
        "passed": n["passed"], "failed": n["failed"] + n["error"], "skipped": n["skipped"],
        "xfailed": n["xfailed"], "xpassed": n["xpassed"],
        "summary": closing_line(results),
        "accuracy": {k: {"passed": ok, "total": total, "accuracy": round(ok / total, 4)}
                     for k, (ok, total) in accuracy_by_qtype(results).items()},
        "errors": list(errors),
        "cases": [{
            "file": r.case.file, "line": r.case.line, "name": r.case.name, "title": r.case.title,
            "tags": list(r.case.tags), "status": r.status, "skip": r.case.skip, "xfail": r.case.xfail,
            "error": r.error,
            "seconds": round(r.seconds, 4), "turns": [_turn_json(t) for t in r.turns],
        } for r in results],
    }
    if diff is not None:
        out["diff"] = diff
    return out


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    """XML 1.0 cannot carry most control characters, even escaped; a question may hold them."""
    return _NOT_XML.sub("\ufffd", text)


def junit_xml(results: list[CaseResult], errors: Sequence[str] = ()) -> bytes:
    """JUnit XML: one <testsuite> per suite file, one <testcase> per case; suite errors as <error>s."""
    root = ET.Element("testsuites", name="qa test")
    by_file: dict[str, list[CaseResult]] = {}
    for r in results:
        by_file.setdefault(r.case.file, []).append(r)
    for file, rs in by_file.items():
        n = totals(rs)
        suite = ET.SubElement(root, "testsuite", name=file, tests=str(len(rs)), failures=str(n["failed"]),
                              errors=str(n["error"]), skipped=str(n["skipped"] + n["xfailed"]),
                              time=f"{sum(r.seconds for r in rs):.3f}")
        for r in rs:
            case = ET.SubElement(suite, "testcase", classname=Path(file).name.removesuffix(".yaml"),
                                 name=_x(f"{r.case.title} (line {r.case.line})"), file=file, line=str(r.case.line),
                                 time=f"{r.seconds:.3f}")
            if r.status == "failed":
                turn = _failed_turn(r)
                ET.SubElement(case, "failure", message=_x("; ".join(turn.problems))).text = _x(failure_text(r))
            elif r.status == "error":
                ET.SubElement(case, "error", message=_x(r.error)).text = _x(failure_text(r))
            elif r.status == "skipped":
                ET.SubElement(case, "skipped", message=_x(r.case.skip))
            elif r.status == "xfailed":  # JUnit has no xfail; a known failure must not fail CI
                ET.SubElement(case, "skipped", message=_x(f"xfail: {r.case.xfail}")).text = _x(failure_text(r))
            elif r.status == "xpassed":
                ET.SubElement(case, "system-out").text = _x(xpass_line(r))
    for e in errors:
        suite = ET.SubElement(root, "testsuite", name=e.split(":", 1)[0], tests="1", failures="0", errors="1",
                              skipped="0", time="0")
        ET.SubElement(ET.SubElement(suite, "testcase", classname="suite", name="load"), "error", message=_x(e))
    n = totals(results)
    root.set("tests", str(len(results) + len(errors)))
    root.set("failures", str(n["failed"]))
    root.set("errors", str(n["error"] + len(errors)))
    root.set("skipped", str(n["skipped"] + n["xfailed"]))
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
