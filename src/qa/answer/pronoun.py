"""An answer that only points at what the question asks: a pronoun or a demonstrative ("他", "他们", "该线",
"这些发现", "后者") or "之一".

"谁主张与近邻修好" is not answered by "他" from "他主张与近邻修好…", nor "哪一条高速铁路" by "该线": the sentence
tells the deed of someone or something named elsewhere (often in a paragraph the papers do not hold), and the
answer names no one. A reader sees that the sentence does not say who; so the answer is declined
("decline:pointer"; a candidate from a sentence nearby is not tried: the one before most often names another
person or thing than the pointer's, "后者" answered "儒勒·凡尔纳" for 威尔斯). Measured per question
(in-sample, on the answers given): the half-index protocol declines 8 wrong answers for 1 right one, all on DRCD
(CMRC's questions are hardly ever answered by a pronoun); all paragraphs indexed, 21 wrong for 2 right.
"""

from __future__ import annotations

import re

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

# the characters a pronoun or a demonstrative opens with (他们, 该线, 此消息, 这些发现, 其它学科, 本岛, 那里)
_POINTING = re.compile(r"(?:这|此|该|其|他|她|它|本|那|后者|前者|上述|之一)")
# words that point though the tagger reads them otherwise (后者 n, 此 zg, 该 …)
_POINTING_WORDS = frozenset(("后者", "前者", "上述", "之一", "此", "该", "这", "那", "其", "本"))
# a demonstrative glued to a one-character noun, read as one word: "该线" (nz), "本岛" (n); 本 only with a
# common noun (本田 is nz, 本溪 ns: names)
_DEMONSTRATIVES = "该此这"
# place words pointing back: here.py reads 这里 back to the place before it (its HERE; imported, it would close
# an import cycle through around.py)
_HERE = frozenset(("这里", "这儿", "此地", "此处", "那里"))
# after the pointer, a time or a figure is the answer itself ("他|上周五" for 哪天, shaped to 上周五 later)
_TOLD_AFTER = ("t", "m", "q")
# why and how are answered by clauses, which may open with a pronoun; a when or a how-much answer is the time or
# the figure told after one (the tagger reads 上周五 n, so the tags alone do not tell it)
_NOT_NAMED = frozenset(("why", "how", "when", "number"))
_MAX_CHARS = 5  # "该大陆", "这些发现": a pointer and its noun, not a clause ("其职能有四个方面:…")
_MAX_WORDS = 2


def pointing_answer(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:pointer" when the answer is a pronoun or a demonstrative and at most one noun after it (the
    tagger reads its first word as a pronoun, a lone 此 or 该, or 该/此/这/本 glued to a noun; not a name: 本田,
    那曲 and 其其格 are names), or "之一"; "" otherwise. Only things and people asked (who, where, what, which):
    a 什么-question's "此群" is read back to the noun it points at (around.referent), and a
    where-question's "这里" to the place before it (here.py): neither is declined."""
    if around.tag is None or info.qtype in _NOT_NAMED or info.wh_word.endswith("什么"):
        return ""
    text = best.sentence.folded[best.start:best.end].strip()
    if not text or len(text) > _MAX_CHARS or not _POINTING.match(text):
        return ""
    words = [(w, flag) for w, flag in around.tag(text) if w.strip()]
    if not words or len(words) > _MAX_WORDS:
        return ""
    first, flag = words[0]
    if first in _HERE or (len(words) > 1 and words[1][1].startswith(_TOLD_AFTER)):
        return ""  # "这里" is read back to the place before it (here.py)
    pointing = flag.startswith("r") or first in _POINTING_WORDS or (len(first) == 2 and (
        (first[0] == "本" and flag == "n") or (first[0] in _DEMONSTRATIVES and flag in ("n", "nz"))))
    return "decline:pointer" if pointing else ""
