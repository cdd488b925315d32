"""A question about what a post's holder did ("沧州市委书记在哪里会见了中央驻冀媒体采访团?"), answered from an article
that prints neither the post (书记) nor any verb of the deed (会见): "黄骅港" of a press tour's list of stops. The
holder is named by his post with its place; an article telling his deed names him by it ("市委书记…会见") or tells
the deed. When the answer's sentence, the text before it and its article hold neither, the answer is of another
visit: declined ("decline:subject"). Who-questions are left to the people path (`people_answer`); a post with no
place before it ("外长会谈", "习近平主席") is no particular holder; light verbs (是, 在, 举行…) tell no deed."""

from __future__ import annotations

import re

from ..lexicon import POSTS
from ..types import Candidate
from .agreement import Surroundings, names_in
from .question import QuestionInfo
from .spans import offsets

_POST = re.compile("|".join(sorted(POSTS, key=len, reverse=True)))
# between the place and the post: its level and body ("沧州|市委|书记", "河北|省|省长")
_OWNER_GAP = 3
_LIGHT = frozenset(("是", "有", "为", "在", "于", "到", "被", "进行", "举行", "召开", "举办", "担任", "出任", "位于"))


def post_deed_unprinted(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:subject" when a place's post-holder's deed is asked and the answer's article prints neither the post
    nor a verb of the deed; "" otherwise."""
    if info.qtype == "who" or not info.wh or around.tag is None or not around.article:
        return ""
    subject = info.text[:info.wh[0]]
    m = _POST.search(subject)
    if m is None or not any(kind == "place" and 0 <= m.start() - (at + len(name)) <= _OWNER_GAP
                            for kind, name, at in names_in(subject[:m.start()], around)):
        return ""
    told = around.with_sentence(best.sentence.folded)
    if m.group() in told:
        return ""
    # the deed: the question's verbs, and the word right after the question word, whatever its tag ("在哪里|会见/n")
    verbs = [word for start, end, word, flag in offsets(around.tag(info.text))
             if (flag.startswith("v") or start == info.wh[1]) and len(word) >= 2 and word not in _LIGHT
             and not (start < info.wh[1] and info.wh[0] < end)]
    if not verbs or any(verb in told for verb in verbs):
        return ""
    return "decline:subject"
