"""A post asked as a what-question ("…担任什么职务?", "…位居何职?", "…被升为哪一个职位?") and answered by a whole
sentence: the post after the sentence's verb of taking one, to its clause's end ("宋太宗太平兴国初年,官升为|枢密使",
"孙坚任|长沙太守|,曾带兵…", "怡良曾短暂署理|两广总督|一职", "张学良转任|军事委员会北平分会副委员长"). The people paths
(people.py) read posts of modern news from title chains; the posts of history (太守, 知县, 枢密使) are no words they
know, so the sentence stood whole."""

from __future__ import annotations

import re

from .question import QuestionInfo
from .spans import echoed

_ASKS_POST = re.compile(r"(?:什么|甚么|何|哪一?个?)(?:职务|官职|职位|职)|任职(?:什么|何)|担任(?:什么|何)")
# the verbs of taking a post; 任 alone not in 任务, 任何, 任命, 任期, 责任, 主任, 信任, 卸任 (leaving it), 担任…
# (or appointed to it: "聘任黎锦林为|宝塔村村委会主任")
_TAKES = re.compile(r"(?:担任|出任|接任|升任|就任|转任|调任|改任|连任|兼任|署理|官至|官拜|升(?:他|她|其)?为"
                    r"|(?:聘任|任命|委任|聘请)[^,;。!?，；]{1,8}?为"
                    r"|(?<![责主信放担出接升就转调改连兼历卸离辞聘委])任(?![务何命期内意职性凭由]))")
# a résumé line: the time alone before the verb ("1984年6月至1985年1月任…", "1992年4月,任…"); CMRC's golds keep
# the whole line, time and all
_TIME_ONLY = re.compile(r"(?:\s|[\d〇零一二三四五六七八九十年月日号至到起从自~\-—－,，、()（）]"
                        r"|上旬|中旬|下旬|初|底|末)*")
_POST = re.compile(r"[^,;。!?、:，；（(]{2,24}?(?:、[^,;。!?、:，；（(]{2,24}?)*(?=一职|[,;。!?:，；（(]|$)")


def post_span(folded: str, info: QuestionInfo) -> tuple[int, int] | None:
    """[start, end) of the post the sentence's clause most echoing the question says was taken; None when the
    question asks no post or the sentence prints no verb of taking one."""
    if info.qtype not in ("what", "other") or not _ASKS_POST.search(info.text):
        return None
    echo = echoed(folded, info.text)
    best: tuple[int, int, int] | None = None
    for m in _TAKES.finditer(folded):
        if _TIME_ONLY.fullmatch(folded, 0, m.start()):
            continue
        post = _POST.match(folded, m.end())
        if post is None or 2 * sum(echo[post.start():post.end()]) > post.end() - post.start():
            continue  # no post after it, or the question's own words
        opens = max(folded.rfind(c, 0, m.start()) for c in ",;。!?，；") + 1
        told = sum(echo[opens:m.start()])
        if best is None or told > best[0]:
            best = (told, post.start(), post.end())
    return None if best is None else (best[1], best[2])
