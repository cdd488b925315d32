"""The subject of a copula whose predicate restates the question: "X是…的Y" answers "…的是哪一Y" / "…的为?".

A what-question that ends "…的是哪一个期间", "…线路为哪一路的公车" or "…的国家为?", or opens "哪一个皇帝是宋朝的第十四
位皇帝", asks for the thing the sentence puts before its own copula: "|过渡期|是对准妈妈的考验最强的时期", "…运营的
|236路车|是昆明第一条快速公交线路", "在2004年|苏利南|成为荷兰语联盟的第三位成员国". The slot and head rules read the
predicate's noun ("时期", "成员国") or a name elsewhere in the sentence ("北京路") instead. When the words after a
copula of the sentence restate the question's side of its copula (half of their character pairs or more), the run of
nouns right before that copula answers; a copula opening its clause (",是宋朝的第十四位皇帝") has the sentence's
subject, the run of nouns it opens with ("|宋理宗|赵昀,原名…"); so has a passive naming verb opening its clause
(",也被认为拜占廷的首任皇帝": "|君士坦提乌斯|的根据地…"). Measured per question on CMRC 2018 trial and DRCD
test (see the commit)."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .shape import Tagger
from .spans import char_bigrams, clause_end, clause_start, offsets

Word = tuple[int, int, str, str]

_COPULAS = ("是", "为", "成为", "就是")
# a passive verb of naming that works as a copula right after 被 ("也被|认为|拜占廷的首任皇帝")
_DEEMED = ("认为", "视为")
# the question's clause before its question word ends with a copula: "…最强的是|哪一个期间", "…的国家为|?"
_ASK_ENDS = ("是", "为")
_RIGHT_LONGEST = 4  # characters after the question word: its noun ("期间", "路的公车"), not a clause of its own
# or the question word's noun is followed by the copula: "哪一个|皇帝是|宋朝的第十四位皇帝"
_ASKED_FIRST = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:是|为|成为)")
_ECHO = 0.5  # share of the predicate's character pairs the question's clause holds
_PAIRS = 4  # character pairs of the predicate at least: "另一院为|参议院" restates nothing
_SHORTEST, _LONGEST = 2, 10  # characters of the subject: a longer run is a description, not a name
_OPENING_LONGEST = 14  # the sentence's own subject, a full name: "臺中市精密機械科技創新園區"
# the words a subject's name is made of: nouns, names, abbreviations, idioms, numbers and measure words ("236路车")
_NOUNISH = ("n", "j", "l", "eng", "m", "q", "b")
_TIME_ENDS = ("年", "月", "日", "时")
# a subject that names a name or a meaning: what follows the copula answers ("俱乐部的名字为|戴尔广场足球俱乐部",
# "独立后法定国名为|「乔治亚共和国」")
_NAMING = ("名", "名字", "名称", "称号", "意思", "意义", "含义", "定义")
# a clause of its own naming what the sentence tells of ("…散开成放射状,叫听放线,"): the copula's subject then
_CALLED = re.compile(r"[,，](?:被)?(?:叫做|叫作|称为|称作|叫|名为)([^\W\d_]{2,10})(?=[,，])")
# what may stand between a clause's start and a copula whose subject is the sentence's: ",也是…", ",则为…"
_LINKS = frozenset(("", "也", "则", "还", "亦", "又", "即", "乃", "都", "便", "就", "更", "被", "也被", "亦被", "则被"))


def copula_subject(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate | None:
    """The answer moved to the subject of the sentence's copula whose predicate restates the question's side of
    its copula; None when the question has none, no predicate restates it, the answer already is the subject, or
    no run of nouns (2–10 characters; the sentence's opening one up to 14) names the subject."""
    if info.qtype != "what" or info.expects:
        return None
    return subject_of_copula(best, info, pos)


def subject_of_copula(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate | None:
    """copula_subject without its question gate: the subject of the copula whose predicate restates the
    question's side of its copula, whatever the question asks (copula_name.py reads it for places and people)."""
    ask = _restated(info)
    if len(ask) < 5:
        return None
    f = best.sentence.folded
    words = offsets(pos(f))
    echoes = [(_echo(f[b:clause_end(f, b)], ask), i) for i, (a, b, word, _flag) in enumerate(words)
              if (word in _COPULAS or (word in _DEEMED and f[a - 1:a] == "被")) and a > 0]
    share, i = max(echoes, default=(0.0, -1))
    if share < _ECHO:
        return None  # no predicate of the sentence restates the question's clause
    # of copulas restating it as well, one with a noun before it: "其境内的|集安|是高句丽旧都,现为国家历史文化名城"
    # for "…为高句丽旧都而今为国家历史文化名城" (the last, "现为", has no subject of its own)
    if not _named(_run_before(words[:i], clause_start(f, words[i][0]))):
        i = next((j for s, j in echoes if s == share
                  and _named(_run_before(words[:j], clause_start(f, words[j][0])))), i)
    at = words[i][0]
    opens = clause_start(f, at)
    run = _named(_run_before(words[:i], opens))
    if run and _listed(words, run[0][0], f):
        return None  # "局长彭鸿嘉和|副市长逯克宗|为…揭牌": one of a list before the copula, all of them asked
    linked = not run and opens > 0 and f[opens:at].strip() in _LINKS  # (",也是…": the copula opens its clause)
    called = _CALLED.search(f, 0, opens) if linked else None
    if called is not None:  # "…散开成放射状,叫|听放线|,…,是听觉最高级的中枢": the name told before the copula
        run = [w for w in words if called.start(1) <= w[0] and w[1] <= called.end(1)]
    elif linked:
        run = _named(_run_after([w for w in words if w[0] < opens]))  # the sentence's subject, where it opens
        if run and run[-1][1] - run[0][0] > _OPENING_LONGEST:
            return None
    elif run and run[-1][1] - run[0][0] > _LONGEST:
        return None
    if not run or run[-1][1] - run[0][0] < _SHORTEST:
        return None
    cut, end = run[0][0], run[-1][1]
    if cut <= best.start and best.end <= end:
        return None  # the answer is the subject (or within it) already
    subject = f[cut:end]
    if subject.endswith(_NAMING) or subject in info.text \
            or 2 * sum(g in info.text for g in char_bigrams(subject)) > len(subject) - 1:
        return None  # "俱乐部的名字|为|X": X is the name asked; or the question's own words, not the thing asked
    return best.narrowed(cut, end, "copula")


def _restated(info: QuestionInfo) -> str:
    """The question's words on the other side of its copula from the question word: its last clause before
    "是/为 + question word" ("…考验最强的是|哪一个期间"), or what follows "question word + noun + 是/为" ("哪一个皇帝是
    |宋朝的第十四位皇帝"); "" when the question has neither."""
    ask = info.left.rstrip()
    if ask.endswith(_ASK_ENDS) and len(info.right.strip("?？ ")) <= _RIGHT_LONGEST:
        return ask[max(ask.rfind(","), ask.rfind("，")) + 1:]
    m = _ASKED_FIRST.match(info.right) if info.wh else None
    return info.right[m.end():].rstrip("?？ ") if m else ""


def _echo(predicate: str, ask: str) -> float:
    """The share of the predicate's pairs of Chinese characters the question's clause holds (Latin letters left
    out: "colossus" and "colossosaurus" share pairs, not words)."""
    grams = [g for g in char_bigrams(predicate) if all("\u4e00" <= c <= "\u9fff" for c in g)]
    return sum(g in ask for g in grams) / len(grams) if len(grams) >= _PAIRS else 0.0


def _nounish(word: Word) -> bool:
    _a, _b, text, flag = word
    return flag.startswith(_NOUNISH) and bool(text.strip()) and (flag != "x" or text.isascii())


def _run_before(before: list[Word], floor: int) -> list[Word]:
    """The run of noun-like words right before the copula (not before the clause's start)."""
    run: list[Word] = []
    for word in reversed(before):
        if word[0] < floor or not _nounish(word):
            break
        run.insert(0, word)
    return run


def _listed(words: list[Word], cut: int, f: str) -> bool:
    """Whether the word before the subject joins it to another item (和, 与, 、): the subject is one of a list."""
    before = [w for w in words if w[1] <= cut]
    return bool(before) and (before[-1][3] == "c" or f[before[-1][0]:before[-1][1]] in ("、", "和", "与", "及"))


def _run_after(words: list[Word]) -> list[Word]:
    """The run of noun-like words the sentence opens with."""
    run: list[Word] = []
    for word in words:
        if not _nounish(word):
            break
        run.append(word)
    return run


def _named(run: list[Word]) -> list[Word]:
    """The run without the time it opens with ("在|2004年|苏利南成为…"); [] when no noun is left (numbers and
    measure words alone name nothing)."""
    k = next((k for k, (_a, _b, _w, flag) in enumerate(run) if not flag.startswith(("m", "q"))), len(run))
    if "".join(w for _a, _b, w, _f in run[:k]).endswith(_TIME_ENDS):
        run = run[k:]
    return run if any(flag.startswith(("n", "j", "l", "eng")) for _a, _b, _w, flag in run) else []
