"""最佳 is an adjective of the award it opens: the user dictionary tags it a (jieba's z) and keeps jieba's
"获最佳" from swallowing it, so a noun run holds the whole award ("获最佳进步奖" → 最佳进步奖)."""

from qa.normalize import fold


def test_best_is_an_adjective_apart_from_the_verb(engine):
    tags = engine.tokenizer.pos(fold("縣市總體暨永續競爭力調查獲最佳進步獎。"))
    assert ("获", "v") in tags
    assert ("最佳", "a") in tags
