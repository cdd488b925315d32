"""`qa ask`, `qa ask --jsonl`, `qa corpus`, `qa index` end to end through the real console script."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from conftest import QA_BIN, SEEDS


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    cfg = folder / "config.yaml"
    cfg.write_text(f"corpus:\n  paths: [{SEEDS}]\nindex:\n  cache_dir: {folder / 'cache'}\n", encoding="utf-8")
    return {**os.environ, "QA_CONFIG": str(cfg)}


def qa(env, *args, stdin: str | None = None):
    return subprocess.run([str(QA_BIN), *args], input=stdin, capture_output=True, text=True, env=env, timeout=120)


EVIDENCE_FIELDS = {"text", "title", "file", "sentence_id", "score"}


def test_ask_json_fields(env):
    r = qa(env, "ask", "--json", "--top-k", "3", "全省建设更高水平平安浙江工作会议在哪里召开？")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert {"question", "answer", "declined", "qtype", "confidence", "evidence"} <= set(out)
    assert out["declined"] is False and "杭州" in out["answer"]
    assert 0 <= out["confidence"] <= 1
    assert 1 <= len(out["evidence"]) <= 3
    assert EVIDENCE_FIELDS <= set(out["evidence"][0])
    assert "杭州召开" in out["evidence"][0]["text"]
    scores = [e["score"] for e in out["evidence"]]
    assert scores == sorted(scores, reverse=True)


def test_ask_plain_text_shows_answer_and_source(env):
    r = qa(env, "ask", "千亩水杉的照片是谁拍的？")
    assert r.returncode == 0, r.stderr
    assert "陈海伟" in r.stdout and "千亩水杉换新绿" in r.stdout


def test_ask_declines_what_the_papers_do_not_say(env):
    out = json.loads(qa(env, "ask", "--json", "今天天气怎么样？").stdout)
    assert out["declined"] is True and out["answer"] == ""


@pytest.mark.parametrize("question", ["", "   ", "🙂🙂🙂", "\x01\x02\x07", "问" * 10_000])
def test_ask_bad_input_is_a_clear_message(env, question):
    r = qa(env, "ask", "--json", question)
    assert "Traceback" not in r.stderr
    out = json.loads(r.stdout)
    assert out["declined"] is True and out["message"]


def test_ask_html_is_just_text(env):
    out = json.loads(qa(env, "ask", "--json", "<b>会议</b> & <script>alert(1)</script>在哪里召开").stdout)
    assert out["question"].startswith("<b>会议</b>")
    assert "Traceback" not in out.get("message", "")


def test_jsonl_stream_keeps_order_and_survives_bad_lines(env):
    lines = [
        "谁主持了会议？",
        json.dumps({"id": 7, "question": "东白马湖社区青年人群占比是多少？"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "x", "question": 5}),
        "",
        "🙂",
        "问" * 10_000,
        json.dumps({"id": "last", "question": "安吉县综治中心整合了多少个部门？"}, ensure_ascii=False),
    ]
    r = qa(env, "ask", "--jsonl", stdin="\n".join(lines) + "\n")
    assert r.returncode == 0, r.stderr
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(out) == 8  # one record per input line, the blank one included, in order
    assert out[0]["question"] == "谁主持了会议？" and "id" not in out[0]
    assert out[1]["id"] == 7 and "66%" in out[1]["answer"]
    assert out[2]["declined"] and "not valid JSON" in out[2]["error"]
    assert out[3]["declined"] and "question" in out[3]["error"]
    assert out[4]["declined"] and out[4]["error"] == "line 5: empty line"
    assert out[5]["declined"] and out[6]["declined"]
    assert out[7]["id"] == "last" and "18个" in out[7]["answer"] + out[7]["evidence"][0]["text"]


def test_corpus_json(env):
    r = qa(env, "corpus", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    arts = data["articles"]
    assert len(arts) == 4
    assert arts[0]["reporters"] == ["余勤", "陆乐"] and arts[0]["subheadline"] == "刘捷主持 王成出席"
    assert arts[1]["photographers"] == ["陈海伟"]
    assert arts[2]["continuations"] == ["下转2版"] and arts[2]["correspondents"] == ["张磊"]
    assert all(a["sentences"] > 0 and a["file"].endswith(".txt") for a in arts)


def test_corpus_reports_bad_files(env, tmp_path):
    (tmp_path / "ok.txt").write_text("标题\n\n本报记者 王小明\n\n正文一句。\n", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01" * 100)
    r = qa(env, "corpus", "--corpus", str(tmp_path))
    assert r.returncode == 0
    assert "bin.txt" in r.stderr and "binary" in r.stderr
    assert "1 articles" in r.stdout


def test_index_prints_stats(env):
    r = qa(env, "index", "--json")
    assert r.returncode == 0, r.stderr
    stats = json.loads(r.stdout)
    assert stats["sentences"] > 40 and stats["terms"] > 100 and stats["backend"] == "sparse"


def test_rank_bm25_backend_gives_the_same_top_sentence(env):
    a = json.loads(qa(env, "ask", "--json", "安吉县综治中心整合了多少个部门？").stdout)
    b = json.loads(qa(env, "ask", "--json", "--backend", "rank-bm25", "安吉县综治中心整合了多少个部门？").stdout)
    assert a["evidence"][0]["sentence_id"] == b["evidence"][0]["sentence_id"]
    assert abs(a["evidence"][0]["score"] - b["evidence"][0]["score"]) < 1e-6


def test_bad_config_is_a_clear_error(env, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("index:\n  kay1: 2\n", encoding="utf-8")
    r = qa(env, "ask", "--config", str(bad), "问题")
    assert r.returncode == 2
    assert str(bad) in r.stderr and "index.kay1" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("cmd", ["ask", "corpus", "index"])
def test_help_has_examples(env, cmd):
    r = qa(env, cmd, "--help")
    assert r.returncode == 0 and "examples:" in r.stdout


def test_top_k_must_be_positive(env):
    r = qa(env, "ask", "--top-k", "0", "问题")
    assert r.returncode == 2 and "must be 1 or more" in r.stderr


def test_missing_stopword_file_is_a_config_error(env, tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("tokenizer:\n  stopwords: nope.txt\n", encoding="utf-8")
    r = qa(env, "ask", "--config", str(cfg), "问题")
    assert r.returncode == 2 and "nope.txt" in r.stderr and "Traceback" not in r.stderr
