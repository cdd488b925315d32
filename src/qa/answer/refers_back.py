"""A sentence that opens by referring back (这次选举…, 該會…, 本赛事…, 其字面意思…) is about what the sentence before
it names: "第7届日本参议院议员通常选举于…举行。|这次选举是…一次重要考核" answers "第7届…选举的重要性是什么". The
question repeats the earlier sentence's words, so that sentence outranks the one that answers, which holds only
the pointer and the asked part. The rerank reads the sentence before as the referring one's own for the question's
words (features.sentence_features' `back`); the answer's type must still be in the sentence itself."""

from __future__ import annotations

import re
from collections.abc import Collection

from ..types import Corpus, Sentence

# The pointer opening the sentence, after a light word (而该…, 无论如何，这些…): not 本报/本网 (a paper's own
# name), not 其他/其中/其实/此外 (no pointer), not a time pointed at (这之后, 此时, 这一年, 在其…后: when, not what).
REFERS_BACK = re.compile(r"^[“\"「]?(?:[而但且并並由对對据據]|无论如何[,，]|無論如何[,，])?"
                         r"(?:这|這|该|該|此|其(?!他|中|实|實|餘|余|次)|本(?![报報网網刊台市县縣省区區人身来來]))"
                         r"(?!之?[后後前外]|[时時]|期间|期間|[一两兩]?[年天日月]|段[时時])")

# The pointer's noun phrase runs to its first verb or particle, roughly ("这名确诊者最后一场采访工作|,是…",
# "本届非遗博览会|以…", "该会|成为…"): it names again what the sentence before names.
_POINTER_NP = re.compile(r"[^是以为為被在于於的,，。;；:：成将將由有只也都把对對向从從]*")

_BACK = 1  # sentences of the paragraph read back


def refers_back(folded: str) -> bool:
    """Whether a (folded) sentence opens by pointing back to what the sentence before it names."""
    return REFERS_BACK.match(folded) is not None


def referred(corpus: Corpus, s: Sentence, bigrams: Collection[str] = ()) -> str:
    """The text of the sentence(s) of `s`'s paragraph right before it that it refers back to, folded; "" when it
    does not open with a pointer, opens its paragraph, or tells nothing of the question (its `bigrams`) beyond
    its pointer's noun phrase that the sentence before does not: "吉打州新闻局一名摄影记者…确诊冠病。|这名确诊者
    最后一场采访工作,是…在达鲁阿曼州政府大厦…" asked where the reporter works (工作 is in the pointer's phrase, which
    only names the reporter again; the answer is before it), nor for a word of that phrase said again after it."""
    if s.kind != "body" or not s.start:
        return ""  # (before the folded text is read: most reranked sentences end here)
    f = s.folded
    m = REFERS_BACK.match(f)
    if m is None:
        return ""
    before = [x for x in corpus.sentences_of(s.article_id) if x.paragraph == s.paragraph and x.end <= s.start]
    back = "".join(x.folded for x in before[-_BACK:])
    np = _POINTER_NP.match(f, m.end())
    cut = np.end() if np is not None else m.end()
    pointer, rest = f[:cut], f[cut:]
    # (a word of the pointer's phrase names the same thing where the sentence repeats it: 本届非遗博览会以"促进非遗
    # 保护…"为主题 adds no 非遗 to 第二届中国非物质文化遗产博览会)
    return back if back and any(b in rest and b not in back and b not in pointer for b in bigrams) else ""
