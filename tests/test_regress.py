"""The regression runner itself: suite loading and its errors, the matchers, running cases, reports, `qa test`.

These tests do not depend on the composer's quality: expectations are ones any engine meets or fails
(an empty corpus declines, no answer contains a word absent from the page, the evidence of a question that
restates a sentence is that sentence), and the matchers are checked on constructed answers.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from qa.config import DEFAULT_CONFIG, PROJECT_ROOT
from qa.regress import cli as regress_cli
from qa.regress.match import Observed, check, observe
from qa.regress.report import closing_line, junit_xml, text_report
from qa.regress.runner import CaseResult, Engines, accuracy_by_qtype, matches, run_case, run_suites, totals
from qa.regress.suite import Expect, SuiteError, load_suite, parse_suite
from qa.session import Reply
from qa.types import Answer, Article, Sentence

from conftest import QA_BIN, SEED_FILE

pytest_plugins = ["pytester"]

MEETING = "11日下午,全省建设更高水平平安浙江工作会议在杭州召开。"
HEADLINE = "王浩在全省建设更高水平平安浙江工作会议上强调"


# ---------------------------------------------------------------- helpers

def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def config_file(folder: Path, cache_dir: Path) -> Path:
    """The default config with absolute paths and its cache in `cache_dir` (the CLI and plugin take files)."""
    data = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    for key in ("user_dict", "stopwords"):
        if data["tokenizer"].get(key):
            data["tokenizer"][key] = str(PROJECT_ROOT / data["tokenizer"][key])
    data["corpus"]["paths"] = [str(PROJECT_ROOT / p) for p in data["corpus"]["paths"]]
    data["index"]["cache_dir"] = str(cache_dir)
    return write(folder / "config.yaml", yaml.safe_dump(data, allow_unicode=True))


@pytest.fixture(scope="module")
def cfg_path(tmp_path_factory, cache_dir) -> Path:
    return config_file(tmp_path_factory.mktemp("regress-config"), cache_dir)


def qa_test(capsys, *argv: str) -> tuple[int, str]:
    """`qa test ARGV` in this process (the engine cache is per run, jieba loads once): (exit code, stdout)."""
    parser = argparse.ArgumentParser(prog="qa test")
    regress_cli.add_arguments(parser)
    code = regress_cli.run(parser.parse_args(list(argv)))
    return code, capsys.readouterr().out


def suite_text(corpus: Path | str, cases: str) -> str:
    return f"corpus: {corpus}\ncases:\n{cases}"


def answer(text="杭州", declined=False, qtype="where", sentence=MEETING, headline=HEADLINE) -> Answer:
    article = Article(id="p#0", file="p.txt", headline=headline)
    sent = Sentence(id="p#0:3:0", article_id="p#0", paragraph=3, kind="body", text=sentence, start=0, end=len(sentence))
    return Answer(question="会议在哪里召开？", text="" if declined else text, declined=declined, qtype=qtype,
                  confidence=0.0 if declined else 0.9, rule="test", sentence=None if declined else sent,
                  article=None if declined else article)


def seen(reply: Reply, last: Answer | None = None) -> Observed:
    return observe(reply, last)


# ---------------------------------------------------------------- matchers on constructed answers

GOOD = seen(Reply("answer", answer()))

@pytest.mark.parametrize("expect, ok", [
    (Expect(contains="杭州"), True), (Expect(contains="宁波"), False),
    (Expect(any=("宁波", "杭州")), True), (Expect(any=("宁波", "温州")), False),
    (Expect(all=("杭", "州")), True), (Expect(all=("杭州", "召开")), False),
    (Expect(exact="杭州"), True), (Expect(exact=" 杭州。"), True), (Expect(exact="杭"), False),
    (Expect(regex=r"^杭.$"), True), (Expect(regex=r"^\d+"), False),
    (Expect(not_=("宁波", "温州")), True), (Expect(not_=("宁波", "杭州")), False),
    (Expect(declined=False), True), (Expect(declined=True), False),
    (Expect(evidence="在杭州召开"), True), (Expect(evidence="主持会议"), False),
    (Expect(source="平安浙江"), True), (Expect(source="东白马湖"), False),
    (Expect(qtype="where"), True), (Expect(qtype="who"), False),
    (Expect(contains="杭州", evidence="召开", source="王浩", qtype="where"), True),
    (Expect(contains="杭州", evidence="召开", source="王浩", qtype="who"), False),
])
def test_each_matcher_passes_and_fails(expect, ok):
    problems = check(expect, GOOD)
    assert (not problems) is ok, problems
    if not ok:
        assert len(problems) == 1  # exactly the key that does not hold is named


def test_matchers_fold_width_and_traditional_characters():
    trad = seen(Reply("answer", answer(text="會議ＡＢ", sentence="會議在杭州召開。", headline="平安浙江")))
    assert check(Expect(exact="会议ab", evidence="会议在杭州召开"), trad) == []
    assert check(Expect(regex="會議"), trad) == []  # regex sees the text as written
    assert check(Expect(regex="会议"), trad) != []


def test_a_decline_fails_answer_keys_and_passes_declined():
    declined = seen(Reply("answer", answer(declined=True)))
    assert check(Expect(declined=True, not_=("杭州",)), declined) == []
    assert check(Expect(contains="杭州"), declined) == ["answer does not contain '杭州'"]
    assert check(Expect(source="平安浙江"), declined) != []


def test_source_reply_checks_the_paragraph_and_the_last_answers_article():
    last = answer()
    reply = Reply("source", text=f"{MEETING}\n——《{HEADLINE}》\np.txt")
    assert check(Expect(evidence="在杭州召开", source="平安浙江", declined=False), seen(reply, last)) == []
    assert check(Expect(evidence="主持会议"), seen(reply, last)) != []
    nothing = seen(Reply("nothing", text="还没有可以查看原文的答案。"))
    assert check(Expect(declined=True), nothing) == []
    assert check(Expect(declined=False), nothing) != []


# ---------------------------------------------------------------- suite files and their errors

def test_suite_forms(tmp_path):
    path = write(tmp_path / "s.qa.yaml", f"""\
