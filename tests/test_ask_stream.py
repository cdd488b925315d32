"""`qa ask --jsonl` never dies on a line and always writes strict JSON in UTF-8 (issue 13, items 1–2): the stream
function in-process over the seed engine, and the real console script for what only a process shows (stdin and
argv bytes, the output encoding)."""

from __future__ import annotations

import io
import json
import os
import subprocess

import pytest

from qa.cli import ask_stream, strict_json
from qa.render import answer_json

from conftest import QA_BIN, SEEDS


def _no_constants(name: str):
    raise ValueError(f"not strict JSON: {name}")


def strict_loads(line: str):
    return json.loads(line, parse_constant=_no_constants)


@pytest.fixture(scope="module")
def run(engine):
    """stdin bytes → the parsed records the stream writes for them."""
    articles = {a.id: a for a in engine.corpus.articles}

    def respond(question, qid):
        return answer_json(engine.ask(question), articles, qid)

    def go(data: bytes) -> list[dict]:
        out = list(ask_stream(io.BytesIO(data), respond))
        for line in out:
            assert "\n" not in line
            line.encode("utf-8")  # no lone surrogates
        return [strict_loads(x) for x in out]

    return go


def test_lone_surrogate_does_not_end_the_stream(run):
    out = run('谁主持了会议？\n{"id":2,"question":"\\ud800"}\n会议在哪里召开？\n'.encode())
    assert len(out) == 3
    assert out[1]["id"] == 2 and out[1]["declined"] and out[1]["question"] == "\ufffd"
    assert "surrogate" in out[1]["warning"]
    assert out[2]["answer"] and not out[2]["declined"]


def test_lone_surrogate_inside_a_question_is_replaced_and_answered(run):
    out = run('{"id":3,"question":"谁主持了\\udc00会议？"}\n'.encode())
    assert out[0]["question"] == "谁主持了\ufffd会议？" and "刘捷" in out[0]["answer"]


def test_invalid_utf8_is_replaced_and_answered(run):
    out = run(b"\xff" + "谁主持了会议？".encode() + b"\n" + b"\xff\xfe\n")
    assert len(out) == 2
    assert out[0]["question"] == "\ufffd谁主持了会议？" and "刘捷" in out[0]["answer"]
    assert out[0]["warning"] == "line 1: invalid UTF-8 replaced with U+FFFD"
    assert out[1]["declined"] and out[1]["question"] == "\ufffd\ufffd"


def test_deep_id_and_long_id(run):
    deep = '{"question":"谁主持了会议？","id":' + "[" * 1000 + "]" * 1000 + "}"
    long_id = '{"question":"谁主持了会议？","id":' + "7" * 5000 + "}"
    out = run((deep + "\n" + long_id + "\n谁主持了会议？\n").encode())
    assert len(out) == 3
    assert out[0]["declined"] and "line 1" in out[0]["error"]
    assert out[1]["id"] == "7" * 5000 and "刘捷" in out[1]["answer"]  # kept as text: no int conversion limit
    assert "刘捷" in out[2]["answer"]


@pytest.mark.parametrize("raw,expected", [("NaN", "NaN"), ("Infinity", "Infinity"), ("-Infinity", "-Infinity"),
                                          ("1e999", "1e999"), ("-1e999", "-1e999")])
def test_ids_strict_json_cannot_carry_come_back_as_text(run, raw, expected):
    out = run(('{"id":' + raw + ',"question":"谁主持了会议？"}\n').encode())
    assert out[0]["id"] == expected and not out[0]["declined"]


@pytest.mark.parametrize("raw", ['[1, 2]', '{"a": 1}', '[{"x": "\\ud800"}]'])
def test_structured_ids_are_an_error_record(run, raw):
    out = run(('{"id":' + raw + ',"question":"谁主持了会议？"}\n').encode())
    assert out[0]["declined"] and "'id' must be" in out[0]["error"]
    assert isinstance(out[0]["id"], str) and json.loads(out[0]["id"].replace("\ufffd", "?")) is not None


@pytest.mark.parametrize("raw", ['{"id": 1, "question": NaN}', '{"id": 1, "question": 5}', '{"question": ["x"]}',
                                 '{"id": 1}'])
def test_question_must_be_a_string(run, raw):
    out = run((raw + "\n").encode())
    assert out[0]["declined"] and "string 'question'" in out[0]["error"]


