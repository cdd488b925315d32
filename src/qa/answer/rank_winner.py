"""The team that won the place asked: "…联赛的冠军是哪支球队" ↔ "最终镇机关队以56:51战胜星村联队,获得冠军",
"季军是哪支球队" ↔ "…,黄泥社区队获得季军", "冠军是哪个队" ↔ "加拿大队击败瑞士队夺得本届赛事冠军".

A sports report names the winner as the subject of 获得/夺得…<place>, often after the score it won by (以…战胜X队);
the team's name ends with 队 and is rarely a typed name (镇机关队, 黄泥社区队 are no dictionary words), so the sentence
that tells it offers no candidate and the one listing the entrants ("机关单位、卫生院、中小学校…11支球队") wins with
an entrant. The subject before the verb of winning the very place the question asks is that team; a team printed
before another place (星村联队获得亚军) is not the 冠军's. Stops: only a team is asked (…是哪支/哪个/哪一支 球队/队),
and only the place asked, printed after the verb in its clause, counts.
"""

from __future__ import annotations

import re

_PLACES = r"冠军|亚军|季军|金牌|银牌|铜牌|第一名|第二名|第三名"
# "…的冠军是哪支球队", "冠军是哪个队", "获得季军的是哪支球队"
_ASKED = re.compile(r"(?P<place>" + _PLACES + r")(?:的)?(?:得主)?是(?:哪支|哪一支|哪个|哪一个|哪)(?:球队|队|代表队)")
_OPENERS = re.compile(r"(?:最终|最后|其中|而|则|由|是|并)+")


def asked_place(question: str) -> str:
    """The place whose team is asked ("冠军"), "" when the question asks no team's place."""
    m = _ASKED.search(question)
    return m.group("place") if m else ""


def winners(folded: str, place: str) -> list[tuple[int, int]]:
    """Offsets of the teams the sentence says won `place`: "X队(以…)(战胜/击败Y队,)(获得/夺得…)<place>"."""
    if not place or place not in folded:
        return []
    pattern = re.compile(r"(?P<team>[\u4e00-\u9fffA-Za-z]{1,12}?队)(?:以[^,，。;；、]{0,12}?)?"
                         r"(?:(?:战胜|击败|打败|力克|战胜了|击败了)[^,，。;；、]{1,12}?队[,，]?)?(?:最终|最后)?"
                         r"(?:获得|夺得|摘得|荣获|赢得|问鼎|夺取|取得|捧得|斩获|获)了?[^,，。;；、]{0,6}?"
                         r"(?:" + place + ")")
    out = []
    for m in pattern.finditer(folded):
        start = m.start("team")
        opener = _OPENERS.match(folded, start)
        if opener is not None and opener.end() < m.end("team") - 1:
            start = opener.end()
        if m.end("team") - start >= 2:
            out.append((start, m.end("team")))
    return out
