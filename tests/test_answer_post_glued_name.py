"""A name whose surname jieba glued to the post's last character and whose given name it read as a made-up noun
(post_glued_name.py via names._surname_glued_to_post): "纽约市|长白/ns|思豪/n" is the mayor 白思豪."""

from __future__ import annotations

import pytest
from candidates import people_of, pos_tags


@pytest.fixture(scope="module")
def people(engine):
    return people_of(engine)


def test_the_given_name_read_as_a_noun_after_the_glued_surname(people):
    text = "美国国家气象局和纽约市长白思豪(Bill de Blasio)当晚分别发布洪水导致全城紧急状态通知。"
    assert ("长白", "ns") in pos_tags(text) and ("思豪", "n") in pos_tags(text)  # jieba's cut
    assert people(text)["白思豪"][-1].endswith("市长")


def test_the_traditional_page_s_bureau_head(people):
    text = "台中市政府地政局長吳存金疑涉不實核銷特別費"
    assert "吴存金" in people(text)


def test_a_word_of_the_dictionary_is_no_given_name():
    # only a noun jieba made up (the dictionary does not hold it) is read as the given name
    from qa.answer.post_glued_name import made_up_given
    from qa.tokenize import main_word_freq
    assert made_up_given([(0, 2, "长白", "ns"), (2, 4, "思豪", "n")], 1, main_word_freq)
    assert not made_up_given([(0, 2, "长白", "ns"), (2, 4, "山区", "n")], 1, main_word_freq)
    assert not made_up_given([(0, 2, "长白", "ns"), (2, 4, "思考", "v")], 1, main_word_freq)
