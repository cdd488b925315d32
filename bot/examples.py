"""Example questions for /start, made from the corpus itself so they are answerable by construction."""

from __future__ import annotations

import re

from qa.types import Corpus

# "…会议在杭州召开" → "…会议在哪里召开？"; the subject is what follows the sentence's last comma.
_WHERE = re.compile(r"([^，,。；;：:“”]{4,30})在([^，,。；;\s]{2,8}?)(召开|举行|举办|开幕|成立)")
# "…累计接待群众达75.11万人次" → "…累计接待群众多少人次？"
_NUMBER = re.compile(r"([^，,。；;：:“”]{4,24}?)(?:高达|达到|达|为|是)\d+(?:\.\d+)?(?:万|亿)?(人次|件|个|%|人|元)")


def _short(headline: str) -> str:
    """A headline's first part (printed headlines join their lines with spaces)."""
    return headline.split()[0][:24] if headline.split() else ""


def example_questions(corpus: Corpus, n: int = 3) -> list[str]:
    """Up to n questions of different kinds, from different articles where possible."""
    found: dict[str, list[tuple[str, str]]] = {"where": [], "number": [], "photo": [], "byline": []}
    for s in corpus.sentences:
        if s.kind != "body":
            continue
        if m := _WHERE.search(s.text):
            found["where"].append((s.article_id, f"{m.group(1)}在哪里{m.group(3)}？"))
        if m := _NUMBER.search(s.text):
            unit = "是多少" if m.group(2) == "%" else f"多少{m.group(2)}"
            found["number"].append((s.article_id, f"{m.group(1)}{unit}？"))
    for a in corpus.articles:
        if a.credit.photographers and _short(a.headline):
            found["photo"].append((a.id, f"“{_short(a.headline)}”的照片是谁拍的？"))
        if a.byline.reporters and _short(a.headline):
            found["byline"].append((a.id, f"“{_short(a.headline)}”这篇报道是谁写的？"))
    chosen: list[str] = []
    used: set[str] = set()
    for fresh_only in (True, False):  # first one per article, then fill up
        for kind in found.values():
            for article_id, question in kind:
                if len(chosen) == n:
                    return chosen
                if question in chosen or (fresh_only and article_id in used):
                    continue
                chosen.append(question)
                used.add(article_id)
                break
    return chosen
