"""The question's verb printed as a noun after 的: the phrase before that 的 names the thing asked.

"法国…希望想控制什么来弥补损失?" ↔ "因此法国希望能取得|德国工业|的控制权以补偿自身损失"; "韩国在什么状况结束后开始
与社会主义国家进行接触?" ↔ "随着|冷战格局|的结束和世界东西方关系的缓和,韩国调整其以往…". The question asks the
object or the subject of a verb (控制什么, 什么状况结束) that the sentence turns into a noun, its object or subject
before 的; the slot the question's anchors found (after 损失's paraphrase, after 韩国) holds another clause. The
answer is the run of noun-like words right before "的" + the verb (`genitive_head.phrase_before`), when the sentence
prints the verb only so: printed as a verb too ("目前他正在研究|微藻生物柴油,…该方面的研究", "…会计师事务所有限责任公司
审计并…无保留意见的审计报告"), it anchors the slot asked (news suites, pages3).
Measured per question on CMRC 2018 trial and DRCD test (see the commit)."""

from __future__ import annotations

from ..types import Candidate
from .genitive_head import phrase_before
from .question import QuestionInfo
from .shape import Tagger
from .spans import char_bigrams, occurrences

_RULES = ("slot",)
_NOUNS = ("n", "j", "l")  # the noun asked between the question word and its verb ("什么|状况|结束")


def _asked_verbs(info: QuestionInfo, pos: Tagger) -> list[str]:
    """The two-character verbs right before the question word (控制|什么) and right after it and its noun (什么|状况|
    结束)."""
    verbs = []
    before = list(pos(info.left[-6:]))
    if before and before[-1][1].startswith("v") and len(before[-1][0]) == 2:
        verbs.append(before[-1][0])
    after = [(w, flag) for w, flag in pos(info.right[:8]) if w.strip()]
    nouns = 0
    while after and after[0][1].startswith(_NOUNS):
        after, nouns = after[1:], nouns + 1
    # (a verb right after the question word is the noun asked, as jieba tags it: "什么|创作")
    if nouns and after and after[0][1].startswith("v") and len(after[0][0]) == 2:
        verbs.append(after[0][0])
    return verbs


def deed_genitive(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate | None:
    """The answer moved to the noun phrase before "的" + a verb of the question next to its question word; None when
    the answer is no slot, the question is typed, or its sentence prints no such 的."""
    if info.qtype != "what" or info.expects or not info.wh or not best.rule.startswith(_RULES):
        return None
    f = best.sentence.folded
    for verb in _asked_verbs(info, pos):
        at = f.find("的" + verb)
        if at < 0 or any(i == 0 or f[i - 1] != "的" for i in occurrences(f, verb)):
            continue  # the sentence prints the verb as a verb too ("正在研究|微藻生物柴油", "…公司审计并…"): the
            # slot read around it is the one asked, not the noun phrase before "的研究", "的审计报告"
        cut = phrase_before(f, at, pos)
        if cut is None or (cut, at) == (best.start, best.end):
            continue
        text = f[cut:at]
        grams = char_bigrams(text)
        if text in info.text or (grams and 2 * sum(g in info.text for g in grams) > len(grams)):
            continue  # the question's own words ("…的控制" of the question's owner), not the thing asked
        return best.narrowed(cut, at, "deed-genitive")
    return None
