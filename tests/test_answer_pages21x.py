"""Rules from the pages21 suite's failures (pages21x)."""

from __future__ import annotations

import pytest

from qa.answer.compose import _between_head_and_verb, _word_end
from qa.answer.policy import inconsistent
from qa.answer.precedence import clause_labelled
from qa.answer.question import analyze
from qa.answer.shape import _titled_work
from qa.config import load_config
from qa.tokenize import Tokenizer
from qa.types import Candidate, Sentence


def _pos(text: str) -> list[tuple[str, str]]:
    return Tokenizer(load_config()).pos(text)


def test_slot_end_takes_the_rest_of_a_noun_cut_by_the_anchor() -> None:
    f = "《郑州日报》是中国共产党郑州市委的机关报"
    start, end = f.index("中国"), f.index("委的")  # the anchor 委的机关报 (of 党委的机关报) cut 市|委
    assert f[start:_word_end(_pos(f), start, end)] == "中国共产党郑州市委"


def test_slot_end_stays_before_a_cut_verb_or_a_word_boundary() -> None:
    f = "网易以邮箱业务作为用户入口"
    start, end = f.index("网易"), f.index("为用户")  # 作|为: a verb is no part of the answer
    assert _word_end(_pos(f), start, end) == end
    f = "已被较便宜的铁取代"
    start, end = f.index("较"), f.index("取代")  # the anchor starts a word: nothing moves
    assert _word_end(_pos(f), start, end) == end


def _org(sentence: str, answer: str) -> Candidate:
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=sentence, start=0, end=len(sentence))
    start = sentence.index(answer)
    return Candidate(text=answer, sentence=s, start=start, end=start + len(answer), type="org", score=1.0,
                     rule="type:org")


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("陈多多被哪所大学的中文系录取？", "1983年被提前批的福师大中文系录取", "福师大中文系", ""),  # a short name
    ("他考上了哪所大学？", "他考上了北大", "北大", ""),
    ("他考上了哪所大学？", "他考上了市第一中学", "市第一中学", "decline:type"),  # no university
])
def test_a_university_by_its_short_name_answers_which_university(question, sentence, answer, rule):
    assert inconsistent(analyze(question), _org(sentence, answer)) == rule


def _slot(sentence: str, answer: str) -> Candidate:
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=sentence, start=0, end=len(sentence))
    start = sentence.index(answer)
    return Candidate(text=answer, sentence=s, start=start, end=start + len(answer), type="slot", score=1.0,
                     rule="slot")


@pytest.mark.parametrize(("question", "sentence", "answer", "shaped"), [
    ("创刊号的头版头题是哪篇文章？", "头版头题是毛泽东同志的署名文章《论人民民主专政》,并配发了肖像", "署名文章",
     "署名文章《论人民民主专政》"),
    ("她是哪个节目的编导？", "她在制作香港电台铿锵集节目《7.21谁主真相》中", "铿锵集节目",
     "铿锵集节目《7.21谁主真相》"),
    ("他写了哪篇文章？", "他写了一篇署名文章,题为《春》", "署名文章", "署名文章"),  # the title not right after it
    ("他读了哪本书？", "他读了署名文章《春》", "署名文章", "署名文章"),  # another noun asked
])
def test_a_work_asked_by_its_noun_takes_its_title(question, sentence, answer, shaped):
    assert _titled_work(_slot(sentence, answer), analyze(question)).text == shaped


def _figure(sentence: str, answer: str, paragraph: int = 0) -> Candidate:
    s = Sentence(id=f"a:{paragraph}:0", article_id="a", paragraph=paragraph, kind="body", text=sentence, start=0,
                 end=len(sentence))
    start = sentence.index(answer)
    return Candidate(text=answer, sentence=s, start=start, end=start + len(answer), type="number", score=1.0,
                     rule="type:number")


def test_a_figure_after_the_whole_label_asked_is_that_labels() -> None:
    info = analyze("2025年上半年潍坊市出口多少亿元？")
    total = _figure("潍坊市进出口总值1895.4亿元,较去年同期增长10.3%", "1895.4亿元")
    export = _figure("其中,出口1287.5亿元,增长10.3%;进口607.9亿元", "1287.5亿元")
    assert clause_labelled(export, info, total)
    assert not clause_labelled(total, info, total)  # 出口 only inside 进出口总值
    assert not clause_labelled(_figure("其中,进口607.9亿元", "607.9亿元"), info, total)
    assert not clause_labelled(_figure("其中,出口1287.5亿元", "1287.5亿元", paragraph=3), info, total)


def test_the_names_between_the_noun_asked_and_its_verb() -> None:
    f = "县领导李孝、常皓陪同。"
    assert [f[sp.start:sp.end] for sp in _between_head_and_verb(f, "县领导陪同")] == ["李孝、常皓"]
    assert _between_head_and_verb("县领导李孝、常皓出席。", "县领导陪同") == []  # another verb
    assert _between_head_and_verb("县领导说,常皓陪同。", "县领导陪同") == []  # not in one clause
