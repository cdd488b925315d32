"""A foreign name's last syllable jieba cuts off as a measure word ("汤玛斯|伊格|顿/q|所拖累") is the name's."""
import jieba.posseg as pseg

from qa.answer.names import persons


def _names(text: str) -> list[str]:
    pos = [(w.word, w.flag) for w in pseg.cut(text)]
    return [text[sp.start:sp.end] for sp in persons(text, pos) if sp.type == "person"]


def test_last_syllable_cut_off_as_measure_word() -> None:
    assert "汤玛斯伊格顿" in _names("但却被他搭档竞选的伙伴汤玛斯伊格顿所拖累")


def test_measure_word_after_a_chinese_name_stays_out() -> None:
    # "王|伟/nr|顿": a Chinese name's characters are not all transliteration characters
    assert not any(n.endswith("顿") for n in _names("他把王伟顿时吓了一跳"))
