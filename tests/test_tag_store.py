"""tag_store: a large corpus's tags made once into the index cache give the tagger's own tags, are read only while
the dictionary is the one they were made with, and a store of another version or of other files is rebuilt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa import tag_store
from qa.load import corpus_from_articles
from qa.normalize import fold
from qa.postag import PosTagger
from qa.tokenize import Tokenizer
from qa.types import Article, Paragraph

TEXTS = ["新华社北京3月14日电,十四届全国人大二次会议在人民大会堂举行闭幕会。",
         "马锐锋主持会议,市委书记、市长王学军出席。",
         "该项目总投资12.5亿元,于2011年4月22日开工建设。",
         "浙江省的省会是杭州市。"]


def _articles(texts=TEXTS):
    return [Article(id=f"a{i}", file="x", headline="", paragraphs=(Paragraph(0, "body", t),))
            for i, t in enumerate(texts)]


def _corpus(texts=TEXTS):
    return corpus_from_articles(_articles(texts))


@pytest.fixture()
def tokenizer(config):
    return Tokenizer(config)  # a dictionary of its own: words added here reach no other test


def test_stored_tags_are_the_taggers(tmp_path, tokenizer):
    tagger = PosTagger(tokenizer.pos_tokenizer(), tokenizer.hmm)
    store = tag_store.build(tmp_path / "tags-x", (fold(t) for t in TEXTS), tagger, "f")
    assert len(store) == len(TEXTS)
    for t in TEXTS:
        assert store.get(fold(t)) == PosTagger(tokenizer.pos_tokenizer(), tokenizer.hmm).tag(fold(t))
    assert store.get(fold("一句不在库里的话。")) is None


def test_the_tagger_reads_the_store_until_the_dictionary_changes(tmp_path, tokenizer, monkeypatch):
    tagger = PosTagger(tokenizer.pos_tokenizer(), tokenizer.hmm)
    store = tag_store.build(tmp_path / "tags-x", (fold(t) for t in TEXTS), tagger, "f")
    fresh = PosTagger(tokenizer.pos_tokenizer(), tokenizer.hmm)
    fresh.use_store(store)
    want = store.get(fold(TEXTS[1]))

    def untracked(folded):
        raise AssertionError("tagged live: the store holds it")

    monkeypatch.setattr(fresh, "untracked", untracked)
    assert fresh.tag(fold(TEXTS[1])) == want
    monkeypatch.undo()
    # a byline name added: the stored tags were made without it, so the text is tagged live, with it
    tokenizer.add_words(["锐锋主"])
    got = fresh.tag(fold(TEXTS[1]))
    assert ("锐锋主", "nr") in got and got != want


def test_a_small_corpus_gets_no_store(config, tokenizer):
    tagger = PosTagger(tokenizer.pos_tokenizer(), tokenizer.hmm)
    assert tag_store.tag_store(config, _corpus(), tokenizer, tagger) is None


def test_a_corpus_above_the_configured_limit_gets_no_store(config, tokenizer, tmp_path):
    """At 1M sentences the tagging would break the build target: above `index.tag_store_max` it is left live."""
    tagger = PosTagger(tokenizer.pos_tokenizer(), tokenizer.hmm)
    capped = config.replace(**{"index.cache_dir": str(tmp_path / "a"), "index.tag_store_max": len(TEXTS) - 1})
    assert tag_store.tag_store(capped, _corpus(), tokenizer, tagger, min_sentences=1) is None
    at_limit = config.replace(**{"index.cache_dir": str(tmp_path / "b"), "index.tag_store_max": len(TEXTS)})
    assert tag_store.tag_store(at_limit, _corpus(), tokenizer, tagger, min_sentences=1) is not None


def test_made_once_read_back_and_rebuilt_for_other_files_or_another_version(config, tokenizer, monkeypatch):
    tagger = PosTagger(tokenizer.pos_tokenizer(), tokenizer.hmm)
    made = tag_store.tag_store(config, _corpus(), tokenizer, tagger, min_sentences=1)
    assert made is not None and made.seconds > 0 and len(made) == len(TEXTS)
    again = tag_store.tag_store(config, _corpus(), tokenizer, tagger, min_sentences=1)
    assert again is not None and again.seconds == 0 and again.folder == made.folder  # read, not made
    # a reload never builds: the store of this dictionary serves the texts it holds, the others are tagged live
    other = _corpus(TEXTS[:2] + ["另一篇文章的句子。"])
    kept = tag_store.tag_store(config, other, tokenizer, tagger, reload=True, min_sentences=1)
    assert kept is not None and kept.seconds == 0 and kept.get(fold("另一篇文章的句子。")) is None
    # a first build over other files makes it anew
    rebuilt = tag_store.tag_store(config, other, tokenizer, tagger, min_sentences=1)
    assert rebuilt is not None and rebuilt.seconds > 0 and rebuilt.get(fold("另一篇文章的句子。")) is not None
    # a store written by another version of the format is not read but rebuilt
    meta = rebuilt.folder / "meta.json"
    meta.write_text(json.dumps({**json.loads(meta.read_text()), "version": tag_store.VERSION - 1}))
    with pytest.raises(ValueError):
        tag_store.TagStore(rebuilt.folder)
    remade = tag_store.tag_store(config, other, tokenizer, tagger, min_sentences=1)
    assert remade is not None and remade.seconds > 0
    # and a new version names another folder, the old one removed
    monkeypatch.setattr(tag_store, "VERSION", tag_store.VERSION + 1)
    bumped = tag_store.tag_store(config, other, tokenizer, tagger, min_sentences=1)
    assert bumped is not None and bumped.seconds > 0 and bumped.folder != remade.folder
    assert not remade.folder.exists()


def test_the_engine_tags_through_its_store(config, tmp_path, monkeypatch):
    from qa.engine import Engine

    monkeypatch.setattr(tag_store, "MIN_SENTENCES", 1)
    cfg = config.replace(**{"index.cache_dir": str(tmp_path / "cache")})
    engine = Engine.from_articles(cfg, _articles())
    store = engine._state.composer.tagger._store
    assert store is not None and store.get(fold(TEXTS[3])) is not None
    answer = engine.ask("浙江省的省会是哪里？")
    assert "杭州" in answer.text or answer.declined


# ------------------------------------------------------------ typed spans kept beside the tags (VERSION 2)

def _composer(config, tokenizer, texts=TEXTS):
    from qa.answer import Composer, load_weights, weights_path

    return Composer(config.composer, _corpus(texts), tokenizer, load_weights(weights_path(config)))


def test_stored_typed_spans_are_the_extractors(config, tmp_path, tokenizer):
    """Each text's typed spans, kept at build time, are typed.extract's over the same tags, in the same order."""
    from qa.answer.typed import extract

    composer = _composer(config, tokenizer)
    maker = composer.span_maker()
    store = tag_store.build(tmp_path / "tags-x", (fold(t) for t in TEXTS), composer.tagger, "f", spans=maker)
    assert store.has_spans
    for t in TEXTS:
        f = fold(t)
        want = extract(f, list(composer.tagger.tag(f)), (), tokenizer.freq)
        assert want and store.spans(f) == [(sp.start, sp.end, sp.type, sp.rule) for sp in want]
    assert store.spans(fold("一句不在库里的话。")) is None
    # a store made without a maker (tags alone) holds no spans: the composer scans live
    bare = tag_store.build(tmp_path / "tags-y", (fold(t) for t in TEXTS), composer.tagger, "f")
    assert not bare.has_spans and bare.spans(fold(TEXTS[0])) is None


def test_the_composer_reads_stored_spans_until_the_dictionary_changes(config, tmp_path, tokenizer, monkeypatch):
    from qa.answer import compose

    composer = _composer(config, tokenizer)
    store = tag_store.build(tmp_path / "tags-x", (fold(t) for t in TEXTS), composer.tagger, "f",
                            spans=composer.span_maker())
    composer.use_tags(store)
    live = compose.extract
    want = live(fold(TEXTS[1]), list(composer.tagger.tag(fold(TEXTS[1]))), (), tokenizer.freq)

    def extract(*args, **kwargs):
        raise AssertionError("scanned live: the store holds the spans")

    monkeypatch.setattr(compose, "extract", extract)
    s = next(s for s in composer.corpus.sentences if s.text == TEXTS[1])
    assert composer._tagged(s)[1] == want
    # a byline name added: the stored spans were made from tags without it, so the sentence is scanned live
    scanned = []

    def spy(folded, pos, *args):
        scanned.append(pos)
        return live(folded, pos, *args)

    monkeypatch.setattr(compose, "extract", spy)
    tokenizer.add_words(["锐锋主"])
    composer._cache.clear()
    composer._tagged(s)
    assert len(scanned) == 1 and ("锐锋主", "nr") in scanned[0]


def test_the_store_key_follows_the_extractors_names_and_code(config, tokenizer, monkeypatch):
    """Spans made with other byline names, or by changed code of any module the extractor imports, are not read."""
    composer = _composer(config, tokenizer)
    plain = tag_store.store_key(tokenizer)
    with_spans = tag_store.store_key(tokenizer, composer.span_maker())
    assert with_spans != plain
    named = _composer(config, tokenizer, TEXTS)
    named._names = ("王学军",)
    assert tag_store.store_key(tokenizer, named.span_maker()) != with_spans
    typed_key = tag_store.code_key("qa.answer.typed")
    assert typed_key == tag_store.code_key("qa.answer.typed")
    # names.py is imported by typed.py: its source is part of the key
    from pathlib import Path

    import qa.answer.names as names_module

    real = Path.read_bytes
    names_path = Path(names_module.__file__).resolve()
    monkeypatch.setattr(Path, "read_bytes",
                        lambda self: real(self) + b"#" if self.resolve() == names_path else real(self))
    assert tag_store.code_key("qa.answer.typed") != typed_key


def test_the_engine_keeps_typed_spans_in_its_store(config, tmp_path, monkeypatch):
    from qa.engine import Engine

    monkeypatch.setattr(tag_store, "MIN_SENTENCES", 1)
    cfg = config.replace(**{"index.cache_dir": str(tmp_path / "cache")})
    engine = Engine.from_articles(cfg, _articles())
    store = engine._state.composer.tagger._store
    assert store is not None and store.has_spans and store.spans(fold(TEXTS[2])) is not None
    assert engine._state.composer._store is store


def test_the_last_look_up_is_remembered_for_that_text_only(config, tmp_path, tokenizer):
    """The store remembers its last text's row (the composer reads a sentence's tags, then its spans): reads in
    any order, of stored texts and of one it lacks, give what a store just opened gives."""
    composer = _composer(config, tokenizer)
    folder = tmp_path / "tags-x"
    store = tag_store.build(folder, (fold(t) for t in TEXTS), composer.tagger, "f", spans=composer.span_maker())
    texts = [fold(t) for t in TEXTS] + [fold("一句不在库里的话。")]
    order = [0, 0, 1, 4, 1, 2, 4, 4, 3, 0, 3]
    for i in order:
        fresh = tag_store.TagStore(folder)
        assert store.get(texts[i]) == fresh.get(texts[i])
        assert store.spans(texts[i]) == fresh.spans(texts[i])
        assert store.spans(texts[(i + 1) % len(texts)]) == fresh.spans(texts[(i + 1) % len(texts)])
    assert store.get(texts[4]) is None and store.spans(texts[4]) is None


def test_two_processes_building_at_once_keep_each_others_build(config, tokenizer, monkeypatch):
    """Two processes starting on one corpus build the same store at once: neither's clean-up of stale stores may
    take the other's build still being written, and the second to finish keeps the first's store."""
    import os
    import subprocess
    import sys

    tagger = PosTagger(tokenizer.pos_tokenizer(), tokenizer.hmm)
    cache = config.path(config.index.cache_dir)
    cache.mkdir(parents=True, exist_ok=True)
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    try:
        writing = cache / f".tags-other.{running.pid}.abcd1234"  # a live process's build in progress
        killed = cache / f".tags-other.{gone.pid}.abcd1234"  # a build whose process died mid-way
        for d in (writing, killed):
            d.mkdir()
            (d / "keys.npy").write_bytes(b"")
        builds: list[Path] = []
        mkdtemp = tag_store.tempfile.mkdtemp

        def recorded(**kw):
            builds.append(Path(mkdtemp(**kw)))
            return str(builds[-1])

        monkeypatch.setattr(tag_store.tempfile, "mkdtemp", recorded)
        made = tag_store.tag_store(config, _corpus(), tokenizer, tagger, min_sentences=1)
        monkeypatch.undo()
        assert made is not None and writing.is_dir() and not killed.exists()
        # its own build was named so that the stale-store clean-up ("tags-*") of a process like it skips it
        assert builds and all(b.parent == cache and not b.match("tags-*") and f".{os.getpid()}." in b.name
                              for b in builds)
    finally:
        running.kill()
        running.wait()
    # the other process's rename lands between this one's removal of the old store and its own rename
    other = tag_store.build(cache / "elsewhere", (fold(t) for t in TEXTS), tagger, "f")
    real = os.replace

    def beaten(src, dst):
        real(other.folder, dst)
        return real(src, dst)  # onto a folder that is not empty: OSError

    monkeypatch.setattr(tag_store.os, "replace", beaten)
    again = tag_store.build(made.folder, (fold(t) for t in TEXTS), tagger, "f")
    assert len(again) == len(TEXTS) and again.get(fold(TEXTS[0])) is not None
    assert not list(cache.glob(f".tags-*.{os.getpid()}.*"))  # its own build removed
