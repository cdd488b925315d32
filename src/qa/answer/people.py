"""People and their posts, from the title chains of Chinese news: "省长、省委建设平安浙江领导小组副组长刘捷",
"省委副书记王成", "东白马湖社区书记吕家琦说".

- "<post>是谁 / 谁是<post>": the person whose chain holds that post exactly; a near miss (副书记 for 书记,
  副院长 for 院长) is a decline, never the wrong person.
- "X是谁 / X担任什么职务 / X是什么身份": the chain of posts printed before X.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

from ..lexicon import (
    COUNTRIES,
    HONORIFIC_TITLES,
    KIN_WORDS,
    LIST_CLAUSE_END,
    ORG_SUFFIXES,
    OWNER_QUESTION,
    PERSON_QUESTION,
    POST_MODIFIERS,
    POSTS,
    POSTS_LONGEST,
    PUNCT,
    RELATION_QUESTION,
    SURNAMES,
    alternation,
    post_role,
)
from ..types import Sentence
from .chain_place import level_of, named_before, village_before
from .deed_setting import after_setting
from .latin_apposed import comma_after_post
from .names import POST_AFTER_NAME, names_after_posts
from .place_final import closes_place_name
from .posts_setting import plain_posts_question
from .question import QuestionInfo
from .represent_deed import represents
from .session_owner import session_printed
from .shared_owner import after_listed_name, shared_owner
from .spans import Span, clause_start, offsets

_CHAIN_BREAK = LIST_CLAUSE_END
_HONORIFIC_PARTS = frozenset((*HONORIFIC_TITLES, "斯里"))  # jieba reads 斯里 of 拿督斯里 as a name
# Single characters that end a name rather than continue it: a verb or particle after the name
_NOT_GIVEN = frozenset("的是在和与及等说称指也都已将被向为对")


@dataclass(frozen=True)
class Titled:
    """A person in a sentence with the posts printed right before the name."""

    sentence: Sentence
    name: tuple[int, int]  # the name's offsets
    chain: tuple[int, int]  # the posts' offsets ("省长、…副组长"), empty when none
    posts: tuple[str, ...]  # the posts, folded


def titled(s: Sentence, spans: Sequence[Span], pos: Sequence[tuple[str, str]] = (), known: str = ""
           ) -> list[Titled]:
    """The people of a sentence with their title chains. With the sentence's words (`pos`), a name right after
    a post that jieba cut into single characters ("院长李甦雁" → 李|甦|雁) is a person too; so is `known`, a name
    the question gives ("颜开担任什么职务" — jieba reads 颜开 as a word of 笑逐颜开)."""
    f = s.folded
    out: list[Titled] = []
    extra = names_after_posts(f, pos, spans)
    words = {a: w for a, _b, w, _f in offsets(pos)}
    flags = {a: fl for a, _b, _w, fl in offsets(pos)}
    if len(known) >= 2:
        extra += [Span(m.start(), m.end(), "person", "pos:nr") for m in re.finditer(re.escape(known), f)
                  if not any(sp.type == "person" and sp.start < m.end() and m.start() < sp.end for sp in spans)]
    starts = {sp.start for sp in [*spans, *extra] if sp.type == "person"}
    ends = [sp.end for sp in [*spans, *extra] if sp.type == "person"]
    for sp in sorted([*spans, *extra], key=lambda x: x.start):
        if sp.type != "person" or f[sp.start:sp.end] in _HONORIFIC_PARTS:
            continue
        for h in HONORIFIC_TITLES:  # "斯里林绪通": the end of an honorific read into the name
            i = f.find(h, max(0, sp.start - len(h) + 1), sp.start + len(h))
            if i != -1 and i <= sp.start < i + len(h) < sp.end - 1:
                sp = Span(i + len(h), sp.end, sp.type, sp.rule)
                break
            if i == sp.start and i + len(h) == sp.end - 1 and f[sp.end - 1] in SURNAMES:
                # "丹斯里|陈" then "坤海" (檳華堂主席丹斯里陳坤海, jieba reading the given name as a place or
                # cutting it a character a word): the honorific read with the surname; the name is the surname and
                # the given name of one or two characters after it (a name word, or single characters)
                end = sp.end
                while end - sp.end < 2 and end in words and "\u4e00" <= f[end] <= "\u9fff" \
                        and end - sp.end + len(words[end]) <= 2 \
                        and (flags.get(end, "")[:2] in ("nr", "ns", "nz") or len(words[end]) == 1
                             and f[end] not in _NOT_GIVEN and not flags.get(end, "").startswith(("v", "p", "u", "d"))):
                    end += len(words[end])
                if end > sp.end:
                    sp = Span(i + len(h), end, sp.type, sp.rule)
                    break
        start = sp.start
        while start > 0 and f[start - 1] not in _CHAIN_BREAK and sp.start - start < 60:
            start -= 1
        while start < sp.start and (f[start] in PUNCT or f[start].isspace()):
            start += 1  # "”东白马湖社区书记": the quote closes the sentence before
        start = max(start, f.rfind("】", start, sp.start) + 1)  # "【特讯】经济财政司司长": the report's label, no post
        start = _comma_posts(f, start, sp.start, starts)
        # "…、吴英杰和秘书长王伟": the name before 和 is the row's last item, no part of the post (shared_owner.py)
        start = after_listed_name(f, start, sp.start, ends, [(t.name, t.posts[-1]) for t in out if t.posts],
                                  _bare_post, _row_owner)
        chain = f[start:sp.start]
        labelled = _label_before(f, sp.start) if not chain.strip() else -1
        if labelled >= 0:  # "中文秘書:唐金水,西文秘書:蕭紹基": a post and its holder as a label and its value
            start, chain = labelled, f[labelled:sp.start]
        # "作者:《日本新华侨报》发行人 吴晓乐": an author line spaces the post from the name; the space is no post
        # "加中友好协会会长,warren bethune 在致辞中": a Latin name's post closed by a comma (latin_apposed.py)
        spaced = _spaced(chain) or comma_after_post(chain, f[sp.start:sp.end])
        chain = chain[:len(chain) - len(spaced)]
        title = next((h for h in HONORIFIC_TITLES if chain.endswith(h)), "")
        chain = chain[:len(chain) - len(title)]  # "董事主席拿督斯里林绪通": the honorific, not a post
        honorific = title + spaced  # what stands between the chain and the name
        kin = next((k for k in KIN_WORDS if chain.endswith(k)), "")
        if kin:
            # "有县长老公傅崐萁", "她的县长老公": the post describes the kin word, whose name follows; with no 有 or
            # 的 before it the post is another person's ("大使夫人宋晓梅" is the ambassador's wife): no post here
            owned = max(chain.rfind("有", 0, len(chain) - len(kin)), chain.rfind("的", 0, len(chain) - len(kin)))
            skip = owned + 1 if owned >= 0 else len(chain)
            start, chain, honorific = start + skip, chain[skip:len(chain) - len(kin)], honorific + kin
        # "部长兼律政部长", "副部长及…主任", "…常务主席,市委书记,…主任" (_comma_posts)
        posts = tuple(p for p in re.split("[、兼及,，]", chain) if _ends_post(p))
        # "介绍新任主管,包括副县长陈璧君": 包括 opens the members of the group just named; the post is 副县长
        posts = tuple(_MEMBERS_OPEN.sub("", p) for p in posts)
        if posts and _ends_post(chain):
            # the chain starts at its first post's first character (a clause's subject may come before):
            # "首先接受我们访谈的是江苏省作协主席", "习近平在山西省委书记" print 江苏省作协主席, 山西省委书记. The
            # posts keep what came before: a post asked with words before it is matched against them.
            first = chain.find(posts[0])
            lead = _LEAD.match(posts[0])
            if lead and len(posts[0]) - lead.end() >= 2:
                first += lead.end()
                if not posts[0][lead.end() - 1].isspace():  # "由小组召集人王国代": the post is 小组召集人
                    posts = (posts[0][lead.end():], *posts[1:])
            if len(posts) == 1:  # "市政协副主席栗朝举、…和秘书长王伟": the row's body owns the bare post
                earlier = [(t.name, t.posts[-1]) for t in out if t.posts]  # (shared_owner.py)
                posts = (shared_owner(f, (start + first, sp.start), posts[0], earlier, _bare_post, _row_owner),)
            out.append(Titled(s, (sp.start, sp.end), (start + first, sp.start - len(honorific)), posts))
        else:
            end = sp.end
            after = _post_after(f, end, words, starts)
            # "市委陈新书记", "总领事馆洪红代总领事": the name printed inside its post, the owner before it
            owner = _owner_inside(chain) if after else ""
            if after and owner and end - sp.start == 3 and _MODIFIER_GLUED.search(f[sp.start:end]):
                end -= 1  # "总领事馆|洪红代|总领事": jieba glued the post's 代 to the name inside it
                after = (end, after[1])
            posts = (owner + f[after[0]:after[1]],) if after else ()
            out.append(Titled(s, (sp.start, end), after or (sp.start, sp.start), posts))
    return out


_MEMBERS_OPEN = re.compile(r"^(?:包括|包含|其中)(?=..)")  # what opens a group's members, no part of a post
_MODIFIER_GLUED = re.compile(r"代$")  # a deputy's mark jieba reads as a name's last character (洪红代|总领事)


def _owner_inside(chain: str) -> str:
    """The organisation printed right before a name that its post follows ("浙江省 衢州市市委|陈新|书记" →
    衢州市市委, "中国驻多伦多总领事馆|洪红|代总领事"), the words a clause opens with left out; or "" when the
    words before the name end with no organisation's suffix ("他对|陈新|书记说")."""
    # "…大使、陈晓玲公参、领侨处|夏晚晴|主任": in a row of holders the owner is the item's own, after the row's mark
    chain = chain[chain.rfind("、") + 1:]
    lead = _LEAD.match(chain)
    owner = re.sub(r"\s", "", chain[lead.end():] if lead else chain)
    return owner if 2 <= len(owner) <= 40 and _OWNER_END.search(owner) and _HAN.fullmatch(owner) else ""