corpus: {SEED_FILE}
cases:
  - q: 会议在哪里召开？
    expect: 杭州
  - q: 接待多少人次？
    expect: {{exact: 75.10万人次, any: [66%, 12]}}
    name: numbers stay as written
    tags: [number]
    skip: not yet
  - name: two turns
    turns:
      - q: 谁主持了会议？
      - q: 原文呢？
        expect: {{evidence: 主持会议, declined: false}}
""")
    suite = load_suite(path)
    assert suite.corpus == SEED_FILE.resolve()
    one, two, three = suite.cases
    assert one.turns[0].expect == Expect(contains="杭州") and one.line == 3
    assert two.turns[0].expect.exact == "75.10万人次" and two.turns[0].expect.any == ("66%", "12")
    assert (two.name, two.tags, two.skip) == ("numbers stay as written", ("number",), "not yet")
    assert three.turns[0].expect is None and three.turns[1].expect.declined is False
    assert three.title == "two turns" and one.title == "会议在哪里召开？"


@pytest.mark.parametrize("text, line, words", [
    ("cases:\n  - q: 会议在哪里\n    expect: [杭州\n", 4, "flow sequence at line 3"),
    ("cases:\n\t- q: a\n", 2, "malformed YAML"),
    ("cases:\n  - q: a\n    expect: 杭州\n    expct: 杭州\n", 4, "unknown key 'expct'"),
    ("cases:\n  - q: a\n    expect: {contains: 杭州, exactly: 杭州}\n", 3, "unknown key 'exactly'"),
    ("corpus: x\ncase:\n  - q: a\n", 2, "unknown key 'case'"),
    ("cases:\n  - q: a\n", 2, "no 'expect'"),
    ("cases:\n  - q: a\n    expect: {declined: 'yes'}\n", 3, "true or false"),
    ("cases:\n  - q: a\n    expect: {regex: '(杭州'}\n", 3, "bad regex"),
    ("cases:\n  - q: a\n    expect: {}\n", 3, "could never fail"),
    ("cases:\n  - turns:\n      - q: a\n      - q: b\n", 3, "could never fail"),
    ("cases:\n  - q: a\n    turns: []\n    expect: b\n", 2, "either 'q'"),
    ("cases:\n  - q: a\n    expect: {any: 杭州}\n", 3, "list of strings"),
    ("cases:\n  - q: a\n    expect: b\n  - q: c\n    expect: d\n    q: e\n", 6, "given twice"),
    ("corpus: no/such/folder\ncases: []\n", 1, "does not exist"),
    ("", 1, "empty suite"),
    ("- just a list\n", 1, "must be a mapping"),
    ("cases:\n  - q: a\n    expect: b\n    xfail: ''\n", 4, "'xfail (the reason)' is empty"),
    ("cases:\n  - q: a\n    expect: b\n    xfail: [a]\n", 4, "'xfail (the reason)' must be a string"),
])
def test_malformed_suites_name_file_and_line(tmp_path, text, line, words):
    path = write(tmp_path / "bad.qa.yaml", text)
    with pytest.raises(SuiteError) as err:
        load_suite(path)
    assert str(err.value).startswith(f"{path}:{line}:"), str(err.value)
    assert words in str(err.value)


# ---------------------------------------------------------------- running cases

def test_runner_on_the_seed_page(engine, tmp_path):
    suite = parse_suite(suite_text(SEED_FILE, f"""\
  - q: 全省建设更高水平平安浙江工作会议在哪里召开？
    expect: {{evidence: 在杭州召开, not: 纽约}}
    tags: [meeting]
  - q: 全省建设更高水平平安浙江工作会议在哪里召开？
    name: impossible
    expect: 纽约
  - q: 今天天气怎么样？
    expect: 晴
    skip: the page has no weather
  - name: conversation
    turns:
      - q: 更多
        expect: {{declined: true}}
      - q: {MEETING}
      - q: 原文呢？
        expect: {{evidence: 在杭州召开}}
