"""Consistency before confidence (issue 12, item 5): an answer about another place, person, day or year than the
question's is declined; the same answer to the question it does fit is kept."""

from __future__ import annotations

import jieba
import jieba.posseg
import pytest
from candidates import candidate_in, sentence_of

from qa.answer.agreement import Surroundings
from qa.answer.people import find_holder, find_person, holds, titled
from qa.answer.policy import inconsistent
from qa.answer.question import analyze
from qa.types import Candidate


def _tag(text: str) -> list[tuple[str, str]]:
    return [(p.word, p.flag) for p in jieba.posseg.lcut(text)]


def _freq(word: str) -> int:
    return int(jieba.get_FREQ(word) or 0)


def _candidate(sentence: str, answer: str, kind: str = "number") -> Candidate:
    return candidate_in(sentence, answer, kind)


def _why(question: str, sentence: str, answer: str, article: str = "", near: str = "", kind: str = "number") -> str:
    around = Surroundings(near=near, article=(article or sentence), tag=_tag, freq=_freq)
    return inconsistent(analyze(question), _candidate(sentence, answer, kind), around)


# ---------------------------------------------------------------- places and people

@pytest.mark.parametrize(("question", "sentence", "answer", "article"), [
    # the article never names the question's place, and the sentence names another
    ("台湾的外汇储备全世界排名多少？", "2001年8月15日，韩国的外汇储备恢复到978亿美元，外汇储备量世界第五。",
     "第五", ""),
    ("德国高铁设定时速为每小时多少公里？", "韩国高铁设定时速为每小时350公里。", "350公里", ""),
    # a county the answer's article never names, though the sentence names no other place
    ("成县新建改扩建各类学校多少所？", "近年来新建改扩建各类学校369所。", "369所", "西和县始终坚持教育优先发展战略。"),
    # a district asked, another district's figure given (the article names the asked one elsewhere)
    ("海淀区的二手房均价是多少？", "朝阳区的二手房均价为每平方米6.2万元。", "每平方米6.2万元",
     "海淀区的新房成交量上涨。朝阳区的二手房均价为每平方米6.2万元。"),
    # a country the article never names
    ("台湾的外汇储备全世界排名多少？", "外汇储备量世界第五。", "第五", ""),
    # a particular place (a rare word jieba tags ns) the article never names
    ("警方在铜锣湾拘捕了多少人？", "警方昨晚拘捕2人及带走10人调查。", "2人", ""),
    # provinces are places however common the word: one the article never names, one it names elsewhere
    ("广东今年一季度GDP是多少？", "浙江、四川、湖北、湖南、上海5个省份今年一季度GDP超过1万亿元。", "1万亿元", ""),
    ("宁夏今年一季度GDP总量是多少亿元？", "浙江、四川、湖北、湖南、上海5个省份今年一季度GDP超过1万亿元。", "1万亿元",
     "北京、天津、山西、宁夏等17个省份公布了经济数据。浙江、四川、湖北、湖南、上海5个省份今年一季度GDP超过1万亿元。"),
])
def test_an_answer_about_another_place_is_declined(question, sentence, answer, article):
    assert _why(question, sentence, answer, article) == "decline:place"


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("半程马拉松女子组冠军是谁？", "半程马拉松男子组冠军由李波获得。", "李波", "decline:subject"),
    ("一季度进口额是多少？", "一季度出口额为300亿元。", "300亿元", "decline:subject"),
    # both named: no disagreement
    ("半程马拉松女子组冠军是谁？", "半程马拉松男子组冠军李波，女子组冠军王芳。", "王芳", ""),
    ("半程马拉松男子组冠军是谁？", "半程马拉松男子组冠军由李波获得。", "李波", ""),
])
def test_an_answer_about_the_other_of_a_pair_is_declined(question, sentence, answer, rule):
    assert _why(question, sentence, answer, kind="person") == rule


