"""A post the question names as its subject ("哈尔滨市委书记哪一天来阿城", "选举了几名副市长") that the answer's
sentence prints only as its near miss — the deputy for the head ("哈尔滨市委副书记、市长宫本言…"), the head for the
deputy ("选举…市长1名") — tells about another holder: the figure or the day is not the one asked ("decline:post").

Only counts and days: who-questions are left to post_elsewhere.py and policy's post checks, which read the name
answered, and a question asking the post ("担任什么职务") names posts of its own."""

from __future__ import annotations

from ..lexicon import POSTS_LONGEST
from ..types import Candidate
from .question import QuestionInfo

_DEPUTY = "副"


def _asked(question: str) -> tuple[str, bool] | None:
    """The first post word the question prints and whether it asks the deputy ("副市长" → (市长, True))."""
    best: tuple[int, str] | None = None
    for p in POSTS_LONGEST:
        i = question.find(p)
        while i >= 0 and question.startswith("会", i + len(p)):
            i = question.find(p, i + 1)  # "人大常委会主任": 常委 is the body's name there, not the post asked
        # the deputy asked first ("常委会副主任"), else the post printed first
        if i >= 0 and (best is None or (question[:i].endswith(_DEPUTY), -i) > (question[:best[0]].endswith(_DEPUTY),
                                                                                  -best[0])):
            best = (i, p)
    if best is None:
        return None
    i, p = best
    return p, question[:i].endswith(_DEPUTY)


def deputy_for_post(info: QuestionInfo, best: Candidate) -> str:
    """"decline:post" when every time the sentence prints the asked post word it has the other rank (副 before it
    where the question has none, or none where the question has 副), for a count or a day asked."""
    if info.qtype not in ("number", "when"):
        return ""  # a person, a list of them or the post itself asked: the post checks of those answers
    asked = _asked(info.text)
    if asked is None:
        return ""
    post, deputy = asked
    f = best.sentence.folded
    at = [i for i in range(len(f)) if f.startswith(post, i)]
    if not at:
        return ""
    if all(f[:i].endswith(_DEPUTY) != deputy for i in at):
        return "decline:post"
    return ""
