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


def test_pieced_translit_name_before_a_verb_of_thinking() -> None:
    # "欧德/ns|谟/g|认为": a place and a morpheme to jieba; no place thinks
    assert "欧德谟" in _names("欧德谟认为角是相对一直线的偏差")


def test_a_place_before_a_verb_of_thinking_stays_out() -> None:
    assert _names("英国认为这是错的。") == []


def test_last_syllable_glued_to_the_copula() -> None:
    # "勒布/nrt|夫为/n|总参谋长": jieba's HMM took 夫 with 为
    assert "勒布夫" in _names("由拿破仑三世任统帅,勒布夫为总参谋长")


def test_a_known_word_after_a_name_stays_out() -> None:
    # 认为 is a word of the dictionary: the name before it keeps its length
    assert not any(n.endswith("认") for n in _names("约瑟夫认为这是错的"))


def test_last_syllable_glued_to_zai_in_a_dotted_name() -> None:
    # "蒙/v|塔纳/nrt|利在/v|1667年": the dotted name's last part loses no syllable to 在
    assert "杰米尼安诺·蒙塔纳利" in _names("意大利天文学家杰米尼安诺·蒙塔纳利在1667年观测和记录了大陵五的光度变化")


def test_lu_yi_is_a_transliteration() -> None:
    # 路易 (Louis), a noun to jieba, opens the dotted name: 易 is one of the table's characters
    assert "路易·巴斯德" in _names("李斯特的研究是基于法国生物学家路易·巴斯德的重要发现")
