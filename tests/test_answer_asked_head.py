"""The head of a longer noun a which-question asks for names the kind (asked_head.py), and the gap's run is cut
to the word of that kind (gap.py's _kind_word)."""

from __future__ import annotations

from qa.answer.asked_head import asked_head
from qa.answer.gap import gap_span
from qa.answer.question import analyze


def _words(*tagged: str) -> list[tuple[str, str]]:
    return [tuple(t.rsplit("/", 1)) for t in tagged]  # type: ignore[misc]


def test_the_head_of_a_longer_noun_asked_is_its_last_character():
    assert asked_head("「牡丹社事件」和哪一个台湾原住民族有关?") == "族"
    assert asked_head("多音部合唱是哪一个原住民族特有的?") == "族"
    assert asked_head("哪一族群?") == ""  # two characters: gap.py's own noun
    assert asked_head("成为卖淫高级妓女是哪一行业常有的事情?") == ""


def test_the_gap_run_is_cut_to_the_word_of_the_kind_asked():
    # DRCD 6078-14-3 (gold 排灣族): the run 南部排灣族部落 goes on past the people asked for
    info = analyze("「牡丹社事件」和哪一個台灣原住民族有關?")
    pos = _words("由于/c", "当时/t", "琉球/n", "国/n", "同时/c", "向/p", "清朝/t", "和/c", "日本/ns", "朝贡/ns", ",/x",
                 "而/c", "清廷/n", "表示/v", "将/d", "事件/n", "交由/n", "日本/ns", "处理/v", ",/x", "日本/ns",
                 "因而/c", "在/p", "1874/m", "年/m", "5/m", "月/m", "攻打/v", "台湾/ns", "南部/f", "排湾族/nz",
                 "部落/n", ",/x", "是/v", "为/p", "「/x", "牡丹/ns", "社/n", "事件/n", "」/x", "。/x")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "排湾族"
