"""A question asking a named person's posts with words around the name that say where or when it was told, not who:
the question is read as the plain "X(在Y)担任什么职务" that people.asked_person reads.

- a source set off by a comma before it: "香港商报报道,|李国章在东亚银行担任什么职务" (the report is where the
  question read it, no part of the person);
- a past post asked by 曾任 with its body: "郝长江|曾任|中国化工报社什么职务" asks his post at that body, as "郝长江在
  中国化工报社担任什么职务" does (a title chain prints a former post with 原/前: "中国化工报社原社长郝长江");
- a time clause after the name: "戴建业|到访澳门厂商联合会时|担任什么职务" — the visit says when, the posts asked
  are those the report prints before his name.

Anything else is left as it is."""

from __future__ import annotations

import re

# "香港商报报道,": a source and its verb of reporting, set off by a comma, opening the question
_SOURCE = re.compile(r"^[^,，?？]{2,20}?(?:报道|报导|消息|指出|透露|称)[,，]\s*")
# "郝长江曾任中国化工报社什么职务": a name (2–4 characters), 曾任 or 曾经担任, the body, the post asked
_ONCE_HELD = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:曾任|曾经担任|曾担任)(?P<where>[^,，?？的]{2,20}?)的?"
                        r"(?:什么|何)职务(?P<end>[?？]?)$")
# "戴建业到访澳门厂商联合会时担任什么职务": a name, a deed that opens with its verb and ends with 时, then the posts
_WHEN = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:到访|访问|出席|参加|视察|考察|会见|前往|走访|率团)"
                   r"[^,，?？]{2,20}?时(?P<asked>(?:担任|任)(?:什么|何)职务[?？]?)$")


def plain_posts_question(text: str) -> str:
    """`text` with the source, the 曾任 or the time clause around the person whose posts are asked rewritten to
    "X(在Y)担任什么职务"; `text` unchanged when it asks no posts this way."""
    source = _SOURCE.match(text)
    rest = text[source.end():] if source is not None else text
    once = _ONCE_HELD.match(rest)
    if once is not None:
        return f"{once.group('name')}在{once.group('where')}担任什么职务{once.group('end')}"
    when = _WHEN.match(rest)
    if when is not None:
        return when.group("name") + when.group("asked")
    if source is not None and re.search(r"(?:担任|任)(?:什么|何)职务[?？]?$", rest):
        return rest
    return text
