"""Files → decoded text → Articles (headline, sub-headline, byline, body, photo credit, continuation marks).

Newspaper pages arrive as plain text: one paragraph per line, headlines and bylines on lines of their own,
paragraphs broken mid-sentence by the page's columns, "(下转2版)" marks. This module undoes the layout;
`split` then cuts sentences. A file that cannot be read is reported (path and reason) and skipped.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from .dates import date_in_name, date_in_text, iso_of, source_in_name
from .layout.bylines import parse_byline, trailing_credit
from .layout.datelines import (
    after_dateline,
    bracket_writers,
    dateline_credit,
    end_dateline,
    inline_byline,
    parse_dateline,
    signature_writer,
    trailing_signature,
    trailing_tip,
)
from .layout.furniture import CAPTION_START, Furniture, continuation_marks, date_prefix, furniture, strip_trailer
from .layout.turns import reporter_turn, section_marked, speaker
from .lexicon import BYLINE_ROLE_RE, CLOSERS, SECTION_WORDS, SENTENCE_END, SURNAMES
from .normalize import fold
from .read import LoadError, Scan, decode, decode_jsonl, read_bytes, scan, scrub, show_path
from .split import SentenceTable, split_columns
from .types import Article, Byline, Corpus, Dateline, Paragraph

__all__ = ["LoadError", "Parsed", "corpus_signature", "decode", "load_corpus", "load_file", "load_parsed",
           "parse_byline", "parse_page", "scan_files", "stitch"]

# ---------------------------------------------------------------- files and encodings (read.py)

def scan_files(paths: Iterable[Path], extensions: Iterable[str]) -> list[Path]:
    """Every corpus file under `paths` (folders recursively), sorted, hidden files skipped."""
    return sorted(f for f, _ in scan(paths, extensions).files)


def corpus_signature(paths: Iterable[Path], extensions: Iterable[str]) -> tuple:
    """Every corpus file with its stat (`_stat`: size, mtime, inode, ctime). Two signatures differ after any
    write, rename or delete: the ctime changes on every write, even one that keeps the size and puts the old
    mtime back (`cp -p`, a same-size rewrite followed by a touch), and an atomic replace brings a new inode."""
    return tuple((str(f), _stat(f) or (-1, -1, -1, -1)) for f in scan_files(paths, extensions))  # -1: gone


# ---------------------------------------------------------------- page layout

_TERMINAL = SENTENCE_END
_CLOSERS = CLOSERS
_INNER_PUNCT = re.compile(r"[。，,；;：:、]")
_HEAD_DATE_BYLINE = re.compile(
    r"^(?P<head>\S.{1,80}?)\s+(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\s*[|｜]\s*(?P<by>\S.{0,30})$")
# "南洋梦事·南洋印记/心然": a column's title and its writer on one line (南洋商报's 商余).
_HEAD_SLASH_AUTHOR = re.compile(r"^(?P<head>[^/／。！？!?,，]{4,40}?)\s*[/／]\s*(?P<by>[\u4e00-\u9fff]{2,3})$")
_NOT_WRITER_END = "文图摄影讯频播报版"  # "…/组图", "…/视频", "…/快讯": what the item is, not who wrote it
# A caption's end: its source in brackets ("(资料图片)", "(港台圖片)", "（网络截图）").
_CAPTION_END = re.compile(r"\((?:[^()]{0,8})(?:截图|图片|照片|资料图|供图|翻拍|示意图)\)$")
# A group photo's caption without a credit ("一九五九年大同报社编辑部和印刷厂工作人员合影"): text, never a headline.
_GROUP_PHOTO = re.compile(r"(?:合影|合影留念|留影|合照)[。.]?$")
_MARKED_NAME = re.compile(r"^[□◎○☉⊙]\s*([\u4e00-\u9fff]{2,3})$")
# "■封盛" right under the headline: a sub-head's mark before a bare name is the writer's (浙江工人日报)
_HEAD_MARKED_NAME = re.compile(r"^[■●▲◆]\s*([\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,3})$")
# "王 平", "□陈慧", "(杨传立)": a writer's name on a line of its own under the text
_NAME_LINE = re.compile(r"^(?:[□◎○●■☉⊙—\-]+\s*)?(?:([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff] [\u4e00-\u9fff])"
                        r"|[(（]\s*([\u4e00-\u9fff]{2,3})\s*[)）])$")
# "作者:刘孝文   来源:    发布日期:2011-12-27" (a site's field line): the author's field, then the site's others.
_META_AUTHOR = re.compile(r"(?<![\u4e00-\u9fff])作者\s*:\s*"
                          r"([\u4e00-\u9fff·]{2,4}(?:[ 、，,][\u4e00-\u9fff·]{2,4}){0,3})"
                          r"\s*(?:$|\s(?=\s*(?:来源|发布日期|发布时间|日期|时间|点击次数|点击|浏览次数|阅读)\s*:))")
_ORIGINAL_TITLE = re.compile(r"^原标题\s*[:：]\s*(\S.{3,80})$")
# A labelled field of an item ("时间:3月6日上午", "地点:胜利南路天桥下", 信阳晚报's 街拍): when and where, as text.
_FIELD = re.compile(r"^(?:时间|地点|日期|地址)\s*[:：]\s*\S")
# A brief's mark: "■9 月 14 日, 中铁一局…。 (眭国云 陈思羽 刘占军)" — a column of briefs, each with its writers.
_BRIEF = re.compile(r"^[■●◆▲]\s*\S")


_END_MARK = re.compile(r"[(（]\s*(?:完|全文完|待续|未完待续)\s*[)）]\s*$")  # "（完）" closes an article's text


def _ends_sentence(text: str) -> bool:
    t = text.rstrip(_CLOSERS + " ")
    return bool(t) and (t[-1] in _TERMINAL or text.rstrip()[-1:] in "”」』" or _END_MARK.search(text) is not None
                        or t.endswith("...") or _CAPTION_END.search(fold(text.rstrip()[-16:])) is not None)


_SCORE_ROW = re.compile(r"[\u4e00-\u9fffA-Za-z·]{2,12}\s+\d{1,3}\s*(?:[:：]|比)\s*\d{1,3}"
                        r"(?:\s*[(（][^()（）]{1,12}[)）])?\s+[\u4e00-\u9fffA-Za-z·]{2,12}")
_RANK_ROW = re.compile(r"\d{1,2}\s*[.、．]\s*[\u4e00-\u9fffA-Za-z·]{2,12}\s+[-+]?\d[\d.,]*\s*(?:[\u4e00-\u9fff]|%)?")


def _data_row(text: str) -> bool:
    """A row of a table of figures ("富時綜指 1537.01 (-10.98)", "1美元兌馬幣 4.7545", "成交量 42億6639萬7900股"): a
    short label, then a column starting with a figure; mostly digits, no sentence. Neither a headline nor a
    paragraph to glue to the next row."""
    t = text.strip()
    if len(t) <= 40 and (_SCORE_ROW.fullmatch(t) or _RANK_ROW.fullmatch(t)):
        return True  # "山东泰山 2:0 北京国安", "1.上海海港 22分": a results table or a standings table
    tokens = t.split()
    if len(t) > 40 or len(tokens) < 2 or tokens[1][0] not in "0123456789-+(" or re.search(r"[。！？，,；;、：]", t):
        return False
    return sum(c.isdigit() for c in t) * 10 >= len("".join(tokens)) * 3 and re.search(r"\d\.\d|\d{3}", t) is not None


def _headline_like(text: str) -> bool:
    """Short, unpunctuated inside: a headline, sub-headline or sub-head. Also "——…" (a sub-headline may have
    commas) and "特寫:港式記者陣 街坊均好奇" (a label and a colon, no sentence punctuation)."""
    if not 2 <= len(text) <= 80 or text.endswith("。") or not re.search(r"\w", text):
        return False  # "……" on a line of its own (an omission in the text) is no heading
    if text.startswith("——"):
        return "。" not in text
    if text[:1] in "“「" and text[-1:] in "”」" and text[-2:-1] in "。！？!?…":
        return False  # a quoted sentence on a line of its own
    inner = _INNER_PUNCT.findall(re.sub(r"(?<=\d),(?=\d{3})", "", text))  # "市值近3,200百萬": a figure's comma
    if inner and len(text) <= 30 and inner.count("、") == 1 and len(inner) <= 2 and all(p in "、:：" for p in inner) \
            and (" " in text.strip() or len(inner) == 2):
        # "大紀元真實報導 訪民、維權者作為心理支持", "疫情冲击下:市场冷清、生意难做!": a short heading in two parts
        # (a space or a colon between them), a list of two inside one part
        return True
    return not inner or (len(inner) == 1 and inner[0] in ":：" and len(text) <= 50
                         and text.rstrip()[-1:] not in "？?！!:：")


@dataclass
class _Line:
    """A printed line, classified: head (headline-like), byline, credit, body."""

    offset: int
    text: str
    cls: str
    byline: Byline | None = None
    marks: list[str] = field(default_factory=list)
    page: str = ""  # the page label in force here
    lineno: int = 0
    dateline: Dateline | None = None  # a line that is only a dateline with its reporters ("記者X／台北報導")
    before_date: bool = False  # a date line follows it: a page title, when a headline follows too
    before_source: bool = False  # a "来源:X" line follows it directly, whatever its class


@dataclass
class _Page:
    """What the page's furniture said about the page."""

    source: str = ""
    date: str = ""
    page: str = ""
    items: set[int] = field(default_factory=set)  # line numbers under a column label: each starts an item


