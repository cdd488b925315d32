"""A ruler asked by the reign an event fell in is answered by the reign's name opening the clause that tells the
event (reign_asked.py). Sentences of DRCD's test set (5680-4-1, 5680-4-2: 中南海), folded."""

from __future__ import annotations

from qa.answer.question import analyze
from qa.answer.reign_asked import reign_deed, reign_first, reign_spans
from qa.types import Candidate, Sentence

_RENAMED = "丰泽园内主体建筑为惇叙殿,光绪年间改名为颐年殿,民国时改名颐年堂,袁世凯曾在此办公。"
_BUILT = "丰泽园在瀛台之北,康熙年间建造,曾为养蚕之处。"
_RENAMED_Q = "豐澤園內主體建築於哪個皇帝在位時更名為頤年殿?"
_BUILT_Q = "豐澤園最初是在清朝哪個皇帝在位期間被建造的?"


def _c(name: str, text: str, score: float, sid: int = 0) -> Candidate:
    s = Sentence(f"a#0:0:{sid}", "a#0", 0, "body", text, 0, len(text))
    at = text.index(name)
    return Candidate(name, s, at, at + len(name), "person", score, "type:person")


def test_the_deed_asked():
    assert reign_deed(analyze(_BUILT_Q)) == "建造"
    assert reign_deed(analyze(_RENAMED_Q)) == "更名为颐年殿"
    assert reign_deed(analyze("五大都督府是谁设立的?")) == ""


def test_the_reign_of_the_clause_telling_the_deed_is_offered():
    assert [_RENAMED[sp.start:sp.end] for sp in reign_spans(_RENAMED, "更名为颐年殿")] == ["光绪"]
    assert reign_spans(_RENAMED, "建造") == []  # the clause renames, builds nothing
    assert [_BUILT[sp.start:sp.end] for sp in reign_spans(_BUILT, "建造")] == ["康熙"]


def test_the_reign_answers_before_a_name_of_another_clause():
    kept = [_c("袁世凯", _RENAMED, 8.8), _c("光绪", _RENAMED, 6.0)]
    assert reign_first(kept, analyze(_RENAMED_Q))[0].text == "光绪"
    kept = [_c("袁世凯", _RENAMED, 8.8), _c("光绪", _RENAMED, 6.0), _c("康熙", _BUILT, 2.0, 1)]
    assert reign_first(kept, analyze(_BUILT_Q))[0].text == "康熙"


def test_a_best_one_telling_the_deed_stays():
    kept = [_c("光绪", _RENAMED, 8.8), _c("袁世凯", _RENAMED, 6.0)]
    assert reign_first(kept, analyze(_RENAMED_Q)) == kept
