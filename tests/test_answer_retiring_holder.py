"""A post asked of its retiring holder ("雲林縣政府即將退休的副局長", 墨新闻's page, pages48): 即將退休 says which
holder, not whose post, so the post printed bare after the name ("及詹登燦副局長") is the county government's
(people._TENURE, read by people.unqualified)."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.people import titled, unqualified
from qa.answer.typed import extract

_ROW = "随后进行退休纪念品致赠仪式,张丽善县长特别向即将退休的黄杰男处长、林武宏简任秘书及詹登灿副局长表达诚挚感谢。"
_ARTICLE = "云林县政府今(8)日上午召开第87次主管会报暨第64次县务会议。" + _ROW


def test_a_retiring_holder_s_post_is_the_organisation_s_asked(engine):
    freq = engine._state.composer._freq
    s = sentence_of(_ROW)
    pos = list(engine.tokenizer.pos(s.folded))
    holder = next(t for t in titled(s, extract(s.folded, pos, freq=freq), pos)
                  if s.folded[t.name[0]:t.name[1]] == "詹登灿")
    assert not unqualified("云林县政府即将退休的副局长", holder, _ARTICLE)
    assert unqualified("斗六市公所即将退休的副局长", holder, _ARTICLE)  # another organisation's, never named
