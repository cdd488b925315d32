"""pages23: composer rules from the mainland pages of tests/suites/pages23.qa.yaml."""

from __future__ import annotations

from qa.answer.precedence import listed_label
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_FANS = "截至目前,会宁电视台直播间粉丝达到30多万,会宁电视台微信公众号粉丝9.2万、会宁发布粉丝6.74万"


def _figure(sentence: str, answer: str) -> Candidate:
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=sentence, start=0, end=len(sentence))
    start = sentence.index(answer)
    return Candidate(text=answer, sentence=s, start=start, end=start + len(answer), type="number", score=1.0,
                     rule="type:number")


def test_a_figure_after_the_label_asked_in_a_list_of_labelled_figures() -> None:
    first = _figure(_FANS, "30多万")
    assert listed_label(_figure(_FANS, "9.2万"), analyze("会宁电视台微信公众号的粉丝有多少？"), first)
    assert listed_label(_figure(_FANS, "6.74万"), analyze("会宁发布的粉丝有多少？"), first)
    assert not listed_label(_figure(_FANS, "9.2万"), analyze("会宁发布的粉丝有多少？"), first)  # another label


def test_a_label_the_question_holds_but_not_before_its_question_word() -> None:
    f = "州公路总长4500公里,平均1000平方公里有14.2公里,居俄联邦的63位"
    info = analyze("托木斯克州的公路总长位居俄联邦的第几位？")
    assert not listed_label(_figure(f, "4500公里"), info, _figure(f, "63位"))


def test_a_kin_asked_is_not_answered_by_the_persons_own_figure() -> None:
    from qa.answer.policy import _kin_asked
    own = _figure("肖丽今年35岁,原先在金坛城里一家生产高档服装的厂里上班", "35岁")
    assert _kin_asked(analyze("肖丽的丈夫今年多少岁？"), own) == "decline:subject"
    assert _kin_asked(analyze("肖丽今年多少岁？"), own) == ""  # her own age asked
    told = _figure("1281年3月20日,忽必烈爱妻察必皇后去世", "忽必烈")  # the tie said from the other side
    assert _kin_asked(analyze("察必皇后的丈夫是谁？"), told) == ""


def test_a_name_glued_to_the_conjunction_after_it_is_searchable_alone() -> None:
    from qa.config import load_config
    from qa.tokenize import Tokenizer
    t = Tokenizer(load_config())
    words = t.tokens("统战部部长金汉伟及县委办", search=True)
    assert "金汉伟及" in words and "金汉伟" in words
    assert "以" not in t.tokens("研究以及", search=True)  # 以及 is a word: nothing glued
    assert t.tokens("金汉伟及县委办") == [w for w in t.cut("金汉伟及县委办") if w.strip()]  # plain mode as jieba cuts


def test_the_names_opening_a_clause_before_the_deed_asked() -> None:
    from qa.answer.precedence import names_doing
    f = "张安顺、赵晓君参加会见。"
    right = "参加了巴音朝鲁对郑建邦一行的会见"
    assert [f[sp.start:sp.end] for sp in names_doing(f, right)] == ["张安顺、赵晓君"]
    assert names_doing("张安顺、赵晓君参加宴会。", right) == []  # another deed
    assert names_doing("会上,省领导张安顺讲话,赵晓君参加会见。", right) != []  # a clause's start, not a sentence's
    assert names_doing("吉林省委书记巴音朝鲁参加会见", right) == []  # a post before the name: not at the clause start


def test_a_name_glued_to_zuo_of_a_report_is_searchable_alone() -> None:
    # 印尼商报: "筹委会主席熊春明作工作报告" — jieba's HMM cuts 熊春明作; the question asks 熊春明
    from qa.config import load_config
    from qa.tokenize import Tokenizer
    t = Tokenizer(load_config())
    words = t.tokens("筹委会主席熊春明作工作报告", search=True)
    assert "熊春明作" in words and "熊春明" in words
    assert "熊春明" in t.tokens("熊春明作为代表", search=True)  # 作为 a word: nothing glued to drop
    assert "工" not in t.tokens("开展工作", search=True)  # 工作 a word
