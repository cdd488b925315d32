"""What a retrieved sentence refers to but does not print, read back in for reranking:

- a sentence that opens with 他/她 names its subject in a sentence before ("…大使欧阳玉靖则形容,…" then "他今日拜访
  马新社"): the first person named in the nearest sentence before it that names one;
- a day told relative to the page's date (今日, 昨天, 前天) is that date ("他今日拜访马新社" on a page of 8 April
  answers "8日拜访了哪个机构").

News writes both all the time; a question asks with the name and the date, so the sentence that tells the answer
holds neither."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..dates import resolve_day
from ..types import Sentence
from .spans import Span

PRONOUN_OPENS = re.compile(r"^[“\"「]?(?:他|她)(?![们們人])")  # he, she; not 他们 (a group), 他人 (others)
_ASKED_DAY = re.compile(r"\d{1,2}[日号]")
_RELATIVE_DAY = re.compile(r"前天|昨天|昨日|今天|今日|明天|明日|后天")  # (not 当天: the day the text told)
_BACK = 3  # sentences read back for the person a pronoun stands for


def antecedent(sentences: Sequence[Sentence], at: int, typed: Callable[[Sentence], Sequence[Span]]) -> str:
    """The person a sentence opening with 他/她 (sentences[at]) stands for: the first person named in the nearest
    of the few body sentences before it (in its article) that names one; "" when the sentence opens otherwise
    or none is found."""
    s = sentences[at]
    if s.kind != "body" or not PRONOUN_OPENS.match(s.folded):
        return ""
    found = person_before(sentences, at, typed)
    return found[0].folded[found[1].start:found[1].end] if found is not None else ""


def person_before(sentences: Sequence[Sentence], at: int, typed: Callable[[Sentence], Sequence[Span]]
                  ) -> tuple[Sentence, Span] | None:
    """The person a 他/她 in sentences[at] stands for: the first person named in the nearest of the few body
    sentences before it that names one (its subject, most often), with that sentence; None when none does."""
    for x in reversed(sentences[max(0, at - _BACK):at]):
        if x.kind != "body":
            continue
        people = [sp for sp in typed(x) if sp.type == "person"]
        if people:
            return x, min(people, key=lambda sp: (sp.start, -sp.end))
    return None


def asks_day(question: str) -> bool:
    """The question asks with a day of the month ("4月8日"): without one, `relative_day` is "" for any sentence."""
    return _ASKED_DAY.search(question) is not None


def relative_day(folded: str, question: str, page_date: str) -> str:
    """The date a relative day in the sentence stands for, as a question writes it ("4月8日"), when the
    question asks with a day of the month; "" otherwise."""
    if not page_date or not asks_day(question) or not _RELATIVE_DAY.search(folded):
        return ""  # (an absolute day, "11日", is printed already)
    day = resolve_day(folded, page_date)
    if day is None:
        return ""
    _, month, dd = day.date.split("-")
    return f"{int(month)}月{int(dd)}日"


# "这名年轻的时政记者", "这位老党员", "该名男子": a person pointed back to by what the text called him before
DESCRIBED = re.compile(r"(?:这|那|该)(?:名|位)(?:[\u4e00-\u9fff]{1,6}的)?([\u4e00-\u9fff]{2,6})")
_POST_MOST = 4  # characters printed before a name looked for in the description (时政记者, 记者)
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def described_person(sentences: Sequence[Sentence], at: int, typed: Callable[[Sentence], Sequence[Span]]) -> str:
    """The person "这名…记者" in sentences[at] stands for: the one a body sentence a few before it names right
    after the same words ("…要闻中心时政记者莫昌伟。" … "这是这名年轻的时政记者工作六年来的经验心得"); "" when
    the sentence points back to no one so named."""
    s = sentences[at]
    m = DESCRIBED.search(s.folded) if s.kind == "body" else None
    if m is None:
        return ""
    words = m.group(1)
    for x in reversed(sentences[max(0, at - _BACK):at]):
        if x.kind != "body":
            continue
        for sp in sorted((sp for sp in typed(x) if sp.type == "person"), key=lambda sp: -sp.start):
            before = x.folded[max(0, sp.start - _POST_MOST):sp.start]
            # the words printed right before the name (时政记者, 记者) are in the description
            if any(before[-k:] in words for k in range(_POST_MOST, 1, -1) if len(before) >= k
                   and _HAN.fullmatch(before[-k:])):
                return x.folded[sp.start:sp.end]
    return ""
