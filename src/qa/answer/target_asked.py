"""A target asked, an outcome told.

"今年城镇新增就业目标是多少" answered from a county's bulletin ("全年城镇新增就业人员5688人"), "城镇调查失业率的目标"
from "年末城镇登记失业率0.7%": the question asks what a plan or report sets out to reach, the sentence tells what
was reached. A sentence that tells an aim says so: 目标, 预期, 计划, 力争, 确保, 左右, 要, 将 …
"""

from __future__ import annotations

import re

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

_TARGET_ASKED = re.compile(r"目标|预期|计划")
# words a sentence sets out an aim with (folded: simplified); "将", "要" are broad, and kept so: an aim told in
# any of them keeps the answer
_AIM = re.compile(r"目标|预期|预计|计划|规划|力争|争取|确保|左右|以上|以内|之内|将|要|拟|期望|希望|设定|定为")


def outcome_for_target(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """A how-much question asks a target ("…目标是多少", "预期目标"), and neither the answer's sentence nor the
    text before it tells any aim ("decline:measure")."""
    if info.qtype != "number" or not _TARGET_ASKED.search(info.left):
        return ""
    return "" if _AIM.search(best.sentence.folded + " " + around.near) else "decline:measure"