_OWNER_END = re.compile(alternation((*ORG_SUFFIXES, "馆")) + "$")  # a consulate (领事馆) owns its consul's post
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _ends_post(text: str) -> bool:
    """`text` ends with a post, or with a candidate for one ("市政协党组书记、主席候选人陈秋生": 主席候选人 is his, the
    post not yet held — holds() reads 市长候选人 as no 市长), or with a seat on a leading group or a council, held as
    a post and printed before the name as one ("市政协党组成员柳克珍", "香港特区行政会议成员李国章"; not a society's
    成员: no post word, and a post asked ending in one is matched against its printed chain as before)."""
    return text.endswith(POSTS) or (text.endswith(_CANDIDATE) and text[: -len(_CANDIDATE)].endswith(POSTS)) \
        or text.endswith(_MEMBER)


_CANDIDATE = "候选人"
_MEMBER = ("党组成员", "会议成员")


def _spaced(chain: str) -> str:
    """The space or two between a post and its name ("发行人 吴晓乐"), or the colon of a label ("中文秘書:"), when
    a post ends before it; or ""."""
    bare = chain.rstrip()
    if bare.endswith((":", "：")) and bare[:-1].rstrip().endswith(POSTS):
        return chain[len(bare[:-1].rstrip()):]
    return chain[len(bare):] if bare.endswith(POSTS) and len(chain) - len(bare) <= 2 else ""


def _label_before(f: str, name: int) -> int:
    """Where a post printed as a label starts when the name is its value ("中文秘書:唐金水", "副组长:李四"): the
    name right after a colon, the post from the clause's start to the colon; or -1. A label that is no post
    ("讲述:黄雷", "记者:张三") gives -1."""
    colon = name
    while colon > 0 and f[colon - 1].isspace():
        colon -= 1
    if colon == 0 or f[colon - 1] not in ":：":
        return -1
    start = colon - 1
    while start > 0 and f[start - 1] not in _CHAIN_BREAK and colon - start < 30:
        start -= 1
    while start < colon and (f[start] in PUNCT or f[start].isspace()):
        start += 1
    label = f[start:colon - 1].rstrip()
    return start if len(label) >= 2 and label.endswith(POSTS) else -1


def _post_after(f: str, end: int, words: dict[int, str], names: set[int]) -> tuple[int, int] | None:
    """A post printed after a name: in brackets ("讲述:黄雷(凤山县公安局刑侦大队副大队长)"), or a post's word
    right after it ("《亚洲时报》的张丹华社长和夫人", "田聪明社长") unless another name follows that post, whose
    title it is ("劳福|局长孙玉菡": 劳福 is the bureau's short name, read as a name)."""
    m = _BRACKET.match(f, end)
    if m and m.group(1).endswith(POSTS):
        return m.start(1), m.end(1)
    # the post ends at a word's end: "黄德全会长" (jieba: 黄德|全会|长) as well as "田聪明|社长"
    post = POST_AFTER_NAME.match(f, end)
    if post and (post.end() in words or post.end() == len(f)) and post.end() not in names:
        return post.span()
    return None


_BRACKET = re.compile(r"\s?[(（]([^()（）]{2,40})[)）]")


def _comma_posts(f: str, start: int, name: int, people: Collection[int]) -> int:
    """Where a title chain starts when posts run together with commas before it ("大会主席团常务主席,市委书记,
    市人大常委会党组书记、主任陈岸明"): each clause before that is short, ends with a post and names no one."""
    while start > 1 and f[start - 1] in ",，" and name - start < 60:
        before = clause_start(f, start - 1, _CHAIN_BREAK)
        clause = f[before:start - 1]
        if not (2 <= len(clause) <= 12 and clause.endswith(POSTS)) or any(before <= p < start for p in people):
            break
        start = before
    return start


# What a clause says before the posts of the person it names: "…的是", "…在", "…电 " (a dateline), "…受到"
# (those who welcomed: "参访东华附小,受到校长鲍明钧、家长会长魏嘉贤…的欢迎"), "…看到" (whom the reporter saw:
# "记者看到中原油田银额项目部副经理何明宏正在井口取样").
# (and a time word ending in 前 — "此前NBN总裁…" — which is no 前 of a former holder)
# 了 closes a verb before the post ("审议了市财政局局长董明": 市财政局局长), not 了解 ("了解情况的村支书");
# 按照/根据 open whose request or plan ("按照市人大常委会主任崔永斌的要求": 市人大常委会主任); 接受 whose
# interview, as 受到 whose welcome ("接受主持人李作珩线上访问": 主持人)
_LEAD_WORDS = r"是|在|了(?!解)|与|由|给|向|按照|根据|依照|受到|接受|看到|看见|见到|此前|之前|早前|日前|先前|目前|\s"
_LEAD = re.compile(rf"^.*(?:{_LEAD_WORDS})")


def asked_post(info: QuestionInfo) -> str:
    """The post a who-question asks the holder of ("省委书记是谁" → 省委书记, "谁是东白马湖社区书记" → …)."""
    if info.qtype == "who" and info.wh_word == "什么" and info.right.rstrip("的呢") == "名字" \
            and info.left.endswith("叫") and info.left[:-1].endswith(POSTS):
        # "曼德勒市市长叫什么名字" asks the holder as "曼德勒市市长是谁" does
        return _ACT_BEFORE_POST.sub("", info.left[:-1])
    if info.qtype != "who" or info.wh_word not in ("谁", "哪位", "哪一位"):
        return ""  # "副会长是哪位" asks the holder as "副会长是谁" does
    left, right = info.left.rstrip("的是"), info.right
    if left.endswith(POSTS) and not right.strip("的呢"):
        return _ACT_BEFORE_POST.sub("", left)
    if not left and right.startswith(("是", "为")) and right[1:].rstrip("的呢").endswith(POSTS):
        # "谁为现任的长崎县知事" asks as "谁是…" does
        return right[1:].rstrip("的呢")
    post = right.rstrip("的呢")
    role = post_role(post)
    if left and info.wh_word != "谁" and len(post) >= _OWNED_POST and role and _A_POST.fullmatch(post) \
            and not any(r in post[: -len(role)] for r in POSTS):
        # "川普…会见了哪位越南国家主席" asks the holder of a post with its owner as "越南国家主席是谁" does (a post
        # alone, "师从哪位教授", is no one post's holder: he is the one the deed names; nor is a post that does
        # something to another, "由哪位縣長介紹新任主管")
        return post
    return ""


