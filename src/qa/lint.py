"""What `qa corpus` shows: one JSON row per article, and `--check`, a lint that lists what looks mis-read
(file:line and why) so an editor can fix a page or a rule."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .layout.bylines import parse_byline
from .layout.datelines import after_dateline, parse_dateline
from .layout.furniture import CAPTION_START, furniture
from .layout.lines import (
    AGENCY_CAPTION_END,
    GROUP_PHOTO,
    PICTURE_SOURCE_END,
    SPEAKER_CAPTION,
    pictured,
    placing_caption,
)
from .normalize import fold
from .types import Article, Corpus, Paragraph

# The seed page's main headline is about 70 characters; one far longer is a paragraph read as a headline.
LONG_HEADLINE = 80


def article_row(a: Article, corpus: Corpus) -> dict:
    """The `qa corpus --json` record of an article (a contract: fields are only ever added)."""
    photographers = list(dict.fromkeys(a.credit.photographers + a.byline.photographers))
    return {
        "id": a.id, "file": a.file, "kind": a.kind, "headline": a.headline, "subheadline": a.subheadline,
        "byline": a.byline.text, "reporters": list(a.byline.reporters),
        "correspondents": list(a.byline.correspondents), "photographers": photographers,
        "credit": a.credit.text, "paragraphs": len(a.body), "sentences": len(corpus.sentences_of(a.id)),
        "continuations": list(a.continuations), "date": a.date, "source": a.source, "page": a.page,
        "url": a.url, "warnings": list(a.warnings),
        "sections": list(a.sections),
        "dateline": None if a.dateline is None else {
            "agency": a.dateline.agency, "place": a.dateline.place, "day": a.dateline.day,
            "reporters": list(a.dateline.reporters), "text": a.dateline.text},
        "speakers": list(a.speakers),
        "roles": [list(r) for r in a.byline.roles + a.credit.roles],
    }


def _printed_twice(paras: tuple[Paragraph, ...], i: int) -> bool:
    """A paragraph printed again right above or under it: a picture's caption and its alt text, as a site
    serves them — no part of the story's first words. (A lead printed twice, a video's summary over the text,
    is longer than a caption and stays the story's start.)"""
    return len(paras[i].text) <= 40 and any(
        0 <= j < len(paras) and paras[j].kind == "body" and paras[j].text == paras[i].text for j in (i - 1, i + 1))


def _bare_under_byline(paras: tuple[Paragraph, ...], i: int) -> bool:
    """A short bare line right under the byline, text after it ("本报记者 范 轩" / "吴红波大使在汉堡总领馆" / the
    report): a picture's caption or a part's title, no punctuation at all — a story opens with a sentence."""
    t = paras[i].text.strip()
    return (0 < i < len(paras) - 1 and paras[i - 1].kind == "byline" and 4 <= len(t) <= 16
            and re.fullmatch(r"[\u4e00-\u9fff“”《》·]+", t) is not None
            and any(p.kind == "body" for p in paras[i + 1:]))


