"""A page's classified lines (lines.py) → articles: where each article starts, its headline, sub-headline, byline,
dateline, body and photo credits; continuation marks, captions and columns of briefs."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace

from ..dates import date_in_name, date_in_text, source_in_name
from ..lexicon import CLOSERS, DIGEST_TITLE, ORG_SUFFIX_RE, POSTS, SECTION_WORDS, SENTENCE_END, SURNAMES
from ..normalize import fold
from ..types import Article, Byline, Dateline, Paragraph
from .bylines import names_and_place, parse_byline, trailing_credit
from .datelines import (
    after_dateline,
    bracket_writers,
    dateline_credit,
    inline_byline,
    parse_dateline,
    signature_writer,
    trailing_signature,
    trailing_tip,
)
from .furniture import CAPTION_START
from .glosses import strip_glosses
from .lines import (
    CAPTION_END,
    CIRCLED,
    DAY_TIME,
    FIELD,
    GROUP_PHOTO,
    INNER_PUNCT,
    STAFF_LINE,
    Line,
    caption_run,
    classify,
    data_row,
    listed_work,
    pictured,
    quoted,
)
from .turns import reporter_turn, section_marked, speaker

# "王 平", "□陈慧", "(杨传立)": a writer's name on a line of its own under the text
_NAME_LINE = re.compile(r"^(?:[□◎○●■☉⊙—\-]+\s*)?(?:([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff] [\u4e00-\u9fff])"
                        r"|[(（]\s*([\u4e00-\u9fff]{2,3})\s*[)）])$")
# A brief's mark: "■9 月 14 日, 中铁一局…。 (眭国云 陈思羽 刘占军)" — a column of briefs, each with its writers.
_BRIEF = re.compile(r"^[■●◆▲]\s*\S")
# A sub-head of two short parallel phrases and a comma ("用新的方法,蹚出路子"), nothing after
_PAIRED_HEAD = re.compile(r"[\u4e00-\u9fff]{2,6}[,，][\u4e00-\u9fff]{2,6}")
_END_MARK = re.compile(r"[(（]\s*(?:完|全文完|待续|未完待续)\s*[)）]\s*$")  # "（完）" closes an article's text
# an editor's note in brackets right after a full stop ("…作大会发言。(发言摘登见第四版)") closes its paragraph too
_NOTE_AFTER_STOP = re.compile(r"[。！？!?][(（][^()（）]{2,30}[)）]\s*$")


def _ends_lead_in(text: str) -> bool:
    """A paragraph that ends a sentence or leads into what follows ("…全文如下~", "…如下:")."""
    return _ends_sentence(text) or text.rstrip()[-1:] in "~～:："


def _ends_sentence(text: str) -> bool:
    t = text.rstrip(CLOSERS + " ")
    return bool(t) and (t[-1] in SENTENCE_END or text.rstrip()[-1:] in "”」』" or _END_MARK.search(text) is not None
                        or _NOTE_AFTER_STOP.search(text) is not None
                        or t.endswith("...") or CAPTION_END.search(fold(text.rstrip()[-16:])) is not None
                        # "下轄社區:…, Patterson and St Kilda East." (澳洲生活): a list of English names closed by
                        # a full stop of their own
                        or re.search(r"[A-Za-z]{2}\.$", text.rstrip()) is not None)


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
    pictured: set[int] = field(default_factory=set)  # paragraphs that are captions printed twice (lines.caption)
    closed: set[int] = field(default_factory=set)  # paragraphs ending where they are (Line.closes): none joins them

    def has_body(self) -> bool:
        return self.bodies > 0

    def add(self, kind: str, text: str, offset: int, speaker: str = "", line: int = 0) -> None:
        self.paragraphs.append(Paragraph(len(self.paragraphs), kind, text, offset, speaker, line))
        self.bodies += kind == "body"

    def drop_body(self) -> None:
        """Leave out the text so far (a site's summary over the report), keeping the headline block."""
        kept = [p for p in self.paragraphs if p.kind != "body"]
        self.paragraphs = [replace(p, index=n) for n, p in enumerate(kept)]
        self.bodies = self.captions = 0

    def join_last_body(self, text: str) -> bool:
        """Rejoin a paragraph the page's columns broke mid-sentence; True when joined."""
        if (not self.paragraphs or self.paragraphs[-1].kind != "body" or _ends_sentence(self.paragraphs[-1].text)
                or self.paragraphs[-1].index < self.captions or self.paragraphs[-1].index in self.pictured
                or self.paragraphs[-1].index in self.closed):
            return False
        if (self.paragraphs[-1].text.rstrip()[-1:] in ":：" or speaker(text) or parse_byline(self.paragraphs[-1].text)
                or _SUMMARY_MARK.match(text)  # "▲2007年,…": a marked caption or point starts a paragraph
                or _marked_caption(self.paragraphs[-1].text)  # "▲朱健讲话" over the text: it ends there too
                or CIRCLED.match(self.paragraphs[-1].text) or CIRCLED.match(text)  # "①…": a numbered caption
                or CAPTION_START.match(self.paragraphs[-1].text)  # "图为执行员在做调解工作": a caption, no stop
                or parse_dateline(text) is not None or data_row(text) or data_row(self.paragraphs[-1].text)
                or FIELD.match(text) or FIELD.match(self.paragraphs[-1].text)  # "时间:…" / "地点:…"
                or STAFF_LINE.match(text) or STAFF_LINE.match(self.paragraphs[-1].text)  # "主编(Editor): 王 虹"
                or listed_work(self.paragraphs[-1].text, self.paragraphs[-2].text if len(self.paragraphs) > 1
                               else "")):  # "《在月光下》袁斗成": one work and its writer a line
            return False  # after a colon; an interview's next turn; a dateline; a field: paragraphs of their own
        last = self.paragraphs[-1]
        if (self.bodies == 1 and len(last.text) <= 14 and len(text) > 3 * len(last.text)
                and not re.search(r"[\s,，、:：;；()（）「」“”]", last.text)
                and not DAY_TIME.fullmatch(last.text)  # "1月11日上午": the day opens the sentence under it
                and not _bare_dateline(last.text)):  # "本报讯" alone on its line: the text under it is its story
            return False  # "吴红波大使在汉堡总领馆" over the report: a short caption of no punctuation, no broken line
        sep = " " if last.text[-1:].isascii() and text[:1].isascii() and last.text[-1:].isalnum() else ""
        self.paragraphs[-1] = replace(last, text=last.text + sep + text)
        return True


# "快讯! 柬埔寨境内再增2例确诊" (柬华日报's listing): a flash label glued to a headline — always an item's headline,
# never a sub-head, whatever its text starts with.
_FLASH = re.compile(r"^(?:快讯|突发|独家|最新)\s*[!！:：]")
def _only_caption(d: _Draft, byline: Byline) -> bool:
    """The article's text so far is one short caption under its headline, and the byline under it names who
    took the picture ("花好莫要采。" / "□全媒体记者 王建成 文/图", 天中晚报), the story's text under it: the byline
    is the article's."""
    body = [p for p in d.paragraphs if p.kind == "body"]
    return (bool(byline.photographers) and bool(d.headline) and len(body) == 1 and len(body[0].text) <= 30
            and len(re.findall("[。！？!?]", body[0].text)) <= 1 and parse_dateline(body[0].text) is None)


# A post ("…议员", "…领事") and a person's name, a Latin name maybe between them, and nothing else.
_POST_NAME = re.compile(rf"[\u4e00-\u9fff]{{1,12}}(?:{'|'.join(POSTS)})\s*"
                        r"(?:[A-Za-z][A-Za-z.]*(?: [A-Za-z][A-Za-z.]*)?\s+)?(?P<name>[\u4e00-\u9fff]{2,3})")


# What a photo shows someone doing ("李世丙處長主持僑務工作座談會", "…校長陳雪霞關心僑校發展").
_PICTURED_ACT = ("(?:主持|出席|致辞|讲话|发言|参观|关心|会见|接见|看望|慰问|颁奖|颁发|视察|调研|考察|介绍|合影|"
                 "签约|剪彩)")
# A person named by post, the post before the name or after it, then what the person does, and nothing else.
_POST_ACT = re.compile(rf"(?:[\u4e00-\u9fff]{{0,12}}(?:{'|'.join(POSTS)})(?P<name>[\u4e00-\u9fff]{{2,3}}?)"
                       rf"|(?P<name2>[\u4e00-\u9fff]{{2,3}}?)(?:{'|'.join(POSTS)})){_PICTURED_ACT}[\u4e00-\u9fff“”]{{0,16}}")


def _caption_rows(lines: list[Line]) -> set[int]:
    """Short lines in a row after a paragraph that a reader takes for photos' captions, not a sub-head over two
    lines: each a bare clause (no comma, no stop), and either they open alike, the same doer each ("谷振春一行參觀
    民盟中央文史陳列館" / "谷振春一行參觀民建中央會史館"), or nothing follows them on the page ("与全体管理人员合影" /
    "管理层颁发奖项" / "活动现场氛围" at the report's end: a sub-head heads text)."""
    out: set[int] = set()
    i = 1
    while i < len(lines):
        if lines[i].cls != "head" or lines[i - 1].cls != "body":
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].cls == "head":
            j += 1
        run = [ln.text.strip() for ln in lines[i:j]]
        bare = all(len(t) <= 30 and not re.search(r"[。，,；;：:！？!?、\s]", t) and not section_marked(t)
                   for t in run)
        alike = (len(set(t[:2] for t in run)) == 1 and re.match("[\u4e00-\u9fff]{2}", run[0]) is not None
                 # not a series' parts, the same title numbered ("…的非凡十年)(1)" / "…(2)")
                 and len(set(re.sub(r"[\d()（）]", "", t) for t in run)) == len(run))
        if len(run) >= 2 and bare and (alike or j == len(lines)):
            out |= set(range(i, j))
        i = j
    return out


