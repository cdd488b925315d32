"""The segmented sparse index: incremental updates score exactly like a fresh build; the cache survives damage."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.engine import Engine, build_engine
from qa.index import Tokenized, build_index
from qa.load import corpus_from_articles
from qa.segments import SegmentStore, corpus_units, tokenize_units
from qa.tokenize import Tokenizer
from qa.types import Article, Byline, Paragraph

WORDS = ["劳动", "乐观地说",
         "会议", "召开", "西湖", "图书馆", "安吉县", "综治中心", "青年", "人群", "占比", "水杉", "照片", "主持",
         "建设", "平安", "浙江", "工作", "社区", "部门", "整合", "2024年", "500公顷", "新开", "一家"]
NAMES = ["王小明", "李洁", "余勤", "陆乐", "刘捷", "王浩"]
QUERIES = [["会议"], ["西湖", "图书馆"], ["王小明"], ["青年", "人群", "占比", "会议"], ["王浩", "水杉"], ["a"],
           ["余勤", "劳动", "陆乐"],
           ["2024年", "社区"]]


def article(file: str, n: int, headline: str, names: tuple[str, ...], body: list[str]) -> Article:
    paras = [Paragraph(0, "headline", headline)]
    if names:
        paras.append(Paragraph(1, "byline", "本报记者 " + " ".join(names)))
    paras += [Paragraph(len(paras) + i, "body", t) for i, t in enumerate(body)]
    return Article(id=f"{file}#{n}", file=file, headline=headline, byline=Byline(reporters=names),
                   paragraphs=tuple(paras))


sentence = st.lists(st.sampled_from(WORDS + NAMES), min_size=1, max_size=8).map(lambda ws: "".join(ws) + "。")
page = st.lists(st.tuples(st.lists(st.sampled_from(NAMES), max_size=2, unique=True).map(tuple),
                          st.lists(sentence, min_size=1, max_size=4).map(lambda ss: ["".join(ss)])),
                min_size=1, max_size=3)
op = st.one_of(
    st.tuples(st.just("put"), st.integers(0, 6), page),  # add or change file N
    st.tuples(st.just("delete"), st.integers(0, 6), st.just(None)),
    st.tuples(st.just("optimize"), st.just(0), st.just(None)),
)


def corpus_of(files: dict[str, list]) -> object:
    arts = [article(name, n, f"{name}标题{n}", names, body)
            for name in sorted(files) for n, (names, body) in enumerate(files[name])]
    return corpus_from_articles(arts)


def check_equal(index, fresh, corpus):
    for q in QUERIES:
        np.testing.assert_allclose(index.scores(q), fresh.scores(q), rtol=0, atol=1e-6)
        mine, theirs = index.search(q, 5), fresh.search(q, 5)
        np.testing.assert_allclose([s for _, s in mine], [s for _, s in theirs], atol=1e-6)
    assert index.stats()["sentences"] == len(corpus.sentences)
    assert set(index.vocabulary) == set(fresh.vocabulary)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op, min_size=1, max_size=8), k1=st.floats(0.8, 2.0), b=st.floats(0.0, 1.0))
def test_incremental_updates_score_like_a_fresh_build(config, tmp_path_factory, ops, k1, b):
    tokenizer = Tokenizer(config)
    store = SegmentStore(tmp_path_factory.mktemp("cache"))
    files: dict[str, list] = {}
    prev = None
    for kind, n, content in ops:
        if kind == "put":
            files[f"f{n}.txt"] = content
        elif kind == "delete":
            files.pop(f"f{n}.txt", None)
        corpus = corpus_of(files)
        built = store.update(corpus, tokenizer, k1, b, corpus_id="c", optimize=kind == "optimize",
                             previous=prev.index.segments if prev else (),
                             previous_units=prev.units if prev else None)
        fresh = SegmentStore(None).update(corpus, tokenizer, k1, b)
        check_equal(built.index, fresh.index, corpus)
        if kind == "optimize":
            assert built.changes.segments <= 1 and built.index.stats()["retired"] == 0
        prev = built
    # A process that starts now finds everything in the folder: nothing is tokenized again.
    again = SegmentStore(store.folder).update(corpus, tokenizer, k1, b, corpus_id="c")
    assert again.changes.sentences == 0 and again.info["loaded"]
    check_equal(again.index, SegmentStore(None).update(corpus, tokenizer, k1, b).index, corpus)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.dictionaries(st.sampled_from([f"f{i}.txt" for i in range(5)]), page, min_size=1))
def test_a_fresh_build_equals_the_single_matrix_over_the_same_tokens(config, files):
    """The segmented index's scores are bm25.py's (index.build_index, tested against rank-bm25) over the tokens
    each file gets with its own byline names."""
    tokenizer = Tokenizer(config)
    corpus = corpus_of(files)
    units = corpus_units(corpus)
    vocab, ids, offsets = tokenize_units(tokenizer, corpus, units)
    single = build_index(Tokenized(tuple(vocab), ids, offsets))
    order = np.concatenate([u.sentences for u in units])
    index = SegmentStore(None).update(corpus, tokenizer, 1.5, 0.75).index
    for q in QUERIES:
        expected = np.zeros(len(corpus.sentences))
        expected[order] = single.scores(q)
        np.testing.assert_allclose(index.scores(q), expected, atol=1e-9)


def test_a_files_names_reach_its_own_tokens_only(config):
    """余勤 is a byline name in f0 only: kept whole there; f1's text is cut as if the name were unknown."""
    tokenizer = Tokenizer(config)
    body = ["余勤劳动。"]
    corpus = corpus_of({"f0.txt": [(("余勤",), body)], "f1.txt": [((), body)]})
    units = corpus_units(corpus)
    vocab, ids, offsets = tokenize_units(tokenizer, corpus, units)
    toks = [[vocab[i] for i in ids[a:b]] for a, b in zip(offsets[:-1], offsets[1:], strict=True)]
    f0_body, f1_body = toks[2], toks[-1]
    assert "余勤" in f0_body and "余勤" not in f1_body
    assert "余勤" not in tokenizer.names and tokenizer.freq("余勤") == Tokenizer(config).freq("余勤")
    assert tokenizer._jieba.total == Tokenizer(config)._jieba.total