@pytest.mark.parametrize(("question", "answer", "rule"), [
    ("北大荒农业2011年末总资产是多少？", "133亿元", "decline:measure"),  # the sentence gives revenue, not assets
    ("北大荒农业2011年的营业收入是多少？", "133亿元", ""),
    ("北大荒农业2011年的营业利润有多少？", "3.80亿元", ""),
])
def test_a_figure_of_another_measure_is_declined(question, answer, rule):
    s = "2011年公司实现营业收入133亿元，比上年增长44.25%、营业利润3.80亿元"
    # the report names the company in its headline (an article that never names 北大荒 is about another one)
    assert _why(question, s, answer, article="北大荒农业发布2011年年报 " + s) == rule


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("十运会女排冠军是哪支队伍？", "上海男排今晚以3比2力克江苏队，勇夺十运会冠军。", "上海男排", "decline:subject"),
    ("营业利润比上年下降了多少？", "营业利润3.80亿元，比上年增长25.82%", "25.82%", "decline:subject"),
])
def test_more_pairs(question, sentence, answer, rule):
    assert _why(question, sentence, answer) == rule


def test_an_answer_about_another_person_is_declined():
    why = _why("刘捷哪一年出任省长？", "王浩于2021年出任省长。", "2021年")
    assert why == "decline:subject"
    # the article never names the person asked about, even where the sentence names no one else
    assert _why("刘捷哪一年出任省长？", "2021年，他出任省长。", "2021年") == "decline:subject"


@pytest.mark.parametrize(("question", "sentence", "answer", "article", "near"), [
    # the place is the sentence's own
    ("海淀区的二手房均价是多少？", "海淀区的二手房均价为每平方米9.8万元。", "每平方米9.8万元", "", ""),
    # a short form of it ("海淀" for 海淀区), or named in the text just before ("这里")
    ("海淀区的二手房均价是多少？", "海淀二手房均价为每平方米9.8万元。", "每平方米9.8万元", "", ""),
    ("海淀区的二手房均价是多少？", "这里的二手房均价为每平方米9.8万元。", "每平方米9.8万元",
     "海淀区位于北京西北部。这里的二手房均价为每平方米9.8万元。", "海淀区位于北京西北部。"),
    # the question's place contains the answer: "欧洲的哪个国家" answered with 德国 is not another place
    ("日本、印度及巴西和欧洲的哪个国家组成四国联盟？", "日本、德国、印度及巴西组成四国联盟。", "德国", "", ""),
    ("宁夏今年一季度GDP同比增速是多少？", "吉林(8.2%)、宁夏(7.5%)、海南(6.8%)增速高于全国。", "7.5%", "", ""),
    ("警方在铜锣湾拘捕了多少人？", "警方昨晚拘捕2人。", "2人", "铜锣湾昨晚发生冲突。警方昨晚拘捕2人。", ""),
    # the article is about the person; the sentence says "他"
    ("刘捷哪一年出任省长？", "2021年，他接替王浩出任省长。", "2021年", "刘捷是浙江人。2021年，他接替王浩出任省长。",
     ""),
])
def test_an_answer_about_the_asked_place_or_person_is_kept(question, sentence, answer, article, near):
    assert _why(question, sentence, answer, article, near) == ""


def test_without_a_tagger_names_are_not_compared():
    q, s = "台湾的外汇储备全世界排名多少？", "韩国的外汇储备恢复到978亿美元，外汇储备量世界第五。"
    assert inconsistent(analyze(q), _candidate(s, "第五"), Surroundings(article=s)) == ""
    assert inconsistent(analyze(q), _candidate(s, "第五")) == ""


# ---------------------------------------------------------------- days and years

