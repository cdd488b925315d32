"""One body's officers printed in a row, its name once ("市政协主席楚耀华,市政协副主席栗朝举、…、吴英杰和秘书长王伟
出席会议"): the last item's post, after the names and 和 (及, 与), is printed bare, the body being the row's own.
Two readings of `people.titled`:
- the chain of the name after "<a name>和" starts after the conjunction: the name before it is another item, no
  part of the post ("吴英杰和秘书长" is 秘书长) — where the post names its owner or takes the row's;
- a bare post (a post word and its modifiers, no owner: 秘书长, 副秘书长) in the same clause as an earlier item whose
  post names a body (市政协副主席: 市政协) is that body's ("市政协秘书长"). Not a place's head (县长, 市长: the place
  is its owner, named or not), and not across a comma, a semicolon or a colon (another row may begin).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_CONJ = ("和", "及", "与", "以及")
_CLAUSE_MARKS = re.compile(r"[,，;；:：。!！?？]")
_PLACE_HEAD = ("省长", "市长", "县长", "区长", "镇长", "乡长", "村长", "州长")


def after_listed_name(f: str, start: int, name: int, ends: Sequence[int],
                      earlier: Sequence[tuple[tuple[int, int], str]], bare: Callable[[str], bool],
                      owner_of: Callable[[str], str]) -> int:
    """Where the chain of the name at `name` starts when the words before it open with another name of the row
    and a conjunction ("吴英杰|和|秘书长|王伟"); `start` otherwise. `ends`: where the sentence's names end. Only
    where the post after the conjunction names its owner or takes the row's (see `shared_owner`): a bare post
    read alone would be any owner's ("唐登杰和省长卢东亮" read as 省长 answered another year's 山西省长 question)."""
    for e in sorted(ends, reverse=True):
        if start <= e < name:
            conj = next((c for c in _CONJ if f.startswith(c, e)), "")
            at = e + len(conj)
            if not conj or name - at < 2:
                return start
            post = f[at:name]
            owned = not bare(post) or shared_owner(f, (at, name), post, earlier, bare, owner_of) != post
            return at if owned else start
    return start


def shared_owner(f: str, chain: tuple[int, int], post: str, earlier: Sequence[tuple[tuple[int, int], str]],
                 bare: Callable[[str], bool], owner_of: Callable[[str], str]) -> str:
    """`post` with the owner of the row's earlier item's post before it, when `post` is bare and the row runs
    from that item to this chain within one clause; `post` otherwise. `earlier`: (name offsets, last post) of the
    sentence's people before this one that have posts, in order."""
    if not bare(post) or post.endswith(_PLACE_HEAD):
        return post
    for (a, _b), prior in reversed(earlier):
        if _CLAUSE_MARKS.search(f, a, chain[0]):
            return post
        owner = owner_of(prior)
        if owner:
            return owner + post
    return post
