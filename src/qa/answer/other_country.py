"""A figure, a day or a name asked of one country, told of another.

"法国在哪一年爆发了二月革命" answered from "俄国在1917年发生了二月革命和十月革命", "韩国统计厅…每天平均有多少人自杀"
from a sentence on 奥地利's suicides: the question names a country the answer's sentence (and the text just before
it) does not, while the sentence names another country. other_name declines this only where the answer's article
never names the country asked, or for places of an administrative rank; an article on one country names many
others, so its sentences on them are found by the question's other words.
"""

from __future__ import annotations

import re

from ..lexicon import COUNTRIES, alternation
from ..types import Candidate
from .agreement import Surroundings, names_held, names_in, without_wh
from .kinds import NOT_A_COUNTRY
from .question import QuestionInfo
from .spans import VALUE_END, clause_end, clause_start

# a country by its name's ending; not a word built like one that names none (kinds.NOT_A_COUNTRY: "大国", "我国")
_COUNTRY = re.compile(r"^[^\W\d_]{1,6}国$")


_LISTED = re.compile(alternation(COUNTRIES))


def _country(name: str) -> bool:
    return bool(_COUNTRY.match(name)) and not NOT_A_COUNTRY.match(name)


def countries_in(text: str, around: Surroundings) -> list[tuple[str, int]]:
    """(name, offset) of the countries a text names: the common ones by their names (日本, 俄罗斯: jieba's
    dictionary knows them too well for names_in), any other by its ending (立陶宛国 is rare, 法兰西帝国 too)."""
    out = [(m.group(), m.start()) for m in _LISTED.finditer(text)]
    return out + [(n, at) for k, n, at in names_in(text, around) if k == "place" and _country(n)
                  and not any(at <= a < at + len(n) for _, a in out)]


def other_country(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:place" when the question names a country that the answer's sentence and the text before it do
    not, and the answer's clause names another country outside the answer (the answer may be the other country: "哪个
    国家…" is asked by where, and a country answer is no figure of another)."""
    if around.tag is None or info.qtype == "where" or best.type == "byline":
        return ""
    asked = [n for n, _ in countries_in(without_wh(info), around)]
    if not asked:
        return ""
    f = best.sentence.folded
    told = f + " " + around.near
    if any(names_held(n, told) for n in asked):
        return ""
    # the other country in the answer's own clause ("俄国在1917年发生了二月革命"): one in another clause is often
    # where the story starts ("处理好在新西兰的事情后,今年5月,他们…飞回了…吉林长春", 中国 told by its city)
    start, end = clause_start(f, best.start, VALUE_END), clause_end(f, best.end, VALUE_END)
    rivals = [n for n, at in countries_in(f[start:end], around) if n not in info.text
              and not (start + at < best.end and best.start < start + at + len(n))]
    return "decline:place" if rivals else ""