# ---------------------------------------------------------------- engines over files, reload

PAGE = "{title}\n\n本报记者 {name}\n\n{body}\n"


def write_page(folder: Path, name: str, title: str, reporter: str, body: str) -> None:
    (folder / name).write_text(PAGE.format(title=title, name=reporter, body=body), encoding="utf-8")


QUESTIONS = ["西湖边新开了什么？", "谁写了图书馆的报道？", "会议在哪里召开？", "安吉县综治中心整合了多少个部门？"]


def answers(engine: Engine) -> list:
    return [(a.text, [(h.sentence.id, round(h.score, 6)) for h in a.evidence]) for q in QUESTIONS
            for a in [engine.ask(q)]]


def test_reload_is_incremental_and_answers_like_a_fresh_start(config, tmp_path):
    cfg = config.replace(**{"index.cache_dir": str(tmp_path / "cache")})
    fresh_cfg = config.replace(**{"index.cache_dir": str(tmp_path / "fresh")})
    folder = tmp_path / "corpus"
    folder.mkdir()
    seed = Path(__file__).parents[1] / "seeds"
    for f in seed.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    write_page(folder, "a.txt", "西湖新馆", "王小明", "西湖边新开了一家图书馆。馆内藏书十万册。")
    engine = Engine.load(cfg, corpus=folder)
    assert engine.last_reload is None and not engine.reload()
    write_page(folder, "b.txt", "安吉新闻", "李洁", "安吉县综治中心整合了12个部门。")
    write_page(folder, "a.txt", "西湖新馆开放", "王浩", "西湖边新开了一家图书馆，王浩报道。")
    assert engine.reload()
    r = engine.last_reload
    assert r is not None and r.added == ("corpus/b.txt",) and r.changed == ("corpus/a.txt",) and r.removed == ()
    assert 0 < r.sentences < 12 and r.segments == 2  # only the two pages were tokenized
    assert answers(engine) == answers(Engine.load(fresh_cfg, corpus=folder, rebuild=True))
    # a word's postings over every segment: the corpus sentences whose tokens hold it, in corpus order
    held = [i for i, s in enumerate(engine.corpus.sentences) if "综治中心" in s.folded]
    assert held and engine.retriever.holding("综治中心") == held
    (folder / "b.txt").unlink()
    assert engine.reload() and engine.last_reload.removed == ("corpus/b.txt",) and engine.last_reload.sentences == 0
    # the removed page's sentences are retired, the others renumbered
    assert engine.retriever.holding("综治中心") == [i for i, s in enumerate(engine.corpus.sentences)
                                                  if "综治中心" in s.folded] != held
    assert answers(engine) == answers(Engine.load(fresh_cfg, corpus=folder, rebuild=True))
    # A new process reuses every segment and knows what changed since the last build.
    again = Engine.load(cfg, corpus=folder)
    assert again.retriever.info["loaded"] and again.retriever.changes.added == ()
    assert answers(again) == answers(engine)
    optimized = build_engine(cfg, folder, optimize=True)
    assert len(optimized.retriever.segments) == 1 and answers(optimized) == answers(engine)