"""), tmp_path / "s.qa.yaml")
    results = [run_case(c, engine) for c in suite.cases]
    assert [r.status for r in results] == ["passed", "failed", "skipped", "passed"]
    assert results[1].failed_turn.problems == ("answer does not contain '纽约'",)
    assert results[3].turns[2].seen.kind == "source"
    assert closing_line(results) == "2 passed, 1 failed, 1 skipped"


def test_engines_are_shared_per_corpus_and_empty_corpus_declines(config, tmp_path):
    (tmp_path / "empty").mkdir()
    text = suite_text("empty", "  - q: 会议在哪里召开？\n    expect: {declined: true}\n"
                               "  - q: 会议在哪里召开？\n    expect: {declined: false}\n")
    suites = [parse_suite(text, tmp_path / f"{n}.qa.yaml") for n in ("a", "b")]
    engines = Engines(config)
    results = run_suites(suites, engines)
    assert [r.status for r in results] == ["passed", "failed"] * 2
    assert len(engines._engines) == 1  # two suites on one corpus: one engine


def test_k_selects_by_tag_and_name_and_not():
    case = parse_suite("cases:\n  - q: 会议在哪里召开？\n    name: meeting place\n    tags: [where]\n    expect: a\n",
                       Path("s.qa.yaml")).cases[0]
    assert matches(case, ["where"]) and matches(case, ["place"]) and matches(case, ["哪里"])
    assert not matches(case, ["wher"])  # tags match whole; names and questions by substring
    assert not matches(case, ["who"]) and not matches(case, ["not where"]) and matches(case, ["not who"])
    assert not matches(case, ["where", "who"])  # every -k must hold


def test_junit_xml_is_valid_and_counts(engine, tmp_path):
    suite = parse_suite(suite_text(SEED_FILE, """\
  - q: 会议在哪里召开？
    expect: {not: 纽约}
  - q: "会议\\x01在哪里召开？"
    expect: 纽约
  - q: 会议
    expect: a
    skip: later
