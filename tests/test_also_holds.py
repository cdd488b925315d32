"""A person asked with the body of another post he holds (`X还担任Y什么职务`): the posts printed before the name say
which person, the body after 还担任 where the post asked is (people.asked_person, as `X在Y担任什么职务`); pages60's
延庆报 page prints `区科信局党组书记、局长,中关村延庆园常务副主任王赢`."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.people import asked_person
from qa.answer.question import analyze
from qa.config import load_config

_PAGE = ("\n延庆区科信局聚焦特色科创产业\n\n区科信局党组书记、局长,中关村延庆园常务副主任王赢表示,区科信局"
         "(中关村延庆园管委会)将紧扣总书记关于高质量发展的重要指示要求,立足全区产业发展实际,因地制宜。\n")


def test_the_body_after_also_holds_is_where_the_post_is():
    assert asked_person(analyze("延庆区科信局局长王赢还担任中关村延庆园什么职务？")) == "王赢在中关村延庆园"
    assert asked_person(analyze("王赢在中关村延庆园担任什么职务？")) == "王赢在中关村延庆园"


def test_the_post_at_that_body_answers(tmp_path):
    engine = page_engine(load_config(None), tmp_path, _PAGE)
    assert "中关村延庆园常务副主任" in engine.ask("延庆区科信局局长王赢还担任中关村延庆园什么职务？").text
