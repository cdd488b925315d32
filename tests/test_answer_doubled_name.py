"""A name whose given name doubles one character, its one-character surname cut off by jieba ("姜|冬冬/t|代表市委…"),
is read whole where the surname opens a clause or follows a post (doubled_name.py via names.persons). Sentences of
tzfb_20250601 (pages49), dxalxl_20230316 and a 菇房 page of the pages folder, and DRCD's 秧田 paragraph (folded)."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons


def _people(sentence: str) -> list[str]:
    return [sentence[s.start:s.end] for s in persons(sentence, pos_tags(sentence))]


def test_a_surname_opening_its_clause_and_a_doubled_given_name():
    sentence = "姜冬冬代表市委、市政府欢迎代表团一行到来,感谢拉萨和曲水一直以来对泰州援藏干部人才的关心支持。"
    assert ("姜", "nr") in pos_tags(sentence) and ("冬冬", "t") in pos_tags(sentence)  # jieba's cut
    assert "姜冬冬" in _people(sentence)


def test_after_a_post():
    assert "蒋明明" in _people("社党组书记、社长李睿军一同调研。区委书记蒋明明,区委常委、宣传部部长、统战部部长何桂华")


def test_adverbs_kin_and_words_inside_a_clause_are_no_names():
    assert not any("往往" in p for p in _people("在某块田中培育秧苗,此田往往会被称为秧田,在撒下"))
    assert not any("妈妈" in p for p in _people("镇石室村杨秋发的菇房前,杨妈妈高兴地说。"))
