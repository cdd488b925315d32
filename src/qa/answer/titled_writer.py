"""The writer printed right after a work's title in a list of works: "《以书为伴》刘文权(重庆)、《橘树…》许晨露",
"《一杯明月灑滿中國紅》張廣超" — a prize list or a table of contents gives each title with its writer's name glued
on, no "作者" or "文/" between them. Asked "《X》的作者是谁", the name after 《X》 is the answer, even though the
list's own article (a report, a notice) is not the work."""

from __future__ import annotations

import re

from ..lexicon import COMPOUND_SURNAMES, SURNAMES
from ..normalize import fold

# After the title's closing mark: an optional note in brackets ("(外一首)") and spaces, then two or three
# characters ending where the list's item ends (a list mark, a bracket with the writer's place, a stop, a space).
_AFTER_TITLE = r"》\s*(?:[(（][^()（）]{1,6}[)）])?\s*([\u4e00-\u9fff]{2,4}?)(?=$|[\s、,，。;；(（])"


def titled_writer(title: str, folded: str) -> tuple[int, int] | None:
    """(start, end) in `folded` of the name printed right after 《title》, None when no name follows it. A name
    starts with a surname (a compound one may take four characters); "《人民日报》记者" names no writer."""
    want = fold(title).strip()
    if not want:
        return None
    for m in re.finditer("《" + r"\s*".join(map(re.escape, want)) + r"\s*" + _AFTER_TITLE, folded):
        name = m.group(1)
        compound = any(name.startswith(c) for c in COMPOUND_SURNAMES)
        if (compound and len(name) >= 3) or (not compound and name[0] in SURNAMES and len(name) <= 3):
            return m.start(1), m.end(1)
    return None
