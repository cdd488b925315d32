"""A person answer that runs into the post or title the question names is a piece of that post, not its holder:
"北朝的征夷大將軍指的是何人?" ↔ "1603年家康創立德川幕府,就任征夷大將軍" → 任征夷 (jieba's name of 就|任征夷|大將軍).
The answer's last two characters and the two the sentence prints right after it are printed together in the question
("征夷" + "大将" of "征夷大将军"): the answer is the question's own words, begun one verb early, and the person is
another one. Declined ("decline:echoed-post").

Measured on CMRC 2018 trial and DRCD (in sample, every person answer): the answer's end and the sentence's next two
characters are printed together in the question for one answer, a wrong one (6455-4-3)."""

from __future__ import annotations

from ..lexicon import all_han
from ..types import Candidate
from .question import QuestionInfo

_PIECE = 2  # characters on each side of the answer's end that the question must print together


def post_echo(info: QuestionInfo, best: Candidate) -> str:
    """"decline:echoed-post" when a person answer's end and what follows it are printed together in the question."""
    if best.type != "person" or "person" not in info.expects:
        return ""
    f = best.sentence.folded
    text = f[best.start:best.end]
    after = f[best.end:best.end + _PIECE]
    piece = text[-_PIECE:] + after
    if len(piece) < 2 * _PIECE or not all_han(piece):
        return ""
    return "decline:echoed-post" if piece in info.text else ""