_OWNED_POST = 4  # characters of a post printed with its owner ("越南国家主席", "外交部次官"; not "教授")
_A_POST = re.compile(r"[\u4e00-\u9fff]+")  # the post asked is all words: no clause, no figure after it


# A relative clause that tells what the post's holder did ("到寿宁县融媒体中心调研的|市委宣传部常务副部长"): it
# says which holder, not which post.
# The deed may take an object ("来东台调研|人大换届选举工作|的"); a time clause says when the holder is meant
# ("送别刘泽民时|山西省省长", "屯马线通车时,|港铁行政总裁"; an event's verb closes it without the comma: "…三次会议
# 开幕时|随州市的代理市长"; or with who was there then: "北斗抽水站启用时到场的|盐埕区代理区长"), a scope which
# list he is in ("浙江任前公示中|曾任嵊州市市长"); an event he attended
# ("出席屯马线通车仪式的|行政会议召集人") or spoke on ("就夏威夷大火发言的|总统府发言人"), or what he said, quoted
# ("说“华人到了哪儿,…”的|经济学教授").
_ACT_BEFORE_POST = re.compile(r"^(?:[\d一二三四五六七八九十]{1,4}月[\d一二三四五六七八九十]{1,3}日)?"
                              r"(?:[上下]午|晚上|早上)?"
                              r"(?:(?:到|赴|来|去|前往|在|陪同)[^的,，、]{2,24}?(?:调研|视察|考察|检查|讲话|发言|出席|"
                              r"参加|致辞|慰问|参观|走访|指导)[^的,，、]{0,12}?的"
                              r"|(?:送别|会见|接见|悼念|看望|慰问|出席)[^的,，、]{2,12}?时"
                              r"|[^的,，、]{2,12}?时[,，]"
                              r"|[^的,，、]{2,20}?(?:开幕|闭幕|召开|举行|开始|结束)时"
                              r"|[^的,，、]{2,20}?时(?:到场|在场|到会|出席)的"
                              r"|(?:出席|参加|参与)[^的,，、]{0,16}?(?:仪式|典礼|会议|大会|活动|开幕式|晚会)的"
                              r"|就[^的,，、]{2,12}?(?:发言|表态|回应|发表谈话)的"
                              r"|[^的,，、]{2,10}?(?:公示|名单|报道)中(?:曾任|原任)?"
                              r"|(?:说|称|说出|提出|喊出)[“「][^“”「」]{1,60}[”」]的)(?=..)")


def asked_person(info: QuestionInfo) -> str:
    """The person a "X是谁 / X担任什么职务" question is about."""
    text = plain_posts_question(info.text.strip())  # "香港商报报道,李国章在…", "郝长江曾任…" (posts_setting.py)
    also = _ALSO_HOLDS.match(text)
    if also is not None:
        # "延庆区科信局局长王赢还担任中关村延庆园什么职务": his post at the body named after 还担任, as "王赢在中关村
        # 延庆园担任什么职务" asks it (person_at)
        return also.group("name") + "在" + also.group("where")
    m = PERSON_QUESTION.match(text)
    if m is None:
        return ""
    x = _NOW.sub("", m.group("x"))  # "骆敏舟现在担任什么职务": the person is 骆敏舟
    if text.startswith("任", m.end("x")):  # "…的翟卫华|时|任什么职务": 时任, held then, is the verb
        x = _THEN.sub("", x)
    besides = _BESIDES.match(x)
    if besides is not None:
        return besides.group(1)  # "马汉成除了固原市委书记还担任什么职务": his posts but the one set aside
    deed, _, name = x.rpartition("的")
    if deed and POSTS_ASKED.search(text) and _A_NAME.fullmatch(name) and not name.endswith(POSTS):
        return name  # "在…会议上讲话的叶建春任什么职务": what he did says which occasion, the name who
    return x


# a person asked with the body of another post he holds: "延庆区科信局局长|王赢|还担任|中关村延庆园|什么职务" (the
# posts printed before the name say which person, the body after 还担任 where his post is)
_ALSO_HOLDS = re.compile(r"^(?:[^?？,，]{2,20}?" + alternation(POSTS) + r")?(?P<name>[\u4e00-\u9fff]{2,4}?)"
                         r"还(?:担任|兼任|任)(?P<where>[^?？,，的]{2,16}?)的?(?:什么|何)职务[?？]?$")
# a person asked with a post set aside: "马汉成|除了固原市委书记还"
_BESIDES = re.compile(r"^([\u4e00-\u9fff]{2,4}?)除了?(?:担任)?([^,，]{2,20}?)(?:之外|以外)?[,，]?还$")


def posts_but(chain: str, info: QuestionInfo) -> tuple[int, int]:
    """The offsets in the title chain of its posts but the one the question sets aside, which the chain prints
    first or last ("马汉成除了固原市委书记还担任什么职务" ↔ "自治区党委常委、市委书记" → 自治区党委常委; "庄悦群除了担任
    茂名市委书记，还担任什么职务" ↔ "市委书记、市人大常委会主任" → 市人大常委会主任); the chain whole when it names
    no other."""
    whole = (0, len(chain))
    m = PERSON_QUESTION.match(info.text.strip())
    besides = _BESIDES.match(_NOW.sub("", m.group("x"))) if m is not None else None
    if besides is None:
        return whole
    posts = chain.split("、")
    kept = [not holds(p, besides.group(2)) for p in posts]
    if all(kept) or not any(kept):
        return whole
    if all(kept[: kept.index(False)]) and not any(kept[kept.index(False):]):  # the set-aside printed last
        return 0, len("、".join(posts[: kept.index(False)]))
    first_kept = kept.index(True)
    if all(kept[first_kept:]):  # the set-aside printed first
        return len("、".join(posts[:first_kept])) + 1, len(chain)
    return whole


# the forms that ask a person's posts (not "X是谁"), and a name of two to four characters
POSTS_ASKED = re.compile(r"(?:担任什么职务|担任何职|任什么职务?|是什么职务|的职务是什么|担任什么职位)[?？]?$")
_A_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def person_at(person: str) -> tuple[str, str]:
    """(the name, the organisation) of a person asked where he holds a post ("刘士杰在中国建设报社" → 刘士杰,
    中国建设报社); the organisation empty when none is asked."""
    name, at, where = person.partition("在")
    if at and 2 <= len(name) <= 4 and len(where) >= 2:
        return name, where
    return person, ""


def subject_owns(where: str, folded: str, chain: tuple[int, int]) -> bool:
    """The body asked opens the sentence as its subject and the title chain names no owner of its own: the post
    is the body's ("台中市政府今(18)日…由民政局长吴世玮代表市长主持" — 民政局长 of 台中市政府)."""
    return folded.startswith(where) and len(where) <= chain[0] and _OWNER.search(folded, *chain) is None


def article_place_owns(where: str, chain: str, article: str) -> bool:
    """The place asked is the article's own and the title chain names no place of its own: a city's paper writes
    its city's posts bare ("市委副书记、统战部长孟庆斌" in 日照新闻网's report, "区人大常委会副主任王大蓉" in
    大足's), so "孟庆斌在日照担任什么职务" is answered by them. The place is one by its level ("大足区") or by the
    article printing it with one ("日照市优美的环境")."""
    if not article or _CHAIN_PLACE.search(chain):
        return False
    if where not in article:
        # "魏和清在银川市政协担任什么职务" ↔ 银川日报's "市政协党组书记、主席魏和清": the place's body printed bare,
        # the place named by the article (its outlet counts)
        body = _PLACE_BODY.match(where)
        return body is not None and body.group(2) in chain and body.group(1) in article
    return where.endswith(_LEVELS) or any(where + c in article for c in _LEVELS)


# a place and one of its bodies, asked as where a person holds his posts: "银川|市政协", "固原|市委", and a bureau a
# city's paper prints bare as it does its committees ("乐山|市教育局" ↔ "市教育局副局长韩涛")
_PLACE_BODY = re.compile(r"^([\u4e00-\u9fff]{2,4}?)"
                         r"([省市县区州旗](?:委|政府|人大常委会|人大|政协|纪委|[\u4e00-\u9fff]{1,4}?局))$")