@dataclass
class _Draft:
    """An article being assembled while walking down the page."""

    headline: str = ""
    sub: list[str] = field(default_factory=list)
    byline: Byline | None = None
    credit: Byline | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)
    ended: bool = False
    warnings: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    page: str = ""

    bodies: int = 0  # body paragraphs so far (asked about on every line)
    captions: int = 0  # how many of the first paragraphs are captions (never joined to the text under them)

    def has_body(self) -> bool:
        return self.bodies > 0

    def add(self, kind: str, text: str, offset: int, speaker: str = "", line: int = 0) -> None:
        self.paragraphs.append(Paragraph(len(self.paragraphs), kind, text, offset, speaker, line))
        self.bodies += kind == "body"

    def join_last_body(self, text: str) -> bool:
        """Rejoin a paragraph the page's columns broke mid-sentence; True when joined."""
        if (not self.paragraphs or self.paragraphs[-1].kind != "body" or _ends_sentence(self.paragraphs[-1].text)
                or self.paragraphs[-1].index < self.captions):
            return False
        if (self.paragraphs[-1].text.rstrip()[-1:] in ":：" or speaker(text) or parse_byline(self.paragraphs[-1].text)
                or _SUMMARY_MARK.match(text)  # "▲2007年,…": a marked caption or point starts a paragraph
                or _CIRCLED.match(self.paragraphs[-1].text) or _CIRCLED.match(text)  # "①…": a numbered caption
                or parse_dateline(text) is not None or _data_row(text) or _data_row(self.paragraphs[-1].text)
                or _FIELD.match(text) or _FIELD.match(self.paragraphs[-1].text)):  # "时间:…" / "地点:…"
            return False  # after a colon; an interview's next turn; a dateline; a field: paragraphs of their own
        last = self.paragraphs[-1]
        sep = " " if last.text[-1:].isascii() and text[:1].isascii() and last.text[-1:].isalnum() else ""
        self.paragraphs[-1] = replace(last, text=last.text + sep + text)
        return True


