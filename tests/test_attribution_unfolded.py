"""quoted.attribution tells a long sentence is no speaker's line from its text as written, without folding it:
folding keeps every character's length and whether it is a space, so the stripped lengths agree."""

from __future__ import annotations

from qa.answer.quoted import _SAYS_LONGEST, attribution
from qa.normalize import fold
from qa.types import Sentence


def _body(text: str) -> Sentence:
    return Sentence("a:0:0", "a", 0, "body", text, 0, len(text))


def test_folding_keeps_the_stripped_length() -> None:
    texts = ("\u3000\u3000福州晚报记者马丽清说。", "  他笑着表示。 ", "ＡＢＣ记者說。\u3000", "\u3000" * 40 + "他說。")
    for text in texts:
        assert len(fold(text).strip()) == len(text.strip())


def test_a_speakers_line_padded_with_spaces_is_still_read() -> None:
    """A short line after many ideographic spaces (longer than _SAYS_LONGEST as written) is read as before; a long
    line is not one."""
    assert attribution(_body("\u3000" * (_SAYS_LONGEST + 5) + "福州晚报记者马丽清说。"))
    assert attribution(_body("福州晚报记者马丽清說。"))
    assert not attribution(_body("他说" + "很" * _SAYS_LONGEST + "。"))
