"""spans.occurrences finds a literal word where re.finditer(re.escape(word), text[:end]) does — the same starts,
non-overlapping, left to right — without compiling a pattern per word (parallel_item, named_list used to)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from qa.answer.spans import occurrences
from qa.normalize import fold
from qa.split import split_text

TRIAL = Path(__file__).parent / "data" / "cmrc2018_trial.json"


def _finditer(text: str, word: str, end: int | None = None) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text[:end])]


def test_overlapping_repeats_are_found_as_finditer_finds_them() -> None:
    for text, word in (("哈哈哈哈哈", "哈哈"), ("aaaa", "aa"), ("以北以北,以南", "以北"), ("1.5.1.5", "."),
                       ("(a)(b)", "("), ("无", "有"), ("等等等", "等等")):
        for end in (None, 0, 1, 3, len(text)):
            assert occurrences(text, word, end) == _finditer(text, word, end), (text, word, end)


def test_every_word_of_real_sentences() -> None:
    data = json.loads(TRIAL.read_text(encoding="utf-8"))
    texts = [p["context"] for a in data["data"][:20] for p in a["paragraphs"]]
    sentences = [fold(t[a:b]) for t in texts for a, b in split_text(t)]
    checked = 0
    for s in sentences:
        for n in (1, 2):  # the one- and two-character frames parallel_item reads, and nouns of two
            for i in range(0, len(s) - n + 1, 3):
                word = s[i:i + n]
                end = (i * 7) % (len(s) + 1)
                assert occurrences(s, word) == _finditer(s, word)
                assert occurrences(s, word, end) == _finditer(s, word, end)
                checked += 1
    assert checked > 1000
