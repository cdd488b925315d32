"""A maker asked by a trade noun and a naming verb ("哪位学者被称为无线电之父") is not declined for a deed the sentence
does not tell: the name given says who (agreement._maker_unnamed)."""

from __future__ import annotations

from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings, role_unnamed
from qa.answer.question import analyze
from qa.normalize import fold


def _rule(question: str, sentence: str, answer: str) -> str:
    c = candidate_in(sentence, answer, "person")
    return role_unnamed(analyze(fold(question)), c, Surroundings(near="", article=sentence, tag=pos_tags))


def test_a_name_given_is_not_a_deed_untold() -> None:
    assert _rule("哪位学者被称为无线电之父?", "5年后,无线电之父李·德富雷斯特研究出真空三极体。", "李·德富雷斯特") == ""


def test_a_deed_untold_still_declines() -> None:
    assert _rule("哪位雕塑家创作了这座铜像?", "揭幕仪式由市长王刚主持。", "王刚") == "decline:post"