"""), tmp_path / "s.qa.yaml")
    results = [run_case(c, engine) for c in suite.cases]
    results.append(CaseResult(suite.cases[0], "error", error="boom"))
    root = ET.fromstring(junit_xml(results, ["other.qa.yaml:3: unknown key 'x'"]))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors"), root.get("skipped")) == ("5", "1", "2", "1")
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == 5
    assert cases[1].find("failure") is not None and "纽约" in cases[1].find("failure").get("message")
    assert cases[2].find("skipped").get("message") == "later"
    assert cases[3].find("error").get("message") == "boom"
    assert cases[0].get("line") == "3" and cases[0].get("file") == str(tmp_path / "s.qa.yaml")


# ---------------------------------------------------------------- xfail: known failures, tracked

XFAIL_CASES = """\
  - q: 会议在哪里召开？
    expect: {not: 纽约}
  - q: 会议在哪里召开？
    name: known
    expect: 纽约
    xfail: the page never says 纽约
  - q: 会议在哪里召开？
    name: fixed
    expect: {not: 纽约}
    xfail: used to fail
"""


class Broken:
    """An engine that crashes on every question."""

    def __init__(self, engine):
        self.config = engine.config

    def __getattr__(self, name):
        raise RuntimeError("boom")


def test_xfail_cases_run_and_are_counted_on_their_own(engine, tmp_path):
    suite = parse_suite(suite_text(SEED_FILE, XFAIL_CASES), tmp_path / "x.qa.yaml")
    assert [c.xfail for c in suite.cases] == ["", "the page never says 纽约", "used to fail"]
    results = [run_case(c, engine) for c in suite.cases]
    assert [r.status for r in results] == ["passed", "xfailed", "xpassed"]
    assert results[1].failed_turn.problems == ("answer does not contain '纽约'",)  # it was run and checked
    n = totals(results)
    assert (n["passed"], n["failed"], n["error"], n["xfailed"], n["xpassed"]) == (1, 0, 0, 1, 1)
    assert closing_line(results) == "1 passed, 0 failed, 1 xfailed, 1 xpassed"
    assert sum(ok for ok, _ in accuracy_by_qtype(results).values()) == 2  # the xfailed turn counts as failed
    assert sum(total for _, total in accuracy_by_qtype(results).values()) == 3

    lines = text_report(results).splitlines()
    xfail = [x for x in lines if x.startswith("XFAIL")]
    assert len(xfail) == 1 and "known" in xfail[0] and "xfail: the page never says 纽约" in xfail[0]
    assert "answer does not contain '纽约'" in xfail[0]
    xpass = [x for x in lines if x.startswith("XPASS")]
    assert len(xpass) == 1 and "fixed" in xpass[0] and "now passes" in xpass[0] and "used to fail" in xpass[0]
    assert not any(x.startswith("FAIL") for x in lines)

    crashed = run_case(suite.cases[1], Broken(engine))  # a crash of a known failure is xfailed too (as in pytest)
    assert crashed.status == "xfailed" and "boom" in crashed.error
    assert "xfail: the page never says 纽约" in text_report([crashed]) and "boom" in text_report([crashed])
    assert run_case(suite.cases[0], Broken(engine)).status == "error"  # without xfail it is an error


def test_xfail_with_skip_is_skipped(engine, tmp_path):
    suite = parse_suite(suite_text(SEED_FILE, "  - q: 会议\n    expect: 纽约\n    skip: later\n    xfail: known\n"),
                        tmp_path / "x.qa.yaml")
    assert run_case(suite.cases[0], engine).status == "skipped"


def test_cli_xfail_exit_code_json_and_junit(capsys, cfg_path, tmp_path):
    suite = write(tmp_path / "x.qa.yaml", suite_text(SEED_FILE, XFAIL_CASES))
    junit = tmp_path / "x.xml"
    code, out = qa_test(capsys, str(suite), "--junit", str(junit), "--config", str(cfg_path))
    lines = out.splitlines()
    assert code == 0 and lines[-1] == "1 passed, 0 failed, 1 xfailed, 1 xpassed", out
    assert any(x.startswith("XFAIL") and "the page never says 纽约" in x for x in lines)
    assert any(x.startswith("XPASS") and "used to fail" in x for x in lines)

    root = ET.parse(junit).getroot()
    assert (root.get("tests"), root.get("failures"), root.get("errors"), root.get("skipped")) == ("3", "0", "0", "1")
    cases = root.findall("./testsuite/testcase")
    assert cases[1].find("skipped").get("message") == "xfail: the page never says 纽约"
    assert cases[1].find("failure") is None
    assert cases[2].find("skipped") is None and cases[2].find("failure") is None
    assert "now passes" in cases[2].find("system-out").text

    code, out = qa_test(capsys, str(suite), "--json", "--config", str(cfg_path))
    report = json.loads(out)
    assert code == 0
    assert (report["passed"], report["failed"], report["xfailed"], report["xpassed"]) == (1, 0, 1, 1)
    assert report["summary"] == "1 passed, 0 failed, 1 xfailed, 1 xpassed"
    assert [c["status"] for c in report["cases"]] == ["passed", "xfailed", "xpassed"]
    assert [c["xfail"] for c in report["cases"]] == ["", "the page never says 纽约", "used to fail"]

    code, out = qa_test(capsys, str(suite), "-k", "known", "--config", str(cfg_path))  # only the known failure
    assert code == 0 and out.splitlines()[-1] == "0 passed, 0 failed, 1 xfailed"
    write(suite, suite_text(SEED_FILE, XFAIL_CASES + "  - q: 会议在哪里召开？\n    expect: 纽约\n"))
    code, out = qa_test(capsys, str(suite), "--config", str(cfg_path))  # a new failure still fails the run
    assert code == 1 and out.splitlines()[-1] == "1 passed, 1 failed, 1 xfailed, 1 xpassed"


def test_diff_counts_a_case_marked_xfail_as_newly_failing(capsys, tmp_path, tmp_path_factory):
    cfg = config_file(tmp_path, tmp_path_factory.mktemp("xfail-diff-cache"))
    suite = tmp_path / "d.qa.yaml"
    write(suite, suite_text(SEED_FILE, "  - q: 会议在哪里召开？\n    name: one\n    expect: {not: 纽约}\n"))
    qa_test(capsys, str(suite), "--diff", "--config", str(cfg))
    write(suite, suite_text(SEED_FILE, "  - q: 会议在哪里召开？\n    name: one\n    expect: 纽约\n    xfail: known\n"))
    code, out = qa_test(capsys, str(suite), "--diff", "--config", str(cfg))
    lines = out.splitlines()
    assert code == 0 and lines[lines.index("newly failing since the previous run: 1") + 1].strip().endswith(" one")


# ---------------------------------------------------------------- qa test

def test_cli_exit_codes_and_closing_line(capsys, cfg_path, tmp_path):
    good = write(tmp_path / "suites" / "good.qa.yaml", suite_text(SEED_FILE, """\
  - q: 会议在哪里召开？
    expect: {not: 纽约}
