"""`qa test` suite and question files given the inputs that broke `qa ask` (issue 13, "the same class of fault
elsewhere"): lone surrogates, deep nesting, a FIFO, a stray byte."""

from __future__ import annotations

import json
import os
import threading

import pytest

from qa.regress.suite import SuiteError, load_questions, load_suite


def test_surrogate_escape_in_a_suite_is_replaced(tmp_path):
    f = tmp_path / "s.qa.yaml"
    f.write_text('cases:\n  - q: "\\ud800谁主持了会议？"\n    expect: {exact: "刘\\udc00捷"}\n', encoding="utf-8")
    case = load_suite(f).cases[0]
    assert case.turns[0].q == "\ufffd谁主持了会议？" and case.turns[0].expect.exact == "刘\ufffd捷"
    json.dumps(case.turns[0].q, ensure_ascii=False).encode("utf-8")  # can be written to history and reports


def test_deeply_nested_suite_is_a_clear_error(tmp_path):
    f = tmp_path / "d.qa.yaml"
    f.write_text("cases: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(SuiteError, match="d.qa.yaml:1: malformed YAML: nested too deeply"):
        load_suite(f)


def test_fifo_suite_is_refused_not_waited_on(tmp_path):
    f = tmp_path / "p.qa.yaml"
    os.mkfifo(f)
    result = {}

    def load():
        try:
            load_suite(f)
        except SuiteError as exc:
            result["error"] = str(exc)

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(20)
    if worker.is_alive():
        with open(f, "wb"):
            pass
        pytest.fail("load_suite blocked on a FIFO")
    assert "FIFO" in result["error"]


def test_question_file_with_a_stray_byte_keeps_its_questions(tmp_path):
    f = tmp_path / "q.txt"
    f.write_bytes(b"\xff" + "谁主持了会议？\n会议在哪里召开？\n".encode())
    assert [c.turns[0].q for c in load_questions(f).cases] == ["\ufffd谁主持了会议？", "会议在哪里召开？"]
