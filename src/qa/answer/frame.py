"""The words a question's frame encloses: "从什么开始开启…" ↔ "从出租土地种西瓜开始,社区开启了…" — what stands between
从 and 开始 in the answer's sentence is the starting point asked, not the clause after the verb. So for the name or
capacity someone acted in: "以什么名义献捐" ↔ "特以New Zealand Creamery名義再度獻捐" — what stands between 以 and 名义,
not a word of the name glued to 名义 ("Creamery名義")."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# (before the question word, after it): a starting point asked by its frame; the name or capacity someone acted
# in ("以什么名义捐献" ↔ "特以New Zealand Creamery名義再度獻捐": the name, its Latin words and spaces whole)
_FRAMES = (("从", "开始"), ("从", "起"), ("自", "起"), ("自", "开始"), ("以", "名义"), ("以", "身份"))


def framed(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The best answer cut to the words the question's frame (从…开始) encloses in its sentence; None when the
    question has no such frame or the sentence prints none."""
    if not info.wh or info.qtype not in ("what", "how", "when"):
        return None
    left, right = info.text[: info.wh[0]], info.text[info.wh[1]:]
    for a, b in _FRAMES:
        if left.endswith(a) and right.startswith(b):
            f = best.sentence.folded
            of = "的?" if b in ("名义", "身份") else ""  # "以伦敦大学的名义": the name, not its 的
            m = re.search(re.escape(a) + r"([^,，。;；:：!！?？]{2,24}?)" + of + re.escape(b), f)
            if m:
                return best.narrowed(m.start(1), m.end(1), "frame")
    return None