"""))
    code, out = qa_test(capsys, str(good), "--config", str(cfg_path))
    assert code == 0 and out.splitlines()[-1] == "1 passed, 0 failed"
    bad = write(tmp_path / "suites" / "bad.qa.yaml", suite_text(SEED_FILE, """\
  - q: 会议在哪里召开？
    expect: 纽约
  - q: 会议在哪里召开？
    expect: 纽约
    skip: known
"""))
    code, out = qa_test(capsys, str(tmp_path / "suites"), "--config", str(cfg_path))
    lines = out.splitlines()
    assert code == 1 and lines[-1] == "1 passed, 1 failed, 1 skipped"
    fail = [x for x in lines if x.startswith("FAIL")]
    assert len(fail) == 1 and f"{bad}:3" in fail[0] and "会议在哪里召开？" in fail[0] and "纽约" in fail[0]
    assert any(x.startswith("accuracy by question type") for x in lines)

    broken = write(tmp_path / "broken.qa.yaml", "cases:\n  - q: a\n    expect: b\n    oops: 1\n")
    code, out = qa_test(capsys, str(broken), str(good), "--config", str(cfg_path))
    assert code == 2 and f"error: {broken}:4: unknown key 'oops'" in out
    assert out.splitlines()[-1] == "1 passed, 0 failed"

    code, _ = qa_test(capsys, str(good), "-k", "no-such-tag", "--config", str(cfg_path))
    assert code == 5


def test_cli_k_json_and_junit(capsys, cfg_path, tmp_path):
    suite = write(tmp_path / "s.qa.yaml", suite_text(SEED_FILE, """\
  - q: 会议在哪里召开？
    tags: [where]
    expect: {not: 纽约}
  - q: 谁主持了会议？
    name: host
    expect: 纽约