@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("沈阳“九·一八”历史博物馆是哪一年建成的？", "9月18日上午，撞钟鸣警仪式在沈阳“九·一八”历史博物馆举行。",
     "9月18日上午", "decline:year"),
    ("综治中心是哪一年成立的？", "不久前，李女士来到安吉县综治中心反映问题。", "不久前", "decline:year"),
    ("3月5日的会议由谁主持？", "3月7日的会议由省长刘捷主持。", "刘捷", "decline:date"),
    ("2023年11月26日，上海申花队以什么比分战胜山东泰山队？", "2023年11月25日下午，上海申花队以1:0战胜山东泰山队。",
     "1:0", "decline:date"),
    ("吉林去年一季度GDP同比增速是多少？", "今年一季度，吉林GDP同比增长8.2%。", "8.2%", "decline:year"),
])
def test_an_answer_of_another_day_or_no_year_is_declined(question, sentence, answer, rule):
    assert _why(question, sentence, answer) == rule


@pytest.mark.parametrize(("question", "sentence", "answer", "near"), [
    ("青藏铁路是哪一年全线通车的？", "2006年，青藏铁路全线通车。", "2006年", ""),
    ("汉武帝于何年派兵攻打哀牢？", "西汉时，汉武帝派兵攻打哀牢。", "西汉", ""),
    ("3月5日的会议由谁主持？", "3月5日的会议由省长刘捷主持。", "刘捷", ""),
    ("3月5日的会议由谁主持？", "5日的会议由省长刘捷主持。", "刘捷", ""),  # the month left out
    ("3月5日的会议由谁主持？", "会议由省长刘捷主持。", "刘捷", ""),  # no other day named
    ("3月5日的会议由谁主持？", "会议由省长刘捷主持，7日闭幕。", "刘捷", "新华社杭州3月5日电 "),  # the day told before
    ("吉林去年一季度GDP同比增速是多少？", "上年一季度，吉林GDP同比增长5.1%。", "5.1%", ""),  # 上年 is 去年
    ("吉林去年一季度GDP同比增速是多少？", "吉林GDP同比增长5.1%。", "5.1%", ""),  # no year named
    # 哪一号 asks which number, not a day (千岛日报)
    ("政府颁布的是哪一号卫生部条例？", "政府颁布了2021年3月1日生效的第10号卫生部条例。", "第10号", ""),
])
def test_an_answer_of_the_asked_day_or_year_is_kept(question, sentence, answer, near):
    assert _why(question, sentence, answer, near=near) == ""


# ---------------------------------------------------------------- people and posts

def test_a_post_behind_other_words_is_still_a_near_miss():
    # the chain before 唐登杰 reads "习近平在山西省委书记": it holds 山西省委书记, a near miss for 山西省委副书记
    assert holds("习近平在山西省委书记", "山西省委副书记") is False
    assert holds("习近平在山西省委书记", "山西省委书记") is True
    assert holds("首先接受我们访谈的是江苏省作协主席", "江苏省作协副主席") is False


def test_a_name_jieba_cut_into_characters_after_a_post_is_a_person():
    text = "江苏大学党委书记袁寿其,徐州第一人民医院眼科医院院长李甦雁进行了访谈。"
    s = sentence_of(text)
    people = titled(s, [], _tag(text))
    names = {text[t.name[0]:t.name[1]]: t.posts for t in people}
    assert names["李甦雁"] == ("徐州第一人民医院眼科医院院长",)
    holder, near = find_holder("徐州第一人民医院眼科医院院长", people)
    assert holder is not None and text[holder.name[0]:holder.name[1]] == "李甦雁" and not near
    # without the words, nothing is guessed
    assert "李甦雁" not in {text[t.name[0]:t.name[1]] for t in titled(s, [])}


def test_the_posts_printed_start_after_the_clause_before_them():
    text = "首先接受我们访谈的是江苏省作协主席范小青。"
    s = sentence_of(text)
    found = find_person("范小青", titled(s, [], _tag(text), known="范小青"))
    assert found is not None and text[found.chain[0]:found.chain[1]] == "江苏省作协主席"


