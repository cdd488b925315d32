"""The school or outlet a named teacher, student or reporter is of (role_owner.py via people_answer): "刘利杰是哪所
学校的老师" ↔ "酒泉体育运动学校语文老师刘利杰说"."""

from __future__ import annotations

from stories import engine_of

from qa.answer.role_owner import asked_role_owner, body_before, names_in


def test_the_teacher_s_school_before_his_name():
    got = engine_of([("酒泉各界为敦煌文博会加油", [
        "第三届敦煌文博会即将开幕,酒泉各界纷纷为盛会加油助威。",
        "“我为这样的盛会能在敦煌举办感到自豪。”酒泉体育运动学校语文老师刘利杰说。"])]).ask("刘利杰是哪所学校的老师？")
    assert not got.declined and got.text == "酒泉体育运动学校"


def test_the_question_and_the_body_read():
    assert asked_role_owner("朱小刚是哪家媒体的记者？") == ("朱小刚", "媒体")
    assert asked_role_owner("刘利杰是哪所学校的校长？") == ("", "")  # a post: people.find_owner reads it
    assert names_in("《坚强的背后》的作者王文静")[1] == "王文静"
    f = "”科技日报驻海南记者站朱小刚说道。"
    assert f[slice(*body_before(f, "朱小刚", "媒体"))] == "科技日报"
    f = "这是中国新闻社青海分社记者潘雨洁看到的情景。"  # the clause's 这是 aside; the branch named with its agency
    assert f[slice(*body_before(f, "潘雨洁", "媒体"))] == "中国新闻社青海分社"
    f = "非成人组:《坚强的背后》珊瑚实验小学五年级六班 王文静、《数学雨林》巴蜀中学初2008级23班张峻梓。"
    assert f[slice(*body_before(f, "王文静", "学校"))] == "珊瑚实验小学"


def test_no_body_of_the_kind_or_in_another_clause():
    assert body_before("●松门二小五(2)班 林谨诚 指导老师 莫星宇", "林谨诚", "学校") is None
    assert body_before("他毕业于北京大学,同事刘利杰说。", "刘利杰", "学校") is None
    assert body_before("北京大学附属中学今年招收了很多新生和老师刘利杰", "刘利杰", "学校") is None  # too far
