"""The head of the noun a which-question asks for, where the noun is longer than two characters: "哪一個台灣原住民族
有關" asks a 族 (排灣族), "哪一個原住民族特有的" a 族 (布農族), "哪一總族群" a 群. gap.py reads the two characters
right after the measure word as the noun asked (台灣, 原住, 總族), and a run ending with that noun's last character
is favoured; a longer noun phrase has its head at its end, so the last character before the clause goes on (a
particle, a preposition, a copula, a verb of relation such as 有关, 特有) names the kind.

Only where the question prints nothing but Chinese characters between the measure word and that boundary, at most
six: a longer stretch is a clause, not the noun asked."""

from __future__ import annotations

import re

# 哪 + an optional 一 and measure word, then the noun phrase up to a function word, a relation verb or punctuation
# what closes the noun phrase: a particle, a preposition, a copula, a relation verb (有关, 特有), an adverb, a localizer
_STOPS = "的之有是在与和跟同被为了把将对从于所特可会要曾最较更很常都也就而来用中内上"
_PHRASE = re.compile(rf"哪一?[个位种家座所条项部本句方]?(?!一)([^\W\d_{_STOPS}]{{3,6}})(?=[{_STOPS},，、?？]|$)")


def asked_head(q: str) -> str:
    """The last character of the noun phrase (three characters or more) a which-question asks for, or ""."""
    m = _PHRASE.search(q)
    return m.group(1)[-1] if m else ""
