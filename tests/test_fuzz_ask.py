"""Fuzzing `qa ask --jsonl` (issue 13): arbitrary bytes and arbitrary JSON lines in → exactly one strict-JSON,
UTF-8 line per input line out, in order, and the stream never stops. In-process over the stream function (fast:
a few thousand examples) and through the real console script with large fuzzed batches."""

from __future__ import annotations

import io
import json
import os
import subprocess

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.cli import ask_stream
from qa.render import answer_json

from conftest import QA_BIN, SEEDS

FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
                derandomize=True)


def _no_constants(name: str):
    raise ValueError(f"not strict JSON: {name}")


def check_output(data: bytes, lines: list[str] | list[bytes]) -> list[dict]:
    """The stream's output for input `data`: one strict-JSON line per input line, each a record."""
    expected = data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)
    assert len(lines) == expected
    records = []
    for line in lines:
        text = line.decode("utf-8") if isinstance(line, bytes) else line  # strict UTF-8
        assert "\n" not in text
        text.encode("utf-8")  # no lone surrogates
        record = json.loads(text, parse_constant=_no_constants)
        assert isinstance(record, dict) and isinstance(record["declined"], bool)
        assert "id" not in record or isinstance(record["id"], (str, int, float, bool))
        records.append(record)
    return records


BIG = "<an integer of 5000 digits>"  # written into the line by _json_line (past Python's int/str limit)
# Strings of every kind: lone surrogates, controls, private use, astral characters, the question words.
TEXT = st.text(st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=40) | st.sampled_from(
    ["谁主持了会议？", "会议在哪里召开？", "東白馬湖社區青年人群佔比是多少？", "", " ", "\ufeff", "\ud800", "\udfff谁"])
IDS = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | TEXT
    | st.sampled_from([float("nan"), float("inf"), -float("inf"), BIG]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3), max_leaves=8)


def _json_line(obj) -> bytes:
    # Python writes NaN/Infinity (which the stream must accept and never echo) and \ud800 escapes.
    return json.dumps(obj, ensure_ascii=True).replace(json.dumps(BIG), "7" * 5000).encode()


OBJECTS = st.fixed_dictionaries({}, optional={"id": IDS, "question": TEXT | IDS, "x": IDS}).map(_json_line)
RAW_LINES = st.binary(max_size=60).map(lambda b: b.replace(b"\n", b" "))
LINES = st.lists(OBJECTS | RAW_LINES | TEXT.map(lambda t: t.replace("\n", " ").encode("utf-8", "surrogatepass")),
                 min_size=0, max_size=6)


def _stream(engine):
    articles = {a.id: a for a in engine.corpus.articles}

    def respond(question, qid):
        return answer_json(engine.ask(question), articles, qid)

    return lambda data: list(ask_stream(io.BytesIO(data), respond))


@given(data=st.binary(max_size=200))
@settings(FUZZ, max_examples=600)
def test_arbitrary_bytes(engine, data):
    check_output(data, _stream(engine)(data))


@given(lines=LINES, last_newline=st.booleans())
@settings(FUZZ, max_examples=1200)
def test_arbitrary_json_and_text_lines(engine, lines, last_newline):
    data = b"\n".join(lines) + (b"\n" if last_newline and lines else b"")
    records = check_output(data, _stream(engine)(data))
    for line, record in zip(data.split(b"\n"), records, strict=False):
        if line.strip() == b"":
            assert record["declined"] and record["error"].endswith("empty line")


@given(lines=st.lists(OBJECTS | RAW_LINES, min_size=150, max_size=250))
@settings(FUZZ, max_examples=2)
def test_real_console_script(tmp_path_factory, lines):
    folder = tmp_path_factory.mktemp("fuzz")
    cfg = folder / "config.yaml"
    cfg.write_text(f"corpus:\n  paths: [{SEEDS}]\nindex:\n  cache_dir: {folder / 'cache'}\n", encoding="utf-8")
    data = b"\n".join(lines) + b"\n"
    r = subprocess.run([str(QA_BIN), "ask", "--jsonl"], input=data, capture_output=True, timeout=300,
                       env={**os.environ, "QA_CONFIG": str(cfg)})
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")[-2000:]
    assert b"Traceback" not in r.stderr
    check_output(data, r.stdout.split(b"\n")[:-1])
    assert r.stdout.endswith(b"\n")