def first_words(a: Article) -> str:
    """The story's first words: its first body paragraph that is not a photo's caption (a paragraph right
    before a credit), after the dateline; a photo's caption when that is all there is."""
    paras = a.paragraphs
    dated = [p for p in paras if p.kind == "body" and a.dateline is not None and a.dateline.text
             and p.text.startswith(a.dateline.text)]
    # Captions printed over the headline (扬子晚报) or numbered ones under it ("①不少奉贤居民…", 新民晚报) are no
    # part of the story's first words.
    top = next((i for i, p in enumerate(paras) if p.kind == "headline"), -1)
    if top < 0 and a.byline.reporters:
        # no headline kept, short captions over the byline (牡丹江日报 as a mirror serves it): the story is under it
        at = next((i for i, p in enumerate(paras) if p.kind == "byline"), -1)
        if at > 0 and all(p.kind == "body" and len(p.text) <= 30 for p in paras[:at]):
            top = at
    story = {i for i, p in enumerate(paras) if i > top and p.kind == "body" and not re.match(r"[①-⑳]", p.text)}
    body = dated or [p for i, p in enumerate(paras)
                     if p.kind == "body" and not (i + 1 < len(paras) and paras[i + 1].kind == "credit")
                     and (i in story or not story) and not CAPTION_START.match(p.text)
                     and not _printed_twice(paras, i) and not _bare_under_byline(paras, i)
                     and not (len(p.text) <= 80 and PICTURE_SOURCE_END.search(fold(p.text)))  # "…(圖/民視新聞)"
                     and not (len(p.text) <= 80 and AGENCY_CAPTION_END.search(p.text))  # "石破茂(…,KYODO)"
                     # "姬新龙(左)、…李相起(右)合影": a caption placing people in the picture, one sentence at most
                     and not placing_caption(p.text)
                     # "会议现场" / "校长杨小林讲话" over a headless report: a scene's and a speaker's captions
                     and not (len(p.text) <= 40 and (pictured(p.text) or SPEAKER_CAPTION.match(fold(p.text))))
                     # "美國橙縣華人聯誼會第十一屆理監事宣誓就職後合照。" over the byline: a group photo's caption
                     and not (len(p.text) <= 60 and GROUP_PHOTO.search(p.text) and p.text.count("。") <= 1
                              and i + 1 < len(paras) and paras[i + 1].kind == "byline")
                     and not p.text.startswith("▲")]  # "▲ 南国早报关于…的报道截图。": a marked caption
    body = body or list(a.body)
    if not body:
        return ""
    text = body[0].text
    if a.dateline is not None and a.dateline.text and text.startswith(a.dateline.text):
        return after_dateline(text, a.dateline)
    return text


@dataclass(frozen=True)
class Finding:
    file: str
    line: int  # 1-based; 0 when the file has no line for it
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"


def _shape(text: str) -> str:
    """What a line looks like when it is not a headline ("a byline", "a photo credit", …), or ""."""
    b = parse_byline(text)
    if b is not None:
        return "a photo credit" if b.photographers and not b.reporters else "a byline"
    f = furniture(text)
    if f is not None:
        return f"page furniture ({f.kind})"
    if parse_dateline(text) is not None:
        return "a dateline"
    return ""


def check(corpus: Corpus) -> list[Finding]:
    """Everything in the corpus that looks mis-read, in file order."""
    out: list[Finding] = []
    dated: dict[str, bool] = {}
    for a in corpus.articles:
        first = a.paragraphs[0].line if a.paragraphs else 0
        dated[a.file] = dated.get(a.file, False) or bool(a.date)
        if not a.headline:
            out.append(Finding(a.file, first, "body text with no headline"))
        else:
            head = next((p for p in a.paragraphs if p.kind == "headline"), a.paragraphs[0])
            if len(a.headline) > LONG_HEADLINE:
                out.append(Finding(a.file, head.line, f"headline of {len(a.headline)} characters (a paragraph?): "
                                                      f"{a.headline[:30]}…"))
            shape = _shape(a.headline)
            if shape:
                out.append(Finding(a.file, head.line, f"headline shaped like {shape}: {a.headline}"))
        teaser = any(m.startswith(("详见", "见", "内文见")) for m in a.continuations)  # "…●详见 3 版": told elsewhere
        if not a.body and not a.credit.names and not teaser:
            out.append(Finding(a.file, first, f"article with no body: {a.headline or '（无标题）'}"))
        for p in a.paragraphs:
            if p.kind in ("body", "section", "subheadline") and len(p.text) <= 60:
                b = parse_byline(p.text)
                if b is not None:
                    out.append(Finding(a.file, p.line, f"{p.kind} shaped like a byline: {p.text}"))
            if p.kind == "section":
                shape = _shape(p.text)
                if shape and parse_byline(p.text) is None:
                    out.append(Finding(a.file, p.line, f"sub-head shaped like {shape}: {p.text}"))
    for file, has_date in dated.items():
        if not has_date:
            out.append(Finding(file, 0, "no date found (in the page, its file name or the jsonl 'date')"))
    return out