# A place named in a title chain as its owner ("淮安市委副书记", "盐城高新区党工委书记"); a 副 before the level is
# the post's own word ("副市长", "常务副区长"), not a place.
_CHAIN_PLACE = re.compile(r"[\u4e00-\u9fff]{2,}(?<!副)(?:省|市|区|县|州|盟|旗|镇|乡)")
_LEVELS = ("省", "市", "区", "县", "州", "盟", "旗", "镇", "乡")
# What names a post's own owner inside a title chain: a place or a body ("县民政局长", "公司总经理").
_OWNER = re.compile(r"[省市县区国州乡镇村部]|公司|集团|大学|学院|银行|报|会|院|中心|厅|署|所")
_NOW = re.compile(r"(?<=..)(?:现在|目前|如今|现|当前)$")
_THEN = re.compile(r"(?<=..)时$")
# A post the sentence says its subject took, after the name: "駱敏舟辭去…,應聘…,成為智能制造技術研究所所長".
TOOK_POST = re.compile(r"(?:成为|出任|担任|升任|就任|接任|改任)([^,;。!?、:]{1,24}?" + alternation(POSTS)
                       + r")(?=[,;。!?、]|一职|$)")


def post_taken(name: str, s: Sentence, people: Sequence[Titled]) -> tuple[int, int] | None:
    """The offsets of the post a sentence says `name` took after it is named ("X辞去…,成为…所长"), when no one
    else is named between the name and the post; None otherwise."""
    f = s.folded
    at = f.find(name)
    if at < 0:
        return None
    for m in TOOK_POST.finditer(f, at + len(name)):
        if any(at < t.name[0] < m.start() and f[t.name[0]:t.name[1]] != name for t in people):
            return None  # someone else named between: the post may be theirs
        return m.span(1)
    return None


# "陳漢川擔任總團長,張玲琴主席出任總領隊": a name, then the verb of taking a post and the post, to the clause's end;
# a copula or an appointment says it as well ("由拿破崙三世任統帥,勒布夫為總參謀長", "李四被任命为校长。")
_TAKES_POST = re.compile(r"(?:担任|出任|接任|升任|就任|任|被任命为|当选为|为)"
                         r"([^,;。!?、:，；]{1,24}?)(?=[,;。!?、:，；]|$)")


def holder_by_verb(post: str, s: Sentence, people: Sequence[Titled]) -> Titled | None:
    """The person a sentence says takes the asked post right after the name ("陳漢川|擔任|總團長,"), exactly that
    post (名譽總團長 is another); None when no one does."""
    f = s.folded
    for t in people:
        end = t.name[1] + (2 if f.startswith(("先生", "女士"), t.name[1]) else 0)  # "谢立德先生|接任…"
        m = _TAKES_POST.match(f, end)
        if m and holds(_taken(m.group(1)), post):
            return t
    return None


def holder_after_copula(post: str, f: str, text: str) -> tuple[int, int] | None:
    """Where the sentence `f` names the asked post's holder after a copula, the name alone up to its clause's end
    ("现任校长为|c.l. max nikias|。", "…知事是|王某|,"): a name in Latin letters, or of a surname and one to three
    characters, which the tagger may not know; the post as the question prints it after its last 的 or comma, the
    words before it (its owner, "南加大") printed whole in the text (the article): another's post is not asked."""
    tail = re.split(r"[的,，、\s]", post)[-1]
    head = post[: len(post) - len(tail)].strip(",，、的 ")
    if len(tail) < 2 or not tail.endswith(POSTS) or head not in text:
        return None
    # the post's first print followed by a copula and a name (the name's pattern is compiled once: with its
    # class of every surname, compiling it afresh for each post took ~5 ms)
    at = f.find(tail)
    while at >= 0:
        m = _COPULA_NAME.match(f, at + len(tail))
        if m:
            return m.span(1)
        at = f.find(tail, at + 1)
    return None


_COPULA_NAME = re.compile(r"(?:是|为)([a-z][a-z.]*(?: [a-z][a-z.]*){1,4}|[" + "".join(sorted(set(SURNAMES)))
                          + r"][\u4e00-\u9fff]{1,3})(?=[,，。;；!！?？]|$)")


def _taken(post: str) -> str:
    """The post a verb of taking names, as a title chain prints it: "社长兼任总编辑至今" is 社长兼总编辑."""
    return re.sub(r"(?:至今|迄今)$", "", post).replace("兼任", "兼")


def asked_owner(info: QuestionInfo) -> tuple[str, str]:
    """(X, the post) of "X是哪家媒体的社长"; empty when the question is not one."""
    m = OWNER_QUESTION.match(info.text.strip())
    return (m.group("x"), m.group("post")) if m and m.group("post").endswith(POSTS) else ("", "")


def find_owner(x: str, post: str, people: Sequence[Titled]) -> tuple[int, int] | None:
    """The organisation X holds the post in, as the sentence prints it: the words of X's title before the post
    ("中国人民大学重阳金融研究院执行院长王文"), or, for a post printed after the name, the title in 《》 before
    it ("《亚洲时报》的张丹华社长"); None when the sentence does not say."""
    for t in people:
        f = t.sentence.folded
        if f[t.name[0]:t.name[1]] != x:
            continue
        for p in t.posts:
            if not holds(p, post) or not p.endswith(post):
                continue
            if t.chain[1] <= t.name[0]:  # the title before the name
                at = f.find(p, t.chain[0])
                owner = p[: len(p) - len(post)].rstrip("的")
                lead = _OWNER_LEAD.match(owner)  # "本文作者中国人民大学…": who the clause says X is, first
                cut = lead.end() if lead else 0
                if at >= 0 and len(owner) - cut >= 2:
                    return at + cut, at + len(owner)
            else:
                m = _TITLE_BEFORE.search(f, 0, t.name[0])
                if m:
                    return m.start(1), m.end(1)
    return None


_TITLE_BEFORE = re.compile(r"《([^《》]{2,20})》的?$")
_OWNER_LEAD = re.compile(rf"^.*(?:作者|记者|{_LEAD_WORDS})")


def post_of_pronoun(s: Sentence, asked: str) -> tuple[int, int] | None:
    """"作为<post>,这是他…": the offsets of a post the sentence gives a pronoun, not a name, when it is the asked
    one; the holder is then the person named before (compose looks back)."""
    for m in _AS_POST.finditer(s.folded):
        if holds(m.group(1), asked) and _PRONOUN.search(s.folded, m.end()):
            return m.start(1), m.end(1)
    return None


_AS_POST = re.compile(r"作为([^,;:。!?()]{2,40}?)[,;]")
_PRONOUN = re.compile(r"[他她]")


def asked_relation(info: QuestionInfo) -> tuple[str, str]:
    """(X, the relation) of "X的母亲叫什么名字 / X的夫人是谁"; empty when the question is not one."""
    m = RELATION_QUESTION.match(info.text.strip())
    return (m.group("x"), m.group("kin")) if m else ("", "")


def find_relative(x: str, kin: str, people: Sequence[Titled], article: str) -> Titled | None:
    """The person printed right after the relation word whose owner is X: "刘涛…看望母亲李旭燕" (X earlier in
    the clause, no one else's 的 before the word), "大使夫人宋晓梅" (a post X holds in the article: "大使欧阳玉靖")."""
    x = x.split("的")[-1]
    for t in people:
        f, at = t.sentence.folded, t.name[0] - len(kin)
        if at < 0 or f[at:t.name[0]] != kin:
            continue
        start = at
        while start > 0 and f[start - 1] not in _CHAIN_BREAK and f[start - 1] != "、":
            start -= 1
        owner = f[start:at].rstrip("的")
        post = post_ending(owner)
        tail = x[-2:]  # "上等兵刘涛": a name ends the words the question puts before the relation
        if owner.endswith(tail) or (post and (post + x in article or x + post in article)) or (
                tail in owner and not f[start:at].endswith("的") and not post):
            return t
    return None


_PRC = "中华人民共和国"


