"""The source of an influence asked, between 受 and the influence noun (influence_asked.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.influence_asked import influence_asked
from qa.answer.question import analyze

# DRCD 5656-1-2, folded: the head rule reads the name without the noun asked (领事机构)
_FUNDED = ("该校是研究中心密度极高的研究型大学,被中华民国教育部核定名列迈向顶尖大学计画,受美日领事机构资助,"
           "亦参与台湾综合大学系统、eutw七校联盟等校际合作。")
# DRCD 6083-1-1 (the sentence of the gold answer): another name of the subject is printed first
_LAW = ("欧陆法系,亦称民法法系、大陆法系、市民法、罗马法系、法典法系、罗马日尔曼法系,受罗马法影响而成立的法律系统,"
        "与英美法系并列的当今世界两大重要法系之一。")


def test_the_answer_is_what_stands_between_shou_and_the_influence():
    head = candidate_in(_FUNDED, "美日领事", "term", "head")
    got = influence_asked(head, analyze("在台湾高雄市西子湾建立的国立中山大学受到了哪一个领事机构的资助?"))
    assert got is not None and got.text == "美日领事机构" and got.rule == "head+influence"
    named = candidate_in(_LAW, "民法法系", "term", "named")
    got = influence_asked(named, analyze("欧陆法系受到哪一个法律的影响?"))
    assert got is not None and got.text == "罗马法"
    # an adverb of degree before 的 is no part of the source (DRCD 5384-2-4's paragraph)
    text = "布利亚特族并没有受到喇嘛教太大的影响。"
    head = candidate_in(text, "布利亚特族", "term", "head")
    got = influence_asked(head, analyze("蒙古族其它的少数民族团体受到哪一个宗教很大的影响?"))
    assert got is not None and got.text == "喇嘛教"


def test_no_influence_asked_or_the_subject_itself_is_kept():
    named = candidate_in(_LAW, "民法法系", "term", "named")
    assert influence_asked(named, analyze("欧陆法系又称为什么?")) is None
    # the filling is the question's own subject: "受到…" of another frame
    text = "欧陆法系受欧陆法系学者的影响。"
    named = candidate_in(text, "学者", "term", "named")
    assert influence_asked(named, analyze("欧陆法系学者受到哪一个法律的影响?")) is None
