"""The day a photo was taken is no answer to when something else happened.

"哈密市第二次党代会在哪天开幕" answered from a caption under the congress's headline, "2021年5月23日拍摄的哈密…
全景": the date tells when the picture was taken, not when the congress opened.
"""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_TAKEN_AFTER = re.compile(r"\s*(?:拍摄|摄于|摄)")  # "5月23日拍摄的…", "…5月23日摄"
_TAKEN_BEFORE = re.compile(r"(?:摄于|拍摄于)\s*$")  # "…全景,摄于5月23日"
_PHOTO_ASKED = re.compile(r"[拍摄照图片像]")


def photo_date(info: QuestionInfo, best: Candidate) -> str:
    """A when-answer that dates a photo in its caption, for a question that asks of no photo ("decline:date")."""
    if info.qtype != "when" or _PHOTO_ASKED.search(info.text):
        return ""
    f = best.sentence.folded
    if _TAKEN_AFTER.match(f, best.end) or _TAKEN_BEFORE.search(f, 0, best.start):
        return "decline:date"
    return ""
