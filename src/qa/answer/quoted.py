"""A quotation whose speaker is printed after it, in a sentence of its own:

    “我这次去的是马尾区亭江镇白眉村。玩绿水、赏花海……装扮出‘如画白眉’。”福州晚报记者马丽清说。

The splitter cuts at each 。, so the speaker's line ("福州晚报记者马丽清说。") holds the question's words about
the speaker and no answer, and the quoted sentences hold the answer but not who said it. News prints this order
often (the speaker after a long quote); these helpers let the composer read the quoted sentences with their
speaker, as it reads a sentence with the headline and the text before it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Corpus, Hit, Sentence

# A line that only names a speaker and a verb of saying: no comma (a clause of its own would be a statement),
# short (a name, maybe with a post), ending in the verb ("福州晚报记者马丽清说。", "他笑着表示。").
_SAYS = re.compile(r"^[^,，:：。“”\"「」『』]{1,30}?(?:说道|说|表示|称|介绍|指出|坦言|感慨|强调|回忆)[。.!！]?$")
# _SAYS's longest match (read from the pattern by tests/test_quoted_speaker.py): a longer line is no speaker's,
# without running the pattern (it is tried on every retrieved sentence)
_SAYS_LONGEST = 33
_OPENING = ("“", "「", "『", "\"")
_CLOSING = ("”", "」", "』", "\"")
_LONGEST = 6  # sentences of one quotation read back from its speaker


def attribution(s: Sentence) -> bool:
    """Whether a sentence is a bare speaker's line ("X说。")."""
    if s.kind != "body" or len(s.text) > _SAYS_LONGEST and len(s.text.strip()) > _SAYS_LONGEST:
        # (folding keeps every character's length and whether it is a space, so the stripped lengths are equal:
        # most retrieved sentences are told apart without folding them)
        return False
    text = s.folded.strip()
    return len(text) <= _SAYS_LONGEST and bool(_SAYS.match(text))


def quoted_before(sentences: Sequence[Sentence], at: int) -> list[Sentence]:
    """The sentences of the quotation that closes right before sentences[at] (a bare speaker's line) in its
    paragraph, first to last; [] when the sentence before does not close a quotation or its opening is not
    found within a few sentences."""
    s = sentences[at]
    out: list[Sentence] = []
    i = at - 1
    while i >= 0 and len(out) < _LONGEST:
        x = sentences[i]
        if x.paragraph != s.paragraph:
            return []
        text = x.folded.strip()
        if not out and not text.endswith(_CLOSING):
            return []
        out.append(x)
        if text.startswith(_OPENING):
            return out[::-1]
        i -= 1
    return []


def with_quotations(corpus: Corpus, hits: list[Hit]) -> tuple[list[Hit], dict[str, str]]:
    """The hits, each bare speaker's line followed by the sentences of the quotation it closes (scored as the
    speaker's line, which is what matched the question's words about the speaker), none twice; and each quoted
    sentence's id → its folded speaker's line."""
    speakers: dict[str, str] = {}
    if not any(attribution(h.sentence) for h in hits):
        return hits, speakers
    seen = {h.sentence.id for h in hits}
    out: list[Hit] = []
    for h in hits:
        out.append(h)
        if not attribution(h.sentence):
            continue
        body = corpus.sentences_of(h.sentence.article_id)
        at = next((i for i, x in enumerate(body) if x.id == h.sentence.id), None)
        if at is None:
            continue
        for q in quoted_before(body, at):
            speakers.setdefault(q.id, h.sentence.folded)
            if q.id not in seen:
                seen.add(q.id)
                out.append(Hit(q, h.score))
    return out, speakers


def speaker_after(sentences: Sequence[Sentence], at: int) -> str:
    """The folded speaker's line closing the quotation that sentences[at] belongs to ("记者甲说。" for
    "“我去的是东山村。"), "" when it is in none: the evidence signals read the quoted sentence with that line."""
    s = sentences[at]
    for j in range(at + 1, min(len(sentences), at + _LONGEST + 1)):
        x = sentences[j]
        if x.paragraph != s.paragraph or x.article_id != s.article_id:
            return ""
        if attribution(x):
            return x.folded if any(q.id == s.id for q in quoted_before(sentences, j)) else ""
    return ""
