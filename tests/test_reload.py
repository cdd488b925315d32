"""An incremental reload (only new or changed files read and parsed) gives what a fresh start on the same files
gives: the same articles, warnings, sentence ids and answers, continued articles and duplicate ids included."""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import qa.load
from qa.engine import Engine
from qa.load import Parsed, load_parsed

EXTS = (".txt", ".md", ".jsonl")

PAGE = "{title}\n本报记者 {name}\n{body}\n"
HEADS = ["西湖新馆", "安吉新闻", "会议召开", "青年工作"]
BODIES = ["西湖边新开了一家图书馆。馆内藏书十万册。", "安吉县综治中心整合了12个部门。", "会议在杭州召开。",
          "青年人群占比上升，社区工作整合。"]
NAMES = ["王小明", "李洁", "余勤", "陆乐"]

# A page, a page continued elsewhere ("下转"/"上接"), or a jsonl file whose ids may collide with other files'.
page = st.builds(lambda t, n, b: PAGE.format(title=HEADS[t], name=NAMES[n], body=BODIES[b]),
                 st.integers(0, 3), st.integers(0, 3), st.integers(0, 3))
continued = st.builds(lambda t, b, head: (PAGE.format(title=HEADS[t], name=NAMES[0], body=BODIES[b])
                                          + ("(下转2版)\n" if head else "")).replace(
                          "本报记者", "(上接1版)\n本报记者" if not head else "本报记者"),
                      st.integers(0, 3), st.integers(0, 3), st.booleans())
jsonl = st.lists(st.builds(lambda i, t, b: json.dumps({"id": i, "title": HEADS[t], "text": BODIES[b]},
                                                      ensure_ascii=False),
                           st.sampled_from(["x1", "x2", "a.txt#0", "p1.txt#0"]), st.integers(0, 3),
                           st.integers(0, 3)),
                 min_size=1, max_size=3).map(lambda lines: "\n".join(lines) + "\n")
NAMES_TXT = ["a.txt", "p1.txt", "p2.txt", "sub/p3.txt"]
NAMES_JSONL = ["j1.jsonl", "sub/j2.jsonl"]
op = st.one_of(
    st.tuples(st.just("put"), st.sampled_from(NAMES_TXT), st.one_of(page, page, continued)),
    st.tuples(st.just("put"), st.sampled_from(NAMES_JSONL), jsonl),
    st.tuples(st.just("delete"), st.sampled_from(NAMES_TXT + NAMES_JSONL), st.none()),
    st.tuples(st.just("touch"), st.sampled_from(NAMES_TXT + NAMES_JSONL), st.none()),  # new mtime, same bytes
)


def same(a: Parsed, b: Parsed) -> None:
    ca, cb = a.corpus, b.corpus
    assert ca.articles == cb.articles
    assert ca.warnings == cb.warnings
    assert ca.fingerprint == cb.fingerprint
    assert [s.id for s in ca.sentences] == [s.id for s in cb.sentences]
    assert [s.text for s in ca.sentences] == [s.text for s in cb.sentences]
    assert a.spans == b.spans and a.files.keys() == b.files.keys()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op, min_size=1, max_size=8))
def test_incremental_load_equals_a_fresh_load(tmp_path_factory, ops):
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "sub").mkdir()
    (folder / "a.txt").write_text(PAGE.format(title=HEADS[0], name=NAMES[0], body=BODIES[0]), encoding="utf-8")
    parsed = load_parsed([folder], EXTS)
    clock = 1_000_000_000  # old, distinct mtimes: unchanged files are then trusted by their stat alone
    for kind, name, text in ops:
        path = folder / name
        clock += 10
        if kind == "put":
            path.write_text(text, encoding="utf-8")
            os.utime(path, (clock, clock))
        elif kind == "delete" and path.exists():
            path.unlink()
        elif kind == "touch" and path.exists():
            os.utime(path, (clock, clock))
        parsed = load_parsed([folder], EXTS, reuse=parsed)
        same(parsed, load_parsed([folder], EXTS))


def write(folder: Path, name: str, text: str, when: int) -> None:
    (folder / name).write_text(text, encoding="utf-8")
    os.utime(folder / name, (when, when))


def test_a_new_page_is_the_only_file_read(tmp_path, monkeypatch):
    for i in range(3):
        write(tmp_path, f"p{i}.txt", PAGE.format(title=HEADS[i], name=NAMES[i], body=BODIES[i]), 1_000_000_000)
    write(tmp_path, "j.jsonl", json.dumps({"id": "x1", "text": BODIES[3]}, ensure_ascii=False) + "\n", 1_000_000_000)
    first = load_parsed([tmp_path], EXTS)
    read: list[str] = []
    real = qa.load.parse_file
    monkeypatch.setattr(qa.load, "parse_file", lambda data, path, *a: read.append(path.name) or real(data, path, *a))
    write(tmp_path, "p9.txt", PAGE.format(title=HEADS[3], name=NAMES[3], body=BODIES[3]), 1_000_000_100)
    again = load_parsed([tmp_path], EXTS, reuse=first)
    assert read == ["p9.txt"]
    # The unchanged files' articles are the previous load's objects, not parsed again.
    assert all(any(a is b for b in first.corpus.articles) for a in again.corpus.articles
               if not a.file.endswith("p9.txt"))
    same(again, load_parsed([tmp_path], EXTS))
    read.clear()
    # Touched, not changed: read to compare its bytes, not parsed.
    os.utime(tmp_path / "p1.txt", (1_000_000_200, 1_000_000_200))
    third = load_parsed([tmp_path], EXTS, reuse=again)
    assert read == [] and third.corpus.articles == again.corpus.articles


