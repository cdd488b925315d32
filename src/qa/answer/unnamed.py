"""A person or place the question names that the answer's article never prints.

"男单小将张超在第二轮比赛中击败了谁" answered from an article on another match (冯彦哲/魏雅欣 … 击败朱一珺): the
person the question is about (张超) is nowhere in the answer's article, so whoever the sentence names did
something else. other_name declines this for the other question types; for who-questions it waited for a rival
name in the sentence, which the extractor often misses in a list of players or officials.

"新乡市长是谁" answered from a chronicle of 阿城 ("哈尔滨市委副书记、市长宫本言"), "出席…看无锡活动…的宣传部部长"
from a report on 延安: the title chain names a holder of the post, but of another city's body. The people paths
(people_answer.py) read a holder from a sentence only where its article names the place the question asks of.
The same holds of the other answers to a question opening with a city ("铁岭市…几点举行"): another city's article
prints its own city as a bare 市, so its candidates come after those of an article printing the city asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..tokenize import main_word_tag
from ..types import Candidate, Sentence
from .agreement import Surroundings, names_held, names_in, without_wh
from .question import QuestionInfo


def _unprinted(info: QuestionInfo, around: Surroundings, kind: str, text: str) -> bool:
    """The question names a `kind` (names_in: jieba's nr/ns words but the ordinary nouns it tags so) that `text`
    never prints, in any form names_held reads."""
    return any(k == kind and not names_held(name, text) for k, name, _ in names_in(without_wh(info), around))


def person_unnamed(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The who-question names a person that the answer's article (headline and sentence included) never prints
    ("decline:subject")."""
    if info.qtype != "who" or around.tag is None or not around.article or best.type == "byline":
        return ""
    text = around.with_sentence(best.sentence.folded)
    return "decline:subject" if _unprinted(info, around, "person", text) else ""


def place_unnamed(info: QuestionInfo, around: Surroundings) -> bool:
    """The question names a place that the article the sentence stands in never prints. Any place, however
    common (无锡): the post asked is that place's body's."""
    if around.tag is None or not around.article:
        return False
    return _unprinted(info, around, "place", around.near + " " + around.article)


def place_named_first(kept: Sequence[Candidate], info: QuestionInfo, around: Callable[[Sentence], Surroundings]
                      ) -> list[Candidate]:
    """Among the best candidates, those of an article that prints the city or county the question opens with
    before those of articles printing none of it: "铁岭市…第二次全体会议几点举行" is not told by 江门's
    "市十六届人大四次会议第二次全体会议", whose bare 市 is its own city."""
    stem = asked_city(info)
    if not stem or not kept or stem in around(kept[0].sentence).article:
        return list(kept)
    # (of the grain asked: "今年" of a 哈密 article is no answer to "哪天")
    named = [c for c in kept[1:_READ] if stem in around(c.sentence).article
             and dict(c.features).get("grain_miss") != 1.0]
    return named + [c for c in kept if c not in named]


def asked_city(info: QuestionInfo) -> str:
    """The city or county the question opens with, without its level ("铁岭" of 铁岭市第九届…), or ""."""
    m = _ASKED_CITY.match(info.text)
    # (a city jieba's dictionary knows, whatever it tags it: 铁岭市 n, 吴忠市 nr)
    return m.group(1) if m is not None and main_word_tag(m.group(0)) else ""


_ASKED_CITY = re.compile(r"([\u4e00-\u9fff]{2,3})[市县]")  # the question opens with it: "铁岭市第九届…"
_READ = 4  # the candidates a better-placed one is looked for among (as compose's other-sentence check)
