"""有什么 asks a list when a description (特点, 作用, 影响) or what a place holds is asked; a thing of another
kind after it (染色体, 头衔, 别称) is one value, a what-question (question.py's list cue)."""

from __future__ import annotations

import pytest

from qa.answer.question import analyze


@pytest.mark.parametrize("question", [
    "冰雪皇后冰淇淋有什么特点？",
    "风向对这次战事有什么影响？",
    "蘇聯與美國的試驗有什麼負面影響?",  # a modifier before the noun
    "輔音在愛沙尼亞語中有什麼樣子的變化？",
    "祭坛设计有什么独特之处？",
    "教堂的主要入口后，摆有什么雕像？",  # what a place holds
    "六孔石桥的上游有什么著名的水利工程？",
    "在拉萨市附近的拉萨河段，建有什么？",  # nothing after 什么
    "西施故里旅游区有哪些著名的景点？",
])
def test_listed(question):
    assert analyze(question).qtype == "list"


@pytest.mark.parametrize(("question", "head"), [
    ("對於人類和其他的哺乳類動物，雄性會有什麼染色體?", "染色体"),
    ("從屋大維開始，第一公民還可以擁有什麼頭銜?", "头衔"),
    ("張學良所住的屋由於其外牆顏色而又有什麼別稱?", "别称"),
    ("閃鋅礦和辰砂都含有什麼元素？", "元素"),
])
def test_one_thing_asked(question, head):
    info = analyze(question)
    assert info.qtype == "what"
    assert info.right.startswith(head)
