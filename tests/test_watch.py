"""The watched corpus (src/qa/watch.py): a page dropped into a corpus folder is answered from within seconds, in
a thread (watchfiles and the polling fallback), as an asyncio task, and in `qa repl`'s pipe mode; a burst of
files is one reload; a failed reload is reported and the watch goes on. What a report says comes from the
engine's `last_reload`."""

from __future__ import annotations

import asyncio
import os
import queue
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest

from qa.config import PROJECT_ROOT
from qa.engine import Engine, ReloadReport
from qa.load import load_corpus
from qa.watch import CorpusWatcher, describe

from conftest import QA_BIN, SEED_FILE

EXTS = (".txt", ".md", ".jsonl")
QUESTION = "龙泉青瓷博物馆新馆什么时候开馆？"
PAGE = "龙泉青瓷博物馆新馆开馆\n\n本报记者 周明\n\n龙泉青瓷博物馆新馆于5月20日正式开馆，首批展出青瓷1200件。\n"


def wait_until(predicate, timeout: float = 15.0, what: str = "condition"):
    """Poll `predicate` every 50 ms until it is truthy; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


@pytest.fixture()
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED_FILE, folder)
    return folder


@pytest.fixture()
def watch_engine(config, corpus) -> Engine:
    return Engine(config, [corpus])


def answers(engine: Engine) -> bool:
    ans = engine.ask(QUESTION)
    return not ans.declined and "5月20日" in ans.text


def test_describe_says_what_the_reload_report_says(corpus):
    (corpus / "new.txt").write_text(PAGE, encoding="utf-8")
    now = load_corpus([corpus], EXTS)
    seed = f"corpus/{SEED_FILE.name}"
    assert describe(ReloadReport(added=("corpus/new.txt",)), now) == "+1 file: corpus/new.txt, 1 article"
    assert describe(ReloadReport(changed=(seed,), removed=("corpus/old.txt",)), now) == \
        f"~1 file: {seed}, 4 articles; -1 file: corpus/old.txt"
    assert describe(ReloadReport(added=("corpus/new.txt", seed)), now) == \
        f"+2 files, 5 articles: corpus/new.txt (1), {seed} (4)"
    assert describe(ReloadReport(), now) == "reloaded, no file's text changed"


@pytest.mark.parametrize("use_watchfiles", [True, False], ids=["watchfiles", "polling"])
def test_a_dropped_page_is_answered_and_a_deleted_one_forgotten(watch_engine, corpus, use_watchfiles):
    lines: list[str] = []
    assert not answers(watch_engine)
    watcher = CorpusWatcher(watch_engine, EXTS, lines.append, debounce_ms=100, poll_ms=100,
                            use_watchfiles=use_watchfiles).start()
    try:
        assert watcher.ready.wait(5)
        assert watcher.mode == ("watchfiles" if use_watchfiles else "polling")
        (corpus / "new.txt").write_text(PAGE, encoding="utf-8")
        wait_until(lambda: answers(watch_engine), what="the new page to be answered from")
        wait_until(lambda: lines, 5, "the report")
        assert lines[0].startswith("corpus: +1 file: corpus/new.txt, 1 article (")
        (corpus / "new.txt").unlink()
        wait_until(lambda: not answers(watch_engine), what="the deleted page to be forgotten")
        wait_until(lambda: len(lines) == 2, 5, "the second report")
        assert lines[1].startswith("corpus: -1 file: corpus/new.txt (")
    finally:
        watcher.stop()
    assert not watcher._thread.is_alive()


@pytest.mark.parametrize("use_watchfiles", [True, False], ids=["watchfiles", "polling"])
def test_a_page_that_came_before_the_watch_began_is_caught_up_with(watch_engine, corpus, use_watchfiles):
    (corpus / "new.txt").write_text(PAGE, encoding="utf-8")  # after the engine was built, before the watch
    lines: list[str] = []
    watcher = CorpusWatcher(watch_engine, EXTS, lines.append, debounce_ms=100, poll_ms=100,
                            use_watchfiles=use_watchfiles).start()
    try:
        wait_until(lambda: answers(watch_engine), what="the catch-up reload")
    finally:
        watcher.stop()
    assert watcher.reloads == 1 and lines[0].startswith("corpus: +1 file: corpus/new.txt, 1 article (")


def test_a_burst_of_pages_is_one_reload(watch_engine, corpus):
    lines: list[str] = []
    watcher = CorpusWatcher(watch_engine, EXTS, lines.append, debounce_ms=400).start()
    try:
        assert watcher.ready.wait(5)
        for i in range(1, 21):  # a day's 20 pages copied at once
            (corpus / f"page_{i:02d}.txt").write_text(
                f"第{i}号工程开工\n\n本报记者 周明\n\n第{i}号工程于3月{i}日开工，总投资{i}亿元。\n", encoding="utf-8")
        wait_until(lambda: lines, what="the reload")
        time.sleep(1.0)  # long enough for a second batch, had the burst been split
    finally:
        watcher.stop()
    assert watcher.reloads == 1, lines
    assert lines[0].startswith("corpus: +20 files, 20 articles: corpus/page_01.txt (1), ")
    assert len(watch_engine.corpus.articles) == 4 + 20


@pytest.mark.parametrize("use_watchfiles", [True, False], ids=["watchfiles", "polling"])
def test_a_same_size_rewrite_with_its_mtime_put_back_is_reported_and_a_touch_is_no_change(
        watch_engine, corpus, use_watchfiles):
    page = corpus / "new.txt"
    page.write_text(PAGE, encoding="utf-8")
    watch_engine.reload()
    lines: list[str] = []
    watcher = CorpusWatcher(watch_engine, EXTS, lines.append, debounce_ms=100, poll_ms=100,
                            use_watchfiles=use_watchfiles).start()
    try:
        assert watcher.ready.wait(5)
        old = page.stat()
        page.write_text(PAGE.replace("1200件", "1300件"), encoding="utf-8")  # same size, new text
        os.utime(page, ns=(old.st_atime_ns, old.st_mtime_ns))
        wait_until(lambda: lines, what="the report of the rewrite")
        assert lines[0].startswith("corpus: ~1 file: corpus/new.txt, 1 article (")
        assert any("1300件" in hit.sentence.text for hit in watch_engine.retrieve(QUESTION))
        os.utime(page)  # touched: a reload, but nothing to tell
        wait_until(lambda: len(lines) == 2, what="the report of the touch")
        assert lines[1].startswith("corpus: reloaded, no file's text changed (")
    finally:
        watcher.stop()
    assert watcher.reloads == 2


def test_the_asyncio_task_reloads_in_a_worker_thread_and_stops(watch_engine, corpus):
    lines: list[str] = []
    threads: list[str] = []

    async def main():
        watcher = CorpusWatcher(watch_engine, EXTS, lines.append, debounce_ms=100,
                                after_reload=lambda: threads.append(threading.current_thread().name))
        task = asyncio.create_task(watcher.run())
        assert await asyncio.to_thread(watcher.ready.wait, 5)
        assert watcher.mode == "watchfiles"
        (corpus / "new.txt").write_text(PAGE, encoding="utf-8")
        deadline = time.monotonic() + 15
        while not lines and time.monotonic() < deadline:
            await asyncio.sleep(0.05)  # the loop stays free while the reload runs
        watcher.stop_async()
        await asyncio.wait_for(task, 5)

    asyncio.run(main())
    assert lines and lines[0].startswith("corpus: +1 file: corpus/new.txt")
    assert threads and threads[0] != threading.main_thread().name
    assert answers(watch_engine)


class _BrokenEngine:
    """An engine whose reload fails: the watcher must say so and keep watching."""

    last_reload = None

    def __init__(self, paths):
        self.paths = paths
        self.calls = 0

    @property
    def corpus(self):
        raise AssertionError("not asked for after a failed reload")

    def reload(self, force: bool = False) -> bool:
        self.calls += 1
        raise OSError("disk on fire")


def test_a_failed_reload_is_reported_and_the_watch_goes_on(corpus):
    engine = _BrokenEngine([corpus])
    lines: list[str] = []
    watcher = CorpusWatcher(engine, EXTS, lines.append, debounce_ms=50, poll_ms=50, use_watchfiles=False).start()
    try:
        assert watcher.ready.wait(15)  # the start-up catch-up tried (and failed) once
        (corpus / "a.txt").write_text(PAGE, encoding="utf-8")
        wait_until(lambda: len(lines) == 2, what="the failure report")
        (corpus / "b.txt").write_text(PAGE, encoding="utf-8")
        wait_until(lambda: len(lines) == 3, what="the second attempt")
        time.sleep(0.3)  # several polls with no change: no more attempts
    finally:
        watcher.stop()
    assert all("reload failed" in line and "disk on fire" in line for line in lines)
    assert engine.calls == 3  # at start and once per change, not once per poll


def test_repl_pipe_mode_answers_from_a_dropped_page(tmp_path, cache_dir, corpus):
    config = tmp_path / "config.yaml"
    config.write_text(
        f"index:\n  cache_dir: {cache_dir}\n"
        f"tokenizer:\n  user_dict: {PROJECT_ROOT / 'config/userdict.txt'}\n"
        f"  stopwords: {PROJECT_ROOT / 'config/stopwords.txt'}\n"
        "corpus:\n  watch: true\n  watch_debounce_ms: 100\n",
        encoding="utf-8")
    proc = subprocess.Popen([str(QA_BIN), "repl", "--config", str(config), "--corpus", str(corpus),
                             "--history", str(tmp_path / "h")], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")
    out: queue.Queue[str] = queue.Queue()
    err: queue.Queue[str] = queue.Queue()
    for stream, q in ((proc.stdout, out), (proc.stderr, err)):
        threading.Thread(target=lambda s=stream, q=q: [q.put(line) for line in s], daemon=True).start()

    def block() -> str:
        """One answer: lines up to the empty line that ends it."""
        lines = []
        while (line := out.get(timeout=30)) != "\n":
            lines.append(line)
        return "".join(lines)

    try:
        proc.stdin.write(QUESTION + "\n")
        proc.stdin.flush()
        assert "5月20日" not in block()
        (corpus / "new.txt").write_text(PAGE, encoding="utf-8")
        line = ""
        deadline = time.monotonic() + 15
        while "+1 file" not in line:
            line = err.get(timeout=max(0.1, deadline - time.monotonic()))
        assert line.startswith("corpus: +1 file: corpus/new.txt, 1 article")
        proc.stdin.write(QUESTION + "\n")
        proc.stdin.flush()
        assert "5月20日" in block()
        proc.stdin.close()
        assert proc.wait(15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
