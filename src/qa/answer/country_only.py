"""A country asked ("自然史博物館位在哪一個國家內", "孔子鳥是哪一個國家發現的") answered by a span that opens with a
country's name and goes on past it: the city or region inside it ("英國倫敦市", "中國東北"), a body of it ("日本共產黨")
or a word about it ("荷蘭屬地"). The country is what was asked, so the answer is its name alone. Not when the rest is
part of a state's name ("俄羅斯聯邦", "波蘭人民共和國", "中國大陸") or the people of it ("德國人" for 哪一國人)."""

from __future__ import annotations

import re

from ..lexicon import COUNTRIES
from ..types import Candidate
from .kinds import asked_kind
from .question import QuestionInfo
from .shape import Tagger
from .spans import offsets

# what may follow a country's name inside the name of a state: a state's word (国, 王国, 联邦, 共和国 …), the land
# itself (中国大陆, 美国本土), or the people of it (英国人: a nationality asked is answered with it as often)
_STATE_REST = re.compile(r"(?:国|联邦|联盟|合众国|大陆|本土|本岛|人|民族)$")


def country_only(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate | None:
    """The country's name that opens the answer, alone, when a country is asked; None otherwise. A country's name
    and one character in one word is another name ("印度洋"); a longer rest is a part or a body of the country, in
    one word or not ("荷兰属地", "日本共产党")."""
    if asked_kind(info) != "country" or best.type not in ("place", "org"):
        return None
    f = best.sentence.folded
    text = f[best.start:best.end]
    country = max((c for c in COUNTRIES if text.startswith(c)), key=len, default="")
    rest = text[len(country):]
    if not country or not rest or _STATE_REST.search(rest) or not rest[0].isalpha():
        return None  # (a bracket or a comma after it: the answer was cut on purpose, "日本(倭国)")
    cut = best.start + len(country)
    if len(rest) == 1 and not any(a == cut for a, _b, _w, _f in offsets(pos(f))):
        return None  # one character more in the same word: another name ("印度洋", "日本海")
    return best.narrowed(best.start, best.start + len(country), "country")
