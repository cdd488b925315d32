"""A meeting's role asked with the meeting as the setting between the question word and the verb: "谁|在中国工商业
联合会第十二次全国代表大会上|致闭幕词" ↔ "…代表大会26日在北京闭幕。" (the lead, the question's words) and "…全国工商联
党组书记徐乐江致闭幕词。" (the doer, a sentence of its own): the setting (在…上, 在…中) names the event the verb's
sentence refers back to, as "…全体会议由谁主持" names it before the verb; so `deed_beside.asked_role` reads the verb
after it, and the doer is found beside the lead as for 由谁主持. A report delivered ("谁在…会议上作政府工作报告" ↔
"…代理市长陈金銮作政府工作报告") is such a role too: 作 (or 做) before the report the question names, which the
verb governs in the doer's sentence. The setting is one phrase of 3–40 characters between 在 and 上 or 中, with no
punctuation inside, so a name of the event ("在大会上" names none: the place of any meeting's words); a question whose
verb follows no such phrase is read as before."""

from __future__ import annotations

import re

_SETTING = re.compile(r"在[^,，。;；:：!！?？\s]{3,40}?(?:上|中)(?=[\u4e00-\u9fff])")
_REPORTS = ("作", "做")  # "作政府工作报告", "做工作报告": delivering the report named after it
_REPORT = re.compile(r"[^,，。;；!！?？]{0,12}报告")


def asked_setting(right: str) -> str:
    """The setting that opens `right` (the question's words after its question word), "" when none does."""
    m = _SETTING.match(right)
    return m.group() if m is not None else ""


def report_verb(right: str) -> str:
    """作 (or 做) when `right` (past its setting) opens with delivering a report it names ("作政府工作报告");
    "" otherwise."""
    return right[0] if right.startswith(_REPORTS) and _REPORT.match(right, 1) else ""