def test_every_input_line_gets_exactly_one_record(run):
    data = b"\n   \n\r\n" + "谁主持了会议？\r\n".encode() + b"{\n" + b"\x00\x01\n" + "最后一行没有换行".encode()
    out = run(data)
    assert len(out) == 7
    assert [r.get("error", "") for r in out[:3]] == [f"line {n}: empty line" for n in (1, 2, 3)]
    assert out[3]["question"] == "谁主持了会议？"  # CRLF input: the \r is not part of the question
    assert "not valid JSON" in out[4]["error"]
    assert out[6]["question"] == "最后一行没有换行"


def test_an_internal_error_is_a_record_not_the_end(engine):
    def respond(question, qid):
        if "炸" in question:
            raise RuntimeError("boom")
        return {"question": question}

    out = list(ask_stream([b"a\n", "炸\n".encode(), b"c\n"], respond))
    assert [strict_loads(x).get("question") for x in out] == ["a", "", "c"]
    assert "line 2: internal error: RuntimeError: boom" in strict_loads(out[1])["error"]


def test_strict_json_refuses_nan_and_scrubs_surrogates():
    with pytest.raises(ValueError):
        strict_json({"x": float("nan")})
    assert strict_json({"x": "a\ud800"}) == '{"x": "a\ufffd"}'


# ---------------------------------------------------------------- the real console script

@pytest.fixture(scope="module")
def env(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stream")
    cfg = folder / "config.yaml"
    cfg.write_text(f"corpus:\n  paths: [{SEEDS}]\nindex:\n  cache_dir: {folder / 'cache'}\n", encoding="utf-8")
    return {**os.environ, "QA_CONFIG": str(cfg)}


def qa(env, *args, stdin: bytes = b"", **extra_env):
    return subprocess.run([str(QA_BIN), *args], input=stdin, capture_output=True, env={**env, **extra_env},
                          timeout=120)


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_stream_of_bad_input_under_any_io_encoding(env, encoding):
    lines = [b"\xff" + "谁主持了会议？".encode(), b'{"id":2,"question":"\\ud800"}', b"\xff\xfe",
             b'{"id":NaN,"question":"x"}', "会议在哪里召开？".encode()]
    r = qa(env, "ask", "--jsonl", stdin=b"\n".join(lines) + b"\n", PYTHONIOENCODING=encoding)
    assert r.returncode == 0, r.stderr.decode(errors="replace")
    assert b"Traceback" not in r.stderr
    out = [strict_loads(x) for x in r.stdout.decode("utf-8").splitlines()]  # strict UTF-8, strict JSON
    assert len(out) == len(lines)
    assert out[3]["id"] == "NaN" and "杭州" in out[4]["answer"]


def test_argument_with_invalid_utf8(env):
    r = qa(env, "ask", "--json", b"\xff" + "谁主持了会议？".encode())
    assert r.returncode == 0 and b"Traceback" not in r.stderr
    out = strict_loads(r.stdout.decode("utf-8"))
    assert out["question"] == "\ufffd谁主持了会议？" and "刘捷" in out["answer"]
    r = qa(env, "ask", b"\xff" + "谁主持了会议？".encode())
    assert r.returncode == 0 and "刘捷" in r.stdout.decode("utf-8")


def test_question_on_stdin_with_invalid_utf8(env):
    r = qa(env, "ask", "--json", stdin=b"\xfe" + "谁主持了会议？".encode(), PYTHONIOENCODING="utf-8")
    assert r.returncode == 0 and b"Traceback" not in r.stderr
    assert "刘捷" in strict_loads(r.stdout.decode("utf-8"))["answer"]


def test_corpus_json_with_undecodable_file_name(env, tmp_path):
    (tmp_path / os.fsdecode(b"\xff\xfe.txt")).write_text("标题\n\n本报记者 王小明\n\n正文一句。\n", encoding="utf-8")
    os.symlink("nowhere.txt", tmp_path / os.fsdecode(b"bad\xff.txt"))
    r = qa(env, "corpus", "--json", "--corpus", str(tmp_path))
    assert r.returncode == 0 and b"Traceback" not in r.stderr
    data = strict_loads(r.stdout.decode("utf-8"))
    assert data["articles"][0]["file"].endswith("\\xff\\xfe.txt")
    assert any("bad\\xff.txt" in w and "dangling" in w for w in data["warnings"])


@pytest.mark.parametrize("question", ["谁\ud800主持了会议？", "\udcff", "會議\udfff在哪裡召開？"])
def test_engine_survives_lone_surrogates(engine, question):
    """Every adapter, not only `qa ask`: folding (OpenCC) replaces a lone surrogate instead of raising."""
    answer = engine.ask(question)
    assert answer.qtype == "invalid" or answer.evidence
    from qa.normalize import fold
    assert fold("謝\ud800主持") == "谢\ufffd主持"
