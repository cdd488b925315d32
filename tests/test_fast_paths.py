"""The query-time fast paths give what their slow twins give, on real text (the CMRC 2018 trial set):
- normalize.fold_width: one regex scan == str.translate over _WIDTH;
- Tokenizer: search mode derived from the plain cut (and remembered) == jieba's own lcut_for_search;
- Composer: tagging only the sentences whose candidates need it (`lazy`) == tagging every sentence."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from qa.answer import Composer
from qa.config import load_config
from qa.engine import build_engine
from qa.eval import load_pool
from qa.normalize import _WIDTH, fold, fold_width
from qa.split import split_text
from qa.tokenize import _NUMBER, Tokenizer

TRIAL = Path(__file__).parent / "data" / "cmrc2018_trial.json"


def _reference_cut(tokenizer: Tokenizer, folded: str, search: bool) -> list[str]:
    """Tokenizer.cut as it was: jieba's lcut or lcut_for_search on the text between numbers."""
    jt = tokenizer._jieba
    lcut = jt.lcut_for_search if search else jt.lcut
    out: list[str] = []
    pos = 0
    for m in _NUMBER.finditer(folded):
        if m.start() > pos:
            out.extend(lcut(folded[pos:m.start()], HMM=tokenizer.hmm))
        out.append(m.group().replace(" ", ""))
        pos = m.end()
    if pos < len(folded):
        out.extend(lcut(folded[pos:], HMM=tokenizer.hmm))
    return out


def _trial_texts() -> list[str]:
    data = json.loads(TRIAL.read_text(encoding="utf-8"))
    out = []
    for d in data["data"]:
        for p in d["paragraphs"]:
            out += [p["context"][s:e] for s, e in split_text(p["context"])][::6]
            out += [q["question"] for q in p["qas"]]
    return out


def test_fold_width_equals_translate():
    rng = random.Random(7)
    noise = ["".join(chr(rng.randint(0x20, 0xD7FF)) for _ in range(100)) for _ in range(300)]
    texts = _trial_texts() + noise + ["ＡＢＣ１２３，！～　abc ＸＹＺ", "İ", ""]
    assert [fold_width(t) for t in texts] == [t.translate(_WIDTH) for t in texts]
    assert fold_width("Ｑ２，ａ　") == "q2,a "


def test_search_mode_from_the_plain_cut_equals_jiebas():
    tokenizer = Tokenizer(load_config())
    texts = [fold(t) for t in _trial_texts()]
    assert len(texts) > 1400
    for search in (True, False):
        diff = [t for t in texts if tokenizer.cut(t, search) != _reference_cut(tokenizer, t, search)]
        assert not diff, diff[:3]
    # asked again (remembered), the same
    assert all(tokenizer.cut(t, True) == _reference_cut(tokenizer, t, True) for t in texts[:50])


def test_a_remembered_cut_follows_the_dictionary():
    tokenizer = Tokenizer(load_config())
    text = fold("甄嬛嬛主持了2024年的会议")
    before = tokenizer.cut(text, search=True)
    assert "甄嬛嬛" not in before
    with tokenizer.scoped_names(["甄嬛嬛"]):
        assert "甄嬛嬛" in tokenizer.cut(text, search=True)
        assert tokenizer.cut(text) == _reference_cut(tokenizer, text, False)
    assert tokenizer.cut(text, search=True) == before
    tokenizer.add_words(["甄嬛嬛"])
    assert "甄嬛嬛" in tokenizer.query_tokens("甄嬛嬛主持了2024年的会议")


@pytest.fixture(scope="module")
def trial_engine():
    articles, questions = load_pool([str(TRIAL)])[:2]
    return build_engine(load_config(), articles=articles), questions


def _answer(answer) -> tuple:
    return (answer.text, answer.declined, answer.rule, answer.confidence, answer.span, answer.message,
            answer.sentence.id if answer.sentence else None, [h.sentence.id for h in answer.evidence],
            [a.text for a in answer.alternatives])


def _seen(c) -> tuple:
    return _answer(c.answer), [(x.sentence.id, x.start, x.end, x.type, x.rule, x.score, x.features)
                               for x in c.candidates]


def test_lazy_tagging_composes_as_tagging_every_sentence(trial_engine):
    """explain() (every candidate, as --explain and `qa fit` see them) and compose() (the answer alone, from the
    covered sentences only) of the lazy composer equal the eager one's."""
    engine, questions = trial_engine
    state = engine._state
    lazy = Composer(engine.config.composer, state.corpus, state.tokenizer, state.composer.weights)
    eager = Composer(engine.config.composer, state.corpus, state.tokenizer, state.composer.weights)
    eager.lazy = False
    k = engine.config.retrieve.candidates_k
    typed = untyped = 0
    for q in questions[::4]:
        hits = engine.retrieve(q["question"], k)
        a, b = lazy.explain(q["question"], hits), eager.explain(q["question"], hits)
        assert _seen(a) == _seen(b), q["question"]
        assert _answer(lazy.compose(q["question"], hits)) == _answer(b.answer), q["question"]
        typed += bool(a.info.expects)
        untyped += not a.info.expects
    assert typed > 50 and untyped > 50
    # the lazy composer did skip sentences: fewer typed-span scans than the eager one
    scanned = sum(v[1] is not None for v in lazy._cache.values())
    assert scanned < sum(v[1] is not None for v in eager._cache.values())
