"""A sentence answer to a question asking which of a kind (甚麼樣的政治關係, 什麼樣子風格, 何種管制方式) cut to the
phrase ending in that noun with its own modifier (kind_phrase.py); real DRCD sentences, folded as the composer
reads them."""

from __future__ import annotations

import jieba.posseg
from candidates import whole

from qa.answer.kind_phrase import kind_phrase
from qa.answer.question import analyze
from qa.normalize import fold


def _pos(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in jieba.posseg.cut(text)]


def _cut(sentence: str, question: str) -> str | None:
    got = kind_phrase(whole(fold(sentence)), analyze(fold(question)), _pos)
    return None if got is None else sentence[got.start:got.end]


def test_the_noun_asked_with_its_own_modifier_answers():
    got = _cut("漢諾瓦著名的海恩豪森王宮花園是歐洲巴洛克風格的典型代表", "海恩豪森王宮是什麼樣子風格的建築？")
    assert got == "歐洲巴洛克風格"


def test_the_kinds_first_noun_when_its_last_is_not_printed():
    sentence = "南方被美國實行半軍事管制，但美國聯邦政府對奴主很寛容，致使重建中的南方一直存在奴隸制的殘餘"
    assert _cut(sentence, "南北戰爭後，聯邦政府對南方採用何種管制方式?") == "半軍事管制"


def test_no_cut_when_the_question_asks_no_kind_or_the_noun_has_no_modifier_of_its_own():
    assert _cut("漢諾瓦著名的海恩豪森王宮花園是歐洲巴洛克風格的典型代表", "海恩豪森王宮花園是誰設計的？") is None
    assert _cut("這座教堂的風格很特別", "這座教堂是什麼樣子風格的建築？") is None
