"""A where-question on a meeting held ("在哪里召开/举行") is answered with the whole 在/于-phrase before that verb,
not a place name inside it (venue_phrase.venue_phrase, precedence.put_first)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.venue_phrase import venue_phrase


def _venue(question: str, sentence: str, best: str) -> str:
    c = venue_phrase([candidate_in(sentence, best, "place")], analyze(question))
    return "" if c is None else c.sentence.folded[c.start:c.end]


def test_the_venue_before_the_verb_asked_is_the_answer():
    s = "台中市政府今(18)日在台湾大道惠中楼9楼市政厅,举行南屯区及北屯区长布达暨宣誓交接典礼。"
    assert _venue("布達交接典禮在哪裡舉行？", s, "南屯区") == "台湾大道惠中楼9楼市政厅"
    s = "云林县政府今(8)日上午在县府第二办公大楼工商策进会会议室召开「第87次主管会报」。"
    assert _venue("第87次主管會報在哪裡召開？", s, "云林县政府") == "县府第二办公大楼工商策进会会议室"


def test_no_venue_for_another_verb_a_time_or_another_question():
    s = "市政府在台湾大道惠中楼9楼市政厅举行典礼。"
    assert _venue("典禮在哪裡召開？", s, "台湾大道") == ""  # the verb asked is not printed
    assert _venue("典禮在哪裡舉行？", "典礼在2020年举行。", "2020年") == ""  # a time, no venue
    assert _venue("典禮由誰主持？", s, "市政府") == ""