def _portrait_caption(line: str) -> bool:
    """A line naming one person by post, as a portrait's caption does: "万锦区议员何胡景"."""
    m = _POST_NAME.fullmatch(fold(line).strip())
    return m is not None and m["name"][0] in SURNAMES


def _act_caption(line: str) -> bool:
    """A line naming someone by post and what they do ("李世丙處長主持僑務工作座談會") between paragraphs: a photo's
    caption, who is shown doing what — a report's sub-heads name its points, not who did what (its text does)."""
    m = _POST_ACT.fullmatch(fold(line).strip())
    return m is not None and (m["name"] or m["name2"])[0] in SURNAMES


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


def _marked_caption(text: str) -> bool:
    """"▲邓群策宣布开工": a short marked line with no comma, a picture's caption — no sentence the columns broke."""
    return bool(_SUMMARY_MARK.match(text)) and len(text) <= 20 and not re.search("[,，、;；:：]", text)


_SUMMARY_MARK = re.compile(r"^(?:[●■◆▲►▶]\s*|【\s*(?:导读|导语|摘要)\s*】)")  # "【导读】 …" over the byline too


_CAPTION_MAX = 80
"""Longer text followed by more text between a headline and a photo credit is a report, not a photo's caption."""


_SITE_CUT = re.compile(r"[\u4e00-\u9fff，,、](?:…|⋯|\.\.\.)$")
"""A lead the site cut in mid-sentence ("…由於區議員…"): the end of a listing's item, not of a sentence."""


def _dateline_follows(lines: list[Line], i: int) -> bool:
    """A report's dateline opens the line after line i, or the one after a short deck under it."""
    for j in (i + 1, i + 2):
        if j >= len(lines) or (j == i + 2 and (lines[i + 1].cls != "head" or len(lines[i + 1].text) > 12)):
            return False
        if lines[j].cls == "body" and (lines[j].dateline is not None or parse_dateline(lines[j].text) is not None):
            return True
    return False


def _starts_article(lines: list[Line], i: int) -> bool:
    """Whether the headline-like line i, under an article with body text, starts a new article (it is followed
    by a byline, a dateline or a photo's caption and credit) rather than being a sub-head inside it."""
    if section_marked(lines[i].text):
        return False
    if i > 0 and lines[i - 1].cls == "body" and re.search(r"(?:——|[:：])$", lines[i - 1].text.rstrip()):
        return False  # "…從以下七個方面闡述了…具體工作——": the paragraph announces what the heads under it list
    j = i + 1
    while j < len(lines) and j - i <= 3 and lines[j].cls == "head" and not lines[j - 1].marks:
        j += 1
    if j >= len(lines) or lines[j - 1].marks and j - 1 > i:
        return False
    nxt = lines[j]
    if nxt.cls in ("byline", "credit"):
        return True
    if (nxt.cls == "body" and _SITE_CUT.search(nxt.text) and i > 0 and lines[i - 1].cls == "body"
            and _SITE_CUT.search(lines[i - 1].text)):
        return True  # a listing whose leads the site cuts ("區議員…"): a title between two cut leads is the next item's
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
            # a caption further down credited to the photographer of a caption just above the head is the same
            # story's picture ("…指導工作(張蕾 攝)" / "第一時間 權威發布" / two paragraphs / "…(張蕾 攝)")
            return k == j or not _same_photographer(lines, i, k)
        if (len(lines[k].text) > _CAPTION_MAX and k + 1 < len(lines) and lines[k + 1].cls == "body"
                and trailing_credit(lines[k + 1].text) is None):
            return False  # paragraphs of a report: the photo further down is not the sub-head's
        k += 1
    return k < len(lines) and lines[k].cls == "credit"


def _digest(lines: list[Line]) -> bool:
    """The page opens with a digest's title, before any text ("2022年5月2日韓聯社要聞簡報-2", "SBS晚間新聞(…)"): a
    digest prints items one after another, each a headline over its paragraphs, and no sub-heads — a headline-like
    line over text starts the next item."""
    for ln in lines:
        if ln.cls == "body":
            return False
        if ln.cls == "head" and DIGEST_TITLE.search(fold(ln.text)):
            return True
    return False


def _digest_block(d: _Draft) -> list[Paragraph]:
    """The paragraphs of the digest's title block over its first item — its title lines, a time line or a line of
    introduction ("滾動 2022年 05月 02日 18:00", "請收聽本台為大家準備的每日重點新聞簡報。") — or [] when the draft
    holds a report of its own (a paragraph of text)."""
    bodies = [p for p in d.paragraphs if p.kind == "body"]
    if len(bodies) > 1 or any(len(p.text) > 40 for p in bodies) or d.byline is not None or d.dateline is not None:
        return []
    return list(d.paragraphs)


def _captions_over_text(lines: list[Line], k: int) -> bool:
    """The credited captions from line k on are followed by plain text on the next line, the report they
    illustrate (klmyrb's two captions over its headless report), not by the page's end or another title."""
    while k < len(lines) and lines[k].cls == "body" and trailing_credit(lines[k].text) is not None:
        k += 1
    return k < len(lines) and lines[k].cls == "body" and (
        lines[k].lineno == lines[k - 1].lineno
        # (huizhourb's two credited captions over a report of long paragraphs, its headline not kept: a caption is
        # one or two sentences, a paragraph of three or more sentences is the report's)
        or len(re.findall(r"[。！？!?](?![”」’』])", lines[k].text)) >= 3)


def _photographers(text: str) -> tuple[str, ...]:
    at = trailing_credit(text)
    credit = parse_byline(text[at:]) if at is not None else None
    return credit.photographers if credit is not None else ()


# A part's label, a colon and its title, no sentence: "画里乡村:奇光异彩 人杰地灵", "话理乡村·释法理:创新普法方式"
_LABELLED_HEAD = re.compile(r"[\u4e00-\u9fff·]{4,10}:[\u4e00-\u9fff]{4,8}(?: [\u4e00-\u9fff]{4,8})?")
# A name, a space, then a title of no sentence: "高昱 1998年,张金柱让我成为“异教徒”"
_NAMED_BOX_TITLE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}) (?P<title>[^。！？!?；;\s]{6,28})")
# A new column's name announced over its first piece: "《30年·我与中国交通报》开栏", "…开栏语", "…开栏的话"
_COLUMN_OPENS = re.compile(r"^\S{2,30}开栏(?:语|的话)?$")

# A part's number and nothing else: "(一)", "（二）", "三、" — the mark of a sub-head, never a title itself
_BARE_PART = re.compile(r"[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、")

def _same_photographer(lines: list[Line], i: int, k: int) -> bool:
    """Whether the caption on line k names a photographer of a caption among the two lines above line i."""
    below = set(_photographers(lines[k].text))
    return bool(below) and any(lines[h].cls == "body" and below & set(_photographers(lines[h].text))
                               for h in range(max(0, i - 2), i))


def _credited_picture(d: _Draft, bodies: int) -> bool:
    """A picture item with no headline: a short text (three paragraphs at most), then the credit line naming who
    wrote it and who took the picture ("…每年可节约标煤10482吨。" / "田晓璐/文 冷柏/摄", 中国能源报's e-paper) — the
    credit closes the item, so it is the picture's, not an article's byline over its text."""
    kinds = [p.kind for p in d.paragraphs]
    return (not d.headline and d.dateline is None and d.byline is not None and bool(d.byline.photographers)
            and 0 < bodies <= 3 and "section" not in kinds and bool(kinds) and kinds[0] == "body"
            and kinds[-1] == "byline" and kinds.count("byline") == 1)


# A turn run on after the last one's sentence, a space between ("…这本中文杂志吗? 拉世德·卡姆兹:当然。…", 迪拜人):
# an interview served with its turns on one line.
_RUN_ON_TURN = re.compile(r"(?<=[。！？!?])\s+(?=\S{2,10}?\s*[:：]\s*\S)")


def _is_turn_article(paragraphs: list[Paragraph]) -> bool:
    turns = [p.speaker for p in paragraphs if p.speaker]
    turns += [who for p in paragraphs if p.kind == "body"
              for m in _RUN_ON_TURN.finditer(p.text) if (who := speaker(p.text[m.end():]))]
    asks = {"记者", "问", "主持人", "q"}
    return len(turns) >= 2 and len(set(turns)) >= 2 and (
        any(fold(t) in asks or fold(t).endswith("记者") for t in turns) or len(turns) >= 4)


