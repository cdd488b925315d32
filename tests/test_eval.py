"""`qa eval`: the CMRC 2018 scores, the SQuAD reader, and the command end to end through the real console script."""

from __future__ import annotations

import json
import os
import socket
import subprocess
from pathlib import Path

import pytest

from qa.engine import Engine
from qa.eval import RIGHT_F1, em, f1, indexed_half, load_squad, read_squad, reliability, segments, split_half

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


# ---------------------------------------------------------------- --unanswerable half, trust figures, pooling

def test_half_split_is_stable_and_keyed_by_article_and_paragraph():
    articles, questions, keys = read_squad(SAMPLE)
    assert sorted(keys.values()) == ["TRIAL_154:0", "TRIAL_598:0", "TRIAL_800:0"]
    kept, marked = split_half(articles, questions, keys)
    # pinned: the split must never change between versions, or figures stop being comparable
    assert [a.id for a in kept] == ["TRIAL_800"]
    assert {q["article_id"] for q in marked if q["indexed"]} == {"TRIAL_800"}
    assert len(marked) == len(questions) and 0 < sum(q["indexed"] for q in marked) < len(marked)
    assert indexed_half("TRIAL_800:0") and not indexed_half("TRIAL_154:0")


def test_absent_half_is_really_absent_from_the_index(config):
    articles, questions, keys = read_squad(SAMPLE)
    kept, marked = split_half(articles, questions, keys)
    engine = Engine.from_articles(config, kept)
    indexed_ids = {s.article_id for s in engine.corpus.sentences}
    assert indexed_ids == {a.id for a in kept}
    for a in articles:
        if a in kept:
            continue
        assert a.id not in indexed_ids
        # the absent paragraph's own first sentence finds nothing of it
        first = a.paragraphs[0].text.split("。")[0]
        assert all(h.sentence.article_id != a.id for h in engine.retrieve(first, 20))


@pytest.fixture(scope="module")
def half(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("half")
    out, details = tmp / "pred.json", tmp / "details.json"
    result = _qa("eval", "--squad", str(SAMPLE), "--unanswerable", "half", "--json", "--out", str(out),
                 "--details", str(details), cache=str(tmp))
    assert result.returncode == 0, result.stderr
    return (json.loads(result.stdout), json.loads(out.read_text(encoding="utf-8")),
            json.loads(details.read_text(encoding="utf-8")))


def test_half_protocol_figures_match_the_predictions(half):
    report, predictions, details = half
    _, questions, keys = read_squad(SAMPLE)
    absent = [q for q in questions if not indexed_half(q["paragraph"])]
    present = [q for q in questions if indexed_half(q["paragraph"])]
    assert report["paragraphs"] == 3 and report["paragraphs_indexed"] == sum(map(indexed_half, keys.values()))
    half = report["unanswerable"]
    assert half["absent"]["n"] == len(absent) and half["present"]["n"] == len(present)
    # a declined question's prediction is "": the decline rate is what the predictions show
    assert half["absent"]["declined"] == pytest.approx(sum(predictions[q["id"]] == "" for q in absent) / len(absent),
                                                       abs=1e-4)
    assert report["headline"]["absent_declined"] == half["absent"]["declined"]
    assert half["present"]["answered"] == pytest.approx(
        sum(predictions[q["id"]] != "" for q in present) / len(present), abs=1e-4)
    assert half["present"]["f1"] == pytest.approx(
        sum(f1(predictions[q["id"]], q["answers"]) for q in present) / len(present), abs=1e-4)
    given = [q for q in questions if predictions[q["id"]]]
    assert half["answers"]["n"] == len(given) == report["headline"]["answered"]
    right = sum(f1(predictions[q["id"]], q["answers"]) >= RIGHT_F1 for q in given)
    assert half["answers"]["right"] == right
    assert half["answers"]["precision"] == pytest.approx(right / len(given) if given else 0.0, abs=1e-4)
    # the details file agrees with the marking
    assert {d["id"] for d in details if not d["indexed"]} == {q["id"] for q in absent}


def test_reliability_and_rule_tables_add_up(half):
    report, predictions, details = half
    buckets = report["reliability"]["buckets"]
    answered = [d for d in details if not d["declined"]]
    assert sum(b["n"] for b in buckets) == len(answered) == sum(1 for p in predictions.values() if p)
    for b, (lo, hi) in zip(buckets, [(i / 10, (i + 1) / 10) for i in range(10)], strict=True):
        assert (b["low"], b["high"]) == pytest.approx((lo, hi))
        if b["n"]:
            assert lo <= b["confidence"] <= hi and 0.0 <= b["right"] <= 1.0
    assert sum(m["n"] for m in report["by_rule"].values()) == report["questions"] == len(details)
    assert sum(m["share"] for m in report["by_rule"].values()) == pytest.approx(1.0, abs=1e-3)
    for rule, m in report["by_rule"].items():
        assert m["n"] == sum(d["rule"] == rule for d in details)
    spans = [d for d in answered if d["qtype"] not in ("why", "how")]
    assert report["headline"]["whole_sentence_of"] == len(spans)
    assert report["headline"]["whole_sentence_share"] == pytest.approx(
        sum(d["whole_sentence"] for d in spans) / len(spans) if spans else 0.0, abs=1e-4)


def test_reliability_buckets_by_confidence():
    rows = [{"confidence": c, "f1": f} for c, f in [(0.05, 0.0), (0.95, 1.0), (1.0, 0.6), (0.55, 0.4), (0.5, 0.9)]]
    table = reliability(rows)
    counts = [b["n"] for b in table["buckets"]]
    assert counts == [1, 0, 0, 0, 0, 2, 0, 0, 0, 2]  # 1.0 falls in the last bucket, 0.5 in 0.5–0.6
    top = table["buckets"][9]
    assert top["confidence"] == pytest.approx(0.975) and top["right"] == 1.0
    assert table["buckets"][5]["right"] == 0.5
    # ECE: count-weighted mean |confidence − share right|
    expected = (1 * 0.05 + 2 * abs(0.525 - 0.5) + 2 * abs(0.975 - 1.0)) / 5
    assert table["ece"] == pytest.approx(expected, abs=1e-4)


def test_several_files_are_pooled_and_repeated_ids_refused(tmp_path):
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    for doc in data["data"]:
        doc["id"] = "B" + doc["id"]
        for para in doc["paragraphs"]:
            para["id"] = "B" + para["id"]
            for qa in para["qas"]:
                qa["id"] = "B" + qa["id"]
    other = tmp_path / "other.json"
    other.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = _qa("eval", "--squad", str(SAMPLE), str(other), "--json", cache=str(tmp_path))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["questions"] == 28 and report["paragraphs"] == 6 and report["files"] == [str(SAMPLE), str(other)]
    # the same file twice: its ids repeat, a clear error
    result = _qa("eval", "--squad", str(SAMPLE), "--squad", str(SAMPLE), cache=str(tmp_path))
    assert result.returncode == 2 and "already read" in result.stderr and "Traceback" not in result.stderr


def test_text_report_has_the_trust_tables(tmp_path):
    result = _qa("eval", "--squad", str(SAMPLE), "--unanswerable", "half", cache=str(tmp_path))
    assert result.returncode == 0, result.stderr
    for heading in ("whole-sentence answers", "half-index: absent half", "precision", "reliability", "rule"):
        assert heading in result.stdout
