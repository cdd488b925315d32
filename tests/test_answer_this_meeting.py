"""A meeting named by pointing (this_meeting.py): "本次会议应到委员311名" answers for the sitting its article's lead
names, when the best sentence tells another city's sitting; the figure's own clause must say what is counted."""

from __future__ import annotations

from candidates import sentence_of
from stories import engine_of

from qa.answer.question import analyze
from qa.answer.this_meeting import meeting_pointed, pointed_figures
from qa.types import Candidate

_LEAD = "1月6日下午,中国人民政治协商会议玉溪市第六届委员会第二次会议在聂耳大剧院隆重开幕。"
_COUNTS = "本次会议应到委员311名,实到276名,符合规定人数。"
_ARTICLE = _LEAD + "市领导到会祝贺。杨建敏主持大会。" + _COUNTS + "会议审议通过了政协玉溪市六届二次会议议程。"


def _figure(text: str) -> Candidate:
    s = sentence_of(_COUNTS)
    start = _COUNTS.index(text)
    return Candidate(text=text, sentence=s, start=start, end=start + len(text), type="number", score=1.0,
                     rule="type:number", features=())


def test_a_pointed_meeting_names_the_sitting_its_article_prints():
    info = analyze("政协玉溪市六届二次会议应到委员多少名？")
    assert meeting_pointed(info, _COUNTS, _ARTICLE)
    assert not meeting_pointed(info, _COUNTS, _LEAD.replace("第二次", "第三次") + _COUNTS)
    assert not meeting_pointed(info, "会议应到委员311名。", _ARTICLE)


def test_the_figure_s_clause_must_say_the_count_asked():
    figures = [_figure("311名"), _figure("276名")]
    due = pointed_figures(analyze("政协玉溪市六届二次会议应到委员多少名？"), figures, lambda c: _ARTICLE)
    came = pointed_figures(analyze("政协玉溪市六届二次会议开幕时实到委员多少名？"), figures, lambda c: _ARTICLE)
    assert [c.text for c in due] == ["311名"] and [c.text for c in came] == ["276名"]


def test_the_engine_answers_from_the_pointed_sentence():
    other = "政协白山市第八届委员会第五次会议应到委员283名,出席当天会议的263名。"
    engine = engine_of([("政协白山市第八届委员会第五次会议开幕", [other]),
                        ("政协玉溪市六届二次会议开幕", [_LEAD, "市领导到会祝贺。", "杨建敏主持大会。", _COUNTS,
                                                   "会议审议通过了政协玉溪市六届二次会议议程。"])], "h")
    got = engine.ask("政协玉溪市六届二次会议应到委员多少名？")
    assert not got.declined and got.text.startswith("311")