# ---------------------------------------------------------------- crash safety

def _built(cfg, folder):
    engine = Engine.load(cfg, corpus=folder)
    seg_folder = Path(engine.retriever.info["cache"]).parent
    return engine, seg_folder


@pytest.fixture()
def two_segments(config, tmp_path):
    cfg = config.replace(**{"index.cache_dir": str(tmp_path / "cache")})
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_page(folder, "a.txt", "西湖新馆", "王小明", "西湖边新开了一家图书馆。馆内藏书十万册。")
    first, seg_folder = _built(cfg, folder)
    write_page(folder, "b.txt", "安吉新闻", "李洁", "安吉县综治中心整合了12个部门。")
    first.reload()
    assert len(first.retriever.segments) == 2
    return cfg, folder, seg_folder, answers(first)


def test_a_truncated_segment_is_reported_and_only_its_part_rebuilt(two_segments, caplog):
    cfg, folder, seg_folder, expected = two_segments
    catalog = json.loads((seg_folder / "catalog.json").read_text())
    victim = next(sid for sid, units in catalog["segments"].items() if units[0][0] == "corpus/b.txt")
    path = seg_folder / f"seg-{victim}.npz"
    path.write_bytes(path.read_bytes()[:100])
    with caplog.at_level(logging.WARNING):
        engine = Engine.load(cfg, corpus=folder)
    assert f"index cache {path} is unusable" in caplog.text
    assert engine.retriever.changes.sentences == 3  # b.txt's headline, byline and body sentence: a.txt's stay
    assert answers(engine) == expected
    assert Engine.load(cfg, corpus=folder).retriever.info["loaded"]


def test_a_missing_segment_is_reported_and_rebuilt(two_segments, caplog):
    cfg, folder, seg_folder, expected = two_segments
    catalog = json.loads((seg_folder / "catalog.json").read_text())
    victim = next(sid for sid, units in catalog["segments"].items() if units[0][0] == "corpus/a.txt")
    (seg_folder / f"seg-{victim}.npz").unlink()
    with caplog.at_level(logging.WARNING):
        engine = Engine.load(cfg, corpus=folder)
    assert "which is missing; rebuilding its part" in caplog.text
    assert answers(engine) == expected


def test_a_damaged_catalog_is_reported_and_rebuilt(two_segments, caplog):
    cfg, folder, seg_folder, expected = two_segments
    (seg_folder / "catalog.json").write_text('{"format": 1, "segm')
    with caplog.at_level(logging.WARNING):
        engine = Engine.load(cfg, corpus=folder)
    assert "index catalog" in caplog.text and "is unusable" in caplog.text
    assert answers(engine) == expected


