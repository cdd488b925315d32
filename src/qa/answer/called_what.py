"""What a person or thing is called, asked as "X被称作什么" / "X在大家口中被称作什么": the sentence names the bearer
and sets the name in quotation marks after a word of calling ("…还是大家口中的“老娘舅”", "被誉为“水稻之父”").

called_name.py answers the converse ("「X」指的是何处": the bearer of a quoted epithet). Here the quoted name after the
calling word is the answer; the sentence chunk the what-path would give ("夏祥寿曾是新典社区的老年协会会长,…") holds
the bearer's post, not his name. Not a name of a set it is one of ("被誉为“汕尾八景”之一"). Only when the question
asks by a calling verb and 什么, and the sentence prints the question's subject: another sentence's epithet is
someone else's."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# "被称作什么", "口中被称为什么", "叫做什么", "人称什么", "誉为什么"
_ASKED = re.compile(r"(?:称作|称为|叫做|叫作|称呼为?|誉为|号称|人称|外号是|绰号是)(?:是)?什么[?？]?$")
# a calling word, then the name in quotation marks (folded text keeps the CJK marks)
_CALLED = re.compile(r"(?:口中的|被称为|被称作|被誉为|称为|称作|誉为|号称|人称|叫做|叫作|外号|绰号)\s*[“「『]"
                     r"(?P<name>[^”」』]{1,12})[”」』]")
# the subject the question asks about: its words before 在/被/的 and the calling verb
_SUBJECT = re.compile(r"^(?P<x>[\u4e00-\u9fff·]{2,12}?)(?:在|被|也|又|还|常)")


def called_what(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The answer cut to the quoted name after a calling word in its sentence, when the question asks what its
    subject is called and the sentence names that subject; None otherwise."""
    if info.qtype != "what" or not _ASKED.search(info.text.strip()):
        return None
    subject = _SUBJECT.match(info.text.strip())
    f = best.sentence.folded
    if subject is None or subject.group("x") not in f:
        return None
    m = _CALLED.search(f)
    if m is None or best.start == m.start("name") and best.end == m.end("name"):
        return None
    if f.startswith("之一", m.end()):
        return None  # "被誉为“汕尾八景”之一": one of a set the quotation names, not its own name
    return best.narrowed(m.start("name"), m.end("name"), "called-what")
