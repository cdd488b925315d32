""""美國前總統奧巴馬是在結束哪個城市的行程後轉抵北京的？" ↔ KTSF's "前總統奧巴馬…": a place the question names only
as the owner of a post before a person's name (美国|前总统|奥巴马, 越南|国家主席|陈大光) says whose post it is; a
report naming that person may leave the country out, as news do for the well known. Such a place is then not "a
place the answer's article never names" (agreement.other_name), when the article prints the person."""

from __future__ import annotations

import re

from ..lexicon import POSTS

_POST_RUN = re.compile(r"[\u4e00-\u9fff]{1,8}")
_LONGEST_RUN = 8  # characters between the place and the name: "前总统", "驻华大使", "外交部长"


def titles_person(question: str, place_end: int, person_at: int) -> bool:
    """Whether the words between a place (ending at `place_end`) and a person the question names (at `person_at`)
    are a post: the place is that post's owner."""
    between = question[place_end:person_at]
    return 0 < len(between) <= _LONGEST_RUN and _POST_RUN.fullmatch(between) is not None and between.endswith(POSTS)
