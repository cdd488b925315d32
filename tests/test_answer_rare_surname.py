"""A word jieba tags a name right after a post is a name whatever its surname: "昭通市委书记|夜礼斌/nr|," (夜, a
surname no list of common ones holds; rare_surname.py via names.persons). The sentence is pages64's xgll page."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons


def _people(sentence: str) -> list[str]:
    return [sentence[s.start:s.end] for s in persons(sentence, pos_tags(sentence))]


def test_a_name_with_a_rare_surname_after_a_post_is_read():
    sentence = "24日至25日,昭通市委书记夜礼斌,市委副书记、市长刘建华率领党政考察团赴我州考察。"
    assert ("夜礼斌", "nr") in pos_tags(sentence)  # jieba's guess
    assert _people(sentence) == ["夜礼斌", "刘建华"]


def test_no_post_before_it_leaves_it_alone():
    assert "夜礼斌" not in _people("24日至25日,昭通夜礼斌,市委副书记、市长刘建华率领党政考察团赴我州考察。")