"""))
    junit = tmp_path / "out.xml"
    code, out = qa_test(capsys, str(suite), "-k", "where", "--json", "--junit", str(junit), "--config", str(cfg_path))
    report = json.loads(out)
    assert code == 0 and (report["passed"], report["failed"]) == (1, 0)
    assert [c["title"] for c in report["cases"]] == ["会议在哪里召开？"]
    assert ET.parse(junit).getroot().get("tests") == "1"
    code, out = qa_test(capsys, str(suite), "-k", "host", "--json", "--config", str(cfg_path))
    report = json.loads(out)
    assert code == 1 and report["cases"][0]["turns"][0]["problems"] == ["answer does not contain '纽约'"]


def test_record_then_replay_passes(capsys, cfg_path, tmp_path):
    src = write(tmp_path / "src.qa.yaml", suite_text(SEED_FILE, """\
  - q: 全省建设更高水平平安浙江工作会议在哪里召开？
    expect: 纽约
    tags: [where]
  - q: 今天天气怎么样？
    expect: 晴
  - name: follow-ups
    turns:
      - q: 谁主持了会议？
      - q: 原文呢？
        expect: 纽约
      - q: 更多
"""))
    questions = write(tmp_path / "questions.txt", "# one per line\n东白马湖社区青年人群占比是多少？\n\n宁波下雨吗？\n")
    out_suite = tmp_path / "rec" / "snap.qa.yaml"
    out_suite.parent.mkdir()
    code, out = qa_test(capsys, str(src), "--record", str(out_suite), "--config", str(cfg_path))
    assert code == 0 and f"recorded 3 cases (5 questions) to {out_suite}" in out
    recorded = load_suite(out_suite)
    assert recorded.corpus == SEED_FILE.resolve() and len(recorded.cases) == 3
    assert recorded.cases[0].tags == ("where",) and recorded.cases[2].name == "follow-ups"
    code, out = qa_test(capsys, str(out_suite), "--config", str(cfg_path))
    assert code == 0 and out.splitlines()[-1] == "3 passed, 0 failed", out

    txt_suite = tmp_path / "from-text.qa.yaml"
    code, out = qa_test(capsys, str(questions), "--record", str(txt_suite), "--corpus", str(SEED_FILE),
                        "--config", str(cfg_path))
    assert code == 0 and len(load_suite(txt_suite).cases) == 2
    assert load_suite(txt_suite).corpus == SEED_FILE.resolve()
    code, out = qa_test(capsys, str(txt_suite), "--config", str(cfg_path))
    assert code == 0, out
    code, out = qa_test(capsys, str(questions), "--config", str(cfg_path))  # a question list has nothing to check
    assert code == 2 and "only be used with --record" in out


def test_diff_lists_newly_failing_and_passing(capsys, tmp_path, tmp_path_factory):
    cfg = config_file(tmp_path, tmp_path_factory.mktemp("diff-cache"))  # its own record of the last run
    suite = tmp_path / "d.qa.yaml"

    def run_with(first: str, second: str) -> tuple[int, str]:
        write(suite, suite_text(SEED_FILE, f"""\
  - q: 会议在哪里召开？
    name: one
    expect: {{{first}: 纽约}}
  - q: 会议在哪里召开？
    name: two
    expect: {{{second}: 纽约}}
