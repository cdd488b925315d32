"""A who-answer joined in a list to a name the question prints is declined, unless the question asks for another
member of the list (listed_beside.py). Sentences and questions of DRCD's test set (5468-3-3, 3557-1-2, 6048-23-1;
kept: 1193-54-2, 3213-45-2, the last two made up)."""

from __future__ import annotations

import pytest
from candidates import pos_tags

from qa.answer.agreement import Surroundings
from qa.answer.listed_beside import listed_beside
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_ATTACK = ("瀧川的這一主張，遭到了貴族院議員菊池武夫和政友會宮澤裕等人的攻擊，被指責為共產主義的學說，"
           "因此上述著作被禁止發售。")
_NAMES = "有詩仙、詩俠、酒仙、謫仙人等稱呼，活躍於盛唐，為傑出的浪漫主義詩人。"
_SITES = "當中包括：巴黎聖母院、聖彌額爾山、卡爾卡松、韋茲萊隱修院。"
_VISITS = "1999年和2001年，時任韓國總統金大中和俄羅斯總統普京進行了互訪。"
_AROUND = Surroundings(tag=pos_tags)
# pages53 (cnr_20161112), pages26 (voa_huangyaoyi), pages66 (yssnews_3851): a 和 inside a name, posts of one person,
# and the next item's title
_INVITED = "當地時間11月2日下午,應吉爾吉斯共和國總理熱恩別科夫邀請,國務院總理李克強乘專機抵達比什凱克。"
_POSTS = "美国民主党总统候选人、副总统卡玛拉·哈里斯(Kamala Harris)是第一位“亚非裔”(Blasian)主要政党的总统候选人。"
_MEDIA = ("新华社青海分社记者团代表副总编薛玉斌、青海日报记者王煜鹏、玉树州文体旅游广电局副局长、电视台台长王泽云"
          "分别代表媒体发言。")
_LOST = ("當這些地方的領土也在1071年－1185年落入斯拉夫人和突厥人之手、而帝國的商業貿易又極度萎縮時，"
         "拜占庭帝國就理所當然地出現了財政困難的狀況。")


def _c(name: str, text: str) -> Candidate:
    s = Sentence(f"a#0:0:{len(text)}", "a#0", 0, "body", text, 0, len(text))
    at = text.index(name)
    return Candidate(name, s, at, at + len(name), "person", 1.0, "type:person")


@pytest.mark.parametrize(("question", "name", "text"), [
    ("哪一個人的著作遭到貴族院議員菊池武夫等人的攻擊而被禁止發售?", "宮澤裕", _ATTACK),  # a title between
    ("中國哪位詩人有詩仙的美稱?", "詩俠", _NAMES),
    ("韋茲萊隱修院是誰下令修復的?", "卡爾卡松", _SITES),  # the name after the answer
])
def test_a_name_listed_beside_the_questions_own_is_declined(question, name, text):
    assert listed_beside(analyze(question), _c(name, text), _AROUND) == "decline:co-listed"
    assert listed_beside(analyze(question), _c(name, text), Surroundings()) == ""  # no tagger: not read


@pytest.mark.parametrize(("question", "name", "text"), [
    ("俄羅斯總統普京在訪問韓國的前兩年哪位韓國領導者也去了俄羅斯？", "金大中", _VISITS),  # 也: the same deed
    ("東羅馬主要農墾區陸續被突厥人和什麼人奪去導致帝國財政困難?", "斯拉夫人", _LOST),  # 和什麼人
    ("遭到貴族院議員菊池武夫和誰的攻擊?", "宮澤裕", _ATTACK),  # 和誰
    ("瀧川的主張遭到了誰的攻擊?", "菊池武夫", _ATTACK),  # the question names no member
    ("2016年11月李克強應哪位吉爾吉斯共和國總理的邀請訪問吉爾吉斯斯坦？", "熱恩別科夫", _INVITED),
    ("谁是第一位“亚非裔”主要政党的总统候选人？", "卡玛拉·哈里斯", _POSTS),
    ("谁代表新华社青海分社记者团在启动仪式上发言？", "薛玉斌", _MEDIA),
])
def test_kept(question, name, text):
    assert listed_beside(analyze(question), _c(name, text), _AROUND) == ""
