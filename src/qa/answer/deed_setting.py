"""A deed asked before a post may open with its time named by an event ("暴雨当晚发布紧急状态通知的纽约市长",
"事发当天赶到现场的区长"): a noun and 当晚/当天/期间 after it say when, as a bare time would ("2日晚发布…"), and
the deed's verb comes after them. people.clause_of reads a deed only where its first word, times and figures
aside, is a verb, a preposition or an adverb (else the words before 的 name the post's owner: "仁川国际机场公司的
总裁"); such an opening made the whole question the post asked, and no holder matched it (decline:post). The words
up to a time word of an event among the first three are the deed's setting, read as a time is. Not a time of its
own (今年, 昨天: "浙江队今年请到的" opens with its subject)."""

from __future__ import annotations

from collections.abc import Sequence

# time words that take the event named before them ("暴雨|当晚", "会议|期间"); not a time of their own (今年: "浙江队|
# 今年|请到的" opens with its subject, whom the deed is told of)
_EVENT_TIMES = frozenset(("当晚", "当天", "当日", "当夜", "当时", "期间", "前夕", "之际", "当年"))
_SETTING_WORDS = 3  # the event noun (one or two words) and its time word


def after_setting(words: Sequence[tuple[str, str]]) -> Sequence[tuple[str, str]]:
    """The deed's words after a setting "<event noun> + <time word>" opening it, or all of them."""
    for k, (w, _flag) in enumerate(words[:_SETTING_WORDS]):
        if w in _EVENT_TIMES and k and all(f[:1] == "n" for _w, f in words[:k]):
            return words[k + 1:]
    return words
