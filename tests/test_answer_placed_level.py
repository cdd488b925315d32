"""The place of the level asked printed right after 在/于 (placed_level.py): "在哪個鄉舉行" ↔ "在金寧鄉湖下海堤舉行"
→ 金寧鄉 (the tokenizer cuts 金|寧鄉), "位于哪个区" ↔ "位于浐灞生态区世博大道" → 浐灞生态区."""

from __future__ import annotations

import pytest

from qa.answer.placed_level import placed_levels
from qa.answer.question import analyze


def _placed(text: str, unit: str) -> list[str]:
    return [text[sp.start:sp.end] for sp in placed_levels(text, unit)]


@pytest.mark.parametrize(("sentence", "unit", "places"), [
    ("金门县政府今天在金宁乡湖下海堤举行开工祝祷典礼", "乡", ["金宁乡"]),
    ("项目位于浐灞生态区世博大道杏园立交交会处", "区", ["浐灞生态区"]),
    ("总投资4亿元,位于灞桥区狄寨街办狄寨街村", "区", ["灞桥区"]),
    ("会议在市政府和区政府召开", "区", []),  # a list's joint: no name
    ("他在这里工作了十年", "乡", []),  # no level of the kind asked
    ("在一次专题会议上讨论了本区的规划", "区", []),  # a clause, not a name, before the level
])
def test_the_name_after_the_preposition_to_the_level(sentence, unit, places):
    assert _placed(sentence, unit) == places


def test_a_level_after_zai_na_and_its_classifier_is_the_unit_asked():
    assert analyze("湖下海堤调适工程开工祝祷典礼在哪个乡举行？").unit == "乡"
    assert analyze("活动在哪个市场举行？").unit == ""  # 市场: a noun, no level
