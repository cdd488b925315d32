"""A who-question's person candidate ending with a thing's word (a law, a fief, an army) is dropped before the best
is chosen (thing_ending.py). Sentences of DRCD's test set (3213-10-4, 3213-24-5, 3341-4-1)."""

from __future__ import annotations

import pytest

from qa.answer.question import analyze
from qa.answer.thing_ending import not_thing_endings
from qa.types import Candidate, Sentence

_LAW = ("從一個立法者的角度來看，利奧三世先後頒布了經過改革的民法和刑法，以及農業法、商業法，對傳統的、無伸縮性的"
        "羅馬法進行了大幅度修改，使其適應改變了的社會狀況。")
_FIEF = "剩下的四分之三領土中，威尼斯獲得一半，剩下的按照西歐封邑的模式分配給十字軍將領們。"
_ARMY = "由於外蒙古無法忍受徐樹錚的行為，開始派員聯絡蘇俄紅軍、帝俄白軍及日本，尋求援助把中國人趕出外蒙。"


def _c(name: str, text: str, kind: str = "person") -> Candidate:
    s = Sentence(f"a#0:0:{len(text)}", "a#0", 0, "body", text, 0, len(text))
    at = text.index(name)
    return Candidate(name, s, at, at + len(name), kind, 1.0, "type:" + kind)  # type: ignore[arg-type]


def test_a_law_read_as_a_person_gives_way_to_the_emperor():
    q = analyze("許多人認為，哪位東羅馬皇帝推動的宗教改革給世俗文化的復興提供了機會?")
    kept = not_thing_endings([_c("羅馬法", _LAW), _c("利奧三世", _LAW)], q)
    assert [c.text for c in kept] == ["利奧三世"]


def test_a_fief_and_an_army_are_no_people():
    q = analyze("在會議中，決議將東羅馬帝國的1/4給拉丁皇帝，剩下的由威尼斯人和誰取走?")
    assert [c.text for c in not_thing_endings([_c("西歐封邑", _FIEF), _c("十字軍", _FIEF, "org")], q)] == ["十字軍"]
    q = analyze("哲布尊丹巴甚至寫信給日本的誰希望協助獨立?")
    assert not_thing_endings([_c("帝俄白軍", _ARMY)], q) == []


@pytest.mark.parametrize(("question", "name", "text"), [
    ("誰修改了法律?", "王法", "王法修改了法律。"),  # two characters: a name may end so
    ("誰修改了法律?", "張建軍", "張建軍修改了法律。"),  # 军 alone is a name's ending
    ("羅馬法是什麼?", "羅馬法", _LAW),  # not a who-question
    ("羅馬法是誰制定的?", "羅馬法", _LAW),  # the question prints it itself
])
def test_kept(question, name, text):
    kept = [_c(name, text)]
    assert not_thing_endings(kept, analyze(question)) == kept
