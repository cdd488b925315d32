"""A country asked and a place closing on a bearing given ("云南省西南", "东引岛东北"): a part of a land, no
country's name, so the answer is of another kind (agreement._not_a_country, `decline:kind`)."""

from __future__ import annotations

import pytest
from candidates import sentence_of

from qa.answer.agreement import other_kind
from qa.answer.question import analyze
from qa.normalize import fold
from qa.types import Candidate

# DRCD 5769-1-2 and 1149-13-3
_PREFECTURE = "西雙版納傣族自治州，簡稱西雙版納州，是中華人民共和國雲南省下轄的自治州，位於雲南省西南端。"
_LIGHTHOUSE = "燈塔面向台灣海峽，建在東引島東北世尾山的懸崖之上，其造型均承襲十八世紀英式建築的簡潔風格。"


def _best(text: str, answer: str) -> Candidate:
    s = sentence_of(fold(text))
    start = s.folded.index(fold(answer))
    return Candidate(text=answer, sentence=s, start=start, end=start + len(answer), type="place", score=1.0,
                     rule="type:place+np")


@pytest.mark.parametrize(("question", "text", "answer", "rule"), [
    ("西雙版納傣族自治州的東南方與哪一個國家比鄰?", _PREFECTURE, "雲南省西南", "decline:kind"),
    ("擁有「東引別墅」別名的建築是由哪一國人設計的？", _LIGHTHOUSE, "東引島東北", "decline:kind"),
    ("西雙版納傣族自治州位在中國境內的哪一個省中?", _PREFECTURE, "雲南省西南", ""),  # a province asked
    ("湄公河流經哪一個國家?", "湄公河流經寮國、泰國、柬埔寨和越南。", "越南", ""),  # one character of bearing
])
def test_a_place_closing_on_a_bearing_is_no_country(question, text, answer, rule):
    assert other_kind(analyze(question), _best(text, answer)) == rule
