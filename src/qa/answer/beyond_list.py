"""An item of a list asked by its place ("第五个大省是什么") where the answer's sentence lists fewer items of that kind
("文化大省、科教大省、农业大省、资源大省": four): the item asked is not printed, and any item answered is another
one ("decline:beyond-list")."""

from __future__ import annotations

import re

from ..lexicon import ordinal_value
from ..types import Candidate
from .question import QuestionInfo

# "第五个大省", "第4项措施", "第三条": the place asked, then the kind of item (a word ending it)
_ASKED = re.compile(r"第([一二三四五六七八九十\d]{1,3})(?:个|项|条|点|种|类)([\u4e00-\u9fff]{1,4}?)"
                    r"(?=是|叫|有|为|的|呢|[?？]|$)")
_SEPARATORS = "、"


def beyond_list(info: QuestionInfo, best: Candidate) -> str:
    """"decline:beyond-list" when the question asks the N-th item of a kind and the sentence's list of that kind
    (items joined by 、, each ending in the kind's word) holds fewer than N."""
    m = _ASKED.search(info.text)
    if m is None or not m.group(2):
        return ""
    n, kind = ordinal_value(m.group(1)), m.group(2)
    if n < 2:
        return ""
    item = rf"[\u4e00-\u9fff]{{1,8}}?{re.escape(kind)}"
    runs = [r.group() for r in re.finditer(rf"{item}(?:{_SEPARATORS}{item})+", best.sentence.folded)]
    if not runs:
        return ""
    longest = max(r.count(_SEPARATORS) + 1 for r in runs)
    return "decline:beyond-list" if longest < n else ""