def test_a_name_the_question_gives_is_a_person_with_an_honorific_after_it():
    text = "给我印象最深的是深海载人装备国家重点实验室主任颜开伯伯,我有很多问题想问他。"
    s = sentence_of(text)
    found = find_person("颜开", titled(s, [], _tag(text), known="颜开"))
    assert found is not None and text[found.chain[0]:found.chain[1]] == "深海载人装备国家重点实验室主任"


# ---------------------------------------------------------------- lists and seasons

def test_several_people_asked_and_no_one_of_them_given_is_declined():
    sentence = "我们还与江苏大学党委书记袁寿其,徐州第一人民医院眼科医院院长李甦雁进行了访谈。"
    assert _why("小记者还与哪些人进行了访谈？", sentence, "江苏大学", kind="org") == "decline:list"
    # one of the people is an item of the list (shape.py widens it to the group it stands in)
    assert _why("小记者还与哪些人进行了访谈？", sentence, "袁寿其", kind="person") == ""
    # one person asked: the rule does not apply
    assert _why("小记者还与谁进行了访谈？", sentence, "江苏大学", kind="org") == ""


def test_a_season_is_a_year_the_sentence_must_hold():
    assert analyze("上海海港在2022赛季战平了哪支队伍？").years == ("2022",)
    sentence = "在2023赛季中超联赛第29轮比赛中，上海海港1:1战平山东泰山。"
    assert _why("上海海港在2022赛季战平了哪支队伍？", sentence, "山东泰山", kind="org") == "decline:year"
    assert _why("上海海港在2023赛季战平了哪支队伍？", sentence, "山东泰山", kind="org") == ""


# ---------------------------------------------------------------- agreement of titles, modifiers, days

def test_a_title_the_sentence_does_not_name_is_another_papers():
    sentence = "今天迎来《郑州晚报》创刊74周年、改版21周年的重要日子。"
    # the article never names the paper asked, and the sentence names another
    assert _why("《郑州日报》迎来创刊多少周年？", sentence, "74周年") == "decline:other"
    assert _why("《郑州晚报》迎来创刊多少周年？", sentence, "74周年") == ""
    # the article names both papers, the sentence only the sibling (the same two first characters)
    article = "订阅的《大同日报》《大同晚报》我是必看的。《大同日报》1949年5月5日创刊号"
    assert _why("《大同晚报》是哪天创刊的？", "《大同日报》1949年5月5日创刊号", "1949年5月5日", article=article,
                kind="time") == "decline:other"
    # a title the article names, and no sibling in the sentence: kept
    assert _why("《红楼梦》是哪一年出版的？", "1791年,《石头记》以《红楼梦》之名刊行", "1791年",
                article="曹雪芹写了《红楼梦》。1791年,《石头记》以《红楼梦》之名刊行", kind="time") == ""


def test_the_year_a_figure_is_compared_with_is_not_its_year():
    sentence = "总产20.93万吨,比上年增加1.58万吨,增幅8.17%。"
    article = "今年沁阳市小麦喜获丰收。" + sentence
    assert _why("沁阳市今年小麦总产是多少？", sentence, "20.93万吨", article=article) == ""
    last = "去年总产19.35万吨。"
    assert _why("沁阳市今年小麦总产是多少？", last, "19.35万吨", article=article + last) == "decline:year"


def test_a_semi_final_asked_is_neither_the_heat_nor_the_final():
    q = "吴艳妮在南京室内田径世锦赛半决赛中跑出了多少秒？"
    heat = "吴艳妮在当天上午的预赛中跑出8秒05的个人最好成绩晋级。"
    semi = "傍晚的半决赛中,她再次刷新个人最好成绩,虽然排名小组第三无缘决赛,但8秒01的成绩打破了全国纪录。"
    assert _why(q, heat, "8秒05") == "decline:subject"
    # 决赛 inside the asked 半决赛 is not asked: the semi-final's sentence (the heat told just before) answers
    assert _why(q, semi, "8秒01", article=heat + semi, near=heat) == ""
    assert _why("吴艳妮在决赛中跑出了多少秒？", semi, "8秒01", article=heat + semi, near=heat) == "decline:subject"


