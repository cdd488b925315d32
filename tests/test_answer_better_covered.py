"""A figure or time asked, the best candidate declined for another place: the best-ranked sentence holding more of
the question answers with its own (better_covered.py)."""

from __future__ import annotations

from stories import engine_of

_LEAD = ("7月26日,全市进一步深入学习贯彻习近平总书记考察调研山西重要指示精神践行“三个敬畏”主流媒体座谈会召开,"
         "重温总书记殷殷嘱托,再掀学习贯彻新热潮。")
_OTHER = "在26日召开的张掖市海北州发展交流座谈会上,卢小亨对海北州考察团来我市考察交流表示欢迎。"


def test_the_sentence_holding_more_of_the_question_answers_after_another_places_decline():
    engine = engine_of([("吴俊清在主流媒体座谈会上强调", [_LEAD, "晋中市委书记吴俊清出席并讲话。"]),
                        ("海北州考察团来我市考察交流", [_OTHER])], "c")
    got = engine.ask("晋中主流媒体座谈会是哪天召开的？")
    assert not got.declined and got.text == "7月26日"


def test_a_sentence_holding_less_of_the_question_does_not_answer():
    # the declined answer's sentence is the best-ranked itself: nothing holds more of the question, still declined
    engine = engine_of([("海北州考察团来我市考察交流", [_OTHER])], "d")
    got = engine.ask("晋中主流媒体座谈会是哪天召开的？")
    assert got.declined