def holds(post: str, asked: str) -> bool | None:
    """True when `post` is the asked post, False when it is a near miss (副书记 for 书记, or 书记 for 副书记),
    None when unrelated. Either may leave out what the other says first ("书记" ↔ "社区书记"), and a 的 inside
    says nothing ("主管会计工作的负责人" ↔ "主管会计工作负责人")."""
    post, asked = re.sub(r"[的\s]", "", post), re.sub(r"[的\s]", "", asked)  # "smc 的总裁" ↔ "smc的总裁"
    # a body's name in quotes ("“法兰克福外国人参事会”主席", the opening quote left out of the chain) is the same owner
    post, asked = re.sub("[“”「」『』]", "", post), re.sub("[“”「」『』]", "", asked)
    # "东区区公所新任区长" ↔ "东区区公所区长": a new or present holder is still the post's holder
    post, asked = _NEW_HOLDER.sub("", post), _NEW_HOLDER.sub("", asked)
    # a former holder's 前 printed before the post's owner or before the role is one post ("前澳洲总理" ↔ "澳洲前总理")
    post, asked = _former_before_role(post), _former_before_role(asked)
    # a district's office with the district's 区 once or twice ("永康区公所" ↔ "永康区区公所") is the same office
    post, asked = _OFFICE_OF_PLACE.sub(r"\1公所", post), _OFFICE_OF_PLACE.sub(r"\1公所", asked)
    # the state's full name and its short one are the same owner ("中华人民共和国驻…总领事" ↔ "中国驻…总领事")
    post, asked = post.replace(_PRC, "中国"), asked.replace(_PRC, "中国")
    # a mission named before its head ("…法兰克福总领馆总领事", "…大使馆大使") is the head's own post ("…总领事"); a
    # consulate's country printed between 驻 and its city ("中国驻德国法兰克福…" ↔ "中国驻法兰克福…") says nothing more
    post, asked = _MISSION_HEAD.sub("", post), _MISSION_HEAD.sub("", asked)
    post, asked = _stationed_city(post, asked), _stationed_city(asked, post)
    # the government named between the place and its head ("保定市政府市长", "县人民政府县长") is the place's own:
    # the same post as "保定市市长"
    post, asked = _GOVERNMENT_HEAD.sub("", post), _GOVERNMENT_HEAD.sub("", asked)
    # a place's party committee with the level printed twice ("衢州市市委书记") is the place's committee ("衢州市委")
    post, asked = _COMMITTEE_LEVEL_TWICE.sub("", post), _COMMITTEE_LEVEL_TWICE.sub("", asked)
    first = _FIRST_HOLDER.search(asked)
    if first is not None:
        # "首任台北市长": only the holder the text names as the first ("首度普选出包括台北市长吴三连", "首任校长"),
        # what the chain prints before that word aside; any other holder of the post is not asked
        printed, asked = _FIRST_HOLDER.search(post), asked[: first.start()] + asked[first.end():]
        if printed is None:  # (a near miss stays one: "馆长" for 首位副馆长)
            return False if holds(post, asked) is False else None
        post = post[: printed.start()] + post[printed.end():]
    if "第" not in asked:  # "第十三任现任馆长": which holder in the line he is, no part of the post asked
        post = _NTH_HOLDER.sub("", post)
    role = next((r for r in POSTS_LONGEST if post.endswith(r + r)), "")
    post = post[: len(post) - len(role)]  # "社会文化司长司长": the role printed twice, a slip of the page
    if post == asked:
        return True
    if _names_by_anaphor(post, asked):
        return True
    if post.endswith(asked):  # (a 原 ending a place's name is no tenure: 固原|市委书记, place_final.py)
        return not post[: -len(asked)].endswith(POST_MODIFIERS) or closes_place_name(post[: -len(asked)], asked)
    if asked.endswith(post):
        return not asked[: -len(post)].endswith(POST_MODIFIERS) or closes_place_name(asked[: -len(post)], post)
    # a place's head with the place's level once or twice ("衡水市市长" asked, "河北衡水市长" printed; "X县县长" ↔
    # "X县长"): the same post, read so only when nothing else matched
    short_post, short_asked = _LEVEL_TWICE.sub("", post), _LEVEL_TWICE.sub("", asked)
    if (short_post, short_asked) != (post, asked) and short_post.endswith(short_asked):
        return not short_post[: -len(short_asked)].endswith(POST_MODIFIERS)
    if (short_post, short_asked) != (post, asked) and short_asked.endswith(short_post):
        # "柬埔寨拉达那基里省万隆市市长" asked, "万隆市长" printed: the places above the city are asked besides
        return not short_asked[: -len(short_post)].endswith(POST_MODIFIERS) or closes_place_name(
            short_asked[: -len(short_post)], short_post)
    # the same words but for a modifier on one side: "省委书记" ↔ "省委副书记"
    for m in POST_MODIFIERS:
        for a, b in ((asked, post), (post, asked)):
            for i in range(len(a) + 1):
                variant = a[:i] + m + a[i:]
                # the chain may hold words before the post ("习近平在山西省委书记" for 山西省委副书记)
                if variant == b or b.endswith(variant) or (a is post and variant.endswith(b)):
                    return False
    # a deputy asked, the post itself printed short: "旧金山社长" (社社长) for "旧金山社副社长"
    role = next((r for r in POSTS_LONGEST if post.endswith(r) and asked.endswith(r)), "")
    if role and asked[: -len(role)].endswith(POST_MODIFIERS) and not post[: -len(role)].endswith(POST_MODIFIERS):
        return False
    if role and _shortened(asked[: -len(role)], post[: -len(role)]):
        return True  # "南澳州州长" for "南澳大利亚州州长": the place asked by its short name
    return None


_NEW_HOLDER = re.compile(r"新任|现任")
_MISSION_HEAD = re.compile(r"(?:总领事馆|总领馆)(?=(?:副)?总领事)|大使馆(?=(?:副)?大使)")
_STATIONED_COUNTRY = re.compile(rf"驻({alternation(COUNTRIES)})(?=[\u4e00-\u9fff]{{2}})")


def _stationed_city(a: str, other: str) -> str:
    """`a` without the country between 驻 and a city when `other` has 驻 right before that city (and not the
    country): "中国驻德国法兰克福总领事" → "中国驻法兰克福总领事" for "中国驻法兰克福总领事"."""
    m = _STATIONED_COUNTRY.search(a)
    if m is None or "驻" + m.group(1) in other or "驻" + a[m.end():m.end() + 2] not in other:
        return a
    return a[:m.start(1)] + a[m.end():]
_FORMER = ("前", "原")


def _former_before_role(post: str) -> str:
    """`post` with a leading 前/原 moved before its role when an owner stands between them ("前澳洲总理" →
    "澳洲前总理"); unchanged otherwise."""
    role = post_ending(post)
    owner = post[1: len(post) - len(role)]
    if not role or post[:1] not in _FORMER or len(owner) < 2 or owner.endswith(POST_MODIFIERS):
        return post
    return owner + post[0] + role


_FIRST_HOLDER = re.compile(r"首任|首度|首位|首届|第一任|第一位")  # the first holder of a post, asked or printed
_OFFICE_OF_PLACE = re.compile(r"([区乡镇市])\1公所")
_LEVEL_TWICE = re.compile(r"(?<=[\u4e00-\u9fff]{2})([省市县区州旗镇乡])(?=(?:常务)?副?\1长$)")
_GOVERNMENT_HEAD = re.compile(r"(?<=[省市县区州旗镇乡])(?:人民)?政府(?=(?:常务)?副?[省市县区州旗镇乡]长$)")
_COMMITTEE_LEVEL_TWICE = re.compile(r"(?<=[\u4e00-\u9fff]{2})([省市县区州])(?=\1委)")
_NTH_HOLDER = re.compile(r"第[\d一二三四五六七八九十百]+任(?=..)")


def _names_by_anaphor(post: str, asked: str) -> bool:
    """The post's owner printed as an anaphor of the owner asked, 该 and the noun it ends with: "据该坊…主席" for
    "第十六坊…主席", the 坊 named in the sentences before."""
    m = _ANAPHOR.search(post)
    if m is None or len(post) - m.end() < 2:
        return False
    rest = post[m.end():]
    return asked.endswith(rest) and asked[: -len(rest)].endswith(m.group(1)) and len(asked) > len(rest) + 1


