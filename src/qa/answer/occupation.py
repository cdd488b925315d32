"""What someone does for a living: "赵某是做什么的" asks an occupation, which a sentence prints as "赵某是名包工头"
(是 + an optional count word + the trade). The what-slot reads "做|什么|的", which the sentence never prints."""

from __future__ import annotations

import re

from .spans import Span

_ASKED = re.compile(r"^(.+?)(?:是|是个|是位)?(?:做|干)什么(?:工作|职业|行当)?的?[?？]?$")
# the trade after 是, a count word before it optional, up to the clause's end
_TRADE = r"是(?:一)?[名位个]?([^\s\d,，。;；:：!！?？“”\"()（）的]{2,8}?)(?=[\s,，。;；:：!！?？]|$)"


def occupation_asked(question: str) -> str:
    """The person whose occupation a question asks ("被执行人赵某是做什么的" → 赵某: the name's last two
    characters, as the sentence may drop the role before it), or ""."""
    m = _ASKED.match(question)
    who = m.group(1).rstrip("是") if m else ""
    return who[-2:] if len(who) >= 2 else ""


def occupations(folded: str, who: str) -> list[Span]:
    """The trades printed right after "`who`是(名)" in the sentence ("赵某是名|包工头|,")."""
    return [Span(m.start(1), m.end(1), "term", "term")
            for m in re.finditer(re.escape(who) + _TRADE, folded)]
