"""The one who said what a who-question quotes: "谁对法宣称西沙群岛主权属于中国?" ↔ "外交部情报司长何凤山称:西沙群岛
主权属于中国,汉马伏波曾到该群岛,…" is the name printed right before the saying verb whose words the question echoes
(何凤山), not a name inside the words said (汉马伏波), which sits as near to the question's other words."""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

# the question's saying verb → the verbs a sentence prints it with ("宣称" ↔ "称:")
_SAYING = (("宣称", ("宣称", "声称", "称")), ("声称", ("宣称", "声称", "称")), ("表示", ("表示",)),
           ("指出", ("指出",)))
_OPENING = ":：,，“「\"' "  # what may stand between the verb and the words said
_ECHO = 4  # characters of the words said the sentence must print as the question does
_NEAR = 12  # ... within this many characters after the verb


def _said_words(right: str) -> tuple[tuple[str, ...], str] | None:
    """The sentence's verbs for the question's saying verb, and the words said after it in the question."""
    for verb, printed in _SAYING:
        at = right.find(verb)
        if at >= 0:
            return printed, right[at + len(verb):].strip().rstrip("?？ 的呢")
    return None


def _says(c: Candidate, verbs: tuple[str, ...], said: str) -> bool:
    """The name is printed right before one of `verbs`, and the words after it open with the question's."""
    f = c.sentence.folded
    verb = next((v for v in verbs if f.startswith(v, c.end)), "")
    if not verb:
        return False
    after = f[c.end + len(verb):c.end + len(verb) + _NEAR].lstrip(_OPENING)
    return said[:_ECHO] in after


def said_by_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the person of the best one's sentence who says the question's words moved first,
    when the best one does not say them."""
    kept = list(kept)
    if info.qtype != "who" or info.wh_word != "谁" or len(kept) < 2 or kept[0].type != "person":
        return kept
    got = _said_words(info.right)
    if got is None or len(got[1]) < _ECHO:
        return kept
    verbs, said = got
    if _says(kept[0], verbs, said):
        return kept
    sayer = next((c for c in kept[1:] if c.type == "person" and c.sentence.id == kept[0].sentence.id
                  and _says(c, verbs, said)), None)
    return to_front(kept, sayer)
