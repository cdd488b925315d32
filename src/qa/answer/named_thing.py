"""A name that names a thing: a person's name run on into a noun that makes the whole a case, a plane, a regime, a
house or a law named after him ("包括|陳再道案|和孫維世案", "派自己的|道格拉斯|專機送周恩來", "米洛舍維奇|政權倒塌"),
is no answer to a who-question about someone else: the person there is only the thing's modifier. A question that
asks of that thing itself ("谁的故居", "以谁命名的定律") keeps it. So is a name printed inside a work's title in 《》
("著有《|岳忠武王|文集》", "《|中华人民共和国国务院组织法|》"): the work's name, not its author nor anyone who acted,
unless the question prints that title itself."""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo

# nouns a name is printed before to name a thing after its person (not 号, 路, 时期: "苏轼号东坡", "路过",
# "元世祖时期" may answer who reigned)
_THING_HEADS = ("案", "专机", "政权", "故居", "纪念馆", "定律", "效应", "主义", "事件")


def thing_head(c: Candidate) -> str:
    """The thing noun a person candidate runs into (right after it, or the span's own end: "陈再道案"), or ""."""
    if c.type != "person":
        return ""
    f = c.sentence.folded
    after = next((h for h in _THING_HEADS if f.startswith(h, c.end)), "")
    if after:
        return after
    text = f[c.start:c.end]
    return next((h for h in _THING_HEADS if text.endswith(h) and len(text) > len(h) + 1), "")


def in_title(c: Candidate) -> str:
    """The title in 《》 a person or organisation candidate is printed inside ("岳忠武王文集" for 岳忠武王), or ""."""
    if c.type not in ("person", "org"):
        return ""
    f = c.sentence.folded
    opened = f.rfind("《", 0, c.start + 1)
    if opened < 0 or f.rfind("》", 0, c.start) > opened:
        return ""
    closed = f.find("》", c.end)
    return f[opened + 1:closed] if closed >= 0 and "《" not in f[c.end:closed] else ""


def not_things(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` without the person candidates of a who-question that name a thing the question does not ask of, and
    without its person and organisation candidates printed inside a title the question does not print."""
    if info.qtype != "who":
        return list(kept)
    return [c for c in kept if (not (head := thing_head(c)) or head in info.text)
            and (not (title := in_title(c)) or title in info.text)]