def _classify(text: str) -> tuple[list[_Line], _Page]:
    """The page's lines without furniture (which fills in the _Page), classified, credits split over two
    lines put together."""
    page = _Page()
    label = ""
    lines: list[_Line] = []
    lines_since_label = 1
    blank_run = 0
    pos = 0
    prev_raw = ""  # the previous non-blank line as printed, furniture or not
    columns = _column_labels(text)
    for lineno, raw in enumerate(text.split("\n"), 1):
        offset = pos + (len(raw) - len(raw.lstrip()))
        pos += len(raw) + 1
        line = raw.strip().replace("\u3000", " ").strip()
        if not line:
            blank_run += 1
            continue
        blank_run_now, blank_run = blank_run, 0
        before, prev_raw = prev_raw, line
        if line in columns:  # "瞰体坛" over each item of a digest: the column's label, and a new item under it
            page.items.add(next((n for n, r in enumerate(text.split("\n")[lineno:], lineno + 1) if r.strip()), 0))
            continue
        marks, line = continuation_marks(line)
        if (len(line) > 40 and re.search(r"(?<!\.)\.\.\.$|⋯$", line) and lines
                and lines[-1].cls in ("head", "byline")):
            # A listing's teaser right under its headline or byline, cut by the site ("…讓...", "…築牢⋯"): its item
            # ends here (a paragraph further down an article that trails off in "..." does not end it)
            marks.append("完")
        if line.endswith("pagebreak"):  # a scraper's page break glued to the line: the article ends here
            line = line[:-len("pagebreak")].rstrip()
            marks.append("完")
        line, furn = strip_trailer(line)
        m = _ORIGINAL_TITLE.match(line) if not lines else None
        if m:  # "原标题:沙场鼓角鸣 …" opening a repost: the title the paper printed
            offset += m.start(1)
            line = m.group(1)
        if furn is None and line:
            furn = furniture(line)
        elif furn is not None:  # a trailer printed after the article's last words: keep the words
            _note(page, furn)
            furn = None
        if furn is None and not lines and _TAG_LINE.fullmatch(line):
            furn = Furniture("label")  # "反修例運動一年 深度 國家安全法 香港" (端傳媒): the site's topic tags
        if (furn is None and re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:新闻|新聞)", line)
                and re.fullmatch(r"[A-Za-z]?\d{1,3}", before)):
            furn = Furniture("label")  # "02" / "法国新闻" (法国侨报): the page's number, then its section's name
        day, dated = date_prefix(line)
        offset += len(line) - len(dated)  # "[2001-07-28] 田聰明一行訪本報": the headline starts after the date
        line = dated
        page.date = page.date or day
        if furn is not None and furn.kind == "header":
            # A disclosure's codes over its title: never the headline, kept (searchable) with the article under it.
            lines.append(_Line(offset, line, "header", None, marks, label, lineno))
            continue
        if furn is not None and furn.kind == "staff":
            # Who planned or edited the story: kept with the article (searchable), never as its byline.
            lines.append(_Line(offset, line, "staff", None, marks, label, lineno))
            continue
        if furn is not None:
            # A run of labels is the paper's list of pages: the first is this page's.
            if furn.kind == "label" and furn.page and not (lines_since_label == 0 and label):
                label = furn.page
            lines_since_label = 0 if furn.kind == "label" else lines_since_label
            _note(page, furn)
            au = _META_AUTHOR.search(fold(line)) if furn.kind in ("dateline", "disclaimer", "meta") else None
            if au and lines and lines[-1].cls == "head":
                # "2023-05-08 来源：科技日报 作者：张三" under the headline: the article's author all the same
                names = tuple(re.split(r"[ 、，,]+", line[au.start(1):au.end(1)]))
                if all(fold(n)[:1] in SURNAMES for n in names):
                    lines.append(_Line(offset + au.start(), line[au.start():au.end(1)], "byline",
                                       Byline(text=line[au.start():au.end(1)], reporters=names), [], label, lineno))
            if furn.kind in ("note", "separator") and lines:  # "（完）", "-": the article ends here
                lines[-1].marks.append("完")
            if (furn.kind in ("dateline", "label") and lines and lines[-1].cls == "head"
                    and lines[-1].lineno == lineno - 1 - blank_run_now):
                lines[-1].before_date = True
            if (furn.kind in ("dateline", "disclaimer", "meta") and lines
                    and lines[-1].lineno == lineno - 1 - blank_run_now and furn.source):
                lines[-1].before_source = True
            line = ""
        if not line:  # a line holding only "(下转2版)" or furniture
            if lines:
                lines[-1].marks.extend(marks)
            continue
        lines_since_label += 1
        prev = lines[-1] if lines else None
        m = _HEAD_REPORTER.match(line)
        if (m and not re.search("[。；;]", m.group(1)) and parse_byline(m.group(1)) is None
                and (hd := parse_dateline(m.group(2))) is not None and hd.reporters):
            # "轟中央救災失能 民進黨嗆問黃主席:除了指責,為花蓮付出什麼? 【記者施智齡/台北報導】民眾黨…" (知新聞): a
            # listing's headline, commas and all, run into its report's bracketed reporter and place
            lines.append(_Line(offset, m.group(1), "head", None, [], label, lineno))
            offset += m.start(2)
            line = m.group(2)
            prev = lines[-1]
        m = _HEAD_WRITER_DATE.match(line)
        if m and fold(m.group(2))[0] in SURNAMES and not re.search("[。；;]", m.group(1)):
            lines.append(_Line(offset, m.group(1), "head", None, [], label, lineno))
            who = Byline(text=m.group(2), reporters=(m.group(2),))
            lines.append(_Line(offset + m.start(2), m.group(2), "byline", who, [], label, lineno))
            page.date = page.date or iso_of(m.group(3))
            offset += m.start(4)
            line = m.group(4)
            prev = lines[-1]
        m = _HEAD_BRACKET_BYLINE.match(line)
        if (m and _headline_like(m.group(1)) and parse_dateline(m.group(1)) is None
                and not re.search("[讯訊电電]$", m.group(1))  # "本报讯 (记者…)": the dateline, not a headline
                and (hb := parse_byline(m.group(2))) is not None and hb.reporters
                and not hb.photographers):
            # "参加法国总统竞选的 (本报记者 李楠 张茜茜)3 月 11 日,…" (法国侨报's e-paper text): the headline's
            # first words, then the bracketed byline opening the report
            lines.append(_Line(offset, m.group(1), "head", None, [], label, lineno))
            lines.append(_Line(offset + m.start(2), m.group(2), "byline", hb, [], label, lineno))
            offset += m.start(3)
            line = m.group(3)
            prev = lines[-1]
        m = _HEAD_DATELINE.match(line)
        if m and _headline_like(m.group(1)) and parse_byline(m.group(1)) is None and parse_dateline(m.group(2)):
            # "電訊不被歸責 【本報訊】電訊管理局…" (正報): a headline run into its report's bracketed dateline
            lines.append(_Line(offset, m.group(1), "head", None, [], label, lineno))
            offset += m.start(2)
            line = m.group(2)
            prev = lines[-1]
        if (re.fullmatch(r"[\u4e00-\u9fff]", line) and line not in "摄图文" and prev is not None
                and prev.cls == "body" and re.search("[。！？!?”」…]$", prev.text)):
            # "东" / "南" over each report of a group (解放军报): a mark of one character, no text of its own
            if lines:
                lines[-1].marks.extend(marks)
            continue
        # A credit split over two lines: "新华社记者 王某" / "摄", "（新华社记者" / "王某 摄）".
        if prev is not None and not prev.marks and prev.cls in ("byline", "head", "open"):
            joined = prev.text + ("" if fold(line).strip() in ("摄", "摄)", "摄影") else " ") + line
            b = parse_byline(joined)
            if b is not None and b.photographers and (prev.cls == "open" or fold(line).strip().startswith("摄")):
                lines[-1] = _Line(prev.offset, joined, "credit", b, marks, label, prev.lineno)
                continue
        # A byline over two lines: "现代快报B1347号小记者、" / "金中河西分校小学部四(8)班 周吕曦楠".
        if prev is not None and prev.cls != "byline" and re.search(r"记者[、,，]?$", fold(prev.text[-4:])):
            m = re.search(r"(?:^|\s)([\u4e00-\u9fff]{2,4})$", line)
            if m:
                lines[-1] = _Line(prev.offset, prev.text + line, "byline", Byline(text=prev.text + line,
                                  reporters=(m.group(1),)), marks, label, prev.lineno)
                continue
        # "正观新闻·郑州晚报记者" / "董艳竹 张玉东/文 廖谦/图": an outlet's role over the names and their roles.
        if (prev is not None and prev.cls == "head" and not prev.marks and len(prev.text) <= 16
                and re.search(r"记者$", fold(prev.text)) and (b2 := parse_byline(line)) is not None and b2.names):
            lines[-1] = _Line(prev.offset, prev.text + line, "byline", replace(b2, text=prev.text + line), marks,
                              label, prev.lineno)
            continue
        m = _HEAD_DATE_BYLINE.match(line)
        if m and parse_byline(m.group("by")) is not None:
            # "标题 2024年03月13日|文:論盡採訪組": headline, date and byline on one line.
            page.date = page.date or date_in_text(m.group("date"))
            lines.append(_Line(offset, m.group("head"), "head", None, [], label, lineno))
            lines.append(_Line(offset + m.start("by"), m.group("by"), "byline", parse_byline(m.group("by")), marks,
                               label, lineno))
            continue
        m = _HEAD_SLASH_AUTHOR.match(line)
        if (m and not BYLINE_ROLE_RE.match(fold(m.group("by"))) and fold(m.group("by"))[-1] not in _NOT_WRITER_END
                and _headline_like(m.group("head")) and parse_byline(line) is None):  # not "■ 撰文/周荣"
            lines.append(_Line(offset, m.group("head"), "head", None, [], label, lineno))
            lines.append(_Line(offset + m.start("by"), m.group("by"), "byline",
                               Byline(text=m.group("by"), reporters=(m.group("by"),)), marks, label, lineno))
            continue
        m = _HEAD_MARKED_BYLINE.match(line)
        if (m and not re.search("[。！？!?]", m.group("head")) and (b3 := parse_byline(m.group("by"))) is not None
                and b3.names):
            # "擦亮…“金色名片” ——以习近平同志为核心的…纪实 □新华社记者孙少龙 丁小溪 王子铭" (an e-paper's list
            # of its page): headline, its sub-title and the marked byline on one line.
            head = m.group("head")
            sub = re.match(r"^(\S.{1,40}?) (——.{2,80})$", head)
            parts = [(0, sub.group(1)), (sub.start(2), sub.group(2))] if sub else [(0, head)]
            if all(_headline_like(t) for _, t in parts):
                for at, t in parts:
                    lines.append(_Line(offset + at, t, "head", None, [], label, lineno))
                lines.append(_Line(offset + m.start("by"), m.group("by"), "byline", b3, marks, label, lineno))
                continue
        m = re.match(r"^(\S.{1,40}?) (——.{2,80})$", line)
        if m and _headline_like(m.group(1)) and not re.search("[。！？]", line):
            # "这在党和国家历史上是第一次 ——记习近平…": headline and sub-title on one line.
            lines.append(_Line(offset, m.group(1), "head", None, [], label, lineno))
            lines.append(_Line(offset + m.start(2), m.group(2), "head", None, marks, label, lineno))
            continue
        tail = _HEAD_TAIL.match(line) if prev is not None and prev.cls == "head" and not marks else None
        if tail and _headline_like(tail.group(1)):
            # "效果如何?   20日凌晨5点多,…": the headline's last line run into the first paragraph.
            lines.append(_Line(offset, tail.group(1), "head", None, [], label, lineno))
            lines.append(_Line(offset + tail.start(2), tail.group(2), "body", None, marks, label, lineno))
            continue
        d_end = end_dateline(line) if prev is not None and prev.cls == "body" else None
        if d_end is not None:  # "(北京七日電)" under the text: the report's dateline, printed at its end
            lines.append(_Line(offset, line, "enddate", None, marks, label, lineno, d_end))
            continue
        b = parse_byline(line)
        if b is None and prev is not None:
            b = bracket_writers(line)  # "(周 健 刘星野 曹 莉)" on a line of its own: the writers
        if b is None and (li := _LEAD_IN_BYLINE.match(fold(line))):
            # "請看記者吳瓊採自第一條專線的報道——" (新华日报): the lead-in naming the reporter of the part under it
            b = parse_byline(line[li.start("by"):li.end("by")])
            b = replace(b, text=line) if b is not None and (b.reporters or b.correspondents) else None
        d = parse_dateline(line) if b is None else None
        starts_dated = d is not None
        if d is not None and d.reporters and not after_dateline(line, d):
            b = Byline(text=line, reporters=d.reporters)
        else:
            d = None
        if b is None and _MARKED_NAME.match(line):  # "☉張國財": an author's name under the headline
            b = Byline(text=line, reporters=(_MARKED_NAME.match(line).group(1),))  # type: ignore[union-attr]
        elif (b is None and prev is not None and prev.cls == "head" and (hm := _HEAD_MARKED_NAME.match(line))
              and all(fold(n)[0] in SURNAMES for n in hm.group(1).split())):
            b = Byline(text=line, reporters=tuple(hm.group(1).split()))  # "■张三 李四": the writers
        if b is not None:
            cls = "credit" if b.photographers and not b.reporters else "byline"
        elif _data_row(line) and section_marked(line):
            cls = "body"  # "1.上海海港 22分": a numbered row of a table, not a sub-head
        elif (section_marked(line) and len(line) <= 40 and not re.search("[。！？]", line)
              and trailing_credit(line) is None):  # "■原先完好的雕塑 杨建正 摄": a caption, not a sub-head
            cls = "head"
        elif (starts_dated or trailing_credit(line) is not None or _CAPTION_END.search(fold(line[-16:]))
              or _GROUP_PHOTO.search(line) or CAPTION_START.match(line)
              or _data_row(line)):  # a table's row of figures: text, never a headline
            cls = "body"  # a caption (with its credit: split when the article takes it)
        elif _FIELD.match(line):
            cls = "body"  # "时间:3月6日上午" / "地点:胜利南路天桥下" (a 街拍's fields): text, never a headline
        elif line.count("（") + line.count("(") > line.count("）") + line.count(")") and len(line) <= 20:
            cls = "open"
        else:
            cls = "head" if _headline_like(line) else "body"
        if (cls == "body" and d is None and prev is not None and prev.cls == "head"
                and line.startswith(prev.text + " ")):
            # "如果你去過他家必勝店! 《本報訊18/11/2020 下午2時》任何人…": a listing's teaser repeating its title,
            # then the report's dateline
            d = parse_dateline(line[len(prev.text):].lstrip())
        if cls == "body" and d is None and _BROKEN_AGENCY.match(line) and 1 < len(before) <= 12:
            # "大公報" / "訊】記者黃昱報道:…": a site broke "【大公報訊】" over two lines (the first one, a bare
            # paper name, went as furniture); the dateline is read from the two put back together.
            d = parse_dateline("【" + before.lstrip("【") + line)
        lines.append(_Line(offset, line, cls, b, marks, label, lineno, d))
    for i, ln in enumerate(lines):
        if ln.cls == "open":
            ln.cls = "head" if _headline_like(ln.text) else "body"
        # "①不少奉贤居民趁周末到…游玩" right under the headline (or the caption before it): a numbered photo
        # caption printed over the text (新民晚报), not a line of the headline nor a sub-head — those come
        # between paragraphs.
        if (ln.cls == "head" and i > 0 and _CIRCLED.match(ln.text)
                and (lines[i - 1].cls == "head" or _CIRCLED.match(lines[i - 1].text))):
            ln.cls = "body"
        # A slogan over the page's first headline ("即時資訊、特別報道、即時評論。"): not an article.
        if (i == 0 and ln.cls == "body" and len(ln.text) <= 20 and "、" in ln.text and "，" not in ln.text
                and i + 2 < len(lines) and lines[i + 1].cls == "head"
                and lines[i + 2].cls in ("byline", "body")):
            ln.cls = "slogan"
        # The page's first line, unfinished (no sentence end), over text: its headline, commas or not.
        if (i == 0 and ln.cls == "body" and len(ln.text) <= 50 and not re.search("[。！？!?；;]", ln.text)
                and len(lines) > 1 and not _data_row(ln.text) and not CAPTION_START.match(ln.text)):
            ln.cls = "head"
        # "…如何打赢新时代“思想战争”?" / "来源:观察者网": an online outlet's headline over its source line, a
        # question mark at its end.
        if (i == 0 and ln.cls == "body" and ln.before_source and len(ln.text) <= 50
                and not re.search("[。；;]", ln.text) and not re.search("[？?！!]", ln.text[:-1])):
            ln.cls = "head"
        # "撞到亚马逊…有莫大的影响。" / "来源:界面新闻": the deck, a sentence between the headline and its
        # source line.
        if (ln.cls == "body" and i == 1 and lines[0].cls == "head" and ln.before_source and len(ln.text) <= 80
                and len(re.findall("[。！？!?]", ln.text)) == 1 and ln.text[-1:] in "。！？!?"
                and parse_dateline(ln.text) is None and trailing_credit(ln.text) is None):
            ln.cls = "head"
        # "“这才是真正的河南!”" over the story's text: a quotation printed as the headline, its one ! or ? inside
        # the quotes, a longer paragraph under it.
        if (i == 0 and ln.cls == "body" and len(ln.text) <= 30 and _quoted(ln.text) and len(lines) > 1
                and lines[1].cls == "body" and len(lines[1].text) > len(ln.text)
                and len(re.findall("[。！？!?；;]", ln.text)) == 1 and ln.text[-2:-1] in "！？!?"):
            ln.cls = "head"
        # "“用电视机看电视怎么这么费劲?”" over the headline: a quotation printed as the kicker.
        if (i == 0 and ln.cls == "body" and len(ln.text) <= 30 and _quoted(ln.text) and len(lines) > 2
                and lines[1].cls == "head" and lines[2].cls != "head"):
            ln.cls = "head"
        # "挂灯笼、贴春联、…", "看起来神志不清,但…" between a headline and the dateline that opens the story:
        # its sub-headline, commas or not.
        if (ln.cls == "body" and 0 < i < len(lines) - 1 and lines[i - 1].cls == "head" and len(ln.text) <= 40
                and not re.search("[。！？!?；;]", ln.text) and parse_dateline(ln.text) is None
                and trailing_credit(ln.text) is None and lines[i + 1].cls == "body"
                and parse_dateline(lines[i + 1].text) is not None):
            ln.cls = "head"
        # "2023,那些难忘瞬间……" over a byline: a headline with a comma.
        if (ln.cls == "body" and len(ln.text) <= 30 and not ln.text.endswith("。") and i + 1 < len(lines)
                and lines[i + 1].cls == "byline" and (i == 0 or lines[i - 1].cls != "byline")
                and parse_dateline(ln.text) is None and not CAPTION_START.match(ln.text)):
            ln.cls = "head"
    return lines, page


