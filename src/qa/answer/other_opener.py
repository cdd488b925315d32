"""A figure or a time asked of one person, answered from a sentence that opens with another person.

"陈浩贤是哪一年移民澳洲的?" ↛ "刘娜心祖籍中国河北,2000年移民澳洲,…": the question names a person, the answer's
article names them too (elsewhere: another paragraph of the same report), but the answer's sentence does not, and
opens with another person's name, its subject, before the answer. The figure or time is that other person's
(`decline:subject`, so a candidate from a sentence naming the one asked may still answer).

`agreement.other_name` declines such an answer only when the article never names the person asked; a report on
several people (the winners of an election, the members of a delegation) names them all, so it reads the sentence.
Left alone: who-questions (their answer is another person), a sentence naming the person asked in any form
(names_held: 詹森 for 林登·贝恩斯·詹森), and a sentence whose opening name shares a character with the asked one
(a short or a variant form of it), and a name opening a time setting rather than a subject ("宋太宗太平兴国初年
(976年),官升为枢密使": the emperor's reign dates what the sentence's unnamed subject did).
"""

from __future__ import annotations

import re

from ..types import Candidate
from .agreement import Surroundings, names_held, names_in, without_wh
from .question import QuestionInfo

# the rest of the opening name's clause, and the words ending it that make it a time setting (a reign's years, an
# era: "宋太宗|太平兴国初年", "光绪|年间"); a clause that goes on past its time tells a deed ("刘娜心2000年移民澳洲")
_CLAUSE = re.compile(r"[^,，;；:：。!！?？()（）]*")
_TIME = re.compile(r"(?:年|月|日|时期|时代|期间|时候|时|年间|初|末)$")


def other_opener(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:subject" when the answer's sentence opens with another person than the one the question names
    and never names that one; "" otherwise."""
    if info.qtype == "who" or around.tag is None or not around.article:
        return ""
    asked = [name for kind, name, _ in names_in(without_wh(info), around) if kind == "person"]
    f = best.sentence.folded
    if not asked or any(names_held(name, f) for name in asked):
        return ""
    if not all(names_held(name, around.article) for name in asked):
        return ""  # a person the article never names: agreement.other_name's
    opener = next((name for kind, name, at in names_in(f, around) if kind == "person" and at == 0), "")
    if not opener or len(opener) > best.start or any(c in name for name in asked for c in opener):
        return ""
    clause = _CLAUSE.match(f, len(opener))
    if clause is None or _TIME.search(clause.group()):
        return ""  # the name opens a setting, not a subject: "宋太宗太平兴国初年(976年),官升为枢密使"
    return "decline:subject"
