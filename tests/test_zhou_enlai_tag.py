"""周恩来 is a person (jieba's main dictionary tags it a time word, t, as it does the words ending in 来 such as 将来):
the user dictionary tags it nr, so he is a candidate of a who-question ("刘少奇和谁联手" ↔ "刘少奇和周恩来联手")."""

from qa.answer.typed import extract
from qa.normalize import fold


def test_zhou_enlai_is_a_name(engine):
    assert ("周恩来", "nr") in engine.tokenizer.pos(fold("於是劉少奇和周恩來聯手,在毛澤東的同意下"))


def test_zhou_enlai_is_a_person_candidate(engine):
    folded = fold("隨即就是57年八屆三中全會反反冒進,周恩來做了自我檢討")
    people = [folded[sp.start:sp.end] for sp in extract(folded, engine.tokenizer.pos(folded)) if sp.type == "person"]
    assert "周恩来" in people
