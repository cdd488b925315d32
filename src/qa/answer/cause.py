"""Why-questions answered by a sentence that tells the cause after a marker: "…雙方亦須交換場地,因為決勝局必定是
單數局" answers "為何決勝局結束後兩方必須交換場地" with the clause after 因为, not the whole sentence; the clauses
after it that do not repeat the question are the cause's too ("由于叔侄皆锋芒过露,排挤异己阴狠毒辣,引起时人的强烈
反感" → up to 阴狠毒辣). A clause that repeats the question is the effect asked about, not its cause.
Of several markers, the one whose effect (after its 因…而, or the next clause) repeats the question tells the cause
asked, a later one inside its clause too: DRCD 2 better / 0 worse, CMRC identical."""

from __future__ import annotations

import re

from ..lexicon import FUNCTION_CHARS, RESULT_WORDS
from ..types import Candidate
from .cause_asked import marker_asked
from .question import QuestionInfo
from .spans import clause_end, trim

# the words that ask why (not "因为什么事件", which asks a thing)
_WHY_WORDS = ("为什么", "为何", "何故", "缘何")
# a cause marker: 因 but not 因此/因而/因素/因为什么; "是因为", "主要是由于" keep their copula out of the answer
_MARKER = re.compile(r"(?:因为|由于|皆因|因(?![此而素为果子]))")
# "…的原因是?", "原因为何": a cause asked as a noun (not "由于什么原因", whose marker cause_asked.py reads)
_CAUSE_ASKED = ("原因", "什么原因", "原因是什么")
_MARKER_ASKED = re.compile(r"(?:因为|由于|因)\S{0,4}$")
# "原因之一是?", "除了…,还有哪一项原因?": one cause of several, which the first marker does not tell
_ONE_OF = re.compile(r"之一|除了")
# "又被称为什么时代", "是因为什么作用": 为什么 read in 称为|什么, 因|为什么, no why
_NAMING = re.compile(r"[称叫作成视认因]$")
_CLAUSE_END = re.compile(r"[,，;；。!！?？]")
# a clause opening with a result word tells the effect ("…有恩于羌人,|所以得到羌人的保护")
_RESULT = re.compile(r"\s?(?:" + "|".join(RESULT_WORDS + ("故", "遂", "才")) + ")")
# a clause that turns away from the cause: another topic set against it ("皆因他都是土生土长的大埔人,|其得意之作
# 却是…") or another speaker's view ("因他不能接受…的手法,|立法会议员何秀兰认为若消息属实,…"): the cause ended before
# it. (A bare 但 may go on with the cause: "因为他明知…所注定的悲哀命运,但不能改变他们顽梗的心".)
_TURN = re.compile(r"\s?(?:其[^,，;；]{0,8}却|[^,，;；]{2,12}?(?:认为|表示|指出))")
# the effect told after the cause in its own clause ("因收视率受到好评|使…", "因为高辐射的环境|而失败")
_EFFECT = re.compile(r"而|使|致使|导致|以致")
# a marker that opens its clause ("…交换场地,|因为…", "但|由于…", "就是|因为…"); one inside a clause ("第52分钟因
# 恶意蹬踏…,被红牌罚下") tells a cause the whole sentence is about, unless it is 因…而 ("战力因…的战死|而受到打击")
_OPENS = re.compile(r"(?:^|[,，;；:：。、])\s?(?:但|而|且|就|正|也|更|主要|大概|可能|这|那|都|皆|则)?(?:是)?\s?$")
_ECHO = 0.5  # share of a clause's content characters the question holds, from which it repeats the question


def echoes(clause: str, question: str) -> bool:
    """Whether `clause` repeats the question (half its content characters or more are the question's)."""
    chars = [c for c in clause if "\u4e00" <= c <= "\u9fff" and c not in FUNCTION_CHARS]
    return bool(chars) and sum(c in question for c in chars) / len(chars) >= _ECHO


def _effect_echoes(f: str, at: int, question: str) -> bool:
    """Whether the effect told after the cause opening at `at` repeats the question: the words after the 而 of its
    clause (因…而…), else the next clause."""
    end = clause_end(f, at)
    effect = f.find("而", at + 2, end)
    if effect >= 0:
        return echoes(f[effect + 1:end], question)
    return end < len(f) and echoes(f[end + 1:clause_end(f, end + 1)], question)


def asks_cause(info: QuestionInfo) -> bool:
    """Whether the question asks why, or for the cause after a marker it names ("因为什么罪行被治罪", "由于什么原因"),
    which cause_asked.py reads when the sentence has that marker too."""
    return asks_why(info) or marker_asked(info)


def asks_why(info: QuestionInfo) -> bool:
    """Whether the question asks why (为什么, 为何, "…的原因是?"), not a thing named after 称为|什么 or 因|为什么. (The
    cause asked as a noun: DRCD 3 better / 0 worse, CMRC identical.)"""
    return info.qtype == "why" and not _NAMING.search(info.left) and (
        info.wh_word in _WHY_WORDS or (info.wh_word in _CAUSE_ASKED and not _MARKER_ASKED.search(info.left)
                                       and not _ONE_OF.search(info.text)))


def cause_of(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The cause the best answer's text tells after a marker, with the clauses after it that do not repeat the
    question; None when the question does not ask why or the text has no marker."""
    if not asks_why(info):
        return None
    f = best.sentence.folded
    found = list(_MARKER.finditer(f, best.start, best.end))
    opening = [m for m in found if _OPENS.search(f, 0, m.start())
               or (m.group().startswith("因") and "而" in f[m.end() + 2:clause_end(f, m.end())])]
    # of several markers, the one whose effect repeats the question ("因香港教育水平…而移民来港,…,初来港的上海女性
    # 不少因为想取快钱|而经营加入色情行业"); a later one inside its clause counts too ("…,因排华等原因,…,到1945年
    # 因战时的盟军破坏,|只剩453")
    m = next((m for m in found if len(found) > 1 and (m in opening or m is not found[0])
              and _effect_echoes(f, m.end(), info.text)), opening[0] if opening else None)
    if m is None:
        return None
    start, end = m.end(), m.end()
    while end < best.end:
        stop = _CLAUSE_END.search(f, end, best.end)
        stop_at = stop.start() if stop else best.end
        if end > start and (echoes(f[end:stop_at], info.text) or _RESULT.match(f, end) or _TURN.match(f, end)):
            break
        effect = _EFFECT.search(f, end + 2, stop_at)
        if effect is not None:  # "因|高辐射的环境|而失败": the effect told in the cause's own clause
            end = effect.start()
            break
        named = f.find("的原因", end, stop_at)
        if named > start:  # "由于意识形态|的原因,…": the cause noun closes the cause
            end = named
            break
        end = stop_at
        if stop is None:
            break
        end = stop.end()
    start, end = trim(f, start, end)
    if end - start < 2 or (start, end) == (best.start, best.end):
        return None
    return best.narrowed(start, end, "cause")
