"""A meeting named by pointing: "政协玉溪市六届二次会议应到委员多少名" ↔ "本次会议应到委员311名,实到276名" — news
names the meeting once in full (its lead: "…玉溪市第六届委员会第二次会议在聂耳大剧院隆重开幕") and then calls it
本次会议 (此次会议, 本届大会…). When the best sentence tells another of the series asked (another city's 六届三次
会议) or another place's meeting, a sentence pointing to its meeting this way near the sentence holding the question
(its article up to 6 paragraphs on, as deed_beside.py reads a chair) names the meeting its article tells, so the
one asked when its article prints the asked ordinal; it names nothing else of the question, so the figure's own
clause must say what is counted ("应到委员" for 应到委员多少名, not 实到). Where it stops: an article that never prints
the ordinal asked, a figure whose clause says another count, a question naming no ordinal."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..types import Candidate
from .agreement import names_asked_ordinal
from .question import QuestionInfo
from .spans import clause_start

# the meeting the text is about, pointed at ("本次会议", "此次大会", "本届全会")
_POINTED = re.compile(r"(?:本|此|这|這)(?:次|届|屆)(?:会议|會議|大会|大會|全会|全會)")


def points_to_meeting(sentence: str) -> bool:
    """Whether the sentence (folded) names a meeting by pointing to the one its text tells (本次会议)."""
    return _POINTED.search(sentence) is not None


def meeting_pointed(info: QuestionInfo, sentence: str, article: str) -> bool:
    """Whether the sentence (folded) names its meeting only by pointing (本次会议) and its article (folded) prints
    the one of the series the question names."""
    return _POINTED.search(sentence) is not None and names_asked_ordinal(info, article)


def pointed_figures(info: QuestionInfo, candidates: Sequence[Candidate], article: Callable[[Candidate], str]
                    ) -> list[Candidate]:
    """Candidates of the asked type (score order) from sentences pointing to their meeting (meeting_pointed) whose
    own clause says what the question counts: the words from the clause's start to the figure, the pointer left
    out ("应到委员" of "本次会议应到委员311名", "实到" of ",实到276名"), are printed in the question before its question
    word. A sentence that names nothing else of the question must say of the figure what is asked."""
    out = []
    for c in candidates:
        f = c.sentence.folded
        if (info.expects and c.type not in info.expects) or not meeting_pointed(info, f, article(c)):
            continue
        label = _POINTED.sub("", f[clause_start(f, c.start):c.start]).strip(" ,，、")
        if len(label) >= 2 and label in info.left:
            out.append(c)
    return out
