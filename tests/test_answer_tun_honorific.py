"""敦 (Tun), a Malaysian honorific, glued by jieba to the surname (tun_honorific.py via names.persons): "由已故敦林|苍|
祐|主持" names 林苍祐."""

from __future__ import annotations

from candidates import pos_tags
from stories import engine_of

from qa.answer.tun_honorific import tun_names
from qa.tokenize import main_word_freq

_TEXT = "檳華堂主席丹斯里陳坤海指出,該堂大廈1978年由已故敦林蒼祐主持奠基儀式,目前許多設備陳舊不堪。"


def test_the_chair_after_the_honorific():
    got = engine_of([("檳華堂大廈維修", [_TEXT])]).ask("檳華堂大廈的奠基儀式是由誰主持的？")
    assert not got.declined and "林蒼祐" in got.text


def test_words_of_the_dictionary_and_no_verb_after_are_no_name():
    def read(text):
        words = [(a, a + len(w), w, f) for a, (w, f) in zip(_starts(pos_tags(text)), pos_tags(text), strict=True)]
        return [text[sp.start:sp.end] for sp in tun_names(words, main_word_freq, lambda j: True)]
    assert read("由已故敦林苍祐主持奠基仪式") == ["林苍祐"]
    assert read("他们参观了敦煌莫高窟") == []
    assert read("敦促各方保持克制") == []


def _starts(tags):
    at, out = 0, []
    for w, _f in tags:
        out.append(at)
        at += len(w)
    return out