"""))
        return qa_test(capsys, str(suite), "--diff", "--config", str(cfg))

    code, out = run_with("not", "contains")
    assert "newly failing since the previous run: 0" in out and "newly passing since the previous run: 0" in out
    code, out = run_with("contains", "not")
    lines = out.splitlines()
    i = lines.index("newly failing since the previous run: 1")
    j = lines.index("newly passing since the previous run: 1")
    assert lines[i + 1].strip().endswith(" one") and lines[j + 1].strip().endswith(" two")


def test_console_script_help_and_exit_code(cfg_path, tmp_path):
    help_text = subprocess.run([str(QA_BIN), "test", "--help"], capture_output=True, text=True, timeout=60)
    assert help_text.returncode == 0 and "examples:" in help_text.stdout and "--record" in help_text.stdout
    suite = write(tmp_path / "s.qa.yaml", suite_text(SEED_FILE, "  - q: 会议在哪里召开？\n    expect: 纽约\n"))
    proc = subprocess.run([str(QA_BIN), "test", str(suite), "--config", str(cfg_path)], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 1 and proc.stdout.splitlines()[-1] == "0 passed, 1 failed", proc.stderr


# ---------------------------------------------------------------- the pytest plugin

def test_pytest_plugin_collects_suites(pytester, cfg_path):
    pytester.makefile(".qa.yaml", demo=suite_text(SEED_FILE, """\
  - q: 会议在哪里召开？
    tags: [where]
    expect: {not: 纽约}
  - q: 谁主持了会议？
    expect: 纽约
  - q: 今天天气怎么样？
    expect: 晴
    skip: no weather on the page
  - name: two turns
    turns:
      - q: 更多
        expect: {declined: true}
"""))
    pytester.makefile(".yaml", other="cases: []\n")  # not *.qa.yaml: not a suite
    result = pytester.runpytest("--qa-config", str(cfg_path), "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1, skipped=1)
    result.stdout.fnmatch_lines(["*answer does not contain '纽约'*", "*demo.qa.yaml:6*"])
    result = pytester.runpytest("--qa-config", str(cfg_path), "-p", "no:cacheprovider", "-k", "where")
    result.assert_outcomes(passed=1)


def test_pytest_plugin_reports_xfail_cases(pytester, cfg_path):
    pytester.makefile(".qa.yaml", xf=suite_text(SEED_FILE, XFAIL_CASES))
    result = pytester.runpytest("--qa-config", str(cfg_path), "-p", "no:cacheprovider", "-rxX")
    result.assert_outcomes(passed=1, xfailed=1, xpassed=1)
    assert result.ret == 0
    result.stdout.fnmatch_lines(["*XFAIL*known*the page never says 纽约*", "*1 xfailed*"])
    result = pytester.runpytest("--qa-config", str(cfg_path), "-p", "no:cacheprovider", "-k", "known")
    result.assert_outcomes(xfailed=1)
    result.stdout.fnmatch_lines(["*1 xfailed*"])


def test_pytest_plugin_reports_a_malformed_suite(pytester, cfg_path):
    pytester.makefile(".qa.yaml", broken="cases:\n  - q: a\n    expect: b\n    typo: c\n")
    result = pytester.runpytest("--qa-config", str(cfg_path), "-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*broken.qa.yaml:4: unknown key 'typo'*"])


def test_the_seed_suite_covers_what_the_project_promises():
    suite = load_suite(PROJECT_ROOT / "tests" / "suites" / "seed.qa.yaml")
    assert suite.corpus == SEED_FILE.resolve() and len(suite.cases) >= 60
    tags = {t for c in suite.cases for t in c.tags}
    kinds = {"who", "when", "where", "number", "what", "definition", "why", "how", "yesno", "list"}
    assert kinds | {"byline", "decline", "followup", "carryover"} <= tags
