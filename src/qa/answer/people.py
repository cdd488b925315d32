"""People and their posts, from the title chains of Chinese news: "省长、省委建设平安浙江领导小组副组长刘捷",
"省委副书记王成", "东白马湖社区书记吕家琦说".

- "<post>是谁 / 谁是<post>": the person whose chain holds that post exactly; a near miss (副书记 for 书记,
  副院长 for 院长) is a decline, never the wrong person.
- "X是谁 / X担任什么职务 / X是什么身份": the chain of posts printed before X.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..lexicon import CLAUSE_END, PERSON_QUESTION, POST_MODIFIERS, POSTS, PUNCT, SURNAMES
from ..types import Sentence
from .candidates import Span
from .question import QuestionInfo

_CHAIN_BREAK = CLAUSE_END - {"、"}


@dataclass(frozen=True)
class Titled:
    """A person in a sentence with the posts printed right before the name."""

    sentence: Sentence
    name: tuple[int, int]  # the name's offsets
    chain: tuple[int, int]  # the posts' offsets ("省长、…副组长"), empty when none
    posts: tuple[str, ...]  # the posts, folded


def titled(s: Sentence, spans: Sequence[Span], pos: Sequence[tuple[str, str]] = ()) -> list[Titled]:
    """The people of a sentence with their title chains. With the sentence's words (`pos`), a name right after
    a post that jieba cut into single characters ("院长李甦雁" → 李|甦|雁) is a person too."""
    f = s.folded
    out = []
    for sp in sorted([*spans, *_after_posts(f, pos, spans)], key=lambda x: x.start):
        if sp.type != "person":
            continue
        start = sp.start
        while start > 0 and f[start - 1] not in _CHAIN_BREAK and sp.start - start < 60:
            start -= 1
        while start < sp.start and (f[start] in PUNCT or f[start].isspace()):
            start += 1  # "”东白马湖社区书记": the quote closes the sentence before
        chain = f[start:sp.start]
        posts = tuple(p for p in chain.split("、") if p.endswith(POSTS))
        if posts and chain.endswith(POSTS):
            # the chain starts at its first post's first character (a clause's subject may come before)
            first = chain.find(posts[0])
            out.append(Titled(s, (sp.start, sp.end), (start + first, sp.start), posts))
        else:
            out.append(Titled(s, (sp.start, sp.end), (sp.start, sp.start), ()))
    return out


def _after_posts(f: str, pos: Sequence[tuple[str, str]], spans: Sequence[Span]) -> list[Span]:
    """Names the extractor missed right after a post: a surname and the single characters after it (2–3 in all),
    as jieba cuts a name it does not know."""
    out, at = [], 0
    words = []
    for w, _ in pos:
        words.append((at, w))
        at += len(w)
    for i, (a, w) in enumerate(words):
        if w not in SURNAMES or not f[:a].endswith(POSTS) or any(
                sp.type == "person" and sp.start <= a < sp.end for sp in spans):
            continue
        end = a + 1
        for b, nxt in words[i + 1:i + 3]:
            if len(nxt) != 1 or nxt in PUNCT or nxt in _CHAIN_BREAK or not nxt.isalpha():
                break
            end = b + 1
        if end - a >= 2:
            out.append(Span(a, end, "person", "pos:nr"))
    return out


def asked_post(info: QuestionInfo) -> str:
    """The post a who-question asks the holder of ("省委书记是谁" → 省委书记, "谁是东白马湖社区书记" → …)."""
    if info.qtype != "who" or info.wh_word != "谁":
        return ""
    left, right = info.left.rstrip("的是"), info.right
    if left.endswith(POSTS) and not right.strip("的呢"):
        return left
    if not left and right.startswith("是") and right[1:].rstrip("的呢").endswith(POSTS):
        return right[1:].rstrip("的呢")
    return ""


def asked_person(info: QuestionInfo) -> str:
    """The person a "X是谁 / X担任什么职务" question is about."""
    m = PERSON_QUESTION.match(info.text.strip())
    return m.group("x") if m else ""


def holds(post: str, asked: str) -> bool | None:
    """True when `post` is the asked post, False when it is a near miss (副书记 for 书记, or 书记 for 副书记),
    None when unrelated. Either may leave out what the other says first ("书记" ↔ "社区书记")."""
    if post == asked:
        return True
    if post.endswith(asked):
        return not post[: -len(asked)].endswith(POST_MODIFIERS)
    if asked.endswith(post):
        return not asked[: -len(post)].endswith(POST_MODIFIERS)
    # the same words but for a modifier on one side: "省委书记" ↔ "省委副书记"
    for m in POST_MODIFIERS:
        for a, b in ((asked, post), (post, asked)):
            for i in range(len(a) + 1):
                variant = a[:i] + m + a[i:]
                # the chain may hold words before the post ("习近平在山西省委书记" for 山西省委副书记)
                if variant == b or b.endswith(variant) or (a is post and variant.endswith(b)):
                    return False
    return None


def find_holder(asked: str, people: Sequence[Titled]) -> tuple[Titled | None, bool]:
    """(the person holding the asked post, whether a near miss was seen)."""
    near = False
    for t in people:
        for post in t.posts:
            got = holds(post, asked)
            if got:
                return t, near
            if got is False:
                near = True
    return None, near


def named_freely(asked: str, s: Sentence, people: Sequence[Titled]) -> bool:
    """Whether the sentence names the asked post's role ("社长" of "明报的社长") otherwise than as a title
    against a recognised name ("社长为张三", or before a name the tagger missed): only such a sentence may still
    tell the holder. "新华通讯社社长田聪明", "田聪明社长" are someone's titles, not the asked post."""
    role = next((p for p in sorted(POSTS, key=len, reverse=True) if asked.endswith(p)), asked)
    f = s.folded
    if re.search(r"(?:任|当|为|是)" + re.escape(role) + "|" + re.escape(role) + r"(?:为|是|由|一职)", f):
        return True
    at = f.find(role)
    while at >= 0:
        if not any(t.chain[0] <= at < t.chain[1] or at == t.name[1] or _titles(f, at, t.name[0]) for t in people):
            return True
        at = f.find(role, at + 1)
    return False


def _titles(f: str, at: int, name: int) -> bool:
    """A title word at `at` stands in the unbroken run of words right before a name ("社长助理陈征")."""
    return 0 <= name - at <= 8 and not any(c in _CHAIN_BREAK or c == "、" for c in f[at:name])


def find_person(name: str, people: Sequence[Titled]) -> Titled | None:
    """The first mention of `name` with posts before it."""
    return next((t for t in people if t.posts and t.sentence.folded[t.name[0]:t.name[1]] == name), None)


Tagged = Callable[[Sentence], Sequence[Span]]
