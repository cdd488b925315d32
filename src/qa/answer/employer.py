"""Whose reporter someone is: "李泽育是哪家媒体的记者" asks the outlet, which news prints glued before the role and
the name ("吉林旅游广播记者李泽育表示…", "新华社记者 张三"). The what-slot reads "哪家|媒体的记者", which the
sentence never prints."""

from __future__ import annotations

import re

from .spans import Span

_ROLES = r"记者|通讯员|编辑|主持人|评论员|特约撰稿人"
_ASKED = re.compile(rf"^(?P<who>[\u4e00-\u9fff·]{{2,5}}?)是(?:哪家|哪个|哪一家|什么|哪里的?)"
                    rf"(?:媒体|报社|报纸|单位|电台|电视台|网站|新闻单位|机构)?的?(?P<role>{_ROLES})[?？]?$")


def employer_asked(question: str) -> tuple[str, str]:
    """(the person, the role) of a question asking whose reporter someone is, or ("", "")."""
    m = _ASKED.match(question.strip())
    return (m.group("who"), m.group("role")) if m else ("", "")


def employers(folded: str, who: str, role: str) -> list[Span]:
    """The outlets printed right before "`role` `who`" in the sentence, back to the clause's start or a list's
    comma ("吉林旅游广播|记者李泽育", "据新华社|记者 张三")."""
    out = []
    for m in re.finditer(rf"(?P<org>[^\s,，。;；:：!！?？“”\"()（）、]{{2,16}}?)的?{role}\s?{re.escape(who)}", folded):
        start = m.start("org")
        if folded.startswith("据", start):
            start += 1
        if m.end("org") - start >= 2:
            out.append(Span(start, m.end("org"), "term", "term"))
    return out
