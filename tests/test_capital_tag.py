"""首都 is a noun (jieba's main dictionary tags it an adverb, d): the user dictionary tags it n, so a noun run
holds the whole "观光首都" a slot asks for ("把南投打造成什么" ↔ "将南投打造成观光首都")."""

from qa.normalize import fold


def test_the_capital_is_a_noun(engine):
    assert ("首都", "n") in engine.tokenizer.pos(fold("将南投打造成观光首都,提升生活品质。"))
