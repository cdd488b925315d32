"""The question's own phrase printed right against one of several names of the asked kind in a sentence
(beside.py): which of them the question is about, read relative to the others of the sentence."""

from __future__ import annotations

from qa.answer.beside import beside_apart, phrase_beside
from qa.answer.question import analyze
from qa.normalize import fold


def _beside(question: str, sentence: str, span: str) -> float:
    info = analyze(question)
    s = fold(sentence)
    start = s.index(fold(span))
    return phrase_beside(info.left, info.right, s, start, start + len(fold(span)), info.qtype != "when",
                         info.qtype not in ("when", "number"))


def test_the_phrase_after_a_copula_tells_the_name():
    q, s = "第一届中华民国总统是谁？", "4月在南京选举出蒋中正为第一届中华民国总统，李宗仁为第一届中华民国副总统。"
    # "第一届中华民国|副总统": the phrase stops short of the question word, so it is not the one asked
    assert _beside(q, s, "蒋中正") > _beside(q, s, "李宗仁") == 0


def test_the_asked_post_after_the_name():
    q, s = "黄埔军校第一连连长由哪一个人担任？", "次年元旦，黄埔军校成立炮兵营，蒋中正任命陈诚为第一连连长。"
    assert _beside(q, s, "陈诚") > _beside(q, s, "蒋中正") == 0


def test_a_two_character_link_and_its_clause_only():
    q = "战后全世界人口最密集的地区是哪里？"
    s = "战后香港人口由50万上升到220万，很多都进入该区，北角成为全世界人口最密集的地区。"
    assert _beside(q, s, "北角") > _beside(q, s, "香港") == 0
    # across a comma the phrase is another clause's: "总统，|李宗仁" is not beside 李宗仁
    assert _beside("第一届中华民国总统是谁？", "选出第一届中华民国总统，李宗仁到任。", "李宗仁") == 0


def test_the_words_by_the_question_word_not_its_subject():
    # "登录人口|增长到|多少": the figure after 增长 is asked, not the one after the subject 登录人口
    q = "2007年在日中国人的登录人口增长到多少？"
    s = "1989年，在日中国人的登录人口为137499人，到了2007年增长为606889人。"
    assert _beside(q, s, "606889人") > _beside(q, s, "137499人") == 0


def test_a_modifier_of_the_question_noun_is_not_beside_it():
    # "2014年|嘉定区…团拜会": the year names which meeting, the question's noun right after it with no link
    q = "嘉定区各界人士迎春团拜会是哪天举行的？"
    assert _beside(q, "1月26日，2014年嘉定区各界人士迎春团拜会举行。", "2014年") == 0
    # unless it is the noun the question word counts: "几个|皇帝" ↔ "93位|皇帝"
    q, s = "东罗马帝国共经历了几个皇帝？", "东罗马帝国共历经12个王朝及93位皇帝。"
    assert _beside(q, s, "93位") > _beside(q, s, "12个") == 0


def test_latin_letters_and_light_words_are_no_phrase():
    # "power" is shared by POWER5 and POWER6; "的是" carries no topic
    assert _beside("POWER6处理器速度是多少？", "是上一代POWER5处理器的2倍", "一代") == 0
    assert _beside("他的是哪一个？", "的是北京", "北京") == 0


def test_apart_compares_the_asked_kind_only():
    feats = [{"beside": 0.5}, {"beside": 0.25}, {"beside": 0.75}, {}]
    beside_apart(feats, ("person",), ("person", "person", "org", "person"))
    # the org has the longest phrase but is not what is asked; the best person keeps nothing, the others less
    assert feats == [{}, {"beside": -0.25}, {}, {"beside": -0.5}]
    lone = [{"beside": 0.5}]
    beside_apart(lone, ("place",), ("place",))
    assert lone == [{}]


def test_the_verb_right_after_a_time_tells_nothing():
    # "于何年|率举国之师" ↔ "于8月|率举国之师": any time of the clause stands right before its verb
    q, s = "苻坚于何年率举国之师南征东晋?", "383年，苻坚认为时机已到，于8月率举国之师南征东晋，兵分三路。"
    assert _beside(q, s, "8月") == 0


def test_the_verb_right_after_a_name():
    q, s = "盧安達於1916年時被哪一個國家殖民?", "盧安達於1916年時被比利時殖民，後來德國戰敗。"
    assert _beside(q, s, "比利時") > 0


def test_the_asked_noun_phrase_right_before_a_place_its_de_left_out():
    # "立陶宛大公国的首都" printed "立陶宛大公国首都" before its name; "首都" alone (another's capital) is no phrase
    q = "立陶宛大公国的首都位于何处?"
    s = "由于华沙位处于波兰王国首都克拉科夫及立陶宛大公国首都维尔纽斯之间,因此成为首都。"
    assert _beside(q, s, "维尔纽斯") > _beside(q, s, "克拉科夫") == 0
    # a time or a figure is not read so: "于|2013年开业", "降水量达到|近十年罕见的65.5毫米"
    q, s = "中国农业银行于哪一年获批设立纽约分行?", "2012年获批设立纽约分行,中国农业银行于2013年开业。"
    assert _beside(q, s, "2013年") == 0
    assert _beside("西宁市区降水量达到多少毫米?", "西宁市区降水量达到近十年罕见的65.5毫米。", "近十年") == 0


# A figure asked right after the question's phrase (three characters or more, or its 每-phrase) printed right
# before the figure in the sentence, with no copula between (beside.led): which of a clause's figures is asked.
def test_the_whole_growth_not_a_parts():
    q = "全县农林牧渔业总产值比上年增长多少？"
    s = "全县农林牧渔业总产值55.2亿元,比上年增长4.1%,其中牧业总产值20.1亿元,增长2.4%。"
    assert _beside(q, s, "4.1%") > _beside(q, s, "2.4%") == 0


def test_the_size_of_each_not_the_count():
    q = "那块建地上的联排康斗每套多大？"
    s = "该建地正在申请37套联排康斗,每套1850平方英尺。"
    assert _beside(q, s, "1850") > _beside(q, s, "37套") == 0


def test_not_for_a_name_nor_a_short_phrase():
    # a name asked keeps the apposition rule (its owner's noun phrase), and a verb of two characters tells nothing
    q = "去年产值增长多少？"
    s = "去年产值55.2亿元,增长4.1%。"
    assert _beside(q, s, "4.1%") == 0
