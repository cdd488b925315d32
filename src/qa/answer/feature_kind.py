"""The kind of natural feature a question names with its question word ("黑龙江在|哪一个海峡|入海",
"由大高加索山脉以及|哪一个|山脉所组成"): the place asked is named with that kind as its last word ("最终流入|鞑靼海峡",
"小高加索山脉"), so of the best sentence's places the one that ends in the kind answers before one that does not
("俄罗斯远东", a region of the same sentence, scored higher for standing nearer the question's words). Rivers are
kinds.py's (a river named as water); the levels of a state (省, 市, 区 …) are level_place.py's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..normalize import fold
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

# 哪/哪一/哪个/哪座 … + the feature's kind, in the question word or right after it ("哪一个|山脉所组成"); a longer
# word the kind begins (海域, 山顶, 港口) is no kind asked, unless it is one of its own below (longer kinds first)
_KIND = re.compile(r"哪(?:一)?[个座条片道处]?(海峡|山脉|半岛|群岛|高原|平原|盆地|沙漠|海湾|峡谷|岛屿|湖泊|山峰|运河|"
                   r"岛|湖|湾|港|峰|山|海)(?![域洋岸边面外内底拔水军区顶脚下坡口])")
# the word a name of the kind ends with, where not the kind itself: 岛屿 → 濟州島, 山峰 → 岡仁波齊峰, 运河 → 通惠河
_NAME_END = {"岛屿": "岛", "湖泊": "湖", "山峰": "峰", "运河": "河", "海湾": "湾"}


def asked_feature(info: QuestionInfo) -> str:
    """The word a name of the kind of feature asked ends with ("哪一个海峡" → 海峡, "哪一座岛屿" → 岛); "" when the
    question names no kind of feature."""
    at = info.text.rfind("哪", 0, info.wh[1]) if info.wh else -1
    m = _KIND.match(info.text, at) if at >= 0 else None
    return _NAME_END.get(m.group(1), m.group(1)) if m else ""


def feature_kind_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first place of the best one's sentence whose name ends in the kind of feature
    asked (a name before the kind, not the question's own) moved to the front, when the best one's does not."""
    kept = list(kept)
    kind = asked_feature(info) if info.qtype in ("where", "what") and kept else ""
    if not kind or kept[0].type != "place" or fold(kept[0].text).endswith(kind):
        return kept
    best = kept[0]
    named = next((c for c in kept if c.sentence.id == best.sentence.id and c.type == "place"
                  and (name := fold(c.text)).endswith(kind) and len(name) > len(kind) and name not in info.text),
                 None)
    return to_front(kept, named)