# A headline's last line and the first paragraph on one line, three or more spaces apart; the headline's line may
# hold its parts one space apart ("全国第二批城市更新典型案例 其一为…项目   据《广西日报》消息…", 桂林日报).
_HEAD_TAIL = re.compile(r"^((?=[^\s，,。；;：:])(?:[^\s，,。；;：:]| (?! )){2,40}(?<! )) {3,}(\S.{20,})$")
# "请看记者X采自第一条专线的报道——": a line leading into a group's part, naming who reported it.
_LEAD_IN_BYLINE = re.compile(r"^(?:请看)?(?P<by>(?:本报)?(?:记者|通讯员)[\u4e00-\u9fff、 ]{2,24}?)"
                             r"(?:采自|发自|发回)[^。！？!?]{0,24}?报道\s*——$")
# A headline (and its sub-title) with its byline, marked, one space on: "标题 ——副题 □新华社记者王某 李某".
_HEAD_MARKED_BYLINE = re.compile(r"^(?P<head>\S.{1,120}?)\s+(?P<by>[□■●○◎]\s*\S.{2,40})$")
# A short headline and, one space on, its report opening with a bracketed dateline: "電訊不被歸責 【本報訊】…".
_HEAD_DATELINE = re.compile(r"^([^\s，,。；;：:【】()（）\[\]]{2,16})\s+"
                            r"([【〔\[(（][^】〕\])）]{1,20}[】〕\])）].{20,})$")
# A listing's headline (commas, colons, marks and all) and, one space on, its report opening with the reporters
# and place in brackets: "… 為花蓮付出什麼? 【記者施智齡/台北報導】民眾黨主席…".
_HEAD_REPORTER = re.compile(r"^(\S.{3,70}?)\s+"
                            r"([【〔\[]\s*(?:記者|记者)[^】〕\]]{2,30}(?:報導|报导|報道|报道)[】〕\]].{20,})$")
# Four or more short words with spaces between them and nothing else, opening the page: a site's topic tags.
_TAG_LINE = re.compile(r"[\u4e00-\u9fff]{2,8}(?: [\u4e00-\u9fff]{2,8}){3,}")
# "快讯! 柬埔寨境内再增2例确诊" (柬华日报's listing): a flash label glued to a headline — always an item's headline,
# never a sub-head, whatever its text starts with.
_FLASH = re.compile(r"^(?:快讯|突发|独家|最新)\s*[!！:：]")
# A reporter's page of a site, each item on one line: the headline, the reporter, the date, the lead ("澳防長稱西澳
# 沿海現中共間諜船 中方回應 宋子玉 2022-05-14 澳洲國防部長…", 看傳媒).
_HEAD_WRITER_DATE = re.compile(r"^(\S.{3,70}?)\s+([\u4e00-\u9fff]{2,3})\s+((?:19|20)\d{2}-\d{1,2}-\d{1,2})"
                               r"\s+(\S.{20,})$")
# The headline's first words and, one space on, a bracketed byline opening the report: "参加法国总统竞选的
# (本报记者 李楠 张茜茜)3 月 11 日,…".
_HEAD_BRACKET_BYLINE = re.compile(r"^([^\s，,。；;：:()（）]{2,20})\s+"
                                  r"([(（]\s*(?:本[报報])?(?:記者|记者)[^()（）]{2,20}[)）])\s*(\S.{20,})$")
# The second half of a bracketed dateline a site broke after the paper's name: "訊】記者黃昱報道:…".
_BROKEN_AGENCY = re.compile(r"^[專专]?[訊讯電电]】")


def _column_labels(text: str) -> set[str]:
    """Short lines a digest prints over each of its items ("瞰体坛", 工人日报): two to six characters without
    punctuation, on lines of their own at least twice, each time over a headline-like line."""
    rows = [r.strip() for r in text.split("\n") if r.strip()]
    seen: dict[str, int] = {}
    for k, r in enumerate(rows[:-1]):
        if re.fullmatch(r"[\u4e00-\u9fff]{2,6}", r) and rows[k + 1] != r and _headline_like(rows[k + 1]) \
                and len(rows[k + 1]) <= 30:
            seen[r] = seen.get(r, 0) + 1
    return {r for r, n in seen.items() if n >= 2 and n == rows.count(r)}


def _quoted(text: str) -> bool:
    """A whole quotation: “…” or 「…」 from end to end."""
    t = text.strip()
    return len(t) > 2 and t[0] in "“「" and t[-1] in "”」" and not re.search("[”」].*[“「]", t[1:-1])


def _only_caption(d: _Draft, byline: Byline) -> bool:
    """The article's text so far is one short caption under its headline, and the byline under it names who
    took the picture ("花好莫要采。" / "□全媒体记者 王建成 文/图", 天中晚报), the story's text under it: the byline
    is the article's."""
    body = [p for p in d.paragraphs if p.kind == "body"]
    return (bool(byline.photographers) and bool(d.headline) and len(body) == 1 and len(body[0].text) <= 30
            and len(re.findall("[。！？!?]", body[0].text)) <= 1 and parse_dateline(body[0].text) is None)


def _only_captions(d: _Draft) -> bool:
    """A headless draft of two or more short captions only, each one sentence ("嘉賓們用手機記錄下秦淮夜景。"), no
    byline, dateline or credit: the photos of the story whose headline comes next."""
    body = [p for p in d.paragraphs if p.kind == "body"]
    return (len(body) >= 2 and len(body) == len(d.paragraphs) and d.byline is None and d.dateline is None
            and d.credit is None and all(len(p.text) <= 30 and p.text.endswith("。")
                                         and len(re.findall("[。！？!?；;]", p.text)) == 1 for p in body))


def _only_lead(d: _Draft, byline: Byline) -> bool:
    """The article's text so far is one paragraph under its headline, a summary the page prints over the writer
    ("1979年2月20日,《四川日报》刊登…" / "□四川日报全媒体记者 余如波", the report under it): the byline is the
    article's."""
    body = [p for p in d.paragraphs if p.kind == "body"]
    return (bool(byline.reporters) and not byline.photographers and bool(d.headline) and len(body) == 1
            and d.dateline is None and d.credit is None)


def _only_summary(d: _Draft) -> bool:
    """The article's text so far is only its summary points ("● 智能电视机虽然…" over the byline)."""
    body = [p for p in d.paragraphs if p.kind == "body"]
    return bool(body) and all(_SUMMARY_MARK.match(p.text) for p in body)


_CIRCLED = re.compile(r"^[①-⑳]\s*\S")  # a numbered caption: "①不少奉贤居民…", "②在德丰路199弄门口…"
_SUMMARY_MARK = re.compile(r"^(?:[●■◆▲►▶]\s*|【\s*(?:导读|导语|摘要)\s*】)")  # "【导读】 …" over the byline too


def _note(page: _Page, furn: Furniture) -> None:
    page.page = page.page or furn.page
    page.source = page.source or furn.source
    page.date = page.date or furn.date


_CAPTION_MAX = 80
"""Longer text followed by more text between a headline and a photo credit is a report, not a photo's caption."""


def _starts_article(lines: list[_Line], i: int) -> bool:
    """Whether the headline-like line i, under an article with body text, starts a new article (it is followed
    by a byline, a dateline or a photo's caption and credit) rather than being a sub-head inside it."""
    if section_marked(lines[i].text):
        return False
    j = i + 1
    while j < len(lines) and j - i <= 3 and lines[j].cls == "head" and not lines[j - 1].marks:
        j += 1
    if j >= len(lines) or lines[j - 1].marks and j - 1 > i:
        return False
    nxt = lines[j]
    if nxt.cls in ("byline", "credit"):
        return True
    if nxt.cls == "body" and len(lines[j - 1].text) >= 6 and nxt.text.startswith(lines[j - 1].text + " "):
        return True  # a listing repeats each item's title at the start of its teaser (South Australia Chinese Weekly)
    if (nxt.cls == "body" and not nxt.marks and j + 2 < len(lines) and lines[j + 1].cls == "byline"
            and lines[j + 2].cls == "body"):
        return True  # "大胆喊出一个“包”字" / its summary paragraph / "□四川日报全媒体记者 余如波" / the report
    if nxt.cls == "body" and parse_dateline(nxt.text) is not None:
        return True
    k = j
    while k < len(lines) and k - j < 3 and lines[k].cls == "body":
        if trailing_credit(lines[k].text) is not None:
            return True
        if (len(lines[k].text) > _CAPTION_MAX and k + 1 < len(lines) and lines[k + 1].cls == "body"
                and trailing_credit(lines[k + 1].text) is None):
            return False  # paragraphs of a report: the photo further down is not the sub-head's
        k += 1
    return k < len(lines) and lines[k].cls == "credit"


