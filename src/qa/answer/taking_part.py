"""A count of those who took part, and what they did there: "2025曲靖罗平花海马拉松有多少名跑者参加" ↔ "随着发令枪响,
1.5万名跑者如潮水般冲过起跑线": `agreement.other_deed` reads a verb after the people counted that shares no character
with the question's deed as another fate ("2人|遭冲走" for 几人死亡). Taking part (参加, 参与, 参赛) is no fate that
sets some of the people apart: a report counts the participants by what they did there (冲过起跑线, 奔跑, 观看), so
the verb after them tells their part, not another deed; other_deed leaves such a question alone."""

from __future__ import annotations

TAKING_PART = frozenset(("参加", "参与", "参赛"))  # the question's deed: those counted took part
