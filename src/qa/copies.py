"""Copies of one sentence in one article take one slot of the sentences the composer reads.

A page repeats a line — a photo credit under each of three pictures (`□融媒体中心记者李华摄`), a meeting's
chair in the lead and again in the body, an e-paper's text layer printing a caption twice — and every copy scores
the same. Among the `candidates_k` sentences read, the copies add nothing the first does not hold, and each
pushes one sentence of another passage (often the one that answers) out of those read.
"""

from __future__ import annotations

from collections.abc import Callable

from .types import Hit


def distinct(hits: list[Hit]) -> list[Hit]:
    """The hits without the later copies of a sentence printed earlier in the same article (best first kept)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for h in hits:
        key = (h.sentence.article_id, h.sentence.text)
        if key not in seen:
            seen.add(key)
            out.append(h)
    return out


def search_distinct(search: Callable[[int], list[Hit]], k: int) -> list[Hit]:
    """The top k distinct hits of `search(n)` (the top n hits, best first). Most questions' top k hold no
    copies and cost one search; when some do, the search is asked once more for twice as many."""
    hits = search(k)
    kept = distinct(hits)
    if len(kept) < len(hits) == k:  # copies dropped, and more hits may follow
        kept = distinct(search(2 * k))
    return kept[:k]