def _is_turn_article(paragraphs: list[Paragraph]) -> bool:
    turns = [p.speaker for p in paragraphs if p.speaker]
    asks = {"记者", "问", "主持人", "q"}
    return len(turns) >= 2 and len(set(turns)) >= 2 and (
        any(fold(t) in asks or fold(t).endswith("记者") for t in turns) or len(turns) >= 4)


def parse_page(text: str, file: str) -> list[Article]:
    """A newspaper page's text → its articles, in page order."""
    lines, page = _classify(text)
    drafts: list[_Draft] = []
    cur: _Draft | None = None
    carried: list[tuple[_Line, int]] = []  # captions waiting for the article under them
    carrier: _Draft | None = None

    def new(headline: str = "", warning: str = "") -> _Draft:
        d = _Draft(headline=headline, warnings=[warning] if warning else [], page=ln.page)
        drafts.append(d)
        return d

    title_lines = {ln.lineno for ln in lines if ln.before_date}
    headers: list[tuple[_Draft | None, str, int, int]] = []  # disclosure headers waiting for the article under them
    for i, ln in enumerate(lines):
        line, offset, byline = ln.text, ln.offset, ln.byline
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if ln.cls == "slogan":
            continue
        if headers and cur is not None and cur is not headers[0][0] and cur.headline and ln.cls != "head":
            for _, text, at, no in headers:
                cur.add("staff", text, at, line=no)
            headers.clear()
        if ln.cls == "header":
            headers.append((cur, line, offset, ln.lineno))
        elif ln.cls == "staff":
            if cur is not None:
                cur.add("staff", line, offset, line=ln.lineno)
        elif ln.cls == "credit" and byline is not None:
            if cur is None:
                cur = new(warning="photo credit before any headline")
            last = cur.paragraphs[-1] if cur.paragraphs else None
            role = _CREDIT_ROLE_END.search(last.text) if last is not None and last.kind == "body" else None
            if last is not None and role is not None:
                # "…抢搬珍贵文物。本报特派记者" / "陈占举 摄": the credit broken after its role, the role left at
                # the caption's end — it goes with the credit (whose paragraph is the line with the names).
                cur.paragraphs[-1] = replace(last, text=last.text[:role.start("role")].rstrip())
                byline = parse_byline(f"{role.group('role')} {line}") or byline
            cur.credit = byline if cur.credit is None else _merge(cur.credit, byline)
            cur.add("credit", line, offset, line=ln.lineno)
            # A credit ends a photo when a new article follows; otherwise the photo is inside the article. Headless
            # captions one under the other, each with its credit on a line of its own: a photo each (洛阳日报).
            cur.ended = _credit_ends(lines, i) or (
                not cur.headline and cur.bodies == 1 and cur.byline is None and cur.dateline is None
                and nxt is not None and nxt.cls == "body" and i + 2 < len(lines)
                and (lines[i + 2].cls == "credit" or trailing_credit(nxt.text) is not None))
        elif ln.cls == "enddate" and cur is not None and cur.has_body():
            cur.dateline = cur.dateline or ln.dateline
            cur.add("byline", line, offset, line=ln.lineno)
        elif ln.cls == "byline" and byline is not None and cur is not None and cur.byline is None and (
                not cur.has_body() or _only_dateline(cur) or _only_summary(cur)
                or (nxt is not None and nxt.cls == "body" and _only_caption(cur, byline))
                or (nxt is not None and nxt.cls == "body" and _only_lead(cur, byline))):
            cur.byline = byline
            cur.dateline = ln.dateline or cur.dateline
            cur.add("byline", line, offset, line=ln.lineno)
        elif ln.cls == "byline" and byline is not None and cur is None and not byline.photographers and byline.roles:
            # A copy that starts at its byline (the headline was not kept; "记者 X", not a bare "上海/北京"): the
            # article's byline all the same.
            cur = new(warning="body text without a headline")
            cur.byline = byline
            cur.dateline = ln.dateline
            cur.add("byline", line, offset, line=ln.lineno)
        elif (ln.cls == "byline" and byline is not None and cur is not None and cur.byline is not None
              and not cur.has_body() and cur.paragraphs[-1].kind == "byline"):
            # A second byline line under the first ("北京日报客户端 | 记者 X" / "讲述人:北京日报记者 X").
            cur.byline = _merge_people(cur.byline, byline)
            cur.add("byline", line, offset, line=ln.lineno)
        elif (ln.cls == "byline" and byline is not None and cur is not None and cur.has_body() and not cur.ended
              and cur.byline is None and (nxt is None or nxt.cls in ("head", "staff"))):
            # a byline printed under the article: "（本报记者 X，新华社记者 Y）", also over its staff lines
            # ("融媒体记者:陈时雨" / "一审:刘锦芮")
            cur.byline = byline
            cur.add("byline", line, offset, line=ln.lineno)
            cur.ended = True
        elif (ln.cls == "byline" and byline is not None and cur is not None and cur.has_body() and not cur.ended
              and cur.byline is None and byline.reporters and not byline.photographers
              and nxt is not None and nxt.cls == "credit"):
            # "揚子晚報記者 陳婧 李沖 …" / "揚子晚報記者 張筠 … 攝" under the lead (扬子晚报): the writers, then
            # the photographers; the credit says whether the article goes on.
            cur.byline = byline
            cur.add("byline", line, offset, line=ln.lineno)
        elif (cur is not None and cur.has_body() and not cur.ended and cur.byline is None and cur.credit is None
              and not (cur.dateline is not None and cur.dateline.reporters)  # "景区热" over the next headline
              and _NAME_LINE.match(line) and fold(line.lstrip("□◎○●■☉⊙—-(（ "))[:1] in SURNAMES
              and (nxt is None or nxt.cls == "head")):
            # A columnist's name printed under the column.
            nm = _NAME_LINE.match(line)
            name = (nm.group(1) or nm.group(2)).replace(" ", "")  # type: ignore[union-attr]
            cur.byline = Byline(text=line, reporters=(name,))
            cur.add("byline", line, offset, line=ln.lineno)
            cur.ended = True
        elif (ln.cls == "body" and byline is None and (cur is None or cur.ended) and nxt is not None
              and nxt.cls == "head" and (top := trailing_credit(line)) is not None and _credit_ends(lines, i)):
            # A photo printed above the headline of its article, first on the page (中國時報): carried to it.
            carried.append((ln, top))
            carrier = cur
        elif ln.cls == "body" and cur is not None and cur.join_last_body(line):
            pass  # the tail of a paragraph the page's columns broke; a headline or byline never is one
        elif ln.cls == "head" and (cur is None or cur.ended) and section_marked(line) and fold(line).rstrip(":：") \
                in SECTION_WORDS and nxt is not None and nxt.cls == "body":
            # "編按：" opening the copy, the note under it (青年日報 as Yahoo serves it): a sub-head, no headline
            cur = new()
            cur.add("section", line, offset, line=ln.lineno)
        elif ln.cls == "head" and (cur is None or cur.ended):
            cur = new(line)
            cur.add("headline", line, offset, line=ln.lineno)
        elif ln.cls == "head" and cur is not None and any(p.speaker for p in cur.paragraphs) and speaker(line):
            cur.add("body", line, offset, speaker(line), ln.lineno)  # a short turn of an interview
        elif (ln.cls == "head" and cur is not None and cur.has_body() and len(line) <= 30
              and all(_GROUP_PHOTO.search(p.text) for p in cur.paragraphs if p.kind == "body")):
            # "一九五九年…工作人员合影" / "《大同日报》1949年5月5日创刊号": a second caption under the headline's
            # first one, before the text — neither a new item nor a sub-head, nor joined to the text.
            cur.add("body", line, offset, line=ln.lineno)
            cur.captions = len(cur.paragraphs)
        elif ln.cls == "head" and cur is not None and not cur.headline and _only_captions(cur) and nxt is not None:
            # Captions printed over their story's headline with no credit under them (扬子晚报 as 人民网 serves
            # it: "嘉賓們用手機記錄下秦淮夜景。" / "“歷史與現代融合一體值得學習”"): the line is the headline.
            cur.captions = len(cur.paragraphs)
            cur.headline = line
            cur.add("headline", line, offset, line=ln.lineno)
        elif ln.cls == "head" and cur is not None and cur.has_body():
            # A digest's items have one-line headlines; under a kicker or sub-title the line is a sub-head.
            # A headline-like line with a date line right under it is an item's headline in a listing (大學線's
            # "家屬親述:… / 2022 年 04 月 19 日"), never a sub-head.
            if ln.lineno in page.items or ln.before_date or _FLASH.match(fold(line)) or _starts_article(lines, i) or (
                    _plain(cur) and cur.headline and not _subtitled(cur, title_lines)
                    and _item_headline(line, cur.headline) and nxt is not None and nxt.cls == "body"):
                cur = new(line)
                cur.add("headline", line, offset, line=ln.lineno)
            elif (cur.paragraphs[-1].kind == "section" and cur.paragraphs[-1].line == lines[i - 1].lineno
                  and not section_marked(line)):  # "§2 公司基本情况" / "2.1 基本情况简介": two sub-heads
                last = cur.paragraphs[-1]  # a sub-head over two lines
                cur.paragraphs[-1] = replace(last, text=f"{last.text} {line}")
            else:
                cur.add("section", line, offset, line=ln.lineno)
        elif ln.cls == "head" and cur is not None and section_marked(line) and cur.headline:
            cur.add("section", line, offset, line=ln.lineno)
        elif ln.cls == "head" and cur is not None and not cur.has_body() and cur.byline is None:
            cur.sub.append(line)
            cur.add("subheadline", line, offset, line=ln.lineno)
        elif (ln.cls == "head" and cur is not None and not cur.has_body() and cur.paragraphs
              and cur.paragraphs[0].kind == "byline" and ln.lineno not in title_lines):
            # "工人日报-中工网记者 刘兵" over a digest's first title: the copy began at its byline, the title under it
            if cur.headline:
                cur.sub.append(line)
            else:
                cur.headline = line
            cur.add("subheadline" if cur.sub else "headline", line, offset, line=ln.lineno)
        else:
            if cur is None or cur.ended:
                cur = new(warning="body text without a headline")
            if byline is not None:
                cur.warnings.append(f"byline in the body: {line}")
            if cur.dateline is None and cur.bodies <= 1:
                cur.dateline = ln.dateline if ln.cls == "body" and ln.dateline else parse_dateline(line)
            cut = trailing_credit(line) if byline is None else None
            if cut is not None and cur.has_body() and _credit_ends(lines, i) and nxt is not None:
                # A photo printed above the headline of the article it belongs to (明報): carried to it.
                carried.append((ln, cut))
                carrier = cur
            elif cut is not None:
                _add_caption(cur, ln, cut)
                # Headless captions one under the other, each with its own credit: a photo each (中国政府网).
                cur.ended = _credit_ends(lines, i) or (
                    not cur.headline and cur.bodies == 1 and cur.byline is None and nxt is not None
                    and nxt.cls == "body" and trailing_credit(nxt.text) is not None)
            elif (tip := trailing_tip(line)) is not None:
                # "…法律知识。” 线索提供李庆秀": the tipster, kept as a staff line (searchable, never the byline).
                cur.add("body", line[:tip].rstrip(), offset, line=ln.lineno)
                cur.add("staff", line[tip:], offset + tip, line=ln.lineno)
            elif (sig := _signature(cur, line, nxt)) is not None:
                # "…是企业的主力军。 读者 薛芳玲": the writer's name glued to the end of the last paragraph.
                cur.add("body", line[:sig].rstrip(), offset, line=ln.lineno)
                who = signature_writer(line[sig:])
                cur.byline = (bracket_writers(line[sig:]) or parse_byline(who)
                              or Byline(text=who, reporters=(who.split()[-1],)))
                cur.add("byline", line[sig:], offset + sig, line=ln.lineno)
                cur.ended = True
            elif (inline := inline_byline(line)) is not None and not speaker(line):
                # "…無濟於事。 記者:劉可妍、李澤彤 免運費…": a byline a site ran into the text (新報人's listing).
                start, end, found = inline
                rest = line[end:].lstrip()
                cur.add("body", line[:start].rstrip(), offset, line=ln.lineno)
                cur.add("byline", line[start:end], offset + start, line=ln.lineno)
                cur.add("body", rest, offset + len(line) - len(rest), line=ln.lineno)
                cur.byline = found if cur.byline is None else _merge_people(cur.byline, found)
            else:
                if cur.byline is None and (on_air := reporter_turn(line)) is not None:
                    cur.byline = on_air  # "总台央视记者张丛婧:…": the reporter of a TV report, on air
                cur.add("body", line, offset, speaker(line), ln.lineno)
        if carried and cur is not None and cur is not carrier and ln.cls != "head":
            for c_ln, c_cut in carried:
                _add_caption(cur, c_ln, c_cut)
            carried.clear()
        if ln.marks and cur is not None:
            cur.marks.extend(m for m in ln.marks if m != "完")
            cur.ended = cur.ended or any(m.startswith(("下转", "转", "详见", "见", "内文见")) for m in ln.marks) or (
                "完" in ln.marks and cur.has_body())

    if headers and cur is not None and cur is not headers[0][0]:
        for _, text, at, no in headers:  # a masthead's statement over a page of one headline-less item
            cur.add("staff", text, at, line=no)
    date = page.date or date_in_name(file) or _dateline_year(drafts)
    source = page.source or source_in_name(file)
    titles = {ln.lineno for ln in lines if ln.before_date}
    articles = []
    for n, d in enumerate(drafts):
        _sort_heads(d, titles)
        warnings = list(d.warnings)
        if not d.has_body() and d.credit is None:
            warnings.append("no body text")
        interview = _is_turn_article(d.paragraphs)
        paragraphs = d.paragraphs if interview else [replace(p, speaker="") for p in d.paragraphs]
        byline = d.byline or Byline()
        if byline.photographers and d.credit is None:  # "本报记者 X文并摄": the byline is the credit too
            d.credit = Byline(text=byline.text, photographers=byline.photographers)
        if d.credit is None and d.dateline is not None:  # "本报讯 (文/图 记者 X)": the dateline's too
            d.credit = dateline_credit(d.dateline)
        if d.byline is None and d.credit is not None and (d.credit.reporters or d.credit.correspondents):
            # "…的感谢。 记者 张改华 通讯员 杨琳 文/图": the credit under the text names its writers too
            byline = Byline(text=d.credit.text, reporters=d.credit.reporters,
                            correspondents=d.credit.correspondents, roles=d.credit.roles)
        if d.dateline is not None and (d.dateline.reporters or d.dateline.correspondents):
            byline = _with_reporters(byline, d.dateline)
        if not byline.names and d.credit is None:
            warnings.append("no byline")
        bodies = [p.text for p in d.paragraphs if p.kind == "body"]
        photo = d.credit is not None and (
            (d.byline is None and len(bodies) <= 3 and not any(p.kind == "section" for p in d.paragraphs)
             and d.dateline is None)
            # A picture spread: numbered captions ("1.“一带一路”倡议十周年 …", "2.…").
            or sum(bool(re.match(r"\d{1,2}[.、．]\D", t)) for t in bodies) * 2 >= len(bodies) >= 3)
        kind = "interview" if interview else "photo" if photo else "article"
        articles.append(Article(
            id=f"{file}#{n}", file=file, headline=d.headline, subheadline=" ".join(d.sub),
            byline=byline, credit=d.credit or Byline(), paragraphs=tuple(paragraphs),
            continuations=tuple(d.marks), kind=kind, date=date, source=source, page=d.page or page.page,
            warnings=tuple(warnings), dateline=d.dateline,
        ))
    return articles


