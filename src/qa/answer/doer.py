"""The one who did the deed a who-question puts before "的是谁": "在二楼记者席区里应外合指挥的是谁" ↔ "陈玉珍在二楼
记者席区里应外合指挥" — the person printed right before the deed's words, its subject, answers first, whatever
scored higher (an organisation in the next clause sits against the anchors as well)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_ASKED_DOER = re.compile(r"^(.{3,}?)的(?:人)?(?:是|为)\s*$")  # "[deed]的是|谁"
_OPENING = 4  # the deed's first characters the sentence must print right after the name
_SETTING = re.compile(r"^.*[,，]")


def doer_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the person printed right before the deed asked, in the best one's sentence,
    moved first."""
    kept = list(kept)
    kind = _doer_kind(info)
    m = _ASKED_DOER.match(info.left.strip()) if kind else None
    # (a body's deed is told with its verb first, its object often qualified: "组织部分省级老领导" for
    # "组织省级老领导")
    # (a setting set off by a comma is no part of it: "…大会上,|宣布省委决定的是谁")
    deed = _SETTING.sub("", m.group(1))[:_OPENING if kind == "person" else 2] if m else ""
    if m is None or len(kept) < 2 or kept[0].type == kind and _before_deed(kept[0], deed):
        return kept
    # in the best one's sentence (another sentence printing the deed's words may tell another event)
    doer = next((c for c in kept if c.type == kind and c.sentence.id == kept[0].sentence.id
                 and _before_deed(c, deed)), None)
    if doer is None or doer is kept[0]:
        return kept
    return to_front(kept, doer)


def _doer_kind(info: QuestionInfo) -> str:
    """The type of the doer asked: a person ("…的是谁"), or a body ("组织…考察的是哪个部门" ↔ "省委老干部局组织…
    考察": a body word alone after the question word); "" for other questions."""
    right = info.right.strip(" ?？")
    if info.qtype == "who" and not right:
        return "person"
    return "org" if "org" in info.expects and len(right) == 2 else ""


# "高崇生|出席会议并|宣布省委决定": a predicate before the deed, joined to it by 并 in the same clause
_JOINED_PREDICATE = re.compile(r"[^,，。;；:：!！?？、]{2,10}?并")


def _before_deed(c: Candidate, opening: str) -> bool:
    """`c` is the deed's subject: printed right before it, or before a predicate 并 joins to it."""
    f = c.sentence.folded
    if f.startswith(opening, c.end):
        return True
    joined = _JOINED_PREDICATE.match(f, c.end)
    return joined is not None and f.startswith(opening, joined.end())


# "由来自泉州的|谢膺毅|先生于…所创办": the agent after 由, a modifier ending in 的 between them optional
_BY_AGENT = re.compile(r"由(?:[^,，。;；:：!！?？]{1,12}?的)?\s?$")


def agent_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """"X由谁创办" ↔ "…由来自泉州的谢膺毅先生于1947年…所创办": the person printed after 由 in the best one's sentence,
    with the asked verb after it in the same clause, moved first (a place in the modifier, 泉州, or in the clause
    before, 花莲市, sits against the anchors as well)."""
    kept = list(kept)
    verb = info.right.strip(" ?？")[:2]
    if info.qtype != "who" or not info.left.rstrip().endswith("由") or len(verb) < 2 or len(kept) < 2:
        return kept
    agent = next((c for c in kept if c.type == "person" and c.sentence.id == kept[0].sentence.id
                  and _agent_of(c, verb)), None)
    if agent is None or agent is kept[0]:
        return kept
    return to_front(kept, agent)


def _agent_of(c: Candidate, verb: str) -> bool:
    f = c.sentence.folded
    at = f.find(verb, c.end)
    return _BY_AGENT.search(f, max(0, c.start - 16), c.start) is not None and 0 <= at - c.end <= 30 \
        and not any(ch in ",，。;；!！?？" for ch in f[c.end:at])
