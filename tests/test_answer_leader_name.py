"""A leader's name jieba does not know, read from the verb of leading after it (leader_name.py)."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons


def _people(text: str) -> list[str]:
    return [text[sp.start:sp.end] for sp in persons(text, pos_tags(text))]


def test_a_name_before_a_verb_of_leading_is_a_person():
    # CMRC TRIAL_796 (拔/v 都/d to jieba)
    assert "拔都" in _people("1242年至1245年间,拔都率部从欧洲撤退,在伏尔加河下游的萨莱定都,建立金帐汗国。")


def test_a_pronoun_or_a_dictionary_word_before_it_is_none():
    assert _people("随后,他们率部从欧洲撤退。") == []
    assert _people("次年,部队率军南下。") == []
