"""The date of a page, and days in its text read against it.

A page says its date in a trailer ("《人民日报》（2021年03月02日 04版）"), a date line ("2021年3月2日 星期二") or a
dateline with a year; a file name may say it ("rmrb_20210302_04.txt", "2021-03-02/p4.txt"). Articles carry
it as ISO "YYYY-MM-DD"; a page with no date has "" and nothing is said about one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .lexicon import PAPER_CODES
from .normalize import fold

_FULL = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_NAME_DATES = [
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-_.年/](?P<m>\d{1,2})[-_.月/](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
]


def iso_date(y: int | str, m: int | str, d: int | str) -> str:
    """"2021", "3", "2" → "2021-03-02"; "" when that is no real date."""
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return ""


def iso_of(text: str) -> str:
    """A date as a jsonl record or a page gives it ("2021-03-02", "2021/3/2", "2021年3月2日", "20210302") →
    ISO "2021-03-02"; text that is no date is kept as given (never lost), "" stays ""."""
    text = text.strip()
    m = _FULL.search(fold(text))
    if m:
        return iso_date(m["y"], m["m"], m["d"]) or text
    for rx in _NAME_DATES:
        m = rx.fullmatch(text)
        if m:
            return iso_date(m["y"], m["m"], m["d"]) or text
    return text


def date_in_name(name: str) -> str:
    """The date a file or folder name says ("rmrb_20210302_04.txt", "2021-03-02/p4.txt"), or ""."""
    for part in reversed(re.split(r"[\\/]", name)):
        for rx in _NAME_DATES:
            for m in rx.finditer(part):
                found = iso_date(m["y"], m["m"], m["d"])
                if found:
                    return found
    return ""


def source_in_name(name: str) -> str:
    """The paper a file name's code names ("rmrb_20210302_04.txt" → 人民日报; lexicon.PAPER_CODES), or ""."""
    base = re.split(r"[\\/]", name)[-1].lower()
    # A code may end in digits of its own ("am1320_20230721.txt", a radio station named for its frequency): the
    # whole first field is tried before the letters ahead of its first digit ("rmrb20210302.txt").
    whole = re.split(r"[_\-.]", base, maxsplit=1)[0]
    code = re.split(r"[_\-.\d]", base, maxsplit=1)[0]
    return PAPER_CODES.get(whole) or PAPER_CODES.get(code, "")


def date_in_text(text: str) -> str:
    """The first full date (with a year) the text prints in a dateline or date line, or ""."""
    m = _FULL.search(fold(text))
    return iso_date(m["y"], m["m"], m["d"]) if m else ""


def chinese_date(iso: str) -> str:
    """"2021-03-02" → "2021年3月2日"."""
    try:
        d = dt.date.fromisoformat(iso)
    except ValueError:
        return ""
    return f"{d.year}年{d.month}月{d.day}日"


@dataclass(frozen=True)
class ResolvedDay:
    """A day written without its month or year, read against the page date.

    text: as an answer shows it ("（6月）11日下午": what the page omitted in brackets); date: the full ISO date."""

    text: str
    date: str


_DAY_RX = re.compile(r"(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})(?:-\d{1,2})?日")  # "7月21-22日": days
_MONTH_DAY_RX = re.compile(r"(?P<rel>[本上下次当同])月(?P<d>\d{1,2})[日号]")
_MONTHS_AWAY = {"本": 0, "当": 0, "同": 0, "上": -1, "下": 1, "次": 1}
_BRACKETED_DAY = re.compile(r"^\s?[(（]\d{1,2}日[)）]")
_RELATIVE = {"前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "当天": 0, "明天": 1, "明日": 1, "后天": 2}


def resolve_day(text: str, page_date: str) -> ResolvedDay | None:
    """"11日下午" on a page dated 2025-06-12 → ResolvedDay("（6月）11日下午", "2025-06-11").

    A day alone is in the page's month, or the month before when it is later than the page's day (news tells
    what happened); a month and day without a year take the page's year, or the year before when that would
    be more than a month after the page. 昨天/今天/前天/明天 count from the page date, 上月/本月/下月 from its
    month ("下月20日" → "下月20日（6月20日）" on a page of May). None when `text` has no
    day, already has its year, or the page has no date."""
    try:
        page = dt.date.fromisoformat(page_date)
    except (TypeError, ValueError):
        return None
    for word, delta in _RELATIVE.items():
        i = text.find(word)
        if i >= 0:
            day = page + dt.timedelta(days=delta)
            # (the day the page glosses in brackets, "今日(7日)", is replaced by the full one, not repeated)
            rest = _BRACKETED_DAY.sub("", text[i + len(word):], count=1)
            shown = text[:i] + f"{word}（{day.month}月{day.day}日）" + rest
            return ResolvedDay(shown, day.isoformat())
    m = _MONTH_DAY_RX.search(text)
    if m:  # "下月20日": a day of the month named relative to the page's
        month = page.month - 1 + _MONTHS_AWAY[m["rel"]]
        try:
            day = dt.date(page.year + month // 12, month % 12 + 1, int(m["d"]))
        except ValueError:
            return None
        return ResolvedDay(text[:m.end()] + f"（{day.month}月{day.day}日）" + text[m.end():], day.isoformat())
    m = _DAY_RX.search(text)
    if not m or m["y"]:
        return None
    d = int(m["d"])
    if m["m"]:
        month = int(m["m"])
        try:
            day = dt.date(page.year, month, d)
        except ValueError:
            return None
        if day > page + dt.timedelta(days=31):
            try:
                day = dt.date(page.year - 1, month, d)
            except ValueError:
                return None
        return ResolvedDay(text[:m.start()] + f"（{day.year}年）" + text[m.start():], day.isoformat())
    year, month = page.year, page.month
    if d > page.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        day = dt.date(year, month, d)
    except ValueError:
        return None
    return ResolvedDay(text[:m.start()] + f"（{month}月）" + text[m.start():], day.isoformat())
