"""No process-wide tokenizer state: each engine tokenizes with its own jieba instance, and the index cache key
changes whenever the tokens can."""

from __future__ import annotations

import json
import re

import jieba
import pytest

import qa.tokenize as tokenize_module
from qa.engine import Engine
from qa.index import cache_key
from qa.normalize import fold
from qa.tokenize import Tokenizer

NAME = "欧阳晓岚"
SENTENCE = "欧阳晓岚在会上介绍了平安浙江的做法。"


def _write(path, articles) -> str:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return str(path)


@pytest.fixture()
def corpora(tmp_path):
    """A: an article with 欧阳晓岚 in its byline. B: 欧阳晓岚 only in body text, no byline."""
    a = _write(tmp_path / "a.jsonl", [{"id": "a1", "title": "全省平安建设会议召开", "byline": f"本报记者 {NAME}",
                                       "text": "会议在杭州召开。全省各地交流了基层治理的经验。"}])
    b = _write(tmp_path / "b.jsonl", [{"id": "b1", "title": "基层治理经验交流",
                                       "text": SENTENCE + "她说，群众满意是标准。"}])
    return a, b


def _all_tokens(engine: Engine) -> list[list[str]]:
    tok = engine.tokenizer
    return [tok.passage_tokens(s.folded, s.kind) + [w for w, _ in tok.pos(s.folded)] for s in engine.corpus.sentences]


def _index_path(engine: Engine) -> str:
    return engine.retriever.stats()["cache"]


def test_a_byline_name_from_one_corpus_never_reaches_another(config, corpora):
    a_path, b_path = corpora
    b_alone = Engine.load(config, corpus=b_path)
    before, b_key = _all_tokens(b_alone), _index_path(b_alone)
    assert NAME not in {t for toks in before for t in toks}  # alone, B does not know the name

    a = Engine.load(config, corpus=a_path)
    assert NAME in a.tokenizer.names and NAME in a.tokenizer.tokens(fold(SENTENCE))
    assert ("欧阳晓岚", "nr") in a.tokenizer.pos(fold(SENTENCE))

    b_after = Engine.load(config, corpus=b_path)
    assert _all_tokens(b_after) == before  # a new engine over B, after A, tokenizes B exactly as B alone
    assert _all_tokens(b_alone) == before  # and the engine made before A did not change either
    assert _index_path(b_after) == b_key  # same inputs, same index
    assert NAME not in b_after.tokenizer.names
    # jieba's own process-wide dictionary is untouched
    assert NAME not in jieba.lcut(SENTENCE) and "平安浙江" not in jieba.lcut(SENTENCE)


def test_reload_starts_from_a_fresh_tokenizer(config, corpora, tmp_path):
    a_path, b_path = corpora
    target = tmp_path / "live.jsonl"
    target.write_bytes((tmp_path / "a.jsonl").read_bytes())
    engine = Engine.load(config, corpus=target)
    assert NAME in engine.tokenizer.names
    target.write_bytes((tmp_path / "b.jsonl").read_bytes())
    assert engine.reload(force=True)
    fresh = Engine.load(config, corpus=b_path)
    assert NAME not in engine.tokenizer.names
    assert _all_tokens(engine) == _all_tokens(fresh)


def _key(tokenizer: Tokenizer) -> str:
    return cache_key("corpus", 10, tokenizer, 1.5, 0.75)


def test_cache_key_changes_whenever_the_tokens_can(config, tmp_path, monkeypatch):
    base = Tokenizer(config)
    assert _key(Tokenizer(config)) == _key(base)  # deterministic

    keys = {_key(base)}

    def differs(tokenizer: Tokenizer) -> None:
        key = _key(tokenizer)
        assert key not in keys
        keys.add(key)

    user = tmp_path / "user.txt"
    user.write_text("综治中心\n平安浙江\n", encoding="utf-8")
    differs(Tokenizer(config.replace(**{"tokenizer.user_dict": str(user)})))
    user.write_text("综治中心 5\n平安浙江\n", encoding="utf-8")  # the same words, another frequency
    differs(Tokenizer(config.replace(**{"tokenizer.user_dict": str(user)})))
    user.write_text("综治中心 5 nt\n平安浙江\n", encoding="utf-8")  # and a tag
    differs(Tokenizer(config.replace(**{"tokenizer.user_dict": str(user)})))

    stop = tmp_path / "stop.txt"
    stop.write_text("的\n了\n", encoding="utf-8")
    differs(Tokenizer(config.replace(**{"tokenizer.stopwords": str(stop)})))
    differs(Tokenizer(config.replace(**{"tokenizer.hmm": not config.tokenizer.hmm})))

    named = Tokenizer(config)
    named.add_words([NAME])
    differs(named)

    # The module's own rules: numbers with units and the kind words.
    monkeypatch.setattr(tokenize_module, "_NUMBER", re.compile(r"\d+公顷|" + tokenize_module._NUMBER.pattern))
    differs(base)
    monkeypatch.undo()
    monkeypatch.setattr(tokenize_module, "KIND_WORDS", {**tokenize_module.KIND_WORDS, "byline": ("记者",)})
    differs(base)
    monkeypatch.undo()
    monkeypatch.setattr(tokenize_module, "_code_version", lambda: "another version of the tokenizing code")
    differs(base)


def test_user_dictionary_words_stay_in_their_tokenizer(config, tmp_path):
    user = tmp_path / "user.txt"
    user.write_text(f"{NAME} 3000 nz\n", encoding="utf-8")
    own = Tokenizer(config.replace(**{"tokenizer.user_dict": str(user)}))
    other = Tokenizer(config)
    assert NAME in own.cut(fold(SENTENCE)) and (NAME, "nz") in own.pos(fold(SENTENCE))
    assert NAME not in other.cut(fold(SENTENCE)) and (NAME, "nz") not in other.pos(fold(SENTENCE))
    assert own.freq(NAME) == 3000 and other.freq(NAME) == 0


def test_forked_workers_tokenize_with_the_engines_own_words(config, corpora, monkeypatch):
    """Large corpora are tokenized in forked workers: they inherit the engine's tokenizer (names and all)."""
    import qa.index as index_module

    a = Engine.load(config, corpus=corpora[0])
    sentences = list(a.corpus.sentences) * (6000 // len(a.corpus.sentences) + 1)  # two chunks of work
    one = index_module.tokenize_corpus(a.tokenizer, sentences, processes=1)
    monkeypatch.setattr(index_module, "PARALLEL_MIN", 1)
    two = index_module.tokenize_corpus(a.tokenizer, sentences, processes=2)
    assert one.vocab == two.vocab and (one.ids == two.ids).all() and (one.offsets == two.offsets).all()
    assert NAME in two.vocab
