"""Pinyin glosses some mirror sites leave after a character (`監督(dū)`, `實現(xiàn)`): reading aids, not text.

Left in, they split words (`監(jiān)督` no longer matches 监督) and cut names and bylines apart, so the page is read
without them. A gloss is one syllable in lower-case Latin letters with a tone mark, in ASCII brackets, right after a
Han character; a bracket with capitals, spaces or no tone mark (a Latin name, an abbreviation) is text and stays."""

from __future__ import annotations

import re

_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňḿ][a-zü]{0,5}\)")


def strip_glosses(text: str) -> tuple[str, list[int]]:
    """`text` without the pinyin glosses after its characters (see the module note), and where each character
    of that text stands in `text` (empty when nothing was taken out), so offsets still point into the file."""
    if "(" not in text or not _GLOSS.search(text):
        return text, []
    kept: list[int] = []
    last = 0
    for m in _GLOSS.finditer(text):
        kept.extend(range(last, m.start()))
        last = m.end()
    kept.extend(range(last, len(text) + 1))  # the end too: an offset may point just past the last character
    return _GLOSS.sub("", text), kept
