"""A Japanese name after a post ("自民党干事长森山裕", "公明党干事长西田实仁", "现任长崎县知事是中村法道"): jieba
knows no Japanese family names, so it reads the surname as a word of its own (a place, a noun: 森山/ns, 中村/ns)
and the given name as one or two pieces after it (裕, 实仁, 法道), none of them a person. A common family name of
two characters right after a post (or the post and its copula), and one or two characters after it where a name
may end, are the post holder's name."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lexicon import POSTS, all_han
from .spans import Span

# Common Japanese family names of two characters, in simplified characters (the folded text's): the most common
# ones and those of well-known politicians and houses.
JAPANESE_SURNAMES = frozenset("""
佐藤 铃木 高桥 田中 伊藤 渡边 山本 中村 小林 加藤 吉田 山田 山口 松本 井上 木村 斋藤 清水 山崎 池田 桥本
阿部 石川 山下 中岛 石井 小川 前田 冈田 藤田 后藤 近藤 村上 远藤 青木 坂本 斉藤 福田 太田 西村 藤井 金子 冈本
藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 石田 森田 上田 柴田 酒井 工藤 横山 宫崎 宫本 内田 高木
安藤 岛田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 增田 小山 大冢 平野 菅原 久保 松井 千叶 岩崎
樱井 木下 野口 松尾 菊地 野村 新井 渡部 西田 森山 岸田 安倍 石破 麻生 茂木 小泉 野田 鸠山 小渊 村山 细川 海部
竹下 大平 三木 石桥 片山 芦田 高市 上川 岩屋 玉木 枝野 小泽 伊达 德川 丰臣 织田 上杉 毛利 足利 北条 二阶 甘利
稻田 河村 松野 浜田 齐藤 志位 山际 西村 世耕 古川 吉村 小池 桥下
""".split())


def surname_names(folded: str, words: Sequence[tuple[int, int, str, str]], spans: Sequence[Span],
                  ends: Callable[[int], bool]) -> list[Span]:
    """The names of a Japanese family name (a word of its own to jieba) and one or two characters after it, right
    after a post or a post and its copula; `ends(j)` says whether a name may end before words[j]."""
    starts = {a: j for j, (a, _b, _w, _f) in enumerate(words)}
    taken = [(sp.start, sp.end) for sp in spans if sp.type == "person"]
    found = []
    for a, b, w, _flag in words:
        if w not in JAPANESE_SURNAMES or not _after_post(folded, a) or any(x <= a < y for x, y in taken):
            continue
        for end in (b + 2, b + 1):  # the longest given name first: 实仁, then 裕
            # (a name may end at a word's start where `ends` says so, before a figure, or at the text's end)
            if all_han(folded[b:end]) and (end == len(folded) or end in starts
                                           and (ends(starts[end]) or folded[end:end + 1].isdigit())):
                found.append(Span(a, end, "person", "pos:nr"))
                break
    return found


def _after_post(folded: str, a: int) -> bool:
    """A post ends right before `a`, or a post and its copula do ("知事是|中村法道")."""
    return folded.endswith(POSTS, 0, a) or (folded[a - 1:a] in ("是", "为") and folded.endswith(POSTS, 0, a - 1))
