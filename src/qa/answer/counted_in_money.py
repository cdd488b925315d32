"""A count of things or people is not a sum of money. "2010年时全球的外汇储量有多少国家大于或等于2915.7亿美元" is not
answered by "2万美元" (韩国's income per head): the question counts 国家 after its bare 多少, which no measure word
follows, so the unit check (`policy._wrong_unit`, reading `info.unit`) has nothing to compare; a figure in a
currency counts no country, city, firm or person ("decline:unit")."""

from __future__ import annotations

import re

from ..types import Candidate
from .features import MONEY
from .question import QuestionInfo

# the nouns counted one by one right after a bare 多少/几 (多少国家, 多少企业, 多少人参加)
# (not a noun a sum is of: 多少工资, 多少资金)
_COUNTED = re.compile(r"(?:国家|城市|省份|乡镇|村庄|学校|大学|医院|企业|公司|厂商|银行|家庭|项目|作品|队伍|球队|选手|"
                      r"运动员|会员|成员|游客|旅客|观众|代表|议员|委员|患者|病例|学生|员工|居民|市民|村民|人(?![均民次]))")


def money_for_count(info: QuestionInfo, best: Candidate) -> str:
    """"decline:unit" when a bare 多少/几 counts a noun of things or people and the answer is a sum of money."""
    if info.qtype != "number" or info.unit or not _COUNTED.match(info.right):
        return ""
    text = best.sentence.folded[best.start:best.end].strip()
    return "decline:unit" if text.endswith(MONEY) else ""
