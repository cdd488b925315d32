"""A likeness or relation asked ("波你尼梵语与哪一门语言非常相似", "…运动和哪一主义有关") is no enumeration: "X与哪Y
相似" asks the thing X is compared with, not an item of a list X is in, so the items the question does not name
(rest_items) are no answer; the noun run of the kind asked is.

A 、 counts as a list's mark only in the phrase joined to the question word: one before a 的 lists a modifier's
parts ("旨在保護環境、推進生態環境健康的寬泛的社會運動和哪一主義有關"), not items the answer is one of."""

from __future__ import annotations

import re

# 与/和/跟/同 + the question word, a few characters of the kind asked, then a word of likeness or relation
_COMPARED = re.compile(r"(?:与|和|跟|同)(?:哪|什么)[^,，。?？]{0,8}?"
                       r"(?:相似|相同|类似|相仿|相像|相近|近似|一样|不同|有关|相关|无关)")
# the words of a list question: the items left out are asked
_LISTED = re.compile(r"还有|另一|另外|除了|之外|以外|其余|剩下")


def compared(question: str) -> bool:
    """The question asks what its subject is like or related to, not the item of a list it leaves out."""
    m = _COMPARED.search(question)
    if m is None or _LISTED.search(question):
        return False
    mark = question.rfind("、", 0, m.start())
    # items listed right before the joint ("长沙、桂阳和哪里有关"); a 、 before a 的 lists a modifier's parts
    return mark < 0 or "的" in question[mark:m.start()]
