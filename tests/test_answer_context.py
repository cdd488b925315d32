"""Which of several same-type spans a question is about: the context features of a typed span (features.py),
the grain a when-question asks for, a time or number not widened over a name, and the year of a date."""

from __future__ import annotations

import pytest
from candidates import sentence_of

from qa.answer.features import (
    QuestionSides,
    QuestionTerms,
    SentenceView,
    candidate_features,
    context_features,
    question_sides,
    question_terms,
)
from qa.answer.question import analyze
from qa.answer.shape import shape
from qa.answer.short import widen
from qa.config import load_config
from qa.engine import Engine
from qa.normalize import fold
from qa.types import Article, Candidate, Paragraph


def _at(s: str, span: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = s.index(span, i + 1)
    return i, i + len(span)


def _features(question: str, sentence: str, span: str, verbs=(), words=(), nth: int = 0):
    info = analyze(question)
    s = fold(sentence)
    start, end = _at(s, fold(span), nth)
    return context_features(s, start, end, question_sides(info, verbs), question_terms(info), words)


# ---------------------------------------------------------------- the question's sides

def test_question_sides_split_the_question_at_its_question_word():
    sides = question_sides(analyze("印第安纳溜马于何年加入美国篮球协会?"), ["加入", "成为"])
    assert "溜马" in sides.left and "加入" not in sides.left
    assert "加入" in sides.right and "篮球" in sides.right
    assert sides.verbs == ("加入",)  # 成为 is too light to tell clauses apart


@pytest.mark.parametrize(("question", "span", "miss"), [
    ("苻坚于何年率举国之师南征东晋?", "8月", True),       # a month for "何年"
    ("苻坚于何年率举国之师南征东晋?", "383年", False),
    ("德军在哪一年与法国签订停战协定?", "11月11日", True),
    ("南宋在哪一天迁都?", "1138年", True),                 # a year for "哪一天"
    ("南宋在哪一天迁都?", "3月5日", False),
    ("1552年时正值中国的哪个朝代?", "明朝", False),
])
def test_the_grain_a_when_question_asks_for(question, span, miss):
    import re

    grain = question_sides(analyze(question)).grain
    assert grain and bool(re.search(grain, fold(span))) is not miss


@pytest.mark.parametrize(("question", "span", "miss"), [
    ("塞蒙的总统任期多久?", "一个", True),         # "多久" wants a duration
    ("塞蒙的总统任期多久?", "四年", False),
    ("韩国的平原很少会超过多高的海拔？", "30", True),  # "多高" a length
    ("韩国的平原很少会超过多高的海拔？", "200米", False),
    ("飛往廣東省省會城市的航程有多長？", "兩小時", False),  # a bare 多长: a length or a duration
    ("这座桥有多长？", "1200米", False),
    ("这座桥有多长？", "三座", True),
])
def test_the_grain_a_how_much_question_asks_for(question, span, miss):
    import re

    grain = question_sides(analyze(question)).grain
    assert grain and bool(re.search(grain, fold(span))) is not miss


def test_a_when_question_without_a_grain_takes_any_time():
    assert question_sides(analyze("会议什么时候召开?")).grain == ""
    assert question_sides(analyze("会议在哪里召开?")).grain == ""
    assert question_sides(analyze("有多少人参加?")).grain == ""


# ---------------------------------------------------------------- context of a span

def test_the_question_words_right_after_the_span_pick_it_among_its_siblings():
    q = "印第安纳溜马于何年加入美国篮球协会?"
    s = "球队于1967年成立，加入美国篮球协会，于1970年、1972年及1973年合共三次获得ABA总冠军。"
    right = _features(q, s, "1967年")["ctx_right"]
    assert right > 0.2
    assert _features(q, s, "1970年")["ctx_right"] == 0.0


def test_the_question_words_right_before_the_span():
    q = "海关检获的走私食材市值约多少？"
    s = "海关前日检获5.5吨拟经水路走私往内地的食材，包括龙虾、海鲜、冻肉等，市值约400万，部分来自日本。"
    assert _features(q, s, "400万")["ctx_left"] > _features(q, s, "5.5吨")["ctx_left"]


def test_the_clause_that_holds_the_question_words():
    q = "六四天安门事件于何年发生?"
    s = "两岸关系在1980年代缓和之后，因1989年的六四天安门事件而大受冲击，1990年发生了907事件。"
    got, other = _features(q, s, "1989年", ["发生"]), _features(q, s, "1990年", ["发生"])
    assert got["clause_share"] > other["clause_share"]
    # the event word 发生 is in 1990年's clause: the verb features see it
    assert other["clause_verb"] == 1.0 and got["clause_verb"] == 0.0 and got["verb_away"] == 1.0


def test_context_stops_at_an_enumeration_mark():
    q = "水杉是在哪里拍的？"
    s = "长兴县水口乡水口村，千亩水杉与民居、河道、青山、公路相互映衬。"
    assert _features(q, s, "青山")["ctx_left"] == 0.0
    assert _features(q, s, "民居")["ctx_left"] > 0.0  # 水杉与|民居: no mark between


def test_a_span_that_cuts_a_word_is_a_fragment():
    s = "教宗出生于乌得勒支。"
    words = [(0, 2, "教宗", "n"), (2, 4, "出生", "v"), (4, 5, "于", "p"), (5, 9, "乌得勒支", "ns"), (9, 10, "。", "x")]
    q = "教宗在哪里出生?"
    assert _features(q, s, "乌", words=words)["fragment"] == 1.0
    assert _features(q, s, "乌得勒支", words=words)["fragment"] == 0.0


def test_no_question_words_no_context():
    f = context_features("他于1990年到此。", 3, 8, QuestionSides(), QuestionTerms(frozenset(), frozenset(), (), ""))
    assert f["ctx_left"] == 0.0 and f["ctx_right"] == 0.0 and "clause_share" not in f


# ---------------------------------------------------------------- widening and the year of a date

def test_a_time_is_not_widened_over_a_name_or_a_noun():
    pos = [("1989", "m"), ("年", "m"), ("昭和", "nz"), ("天皇", "nz"), ("去世", "t")]
    assert widen(pos, 0, 5, "裕仁何时去世", "time") == (0, 5)
    pos = [("共有", "v"), ("28", "m"), ("个", "m"), ("协商", "n"), ("代表", "n")]
    assert widen(pos, 2, 5, "有多少个代表", "number") == (2, 5)
    pos = [("目前", "t"), ("国民", "n"), ("银行", "n")]
    assert widen(pos, 0, 2, "何时成立", "time") == (0, 2)
    # a person or a place still takes its noun phrase
    assert widen([("阮爱馨", "nr"), ("女士", "n")], 0, 3, "校长是谁", "person") == (0, 5)


def test_a_person_is_widened_over_a_title_or_the_rest_of_a_name_only():
    assert widen([("阮爱馨", "nr"), ("女士", "n")], 0, 3, "校长是谁", "person") == (0, 5)
    assert widen([("韦尔夫", "nr"), ("公爵", "n")], 0, 3, "谁继位", "person") == (0, 5)
    assert widen([("袁丽", "nr"), ("嫦", "n"), ("说", "v")], 0, 2, "谁说的", "person") == (0, 3)
    assert widen([("蒋中正", "nr"), ("出面", "n"), ("调停", "v")], 0, 3, "谁调停", "person") == (0, 3)
    assert widen([("孔恩", "nr"), ("著作", "n")], 0, 2, "谁提出", "person") == (0, 2)
    # "曾俊|华联|同": the word holds the name's end; shape's trim_person cuts the verb off after
    assert widen([("曾俊", "nr"), ("华联", "n"), ("同", "p")], 0, 2, "司长是谁", "person") == (0, 4)


def test_a_time_is_widened_over_a_place_and_the_nouns_after_it():
    pos = [("2010", "m"), ("年", "m"), ("法国", "ns"), ("网球", "n"), ("公开赛", "n"), ("后", "f")]
    assert widen(pos, 0, 5, "她何时跻身前十", "time") == (0, 12)


def _candidate(text: str, span: str) -> Candidate:
    s = sentence_of(text)
    start, end = _at(text, span)
    return Candidate(text=span, sentence=s, start=start, end=end, type="time", score=1.0, rule="type:time")


def test_a_question_asking_the_year_gets_the_year_of_a_date():
    best = _candidate("于2008年6月7日至29日在奥地利及瑞士举行", "2008年6月7日")
    got = shape(best, analyze("第十三届欧洲国家杯在哪一年举行?"), lambda text: [])
    assert got.text == "2008年" and got.rule.endswith("+year")
    # "什么时候" takes the whole date
    got = shape(best, analyze("第十三届欧洲国家杯什么时候举行?"), lambda text: [])
    assert got.text == "2008年6月7日"


def test_a_year_of_the_republic_is_the_year_of_its_date_whole():
    # "民国39年5月25日": 哪一年 takes 民国39年, not the date nor a bare "39年"
    best = _candidate("万山群岛海战于民国39年5月25日爆发", "民国39年5月25日")
    got = shape(best, analyze("万山群岛海战发生在民国哪一年时?"), lambda text: [])
    assert got.text == "民国39年" and got.rule.endswith("+year")


# ---------------------------------------------------------------- end to end

@pytest.fixture(scope="module")
def history():
    # DRCD's case: the team is named by the headline, the sentence says only 球队; other articles give BM25 its IDF
    texts = [("印第安纳溜马", "球队于1967年成立，加入美国篮球协会，于1970年、1972年及1973年合共三次获得ABA总冠军。"),
             ("", "383年，苻坚认为时机已到，于8月率举国之师南征东晋，兵分三路。"),
             ("", "杭州今天下雨，气温十八度。"), ("", "市政府召开常务会议，研究部署防汛工作。"),
             ("", "该书共分十二章，介绍了茶叶的历史。"), ("", "图书馆周末照常开放。"), ("", "公园里的樱花开了。"),
             ("", "新车站预计明年投入使用。")]
    articles = [Article(id=f"h#{i}", file="h.json", headline=h, paragraphs=(Paragraph(0, "body", t),))
                for i, (h, t) in enumerate(texts)]
    return Engine.from_articles(load_config(), articles)


@pytest.mark.parametrize(("question", "answer"), [
    ("印第安纳溜马于何年加入美国篮球协会?", "1967年"),   # not 1970年, the first of the titles' years
    ("苻坚于何年率举国之师南征东晋?", "383年"),            # not 8月, right against the question's words
])
def test_the_composer_takes_the_span_the_question_is_about(history, question, answer):
    explained = history._state.composer.explain(question, history.retrieve(question))
    assert explained.candidates and explained.candidates[0].text == answer


def _span_features(question: str, sentence: str, span: str) -> dict[str, float]:
    """The candidate features of `span` in `sentence` for `question` (no slot, no anchors: a sentence alone)."""
    info = analyze(question)
    s = fold(sentence)
    start, end = _at(s, span)
    view = SentenceView(folded=s, words=(), starts={}, ends={}, slot=None, strength=0.0, anchors=(), rank=0,
                        gap=0.0, relative=1.0, probability=1.0, coverage=1.0)
    return candidate_features(info, QuestionTerms(frozenset(), frozenset(), (), ""), view, start, end, {},
                              question_sides(info))


def test_a_place_after_its_preposition():
    def after_prep(question: str, sentence: str, span: str) -> float:
        return _span_features(question, sentence, span)["after_prep"]

    q = "教宗亚历山大六世在哪里出生?"
    s = "教宗亚历山大六世出身于波吉亚家族，诞生于西班牙瓦伦西亚。"
    assert after_prep(q, s, "西班牙瓦伦西亚") == 1.0
    assert after_prep(q, "他在杭州出生。", "杭州") == 1.0
    # 于 here is "for", not "at": no verb before it
    assert after_prep("姜川村位于哪个县？", "这个新村，于我、于全村群众来说，是一个新的开始。", "全村群众") == 0.0


def test_the_measured_noun_s_units_rank_the_figures():
    def unit(question: str, sentence: str, span: str) -> float:
        return _span_features(question, sentence, span).get("unit", 0.0)

    # 总产 is measured in 吨 (lexicon.MEASURED): the weight, not the area, is the figure asked
    q = "沁阳市今年小麦总产是多少？"
    assert unit(q, "小麦种植面积37.6万亩,总产20.93万吨", "20.93万吨") == 1.0
    assert unit(q, "小麦种植面积37.6万亩,总产20.93万吨", "37.6万亩") == -1.0
    assert unit(q, "总产20.93", "20.93") == 0.0  # a bare figure says nothing
    assert unit("沁阳市有多少亩小麦？", "小麦种植面积37.6万亩", "37.6万亩") == 1.0  # the unit asked, as before
    # 造价 is a sum of money: a length is no answer to it ("钢架结构物造价多少" ↔ "高度数十米的…结构物")
    q = "中方设置的钢架结构物造价多少？"
    assert unit(q, "设置直径和高度数十米的可移动钢架结构物", "数十米") == -1.0
    assert unit(q, "该结构物造价约300万美元", "300万美元") == 1.0
    # a ship's tonnage class is counted in 吨; the pound as overseas papers misspell it is money
    assert unit("海洋调查船有多少吨？", "海洋调查船“ONNURI”号(1422吨级)前往", "1422吨级") == 1.0
    assert unit("花了多少钱购入设备？", "花了4,000英磅的鉅额购入设备", "4,000英磅") == 1.0
