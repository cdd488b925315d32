"""What someone said or what is written asked ("…最後和家人說了什麼?", "墓碑上刻着什么?") and answered by a whole
sentence: the words said are the quotation the sentence prints after its verb of saying or writing (「好在歷史是
人民寫的」) or, without quotation marks, what follows the colon after that verb ("刻了他的诗句：这里是…")."""

from __future__ import annotations

import re

from ..lexicon import PUNCT

# the question closes on a verb of saying or writing and 什么 (什么话)
_ASKS_SAID = re.compile(r"(?:说|讲|写|刻|喊|问|答|称)(?:出|道|着|了)*(?:什么|甚么)话?[?？]?$")
_VERB = re.compile(r"(?:说|讲|写|刻|喊|问|答|称|道)")
_QUOTE = re.compile(r"[「“『]([^「」“”『』]{2,80})[」”』]")
_COLON = re.compile(r"[:：]\s?")


def said_span(folded: str, question: str) -> tuple[int, int] | None:
    """[start, end) of the words said in `folded` when `question` asks what was said; None when it does not ask
    it or the sentence prints no quotation or colon after a verb of saying."""
    if not _ASKS_SAID.search(question):
        return None
    verb = _VERB.search(folded)
    if verb is None:
        return None
    quote = _QUOTE.search(folded, verb.start())
    if quote is not None:
        return quote.start(1), quote.end(1)
    colon = _COLON.search(folded, verb.start())
    if colon is None:
        return None
    end = len(folded)
    while end > colon.end() and folded[end - 1] in PUNCT:
        end -= 1
    return (colon.end(), end) if end - colon.end() >= 2 else None
