"""postag: the fast, cached tagger gives exactly jieba.posseg's tags (on whole texts, on the HMM alone, after a
word is added), and the composer tags through it with the engine's own dictionary."""

from __future__ import annotations

import json
import random
from pathlib import Path

import jieba
import jieba.posseg
import pytest
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

from qa.normalize import fold
from qa.postag import PosTagger, hmm_cut, slow_tag, viterbi
from qa.split import split_text

from conftest import SEED_FILE

TRIAL = Path(__file__).parent / "data" / "cmrc2018_trial.json"


@pytest.fixture(scope="module")
def private_pos():
    """A POS tokenizer of its own: words added in these tests reach no other test."""
    return jieba.posseg.POSTokenizer(jieba.Tokenizer())


def _sentences() -> list[str]:
    data = json.loads(TRIAL.read_text(encoding="utf-8"))
    texts = [p["context"] for d in data["data"] for p in d["paragraphs"]]
    texts.append(SEED_FILE.read_text(encoding="utf-8"))
    out = [t[s:e] for t in texts for s, e in split_text(t)]
    return out[::5]  # a fifth of the CMRC trial set and of the seed page, ~700 sentences


def test_fast_tags_equal_jiebas_on_real_text(private_pos):
    sentences = _sentences()
    # folded (as the composer tags them) and as written (traditional, mixed scripts)
    texts = [fold(s) for s in sentences] + sentences[::10] + [
        "臺灣的總統府位於臺北市中正區，2016年5月20日 蔡英文 就職。",
        "Barry Nelson（美国）在 1954 年饰演 James Bond，牠們的砲舖簷。",
        "  \t空白  与\n换行 ", "a", "", "3.14", "某某某某某某某某某某某",
    ]
    tagger = PosTagger(private_pos)
    fast = [tagger.tag(t) for t in texts]
    slow = [slow_tag(private_pos, t) for t in texts]
    diff = [(t, f, s) for t, f, s in zip(texts, fast, slow, strict=True) if f != s]
    assert not diff, diff[:3]
    # the HMM was used, and the cached second pass gives the same tags again
    assert tagger.stats()["hmm_blocks"] > 100
    assert [tagger.tag(t) for t in texts] == slow
    assert tagger.stats()["hits"] >= len(set(texts))


def test_viterbi_equals_jiebas_on_random_runs():
    """Random runs of characters, rare ones included (not in jieba's character table: every state allowed), so
    the unusual branches and ties are exercised."""
    rng = random.Random(12)
    common = "".join(sorted(char_state_tab_P))[::7]
    rare = "牠砲舖筿簷彅縎龘靐齉"
    for _ in range(400):
        run = "".join(rng.choice(rare if rng.random() < 0.2 else common) for _ in range(rng.randint(1, 9)))
        assert viterbi(run) == jieba.posseg.viterbi(run, char_state_tab_P, start_P, trans_P, emit_P), run
        assert hmm_cut(run)  # the run is cut into words that cover it
        assert "".join(w for w, _ in hmm_cut(run)) == run


def test_added_word_changes_the_tags_and_empties_the_cache(private_pos):
    tagger = PosTagger(private_pos)
    text = "测试员甄嬛嬛主持了会议"
    other = text + "，然后散会"  # another text with the same clause: the clause's remembered words must go too
    before = tagger.tag(text)
    assert ("甄嬛嬛", "nr") not in before and ("甄嬛嬛", "nr") not in tagger.tag(other)
    assert tagger.stats()["clauses"] >= 1
    private_pos.tokenizer.add_word("甄嬛嬛", 2000, "nr")
    after = tagger.tag(text)
    assert ("甄嬛嬛", "nr") in after and after == slow_tag(private_pos, text)
    assert ("甄嬛嬛", "nr") in tagger.tag(other) and tagger.tag(other) == slow_tag(private_pos, other)


def test_long_words_and_packing_round_trip(private_pos):
    tagger = PosTagger(private_pos, texts=2)
    long = "x" * 300 + "和" + "中国" * 3
    assert tagger.tag(long) == tagger.tag(long) == slow_tag(private_pos, long)
    for t in ("一", "二", "三"):  # the LRU holds two texts
        tagger.tag(t)
    assert tagger.stats()["texts"] == 2


def test_composer_tags_as_the_engines_tokenizer_does(engine):
    """The wiring: the composer's tagger sees the engine's dictionary (byline names included)."""
    tagger = engine._state.composer._tagger
    sentences = list(engine.corpus.sentences)[:150]
    assert sentences
    for s in sentences:
        assert tagger.tag(s.folded) == tuple(engine.tokenizer.pos(s.folded)), s.text


def test_a_one_character_word_changed_reaches_the_dag():
    """The DAG reads one-character words from a table of its own, made from the dictionary: a character given
    another frequency must be read as the dictionary has it now, as jieba does ("市" made very common cuts
    "市长" in two)."""
    pos = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    tagger = PosTagger(pos)
    texts = ["龘市长在会上说", "副市长说了"]
    before = [tagger.tag(t) for t in texts]
    assert before == [slow_tag(pos, t) for t in texts]
    pos.tokenizer.add_word("市", 10**9, "n")
    after = [tagger.tag(t) for t in texts]
    assert after == [slow_tag(pos, t) for t in texts]
    assert ("市", "n") in after[0] and after != before