def test_a_changed_file_with_a_continuation_reads_everything(tmp_path, monkeypatch):
    head = PAGE.format(title="西湖新馆", name="王小明", body=BODIES[0]) + "(下转2版)\n"
    write(tmp_path, "p1.txt", head, 1_000_000_000)
    write(tmp_path, "p2.txt", PAGE.format(title=HEADS[1], name=NAMES[1], body=BODIES[1]), 1_000_000_000)
    first = load_parsed([tmp_path], EXTS)
    read: list[str] = []
    real = qa.load.parse_file
    monkeypatch.setattr(qa.load, "parse_file", lambda data, path, *a: read.append(path.name) or real(data, path, *a))
    write(tmp_path, "p3.txt", "西湖新馆\n(上接1版)\n图书馆每天开放十二小时。\n", 1_000_000_100)
    again = load_parsed([tmp_path], EXTS, reuse=first)
    assert read == ["p3.txt", "p1.txt", "p2.txt", "p3.txt"]  # the new page, then everything again
    same(again, load_parsed([tmp_path], EXTS))
    assert any(w.startswith("continued in") and "p3.txt" in w for a in again.corpus.articles for w in a.warnings)


QUESTIONS = ["西湖边新开了什么？", "谁写了图书馆的报道？", "会议在哪里召开？", "安吉县综治中心整合了多少个部门？"]


def answers(engine: Engine) -> list:
    return [(a.text, [(h.sentence.id, round(h.score, 6)) for h in a.evidence]) for q in QUESTIONS
            for a in [engine.ask(q)]]


def test_engine_reload_answers_like_a_fresh_start(config, tmp_path):
    cfg = config.replace(**{"index.cache_dir": str(tmp_path / "cache")})
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder, "a.txt", PAGE.format(title="西湖新馆", name="王小明", body=BODIES[0]), 1_000_000_000)
    write(folder, "j.jsonl", json.dumps({"id": "b.txt#0", "title": "会议", "text": BODIES[2]}, ensure_ascii=False)
          + "\n", 1_000_000_000)
    engine = Engine.load(cfg, corpus=folder)
    steps = [
        lambda: write(folder, "c.txt", PAGE.format(title="安吉新闻", name="李洁", body=BODIES[1]), 1_000_000_100),
        lambda: write(folder, "a.txt", PAGE.format(title="西湖新馆开放", name="王浩", body=BODIES[0]), 1_000_000_200),
        # Its first article's id is the jsonl's: the jsonl file (after it) is cited differently now.
        lambda: write(folder, "b.txt", PAGE.format(title="会议召开", name="余勤", body=BODIES[2]), 1_000_000_300),
        lambda: (folder / "b.txt").unlink(),
        lambda: (folder / "c.txt").unlink(),
    ]
    for n, step in enumerate(steps):
        step()
        assert engine.reload()
        fresh = Engine.load(config.replace(**{"index.cache_dir": str(tmp_path / f"fresh{n}")}), corpus=folder)
        assert engine.corpus.articles == fresh.corpus.articles
        assert [s.id for s in engine.corpus.sentences] == [s.id for s in fresh.corpus.sentences]
        assert answers(engine) == answers(fresh)


def test_a_same_size_rewrite_with_its_old_mtime_put_back_is_reloaded(config, tmp_path):
    """`cp -p`, or a rewrite followed by `touch -d` to the old time: size and mtime are as before, only the
    ctime (and with an atomic replace the inode) moved. The reload and the incremental load must both see it."""
    cfg = config.replace(**{"index.cache_dir": str(tmp_path / "cache")})
    folder = tmp_path / "corpus"
    folder.mkdir()
    before = PAGE.format(title="西湖新馆", name="王小明", body="西湖边新开了一家图书馆。馆内藏书十万册。")
    after = PAGE.format(title="西湖新馆", name="王小明", body="西湖边新开了一家博物馆。馆内藏书十万册。")
    assert len(before.encode()) == len(after.encode()) and before != after
    page = folder / "a.txt"
    write(folder, "a.txt", before, 1_000_000_000)
    engine = Engine.load(cfg, corpus=folder)
    parsed = load_parsed([folder], EXTS)
    assert "图书馆" in engine.retrieve("西湖边新开了什么？")[0].sentence.text
    old = page.stat()
    page.write_text(after, encoding="utf-8")  # in place: same inode
    os.utime(page, ns=(old.st_atime_ns, old.st_mtime_ns))
    new = page.stat()
    assert (new.st_size, new.st_mtime_ns, new.st_ino) == (old.st_size, old.st_mtime_ns, old.st_ino)
    assert engine.reload()
    assert "博物馆" in engine.retrieve("西湖边新开了什么？")[0].sentence.text
    assert engine.last_reload is not None and engine.last_reload.changed == (f"{folder.name}/a.txt",)
    again = load_parsed([folder], EXTS, reuse=parsed)
    assert "博物馆" in again.corpus.articles[0].body[0].text
    same(again, load_parsed([folder], EXTS))
    assert not engine.reload()  # nothing since: no work
