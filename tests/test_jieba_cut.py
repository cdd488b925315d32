"""tokenize.jieba_cut: jieba's cut (HMM on) step for step, faster — the same words as jieba.Tokenizer.lcut on
whole texts, with words added, removed and kept whole for a file, on exact ties between routes, and after
finalseg's force-split words change (speed49b)."""

from __future__ import annotations

import json
from pathlib import Path

import jieba
from jieba import finalseg

from qa import tokenize
from qa.config import load_config
from qa.normalize import fold
from qa.tokenize import Tokenizer, jieba_cut

from conftest import SEED_FILE

TRIAL = Path(__file__).parent / "data" / "cmrc2018_trial.json"
PAGES = Path(__file__).parent / "data" / "pages"


def _texts() -> list[str]:
    data = json.loads(TRIAL.read_text(encoding="utf-8"))
    texts = [p["context"] for d in data["data"] for p in d["paragraphs"]][::3]
    texts += [q["question"] for d in data["data"] for p in d["paragraphs"] for q in p["qas"]][::2]
    texts.append(SEED_FILE.read_text(encoding="utf-8"))
    texts += [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.txt"))[::12]]
    out = [fold(t) for t in texts] + texts[::10]  # folded (as the index cuts them) and as written
    return out + ["臺灣的總統府位於臺北市中正區，2016年5月20日 蔡英文 就職。", "Barry Nelson（美国）在 1954 年饰演",
                  "  \t空白  与\n换行 ", "a", "", "3.14", "某某某某某某某某某某某", "a+b#c&d_e.f%g-h"]


def test_same_words_as_jieba_on_real_text():
    tok = Tokenizer(load_config())  # the engine's own dictionary: user words, the names' zero-frequency prefixes
    jt = tok._jieba
    texts = _texts()
    diff = [t[:40] for t in texts if jieba_cut(jt, t) != jt.lcut(t, HMM=True)]
    assert not diff, diff[:3]
    assert len(tokenize._hmm_runs) > 100  # the HMM's path was taken
    assert [jieba_cut(jt, t) for t in texts[:50]] == [jt.lcut(t, HMM=True) for t in texts[:50]]  # remembered runs


def test_words_added_for_a_file_and_removed():
    tok = Tokenizer(load_config())
    jt = tok._jieba
    text = fold("记者王浩是在东台市长期以来的老记者，穆罕默德·阿里与欧阳娜娜同台。")
    with tok.scoped_names(["王浩是在", "欧阳娜"]):
        assert jieba_cut(jt, text) == jt.lcut(text, HMM=True)
        assert "欧阳娜" in jieba_cut(jt, text)
    assert jieba_cut(jt, text) == jt.lcut(text, HMM=True)
    tok._add("东台", 0, None)  # "never join these characters"
    assert jieba_cut(jt, text) == jt.lcut(text, HMM=True)
    assert "东台" not in jieba_cut(jt, text)


def test_equal_routes_take_the_later_end_as_jieba_does():
    """Two routes of exactly equal score: jieba's max((score, end)) keeps the longer word here."""
    jt = jieba.Tokenizer()
    jt.FREQ, jt.total, jt.initialized = {"甲": 1, "乙": 1, "甲乙": 1, "丙": 2}, 1, True
    for text in ("甲乙", "丙甲乙丙", "甲乙甲乙"):
        assert jieba_cut(jt, text) == jt.lcut(text, HMM=True)
    assert jieba_cut(jt, "甲乙") == ["甲乙"]


def test_force_split_words_changed_drop_the_remembered_runs():
    jt = jieba.Tokenizer()
    jt.FREQ, jt.total, jt.initialized = {"的": 5}, 10, True  # every other character is unknown: the HMM cuts
    text = "王小二的李大明"
    first = jieba_cut(jt, text)
    assert first == jt.lcut(text, HMM=True)
    word = next(w for w in first if len(w) > 1)
    finalseg.add_force_split(word)
    try:
        assert jieba_cut(jt, text) == jt.lcut(text, HMM=True) != first
    finally:
        finalseg.Force_Split_Words.discard(word)
    assert jieba_cut(jt, text) == first


def test_engine_tokens_are_cut_with_it(monkeypatch):
    """The tokenizer's cut goes through jieba_cut (HMM on) and through jieba's own cut with the HMM off."""
    calls: list[str] = []
    real = tokenize.jieba_cut
    monkeypatch.setattr(tokenize, "jieba_cut", lambda jt, t: calls.append(t) or real(jt, t))
    tok = Tokenizer(load_config())
    assert tok.hmm
    assert tok.cut(fold("东台市市长是谁")) == tok._jieba.lcut(fold("东台市市长是谁"), HMM=True)
    assert calls == [fold("东台市市长是谁")]
