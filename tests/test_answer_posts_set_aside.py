"""A person's other posts, the one the question sets aside printed first in the title chain and asked with
担任 and a comma (`X除了担任A，还担任什么职务`): pages64's 茂名日报 page, where `市委书记、市人大常委会主任庄悦群` holds
茂名市委书记 and the 市人大常委会主任 asked (people.posts_but, lexicon.PERSON_QUESTION)."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.people import asked_person, posts_but
from qa.answer.question import analyze
from qa.config import load_config

_PAGE = ("\n庄悦群王雄飞陈秋生与港澳委员座谈交流\n\n"
         "2月3日晚,市委书记、市人大常委会主任庄悦群,市委副书记、市长王雄飞,市政协党组书记、主席候选人陈秋生与参加"
         "市政协十届五次会议的港澳委员座谈,畅叙乡情、共商发展。\n")


def test_a_long_set_aside_post_still_asks_the_person():
    info = analyze("庄悦群除了担任茂名市委书记，还担任什么职务？")
    assert asked_person(info) == "庄悦群"


def test_the_post_set_aside_first_is_cut_from_the_chain():
    chain = "市委书记、市人大常委会主任"
    lo, hi = posts_but(chain, analyze("庄悦群除了担任茂名市委书记，还担任什么职务？"))
    assert chain[lo:hi] == "市人大常委会主任"
    lo, hi = posts_but("自治区党委常委、市委书记", analyze("马汉成除了固原市委书记还担任什么职务？"))
    assert "自治区党委常委、市委书记"[lo:hi] == "自治区党委常委"
    assert posts_but(chain, analyze("庄悦群担任什么职务？")) == (0, len(chain))


def test_the_other_post_answers(tmp_path):
    engine = page_engine(load_config(None), tmp_path, _PAGE)
    assert engine.ask("庄悦群除了担任茂名市委书记，还担任什么职务？").text == "市人大常委会主任"
