"""A name answered with its setting in front: "1870年|法德战争", "波你尼时代|梵语", "在实践中|教法", "部分|中文字典".

The head rule takes the noun run ending with the noun asked, and the run may open with the time it happened, the
era it belonged to, a 在…中 phrase or a quantity word picking some of a kind; the question ("哪一场战争", "哪一门
语言", "什么法律") asks the name after them, and the gold spans print it alone. A year that begins a law's title
("1956年清洁空气法") is part of the name and stays; so does a setting the question prints itself.
"""

from __future__ import annotations

import re

from ..lexicon import FUNCTION_CHARS
from ..types import Candidate
from .question import QuestionInfo

# what opens the run before the name: a date, an era or period, a 在…中 setting, a quantity word
_SETTING = re.compile(r"\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|[^\W\d_]{2,4}时[代期]|在[^\W\d_]{1,6}[中上内]"
                      r"|大部分|部分|一些|许多|某些")
# a title that keeps its year ("1956年清洁空气法", "1982年宪法"): a law, a treaty, a charter
_TITLE_END = re.compile(r"(?:法|法案|条例|公约|条约|协定|宪章)$")


def without_setting(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The head answer cut past the time, era, setting or quantity word it opens with, or None."""
    if info.qtype not in ("what", "other") or best.rule.split("+")[0] != "head":
        return None
    f = best.sentence.folded
    span = f[best.start:best.end]
    m = _SETTING.match(span)
    if m is None or f[best.start - 1:best.start] == "《":
        return None  # a title's words are all its name ("《1956年清洁空气法》")
    rest = span[m.end():]
    # the name left has two characters at least, opens with no particle or preposition and is no clause; neither
    # it nor the setting is the question's own words
    if len(rest) < 2 or rest[0] in FUNCTION_CHARS or not ("\u4e00" <= rest[0] <= "\u9fff" or rest[0] == "《") \
            or any(c in rest for c in ",，、") or rest in info.text or m.group() in info.text:
        return None
    if m.group()[0].isdigit() and _TITLE_END.search(rest):
        return None  # the year belongs to the title
    return best.narrowed(best.start + m.end(), best.end, "setting")
