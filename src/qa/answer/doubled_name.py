"""A name whose given name doubles one character (冬冬, 明明, 晶晶) after a one-character surname that jieba cut off:
"姜/nr|冬冬/t|代表市委、市政府欢迎…", "区委书记蒋/nr|明明/t,", "记者张/q|晶晶/n|报道". jieba knows the doubled word (a
season, an adverb, a noun) and leaves the surname alone, so the sentence holds no person and a who-question takes
another word or declines. A surname opening its clause, or printed right after a post, then a doubled word that is
no adverb or kin word (往往, 偷偷, 妈妈: "此田往往会…", "杨妈妈高兴地说") is one person's name (names.persons)."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import KIN_WORDS, POSTS, SURNAMES
from .spans import Span

# where a clause starts: the name opens it
_OPENS = frozenset("，,、；;。：:！!？?（(“\"「 \u3000")
# the tags of a surname that is no word of its own here (a function word, a verb or a pronoun is one)
_NOT_SURNAME_TAGS = frozenset(("d", "p", "c", "u", "uj", "ul", "v", "r", "m"))
# doubled words that are no given name: adverbs of frequency or manner jieba tags a time or a noun, and kin
_NOT_GIVEN = frozenset(("往往", "常常", "渐渐", "刚刚", "年年", "人人", "处处", "个个", "家家", "时时", "纷纷",
                        "叔叔", "伯伯", "舅舅", "姑姑", "婆婆", "公公", "嫂嫂", "宝宝", "娃娃"))
_POST_ROLES = ("记者", "通讯员", "编辑")  # a byline's role before the name, as a post is


def doubled_names(words: Sequence[tuple[int, int, str, str]], folded: str) -> list[Span]:
    """The surname and doubled given name jieba cut apart, where the surname opens a clause or follows a post."""
    out = []
    for k in range(len(words) - 1):
        a, b, w, flag = words[k]
        if b - a != 1 or w not in SURNAMES or flag in _NOT_SURNAME_TAGS:
            continue
        c, d, given, given_flag = words[k + 1]
        if len(given) != 2 or given[0] != given[1] or not "\u4e00" <= given[0] <= "\u9fff" \
                or given_flag == "d" or given in _NOT_GIVEN or given in KIN_WORDS:
            continue
        if d < len(folded) and "\u4e00" <= folded[d] <= "\u9fff" and k + 2 < len(words) \
                and words[k + 2][1] - words[k + 2][0] == 1 and words[k + 2][3] in ("ns", "nr", "nrt", "j"):
            continue  # inside a longer transliterated name ("阿|齐齐|亚")
        if a == 0 or folded[a - 1] in _OPENS or folded.endswith(POSTS, 0, a) or folded.endswith(_POST_ROLES, 0, a):
            out.append(Span(a, d, "person", "pos:nr"))
    return out
