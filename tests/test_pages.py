"""Real pages (tests/data/pages/<stem>.txt) read as their written expectation (<stem>.expected.yaml) says:
the articles in page order, headlines, sub-heads, bylines, datelines, credits, the page's date and paper.

The comparison goes through `qa corpus --json`'s own records (lint.article_row), field by field; a field an
expectation leaves out compares as empty. A failure prints a readable diff of the whole page."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
import yaml

from qa.layout.glosses import strip_glosses
from qa.lint import article_row, first_words
from qa.load import load_corpus

PAGES = Path(__file__).parent / "data" / "pages"
STEMS = sorted(p.name[: -len(".expected.yaml")] for p in PAGES.glob("*.expected.yaml"))
FIELDS = ("headline", "subheadline", "kind", "sections", "reporters", "correspondents", "photographers",
          "dateline", "starts")
EMPTY: dict = {"headline": "", "subheadline": "", "kind": "article", "sections": [], "reporters": [],
               "correspondents": [], "photographers": [], "dateline": None, "starts": ""}


def _expected_article(e: dict) -> dict:
    out = {f: e.get(f, EMPTY[f]) for f in FIELDS}
    out["sections"] = list(out["sections"] or [])
    for f in ("reporters", "correspondents", "photographers"):
        out[f] = list(out[f] or [])
    if out["dateline"]:
        d = out["dateline"]
        out["dateline"] = {k: (list(d.get(k) or []) if k == "reporters" else str(d.get(k) or ""))
                           for k in ("agency", "place", "day", "reporters")}
    out["starts"] = str(out["starts"] or "")
    return out


def _actual_article(row: dict, starts: str) -> dict:
    out = {f: row[f] for f in FIELDS if f in row}
    if out["dateline"]:
        out["dateline"] = {k: out["dateline"][k] for k in ("agency", "place", "day", "reporters")}
    out["starts"] = starts
    return out


def _page(stem: str) -> tuple[dict, dict]:
    expected = yaml.safe_load((PAGES / f"{stem}.expected.yaml").read_text(encoding="utf-8"))
    corpus = load_corpus([PAGES / f"{stem}.txt"])
    rows = [article_row(a, corpus) for a in corpus.articles]
    width = {i: len(str(e.get("starts") or "")) for i, e in enumerate(expected.get("articles") or [])}
    actual_articles = [_actual_article(r, first_words(a)[: width.get(i, 12) or 12])
                       for i, (r, a) in enumerate(zip(rows, corpus.articles, strict=True))]
    actual = {"source": rows[0]["source"] if rows else "", "date": rows[0]["date"] if rows else "",
              "articles": actual_articles}
    want = {"source": str(expected.get("source") or ""), "date": str(expected.get("date") or ""),
            "articles": [_expected_article(e) for e in expected.get("articles") or []]}
    return want, actual


def _lines(page: dict) -> list[str]:
    out = [f"source: {page['source']}", f"date: {page['date']}"]
    for n, a in enumerate(page["articles"]):
        out.append(f"--- article {n}")
        out += [f"  {f}: {a.get(f)!r}" for f in FIELDS]
    return out


@pytest.mark.parametrize("stem", STEMS)
def test_page_reads_as_expected(stem):
    want, actual = _page(stem)
    # `xfail: reason` in an expectation: a known mis-reading, still checked (strict: a page that now reads
    # right must lose its mark).
    known = yaml.safe_load((PAGES / f"{stem}.expected.yaml").read_text(encoding="utf-8")).get("xfail")
    if want != actual:
        diff = "\n".join(difflib.unified_diff(_lines(want), _lines(actual), "expected", "loader", lineterm="", n=2))
        if known:
            pytest.xfail(f"{stem}: {known}")
        pytest.fail(f"{stem}: the loader reads the page differently\n{diff}", pytrace=False)
    if known:
        pytest.fail(f"{stem}: reads as expected now; remove its `xfail:` ({known})", pytrace=False)


def test_there_are_pages():
    assert len(STEMS) >= 20


@pytest.mark.parametrize("stem", STEMS)
def test_paragraph_offsets_and_lines_point_into_the_file(stem):
    raw = (PAGES / f"{stem}.txt").read_text(encoding="utf-8")
    lines = raw.split("\n")
    for a in load_corpus([PAGES / f"{stem}.txt"]).articles:
        for p in a.paragraphs:
            head = p.text[:6]
            # the text as written, less the pinyin glosses a mirror left after characters (`監(jiān)督`), read across
            # line breaks: a paragraph whose figures stood on lines of their own (`1919` / `年` / `2`) starts at its
            # offset all the same, its first row the start of its head; a heading over two lines is joined with a
            # space (`福清同乡会` / `侨领 邓柱廷OBE`), which a head shorter than its first line shows
            written = raw[p.offset:p.offset + 8 * len(head) + 40]
            assert any(strip_glosses(written.replace("\n", joint))[0].startswith(head) for joint in ("", " ")), \
                (p.kind, p.text[:20])
            row = strip_glosses(lines[p.line - 1])[0].strip()
            assert head in row or (row and head.startswith(row)), (p.line, p.text[:20])
