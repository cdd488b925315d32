"""The doer of a meeting's role told beside the sentence naming the meeting: "…第二次全体会议由谁主持" ↔
"当天下午4时30分,市十六届人大四次会议第二次全体会议在市委市政府大会堂举行。…易中强主持会议。". News names an event
in full once, then tells who played each role in a sentence of its own that refers back to the event by its head
noun, by 会议 alone or by nothing (主持团拜会, 主持会议, …主席沙伦赛主持。): the sentence the question's words
retrieve names the event and no doer, or its organisers (an organisation, scored higher), and the one that tells
the doer shares too few of the question's words. So the person printed right before the verb asked (a 同志 or 等
between allowed), where what the verb governs is the event asked — nothing, 会议, or words the question prints
(团拜会 of 春节团拜会) — is the doer: in the nearest sentence that tells it around the best one holding the
question, in its article up to six paragraphs away (a session's report names the sitting in its lead and the chair
after the rows of leaders on the platform: `Composer._neighbours`, read as that sentence's), or else among the
best candidates."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..types import Candidate
from .attended import ATTENDING
from .question import QuestionInfo
from .setting_role import asked_setting, report_verb

# the roles a meeting's report names by a verb right after the person: the chair and the opening or closing speech
_ROLE_VERBS = ("主持", "致辞", "致开幕词", "致闭幕词", "致欢迎词", "致贺词") + ATTENDING  # (attended.py)
# "余功斌|同志|主持会议", "马少红|等|参加": words a name may stand before the verb with
_AFTER_NAME = re.compile(r"(?:同志|等)?")
# what the verb governs, up to the clause's end: the event referred back to by 会议 or by nothing
_GOVERNED = re.compile(r"[^,，。;；!！?？、]*")
_GENERIC = ("会议", "大会", "会")


def asked_role(info: QuestionInfo) -> str:
    """The role verb a who-question asks the doer of ("由谁主持", "谁主持了…团拜会", "由哪位执行主席主持"): "" for
    other questions."""
    if info.qtype != "who":
        return ""
    right = info.right.strip(" ?？")
    # the setting may stand between them: "谁|在…全国代表大会上|致闭幕词", "谁|在…人大五次会议上|作政府工作报告"
    # (setting_role.py)
    right = right[len(asked_setting(right)):]
    if report_verb(right):
        return report_verb(right)  # "作政府工作报告": the report the question names is what the verb governs
    # a post may stand between the question word and the verb ("哪位|执行主席|主持", "哪位|全国政协副主席|主持了…")
    return next((v for v in _ROLE_VERBS if right.startswith(v) or (right.find(v) in range(1, 9)
                                                                    and info.wh_word.startswith("哪"))), "")


def _governs_event(f: str, at: int, info: QuestionInfo) -> bool:
    """Whether the words the verb ending at `at` governs, to the clause's end, are the event asked: nothing, 会议,
    or the question's own words ("主持团拜会" for 春节团拜会)."""
    g = _GOVERNED.match(f, at)
    governed = g.group() if g is not None else ""
    if governed.startswith("并"):  # "主持并讲话": 并 opens another deed
        governed = ""
    return not governed or governed.startswith(_GENERIC) or governed[:2] in info.text


def tells_role(folded: str, verb: str, info: QuestionInfo) -> bool:
    """Whether `folded` prints `verb` governing the event asked."""
    return any(_governs_event(folded, m.end(), info) for m in re.finditer(re.escape(verb), folded))


def does_role(c: Candidate, verb: str, info: QuestionInfo) -> bool:
    """Whether `c` is a person printed right before `verb` governing the event asked."""
    f = c.sentence.folded
    m = _AFTER_NAME.match(f, c.end)
    return c.type == "person" and m is not None and f.startswith(verb, m.end()) \
        and _governs_event(f, m.end() + len(verb), info)


def role_told_beside(kept: Sequence[Candidate], info: QuestionInfo,
                     neighbours: Callable[[Callable[[str], bool]], Sequence[Candidate]]
                     ) -> tuple[list[Candidate], Candidate | None]:
    """(the doers of the role asked in the sentences beside the best one holding the question, `neighbours` given
    what those must print — read as that sentence's; or, when none is, the doer among the best three candidates,
    of the best one's article, None if none)."""
    verb = asked_role(info)
    if not verb or not kept:
        return [], None
    beside = [c for c in neighbours(lambda f: tells_role(f, verb, info)) if does_role(c, verb, info)]
    if beside:
        return beside, None
    # (of the best one's article: another city's report tells the same role of its own meeting)
    return [], next((c for c in kept[:3] if does_role(c, verb, info)
                     and c.sentence.article_id == kept[0].sentence.article_id), None)
