"""Sub-heads and interview turns: a numbered or marked section head, a speaker's turn ("记者:", "王某:")."""

from __future__ import annotations

import re

from ..lexicon import INTERVIEWERS, NOT_SPEAKERS, SECTION_WORDS, SURNAMES
from ..types import Byline
from .common import HAN, fold_line

_SECTION_MARK = re.compile(r"^(?:[■□▲△●○◆◇★☆▶►▌▍|]\s*|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]"
                           r"|第[一二三四五六七八九十]+[部章节](?=\s)|\d{1,2}[.、．]\s*(?=[^\d])"
                           # "§3 会计数据", "2.1 基本情况简介", "(1)报告期总体经营情况": a report's numbered parts
                           r"|§\s*\d{1,2}|\d{1,2}(?:\.\d{1,2})+\s+(?=\D)|[(（]\d{1,2}[)）](?=\D)"
                           # "01 “腾冲科学大奖”首颁" (保山日报's ten news of the year): a list's items numbered with a
                           # leading zero, a space before the item's title
                           r"|0[1-9]\s+(?=[^\d\s])"
                           # "表1 重点监测的畜禽产品价格及变化幅度": a table's number and title over its rows
                           r"|表\s*\d{1,2}\s+(?=\D))")


def section_marked(line: str) -> bool:
    """A sub-head by its mark ("一、…", "■ …", "（二）…", "1. …") or its word ("编者按", "记者手记")."""
    line = line.strip()
    if line.endswith((";", "；")):
        return False  # "1、曾受劳动教养或刑罚处罚的人员;": an item of a list the semicolon runs on, no head
    # "編按：" on a line of its own (青年日報), the note under it: the word and its colon
    return _SECTION_MARK.match(line) is not None or (len(line) <= 6 and fold_line(line).rstrip(":：") in SECTION_WORDS)


_SPEAKER = re.compile(rf"^(?P<who>[{HAN}·A-Za-z]{{1,10}}?)\s*[:：]\s*(?=\S)")


def speaker(text: str) -> str:
    """The speaker of an interview turn ("记者：…" → "记者", "王某：…" → "王某"), or ""."""
    m = _SPEAKER.match(text.strip())
    if not m:
        return ""
    who = m.group("who")
    f = fold_line(who)
    if f in INTERVIEWERS or f.endswith("记者") or reporter_turn(text) is not None:
        return who
    if any(w in f for w in NOT_SPEAKERS) or f in SECTION_WORDS:
        return ""  # "编者按:笔尖记录时代,…" (黔西南日报): the editor's note, no one's turn of an interview
    return who if 2 <= len(who) <= 8 else ""


_LONE_LABEL = re.compile(rf"[{HAN}·]{{2,10}}[:：]")


def lone_turns(rows: list[str]) -> tuple[dict[int, str], set[int]]:
    """A live text's turns whose speaker stands on a line of his own over his words (`萬季飛:` / `大家可以看到,…`,
    中国网's transcript): the label rows (1-based) with the words joined on, and the rows absorbed. Only on a page
    with two such labels or more — one lone "X:" over a line is a field or a heading."""
    n = len(rows)
    labels = [i for i in range(1, n) if _LONE_LABEL.fullmatch(rows[i - 1].strip())
              and fold_line(rows[i - 1].strip()).rstrip(":：") not in SECTION_WORDS
              and rows[i].strip() and not _LONE_LABEL.fullmatch(rows[i].strip())
              and not _titled(rows, i)
              and speaker(rows[i - 1].strip() + rows[i].strip())]
    if len(labels) < 2:
        return {}, set()
    return {i: rows[i - 1].strip() + rows[i].strip() for i in labels}, {i + 1 for i in labels}


def _titled(rows: list[str], i: int) -> bool:
    """Whether row i (0-based, under a lone "X:") is a title over a paragraph: a short line with no clause or
    sentence mark, a longer paragraph right under it (`澳新网:` / `各州状况报告  新州第一` / its report, 澳微帮's
    digest) — the label names where the item is from; a speaker's words are no title over a paragraph."""
    words, after = rows[i].strip(), (rows[i + 1].strip() if i + 1 < len(rows) else "")
    return (len(words) <= 30 and not re.search(r"[。，,；;！？!?…]", words)
            and len(after) >= 2 * len(words) and re.search(r"[。！？!?]", after) is not None)


_SOURCE_LABEL = re.compile(rf"[{HAN}A-Za-z·]{{2,12}}[:：]")


def source_labels(rows: list[str]) -> set[int]:
    """The rows (1-based) of a digest's source labels: an outlet's name and a colon on a line of its own over each
    item's title (`ABC澳广:` / `大悉尼委员会公布“三城”计划` / its report; 澳微帮's `澳洲今日头条`) — where each item
    is from, no speaker. Only on a page with two or more: one lone "X:" over a line is a field or a heading."""
    found = {i for i in range(1, len(rows)) if _SOURCE_LABEL.fullmatch(rows[i - 1].strip())
             and fold_line(rows[i - 1].strip()).rstrip(":：") not in SECTION_WORDS and _titled(rows, i)}
    return found if len(found) >= 2 else set()


_REPORTER_TURN = re.compile(rf"^(?P<who>[{HAN}]{{0,6}}记者(?P<name>[{HAN}]{{2,3}}))\s*[:：]\s*(?=\S)")


def reporter_turn(text: str) -> Byline | None:
    """A named reporter speaking on air ("总台央视记者张丛婧:两会新闻中心已经…", a TV transcript's stand-up): the
    reporter, as the report's byline; None for any other line."""
    m = _REPORTER_TURN.match(fold_line(text.strip()))
    if m is None or m["name"][0] not in SURNAMES:
        return None
    t = text.strip()
    return Byline(text=t[:m.end("who")], reporters=(t[m.start("name"):m.end("name")],))
