"""A who-question asks the new holder of a post, and the answer's title says he holds it acting.

"接替曾國衞的政制及內地事務局新任局長是誰？" ↛ "…香港特區政府署理政制及內地事務局局長胡健民…" (橙新聞): the question
asks who took the post over (新任, 接替, 接任, 继任), and the answer is titled 署理 or 代理 — one standing in for the
holder while the post is vacant or its holder away, not the one appointed to it ("decline:post").

Where it stops: only the answer's own title, the words right before it back to the row's last 、, comma or stop;
a question that asks the acting holder itself (署理, 代理 in it) is left alone. The people path (people_answer.py)
reads the holder's title chain the same way: an acting holder there is a near miss of the post asked."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_NEW_HOLDER = re.compile(r"新任|接替|接任|继任")
_ACTING = re.compile(r"署理|代理")


def acting_for_new(info: QuestionInfo, best: Candidate) -> str:
    """"decline:post" when a question asking a post's new holder is answered by one its title calls acting; ""
    otherwise."""
    if info.qtype != "who" or not _NEW_HOLDER.search(info.text) or _ACTING.search(info.text):
        return ""
    f = best.sentence.folded
    return "decline:post" if acting_title(info, f[max(0, best.start - 30):best.start]) else ""


def acting_title(info: QuestionInfo, before: str) -> bool:
    """The question asks a post's new holder and `before` (the words up to a name: its title chain, or the text
    before it) calls him acting, back to its row's last 、, comma or stop."""
    if not _NEW_HOLDER.search(info.text) or _ACTING.search(info.text):
        return False
    return _ACTING.search(re.split(r"[、,，。;；:：]", before)[-1]) is not None