def _plain(d: _Draft) -> bool:
    """An article of a headline and paragraphs only (a digest's item): a headline-like line over more
    paragraphs starts the next item, not a sub-head — sub-heads come in articles with a byline or dateline."""
    return d.byline is None and d.dateline is None and d.credit is None and not any(
        p.kind == "section" for p in d.paragraphs)


def _subtitled(d: _Draft, title_lines: set[int]) -> bool:
    """The article's headline block has a kicker or sub-title (a page's title over it does not count)."""
    heads = [p.line for p in d.paragraphs if p.kind in ("headline", "subheadline")]
    return len(heads) > 1 and not title_lines.intersection(heads)


def _item_headline(line: str, headline: str = "") -> bool:
    """Shaped like a news headline rather than a sub-head: two parts with a space between them, long, or about
    as long as the item's own headline (a digest's headlines are alike; a sub-head is shorter)."""
    return not section_marked(line) and (" " in line.strip() or len(line) >= 16
                                         or len(line) >= 10 and len(line) * 5 >= len(headline) * 4)


def _signature(d: _Draft, line: str, nxt: _Line | None) -> int | None:
    """Where a writer's signature starts at the end of an article's last paragraph, when it has no byline."""
    if d.byline is not None or d.credit is not None or not (
            nxt is None or nxt.cls == "head" or (nxt.cls == "body" and _BRIEF.match(line) and _BRIEF.match(nxt.text))):
        return None  # a brief's writers end it when the next brief follows
    return trailing_signature(line)


# A photo credit's role left at the end of its caption when the credit was broken over two lines.
_CREDIT_ROLE_END = re.compile(r"(?<=[。！？!?])\s*(?P<role>(?:本报|新华社|本台)?(?:特派|摄影|首席)?记者)$")


def _credit_ends(lines: list[_Line], i: int) -> bool:
    """A photo credit at line i ends its article when the page ends or a new article follows."""
    if i + 1 >= len(lines):
        return True
    if lines[i + 1].cls != "head":
        return False
    # A headline over paragraphs, shaped like a news headline (中國時報's captions stand over their headline).
    return _starts_article(lines, i + 1) or (_item_headline(lines[i + 1].text) and " " in lines[i + 1].text.strip()
                                             and i + 2 < len(lines) and lines[i + 2].cls == "body")


def _add_caption(d: _Draft, ln: _Line, cut: int) -> None:
    """A caption with its credit printed on the same line: the caption as body text, the credit apart."""
    d.add("body", ln.text[:cut].rstrip(), ln.offset, line=ln.lineno)
    credit = parse_byline(ln.text[cut:])
    if credit is not None:
        d.credit = credit if d.credit is None else _merge(d.credit, credit)
    d.add("credit", ln.text[cut:], ln.offset + cut, line=ln.lineno)


# "第75集团军某旅" / "陆空对抗淬剑锋": a military paper names the (anonymised) unit over each report's title
_UNIT_KICKER = re.compile(r"[\u4e00-\u9fff\d]{1,14}某[\u4e00-\u9fff]{0,4}"
                          r"(?:旅|团|营|连|部|基地|支队|大队|中队|舰|站|所|院|中心|队)")


