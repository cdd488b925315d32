"""to_simplified's shortcut (t2s_changes.py): a text holding no character t2s may change is given back without
OpenCC — and that is what OpenCC itself gives, on every character, on real pages and on the CMRC trial set."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from qa.normalize import _t2s, fold_width, to_simplified
from qa.t2s_changes import CHANGED, DIGEST, changed, derive, digest

DATA = Path(__file__).parent / "data"

in_force = pytest.mark.skipif(digest() != DIGEST, reason="OpenCC's dictionaries differ from the list's: "
                              "the shortcut is off (regenerate: python -m qa.t2s_changes)")


def _opencc(text: str) -> str:
    """to_simplified as it was: OpenCC on every text (and per character where it changed the length)."""
    if text.isascii():
        return text
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(c if len(c := _t2s().convert(ch)) == 1 else ch for ch in text)


def _texts() -> list[str]:
    data = json.loads((DATA / "cmrc2018_trial.json").read_text(encoding="utf-8"))
    out = [p["context"] for d in data["data"] for p in d["paragraphs"]]
    out += [q["question"] for d in data["data"] for p in d["paragraphs"] for q in p["qas"]]
    for path in sorted((DATA / "pages").rglob("*.txt")):
        out += path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [fold_width(t) for t in out]


@in_force
def test_every_character_it_does_not_list_is_its_own_simplified_form():
    rx = changed()
    assert rx is not None
    unlisted = [chr(c) for c in range(0x80, 0x10000) if not 0xD800 <= c <= 0xDFFF and rx.search(chr(c)) is None]
    assert len(unlisted) > 50_000
    assert [c for c in unlisted if _t2s().convert(c) != c] == []
    assert all(rx.search(c) for c in CHANGED)  # and every listed one, astral ones too, goes to OpenCC


@in_force
def test_the_shortcut_gives_what_opencc_gives():
    rng = random.Random(12)
    noise = ["".join(chr(rng.randint(0x3400, 0x9FFF)) for _ in range(30)) for _ in range(2000)]
    texts = _texts() + noise + ["深沈的夜", "憑藉", "著名的乾隆", "后来", "沈阳", "𠀀甲", "甲\ud800乙", "一二三"]
    assert [to_simplified(t) for t in texts] == [_opencc(t.replace("\ud800", "\ufffd")) for t in texts]
    rx = changed()
    assert rx is not None
    skipped = sum(rx.search(t) is None for t in texts)
    assert skipped > len(texts) // 2  # (simplified text mostly skips OpenCC: the point of it)
    # a phrase whose own characters all stand unchanged alone is listed by the one it changes
    assert _t2s().convert("深沈") == "深沉" and rx.search("深沈") is not None


@in_force
def test_the_list_is_derived_from_the_installed_dictionaries():
    assert derive() == CHANGED
