"""The agent a who-question asks of a deed it puts after 被谁 or 谁的: "翁山县被撤废县治,是由于谁的占领?" ↔ "翁山县因
被袁晁率起义军占领而被撤废县治" is the name right after 被 in the clause printing the deed (袁晁), not the troops
he led (起义军), which sit nearer the verb."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

_ASKED_DEED = re.compile(r"(?:被谁|谁的)([^\W\d_]{2})")  # "被谁|驱逐", "谁的|占领": the deed's first two characters
_CLAUSE_END = ",，;；。!！?？:："
_FAR = 12  # the deed at most this many characters after the agent


def _agent_of(c: Candidate, deed: str) -> bool:
    """`c` is printed right after 被 and the deed follows it in the same clause."""
    f = c.sentence.folded
    if c.start < 1 or f[c.start - 1] != "被":
        return False
    at = f.find(deed, c.end, c.end + _FAR + len(deed))
    return at >= 0 and not any(ch in _CLAUSE_END for ch in f[c.end:at])


def agent_after_passive_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the name of the best one's sentence that 被 puts before the asked deed moved first,
    when the best one is not it."""
    kept = list(kept)
    m = _ASKED_DEED.search(info.text)
    if info.qtype != "who" or m is None or len(kept) < 2 or _agent_of(kept[0], m.group(1)):
        return kept
    agent = next((c for c in kept[1:] if c.type in ("person", "org") and c.sentence.id == kept[0].sentence.id
                  and _agent_of(c, m.group(1))), None)
    return to_front(kept, agent)
