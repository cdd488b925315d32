"""The author of a work asked by its title is the name printed right before the title (work_author.py): DRCD's
4869 ("…一篇对于笛卡尔《形上学的沉思》一书的批评", folded) and 6513 ("阿拉伯学者海什木的著作《光学》")."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.question import analyze
from qa.answer.work_author import author_first, authors_before
from qa.types import Candidate, Sentence

_CRITIQUE = "在巴黎他重新加入了马兰·梅森的辩论团体,同时期他也写下了一篇对于笛卡尔《形上学的沉思》一书的批评。"
_OPTICS = "虽然心理学实验可以追溯到阿拉伯学者海什木的著作《光学》不过,心理学作为一门独立的学科是开始于1874年。"


def _names(text: str, question: str) -> list[str]:
    return [text[sp.start:sp.end] for sp in authors_before(text, pos_tags(text), analyze(question))]


def test_the_name_before_the_title_asked_is_offered():
    assert _names(_CRITIQUE, "《形上学的沉思》的作者是谁?") == ["笛卡尔"]
    assert _names(_OPTICS, "《光学》的作者是谁?") == ["海什木"]  # a place to jieba, after 学者


def test_no_author_asked_or_another_title_offers_none():
    assert _names(_CRITIQUE, "谁写下了一篇批评?") == []  # no title asked
    assert _names(_CRITIQUE, "《方法论》的作者是谁?") == []  # another work
    assert _names("这本书在巴黎《世界报》上连载。", "《世界报》的作者是谁?") == []  # a place before it, no 学者


def _c(name: str, score: float, text: str) -> Candidate:
    s = Sentence(f"a#0:0:{len(text)}", "a#0", 0, "body", text, 0, len(text))
    at = text.index(name)
    return Candidate(name, s, at, at + len(name), "person", score, "type:person")


def test_the_author_goes_first():
    kept = [_c("马兰·梅森", 8.5, _CRITIQUE), _c("笛卡尔", 8.0, _CRITIQUE)]
    assert author_first(kept, analyze("《形上学的沉思》的作者是谁?"))[0].text == "笛卡尔"
    assert author_first(kept, analyze("谁的辩论团体?")) == kept  # no work asked


# DRCD 6159-2-2 (folded)
_POEM = "岳飞的文学才华也是将帅中少有的,他的不朽词作《满江红·写怀》,是千古传诵的名篇,著有《岳忠武王文集》。"


def test_the_work_of_his_is_the_name_opening_the_sentence():
    assert _names(_POEM, "《满江红·写怀》的作者是谁?") == ["岳飞"]
    kept = [_c("岳忠武王", 8.7, _POEM), _c("岳飞", 8.0, _POEM)]
    assert author_first(kept, analyze("《满江红·写怀》的作者是谁?"))[0].text == "岳飞"
    assert _names(_POEM, "《岳忠武王文集》的作者是谁?") == []  # 著有, no 他的 before that title
