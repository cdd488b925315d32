"""Evidence signals of the line an answer's sentence is attached to. News spreads one statement over lines: the
quotation and its speaker's line after it ("“我去的是东山村。”记者甲说。"), the headline or deck naming the event
and the body sentence telling who chaired it, a sentence naming the subject and the next one telling its figure.
The question's words then sit in the attached line, not in the answer's sentence, and the sentence alone reads
like one of the many of its page that share the topic. These signals tell the evidence model (weights.yaml
`evidence`) that the words the sentence lacks are printed right where a reader reads it with:

- `ev_attached`: the share of the question's words (≥ 2 characters) that the sentence lacks and its attached
  lines print (the speaker's line, the headline and deck, the text before it in its paragraph, the end of the
  paragraph before a paragraph's first sentence);
- `ev_attached_all`: 1 when the sentence lacks some of the question's words and the attached lines print every
  one of them (the statement, read with its lines, holds the whole question).
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import Features


def attached_signals(words: Sequence[tuple[str, bool]], sentence: str, attached: Sequence[str]) -> Features:
    """The signals above for the question's `words` (with "is it rare", unused here), the answer's folded
    `sentence` and its folded attached lines; {} without words."""
    if not words:
        return {}
    lacked = [w for w, _ in words if w not in sentence]
    printed = sum(any(w in line for line in attached) for w in lacked)
    return {"ev_attached": printed / len(words),
            "ev_attached_all": float(bool(lacked) and printed == len(lacked))}
