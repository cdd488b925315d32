"""A sentence opening by referring back (这次选举…, 该会…) reads the sentence before it as its own for the question's
words (refers_back.py, features.sentence_features' `back`), so it outranks the sentence that only restates the
question; and the two are one statement, not rivals, to the evidence model (standout.py)."""

from __future__ import annotations

from types import SimpleNamespace

from candidates import sentences_in

from qa.answer.features import Ranked, question_terms, score, sentence_features
from qa.answer.question import analyze
from qa.answer.refers_back import referred, refers_back
from qa.answer.standout import standout
from qa.answer.weights import load_weights
from qa.types import Hit

# CMRC 2018 trial, TRIAL_893: the first sentence restates the question, the second answers it
_TEXTS = ("第7届日本参议院议员通常选举于昭和40年(1965年)7月4日举行,改选出125名参议员。",
          "这次选举是佐藤荣作首相上任以来面临的第一次政治选举,尽管参议院选举不具有真正影响政局的意义,"
          "但是却被视为是对佐藤内阁几个月来表现的一次重要考核。")
_QUESTION = "第7届日本参议院议员通常选举的重要性是什么？"


def _corpus(sentences):
    return SimpleNamespace(sentences_of=lambda article: [s for s in sentences if s.article_id == article])


def _score(text: str, before: str = "", back: str = "") -> float:
    info = analyze(_QUESTION)
    feats, _ = sentence_features(info, question_terms(info), text, "", before, 1.0, 1.0, "body", 0, back=back)
    return score(feats, load_weights("config/weights.yaml").rerank)


def test_the_pointer_opens_the_sentence():
    assert refers_back("这次选举是佐藤荣作首相上任以来面临的第一次政治选举")
    assert refers_back("该会成为抗日民族统一战线的具体组织形式。")
    assert refers_back("本赛事由世界羽毛球联会(bwf)认可")
    assert refers_back("无论如何,这些都市只具有非常小的规模")
    # no pointer, or a time pointed at: not what the sentence is about
    for text in ("此外,还有三个项目。", "其他地区也有分布。", "本报讯 记者王浩报道", "在这之后,周恩来落下残疾。",
                 "此时他已离开。", "这一年,他三十岁。", "因此得名角瓜。"):
        assert not refers_back(text), text


def _bigrams(question: str) -> frozenset[str]:
    return question_terms(analyze(question)).bigrams


def test_the_referring_sentence_reads_the_one_before_in_its_paragraph():
    same = sentences_in(_TEXTS, (0, 0))
    asked = _bigrams(_QUESTION)
    assert referred(_corpus(same), same[1], asked) == same[0].folded  # it adds 重要 to what the one before says
    assert referred(_corpus(same), same[0], asked) == ""  # it opens the paragraph
    apart = sentences_in(_TEXTS, (0, 1))
    assert referred(_corpus(apart), apart[1], asked) == ""  # it opens its own paragraph


def test_not_when_it_adds_only_its_pointers_words():
    # tests/data/pages/dryenyoon_20200917.txt: the department asked is the sentence before's; the pointer's phrase
    # (这名确诊者最后一场采访工作) only names the reporter again, with the question's 工作
    texts = ("(吉打·亚罗士打17日讯)吉打州新闻局一名摄影记者今日证实确诊冠病,密切接触者受促进行冠病检测。",
             "这名确诊者最后一场采访工作,是于本月14日(星期一),在达鲁阿曼州政府大厦进行的吉打州伊斯兰移交援助金予"
             "哥打士打天灾行动中心。")
    same = sentences_in(texts, (0, 0))
    assert referred(_corpus(same), same[1], _bigrams("确诊冠病的吉打摄影记者在哪个部门工作？")) == ""


def test_the_sentence_that_answers_outranks_the_one_restating_the_question():
    restating = _score(_TEXTS[0])
    assert _score(_TEXTS[1], before=_TEXTS[0]) < restating  # without the sentence before read as its own
    assert _score(_TEXTS[1], before=_TEXTS[0], back=_TEXTS[0]) > restating


def test_a_sentence_and_the_one_referring_back_to_it_are_not_rivals():
    first, then = sentences_in(_TEXTS, (0, 0))
    ranked = [Ranked(Hit(then, 5.0), 7.0, 1.0, {"refers_back": 1.0}), Ranked(Hit(first, 9.0), 6.8, 0.8, {})]
    alone = standout(ranked, then.id)
    assert alone["ev_standout"] == 1.0 and "ev_alike" not in alone  # as if nothing else were retrieved
    ranked[0] = Ranked(Hit(then, 5.0), 7.0, 1.0, {})  # not referring back: the two are alike
    assert standout(ranked, then.id)["ev_alike"] > 0.0
    # tests/data/pages/zgysb_20120907.txt: 非遗 is the pointer's own word (本届非遗博览会), said again in the theme
    texts = ("9月6日,由文化部和山东省人民政府主办的第二届中国非物质文化遗产博览会在枣庄市台儿庄古城开幕。",
             "本届非遗博览会以“促进非遗保护、共建精神家园”为主题,突出生产性保护特色。")
    same = sentences_in(texts, (0, 0))
    assert referred(_corpus(same), same[1], _bigrams("第二届中国非遗博览会由哪两家单位主办？")) == ""
