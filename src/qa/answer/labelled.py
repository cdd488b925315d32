"""A value printed after its label and a colon ("发送至邮箱:zswb03@zsnews.com", "英文:League for the environment"):
what "哪个邮箱" / "英文是什么" asks is the value, not the label. The value runs to the clause's end (punctuation
other than an address's own dots; words in Latin letters joined by single spaces), 3 to 60 characters, and holds
no Chinese character (an address, a number, a code, a foreign name: a label before a sentence, "邮箱:请发…", is no
field). Measured per question: CMRC 2018 trial 1 better (英文:…), none worse; DRCD test no change."""

from __future__ import annotations

import re

from .spans import Span


def labelled(folded: str, asked: str) -> list[Span]:
    """The values printed right after the asked noun and a colon."""
    if len(asked) < 2:
        return []
    out = []
    at = folded.find(asked)
    while at >= 0:  # (found by hand: a pattern made of each question's noun would be compiled per question)
        end = at + len(asked)
        m = _VALUE.match(folded, end + 1) if folded[end:end + 1] in (":", "：") else None
        if m:
            value = m.group(1).rstrip(".")
            if 3 <= len(value) <= 60:
                out.append(Span(m.start(1), m.start(1) + len(value), "term", "head"))
        at = folded.find(asked, m.end() if m else at + 1)
    return out


# one word of the value: no space, no clause mark, no Chinese character; words are joined by single spaces
# ("英文:league for the environment")
_PIECE = r"[^\s,，。;；、!?！？()（）\u4e00-\u9fff]+"
_VALUE = re.compile(r"\s?(" + _PIECE + r"(?: " + _PIECE + r")*)")