def parse_page(text: str, file: str) -> list[Article]:
    """A newspaper page's text → its articles, in page order."""
    text, where = strip_glosses(text)
    articles = _parse_page(text, file)
    if not where:
        return articles
    return [replace(a, paragraphs=tuple(replace(p, offset=where[p.offset]) for p in a.paragraphs)) for a in articles]


def _parse_page(text: str, file: str) -> list[Article]:
    lines, page = classify(text)
    drafts: list[_Draft] = []
    cur: _Draft | None = None
    carried: list[tuple[Line, int]] = []  # captions waiting for the article under them
    carrier: _Draft | None = None

    def new(headline: str = "", warning: str = "") -> _Draft:
        d = _Draft(headline=headline, warnings=[warning] if warning else [], page=ln.page)
        drafts.append(d)
        return d

    title_lines = {ln.lineno for ln in lines if ln.before_date}
    pairs = _title_pairs(lines)
    opening_captions = caption_run(lines)  # photo captions opening a headless page, each a paragraph of its own
    caption_rows = _caption_rows(lines)
    digest = _digest(lines)
    headers: list[tuple[_Draft | None, str, int, int]] = []  # disclosure headers waiting for the article under them
    skip: set[int] = set()  # lines read with the one before them
    for i, ln in enumerate(lines):
        line, offset, byline = ln.text, ln.offset, ln.byline
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if ln.cls in ("slogan", "alt") or i in skip:  # "alt": a picture's alt text (lines._settle)
            continue
        if headers and cur is not None and cur is not headers[0][0] and cur.headline and ln.cls != "head":
            for _, text, at, no in headers:
                cur.add("staff", text, at, line=no)
            headers.clear()
        if ln.cls == "header":
            # under a headline, before its text ("…村BA篮球联赛顺利闭幕" / "…站长:王盛泉(…)"): the site's row printed
            # with this story, kept with it as the staff lines under a title are; over a title: the next article's
            under = cur is not None and bool(cur.headline) and not cur.has_body()
            headers.append((None if under else cur, line, offset, ln.lineno))
        elif ln.cls == "staff":
            if cur is not None:
                cur.add("staff", line, offset, line=ln.lineno)
            else:  # "時間:… 責任編輯:敖婷婷" over the page's only story: kept for the article under it, as a header
                headers.append((None, line, offset, ln.lineno))
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
        elif (ln.cls == "byline" and byline is not None and cur is not None and not cur.headline
              and byline.reporters and not byline.photographers and _only_captions(cur)
              and nxt is not None and nxt.cls == "body"):
            # Captions of a story's photos, its headline not kept, then its byline and text ("大型群眾合唱展演活動。"
            # … / "□孫佳 本報記者 劉曉云", a mirror's copy of 牡丹江日报): the captions are the photos', the byline
            # the story's.
            cur.captions = len(cur.paragraphs)
            cur.byline = byline
            cur.add("byline", line, offset, line=ln.lineno)
        elif ln.cls == "byline" and byline is not None and cur is None and not byline.photographers and (
                byline.roles or names_and_place(line)
                or (ln.dateline is not None and bool(ln.dateline.reporters) and ln.dateline.text == line)):
            # A copy that starts at its byline (the headline was not kept; "记者 X", not a bare "上海/北京"): the
            # article's byline all the same.
            cur = new(warning="body text without a headline")
            cur.byline = byline
            cur.dateline = ln.dateline
            cur.add("byline", line, offset, line=ln.lineno)
        elif (ln.cls == "byline" and byline is not None and cur is not None and cur.has_body()
              and (cur.byline is not None or (cur.dateline is not None and bool(cur.dateline.reporters)))
              and not cur.headline and byline.reporters and not byline.photographers
              and ln.dateline is not None and ln.dateline.reporters and ln.dateline.text == line
              and nxt is not None and nxt.cls == "body"):
            # "記者葉建雄/綜合報導" on a line of its own under a headless item that has its byline already
            # (gokinmentour.com's listing): the next item's byline and dateline, its headline not kept.
            cur.ended = True
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
              and (nxt is None or nxt.cls == "head") and _named_in_headline(line, cur.headline)):
            # "曾國衞" under the item "國務院免去曾國衞…" (Yahoo新聞's list): the item's tag naming whom it is about,
            # kept with it as a line of its own — neither its writer nor the next item's kicker
            cur.add("body", line, offset, line=ln.lineno)
            cur.closed.add(cur.paragraphs[-1].index)
            cur.ended = True
        elif (cur is not None and cur.has_body() and not cur.ended and cur.byline is None and cur.credit is None
              and not (cur.dateline is not None and cur.dateline.reporters)  # "景区热" over the next headline
              and _NAME_LINE.match(line) and fold(line.lstrip("□◎○●■☉⊙—-(（ "))[:1] in SURNAMES
              and (nxt is None or nxt.cls == "head") ):
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
        elif ln.caption and cur is not None and cur.headline and not cur.ended:
            # a picture's caption printed twice (caption and alt text): a paragraph each, joined to nothing
            cur.pictured.add(len(cur.paragraphs))
            cur.add("body", line, offset, line=ln.lineno)
        elif (ln.cls == "body" and cur is not None and cur.headline and cur.has_body() and _PAIRED_HEAD.fullmatch(line)
              and cur.paragraphs[-1].kind == "body" and _ends_sentence(cur.paragraphs[-1].text) and nxt is not None
              and nxt.cls == "body" and len(nxt.text) > 3 * len(line) and _ends_sentence(nxt.text)):
            # "…回答。 / 用新的方法,蹚出路子 / 从2018年起,…。": two short parallel phrases, no stop, between whole
            # paragraphs — a sub-head (a line the columns broke would run on into the next line's sentence)
            cur.add("section", line, offset, line=ln.lineno)
        elif (ln.cls == "body" and cur is not None and cur.headline and cur.has_body() and _PAIRED_HEAD.fullmatch(line)
              and cur.paragraphs[-1].kind == "body" and _ends_lead_in(cur.paragraphs[-1].text) and nxt is not None
              and nxt.cls == "body" and _PAIRED_HEAD.fullmatch(nxt.text) and i + 2 < len(lines)
              and lines[i + 2].cls == "body" and len(lines[i + 2].text) > 3 * len(line)
              and _ends_sentence(lines[i + 2].text)):
            # "…全文如下~ / 一本初衷,勤懇打拚 / 把關財政,有感施政 / 姿妙從接下印信…。": two pairs of parallel phrases
            # in a row, no stop, between whole paragraphs — one sub-head over two lines
            cur.add("section", f"{line} {nxt.text}", offset, line=ln.lineno)
            skip.add(i + 1)
        elif (ln.cls == "body" and cur is not None and cur.paragraphs and cur.paragraphs[-1].kind == "section"
              and cur.paragraphs[-1].line == lines[i - 1].lineno
              and _NUMBERED_LABEL.fullmatch(cur.paragraphs[-1].text) and len(line) <= 40
              and not re.search(r"[。！？!?；;]", line) and not line.endswith((",", "，", ":", "："))):
            # "亮点1" / "天府中央法务区…全国领先,审理案件标的额超430亿元" (四川法治报): a numbered label, then its
            # title — a sub-head under the label though it holds a comma, not the first line of a paragraph
            cur.add("section", line, offset, line=ln.lineno)
        elif (ln.cls == "body" and cur is not None and cur.headline and not cur.has_body()
              and _title_printed_again(line, cur.headline)):
            # "…事務質詢-盧市長…" under "…事務質詢 盧市長…" and its date line (台中時報): the headline printed
            # again as its picture's title, a dash for its space — neither text nor a sub-head
            pass
        elif (ln.cls in ("body", "head") and cur is not None and cur.headline and not cur.has_body()
              and cur.byline is None and (bm := _NAMED_BOX_TITLE.fullmatch(line)) is not None
              and fold(bm["name"])[:1] in SURNAMES and (ln.cls == "body" or "我" in bm["title"])
              and nxt is not None and nxt.cls == "body" and len(nxt.text) > 40):
            # "高昱 1998年,张金柱让我成为“异教徒”" under the headline (三联生活周刊): a box's title — the name of
            # whom it is about, a space, then his words as its title, no sentence — a sub-head over the text (a
            # line read as a title only when the words are his own, in the first person: a deck names its doer too)
            cur.add("section", line, offset, line=ln.lineno)
        elif ln.cls == "body" and cur is not None and not ln.row and cur.join_last_body(line):
            pass  # the tail of a paragraph the page's columns broke; a headline or byline never is one
        elif ln.cls == "head" and (cur is None or cur.ended) and section_marked(line) and (
                fold(line).rstrip(":：") in SECTION_WORDS or _BARE_PART.fullmatch(fold(line).strip())) \
                and nxt is not None and nxt.cls == "body":
            # "編按：" opening the copy, the note under it (青年日報 as Yahoo serves it), or a part's bare number
            # "(一)" over its text (中国农网, the headline not kept): a sub-head, no headline
            cur = new()
            cur.add("section", line, offset, line=ln.lineno)
        elif ((ln.cls == "head" and (cur is None or cur.ended) or ln.cls == "head" and ln.lineno in page.items
               and cur is not None and cur.has_body()) and not _linked_lead(ln, nxt, page.items)):
            # (a title where lines.py saw an item start, under a report: "更多内容" cut off before it — the next item)
            cur = new(line)
            cur.add("headline", line, offset, line=ln.lineno)
        elif (ln.cls == "head" and digest and cur is not None and cur is drafts[0] and not cur.has_body()
              and ln.lineno in page.items):
            # "澳洲今日头条" / "ABC澳广:" / the first item's headline (澳微帮's digest): the item's source label says
            # an item starts here — the title lines over it are the digest's, kept (searchable) with the first item
            block = list(cur.paragraphs)
            drafts.remove(cur)
            cur = new(line)
            cur.add("headline", line, offset, line=ln.lineno)
            for p in block:
                cur.add("staff", p.text, p.offset, line=p.line)
        elif ln.cls == "head" and cur is not None and i in pairs and not _same_title(cur.headline, line):
            # A listing that prints each item's title twice (法庭線's tag page: a title card and the link under
            # it), some items a title alone: each pair is a new item. A single line over the first pair is the
            # site's motto, no item of its own.
            if cur is drafts[0] and len(cur.paragraphs) == 1 and not cur.has_body():
                drafts.remove(cur)
            cur = new(line)
            cur.add("headline", line, offset, line=ln.lineno)
        elif ln.cls == "head" and cur is not None and any(p.speaker for p in cur.paragraphs) and speaker(line):
            cur.add("body", line, offset, speaker(line), ln.lineno)  # a short turn of an interview
        elif (ln.cls == "head" and cur is not None and cur.has_body() and len(line) <= 30
              and all(GROUP_PHOTO.search(p.text) for p in cur.paragraphs if p.kind == "body")):
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
        elif (ln.cls == "head" and cur is not None and cur.has_body() and cur.headline
              and fold(line) == fold(cur.headline) and cur.paragraphs[-1].kind == "body"):
            # the headline printed again under the lead (an image's text, 舜网): neither a sub-head nor an item.
            # With the report's dateline under it (a deck between), the text above was the site's summary
            # ("委员们认为,…" / the headline / "刘祥全参加" / "永川日报全媒体讯 (记者 张 玲)…"): the article starts
            # again.
            if len(line) >= 8 and _dateline_follows(lines, i):
                cur.drop_body()
        elif (ln.cls == "head" and cur is not None and cur.has_body() and cur.paragraphs[-1].kind == "body"
              and _SITE_CUT.search(line) and (nxt is None or nxt.lineno in page.items)):
            # "戴偉浚年..." ending a listing's lead (HKG報): the site cut the lead there, a paragraph of its text
            cur.add("body", line, offset, line=ln.lineno)
        elif (ln.cls == "head" and cur is not None and cur.has_body() and nxt is None and not cur.headline
              and cur.paragraphs[-1].kind == "body" and not section_marked(line)
              and not _BARE_PART.fullmatch(line.strip())):  # "(二)" where an excerpt is cut: a part's number
            # the page's last line, a heading under a headless story's text: it heads nothing — a picture's
            # caption printed after the text ("华助中心2018年度工作交流会在北京举行"), a paragraph of its own
            cur.add("body", line, offset, line=ln.lineno)
            cur.closed.add(cur.paragraphs[-1].index)
        elif (ln.cls == "head" and cur is not None and cur.has_body() and len(cur.paragraphs) >= 2 and i >= 2
              and cur.paragraphs[-1].kind == "body" and cur.paragraphs[-2].kind == "section"
              and cur.paragraphs[-1].line == lines[i - 1].lineno and cur.paragraphs[-2].line == lines[i - 2].lineno
              and len(cur.paragraphs[-1].text) <= 20 and cur.paragraphs[-1].text.endswith((",", "，"))
              and not re.search("[。！？!?；;:：]", cur.paragraphs[-1].text) and nxt is not None and nxt.cls == "body"):
            # "产业振兴" / "从空间破局到产城升级," / "经济走廊串联“双子星”" / text (惠州日报): no paragraph is one short
            # phrase ending in a comma — between a sub-head and a title-like line it is the first line of a
            # sub-head printed over two lines
            last = cur.paragraphs.pop()
            cur.bodies -= 1
            cur.add("section", f"{last.text} {line}", last.offset, line=last.line)
        elif ln.cls == "head" and cur is not None and cur.has_body() and i in caption_rows:
            # photos' captions one a line between paragraphs or after the last: a paragraph each, joined to none
            cur.pictured.add(len(cur.paragraphs))
            cur.add("body", line, offset, line=ln.lineno)
        elif ln.cls == "head" and cur is not None and cur.has_body() and (
                _portrait_caption(line) or (_act_caption(line) and nxt is not None and nxt.cls == "body")):
            # "万锦区议员Joe Li 李国贤" / "列治文山市议员崔冰辉" between paragraphs (北美之声): a portrait's caption,
            # a post and a name alone — no sub-head says only who someone is
            cur.add("body", line, offset, line=ln.lineno)
        elif ln.cls == "head" and cur is not None and cur.has_body() and _DASHED_WRITER.fullmatch(line.strip()):
            # "华人综合症" / "—瓦格维尔吉.B.安德拉什—" (新导报): the part's writer between dashes under its title —
            # a line of its own, neither a second line of the sub-head nor the start of the text under it
            cur.add("body", line, offset, line=ln.lineno)
            cur.closed.add(cur.paragraphs[-1].index)
        elif ln.cls == "head" and cur is not None and cur.has_body() and _issuers(lines, i):
            cur.add("body", line, offset, line=ln.lineno)  # "自貢市作家協會 / 自貢日報社 / 2021年9月21日": signed
        elif ln.cls == "head" and cur is not None and cur.has_body():
            # A digest's items have one-line headlines; under a kicker or sub-title the line is a sub-head.
            # A headline-like line with a date line right under it is an item's headline in a listing (大學線's
            # "家屬親述:… / 2022 年 04 月 19 日"), never a sub-head.
            if ln.lineno in page.items or ln.before_date or _FLASH.match(fold(line)) or _starts_article(lines, i) or (
                    _plain(cur) and cur.headline and not _subtitled(cur, title_lines)
                    and not (_fielded(cur, lines) and " " not in line.strip())
                    and _item_headline(line, cur.headline) and nxt is not None and nxt.cls == "body") or (
                    digest and nxt is not None and nxt.cls == "body"):
                block = _digest_block(cur) if digest and cur is drafts[0] else []
                if block:
                    drafts.remove(cur)
                mark = len(line) - len(line.lstrip("■●◆▲ ")) if digest else 0  # "▲韓外長人選…": the item's mark
                cur = new(line[mark:])
                cur.add("headline", line[mark:], offset + mark, line=ln.lineno)
                for p in block:  # the digest's title block, kept (searchable) with its first item, as a header is
                    cur.add("staff", p.text, p.offset, line=p.line)
            elif (cur.paragraphs[-1].kind == "section" and cur.paragraphs[-1].line == lines[i - 1].lineno
                  and not section_marked(line)  # "§2 公司基本情况" / "2.1 基本情况简介": two sub-heads
                  # "質疑一:…“打架”?" / "回應:披露口徑不一致": a sub-head ending in a question is whole; the
                  # line under it answers — a sub-head of its own, not the question's second line
                  and cur.paragraphs[-1].text.rstrip()[-1:] not in "？?"):
                last = cur.paragraphs[-1]  # a sub-head over two lines
                cur.paragraphs[-1] = replace(last, text=f"{last.text} {line}")
            else:
                cur.add("section", line, offset, line=ln.lineno)
        elif (ln.cls == "head" and cur is not None and section_marked(line) and cur.headline and not cur.has_body()
              and cur.byline is None and lines[i - 1].cls == "head" and nxt is not None and nxt.cls == "body"
              and (nxt.dateline is not None or parse_dateline(nxt.text) is not None)):
            # "●本报赞助4000万元" between the headline and the dateline that opens the story (西貢解放日報): the
            # deck, marked — the story has no sub-head before its first paragraph
            cur.sub.append(line)
            cur.add("subheadline", line, offset, line=ln.lineno)
        elif ln.cls == "head" and cur is not None and section_marked(line) and cur.headline:
            cur.add("section", line, offset, line=ln.lineno)
        elif ln.cls == "head" and cur is not None and not cur.has_body() and cur.byline is None:
            cur.sub.append(line)
            cur.add("subheadline", line, offset, line=ln.lineno)
        elif (ln.cls == "head" and cur is not None and cur.headline and cur.byline is not None
              and _LABELLED_HEAD.fullmatch(fold(line).strip()) and nxt is not None and nxt.cls == "body"
              and ((not cur.has_body() and lines[i - 1].cls == "byline")
                   or any(p.kind == "section" and _LABELLED_HEAD.fullmatch(fold(p.text).strip())
                          for p in cur.paragraphs))):
            # "画里乡村:奇光异彩 人杰地灵" under the byline, "话理乡村·释法理:创新普法方式" further down (古蔺法院):
            # a part's label and its title, no sentence — the first sub-head (a deck is printed over the byline),
            # then the parts after it printed the same way
            cur.add("section", line, offset, line=ln.lineno)
        elif (ln.cls == "head" and cur is not None and cur.headline and not cur.has_body() and cur.byline is not None
              and _COLUMN_OPENS.search(fold(line)) and nxt is not None and nxt.cls == "body"):
            # "《30年·我与中国交通报》开栏" under the byline (中国交通报): a paper announces a new column's first
            # piece with its name and 开栏 — a label over the editor's note and the text, a sub-head, no text
            cur.add("section", line, offset, line=ln.lineno)
        elif (ln.cls == "head" and cur is not None and cur.headline and not cur.has_body() and cur.byline is not None
              and i > 0 and lines[i - 1].cls == "byline" and _bare_names(lines[i - 1])
              and len(line) <= 12 and nxt is not None
              and nxt.cls == "body" and ln.lineno not in title_lines):
            # "我当民工报道员 / 牛图 / 战山河通讯员 / 1973年春,…" (or "林清风 张平 / 序言"): a short line between the
            # writers' names under the title and the text is the essay's first sub-head (a deck is printed over the
            # byline, not under it; a report's "本报记者 …" may have a photo's caption there)
            cur.add("section", line, offset, line=ln.lineno)
        elif (ln.cls == "head" and cur is not None and not cur.has_body() and cur.paragraphs
              and cur.paragraphs[0].kind == "byline" and ln.lineno not in title_lines):
            # "工人日报-中工网记者 刘兵" over a digest's first title: the copy began at its byline, the title under it
            if cur.headline:
                cur.sub.append(line)
            else:
                cur.headline = line
            cur.add("subheadline" if cur.sub else "headline", line, offset, line=ln.lineno)
        else:
            if cur is not None and cur.has_body() and ln.lineno in page.items:
                cur.ended = True  # a lead under its item's address (HKG報's listing): the next item
            if cur is not None and not cur.ended and _reporter_led_item(lines, i, cur):
                # "(亞洲經濟通訊社記者X/臺中報導)…" / "(…記者Y/高雄報導)…" (AENA's listing): paragraphs each led by its
                # own reporter and place, one after another, are an item each; a line over the first of them is the
                # listing's label, not that item's headline (the others have none)
                if cur is drafts[0] and cur.headline and cur.paragraphs[0].kind == "headline":
                    kept = [p for p in cur.paragraphs if p.kind != "headline"]
                    cur.paragraphs = [replace(p, index=n) for n, p in enumerate(kept)]
                    cur.headline = ""
                cur.ended = True
            if cur is None or cur.ended:
                cur = new(warning="body text without a headline")
                cur.captions = opening_captions if not drafts[:-1] else 0
            if byline is not None:
                cur.warnings.append(f"byline in the body: {line}")
            # (no headline kept, 詩華日報's site) a picture's caption placing people in it and the site's summary over
            # "(本报古晋4日讯)…": the caption is no part of the text the dateline opens
            placed = sum(1 for p in cur.paragraphs if p.kind == "body" and p.index not in cur.pictured
                         and not cur.headline and len(p.text) <= 160 and pictured(p.text))
            if cur.dateline is None and (cur.bodies - len(cur.pictured) - placed <= 1 or cur.bodies == cur.captions):
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
                    and nxt.cls == "body" and trailing_credit(nxt.text) is not None
                    and not _captions_over_text(lines, i + 1))
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
        if ln.closes and cur is not None and cur.paragraphs and cur.paragraphs[-1].kind == "body":
            cur.closed.add(cur.paragraphs[-1].index)  # a lead's last short line, a table's row: it ends here
        if ln.marks and cur is not None:
            cur.marks.extend(m for m in ln.marks if m != "完")
            cur.ended = cur.ended or (any(m.startswith(("下转", "转", "详见", "见", "内文见")) for m in ln.marks)
                                      and not _jump_joined(ln, nxt)) or ("完" in ln.marks and cur.has_body())

    if headers and cur is not None and cur is not headers[0][0]:
        for _, text, at, no in headers:  # a masthead's statement over a page of one headline-less item
            cur.add("staff", text, at, line=no)
    date = page.date or date_in_name(file) or _dateline_year(drafts)
    # "非洲时报" over "来源: 翡冷翠侨讯" (a site reposting another's report): the source field names the copy's
    # outlet, a masthead's name the site that shows it
    source = _centre_paper(page.fielded or page.source, drafts) or source_in_name(file)
    titles = {ln.lineno for ln in lines if ln.before_date}
    # The page's short lines, a list of its titles among them ("中超联赛进入收官阶段~~~", 天津日报's e-paper), which
    # the loader reads as furniture: a title printed there and again over its item is named by the list.
    short = [(no, r.strip().rstrip("~").strip()) for no, r in enumerate(text.splitlines(), 1)
             if 0 < len(r.strip()) <= 40 and not re.search("[。！？!?]", r)]
    articles = []
    for n, d in enumerate(drafts):
        top = min((p.line for p in d.paragraphs if p.kind in ("headline", "subheadline")), default=0)
        _sort_heads(d, titles, [t for no, t in short if t and no < top])  # a list is printed above the item
        _site_line(d, source)
        _deck_over_picture(d)
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
        photo = photo or _credited_picture(d, len(bodies))
        kind = "interview" if interview else "photo" if photo else "article"
        articles.append(Article(
            id=f"{file}#{n}", file=file, headline=_column_run_in(d.headline), subheadline=" ".join(d.sub),
            byline=byline, credit=d.credit or Byline(), paragraphs=tuple(paragraphs),
            continuations=tuple(d.marks), kind=kind, date=date, source=source, page=d.page or page.page,
            warnings=tuple(warnings), dateline=d.dateline,
        ))
    return articles