_ANAPHOR = re.compile(r"该([\u4e00-\u9fff])")


def _shortened(short: str, full: str) -> bool:
    """`short` is `full` with characters left out inside, its first two and its last kept (南澳州 ↔ 南澳大利亚州)."""
    if not 3 <= len(short) < len(full) or short[:2] != full[:2] or short[-1] != full[-1] \
            or short[-1:] in POST_MODIFIERS:
        return False
    rest = iter(full[2:-1])
    return all(c in rest for c in short[2:-1])




def post_ending(text: str, default: str = "") -> str:
    """The longest post word `text` ends with ("明报的社长" → 社长), or `default`."""
    return next((p for p in POSTS_LONGEST if text.endswith(p)), default)


def find_holder(asked: str, people: Sequence[Titled], text: str = "") -> tuple[Titled | None, bool]:
    """(the person holding the asked post, whether a near miss was seen). Posts asked together ("总裁兼执行长")
    are all that person's. A post asked of something ("首场新闻发布会的新闻发言人") is held by the post after the
    的 ("大会新闻发言人") where `text` (the article) names that something."""
    found, near = _find_holder(asked, people)
    head, _, tail = asked.rpartition("的")
    if found is None and len(head) >= 2 and head.endswith(_OWN_OUTLETS) and head in text:
        # "宁波建设报的主编" ↔ "本报主编沈杰" in an article naming 宁波建设报: 本报 is the paper printing it
        own = [replace(t, posts=tuple(p[2:] for p in t.posts)) for t in people
               if t.posts and all(p.startswith(_SELF) for p in t.posts)]
        held, _ = _find_holder(tail, own)
        if held is not None:
            return next(t for t in people if t.name == held.name), near
    if found is None and text and any(p.startswith("本") for t in people for p in t.posts):
        # "花蓮縣山地區署首任區長" ↔ "本縣山地區署首任區長何雲波" in an article naming 花蓮: 本縣 is the paper's own
        # county, the one asked where the article names it
        own = [replace(t, posts=tuple(_own_place(p, asked, text) for p in t.posts)) for t in people]
        held, _ = _find_holder(asked, own)
        if held is not None:
            return next(t for t in people if t.name == held.name), near
    party = _PARTY_PLACE_POST.match(asked) if found is None and text else None
    if party is not None and party["place"] in text:
        # "民盟闵行区委主委" ↔ "民盟区委主委董学平" in an article naming 闵行: a party's committee of the place the
        # article is about, printed without the place
        held, _ = _find_holder(party["party"] + party["post"], people)
        if held is not None:
            return held, near
    if found is None and not near and len(head) >= 2 and tail.endswith(POSTS) and head in text:
        # the words printed before the post restate the something asked ("大会" of 全国人大…发布会), or none are
        # printed: "SMC 的总裁" is not 仁川国际机场公司的总裁
        return _find_holder(tail, [t for t in people if all(_restates(p, tail, head) for p in t.posts)])
    return found, near


# A democratic party's committee of a place, and its post: "民盟|闵行|区委主委".
_PARTY_PLACE_POST = re.compile(r"^(?P<party>民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)"
                               r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<post>[省市县区州](?:委会?|委员会)[\u4e00-\u9fff]{1,6})$")
# An outlet's own words for itself before a post ("本报主编", "本台台长"), and the kinds of outlet they stand for.
_SELF = ("本报", "本台", "本刊", "本社", "本网")
_OWN_OUTLETS = ("报", "台", "刊", "社", "网")


def _own_place(post: str, asked: str, text: str) -> str:
    """`post` with its "本縣/本市/本省" (the paper's own place) read as the place of that level the asked post
    names, when the article names that place ("花蓮" for 花蓮縣); else `post` unchanged."""
    m = _OWN_PLACE.match(post)
    asked = re.sub(r"[的\s]", "", asked)
    rest = post[m.end():] if m else ""
    if m is None or len(rest) < 2 or not asked.endswith(rest):
        return post
    place = asked[: -len(rest)]
    return place + rest if place.endswith(m.group(1)) and len(place) >= 3 and place[:-1] in text else post


_OWN_PLACE = re.compile(r"本([省市县区镇乡])")


def _restates(post: str, tail: str, head: str) -> bool:
    post = re.sub(r"[的\s]", "", post)
    return not post.endswith(tail) or all(c in head for c in post[: len(post) - len(tail)])


def _find_holder(asked: str, people: Sequence[Titled]) -> tuple[Titled | None, bool]:
    # a chain of several owners' holders of one post word ("老挝副总理兼外长沙伦赛、越南外长裴青山、东帝汶外长贲迪拓"):
    # the person printed with the post asked in full is its holder before one printed with its bare word (外长)
    whole = re.sub(r"[的\s]", "", asked)
    people = sorted(people, key=lambda t: not any(re.sub(r"[的\s]", "", p).endswith(whole) for p in t.posts))
    near = False
    for t in people:
        verdicts = [[holds(post, part) for post in t.posts] for part in _parts(asked)]
        if all(any(v) for v in verdicts):
            return t, near
        near = near or any(v is False for vs in verdicts for v in vs)
    return None, near


def _parts(asked: str) -> list[str]:
    parts = [p for p in re.split("[兼、]", asked) if p] or [asked]  # "市委常委、宣传部部长": one person's posts
    # "国家发展部兼外交部高级政务部长": a part naming no post is a second ministry of the one post after it, as the
    # printed chain is read (Titled's posts keep only the parts that end with a post)
    posts = [p for p in parts if p.endswith(POSTS)]
    return posts if posts and len(posts) < len(parts) else parts


def deed_of(asked: str) -> tuple[str, str]:
    """(the deed, the post) of a post asked by what its holder did ("出席…启动仪式的市委常委、宣传部部长",
    "参加…座谈会的县政协副主席"); ("", asked) otherwise. The deed says which event: the sentence listing the
    posts may leave it to the text before it ("座谈会在县大礼堂召开。县委常委…童壁…参加活动")."""
    m = _DEED.match(asked)
    return (m.group(1), m.group(2)) if m and m.group(2).endswith(POSTS) else ("", asked)


_DEED = re.compile(r"^((?:出席|参加|参与|主持|进行|负责|带领|率领|在)[^的]{2,40})的([^的]{2,30})$")


def clause_of(asked: str, pos: Callable[[str], list[tuple[str, str]]]) -> tuple[str, str]:
    """(the clause, the post) of a post asked by a deed told before its last 的 ("转述…握手寒暄的国发会主委",
    "到广州机场迎接李显龙的中国驻新加坡大使", "2015年3月与王毅…举行…会谈的南韩外交部长"); ("", asked) when none:
    the words before 的 name the post's owner ("仁川国际机场公司的总裁"), or are too short to tell a deed."""
    head, _, tail = asked.rpartition("的")
    if len(head) < _CLAUSE or len(tail) < 2 or not tail.endswith(POSTS):
        return "", asked
    # a deed opens with a verb, a preposition or an adverb once its time is read (与, 在, 就, 到, 转述); jieba
    # reads some verbs of attending as a name ("应邀出席/nr"): those the deed rules know are looked for anywhere
    # ("暴雨当晚|发布…": the event naming its time is read as a time is, deed_setting.py)
    tagged = pos(head)
    first = next((flag for w, flag in after_setting(tagged) if flag[:1] not in ("m", "t", "x") and not w.isspace()), "")
    return (head, tail) if first[:1] in ("v", "p", "d") or _ATTENDS.search(head) or represents(tagged) \
        else ("", asked)


_CLAUSE = 4  # characters: a verb and its object at the least
_ATTENDS = re.compile(r"出席|参加|参与|主持|会见|会谈|会晤")


def tells_deed(deed: str, text: str) -> bool:
    """Does the text (a sentence with the text before it) hold two thirds of the deed's character pairs?"""
    pairs = [deed[i:i + 2] for i in range(2, len(deed) - 1)]  # the verb (出席, 参加) aside: "参加活动" says it too
    return bool(pairs) and sum(p in text for p in pairs) >= 2 / 3 * len(pairs)