def test_a_writer_killed_mid_save_leaves_the_old_index_readable(two_segments, caplog):
    """A real process is killed while writing a segment: the previous catalog and segments still serve, and the
    next start removes its temporary file with a warning."""
    cfg, folder, seg_folder, expected = two_segments
    before = sorted(p.name for p in seg_folder.iterdir())
    code = (
        "import os, signal, sys\n"
        "from qa import atomic\n"
        "real = atomic.os.fsync\n"
        "def die(fd):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "atomic.os.fsync = die\n"
        "from qa.engine import Engine\n"
        "from qa.config import load_config\n"
        f"cfg = load_config({str(Path(__file__).parents[1] / 'config/default.yaml')!r}).replace("
        f"**{{'index.cache_dir': {str(seg_folder.parent)!r}}})\n"
        f"Engine.load(cfg, corpus={str(folder)!r})\n"
    )
    write_page(folder, "c.txt", "新闻三", "张磊", "青年人群占比两成。")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()[-2000:]
    leftovers = [p for p in seg_folder.iterdir() if p.name.endswith(".tmp")]
    assert leftovers and sorted(p.name for p in seg_folder.iterdir() if not p.name.endswith(".tmp")) == before
    (folder / "c.txt").unlink()  # the same files as before the crash: the old segments answer
    with caplog.at_level(logging.WARNING):
        engine = Engine.load(cfg, corpus=folder)
    assert "left by a process killed while saving" in caplog.text
    assert not any(p.name.endswith(".tmp") for p in seg_folder.iterdir())
    assert engine.retriever.info["loaded"] and answers(engine) == expected


# ---------------------------------------------------------------- qa index / qa ingest

def test_qa_index_and_ingest_say_what_they_did(tmp_path, capsys):
    from qa.cli import main

    folder = tmp_path / "corpus"
    folder.mkdir()
    write_page(folder, "a.txt", "西湖新馆", "王小明", "西湖边新开了一家图书馆。馆内藏书十万册。")
    root = Path(__file__).parents[1] / "config"
    cfg = tmp_path / "config.yaml"
    cfg.write_text(f"corpus:\n  paths: [{folder}]\ntokenizer:\n  user_dict: {root / 'userdict.txt'}\n"
                   f"  stopwords: {root / 'stopwords.txt'}\nindex:\n  cache_dir: {tmp_path / 'cache'}\n",
                   encoding="utf-8")
    assert main(["index", "--config", str(cfg)]) == 0
    assert capsys.readouterr().out.startswith("+1 files, 4 sentences, ")
    page = tmp_path / "b.txt"
    page.write_text(PAGE.format(title="安吉新闻", name="李洁", body="安吉县综治中心整合了12个部门。"), encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    # One unreadable file stops everything: nothing is copied.
    assert main(["ingest", "--config", str(cfg), str(page), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.txt: cannot be used" in err and "nothing was copied" in err and not (folder / "b.txt").exists()
    assert main(["ingest", "--config", str(cfg), str(page)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("+1 files, 3 sentences, ") and out.rstrip().endswith("; 2 segments")
    assert (folder / "b.txt").read_bytes() == page.read_bytes()
    # A different file of the same name is refused without --force.
    page.write_text(PAGE.format(title="安吉新闻", name="李洁", body="安吉县综治中心整合了13个部门。"), encoding="utf-8")
    assert main(["ingest", "--config", str(cfg), str(page)]) == 1
    assert "--force replaces it" in capsys.readouterr().err
    assert main(["ingest", "--force", "--config", str(cfg), str(page)]) == 0
    assert capsys.readouterr().out.startswith("~1 changed, 3 sentences, ")
    (folder / "a.txt").unlink()
    assert main(["index", "--optimize", "--json", "--config", str(cfg)]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["changes"]["removed"] == [f"{folder.name}/a.txt"] and stats["segments"] == 1
    assert stats["retired"] == 0 and stats["sentences"] == 3
