"""A state named by its kind after a name jieba did not tag a place ("土尔扈特/nrt|王国", "清/a|帝国", DRCD 1167-2;
"阿希佩/nr|戈拉/nrt|公国", DRCD 3213-25) is one place with its kind, not the kind alone (polity)."""

from __future__ import annotations

from candidates import pos_tags, sentence_of

from qa.answer.typed import places


def _places(text: str) -> list[str]:
    folded = sentence_of(text).folded
    return [folded[sp.start:sp.end] for sp in places(folded, pos_tags(folded))]


def test_kingdoms_and_an_empire_named_by_words_not_tagged_places():
    found = _places("也先後出現過蒙古王國，西伯利亞王國和土爾扈特王國，但分別被後金，俄羅斯和清帝國滅。")
    assert {"土尔扈特王国", "清帝国"} <= set(found)
    assert "王国" not in found


def test_a_duchy_whose_name_jieba_cut_in_person_pieces():
    found = _places("於是丹都洛總督的侄子帶領幾個同夥，在這些島嶼上建立了阿希佩戈拉公國。")
    assert "阿希佩戈拉公国" in found


def test_empires_named_by_one_character_countries():
    found = _places("1905年11月17日，大韓帝國被迫與日本簽訂不平等條約《乙巳條約》。")  # DRCD 1193-6
    assert "大韩帝国" in found
    assert {"奥匈帝国", "大日本帝国"} <= set(_places("大英帝國與奧匈帝國和大日本帝國。"))
