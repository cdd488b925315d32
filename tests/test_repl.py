"""`qa repl` end to end: a pseudo-terminal (prompt, colour, history, Ctrl-C, Ctrl-D), a pipe (plain mode),
`:reload`, bad input; plus the REPL's line logic and the renderers in-process."""

from __future__ import annotations

import os
import shutil
import subprocess

import pexpect
import pexpect.popen_spawn
import pytest

from qa.config import PROJECT_ROOT
from qa.render import answer_text, debug_text, highlight
from qa.repl import Repl

from conftest import QA_BIN, SEED_FILE, SEEDS

PROMPT = "问>"  # prompt_toolkit draws the trailing space as a cursor move
SPAN = "\x1b[1;33m"  # the highlight of the answer span
ANJI = "安吉县综治中心整合了多少个部门？"


@pytest.fixture(scope="module")
def repl_config(tmp_path_factory, cache_dir, engine):
    """A config file like the default but with the tests' index cache (warmed by `engine`)."""
    path = tmp_path_factory.mktemp("repl") / "config.yaml"
    path.write_text(
        f"index:\n  cache_dir: {cache_dir}\n"
        "corpus:\n  watch: false\n"  # :reload finds the new file itself (the watcher is tested in test_watch.py)
        f"tokenizer:\n  user_dict: {PROJECT_ROOT / 'config/userdict.txt'}\n"
        f"  stopwords: {PROJECT_ROOT / 'config/stopwords.txt'}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture()
def env(tmp_path):
    out = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "QA_CONFIG")}
    # A private HOME: nothing a test runs can touch the user's ~/.qa_history.
    out.update(HOME=str(tmp_path), PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm")
    return out


def _args(config, history, corpus=SEEDS):
    return ["repl", "--config", str(config), "--corpus", str(corpus), "--history", str(history)]


def _spawn(config, history, env, corpus=SEEDS):
    child = pexpect.spawn(str(QA_BIN), _args(config, history, corpus), env=env, encoding="utf-8", timeout=30,
                          dimensions=(40, 200))
    child.expect(PROMPT)
    return child


def _pipe(config, history, env, data: bytes, corpus=SEEDS) -> subprocess.CompletedProcess:
    return subprocess.run([str(QA_BIN), *_args(config, history, corpus)], input=data, capture_output=True,
                          env=env, timeout=60)


# ---------------------------------------------------------------- a pseudo-terminal

def test_terminal_prompt_answer_ctrl_c_history_and_ctrl_d(repl_config, env, tmp_path, engine):
    history = tmp_path / "history"
    child = _spawn(repl_config, history, env)
    child.sendline(ANJI)
    child.expect("答：")
    child.expect(PROMPT)
    assert SPAN in child.before  # the span is highlighted on a terminal
    child.send("不要回答这一行")
    child.sendcontrol("c")  # cancels the line, not the REPL
    child.expect(PROMPT)
    child.sendline(":more")
    child.expect(PROMPT)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    saved = history.read_text(encoding="utf-8")
    assert ANJI in saved and "不要回答这一行" not in saved

    # A second run recalls the question with the Up arrow.
    child = _spawn(repl_config, history, env)
    child.send("\x1b[A\x1b[A")  # Up twice: past ":more" to the question
    child.expect("安吉县")
    child.sendline("")
    child.expect("答：")
    child.expect(PROMPT)
    child.sendline(":quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_terminal_bad_input_never_ends_the_repl(repl_config, env, tmp_path):
    child = _spawn(repl_config, tmp_path / "history", env)
    child.sendline("")
    child.expect(PROMPT)
    child.send("\x1b[200~" + "字" * 10_000 + "\x1b[201~\r")  # a 10 kB paste (bracketed, as terminals send it)
    child.expect("问题太长")
    child.expect(PROMPT)
    child.sendline("\x00\x01\x07")
    child.expect(PROMPT)
    child.sendline(":nosuch")
    child.expect("未知命令")
    child.expect(PROMPT)
    child.sendline(ANJI)
    child.expect("答：")
    child.expect(PROMPT)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "字" * 600 not in (tmp_path / "history").read_text(encoding="utf-8")  # the paste is not kept


# ---------------------------------------------------------------- a pipe

def _blocks(stdout: bytes) -> list[str]:
    return [b for b in stdout.decode("utf-8").split("\n\n") if b.strip()]


def test_pipe_plain_answers_without_prompts_or_colour(repl_config, env, tmp_path, engine):
    data = f"{ANJI}\n有几个办事窗口？\n原文呢？\n:nosuch\n".encode()
    result = _pipe(repl_config, tmp_path / "history", env, data)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert "\x1b" not in out and PROMPT not in out
    blocks = _blocks(result.stdout)
    assert len(blocks) == 4
    first = engine.ask(ANJI)
    assert blocks[0].splitlines()[0] == answer_text(first).splitlines()[0]
    assert "安吉县综治中心有几个办事窗口" in blocks[1]  # carried over, and said so
    assert "——《" in blocks[2]  # the source paragraph with its headline
    assert "未知命令" in blocks[3]
    assert not (tmp_path / "history").exists()  # no history in plain mode


def test_pipe_bad_input_never_ends_the_repl(repl_config, env, tmp_path, engine):
    # Empty lines, a 10 kB line, control characters, bytes that are not UTF-8, an emoji; then a real question.
    data = (b"\n   \n" + "字".encode() * 10_000 + b"\n\x01\x02\x7f\n\xff\xfe\x80\n\xf0\x9f\x99\x82\n"
            + ANJI.encode() + b"\n")
    result = _pipe(repl_config, tmp_path / "history", env, data)
    assert result.returncode == 0, result.stderr
    blocks = _blocks(result.stdout)
    assert "问题太长" in blocks[0]
    assert blocks[-1] == answer_text(engine.ask(ANJI))
    assert "Traceback" not in result.stderr.decode("utf-8", "replace")


def test_reload_picks_up_a_new_file(repl_config, env, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED_FILE, corpus)
    question = "龙泉青瓷博物馆什么时候开馆？"
    child = pexpect.popen_spawn.PopenSpawn([str(QA_BIN), *_args(repl_config, tmp_path / "h", corpus)], env=env,
                                           encoding="utf-8", timeout=30)
    child.sendline(":reload")
    child.expect("没有变化")
    child.sendline(":corpus")
    child.expect("共 4 篇文章")
    (corpus / "new.txt").write_text(
        "龙泉青瓷博物馆新馆开馆\n\n本报记者 周明\n\n龙泉青瓷博物馆新馆于5月20日正式开馆，首批展出青瓷1200件。\n",
        encoding="utf-8")
    child.sendline(":reload")
    child.expect("已重新载入：5 篇文章")
    child.sendline(question)
    child.expect("龙泉青瓷博物馆新馆于5月20日")
    child.sendline(":source")
    child.expect("new.txt")
    child.sendeof()
    child.expect(pexpect.EOF)
    assert child.wait() == 0


def test_help_has_examples():
    result = subprocess.run([str(QA_BIN), "repl", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "examples:" in result.stdout and "--history" in result.stdout and ":reload" in result.stdout


# ---------------------------------------------------------------- the line logic, in-process

def test_repl_commands(engine):
    repl = Repl(engine)
    assert repl.line("   ") == ""
    assert ":reload" in repl.line(":help")
    assert "你是不是想输入 :debug" in repl.line(":debgu")
    assert "开" in repl.line(":debug on") and repl.debug
    out = repl.line(ANJI)
    assert "qtype:" in out and "tokens:" in out and "timings:" in out and "evidence" in out
    assert "关" in repl.line("：debug off") and not repl.debug  # a full-width colon works too
    assert "用法" in repl.line(":debug maybe")
    assert "——《" in repl.line(":source")
    assert len(repl.line(":detail")) > len(engine.ask(ANJI).sentence.text)
    assert f"共 {len(engine.corpus.articles)} 篇文章" in repl.line(":corpus")
    assert not repl.done
    repl.line(":q")
    assert repl.done


def test_render_highlight_and_debug(engine):
    answer = engine.ask(ANJI)
    assert not answer.declined and answer.span is not None
    plain = answer_text(answer)
    assert "\x1b" not in plain
    coloured = answer_text(answer, color=True)
    start, end = answer.span
    assert f"{SPAN}{answer.sentence.text[start:end]}\x1b[0m" in coloured
    assert coloured.replace(SPAN, "").replace("\x1b[2m", "").replace("\x1b[0m", "") == plain
    assert highlight("abc", (1, 2), color=False) == "abc"
    assert highlight("abc", (5, 9)) == "abc"  # a span outside the text is ignored, not an error
    debug = debug_text(answer, ["安吉县", "部门"], {"turn": 0.012})
    assert f"qtype: {answer.qtype}" in debug and "安吉县 / 部门" in debug and "12.0 ms" in debug
    assert f"{answer.evidence[0].score:8.3f}" in debug
