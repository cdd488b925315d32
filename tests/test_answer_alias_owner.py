"""Another name asked of a thing its answer's sentence never prints declines (alias_owner.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.agreement import Surroundings
from qa.answer.alias_owner import alias_owner
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str, near: str = "") -> str:
    s = fold(sentence)
    return alias_owner(analyze(fold(question)), candidate_in(s, fold(answer), kind="slot"),
                       Surroundings(near=fold(near)))


def test_another_things_alias_declines():
    # CMRC TRIAL_234_QUERY_0 and TRIAL_200_QUERY_0, asked with their paragraphs not indexed
    assert _why("夜来香的别名是什么？", "兩個咖啡因的別名：馬黛因和瓜拿納因子就是從這兩種植物演化而來。",
                "馬黛因和瓜拿納因子") == "decline:other"
    assert _why("蓍的别名是什么？", "由於該國承襲有著第一南斯拉夫之稱的南斯拉夫王國，因此另有別名第二南斯拉夫。",
                "第二南斯拉夫") == "decline:other"


def test_the_owner_printed_or_asked_the_other_way_stays():
    assert _why("夜来香的别名是什么？", "夜来香，别名夜香花、夜兰香。", "夜香花、夜兰香") == ""
    # the owner in the text before the sentence ("此花又名…"), quotes dropped, read after 对 (DRCD 6171-44-2)
    assert _why("夜来香的别名是什么？", "此花又名夜香花。", "夜香花", near="夜来香是萝藦科植物。") == ""
    assert _why("國際社會對中華民國的通稱是甚麼?", "國際社會通常以臺灣稱呼中華民國。", "臺灣") == ""
    # "X是什么的简称" asks the full name of X (CMRC TRIAL_645_QUERY_0)
    assert _why("首钢是什么的简称？", "首钢集团有限公司，简称首钢，是中华人民共和国北京市市属国有独资公司。",
                "首钢集团有限公司") == ""