def unqualified(asked: str, holder: Titled, text: str) -> bool:
    """The asked post names its organisation or place ("中远海运集团总经理"), the printed one does not ("总经理")
    and the text around (the article) never names it: the holder is another organisation's. What comes before a
    的 there says what the holder did, not whose post it is ("与塔辛同行的|为泰党"): the organisation follows it."""
    for part in [q for p in _parts(asked) for q in (p, *_kind_glued(p))]:
        for i, printed in enumerate(holder.posts):
            # "新任處長林美呈": which holder (新任, 现任) is said of the post, no part of it — the post is 處長, bare;
            # "该村党支部书记方赛花": the village pointed back to (该村) is one the article names, so the post is bare
            # and the asked village must be printed for it to be his
            p = _POINTED_HEAD.sub("", _TENURE_HEAD.sub("", printed)) or printed
            if holds(p, part) and part.endswith(p) and len(part) > len(p):
                # "台中市新任|北屯區長": which holder (新任, 现任) is no part of whose post it is
                owner = _TENURE.sub("", part[: -len(p)].rstrip("的").rsplit("的", 1)[-1])
                # "县委常委、宣传部部长": a post listed after another is of the first one's organisation (县委)
                given = _owner_of(holder.posts[i - 1]) if i else _owner_before(holder)
                if given and owner.endswith(given):
                    owner = owner[: -len(given)]
                    if not owner:
                        return False
                led = _delegation_place(holder)
                if not led and level_of(p):  # "枞阳县委书记…,县委副书记、县长廖志远": 枞阳's (chain_place.py)
                    led = named_before(holder.sentence.folded, holder.chain[0], level_of(p))
                if not led:  # "汉家皋陆一村的…大棚里,村党支部书记厉见光": 汉家皋陆一村's (chain_place.py)
                    led = village_before(p, holder.sentence.folded, holder.chain[0])
                if led and led not in owner:
                    return True
                return _owner_missing(owner, text) or _only_elsewhere(owner, text)
    return False


def _delegation_place(holder: Titled) -> str:
    """The place of the delegation the holder leads when his chain stands in "X市党政代表团在…率领下" ("宿迁市党政
    代表团在市委书记魏国强,市委副书记、市长王天琦率领下来我市考察"): his bare posts are X's, not the host city's;
    or ""."""
    f = holder.sentence.folded
    for m in _LED_DELEGATION.finditer(f):
        if m.start(2) <= holder.chain[0] and holder.name[1] <= m.end(2):
            return m.group(1)
    return ""


# "宿迁市党政代表团在|市委书记魏国强,…市长王天琦|率领下": the place (two to four characters before its level)
_LED_DELEGATION = re.compile(r"([\u4e00-\u9fff]{2,4}?)[省市县区州](?:党政|经贸|考察|友好)?代表团(?:一行)?在"
                             r"([^。;；]{2,60}?)(?:的)?(?:率领|带领|带队)下")


# "眉山市体育代表团|的|团长": an owner, 的, its role alone
_OWNER_DE_ROLE = re.compile(r"^(.*[^\W\d_])的(" + "|".join(POSTS) + ")$")


def _kind_glued(part: str) -> tuple[str, ...]:
    """The asked post as a paper prints it with its owner's kind glued on ("眉山市体育代表团的团长" →
    "眉山市体育代表团团长", printed "代表团团长"), when a 的 stands right before the role; () otherwise."""
    m = _OWNER_DE_ROLE.match(part)
    return (m.group(1) + m.group(2),) if m else ()


def _owner_before(holder: Titled) -> str:
    """The organisation of the posts that open the clause before the holder's, his own post printed bare after a
    comma: "市人大常委会副主任尹金来、马俊健、周键云,秘书长徐国均" — the 秘书长 of the same 市人大常委会; or after a
    list mark: "市政协主席李洪林、副主席苏振武" — the 市政协's 副主席; or ""."""
    f = holder.sentence.folded
    at = holder.chain[0]
    if at == 0 or f[at - 1] not in ",，、":  # (a list mark too: "市政协主席李洪林、副主席苏振武")
        return ""
    clause = re.split(r"[,，;；。!！?？:：]", f[:at - 1])[-1]
    m = _OPENING_POST.match(clause)
    return _owner_of(_MODIFIER_BEFORE_ROLE.sub("", m.group())) if m else ""


_OPENING_POST = re.compile(r"^[^、]{2,20}(?:" + "|".join(POSTS) + ")")
_MODIFIER_BEFORE_ROLE = re.compile(r"(?:" + "|".join(sorted(POST_MODIFIERS, key=len, reverse=True))
                                   + r")(?=[^\W\d_]{2,4}$)")  # "…副|主任": the role alone names the body


def _bare_post(post: str) -> bool:
    """A post word with its modifiers only, no owner ("秘书长", "副秘书长")."""
    return _MODIFIER_BEFORE_ROLE.sub("", post) in POSTS


def _row_owner(post: str) -> str:
    """The body a row's post names ("市政协" of 市政协副主席), its modifier aside; or ""."""
    return _owner_of(_MODIFIER_BEFORE_ROLE.sub("", post))


def _owner_of(post: str) -> str:
    """The organisation a post names before its role ("县委" of 县委常委, "市政府" of 市政府秘书长), or ""."""
    role = post_ending(post)
    # ("市政协党组书记": the 党组 is the 市政协's, whose 主席 follows)
    owner = (post[: len(post) - len(role)] if role else "").removesuffix("党组")
    # (政协 as well: "市政协党组书记、主席苏铁成" — the 主席 is the 市政协's)
    return owner if len(owner) >= 2 and owner[-1] in "委府会院局厅部协" else ""


def bracketed_owner(asked: str, holder: Titled) -> bool:
    """The asked post names its organisation ("经济部长"), the printed one is bare ("部长") because the chain was
    cut at a bracket that qualifies it ("宣传部(企业文化部)部长"), and the clause before the post does not hold
    the asked organisation: the holder is the other organisation's (the article may say 经济 elsewhere)."""
    f = holder.sentence.folded
    at = holder.chain[0]
    if at == 0 or f[at - 1] not in ")）]】":
        return False
    start = at - 1
    while start > 0 and f[start - 1] not in ",;。!?、 ":
        start -= 1
    before = f[start:at]
    for part in _parts(asked):
        for p in holder.posts:
            if holds(p, part) and part.endswith(p) and len(part) > len(p):
                owner = _TENURE.sub("", part[: -len(p)]).rstrip("的")
                return len(owner) >= 2 and _owner_missing(owner, before)
    return False


def owner_absent(asked: str, text: str) -> bool:
    """The organisation or place the asked post names ("光华日报" of 光华日报总经理) is not in the text (the
    article): what the text says of that post ("总经理为吴炯照") is another organisation's."""
    owner = _post_owner(asked)
    return len(owner) >= 2 and _owner_missing(owner, text)


def country_post_unprinted(asked: str, text: str) -> bool:
    """The asked post is a country's ("哈萨克斯坦总理") and the text (the article) never prints that country with the
    role ("…哈萨克斯坦(的)(前)总理"): a role it names freely ("同热恩别科夫总理…会谈") is another country's."""
    role = post_ending(asked)
    owner = _post_owner(asked)
    return bool(role) and owner in COUNTRIES and re.search(
        re.escape(owner) + r"的?(?:" + alternation(POST_MODIFIERS) + ")?" + re.escape(role), text) is None


def printed_bare(asked: str, f: str, text: str) -> bool:
    """The sentence `f` prints the asked post without its owner ("臺長戎屏國表示" for 神农广播电台的台长) and the
    text around (the article) names the owner: the post is that owner's, though the sentence alone covers too
    little of the question to be read."""
    owner = _post_owner(asked)
    at = asked.rfind(owner) if len(owner) >= 2 else -1
    bare = asked[at + len(owner):].lstrip("的") if at >= 0 else ""
    if len(bare) >= 2 and bare.endswith(POSTS) and bare in f and owner in text:
        return True
    # "吴忠市人大常委会主任" printed "市人大常委会主任兰德明" in an article naming 吴忠: the city's bodies bare
    m = _PLACE_BODY_POST.match(asked)
    return m is not None and m.group(2).endswith(POSTS) and m.group(2) in f and m.group(1) in text