def test_a_place_inside_a_province_is_not_another_province():
    sentence = "民警已驱车辗转浙江、安徽、江苏、山东4省,途经30多个市县。"
    assert _why("嫌疑车辆窜至浙江什么地方？", sentence, "安徽", kind="place") == "decline:place"
    assert _why("嫌疑车辆窜至浙江省的哪个城市？", sentence, "江苏", kind="place") == "decline:place"
    # a place of the province asked, or a journey from it to another province, is kept
    assert _why("嫌疑车辆窜至浙江什么地方？", "嫌疑车辆窜至浙江永康。", "永康", kind="place") == ""
    assert _why("嫌疑车辆从浙江窜至什么地方？", sentence, "安徽", kind="place") == ""


def test_a_post_of_another_title_is_declined():
    # the article names both papers; the sentence gives the post holder of the other one
    article = "华文媒体包括美国《侨报》、《美中晚报》等。《美中晚报》的总编金鸣峰接受采访时说:“成就令人瞩目。”"
    sentence = "《美中晚报》的总编金鸣峰接受采访时说:“成就令人瞩目。”"
    assert _why("《侨报》的总编是谁？", sentence, "金鸣峰", article=article, kind="person") == "decline:other"
    assert _why("《美中晚报》的总编是谁？", sentence, "金鸣峰", article=article, kind="person") == ""
    # an answer before the other title, or in another clause, is not that title's
    article = "张三爱读《侨报》。李四也爱读《美中晚报》。"
    assert _why("谁爱读《侨报》？", "李四也爱读《美中晚报》。", "李四", article=article, kind="person") == ""
    assert _why("谁爱读《侨报》？", "《美中晚报》说,李四也爱读。", "李四", article=article, kind="person") == ""


def test_another_day_of_a_holiday_is_declined():
    sentence = "昨日湖南纳入统计监测的97个直报旅游区(点)共接待游客92.32万人次"
    near = "小长假首日 迎客90余万"  # the headline: 昨日 was the holiday's first day
    assert _why("元旦小长假第二天湖南接待游客多少人次？", sentence, "92.32万人次", near=near) == "decline:other"
    assert _why("元旦小长假第一天湖南接待游客多少人次？", sentence, "92.32万人次", near=near) == ""
    assert _why("元旦小长假第二日湖南接待游客多少人次？", "第2天湖南接待游客92.32万人次", "92.32万人次") == ""


def test_a_maker_asked_by_trade_that_the_sentence_never_names_is_declined():
    sentence = "赫赫有名的科学家邓稼先、华罗庚、李四光等的塑像,竟然耸立在玉林东路3号院后的一个垃圾场中。"
    assert _why("玉林东路的科学家塑像是哪位雕塑家创作的？", sentence, "邓稼先", kind="person") == "decline:post"
    made = "这组塑像由雕塑家叶毓山创作,耸立在玉林东路。"
    assert _why("玉林东路的科学家塑像是哪位雕塑家创作的？", made, "叶毓山", kind="person") == ""
    # the deed named, the trade not: kept ("创作" says who made it)
    assert _why("玉林东路的科学家塑像是哪位雕塑家创作的？", "塑像由叶毓山创作", "叶毓山", kind="person") == ""


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    # the noun measured is named with another modifier of the same kind, never with the asked one
    ("沁阳市今年玉米种植面积是多少？", "今年该市小麦种植面积37.6万亩", "37.6万亩", "decline:subject"),
    ("沁阳市今年小麦种植面积是多少？", "今年该市小麦种植面积37.6万亩", "37.6万亩", ""),
    ("七旬夫妇的追悼会上有多少只花圈？", "一位61岁老人的追悼会开场了,12只花圈", "12只", "decline:subject"),
    ("西部证券期末卖出回购金融资产是多少？", "期末买入返售金融资产12.13亿元", "12.13亿元", "decline:subject"),
    # the other modifier glued into one word with the noun by the tagger (重点项目): read as a word before it
    ("榆林市集中开工的民生项目有多少个？", "榆林共集中开工重点项目53个,总投资238.5亿元", "53个", "decline:subject"),
    ("榆林市集中开工的重点项目有多少个？", "榆林共集中开工重点项目53个,总投资238.5亿元", "53个", ""),
    # the modifier asked is of a noun the sentence prints before the figure's attribute, with another modifier
    ("玉林市今年重点推进的产业项目总投资多少亿元？", "今年重点推进11个交通项目,总投资231亿元", "231亿元",
     "decline:subject"),
    ("玉林市今年重点推进的交通项目总投资多少亿元？", "今年重点推进11个交通项目,总投资231亿元", "231亿元", ""),
    # the thing asked named again ("该项目"), or a clause said in other words (承认的 / 认可): kept
    ("香城大道西延线建设道路约多少公里？", "该项目建设道路约8.1公里,宽60米", "8.1公里", ""),
    ("中国承认的全国性宗教团体总共有几个？", "中国官方认可的全国性宗教团体共有七个", "七个", ""),
])
def test_a_figure_of_the_noun_with_another_modifier_is_declined(question, sentence, answer, rule):
    article = question + sentence  # the places and people the question names are the article's
    assert _why(question, sentence, answer, article=article) == rule


