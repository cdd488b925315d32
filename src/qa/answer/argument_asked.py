"""What-questions whose 什么 stands alone as an argument of the verb: "利用什麼來發電", "會讓什麼被拆", "經由什麼
被送進動脈中", "因為什麼的崩塌而形成", "受到什麼的挑戰". No kind noun follows 什么 (kind_asked.py's `asks_kind`
leaves these out: "什么来", "什么被" name no kind), yet the 什么 fills the subject or object slot of the predicate
after it, so the answer is a noun phrase (原子能, 原有的灣仔碼頭, 腔隙, 分子雲), never a whole sentence.

Not after 以 ("以什么而著称", "以什么来命名": the means or the ground, which a clause tells — right as sentences on
CMRC) nor 为 (为什么 asks why); a why-question typed so ("因为什么而…") is left to the cause rules.

A cloze left open after a preposition or a list mark ("…都來自於?", "…等同於希臘神話中的?", "…有慶雲殿以及?")
asks the noun phrase it governs the same way. (Read as a name by gap.py's `asks_name`, the gap found fragments
there, 庫爾特・ and 東為: DRCD 0 better / 2 worse; so the whole sentence is declined, not narrowed.) So does
"何者較高?", which of the two compared.

Declined whole by name_unfound.py: against main 5125b8a8 CMRC 1 and DRCD 5 answers declined, all wrong (F1 0–0.43),
none right lost (precision 0.7725 → 0.7734, 0.8436 → 0.8450)."""

from __future__ import annotations

import re

from .question import QuestionInfo

# 什么 (甚么) right before a particle or function word that opens the rest of the clause: a coverb of purpose (来),
# the passive 被, or 的 before the predicate's noun ("什么的崩塌", "什么的挑战"); not after 以 or 为
_ARGUMENT = re.compile(r"(?<![以为])[什甚]么(?:来|被|的)(?=[^\W\d_])")
# a cloze left open after a preposition or a list mark ("…這些藝術家都來自於?", "…這一段話出自於?", "…等同於希臘
# 神話中的?", "…有慶雲殿以及?"): the noun phrase the preposition governs, or the list's item left, is asked
_OPEN_CLOZE = re.compile(r"(?:于|中的|以及)\s*[?？]?\s*$")
# which of the two compared ("上海和香港當時的工資相比，何者高出許多?"): one of the compared noun phrases is asked
_COMPARED = re.compile(r"何者[较更比高低多少大小]")


def asks_argument(info: QuestionInfo) -> bool:
    """The question asks a noun phrase of the sentence: its 什么 stands alone as an argument, its cloze is left open
    after a preposition, or it asks which of two compared."""
    return info.qtype in ("what", "other") and bool(
        _ARGUMENT.search(info.text) or _OPEN_CLOZE.search(info.text) or _COMPARED.search(info.text))
