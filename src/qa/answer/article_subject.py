"""The person an article is about, for "X指的是谁" when the article's sentence prints X of no one it names:
"薛禅皇帝指的是谁" ↔ "…去世后,获谥号圣德神功文武皇帝,庙号世祖,蒙古语尊号|薛禅皇帝|。" of the article opening
"元世祖|忽必烈|,孛儿只斤氏,…"; "「历史上最伟大的传教士」指的是谁" ↔ "天主教会称|之|为「…」" of the article
opening "圣方济·沙勿略是西班牙籍天主教传教士".

A who-question asking whom a title, a byname or an epithet refers to finds the sentence printing it, but a
profile (an entry, a portrait, an obituary) gives its subject's titles without naming the subject again — by 之,
其, 他 or no word at all — so no person stands in that clause and the question declines (or takes another name of
the sentence). The subject is the person the article opens with: named in the first clause of its first body
sentence and named again further on, or named in the headline and printed in the text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..types import Sentence
from .question import QuestionInfo
from .spans import Span, clause_end, clause_start, offsets

# "X指的是谁", "X是指谁", "X指的是哪一位", "X所指的是何人", "X指谁" (and "…指的是谁的军队": whose)
_REFERS = re.compile(r"^(?P<x>.+?)(?:所?指的是|是指|指)(?:谁|何人|哪一?位)")
_QUOTES = "「」“”『』\"'《》"
_CLAUSE_END = frozenset(",，;；:：。!！?？")
_NAME_TAGS = ("nr", "nrt")
# a thing named after its founder, which jieba may tag nr whole ("邓小平理论/nr,是中国共产党的指导思想之一"): the
# article is about the thing, and the question asks whose it is
_NAMED_AFTER = ("理论", "思想", "学说", "主义", "定律", "效应", "体系")


def asked_referent(info: QuestionInfo) -> str:
    """X of a who-question "X指的是谁" without its quotation marks ("" when the question asks no referent)."""
    if info.qtype != "who":
        return ""
    m = _REFERS.match(info.text.strip())
    if m is None:
        return ""
    x = m.group("x").strip().strip(_QUOTES).strip()
    return x if len(x) >= 2 else ""


# a pronoun standing for the one X is said of: 其 ("如其绰号「瑞德沙皇」一般"; not 其中, 其他, 其实, 尤其, 极其),
# 之 of 称之为/尊之为, 他/她 (not 他们, 他人)
_PRONOUN = re.compile(r"(?<![尤极与])其(?![中他它实余次])|之(?=为)|[他她](?![们人])")


def pronoun_before(f: str, start: int, at: int) -> int:
    """Where a pronoun stands in f[start:at] (X's clause before X), -1 when none does."""
    m = _PRONOUN.search(f, start, at)
    return m.start() if m else -1


def clause_of(f: str, start: int, end: int) -> tuple[int, int]:
    """The clause of `f` holding [start, end)."""
    return clause_start(f, start, _CLAUSE_END), clause_end(f, end, _CLAUSE_END)


def article_subject(body: Sequence[Sentence], headline: str, people: Callable[[Sentence], list[Span]],
                    tags: Callable[[Sentence], Sequence[tuple[str, str]]]) -> tuple[Sentence, int, int] | None:
    """The person `body` (an article's body sentences, in order) is about: a headline that is a name (its last word
    tagged nr or nrt) printed in the first clause of the first sentence ("岳飞,北宋末…抗金名将" under 岳飞, a name
    the person rules doubt as a dictionary word), else a person of that clause printed again further on or in the
    headline — its last word tagged a name too; None when the article opens with no such person."""
    if not body:
        return None
    lead = body[0]
    f = lead.folded
    _, first_end = clause_of(f, 0, 0)
    head = headline.strip()
    # (a name ends with a word tagged a name, and not with a thing named after someone: "邓小平理论/nr")
    name_ends = {b for _, b, _, flag in offsets(tags(lead)) if flag in _NAME_TAGS}
    at = f.find(head, 0, first_end) if len(head) >= 2 else -1
    if at >= 0 and at + len(head) in name_ends and not head.endswith(_NAMED_AFTER):
        return lead, at, at + len(head)
    rest = [s.folded for s in body[1:]]
    for sp in sorted(people(lead), key=lambda sp: sp.start):
        if sp.start >= first_end:
            break
        name = f[sp.start:sp.end]
        if len(name) >= 2 and sp.end in name_ends and not name.endswith(_NAMED_AFTER) \
                and (name in headline or name in f[sp.end:] or any(name in r for r in rest)):
            return lead, sp.start, sp.end
    return None