# a lead the site cut short: "…甚至...", "戴偉浚年...", "…⋯"
_SITE_CUT = re.compile(r"(?:\.{3}|…|⋯)$")


def _linked_lead(ln: Line, nxt: Line | None, items: set[int]) -> bool:
    """A short line under an item's address that leads into the text under it ("尊敬的林鄭月娥特首:" over a letter's
    first paragraph, HKG報's listing): the lead's first line, not a headline (a listing of leads prints none)."""
    return ln.lineno in items and ln.text.rstrip()[-1:] in ":：" and nxt is not None and nxt.cls == "body"


def _reporter_led(ln: Line) -> bool:
    """A paragraph that opens with its reporter and place ("(亞洲經濟通訊社記者黃文志/臺中報導)臺中市…")."""
    d = ln.dateline if ln.dateline is not None else parse_dateline(ln.text)
    return ln.cls == "body" and d is not None and bool(d.reporters) and len(ln.text) > len(d.text) + 20


def _reporter_led_item(lines: list[Line], i: int, cur: _Draft) -> bool:
    """lines[i] is the next of three or more reporter-led paragraphs in a row, the draft holding only the one before:
    a listing's items of one paragraph each, never one report's parts (each part goes on for paragraphs)."""
    if not (_reporter_led(lines[i]) and cur.bodies == 1 and i > 0 and _reporter_led(lines[i - 1])
            and cur.paragraphs[-1].kind == "body" and _ends_sentence(cur.paragraphs[-1].text)):
        return False
    return (i + 1 < len(lines) and _reporter_led(lines[i + 1])) or (i > 1 and _reporter_led(lines[i - 2]))