def _sort_heads(d: _Draft, titles: set[int]) -> None:
    """The lines over an article → headline and sub-headline, as papers print them: a kicker (引题) over the
    main title when it is the shorter, a "——" sub-title, the main title over two or three lines joined. A page
    title with the page's date under it and a table of contents (the headline printed again below it) are
    dropped."""
    heads = [p for p in d.paragraphs if p.kind in ("headline", "subheadline")]
    if len(heads) < 2:
        return
    drop: set[int] = set()
    for j in range(1, len(heads)):
        if any(_same_title(heads[k].text, heads[j].text) for k in range(j)):
            drop |= {p.index for p in heads[:j]}
    drop |= {p.index for p in heads[:-1] if p.line in titles}
    keep = [p for p in heads if p.index not in drop]
    if len(keep) >= 2 and len(keep[0].text.strip()) <= 2:
        # "金郡" over a listing's first title (a tag page's name, 西華報): one or two characters are a label, not
        # a kicker — kickers are phrases.
        drop.add(keep[0].index)
        keep = keep[1:]
    dashes = [p for p in keep if p.text.startswith("——")]
    rest = [p for p in keep if not p.text.startswith("——")]
    if len(rest) == 2 and rest[0].text.rstrip()[-1:] in "的之与和及"  and len(rest[0].text) <= 10:
        main, sub = rest, dashes  # "我与晚报的" / "14年情谊": one title broken after an open word, not a kicker
    elif len(rest) >= 3:
        main, sub = rest[1:], rest[:1] + dashes
    elif len(rest) == 2 and (len(rest[0].text) <= len(rest[1].text) and not _deck(rest[0].text, rest[1].text)
                             or _quoted(rest[0].text) and not _quoted(rest[1].text)  # a quotation: the kicker
                             or _UNIT_KICKER.fullmatch(rest[0].text.strip()) is not None
                             # "台湾嘉宾…后表示——" over "要把中山故事带回台湾": a kicker leading into the title
                             or rest[0].text.rstrip().endswith(("——", "—", ":", "："))
                             or _comma_kicker(rest[0].text, rest[1].text)):
        main, sub = rest[1:], rest[:1] + dashes
    else:
        main, sub = rest[:1], rest[1:] + dashes
    main_ids = {p.index for p in main}
    sub_ids = {p.index for p in sub}
    paragraphs: list[Paragraph] = []
    for p in d.paragraphs:
        if p.index in drop:
            continue
        kind = "headline" if p.index in main_ids else "subheadline" if p.index in sub_ids else p.kind
        paragraphs.append(replace(p, index=len(paragraphs), kind=kind))
    d.paragraphs = paragraphs
    d.headline = " ".join(p.text for p in main)
    d.sub = [p.text for p in sorted(sub, key=lambda p: p.index)]


def _comma_kicker(first: str, second: str) -> bool:
    """A kicker that reads as a sentence, a comma after its time or place, over a short plain main title
    ("上午,记者在奉贤看到市民生活如往昔" / "相信上海不久会恢复热闹", 新民晚报): the kicker, though the longer."""
    head = re.split("[,，]", first)[0]
    # "愿,我能成为你的一束光!" ends as a title does (an exclamation, a question): the title, not a kicker
    return (len(head) <= 4 and first.rstrip()[-1:] not in "!！?？"
            and first.count(",") + first.count("，") == 1 and len(second) <= 14
            and not re.search(r"[,，、:：\s]", second.strip()))


def _deck(first: str, second: str) -> bool:
    """A plain title over a long line with commas ("可怜老太太守着垃圾桶不走" / "看起来神志不清,但会…"): the
    second is the title's deck (sub-title), not the main title under a kicker ("两会时间" / "稳增长、保就业、促消费"
    is a kicker over a short main title)."""
    return _INNER_PUNCT.search(first) is None and len(_INNER_PUNCT.findall(second)) >= 2 and len(second) >= 20


def _same_title(a: str, b: str) -> bool:
    a, b = a.replace(" ", ""), b.replace(" ", "")
    if a == b:
        return True
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.75


def _only_dateline(d: _Draft) -> bool:
    """The article's only text so far is its dateline ("新华社北京3月2日电" on a line of its own)."""
    body = [p for p in d.paragraphs if p.kind == "body"]
    return len(body) == 1 and d.dateline is not None and not after_dateline(body[0].text, d.dateline)


def _merge(a: Byline, b: Byline) -> Byline:
    return Byline(text=f"{a.text} {b.text}", reporters=a.reporters + b.reporters,
                  correspondents=a.correspondents + b.correspondents,
                  photographers=tuple(dict.fromkeys(a.photographers + b.photographers)), roles=a.roles + b.roles)


def _merge_people(a: Byline, b: Byline) -> Byline:
    """Two byline lines of one article: each name once, in the order printed."""
    def once(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(x + y))
    return Byline(text=f"{a.text} {b.text}", reporters=once(a.reporters, b.reporters),
                  correspondents=once(a.correspondents, b.correspondents),
                  photographers=once(a.photographers, b.photographers), roles=a.roles + b.roles)


def _with_reporters(byline: Byline, dateline: Dateline) -> Byline:
    """The dateline's reporters count as the article's authors."""
    extra = tuple(r for r in dateline.reporters if r not in byline.names)
    extra_c = tuple(r for r in dateline.correspondents if r not in byline.names)
    if not extra and not extra_c:
        return byline
    text = byline.text or dateline.text
    return replace(byline, text=text, reporters=byline.reporters + extra,
                   correspondents=byline.correspondents + extra_c)


def _dateline_year(drafts: list[_Draft]) -> str:
    for d in drafts:
        if d.dateline is not None and "年" in d.dateline.day:
            return date_in_text(d.dateline.day)
    return ""


def parse_jsonl(text: str, file: str, taken: set[str] | None = None) -> tuple[list[Article], list[str]]:
    """One article per line: id, title, text, optional date, byline, source, page, url.

    `taken` holds the article ids already in use (shared across files by load_corpus): an id seen before is
    replaced by "file#line", with a warning, so every citation names exactly one article."""
    taken = set() if taken is None else taken
    articles, warnings = [], []
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
            body = obj.get("text")
            if not isinstance(body, str) or not body.strip():
                raise ValueError("missing 'text'")
        except RecursionError:
            warnings.append(f"{file}:{lineno}: skipped line: JSON nested too deeply")
            continue
        except ValueError as exc:
            warnings.append(f"{file}:{lineno}: skipped line: {exc}")
            continue
        # JSON "\ud800" escapes give lone surrogates, which cannot be printed or folded: replace them.
        field_text = {k: scrub(str(obj.get(k) or "")).strip()
                      for k in ("title", "byline", "date", "source", "page", "url")}
        body = scrub(body)
        wanted = scrub(str(obj.get("id") or f"{file}#{lineno}"))
        aid = _unique_id(wanted, f"{file}#{lineno}", taken)
        if aid != wanted:
            warnings.append(f"{file}:{lineno}: duplicate id {wanted!r} (already used): cited as {aid!r}")
        title, byline_text = field_text["title"], field_text["byline"]
        byline = parse_byline(byline_text) if byline_text else None
        paras = []
        if title:
            paras.append(Paragraph(0, "headline", title, 0))
        if byline_text:
            paras.append(Paragraph(len(paras), "byline", byline_text, 0))
        pos = 0
        for chunk in body.split("\n"):
            if chunk.strip():
                paras.append(Paragraph(len(paras), "body", chunk.strip(), pos + len(chunk) - len(chunk.lstrip())))
            pos += len(chunk) + 1
        articles.append(Article(
            id=aid, file=file, headline=title, paragraphs=tuple(paras),
            byline=byline or Byline(text=byline_text), date=iso_of(field_text["date"]),
            source=field_text["source"], page=field_text["page"], url=field_text["url"],
        ))
    return articles, warnings


def _unique_id(wanted: str, fallback: str, taken: set[str]) -> str:
    """`wanted`, or when another article has it, `fallback` (then fallback~2, ~3… should even that be taken)."""
    aid, n = wanted, 1
    if aid in taken:
        aid = fallback
    while aid in taken:
        n += 1
        aid = f"{fallback}~{n}"
    taken.add(aid)
    return aid


# ---------------------------------------------------------------- continued articles

def _similar(a: str, b: str) -> bool:
    a, b = a.replace(" ", ""), b.replace(" ", "")
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    common = len(set(a) & set(b))
    return common / min(len(set(a)), len(set(b))) >= 0.6


def stitch(articles: list[Article]) -> list[Article]:
    """Join an article marked "下转N版" with its continuation ("上接M版", a similar headline) when both are here."""
    out: list[Article | None] = list(articles)
    for i, head in enumerate(out):
        if head is None or not any(m.startswith(("下转", "转")) for m in head.continuations):
            continue
        for j, tail in enumerate(out):
            if j == i or tail is None or not any(m.startswith(("上接", "接")) for m in tail.continuations):
                continue
            if _similar(head.headline, tail.headline):
                base = len(head.paragraphs)
                extra = tuple(replace(p, index=base + k) for k, p in enumerate(tail.body))
                out[i] = replace(
                    head, paragraphs=head.paragraphs + extra,
                    continuations=head.continuations + tail.continuations,
                    warnings=head.warnings + (f"continued in {tail.file} ({tail.headline})",),
                )
                out[j] = None
                break
    return [a for a in out if a is not None]


# ---------------------------------------------------------------- the corpus

def parse_file(data: bytes, path: Path, name: str, taken: set[str] | None = None) -> tuple[list[Article], list[str]]:
    """One file's bytes → (articles, warnings). Raises LoadError when the file cannot be used at all.
    `taken`: article ids already used by other files (see parse_jsonl)."""
    if path.suffix.lower() == ".jsonl":
        decoded = decode_jsonl(data)
        articles, warnings = parse_jsonl(decoded.text, name, taken)
        return articles, decoded.warnings(name) + warnings
    decoded = decode(data)
    articles = parse_page(decoded.text, name)
    if not articles:
        raise LoadError("no articles found")
    return articles, decoded.warnings(name)


