"""Folding for matching: full-width → half-width, ASCII lower case, traditional → simplified (OpenCC).

Display always uses the text as written. The folded form has exactly the same length, so an offset in the
folded text is the same offset in the original: no separate offset map is needed.
"""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

from .t2s_changes import changed

# Full-width ASCII variants (！ … ～) sit 0xFEE0 above their ASCII forms; U+3000 is the ideographic space.
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_WIDTH[0x3000] = 0x20
_WIDTH[0x2236] = 0x3A  # "3∶2": the ratio sign papers set in scores and ratios for the colon ("1:1")
_WIDTH[0xFE52] = 0x2E  # "34﹒82億元": the small full stop Hong Kong wires set for the decimal point
# ASCII lower case only (full-width Ａ too): str.lower() would turn "İ" into two characters and shift offsets.
_WIDTH.update({c: c + 32 for c in range(0x41, 0x5B)})
_WIDTH.update({c: c - 0xFEE0 + 32 for c in range(0xFF21, 0xFF3B)})


# The characters _WIDTH changes, found by one regex scan: faster than str.translate's per-character lookups
# (2.2 vs 4.2 us a CMRC sentence), the same result.
_WIDE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_WIDTH)) + "]")
_WIDE_TO = {chr(k): chr(v) for k, v in _WIDTH.items()}

_SURROGATE = re.compile("[" + chr(0xD800) + "-" + chr(0xDFFF) + "]")  # chr(): mypyc takes no surrogate literal


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def fold_width(text: str) -> str:
    # the full-width comma first, by one C scan: it is most of the wide characters of Chinese text (5,170 of the
    # 10,538 in the CMRC trial set), and each match of the regex costs a Python call (its "," is no match)
    return _WIDE.sub(_narrow, text.replace("，", ","))


def _narrow(m: re.Match[str]) -> str:
    return _WIDE_TO[m.group()]


def to_simplified(text: str) -> str:
    """Traditional → simplified, length-preserving.

    OpenCC converts phrases, which now and then changes the length; then each character is converted on
    its own so that offsets still line up.
    """
    if text.isascii():
        return text
    may_change = changed()  # (None when the installed dictionaries are not the ones it was derived from)
    if may_change is not None and may_change.search(text) is None:
        return text  # no character t2s may change: OpenCC would give the text back (t2s_changes.py)
    try:
        converted = _t2s().convert(text)
    except UnicodeEncodeError:  # lone surrogates (from "\\ud800" escapes) cannot reach OpenCC: U+FFFD, same length
        text = _SURROGATE.sub("\ufffd", text)
        converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    out = []
    for ch in text:
        c = _t2s().convert(ch)
        out.append(c if len(c) == 1 else ch)
    return "".join(out)


def fold(text: str) -> str:
    """The matching form of `text`: same length, width-folded, lower-cased, simplified."""
    return to_simplified(fold_width(text))


@lru_cache(maxsize=8192)
def fold_cached(text: str) -> str:
    """fold(), remembered for the sentences a few recent questions retrieved."""
    return fold(text)