def _issuers(lines: list[Line], i: int) -> bool:
    """Lines i… are a notice's signature at its end: the bodies that issue it, one name a line, over the date
    line (furniture), and no text after — not sub-heads, nor a new item's headline over its date."""
    j = i
    while j < len(lines) and lines[j].cls == "head" and len(lines[j].text) <= 16 and " " not in lines[j].text.strip() \
            and ORG_SUFFIX_RE.search(fold(lines[j].text)):
        if lines[j].before_date:
            return j + 1 == len(lines) or lines[j + 1].cls not in ("head", "body")
        j += 1
    return False


def _title_pairs(lines: list[Line]) -> set[int]:
    """The lines that open a title printed twice (the line under it the same title), when a page has two such
    pairs or more: a listing's items, each a title card and its link."""
    _twice_printed_heads(lines)
    starts = {i for i in range(len(lines) - 1) if lines[i].cls == "head" and lines[i + 1].cls == "head"
              and _same_title(lines[i].text, lines[i + 1].text)
              and not (i > 0 and lines[i - 1].cls == "head" and _same_title(lines[i - 1].text, lines[i].text))}
    return starts if len(starts) >= 2 else set()


def _twice_printed_heads(lines: list[Line]) -> None:
    """A short line printed twice in a row, ending in no sentence's punctuation, is a listing's title card and
    its link even where a comma inside kept it from reading as a heading (Malaysian and Singapore papers put one
    in a headline: "印尼全力扑救林火,佐科威放话对付肇事公司"), when the page has two such pairs or more."""
    twice = [i for i in range(len(lines) - 1) if lines[i].text.strip() == lines[i + 1].text.strip()
             and 4 <= len(lines[i].text.strip()) <= 40 and lines[i].text.strip()[-1] not in "。！？!?…."
             and {lines[i].cls, lines[i + 1].cls} <= {"head", "body"} and not lines[i].caption]
    if len(twice) >= 2:
        for i in twice:
            lines[i].cls = lines[i + 1].cls = "head"


