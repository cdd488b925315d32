"""Who-questions that ask a sentence's subject: "X是由谁创办的", "X由谁建立", "谁成立了X". The answer is the
person or organisation that does the question's verb in the answer's sentence — the one right after 由 before
the verb ("由约翰·洛克菲勒创办"), or right before the verb ("洛克菲勒于1890年创办了…") — not another name the
sentence gives (a place, a date's person). The candidate chosen is moved there when its sentence says so."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..types import Candidate
from .question import QuestionInfo
from .spans import Span

Tagger = Callable[[str], list[tuple[str, str]]]

# "由谁", "是由谁", "是谁": the question word stands where the doer does; 谁 opening the question is the subject too
_DOER_ASKED = re.compile(r"(?:由|被|是)谁$")
_VERB_TAGS = ("v", "vn", "vd")
_LIGHT = frozenset("所来去首先最初最早后")  # words between 谁 and the verb ("由谁所管理", "最先由谁")
_GAP = re.compile(r"[^,，。;；:：!！?？、“”《》]{0,8}")  # an adverbial between the doer and the verb ("于1890年")
_DOERS = ("person", "org")
# the question words asking a person as 谁 does ("哪一个人|将…", "何人|在1949年…接任…")
PERSON_WH = re.compile(r"谁|何人|什么人|哪一?个人|哪一?位")
_OPENING_QUOTES = ("“", "「", '"')


def asked_verb(info: QuestionInfo, pos: Tagger) -> tuple[str, bool]:
    """(the verb the question asks the doer of, whether the question reads 由谁 V), or ("", False) when it does
    not ask a doer this way."""
    if info.qtype != "who" or not info.wh or info.wh_word != "谁":
        return "", False
    by = bool(_DOER_ASKED.search(info.text[: info.wh[1]]))
    if not by and info.left.strip():
        return "", False  # "X的作者是谁", "X是谁": no doer of a verb
    right = info.right
    for word, flag in pos(right[:12]):
        if all(c in _LIGHT for c in word):
            continue
        if flag in _VERB_TAGS and len(word) >= 2:
            return word, by
        break
    return "", False


def subject_of(best: Candidate, info: QuestionInfo, pos: Tagger, typed: Sequence[Span]) -> Candidate | None:
    """The person or organisation that does the asked verb in the best candidate's sentence, when it is not the
    best already; None otherwise."""
    verb, by = asked_verb(info, pos)
    if not verb:
        return None
    f = best.sentence.folded
    doers = [sp for sp in typed if sp.type in _DOERS and f[sp.start:sp.end] not in info.text]
    if best.type in _DOERS and not any(
            sp.start == best.start and sp.end == best.end for sp in doers):
        # "组织部部长时建英|主持会议": the best is a person the tagger's spans miss (a rare surname, 时); it is a doer
        # too, so an organisation in the post before it ("组织部") is not taken for the one who presides
        doers.append(Span(best.start, best.end, "person" if best.type == "person" else "org", "subject"))
    # "“上海奉贤”发布《…》": a short name in quotes right before the verb (an account, a brand) is its doer
    quoted = [Span(sp.start, sp.end, "org", "quote") for sp in typed if sp.type == "quote" and 2 <= sp.end - sp.start
              <= 10 and f[sp.start - 1:sp.start] in _OPENING_QUOTES and f[sp.start:sp.end] not in info.text]
    for m in re.finditer(re.escape(verb), f):
        found = None
        if by:
            # "由|约翰·洛克菲勒|创办": the doer right after 由, right before the verb
            found = next((sp for sp in doers if sp.end == m.start() and f[sp.start - 1:sp.start] == "由"), None)
        if found is None:
            found = next((sp for sp in quoted if sp.end + 1 == m.start()), None)
        if found is None:
            # "洛克菲勒|于1890年|创办了": the nearest doer before the verb in its clause
            before = [sp for sp in doers if sp.end <= m.start() and _GAP.fullmatch(f, sp.end, m.start())]
            found = max(before, key=lambda sp: sp.end, default=None)
        if found is not None:
            if best.start <= found.start and found.end <= best.end:
                return None  # the best is the doer already, or a group holding it ("唐登杰和省长卢东亮|陪同")
            return Candidate(text=best.sentence.text[found.start:found.end], sentence=best.sentence,
                             start=found.start, end=found.end, type=found.type, score=best.score, rule="subject",
                             features=best.features)
    return None

