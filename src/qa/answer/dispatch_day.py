"""When the report itself was sent: "阿根廷华人网关于…的消息是几月几日发的" ↔ "(阿根廷华人网8月7日讯 …)".

A dateline opens an article: its agency, place and day answer nothing the text is asked about (an event's day is
the text's, not the day the report was filed), so the composer reads no candidate inside it (compose's
`opening`). A question asking when the report, the news item or the dispatch itself was sent (发 with 消息 / 报道 /
稿 / 电讯 as its subject) asks exactly the dateline's day: then the dateline is read too. Where it stops: only
when-questions, only 发/发出/发布/发回/发稿 of a report noun; "会议是哪天举行的" keeps the dateline out."""

from __future__ import annotations

import re

from .question import QuestionInfo

# (folded) the report noun, then when, then its sending: "消息是几月几日发的", "这篇报道是哪天发出的"
_DISPATCH = re.compile(r"(?:消息|报道|报导|稿件|电讯|新闻稿|快讯)(?:是|于|在)?"
                       r"(?:几月几日|哪一天|哪天|哪日|什么时候|何时|几号)(?:发|发出|发布|发回|发稿)")


def asks_dispatch_day(info: QuestionInfo) -> bool:
    """The question asks the day the report itself was sent (its dateline's day)."""
    return info.qtype == "when" and _DISPATCH.search(info.text) is not None