def names_owner(asked: str, text: str) -> bool:
    """The text (an article) names the asked post's organisation, or the place whose body it is ("吴忠" of
    吴忠市人大常委会主任)."""
    owner = _post_owner(asked)
    m = _PLACE_BODY_POST.match(asked)
    return (len(owner) >= 2 and owner in text) or (m is not None and m.group(1) in text)


def place_body_post(asked: str) -> tuple[str, str] | None:
    """(the place, the bare post) of a place's body's post asked ("渭南市人大常委会主任" → 渭南, 市人大常委会主任)."""
    m = _PLACE_BODY_POST.match(asked)
    return (m.group(1), m.group(2)) if m is not None and m.group(2).endswith(POSTS) else None


def body_place_unnamed(asked: str, text: str) -> bool:
    """The asked post is a place's body's ("吴忠|市委副书记") and the text (an article) never prints the place: its
    bare "市委副书记" is its own city's (jieba may tag the place a person, which unnamed.place_unnamed misses)."""
    m = _PLACE_BODY_POST.match(asked)
    # (the words before the level may hold more than the place: "芜湖团|市委", "民盟闵行|区委": neither end printed)
    return m is not None and m.group(1)[:2] not in text and m.group(1)[-2:] not in text


# a place, then its level and one of its bodies with the post: "吴忠|市人大常委会主任", "保定|市委副书记"; or the
# head of its government, the level printed again or not: "大足|区区长", "忠|县县长", "大足|区副区长"
_PLACE_BODY_POST = re.compile(r"^([\u4e00-\u9fff]{2,4}?)([省市县区州旗](?:委|政府|人大|政协|纪委|人民|"
                              r"(?:常务)?副?[省市县区州旗]?长$)[^、,]{0,12})$")


def owner_unnamed(asked: str, text: str) -> bool:
    """Not even the first two characters of the asked post's organisation or place ("印尼" of 印尼工商会馆总主席)
    are in the text (the article): nothing it says of a like post ("协会主席") can be about that one."""
    owner = _post_owner(asked)
    # "舟山晚报创刊时的编辑部主任": the paper named before the 的 is the owner's owner; an article naming none of it
    # speaks of another paper's 编辑部
    head = asked.rsplit("的", 1)[0] if "的" in asked else ""
    return (len(owner) >= 2 and owner[:2] not in text) or (len(head) >= 2 and head[:2] not in text)


def _post_owner(asked: str) -> str:
    """The organisation or place an asked post names: the words right before its role ("北大荒农业的公司负责人" →
    公司; the question's own words may come earlier)."""
    role = post_ending(asked)
    # "更生日报社的副|总编辑": the 副 taken off as a tenure word leaves the 的 before it, which still ends the owner
    return _TENURE.sub("", asked[: len(asked) - len(role)].rstrip("的")).rstrip("的").rsplit("的", 1)[-1]


def _only_elsewhere(owner: str, text: str) -> bool:
    """The asked organisation's place is named only as where the page's people go or link up to ("推动人大工作
    深度接轨上海" in 盐城's paper): the post printed bare there ("市人大常委会副主任") is the page's own city's."""
    if owner.endswith(_HOSTS):
        return False  # "到访澳门厂商联合会": a body visited receives the visitors, its people are the page's own
    at = [m.start() for m in re.finditer(re.escape(owner), text)]
    return bool(at) and all(_TOWARDS.search(text, max(0, i - 4), i) for i in at)


# the kinds of body that receive visitors ("联合会", "公司", "报", "前往警察广播电台"): not places
_HOSTS = ("会", "公司", "集团", "学校", "大学", "学院", "医院", "中心", "报", "社", "馆", "厂", "局", "电台", "电视台")


# a place as the goal of a move or a link, not the one whose posts the page prints; 大 before it names the place's
# whole region ("主动接轨大上海" in 淮安's paper, "融入大湾区")
_TOWARDS = re.compile(r"(?:接轨|对接|融入|赴|前往|飞往|去往|来到|到访)大?$")


def _owner_missing(owner: str, text: str) -> bool:
    owner = owner.rstrip("的")
    if session_printed(owner, text):  # "十四届人大五次会议" ↔ "第十四届人民代表大会第五次会议" (session_owner.py)
        return False
    stem = _OWNER_LEVEL.sub("", owner)
    # "驻澳台北经济文化办事处": the place an office is stationed in goes without saying in that place's paper
    based = _STATIONED.sub("", owner)
    return owner not in text and (len(stem) < 2 or stem not in text) and (len(based) < 4 or based not in text)


_STATIONED = re.compile(r"^驻[\u4e00-\u9fff]")  # 驻澳, 驻港, 驻京: the place in one character


# "山西省" is named as 山西 as well, "溜马队" as 溜马, "甘南州" (an autonomous prefecture) as 甘南, "鄂温克旗" as 鄂温克
# (a city named with 州, 广州, leaves one character, never taken for it)
_OWNER_LEVEL = re.compile(r"(?:集团|公司|省|市|县|区|州|旗|队)$")
# the present holder of a printed post, said before it ("新任处长"): the post is what follows
_TENURE_HEAD = re.compile(r"^(?:新任|现任)")
# a place or body pointed back to before a printed post ("该村党支部书记", "此校校长"): named before in the text
_POINTED_HEAD = re.compile(r"^(?:该|此)(?:村|镇|乡|县|区|市|州|街道|社区|校|院|所|公司|厂|局)")
# which holder of the post, said before it ("首任总经理", "目前的社长", "常务副"): not the organisation's name
# (a holder about to leave or just gone says which holder too: "云林县政府即将退休的|副局长" is the county's)
_TENURE = re.compile(r"(?:首任|第.{1,3}任|前任|现任|时任|新任|历任|目前|现在|当前|如今|当时|即将退休|将退休|即将卸任|"
                     r"卸任|退休|离任|"
                     + "|".join(POST_MODIFIERS) + r")+$")


_TAKING = ("任", "当", "为", "是")  # before a post: "任社长", "为社长"
_HELD = ("为", "是", "由", "一职")  # after it: "社长为", "社长一职"


def named_freely(asked: str, s: Sentence, people: Sequence[Titled]) -> bool:
    """Whether the sentence names the asked post's role ("社长" of "明报的社长") otherwise than as a title
    against a recognised name ("社长为张三", or before a name the tagger missed): only such a sentence may still
    tell the holder. "新华通讯社社长田聪明", "田聪明社长" are someone's titles, not the asked post."""
    role = post_ending(asked, asked)
    if asked[: len(asked) - len(role)].endswith("副"):
        role = "副" + role  # "副部长" asked: a bare 部长 ("候任部长") is the head's post, not the one asked
    f = s.folded
    # (plain finds, not a pattern compiled for each post)
    if any(verb + role in f for verb in _TAKING) or any(role + verb in f for verb in _HELD):
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
    def named(t: Titled) -> bool:
        seen = t.sentence.folded[t.name[0]:t.name[1]]
        return seen == name or (seen.startswith(name) and seen[len(name):] in _HONORIFICS) \
            or _part_of_foreign(name, seen)
    return next((t for t in people if t.posts and named(t)), None)


def _part_of_foreign(name: str, seen: str) -> bool:
    """A foreign name asked by some of its whole words ("García-Escudero" of "Pío García-Escudero Márquez",
    "布鲁诺" of "焦尔达诺·布鲁诺"), as news name a foreigner again after the first mention."""
    if len(name) < 2 or name == seen or not any(c in seen for c in " ·-"):
        return False
    at = seen.find(name)
    return at >= 0 and (at == 0 or seen[at - 1] in " ·-") and (at + len(name) == len(seen)
                                                             or seen[at + len(name)] in " ·-")


# What news print after a name, which jieba takes into it ("颜开伯伯").
_HONORIFICS = frozenset(("伯伯", "先生", "女士", "同志", "老师", "教授", "阿姨", "叔叔", "爷爷", "奶奶"))


Tagged = Callable[[Sentence], Sequence[Span]]