def test_an_event_set_at_a_place_the_article_never_names_is_declined():
    near = "警方在铜锣湾及维园一带加强巡逻 拘捕2人及带走10人调查"  # the headline
    sentence = "警方昨晚拘捕2人及带走10人调查。"
    assert _why("警方在旺角拘捕了多少人？", sentence, "2人", near=near, article=near + sentence) == "decline:place"
    assert _why("警方在铜锣湾拘捕了多少人？", sentence, "2人", near=near, article=near + sentence) == ""
    # 在 + a frame, no place: kept
    assert _why("警方在行动中拘捕了多少人？", sentence, "2人", near=near, article=near + sentence) == ""
    sentence = "在白云鸦岗,老少齐参与,扒龙船已有超过400年的历史"
    assert _why("在番禺，扒龙船已有多少年的历史？", sentence, "400年") == "decline:place"
    assert _why("在白云鸦岗，扒龙船已有多少年的历史？", sentence, "400年") == ""


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("花莲渡溪翻车事故造成几人死亡？", "花莲溪水暴涨「渡溪翻车」!2人遭冲走生死不明", "2人", "decline:measure"),
    ("花莲渡溪翻车事故造成几人死亡？", "花莲渡溪翻车事故共有3人身亡", "3人", ""),  # the same fate in other words
    ("花莲渡溪翻车事故造成几人死亡？", "花莲渡溪翻车事故造成3人死亡", "3人", ""),
])
def test_a_count_of_another_fate_is_declined(question, sentence, answer, rule):
    assert _why(question, sentence, answer, article=question + sentence) == rule


def test_an_event_told_only_under_a_negation_has_no_date():
    sentence = "福岛瑞穗表示,12年后的今天,福岛核事故影响仍在持续,绝不能将核污染水排放入海。"
    assert _why("福岛核污染水是哪一天开始排海的？", sentence, "今天", kind="time") == "decline:other"
    told = "公司表示,8月24日,福岛核污染水开始排放入海。"
    assert _why("福岛核污染水是哪一天开始排海的？", told, "8月24日", kind="time") == ""
    assert _why("福岛核污染水是哪一天开始排海的？", "8月24日福岛开始排放入海", "8月24日", kind="time") == ""


def test_an_abbreviated_modifier_is_the_sentences_own():
    # "世锦赛铜牌战" asked, "2025世界女子冰壶锦标赛铜牌战" printed: the same event in short, not another's figure
    from qa.answer.short import expansion
    assert expansion("在韩国京畿道进行的2025世界女子冰壶锦标赛铜牌战中", "世锦赛") is not None
    assert expansion("今年小麦种植面积37.6万亩", "玉米") is None
