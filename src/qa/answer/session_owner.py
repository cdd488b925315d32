"""A session named before a delegation's post, in the short form a question uses: "四川省十四届人大五次会议|南充市代表团
团长" where the page prints "四川省第十四届人民代表大会第五次会议南充市代表团…".

people.unqualified reads the words before the post the chain prints (南充市代表团团长) as the post's owner and
looks for them in the article; a meeting's name is abridged in speech (人大 for 人民代表大会, 政协 for 政治协商会议,
十四届 for 第十四届), so the long form the page prints was not found and the holder was taken for another body's."""

from __future__ import annotations

_LONG_FORMS = (("人民代表大会", "人大"), ("政治协商会议", "政协"))
_SESSION_ENDS = ("会议", "大会")


def abridged(text: str) -> str:
    """`text` with a meeting's long names in their short form and its ordinals' 第 left out."""
    for long, short in _LONG_FORMS:
        text = text.replace(long, short)
    return text.replace("第", "")


def session_printed(owner: str, text: str) -> bool:
    """The owner is a session (…会议, …大会) the text prints, in its long or short form."""
    return owner.endswith(_SESSION_ENDS) and len(owner) >= 4 and abridged(owner) in abridged(text)
