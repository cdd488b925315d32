"""A leader who sat in on a sitting, asked by post, told in the report's line of its own (attended.py): 参加 is one of
deed_beside's role verbs."""

from __future__ import annotations

from stories import engine_of

from qa.answer.deed_beside import asked_role
from qa.answer.question import analyze


def test_attending_is_a_role_asked():
    assert asked_role(analyze("哪位市领导参加了永宁县代表团的分团审议？")) == "参加"
    assert asked_role(analyze("哪位市领导出席了会议？")) == ""  # (出席: the guests of a whole meeting)


def test_the_leader_told_in_the_closing_line():
    engine = engine_of([("青川县代表团审议政府工作报告", [
        "本报讯(记者 李文)1月10日,市政协党组书记、主席周立平来到青川县代表团,与代表们共同审议政府工作报告。",
        "讨论现场气氛热烈,代表们踊跃发言,大家一致认为,政府工作报告内容翔实、目标明确。",
        "周立平说,青川县和各位代表要聚力加快发展,抓住重大关键环节。",
        "市领导王海明等参加分团审议。"])], "a")
    got = engine.ask("哪位市领导参加了青川县代表团的分团审议？")
    assert not got.declined and got.text == "王海明"
