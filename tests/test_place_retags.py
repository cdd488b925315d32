"""jieba's main dictionary tags some 900 names of counties, cities, districts and provinces as a person's name
("花莲县", "吴忠市", "钟祥市" are nr there); the tokenizer's tagger reads them as places (tokenize._place_retags), so
a question naming one names a place the answer must be about (agreement.names_in, other_name)."""

from __future__ import annotations

from qa.answer.agreement import Surroundings, names_in
from qa.config import load_config
from qa.postag import PosTagger
from qa.tokenize import Tokenizer, main_word_tag


def test_a_county_jieba_tags_a_person_is_tagged_a_place():
    tok = Tokenizer(load_config())
    assert main_word_tag("花莲县") == "nr"  # what the rule is about: the main dictionary's tag
    assert ("花莲县", "ns") in tok.pos("花莲县长选举的投票率是多少")
    # the fast tagger reads the same table
    assert ("吴忠市", "ns") in PosTagger(tok.pos_tokenizer()).tag("吴忠市政协六届三次会议")


def test_names_of_people_ending_like_a_town_stay_names():
    tok = Tokenizer(load_config())
    assert ("朱祁镇", "nr") in tok.pos("明英宗朱祁镇")  # 镇, 州 end people's names too: not retagged


def test_the_question_names_the_county_as_a_place():
    tok = Tokenizer(load_config())
    around = Surroundings(tag=tok.pos, freq=tok.freq)
    assert ("place", "花莲县") in [(kind, name) for kind, name, _ in names_in("花莲县长选举的投票率是，", around)]
