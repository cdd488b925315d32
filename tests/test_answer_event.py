"""The time of the event asked (event.py): of two times that nearly tie, the one whose sentence prints the
question's verb tells when that happened."""

from __future__ import annotations

import pytest

from qa.answer.event import event_first, other_event
from qa.answer.question import analyze
from qa.types import Candidate, Sentence


def _time(text: str, sentence: str, score: float, coverage: float = 1.0, kind: str = "time") -> Candidate:
    s = Sentence(f"a#0:0:{len(sentence)}", "a#0", 0, "body", sentence, 0, len(sentence))
    at = sentence.index(text)
    return Candidate(text, s, at, at + len(text), kind, score, "type:time", (("coverage", coverage),))


_OTHER = "其后,该报与通讯社合作,在2011年推出日语版。"
_EVENT = "改革大潮中的1985年,该报诞生了。"
_ASKED = analyze("该报诞生于哪一年？")


def test_the_time_whose_sentence_tells_the_event_goes_first():
    kept = [_time("2011年", _OTHER, 9.2), _time("1985年", _EVENT, 9.0)]
    assert [c.text for c in event_first(kept, _ASKED, ("诞生",))] == ["1985年", "2011年"]


@pytest.mark.parametrize(("kept", "verbs"), [
    ([_time("2011年", _OTHER, 9.2), _time("1985年", _EVENT, 7.0)], ("诞生",)),  # a clear lead stays
    ([_time("2011年", _OTHER, 9.2), _time("1985年", _EVENT, 9.0, 0.6)], ("诞生",)),  # less of the question
    ([_time("2011年", _OTHER, 9.2), _time("1985年", _EVENT, 9.0)], ("合作",)),  # the best tells the event
    ([_time("2011年", _OTHER, 9.2), _time("1985年", _EVENT, 9.0)], ()),  # no verb asked
    ([_time("2011年", _OTHER, 9.2), _time("1985年", _EVENT, 9.0, kind="number")], ("诞生",)),  # not a time
])
def test_the_order_stays(kept, verbs):
    assert event_first(kept, _ASKED, verbs) == kept


def test_only_when_questions():
    kept = [_time("2011年", _OTHER, 9.2), _time("1985年", _EVENT, 9.0)]
    assert event_first(kept, analyze("该报诞生于什么地方？"), ("诞生",)) == kept


def test_the_time_of_another_life_event_does_not_answer_the_one_asked():
    born = analyze("姬新龙哪一年出生？")
    graduated = _time("1986年", "姬新龙1986年毕业于北京大学韩语系。", 5.0)
    assert other_event(graduated, born, ("出生",))
    # the asked event in other words, or no event after the time: not another event
    assert not other_event(_time("1990年", "该会1990年创立于香港。", 5.0), analyze("该会哪一年成立？"), ("成立",))
    assert not other_event(_time("1986年", "姬新龙1986年生于北京,后毕业于北京大学。", 5.0), born, ("出生",))
    assert not other_event(_time("1986年", "1986年,姬新龙来到北京。", 5.0), born, ("出生",))