def _plain(d: _Draft) -> bool:
    """An article of a headline and paragraphs only (a digest's item): a headline-like line over more
    paragraphs starts the next item, not a sub-head — sub-heads come in articles with a byline or dateline (a
    bare day before a dash, "9月3日 —— ", names no desk: the item is plain all the same)."""
    bare = d.dateline is not None and not (d.dateline.agency or d.dateline.place or d.dateline.reporters)
    return d.byline is None and (d.dateline is None or bare) and d.credit is None and not any(
        p.kind == "section" for p in d.paragraphs)


def _fielded(d: _Draft, lines: list[Line]) -> bool:
    """The article's headline has the site's date or source line right under it ("围绕“五大战略”攻坚50个项目" /
    "玉林晚报 2016-03-02 10:27"): one report's page, whose undated one-phrase lines are its sub-heads — a listing
    dates each of its items, and a digest's headlines under a dated title come in two parts ("本土增25例 日翊…")."""
    heads = {p.line for p in d.paragraphs if p.kind == "headline"}
    return any(ln.lineno in heads and (ln.before_date or ln.before_source) for ln in lines)


def _subtitled(d: _Draft, title_lines: set[int]) -> bool:
    """The article's headline block has a kicker or sub-title (a page's title over it does not count)."""
    heads = [p.line for p in d.paragraphs if p.kind in ("headline", "subheadline")]
    return len(heads) > 1 and not title_lines.intersection(heads)


def _item_headline(line: str, headline: str = "") -> bool:
    """Shaped like a news headline rather than a sub-head: two parts with a space between them, long, or about
    as long as the item's own headline (a digest's headlines are alike; a sub-head is shorter)."""
    return not section_marked(line) and (" " in line.strip() or len(line) >= 16
                                         or len(line) >= 10 and len(line) * 5 >= len(headline) * 4)


def _signature(d: _Draft, line: str, nxt: Line | None) -> int | None:
    """Where a writer's signature starts at the end of an article's last paragraph, when it has no byline."""
    # an editor's line ("責任編輯:admin") may stand between the signature and the page's end. A photo's credit
    # over the report ("焦永普 摄", 中国网·滨海高新) names no writer: the writer's "(记者马坤)" at its end still counts.
    if d.byline is not None or d.credit is not None and not _photo_credit_only(d.credit) or not (
            nxt is None or nxt.cls in ("head", "staff")
            or (nxt.cls == "body" and _BRIEF.match(line) and _BRIEF.match(nxt.text))):
        return None  # a brief's writers end it when the next brief follows
    return trailing_signature(line)


def _photo_credit_only(credit: Byline) -> bool:
    """A credit that names photographers only, printed on a line of its own ("焦永普 摄"), no writer with them."""
    return bool(credit.photographers) and not credit.reporters and not credit.correspondents


# A photo credit's role left at the end of its caption when the credit was broken over two lines.
_CREDIT_ROLE_END = re.compile(r"(?<=[。！？!?])\s*(?P<role>(?:本报|新华社|本台)?(?:特派|摄影|首席)?记者)$")


def _jump_joined(ln: Line, nxt: Line | None) -> bool:
    """A "(下转第二版)" jump whose continuation the copy prints right under it (a site's repost of a front-page
    report, 来宾日报 as yybnet.net serves it): the next line is a paragraph of the same text — body, no dateline or
    byline opening a report of its own, no closing quote's speaker — so the item goes on rather than ending."""
    if nxt is None or nxt.cls != "body" or nxt.byline is not None or nxt.dateline is not None:
        return False
    if not any(m.startswith("下转") for m in ln.marks) or parse_dateline(nxt.text) is not None:
        return False
    return ln.cls == "body" and bool(re.search("[。！？!?”」]$", ln.text.rstrip()))


def _credit_ends(lines: list[Line], i: int) -> bool:
    """A photo credit at line i ends its article when the page ends or a new article follows."""
    if i + 1 >= len(lines):
        return True
    if lines[i + 1].cls != "head":
        return False
    # A headline over paragraphs, shaped like a news headline (中國時報's captions stand over their headline).
    return _starts_article(lines, i + 1) or (_item_headline(lines[i + 1].text) and " " in lines[i + 1].text.strip()
                                             and i + 2 < len(lines) and lines[i + 2].cls == "body")


def _add_caption(d: _Draft, ln: Line, cut: int) -> None:
    """A caption with its credit printed on the same line: the caption as body text, the credit apart."""
    d.add("body", ln.text[:cut].rstrip(), ln.offset, line=ln.lineno)
    credit = parse_byline(ln.text[cut:])
    if credit is not None:
        d.credit = credit if d.credit is None else _merge(d.credit, credit)
    d.add("credit", ln.text[cut:], ln.offset + cut, line=ln.lineno)


# "第75集团军某旅" / "陆空对抗淬剑锋": a military paper names the (anonymised) unit over each report's title
_UNIT_KICKER = re.compile(r"[\u4e00-\u9fff\d]{1,14}某[\u4e00-\u9fff]{0,4}"
                          r"(?:旅|团|营|连|部|基地|支队|大队|中队|舰|站|所|院|中心|队)")


