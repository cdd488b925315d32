"""A common word jieba tags as a name, left as a person's or a place's answer: "都市", "大城市", "山区", "湖区",
"周边地区", "河水", "县市", "东西" as places, "乐迷", "诸王", "由其子", "党执政" as people.

jieba's dictionary itself tags these words ns or nr (都市 ns, 山区 ns, 乐迷 nr, 党执政 nr), so neither the tag in
context nor the dictionary's tag, nor the word's frequency, tells them from names. What does is their shape:
- a place answer that is a word for land in general ("城市", "山区", "地区", "河水"), bare or after a word of
  size or position only ("大城市", "周边地区", "西部山区"), names no place in particular; nor do "东西" (a thing)
  and the verbs "渡海", "朝贡" jieba reads as places;
- a person answer that is a group ("诸王", "西北诸王": 诸 + a rank; "乐迷", "球迷": fans) or a piece of a
  clause holding a pronoun ("由其子") or a verb of governing ("党执政") names no one.
The sentence names no person or place the question asks of; the answer is declined ("decline:generic"). A place
asked as a kind ("什么地区", "哪一地区") may be answered by its modifier and the kind ("西部地区"), so that answer is
kept; the bare kind ("山区", "地区") or another kind ("湖区" for "哪一个城市") is not."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# a word of size or position before a word for land in general: "大城市", "周边地区", "西部山区"
_PLACE_MODIFIER = r"(?:[大小]|周边|周围|附近|沿海|内陆|偏远|[东西南北]部?|东南|东北|西南|西北)?"
# words for land (or water) in general, and the words jieba reads as places that are none (东西, 渡海, 朝贡)
# (县市, 乡镇: the levels of a row's places counted together, "和龙…和延吉等五个县市", none of them)
_LAND = (r"(?:都市|城市|城镇|山区|湖区|地区|区域|河水|海域|水域|郊区|市区|城区|地方|山地"
         r"|县市区|县市|市县|乡镇|村镇|县区|区县)")
_GENERIC_PLACE = re.compile(r"^" + _PLACE_MODIFIER + _LAND + r"$|^(?:东西|渡海|朝贡)$")
# a group of people (诸王, 诸侯, 西北诸王; 乐迷, 球迷) or a clause's piece (由其子, 党执政): no one's name; 其 only
# after a preposition, as given names hold it too (袁寿其, 何其芳)
_GENERIC_PERSON = re.compile(r"^(?:[\u4e00-\u9fff]{0,3}诸[王侯将]|[\u4e00-\u9fff]?[乐歌球影戏书]迷"
                             r"|[由与和被让使将把为对]其[\u4e00-\u9fff]{0,2}|[\u4e00-\u9fff]+执政)$")
# the question asks a kind of land itself ("哪一地区", "什么城市"): the kind word after a modifier may answer it
_KIND_ASKED = re.compile(r"(?:哪|什么)[一个座片些]*(" + _LAND + ")")
# modifiers telling only where the land lies from something else or how big it is: no region in particular
_RELATIVE = frozenset(("大", "小", "周边", "周围", "附近"))


def generic_name(info: QuestionInfo, best: Candidate) -> str:
    """"decline:generic" when a person's or a place's answer is a common word, not a name."""
    text = best.sentence.folded[best.start:best.end].strip()
    if best.type == "place" and _GENERIC_PLACE.match(text) and not _kind_told(info, text):
        return "decline:generic"
    if best.type == "person" and info.qtype in ("who", "what") and _GENERIC_PERSON.match(text):
        return "decline:generic"
    return ""


def _kind_told(info: QuestionInfo, text: str) -> bool:
    """The question asks the kind of land the answer ends with, and the answer tells which one by its modifier:
    "西部地区" for "中国哪一地区" (not "山区" nor "周边地区" for "哪一个地区", nor "湖区" for "哪一个城市")."""
    asked = _KIND_ASKED.search(info.text)
    if asked is None or not text.endswith(asked.group(1)):
        return False
    modifier = text[:-len(asked.group(1))]
    return bool(modifier) and modifier not in _RELATIVE  # "周边地区" is around something else, not which one