def load_file(path: Path, name: str, taken: set[str] | None = None) -> tuple[bytes, list[Article], list[str]]:
    """Read and parse one corpus file: (its bytes, articles, warnings). The one way the loader and `qa ingest`
    read a file, so both say the same about one that cannot be used: LoadError with the reason, "cannot read:
    Permission denied" or the parser's ("empty file", "binary file (NUL bytes), not text", …). The bytes are
    read once: what is hashed or copied is what was parsed, even if the file changes meanwhile."""
    try:
        data = read_bytes(path)
    except OSError as exc:
        raise LoadError(f"cannot read: {exc.strerror or exc}") from None
    articles, warnings = parse_file(data, path, name, taken)
    return data, articles, warnings


RACY_NS = 2_000_000_000  # file timestamps are as coarse as 2 s on some file systems (FAT)


@dataclass(frozen=True)
class FileParse:
    """What one file gave, remembered so a reload need not read it again: its stat when read (size, mtime_ns,
    inode, ctime_ns), content digest, display name, article ids before stitching (`taken` for the jsonl files after it)
    and its warnings. `entangled`: its articles depend on other files (continuation marks, or a jsonl id that
    had to be renamed because another article had it)."""

    name: str
    stat: tuple[int, int, int, int]
    digest: str
    ids: tuple[str, ...]
    warnings: tuple[str, ...]
    entangled: bool
    renamed: bool = False  # a jsonl id was taken: which ids it gets depends on the files before it
    read_at: int = 0  # time.time_ns() when it was read

    def same(self, stat: tuple[int, int, int, int] | None) -> bool:
        """The file is as read, by its stat alone. The ctime is in the stat because a write that keeps the size
        and restores the mtime (`cp -p`) still moves it. Not when it was modified within RACY_NS of being read:
        a write just after the read could leave the stat as it was (coarse timestamps), so its content is
        compared (as git does with "racily clean" files); the ctime counts there too, as the mtime may have
        been set back."""
        return stat is not None and stat == self.stat and max(stat[1], stat[3]) + RACY_NS < self.read_at


@dataclass(frozen=True)
class Parsed:
    """A loaded corpus with what each file gave (by path), for `load_parsed(..., reuse=)`; `spans`: each file's
    articles in the corpus (after stitching), as (first, end) positions, by display name."""

    corpus: Corpus
    files: dict[str, FileParse]
    spans: dict[str, tuple[int, int]]


def _stat(path: Path) -> tuple[int, int, int, int] | None:
    """(size, mtime_ns, inode, ctime_ns), taken before reading: a file changed meanwhile looks changed next
    time."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns)


def _entry(name: str, stat: tuple[int, int, int, int], data: bytes, arts: list[Article], warns: list[str],
           jsonl: bool) -> FileParse:
    renamed = jsonl and any("duplicate id" in w for w in warns)
    return FileParse(name, stat, hashlib.sha256(data).hexdigest(), tuple(a.id for a in arts), tuple(warns),
                     renamed or any(a.continuations for a in arts), renamed, time.time_ns())


def load_corpus(paths: Iterable[Path], extensions: Iterable[str] = (".txt", ".md", ".jsonl")) -> Corpus:
    """Every readable file under `paths` → a Corpus; unreadable files become warnings, not failures."""
    return load_parsed(paths, extensions).corpus


def load_parsed(paths: Iterable[Path], extensions: Iterable[str] = (".txt", ".md", ".jsonl"),
                reuse: Parsed | None = None) -> Parsed:
    """`load_corpus`, remembering what each file gave. With `reuse` (the previous load of the same paths) only
    new or changed files are read and parsed (a file whose stat changed but whose bytes did not is reused too),
    and the unchanged files' articles and sentences are taken from the previous corpus: the result equals a
    fresh load. When a file that was added, changed or removed takes part in something across files (a
    continued article, an article id another file's jsonl also uses), everything is read again."""
    found = scan([Path(p) for p in paths], extensions)
    if reuse is not None:
        done = _incremental(found, reuse)
        if done is not None:
            return done
    warnings = list(found.warnings)
    articles: list[Article] = []
    taken: set[str] = set()
    files: dict[str, FileParse] = {}
    for f, name in found.files:
        stat = _stat(f)
        try:
            data, arts, warns = load_file(f, name, taken)
        except LoadError as exc:
            warnings.append(f"{show_path(f)}: skipped: {exc}")
            continue
        taken.update(a.id for a in arts)
        # A file gone before its stat (but read) is never trusted by its stat: (-1, -1, -1, -1).
        files[str(f)] = _entry(name, stat or (-1, -1, -1, -1), data, arts, warns, f.suffix.lower() == ".jsonl")
        articles.extend(arts)
        warnings.extend(warns)
    corpus = corpus_from_articles(stitch(articles), warnings, _fingerprint(found.files, files))
    return Parsed(corpus, files, _spans(corpus.articles))


def _fingerprint(found: list[tuple[Path, str]], files: dict[str, FileParse]) -> str:
    """A hash of the loaded files' names and contents (through their digests, so a reload need not read
    unchanged files to compute it)."""
    digest = hashlib.sha256()
    for f, name in found:
        entry = files.get(str(f))
        if entry is not None:
            digest.update(name.encode("utf-8", "surrogateescape") + b"\0" + entry.digest.encode() + b"\0")
    return digest.hexdigest()


def _spans(articles: Sequence[Article]) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for i, a in enumerate(articles):
        lo, _ = out.get(a.file, (i, i))
        out[a.file] = (lo, i + 1)  # a file's articles are contiguous: files are read in order
    return out


def _incremental(found: Scan, reuse: Parsed) -> Parsed | None:
    """`load_parsed` reading only new or changed files; None when a full load is needed (see there)."""
    old = reuse.files
    plan: list[tuple[Path, str, FileParse | None, tuple[int, int, int, int] | None, bytes | None]] = []
    touched_ids: set[str] = set()
    for f, name in found.files:
        stat = _stat(f)
        was = old.get(str(f))
        prev = was if was is not None and was.name == name else None
        if prev is not None and prev.same(stat):
            plan.append((f, name, prev, stat, None))
            continue
        try:
            data = read_bytes(f)
        except (OSError, LoadError):
            data = None  # said again (and the file left out) by the full load
        if prev is not None and data is not None and stat is not None and \
                hashlib.sha256(data).hexdigest() == prev.digest:
            plan.append((f, name, replace(prev, stat=stat, read_at=time.time_ns()), stat, None))  # same bytes
            continue
        if was is not None:
            if was.entangled:
                return None
            touched_ids.update(was.ids)
        if data is None or stat is None:
            return None
        plan.append((f, name, None, stat, data))
    present = {str(f) for f, _ in found.files}
    for path, prev in old.items():
        if path not in present:  # removed
            if prev.entangled:
                return None
            touched_ids.update(prev.ids)
    # Parse the new files in corpus order (a jsonl file's ids depend on the ids before it).
    taken: set[str] = set()
    parsed: dict[str, tuple[list[Article], FileParse]] = {}
    for f, name, prev, stat, data in plan:
        if prev is not None:
            taken.update(prev.ids)
            continue
        assert data is not None and stat is not None
        try:
            arts, warns = parse_file(data, f, name, taken)
        except LoadError:
            return None  # the full load says why
        entry = _entry(name, stat, data, arts, warns, f.suffix.lower() == ".jsonl")
        if entry.entangled:
            return None
        taken.update(entry.ids)
        touched_ids.update(entry.ids)
        parsed[str(f)] = (arts, entry)
    # An unchanged jsonl file whose ids a changed file had or has now, or that had an id renamed, could be
    # cited differently now: reread.
    if any(prev.renamed or not touched_ids.isdisjoint(prev.ids) for _, _, prev, _, _ in plan
           if prev is not None) and (touched_ids or len(plan) != len(old)):
        return None
    articles: list[Article] = []
    columns: list[list[np.ndarray]] = []
    warnings = list(found.warnings)
    files: dict[str, FileParse] = {}
    table = reuse.corpus.sentences
    for f, name, prev, _, _ in plan:
        if prev is not None:
            lo, hi = reuse.spans.get(name, (0, 0))
            part: Sequence[Article] = reuse.corpus.articles[lo:hi]
            cols = table.columns(lo, hi)
            entry = prev
        else:
            arts, entry = parsed[str(f)]
            part, cols = arts, split_columns(arts)
        cols[0] = cols[0] + len(articles)
        columns.append(cols)
        articles.extend(part)
        warnings.extend(entry.warnings)
        files[str(f)] = entry
    merged = [np.concatenate([c[k] for c in columns]) if columns else np.zeros(0, dtype=np.int32)
              for k in range(5)]
    arts_t = tuple(articles)
    corpus = Corpus(articles=arts_t, sentences=SentenceTable(arts_t, merged), warnings=tuple(warnings),
                    fingerprint=_fingerprint(found.files, files))
    return Parsed(corpus, files, _spans(arts_t))


def corpus_from_articles(articles: list[Article], warnings: Iterable[str] = (), fingerprint: str = "") -> Corpus:
    """Split the articles into sentences; the fingerprint defaults to a hash of the articles' text."""
    if not fingerprint:
        h = hashlib.sha256()
        for a in articles:
            text = a.id + "\0" + "\n".join(p.kind + ":" + p.text for p in a.paragraphs) + "\0"
            h.update(text.encode("utf-8", "surrogatepass"))  # articles made in memory may hold lone surrogates
        fingerprint = h.hexdigest()
    sentences = SentenceTable(tuple(articles))
    return Corpus(articles=tuple(articles), sentences=sentences, warnings=tuple(warnings), fingerprint=fingerprint)