def _sort_heads(d: _Draft, titles: set[int], listed: list[str] | None = None) -> None:
    """The lines over an article → headline and sub-headline, as papers print them: a kicker (引题) over the
    main title when it is the shorter, a "——" sub-title, the main title over two or three lines joined. A page
    title with the page's date under it and a table of contents (the headline printed again below it) are
    dropped."""
    heads = [p for p in d.paragraphs if p.kind in ("headline", "subheadline")]
    if len(heads) < 2:
        return
    pictures = _picture_titles(heads)
    if pictures:
        # A photo's title printed under each of two photos ("閉幕式現場" twice in a row under the headline,
        # 四川新聞網 as a mirror serves it): caption text, neither a title nor a table of contents' repeat.
        d.paragraphs = [replace(p, kind="body") if p.index in pictures else p for p in d.paragraphs]
        heads = [p for p in heads if p.index not in pictures]
        d.sub = [p.text for p in heads[1:]]
        if len(heads) < 2:
            d.headline = _GENRE_LABEL.sub("", heads[0].text) if heads else ""
            return
    drop: set[int] = set()
    first = next((j for j in range(1, len(heads)) if any(_same_title(heads[k].text, heads[j].text)
                                                          and not _own_deck(heads[k].text, heads[j].text)
                                                          for k in range(j))), len(heads))
    # The title printed again under a table of contents may take two lines ("冷风中守候两小时" /
    # "热心肠感动外地人", both in the list above): the lines of the repeat after the first stay with it.
    end = first
    while end < len(heads) and any(_same_title(heads[k].text, heads[end].text) for k in range(first)):
        end += 1
    for j in range(1, len(heads)):
        if j == first or j >= end and any(_same_title(heads[k].text, heads[j].text) for k in range(j)):
            drop |= {p.index for p in heads[:j]}
    drop |= {p.index for p in heads[:-1] if p.line in titles}
    keep = [p for p in heads if p.index not in drop]
    if len(keep) >= 2 and len(keep[0].text.strip()) <= 2:
        # "金郡" over a listing's first title (a tag page's name, 西華報): one or two characters are a label, not
        # a kicker — kickers are phrases.
        drop.add(keep[0].index)
        keep = keep[1:]
    labels = {p.index for p in keep if _CHANNEL_LABEL.fullmatch(fold(p.text).strip())}
    if len(keep) >= 2 and len(labels) < len(keep):
        # "社区活动" / "本市动态" over the title, "國情動向" under it: the site's or page's column, named by what a
        # column holds — a label, neither kicker nor deck
        drop |= labels
        keep = [p for p in keep if p.index not in labels]
    dashes = [p for p in keep if p.text.startswith("——")]
    rest = [p for p in keep if not p.text.startswith("——")]
    # The site's title over the copy, the paper's title printed again under it: the repeat is the headline, the
    # lines after it its decks ("我市党政代表团赴赣州学习考察" twice, then "学思路…" / "为加快…" / "吴忠琼会见 …")
    again = first < len(heads) and bool(rest) and rest[0].index == heads[first].index
    latin = [not re.search(r"[\u4e00-\u9fff]", p.text) for p in rest]
    if len(rest) == 2 and latin.count(True) == 1:
        # "Di balik pertemuan…" over "在左科威与习近平会晤的背后" (好報): a title in another language beside the
        # Chinese one translates it — the Chinese is the headline, whichever is printed first or is longer
        main, sub = [rest[latin.index(False)]], [rest[latin.index(True)]] + dashes
    elif len(rest) == 2 and _listed_one(rest, listed or []) >= 0:
        # The page's list of titles names an item by its main title ("中华龙舟大赛总决赛陵水鸣枪" listed above the
        # item, "今日上午CCTV-5直播九项决赛" under it is not): the listed one is the headline, printed first or not.
        k = _listed_one(rest, listed or [])
        main, sub = [rest[k]], [rest[1 - k]] + dashes
    elif len(rest) == 2 and rest[0].text.rstrip()[-1:] in "的之与和及"  and len(rest[0].text) <= 10:
        main, sub = rest, dashes  # "我与晚报的" / "14年情谊": one title broken after an open word, not a kicker
    elif again and len(rest) >= 2:
        main, sub = rest[:1], rest[1:] + dashes
    elif len(rest) >= 3 and _title_over_names(rest):
        main, sub = rest[:1], rest[1:] + dashes
    elif len(rest) == 3 and _parallel_decks(rest[0].text, rest[1].text, rest[2].text):
        main, sub = rest[:1], rest[1:] + dashes
    elif len(rest) >= 3:
        main, sub = rest[1:], rest[:1] + dashes
    elif len(rest) == 2 and (k := _slogan_beside_title(rest[0].text, rest[1].text)) != -1:
        main, sub = [rest[k]], [rest[1 - k]] + dashes
    elif len(rest) == 2 and _asked_and_answered(rest[0].text, rest[1].text):
        main, sub = rest[:1], rest[1:] + dashes
    elif len(rest) == 2 and _ATTENDED_DECK.search(rest[1].text) and not _SPEAKER_KICKER.search(rest[0].text):
        # "全市一月份重点项目集中开工" / "惠进才下达开工令杨广亭讲话": a line naming who spoke or attended is the
        # title's deck, printed under it, whichever line is the longer
        main, sub = rest[:1], rest[1:] + dashes
    elif len(rest) == 2 and (len(rest[0].text) <= len(rest[1].text) and not _deck(rest[0].text, rest[1].text)
                             or _SPEAKER_KICKER.search(rest[0].text) is not None  # "毛平在…审议时强调": the kicker
                             or quoted(rest[0].text) and not quoted(rest[1].text)  # a quotation: the kicker
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
    d.headline = _GENRE_LABEL.sub("", " ".join(p.text for p in main))
    if again and len(main) == 1 and any(re.sub(r"\s+", " ", heads[k].text.strip()) == re.sub(r" {2,}", " ", d.headline)
                                        for k in range(first)):
        # "南市新任7區長宣誓就職   黃偉哲:…" under "南市新任7區長宣誓就職 黃偉哲:…": the title printed again with the
        # site's padding between its parts — the words are the same, the run of spaces is layout, one space apart
        d.headline = re.sub(r" {2,}", " ", d.headline)
    d.sub = [p.text for p in sorted(sub, key=lambda p: p.index)]


def _shape(text: str) -> str:
    """A title line's shape: its words as x, its marks as printed ("《朝日新闻》总力报道" → "《xxxx》xxxx")."""
    return re.sub(r"[\u4e00-\u9fffA-Za-z0-9]", "x", text.strip())


def _parallel_decks(first: str, second: str, third: str) -> bool:
    """A title over two deck lines set as a pair: the same shape, marks in the same places, each shorter than the
    title ("主流媒体首次聚焦在日华人" / "《朝日新闻》总力报道" / "《中文导报》独家转载", 中文导报;
    "继住开来.伦敦华埠商会…" / "再创新猷.皇室团队…"): the decks of the title over them, not a main title broken
    over two lines under a kicker — a broken title's lines need not match mark for mark, and a pair with no mark
    at all is left alone."""
    shape = _shape(second)
    return (shape == _shape(third) and shape.strip("x") != "" and " " not in shape
            and len(second.strip()) < len(first.strip()) and len(third.strip()) < len(first.strip()))


# What a deck says the leaders named in it did: attended, accompanied, saw off.
_PEOPLE_DECK = re.compile(r"出席|参加|參加|陪同|送别|送別")


def _title_over_names(rest: list[Paragraph]) -> bool:
    """Three or more title lines, the first a plain title and a later one saying who attended or saw off
    ("刘泽民同志遗体告别仪式在太原举行" / "习近平…李瑞环" / "…等以不同形式表示哀悼" / "骆惠宁楼阳生等送别"): the
    lines under the title are its deck, broken over lines with the names — not a main title under a kicker. So
    too when a line between says who spoke where, leading into the line under it ("吴晓华参加…讨论" /
    "吴晓华在参加…讨论时强调" / "围绕中心 履职尽责 …", 衡水日报): that is the deck's kicker, under the title."""
    first = rest[0].text.strip()
    if (" " in first or _SPEAKER_KICKER.search(first) is not None or first.endswith(("——", "—", ":", "："))
            or quoted(first)):
        return False
    if any(_SPEAKER_KICKER.search(p.text.strip()) for p in rest[1:-1]):
        return True
    return _PEOPLE_DECK.search(first) is None and any(_PEOPLE_DECK.search(p.text) for p in rest[1:])


# A kicker that names who spoke where, leading into the title that says what ("毛平在参加双福塘河代表团审议时强调").
_SPEAKER_KICKER = re.compile(r"在[\u4e00-\u9fff“”]{2,}(?:时|上|中)(?:强调|指出|表示|要求|强調)$")
# A deck that names who spoke, attended or accompanied ("惠进才下达开工令杨广亭讲话", "卢小亨夏吾杰等参加").
# "邢国辉侯亮与王学丰陶淑菊一行座谈" (张家口日报): who met whom, the leaders' names run together, is a deck too
_ATTENDED_DECK = re.compile(r"(?:出席|参加|陪同|讲话|致辞|出席會議|參加|講話|出席会议|"
                            r"[\u4e00-\u9fff]{4,}与[\u4e00-\u9fff]{4,}(?:一行)?(?:座谈|会谈|会见|座談|會談|會見)|"
                            # "普陀区长与政协委员共谋良策" (联谊报): who sat down with whom to plan or talk together
                            r"[\u4e00-\u9fff]{2,}[与與][\u4e00-\u9fff]{2,}共(?:谋|商|议|话|謀|議|話)[\u4e00-\u9fff]{1,4})$")

# "专稿 在左科威与习近平会晤的背后" (好報): the kind of piece printed before its title, a space between — a label
_GENRE_LABEL = re.compile(r"^(?:专稿|特稿|独家|專稿|獨家)\s+(?=\S)")


# A channel's name: a few characters ending in what a site calls its sections (澳洲新闻, 本地要闻, 社区动态) — not a
# deck naming the paper's people ("郑州晚报采编发团队")
_CHANNEL = "[\u4e00-\u9fff]{0,4}(?:新闻|资讯|频道|要闻|动态|快讯)"


# A column's label: two characters, then what a column holds ("大温新闻", "社区活动", "國情動向" folded).
# "北馬地方" (光明日報 of Penang): a region's local news, as Malaysian papers name their regional pages
_CHANNEL_LABEL = re.compile("[\u4e00-\u9fff]{2}(?:新闻|资讯|频道|要闻|动态|快讯|活动|动向|地方)")


# "农业讯息 渭南市培育农民合作社6582家" (陕西科技报 as yybnet.net serves it): the paper's column label run into the
# title's line, a space apart — the column's name, no part of the title, as such a label on a line of its own is not
_COLUMN_RUN_IN = re.compile("(?P<label>[\u4e00-\u9fff]{2}(?:新闻|资讯|讯息|要闻|动态|快讯))\\s+(?P<title>\\S.{5,})")


def _column_run_in(headline: str) -> str:
    m = _COLUMN_RUN_IN.fullmatch(headline)
    return m["title"] if m and not re.search("[。！？]", m["title"]) else headline


def _site_line(d: _Draft, source: str) -> None:
    """"在澳大利亚澳洲新闻" under the headline (china2au.com): the site's own name run into its channel's, a short
    line naming a channel with no stop — the site's furniture, no deck. Kept as a staff line."""
    if not source or not d.sub:
        return
    for p in d.paragraphs:
        rest = p.text.strip()[len(source):] if p.text.strip().startswith(source) else None
        if p.kind == "subheadline" and rest is not None and 2 <= len(rest) <= 6 and re.fullmatch(_CHANNEL, rest):
            d.paragraphs = [replace(q, kind="staff") if q.index == p.index else q for q in d.paragraphs]
            d.sub = [t for t in d.sub if t != p.text]
            return


def _deck_over_picture(d: _Draft) -> None:
    """A short paragraph of whole sentences between the headline and the story's first picture (its caption and
    credit), the story's text under the picture ("穿梭各種資料庫,…的線索。今天,查冊成了佈滿地雷的領域。", 端傳媒):
    the deck, set over the picture as sites print it — a report's lead, dated or long, runs on under it."""
    if not d.headline or d.sub:
        return
    ps = d.paragraphs
    h = max((i for i, p in enumerate(ps) if p.kind == "headline"), default=-1)
    if h < 0 or h + 4 >= len(ps) or [p.kind for p in ps[h + 1:h + 5]] != ["body", "body", "credit", "body"]:
        return
    deck = ps[h + 1].text.strip()
    if len(deck) > 80 or not deck.endswith(("。", "！", "？")) or parse_dateline(deck) is not None:
        return
    d.paragraphs = [replace(p, kind="subheadline") if i == h + 1 else p for i, p in enumerate(ps)]
    d.sub = [deck]


def _picture_titles(heads: list[Paragraph]) -> set[int]:
    """The indexes of a short line printed twice in a row, on adjacent lines, under a different title line
    before it ("樂山市…圓滿落幕" / "閉幕式現場" / "閉幕式現場"): each photo's title. A line repeating the title
    above it (a site's title and the paper's, a table of contents) is not one."""
    out: set[int] = set()
    for j in range(2, len(heads)):
        a, b = heads[j - 1], heads[j]
        if (b.line == a.line + 1 and a.text.strip() == b.text.strip() and len(b.text.strip()) <= 12
                and not any(_same_title(heads[k].text, b.text) for k in range(j - 1))):
            out |= {a.index, b.index}
    return out


def _listed_one(two: list[Paragraph], listed: list[str]) -> int:
    """Which of an item's two title lines the page's list of titles names, when it names exactly one; else -1:
    of the page's short lines above the item, the one printed there too."""
    named = [any(_same_title(p.text, t) for t in listed) for p in two]
    return named.index(True) if named.count(True) == 1 else -1


def _comma_kicker(first: str, second: str) -> bool:
    """A kicker that reads as a sentence, a comma after its time or place, over a short plain main title
    ("上午,记者在奉贤看到市民生活如往昔" / "相信上海不久会恢复热闹", 新民晚报): the kicker, though the longer."""
    head = re.split("[,，]", first)[0]
    # "愿,我能成为你的一束光!" ends as a title does (an exclamation, a question): the title, not a kicker
    return (len(head) <= 4 and first.rstrip()[-1:] not in "!！?？"
            and first.count(",") + first.count("，") == 1 and len(second) <= 14
            and not re.search(r"[,，、:：\s]", second.strip()))


def _slogan_beside_title(first: str, second: str) -> int:
    """Of two title lines, the one that is a plain title when the other is a row of slogans set apart by spaces
    ("发扬奥运拼搏精神 加快“四个随州”建设" over "随州市二届人大三次会议开幕"; "庄悦群…座谈交流" over "发挥独特优势
    当好桥梁纽带 …"): the slogans are the kicker over it or the deck under it, whichever is the longer; else -1."""
    def slogans(text: str, other: str) -> bool:
        parts = text.split()
        return (len(parts) >= 2 and all(len(p) >= 4 for p in parts) and INNER_PUNCT.search(text) is None
                and len("".join(parts)) >= max(16, len(other.strip())))

    def title(text: str) -> bool:
        # not "毛平在参加…审议时强调": a kicker naming who spoke, over the slogans that say what
        return (len(text.split()) == 1 and len(text.strip()) >= 10 and INNER_PUNCT.search(text) is None
                and _SPEAKER_KICKER.search(text) is None and not re.search(r"(?:时|上)(?:表示|讲话)$", text.strip()))

    if slogans(first, second) and title(second):
        return 1
    if title(first) and slogans(second, first):
        return 0
    return -1


# "龍圩區新地鎮何時通公交" / "交通運輸部門:計劃先試行…": a title asking, the deck under it giving who answers and what
_ASKS = re.compile(r"何时|何日|为何|为什么|怎么|怎样|如何|能否|是否|哪|吗|呢|[?？]$")
_ANSWERS = re.compile(r"^[\u4e00-\u9fff]{2,12}[:：](?=\S)")


def _asked_and_answered(first: str, second: str) -> bool:
    """The first of two heads asks a question and the second gives a party's answer after a colon: the title and
    its deck, though the deck is the longer (a kicker does not ask)."""
    return _ASKS.search(fold(first)) is not None and _ANSWERS.match(fold(second)) is not None


def _deck(first: str, second: str) -> bool:
    """A plain title over a long line with commas ("可怜老太太守着垃圾桶不走" / "看起来神志不清,但会…"): the
    second is the title's deck (sub-title), not the main title under a kicker ("两会时间" / "稳增长、保就业、促消费"
    is a kicker over a short main title)."""
    marks = len(INNER_PUNCT.findall(second))
    # one comma will do in a deck of 30 characters or more, half as long again as the title ("周守忠市长向…盛况" /
    # "市委书记王占要求…精神,学好…会议文件"): a kicker that long is rare, a speaker's demands in a deck common
    return INNER_PUNCT.search(first) is None and (marks >= 2 and len(second) >= 20
                                                  or marks == 1 and re.search("[,，]", second) is not None
                                                  and len(second) >= max(30, 1.5 * len(first)))


def _own_deck(title: str, line: str) -> bool:
    """A "——" sub-title under a title that already runs its own sub-title on after a dash ("为敦煌点赞 为文博助力
    ——酒泉市干部群众为…加油助威" over "——我市干部群众为…加油助威", a site's title over the paper's deck), or a
    kicker naming who spoke where under a title of the same words: the title's deck, not the title printed again —
    the line above stays the headline."""
    if _SPEAKER_KICKER.search(line.strip()) and not _SPEAKER_KICKER.search(title.strip()):
        # "吴晓华在参加…讨论时强调" under "吴晓华参加…讨论" (衡水日报): the deck's kicker saying who spoke where,
        # the title's words in it — not the title printed again
        return True
    return line.lstrip().startswith("——") and "——" in title.strip()[2:]


# "来源:江津区融媒体中心", "来源:九江新媒体": a place's media centre, the body that runs the place's paper and site
_MEDIA_CENTRE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,6}?)[市县区州旗]?"
                           r"(?:融媒体中心|新媒体|新媒体中心|传媒中心|新闻中心)$")
