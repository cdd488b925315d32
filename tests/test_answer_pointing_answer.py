"""A what-answer opening with a demonstrative names a thing told elsewhere: declined (pointing_answer.py)."""

from __future__ import annotations

from candidates import candidate_in, dict_tagger

from qa.answer.pointing_answer import points_elsewhere
from qa.answer.question import analyze


def test_a_pointer_and_its_clause_name_nothing():
    # DRCD 5457-1-2: "哪一曲子是中國電影《風雲兒女》的主題歌?" (《義勇軍進行曲》, named in the sentence before)
    info = analyze("哪一曲子是中国电影《风云儿女》的主题歌?")
    s = "该曲不久就成为中国电影《风云儿女》的主题歌,并被美国黑人歌唱家保罗·罗伯逊翻唱。"
    pos = dict_tagger({"该": "r", "曲": "q", "不久": "a", "就": "d", "成为": "v"})
    assert points_elsewhere(candidate_in(s, "该曲不久就成为", "slot", "slot"), info, pos)


def test_a_pointer_and_its_noun_name_nothing():
    # DRCD 6491-4-1: "…里奇蒙爵士成立了哪一個機構?" (煤煙消除會, named elsewhere)
    info = analyze("因煤烟笼罩喘不过气来,艺术家威廉•布莱克•里奇蒙爵士成立了哪一个机构?")
    s = "因煤烟笼罩喘不过气来,艺术家威廉•布莱克•里奇蒙爵士成立这一机构。"
    pos = dict_tagger({"成立": "v", "这": "r", "一": "m", "机构": "n"})
    assert points_elsewhere(candidate_in(s, "这一机构", "org", "type:org"), info, pos)


def test_a_pointer_going_on_to_name_the_thing_stays():
    # DRCD 2525-21-3: "這一行為在印度教中稱為非暴力實踐空腹死刑": the naming verb gives the name
    info = analyze("哪种死刑为通过非暴力的形式加速死亡而结束自己生命的权利?")
    s = "但印度教却接受人们拥有通过非暴力的形式加速死亡而结束自己生命的权利,这一行为在印度教中称为非暴力实践空腹死刑。"
    pos = dict_tagger({"这": "r", "一": "m", "行为": "n", "称为": "v"})
    assert not points_elsewhere(candidate_in(s, "这一行为在印度教中称为非暴力实践空腹", "slot", "slot"), info, pos)
    s = "此前的索马利亚政府司法系统为基础。"  # 此前 is a time, one word: no pointer
    pos = dict_tagger({"此前": "t", "的": "uj"})
    assert not points_elsewhere(candidate_in(s, "此前的索马利亚政府司法系统", "slot", "slot"),
                                analyze("所有索马利亚的自治政权的法律都以什么为基础?"), pos)
