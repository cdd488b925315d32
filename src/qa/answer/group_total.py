"""A figure of one named thing asked ("大张高铁总投资多少亿元") answered with the total of a counted group the sentence
names instead ("重点推进7个城镇项目,总投资129.2亿元": seven town projects'): the sum of N things is not the asked
one's, and the sentence never names the thing asked ("decline:subject"). A question that counts a group itself
("12个项目总投资多少") asks such a total and is left alone."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# the measure a total is told in, at the end of the question's words before the question word ("大张高铁|总投资")
_MEASURE = re.compile(r"(总投资|投资总额|总产值|总造价|总金额|总面积|总长度|总规模|总资产|总收入)"
                      r"(?:为|是|有|达|约)?$")
# a subject that is itself a group of things: "重点项目", "开复工项目", "交通工程"
_GROUP_NOUN = r"项目|工程|企业|单位|学校|园区"
_COUNT = r"(?:\d+|[一二两三四五六七八九十百几]+)\s?(?:个|項|项|家|座|条|所|批|宗)"


def group_total(info: QuestionInfo, best: Candidate) -> str:
    """"decline:subject" when a named thing's total is asked and the answer is a counted group's total."""
    if info.qtype != "number":
        return ""
    m = _MEASURE.search(info.left)
    if m is None:
        return ""
    subject = info.left[:m.start()].rstrip("的")
    folded = best.sentence.folded
    if len(subject) < 2 or re.search(_COUNT, subject) or subject in folded:
        return ""
    before = folded[:best.start]
    group = re.compile(_COUNT + r"([^,，。;；]{0,12}?)[,，]?\s?" + re.escape(m.group(1)) + r"[^,，。;；]{0,4}$")
    g = group.search(before)
    # a subject naming the group's kind asks a group's total ("…集中开工的基础设施项目" for "120个项目"): left alone
    return "decline:subject" if g and not (len(g.group(1)) >= 2 and g.group(1)[-2:] in subject) \
        and not re.search(_GROUP_NOUN, subject) else ""