_PLACE_PAPER = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:日报|晚报)")


def _centre_paper(source: str, drafts: list[_Draft]) -> str:
    """The page's source: a place's media centre named in the site's source field gives way to the place's own
    paper its story names, in the dateline ("江津日报讯(记者 吕晓)" under "来源:江津区融媒体中心") or the writers'
    credit ("(文 九江日报 樊耀清 张蓉)" under "来源:九江新媒体") — the centre publishes the paper, the paper printed
    the report."""
    m = _MEDIA_CENTRE.match(fold(source).strip())
    app = fold(source).strip()
    if not m and re.fullmatch(r"[\u4e00-\u9fff]{2,8}(?:客户端|app)", app, re.IGNORECASE):
        # "来源:周道客户端" over "周口日报·周道客户端记者 张劲松": a paper's app carries the paper's reports — the
        # paper the byline names with the app, right before it, is the source
        for d in drafts:
            for text in (d.dateline.agency if d.dateline else "", d.byline.text if d.byline else ""):
                for paper in _PLACE_PAPER.finditer(fold(text)):
                    if fold(text)[paper.end():].lstrip(" ·•・-—|").startswith(app):
                        return text[paper.start():paper.end()]
        return source
    if not m:
        return source
    place = m["place"][:2]
    for d in drafts:
        named = [d.dateline.agency if d.dateline else "", d.byline.text if d.byline else ""]
        for text in named:
            for paper in _PLACE_PAPER.finditer(fold(text)):  # (folding keeps lengths: "九江日報" too)
                if paper.group().startswith(place):
                    return text[paper.start():paper.end()]
    return source


# A name between dashes on a line of its own, a foreign name's dots and initials in it: "—瓦格维尔吉.B.安德拉什—"
# (the dot required: "—记者手记—" between dashes is a sub-head)
_DASHED_WRITER = re.compile(r"[—–-]{1,2}\s*[\u4e00-\u9fff][\u4e00-\u9fffA-Z]{0,10}[.·•][\u4e00-\u9fffA-Z.·•]{0,12}"
                            r"[\u4e00-\u9fff]\s*[—–-]{1,2}")
# A numbered label over a part's title: "亮点1", "看点2", "关键词3"
_NUMBERED_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4}\s?\d{1,2}")


def _named_in_headline(line: str, headline: str) -> bool:
    """"曾國衞" under the item headed "國務院免去曾國衞政制及內地事務局局長職務…" (Yahoo新聞's list): a tag naming
    the person the item is about — a writer is not named in his own headline."""
    name = re.sub(r"[\s□◎○●■☉⊙—\-()（）]", "", fold(line))
    return len(name) >= 2 and name in fold(headline).replace(" ", "")


def _title_printed_again(line: str, headline: str) -> bool:
    """The line is the headline printed again, its space set as a dash ("…質詢-盧市長…" for "…質詢 盧市長…")."""
    def key(t: str) -> str:
        return re.sub(r"[\s\-‐–—－]+", "", fold(t))
    return " " in headline.strip() and re.search(r"\S[\-‐–—－]\S", line) is not None and key(line) == key(headline)


def _same_title(a: str, b: str) -> bool:
    a, b = a.replace(" ", ""), b.replace(" ", "")
    if a == b:
        return True
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.75


def _bare_dateline(text: str) -> bool:
    """A line that is a dateline and nothing else ("本报讯")."""
    dateline = parse_dateline(text)
    return dateline is not None and not after_dateline(text, dateline)


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


def _bare_names(ln: Line) -> bool:
    """A byline line that prints its writers' names and nothing else ("牛图", "林清风 张平"), or in brackets
    ("( 孙嘉瑞 )", 斐济华人网): no role, no place."""
    b = ln.byline
    return b is not None and bool(b.names) and "".join(ln.text.split()).strip("()（）") == "".join(b.names)
