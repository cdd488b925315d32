"""Where someone lives, asked as "唐老伯住在哪里" / "X家住哪里": news prints the home before or after the person —
"居住在玉华花园的唐老伯", "家住白洋湾街道富强新苑的陆阿姨", "唐老伯住在玉华花园" — and a housing estate's name
(玉华花园, 富强新苑) is no word jieba tags a place (玉华/nr 花园/n), so the typed generators miss it.

The words after 住在/居住在/家住, up to 的 or a stop, are the home, when the sentence names the person asked right
there: after the home and its 的 ("…的唐老伯"), or before the verb ("唐老伯住在…"). Another person's home is not his."""

from __future__ import annotations

import re

from .question import QuestionInfo
from .spans import Span

_ASKED = re.compile(r"^(?P<x>[\u4e00-\u9fff·]{2,8}?)(?:现在|目前|平时)?(?:家住|居住在|住在)(?:哪里|哪儿|何处|什么地方)")
_HOME = re.compile(r"(?:家住|居住在|住在)(?P<home>[\u4e00-\u9fff\d]{2,16}?)(?=的|[,，。;；]|$)")


def dwelling_places(f: str, info: QuestionInfo) -> list[Span]:
    """Spans of the home printed after a verb of dwelling next to the asked person in folded sentence `f`."""
    asked = _ASKED.match(info.text.strip())
    if asked is None:
        return []
    x = asked.group("x")
    out = []
    for m in _HOME.finditer(f):
        after = f[m.end("home"):].startswith("的" + x)
        before = f[:m.start()].endswith(x)
        if after or before:
            out.append(Span(m.start("home"), m.end("home"), "place", "place"))
    return out
