"""`qa eval`: the CMRC 2018 scores, the SQuAD reader, and the command end to end through the real console script."""

from __future__ import annotations

import json
import os
import socket
import subprocess
from pathlib import Path

import pytest

from qa.eval import em, f1, load_squad, segments

from conftest import QA_BIN

SAMPLE = Path(__file__).parent / "data" / "cmrc_sample.json"


def test_segments_split_chinese_by_character_and_drop_punctuation():
    assert segments("杭州，2024年！") == ["杭", "州", "2024", "年"]
    assert segments("Barry Nelson（美国）") == ["barry", "nelson", "美", "国"]


def test_em_ignores_punctuation_and_takes_the_best_gold():
    assert em("《奔跑吧兄弟》", ["奔跑吧兄弟"]) == 1.0
    assert em("杭州", ["宁波", "杭州。"]) == 1.0
    assert em("杭州市", ["杭州"]) == 0.0


def test_f1_on_the_longest_common_substring():
    # gold 4 chars, prediction 6, common substring 4 → P 4/6, R 1 → F1 0.8
    assert f1("位于北京群星", ["北京群星"]) == pytest.approx(0.8)
    assert f1("秋季开花", ["秋季开花"]) == 1.0
    assert f1("上海", ["北京"]) == 0.0
    assert f1("", ["北京"]) == 0.0
    # substring, not subsequence: "北X京" shares only one-character runs with "北京"
    assert f1("北X京", ["北京"]) == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))


def test_load_squad_makes_one_article_per_paragraph():
    articles, questions = load_squad(SAMPLE)
    assert len(articles) == 3 and len(questions) == 14
    assert all(a.headline and a.paragraphs[0].kind == "body" for a in articles)
    assert {q["article_id"] for q in questions} <= {a.id for a in articles}


def test_bad_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    out = _qa("eval", "--squad", str(bad))
    assert out.returncode == 2 and "not valid JSON" in out.stderr and "Traceback" not in out.stderr
    out = _qa("eval", "--squad", str(tmp_path / "missing.json"))
    assert out.returncode == 2 and "cannot read" in out.stderr


def _qa(*args, cache=None):
    env = dict(os.environ)
    if cache:
        # a private index cache for the run, through a config file beside it
        cfg = Path(cache) / "config.yaml"
        cfg.write_text(f"index:\n  cache_dir: {cache}\n", encoding="utf-8")
        args = (*args, "--config", str(cfg))
    return subprocess.run([str(QA_BIN), *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("eval")
    out = tmp / "pred.json"
    result = _qa("eval", "--squad", str(SAMPLE), "--json", "--out", str(out), cache=str(tmp))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), json.loads(out.read_text(encoding="utf-8"))


def test_eval_end_to_end(run):
    report, predictions = run
    assert report["questions"] == 14 and report["paragraphs"] == 3
    overall = report["overall"]
    for key in ("hit1", "hit5", "em", "f1", "declined"):
        assert 0.0 <= overall[key] <= 1.0
    assert overall["hit5"] >= overall["hit1"]
    assert report["questions_per_second"] > 0
    assert sum(m["n"] for m in report["by_type"].values()) == 14
    # the predictions file has every question, and its answers score as the report says
    _, questions = load_squad(SAMPLE)
    assert set(predictions) == {q["id"] for q in questions}
    mean_f1 = sum(f1(predictions[q["id"]], q["answers"]) for q in questions) / len(questions)
    assert mean_f1 == pytest.approx(overall["f1"], abs=1e-3)
    assert overall["f1"] > 0.2  # three short paragraphs: most answers are found


def test_eval_limit_and_text_report(tmp_path):
    result = _qa("eval", "--squad", str(SAMPLE), "--limit", "3", cache=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "3 questions" in result.stdout and "hit@1" in result.stdout and "overall" in result.stdout
    assert "\r" not in result.stderr  # no progress bar when stderr is not a terminal


def test_eval_help_has_examples():
    result = _qa("eval", "--help")
    assert result.returncode == 0 and "examples:" in result.stdout and "--squad" in result.stdout


# ---------------------------------------------------------------- --backend

def test_eval_uses_the_backend_asked_for(run, tmp_path):
    assert run[0]["backend"] == "sparse"  # the config's
    result = _qa("eval", "--squad", str(SAMPLE), "--json", "--limit", "3", "--backend", "rank-bm25",
                 cache=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["backend"] == "rank-bm25"


def test_eval_on_a_dead_sphinx_node_exits_3_with_a_clear_error(tmp_path):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = tmp_path / "config.yaml"
    cfg.write_text(f"index:\n  cache_dir: {tmp_path}\n  sphinx:\n    nodes: ['127.0.0.1:{port}']\n"
                   "    connect_timeout: 0.5\n", encoding="utf-8")
    result = _qa("eval", "--squad", str(SAMPLE), "--backend", "sphinx", "--config", str(cfg))
    assert result.returncode == 3, result.stderr
    assert "search backend unavailable" in result.stderr and f"cannot reach Sphinx at 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr and not result.stdout
