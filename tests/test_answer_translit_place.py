"""A transliterated place jieba cut into a place piece and a person piece ("巴拉马/ns|利波/nr", DRCD 1168-8;
"阿内/nrt|加达岛/ns", DRCD 2529-1) is one place (translit_place); a country before its city stays apart."""

from __future__ import annotations

from candidates import pos_tags, sentence_of

from qa.answer.typed import places


def _places(text: str) -> list[str]:
    folded = sentence_of(text).folded
    return [folded[sp.start:sp.end] for sp in places(folded, pos_tags(folded))]


def test_a_place_whose_end_jieba_read_as_a_person():
    found = _places("位在蘇利南河下游的巴拉馬利波是一座河港城市，為全國第一大城兼首都。")
    assert "巴拉马利波" in found
    assert "利波" not in found


def test_a_place_whose_start_jieba_read_as_a_person():
    found = _places("英屬維京群島主要由托土拉島、維京戈達島、阿內加達島和約斯特范大克島四大島所組成外")
    assert "阿内加达岛" in found
    assert "加达岛" not in found


def test_a_transliteration_cut_at_a_character_the_table_lacks_is_one_place():
    # Taiwan's names: jieba reads 尚 as an adverb, 科 as a noun, 坦尚 as an unknown noun before the place pieces
    found = _places("坦尚尼亞的西南邊是尚比亞、馬拉威和莫三比克。")
    assert "尚比亚" in found and "坦尚尼亚" in found
    assert "比亚" not in found and "尼亚" not in found
    found = _places("威尼斯獲得了摩冬港和科龍港。")
    assert "科龙港" in found and "龙港" not in found
    assert "蒙特内哥罗" in _places("蒙特內哥羅與塞內加爾相隔甚遠。")


def test_a_preposition_before_a_place_is_no_piece_of_its_name():
    found = _places("阿拉巴馬州的死刑比德克薩斯州還多。")
    assert "德克萨斯州" in found and "比德克萨斯州" not in found
