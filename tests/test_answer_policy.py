"""Consistency before confidence: an answer whose unit, year or words disagree with the question is declined;
people and posts are matched exactly; a byline question answers from the retrieved article or says it cannot."""

from __future__ import annotations

from dataclasses import replace

import pytest
from candidates import sentence_of

from qa.answer.agreement import Surroundings
from qa.answer.people import Titled, asked_person, asked_post, holds, unqualified
from qa.answer.policy import confidence_features, inconsistent
from qa.answer.question import analyze
from qa.engine import Engine
from qa.types import Candidate, Sentence


def _candidate(sentence: str, answer: str) -> Candidate:
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=sentence, start=0, end=len(sentence))
    start = sentence.index(answer)
    return Candidate(text=answer, sentence=s, start=start, end=start + len(answer), type="number", score=1.0,
                     rule="type:number")


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("港口今年吞吐了多少吨货物？", "港口今年吞吐货物4.5个百分点", "4.5个", "decline:unit"),
    # pages65 (新唐人): a share of the population is no count of it
    ("蒙特利公園市總人口有多少？", "亞裔人口數超過總人口數的三分之二,其中絕大部分是華裔。", "三分之二", "decline:unit"),
    ("蒙特利公園市總人口增長了多少？", "總人口增長了3%。", "3%", ""),
    ("会议开了几天？", "会议24日在杭州召开", "24日", "decline:unit"),
    ("2015年的产量是多少？", "2019年的产量是300万吨", "300万吨", "decline:year"),
    ("会议在哪里召开？", "会议在杭州召开", "会议", "decline:echo"),
    ("座谈会在哪里召开？", "——座谈会在杭州召开", "——座谈会", "decline:echo"),  # a sub-head's dash
    ("安吉县的人口是多少？", "安吉县设有1个综治中心", "1个", "decline:unit"),
    ("这座山海拔多高？", "山上有3座寺庙", "3座", "decline:unit"),
    ("分校有多少名学生？", "分校上好开学第一课", "开学第一课", "decline:unit"),  # no count at all
    ("手术花了多少钱？", "手术持续近5个小时", "5个", "decline:unit"),  # a sum of money asked
    ("李波跑完半程马拉松用了多长时间？", "半程马拉松暨2024合川桃片杯举行", "暨2024合川", "decline:unit"),
    ("第二场单打比赛打了多长时间？", "彭帅以6:0拿下第二场单打", "6:0", "decline:unit"),  # a score, not a time
    ("汪道涵同志是在哪家医院逝世的？", "汪道涵同志在上海逝世", "上海", "decline:type"),
    ("周恩来曾经留学于日本的哪一所大学？", "周恩来曾赴日本东京留学", "东京", "decline:type"),
    ("中超杯决赛第一回合的比分是多少？", "2005中超杯决赛第二回合在武汉进行", "2005", "decline:unit"),
    ("“经济聚焦”栏目是哪一年开设的？", "“经济聚焦”栏目办得很好", "办得很好", "decline:type"),  # no time at all
    ("《台视周日卡通》是何时停播的？", "节目于周日上午播出", "上午", "decline:type"),  # a part of the day alone
    ("每个摊位有多宽？", "现场设置了上百个免费摊位", "百个", "decline:unit"),  # a width asked, a count given
    ("南澳州目前有多少宗确诊病例？", "南澳州实行六天关闭", "六天", "decline:unit"),  # cases are counted in 宗
    ("全省有多少例确诊病例？", "全省封控三天", "三天", "decline:unit"),
])
def test_an_answer_that_disagrees_with_the_question_is_declined(question, sentence, answer, rule):
    assert inconsistent(analyze(question), _candidate(sentence, answer)) == rule


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("港口今年吞吐了多少吨货物？", "港口今年吞吐货物4.5万吨", "4.5万吨"),
    ("一共有多少人参加？", "共有300名群众参加", "300名"),
    ("会议开了几天？", "会议开了3天", "3天"),
    ("2019年的产量是多少？", "2019年的产量是300万吨", "300万吨"),
    ("安吉县的人口是多少？", "安吉县人口约47万人", "47万人"),
    ("雷达的有效距离是多少？", "有效距离为30km", "30km"),
    ("安吉县的人口是多少？", "安吉县人口约470000", "470000"),  # no unit: nothing to disagree with
    ("分校有多少名学生？", "分校有学生300多名", "300多名"),
    ("拉辛格当选教宗时已几岁？", "当选时他已78岁高龄", "78岁高龄"),
    ("耶稣在十字架上被折磨了多久？", "耶稣在十字架上被折磨了6个小时", "6个小时"),
    ("李波跑完半程马拉松用了多长时间？", "李波的成绩是1:12:30", "1:12:30"),
    ("拜占庭帝国的人口巅峰值大约多少人？", "人口巅峰值达3400万", "3400万"),  # a magnitude is no other unit
    ("约有几成的人说官方语言？", "约60%的人说官方语言", "约60%"),
    ("占领了多少百分比的国土？", "占领了38%的国土", "38%"),
    ("航程有多长？", "飞往广东省省会城市的两小时航程十分顺畅", "两小时"),  # a bare 多长: a duration too
    ("路德在14岁时于哪一个学校念书？", "路德14岁时在圣乔治拉丁文学堂念书", "圣乔治拉丁文学堂"),  # a 学堂 is a school
    ("第二回合的比分是多少？", "武汉队以2比0战胜深圳队", "2比0"),
    ("五斗米道在中国的哪一个朝代时出现？", "五斗米道出现于西晋", "西晋"),  # a dynasty is a time
    ("学生人数过去十年减幅有多高？", "学生人数过去十年减少14%", "14%"),  # a rate is as high as a length
    ("宫缩通常发生在什么时候？", "宫缩常在夜里发生", "夜里"),
    ("手术花了多少钱？", "手术共花费3万元", "3万元"),
    ("南澳州目前有多少宗确诊病例？", "南澳州目前有3宗确诊病例", "3宗"),
])
def test_an_answer_that_agrees_is_kept(question, sentence, answer):
    assert inconsistent(analyze(question), _candidate(sentence, answer)) == ""


@pytest.mark.parametrize(("post", "asked", "held"), [
    ("省委书记", "省委书记", True),
    ("东白马湖社区书记", "书记", True),
    ("书记", "社区书记", True),
    ("省委副书记", "省委书记", False),
    ("省委书记", "省委副书记", False),
    ("副院长", "院长", False),
    ("常务副市长", "市长", False),
    ("省长", "省委书记", None),
    # a place asked by its short name: its first two characters and its ending kept (南澳大利亚州 → 南澳州)
    ("南澳大利亚州州长", "南澳州州长", True),
    ("南澳大利亚州州长", "南州州长", None),
    ("亚利桑纳州州长", "南澳州州长", None),
])
def test_a_post_is_matched_exactly(post, asked, held):
    assert holds(post, asked) is held


def test_a_whole_sentence_is_no_name():
    s = "警方说，一名24岁本地男子昨晚在兴发街附近形迹可疑，被捕"
    c = replace(_candidate(s, s), type="sentence", rule="sentence")
    assert inconsistent(analyze("被捕的24岁男子叫什么名字？"), c) == "decline:type"
    assert inconsistent(analyze("被捕的男子形迹如何？"), c) == ""


def test_a_post_of_another_organisation_is_no_holder():
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text="客人包括总经理周顺敖", start=0, end=10)
    holder = Titled(sentence=s, name=(7, 10), chain=(4, 7), posts=("总经理",))
    assert unqualified("中远海运集团总经理", holder, "新华社外事局局长虞家复,总经理周顺敖")
    assert not unqualified("中远海运集团总经理", holder, "中远海运集团召开大会。总经理周顺敖")
    assert not unqualified("山西省委书记", replace(holder, posts=("省委书记",)), "山西召开大会")  # 山西 for 山西省
    assert not unqualified("总经理", holder, "")
    # what the holder did, before a 的, is no organisation: the party after it is, and the article names it
    party = replace(holder, posts=("党副发言人",))
    article = "塔辛携友人共进晚餐。与他同行的有为泰党议员高格凯、党副发言人吉拉瓦。"
    assert not unqualified("与塔辛同行的为泰党党副发言人", party, article)
    assert unqualified("与塔辛同行的民主党党副发言人", party, article)


def test_post_and_person_questions_are_recognised():
    assert asked_post(analyze("省委书记是谁？")) == "省委书记"
    assert asked_post(analyze("谁是东白马湖社区书记？")) == "东白马湖社区书记"
    assert asked_post(analyze("谁主持了会议？")) == ""
    assert asked_person(analyze("刘捷担任什么职务？")) == "刘捷"
    assert asked_person(analyze("王成是谁？")) == "王成"
    assert asked_person(analyze("會議在哪裡召開？")) == ""


UNSIGNED_PAGE = """千亩水杉换新绿

4月13日，长兴县水口乡水口村，千亩水杉与民居、河道、青山相互映衬。

安吉县综治中心整合力量

本报记者 李洁

目前安吉县综治中心整合了纪委监委、政法委、信访局、法院等18个部门的力量。
"""


@pytest.fixture(scope="module")
def unsigned(config, tmp_path_factory):
    folder = tmp_path_factory.mktemp("unsigned")
    (folder / "page.txt").write_text(UNSIGNED_PAGE, encoding="utf-8")
    return Engine.load(config, corpus=folder)


def test_a_byline_question_about_an_unsigned_article_declines_and_says_so(unsigned):
    a = unsigned.ask("千亩水杉那篇报道是谁写的？")
    assert a.declined and a.rule == "decline:no-byline"
    assert "千亩水杉" in a.message and "李洁" not in a.message  # never the byline of another article


def test_a_byline_question_about_a_signed_article_names_its_reporter(unsigned):
    a = unsigned.ask("综治中心那篇报道是谁写的？")
    assert not a.declined and a.text == "李洁" and a.article.headline.startswith("安吉县综治中心")


def test_a_post_named_only_before_other_people_is_not_their_post():
    from qa.answer.people import Titled, named_freely
    text = "新华通讯社社长田聪明一行访问本报，田聪明社长参观了印刷厂"
    s = sentence_of(text)
    people = [Titled(s, (7, 10), (0, 7), ("新华通讯社社长",)), Titled(s, (17, 20), (17, 17), ())]
    assert not named_freely("明报的社长", s, people)  # its 社长 are 田聪明's titles
    assert named_freely("明报的社长", s, people[:1])  # a 社长 next to no recognised name may be the holder's
    free = Sentence(id="a:0:1", article_id="a", paragraph=0, kind="body", text="明报社长一职由张国良担任", start=0,
                    end=12)
    assert named_freely("明报的社长", free, [])
    aide = Sentence(id="a:0:2", article_id="a", paragraph=0, kind="body", text="社长助理陈征参加接待", start=0, end=10)
    assert not named_freely("明报的社长", aide, [Titled(aide, (4, 6), (4, 4), ())])  # part of 陈征's title


POSTLESS_PAGE = """縣議會召開分組審查會議

金門縣議會第三審查委員會昨日上午召開分組審查會議，由小組召集人王國代主持，委員李養生、許大鴻出席。

濃霧再現機場關場

昨日清晨金門地區再現濃霧，尚義機場被迫關場，取消三個航班。

春節擲筊活動

沙美萬安堂每日上午在涵源宮辦理發財金擲筊活動。
"""


def test_a_post_nobody_on_the_page_holds_is_declined(config, tmp_path):
    (tmp_path / "page.txt").write_text(POSTLESS_PAGE, encoding="utf-8")
    a = Engine.load(config, corpus=tmp_path).ask("金門縣議會議長是誰？")
    assert a.declined and a.rule == "decline:post" and "议长" in a.message


def test_a_rare_word_of_the_question_missing_from_the_evidence_is_a_signal():
    """The name asked about (a word jieba's dictionary hardly knows) absent from the answer's sentence, its
    headline and the text before it: the paragraph that would answer is not in the papers."""
    info = analyze("蓝线裸顶鲷的俗名是什么？")
    words = (("蓝线裸顶鲷", True), ("俗名", False))
    other = _candidate("金线鱼俗名红三", "红三")
    f = confidence_features(other, [], info, 0.5, 0.0, words, ("金线鱼俗名红三", "鱼类", ""))
    assert f["rare_missing"] == 1.0 and f["local_missing"] == 0.5
    right = _candidate("蓝线裸顶鲷俗名龙尖", "龙尖")
    f = confidence_features(right, [], info, 1.0, 0.0, words, ("蓝线裸顶鲷俗名龙尖", "", ""))
    assert f["rare_missing"] == 0.0 and f["local_missing"] == 0.0
    f = confidence_features(right, [], info, 1.0, 0.0, (("俗名", False),), ("蓝线裸顶鲷俗名龙尖", "", ""))
    assert "rare_missing" not in f and f["no_rare"] == 1.0


def test_a_relation_is_no_name():
    c = _candidate("同事姓张,只有25岁,是一家电器公司的操作工,不慎触电身亡。", "同事")
    assert inconsistent(analyze("触电身亡的操作工叫什么名字？"), c) == "decline:type"
    assert inconsistent(analyze("谁姓张？"), c) == ""


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("十四届全国人大三次会议什么时候开幕？", "十四届全国人大四次会议3月5日在北京开幕", "3月5日", "decline:other"),
    ("十一届全国人大二次会议在哪里举行？", "十一届全国人大一次会议在人民大会堂举行", "人民大会堂", "decline:other"),
    ("十八届四中全会在哪里举行？", "十八届三中全会在北京举行", "北京", "decline:other"),
    ("十四届全国人大三次会议什么时候开幕？", "十四届全国人大三次会议3月5日在北京开幕", "3月5日", ""),
])
def test_another_session_of_a_congress_is_declined(question, sentence, answer, rule):
    assert inconsistent(analyze(question), _candidate(sentence, answer)) == rule


@pytest.mark.parametrize(("post", "asked", "held"), [
    ("世界日报旧金山社长", "世界日报旧金山社副社长", False),  # 社社长 printed short: still the 社长, not the deputy
    ("世界日报旧金山社长", "世界日报旧金山社长", True),
    ("副召集人", "第三审查委员会的小组召集人", None),
])
def test_a_deputy_asked_is_not_the_post_printed_short(post, asked, held):
    assert holds(post, asked) is held


@pytest.mark.parametrize(("question", "kind", "rule"), [
    ("海南日报社社长是谁？", "org", "decline:type"),  # a post is held by a person
    ("这次活动由谁主办？", "org", ""),  # 谁 may be an organisation when no post is asked
    ("海南日报社社长是谁？", "person", ""),
])
def test_a_post_holder_is_a_person(question, kind, rule):
    c = replace(_candidate("我在海南日报社对面的工商银行门口乘车", "工商银行门口"), type=kind, rule="type:" + kind)
    assert inconsistent(analyze(question), c) == rule


@pytest.mark.parametrize(("answer", "rule"), [("2022年度安徽经济新闻奖", "decline:type"), ("2022年", "")])
def test_a_year_naming_an_award_is_no_when_answer(answer, rule):
    c = _candidate("来淮参加2022年度安徽经济新闻奖评审会的陆世明说道", answer)
    assert inconsistent(analyze("陆世明是哪一年第一次来淮南的？"), replace(c, type="time", rule="type:time")) == rule


def test_a_count_answered_with_no_number_at_all_is_declined():
    sentence = "9月24日,记者在市中华大道西段见到,有市民闻香而来,折了一些花枝而去。"
    assert inconsistent(analyze("中华大道西段有多少根桂花枝被折断？"), _candidate(sentence, "见到")) == "decline:unit"
    assert inconsistent(analyze("中华大道西段有多少根桂花枝被折断？"), _candidate("折断了三十多根", "三十多根")) == ""
    # no count asked: a level in words may answer
    assert inconsistent(analyze("火车站的水饺销售价格降至多少？"), _candidate("水饺价格降至成本价", "成本价")) == ""


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("花莲县长选举的投票率是多少？", "花莲县长选举十一月二十四日投票", "十一月", "decline:unit"),  # a rate, a month
    ("花莲县长选举的投票率是多少？", "投票率为66.8%", "66.8%", ""),
    ("粳稻的成熟频率为多久一次？", "粳稻一年一熟", "一年", ""),  # how often: a duration
    ("汉本车站每天有多少旅客？", "民国一○六年麝香百合花盛开", "六年", "decline:unit"),  # people, not years
    ("汉本车站每天有多少旅客？", "车站每天有旅客300人", "300人", ""),
])
def test_a_rate_or_a_count_of_things_is_no_date(question, sentence, answer, rule):
    assert inconsistent(analyze(question), _candidate(sentence, answer)) == rule


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("“松花江新世纪第一漂”从哪里出发？", "采访组历经25天艰苦跋涉,漂流抵达哈尔滨江段。", "哈尔滨江段", "decline:other"),
    ("“松花江新世纪第一漂”从哪里出发？", "采访组从吉林白山出发,漂流抵达哈尔滨江段。", "吉林白山", ""),
    ("中共临时中央迁往何处？", "临时中央从上海迁入苏区", "上海迁入苏区", ""),  # both ends given
    ("中共临时中央迁往何处？", "临时中央从上海迁入苏区", "上海", "decline:other"),
])
def test_the_other_end_of_a_journey_is_declined(question, sentence, answer, rule):
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=sentence, start=0, end=len(sentence))
    start = sentence.index(answer)
    best = Candidate(text=answer, sentence=s, start=start, end=start + len(answer), type="place", score=1.0,
                     rule="type:place")
    assert inconsistent(analyze(question), best) == rule


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("辛庄村一共有多少户村民？", "孟秀丽是村里22户村民的“娘家人”", "22户", "decline:measure"),
    ("辛庄村一共有多少户村民？", "辛庄村共有300户村民的户籍", "300户", ""),  # the count is stated (共有)
    ("辛庄村一共有多少户村民？", "辛庄村的300户村民欢聚一堂", "300户", ""),  # nothing qualified after it
    ("辛庄村有多少户村民？", "孟秀丽是村里22户村民的“娘家人”", "22户", ""),  # no total asked
])
def test_a_count_inside_what_qualifies_another_noun_is_no_total(question, sentence, answer, rule):
    assert inconsistent(analyze(question), _candidate(sentence, answer)) == rule


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("瑞士公开赛男双冠军是谁？", "在瑞士公开赛混双决赛中,冯彦哲/魏雅欣击败张驰,获得冠军", "张驰", "decline:subject"),
    ("瑞士公开赛男双冠军是谁？", "陈雨菲、翁泓阳分别摘得女单、男单项目的冠军", "翁泓阳", "decline:subject"),
    ("瑞士公开赛男双冠军是谁？", "梁伟铿/王昶获得男双冠军", "王昶", ""),
    ("吴艳妮在60米栏决赛中跑出了多少秒？", "吴艳妮在上午的预赛中跑出8秒05", "8秒05", "decline:subject"),
    # a final named only inside 半决赛 or after a negation is not run there
    ("吴艳妮在60米栏决赛中跑出了多少秒？", "半决赛中她排名第三无缘决赛,但8秒01打破了纪录", "8秒01", "decline:subject"),
    ("吴艳妮在60米栏决赛中跑出了多少秒？", "吴艳妮在决赛中跑出8秒01", "8秒01", ""),
])
def test_another_event_or_round_is_declined(question, sentence, answer, rule):
    c = _candidate(sentence, answer)
    if not answer[0].isdigit():
        c = replace(c, type="person", rule="type:person")
    assert inconsistent(analyze(question), c) == rule


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("F1中国大奖赛第四名是谁？", "中国外卡车手师炜以第14位的成绩完赛", "师炜", "decline:other"),
    ("F1中国大奖赛第四名是谁？", "中国车手周冠宇以第4位的成绩完赛", "周冠宇", ""),  # 名 and 位 are one
    ("F1中国大奖赛第四名是谁？", "诺里斯获得亚军,拉塞尔获得季军", "拉塞尔", ""),  # no placing printed
])
def test_another_placing_is_declined(question, sentence, answer, rule):
    c = replace(_candidate(sentence, answer), type="person", rule="type:person")
    assert inconsistent(analyze(question), c) == rule


def test_a_full_name_is_not_answered_by_a_sentence():
    sentence = "邻镇一所中学的班主任吴老师得知后,带领全班同学多次帮助和慰问张玉丽"
    c = replace(_candidate(sentence, sentence), type="sentence", rule="sentence")
    assert inconsistent(analyze("帮助张玉丽的班主任吴老师全名叫什么？"), c) == "decline:type"


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("涉嫌汽车的车牌号码是多少？", "警方指涉嫌汽车为一辆黑色小型房车", "一辆", "decline:unit"),
    ("涉嫌汽车的车牌号码是多少？", "涉嫌汽车的车牌号码为ABC123", "ABC123", ""),
    ("涉嫌汽车有多少辆？", "警方指涉嫌汽车为一辆黑色小型房车", "一辆", ""),  # a count asked
])
def test_a_number_that_names_is_no_count(question, sentence, answer, rule):
    assert inconsistent(analyze(question), _candidate(sentence, answer)) == rule


@pytest.mark.parametrize(("question", "kind", "rule"), [
    ("深圳野生动物园园长是谁？", "org", "decline:type"),  # 园长 of a 园: a post, though no list names it
    ("深圳野生动物园的园长是谁？", "org", "decline:type"),
    ("深圳野生动物园园长是谁？", "person", ""),
    ("深圳野生动物园里有什么？", "org", ""),
])
def test_the_head_of_a_place_is_a_person(question, kind, rule):
    c = _candidate("深圳野生动物园的黄显达在昨天的座谈会上作了发言", "座谈会")
    assert inconsistent(analyze(question), replace(c, type=kind, rule="type:" + kind)) == rule


@pytest.mark.parametrize(("question", "answer", "rule"), [
    ("骆敏舟在中科院担任什么职务？", "骆敏舟辞去中科院", "decline:type"),  # the question's subject, no post
    ("骆敏舟在研究院担任什么职务？", "智能制造技术研究所所长", ""),
    ("骆敏舟在研究院担任什么职务？", "应聘江苏省产业技术研究院", ""),  # not the question's words: kept
])
def test_a_post_asked_is_not_answered_by_the_question_s_subject(question, answer, rule):
    sentence = "两年前,骆敏舟辞去中科院的职务,应聘江苏省产业技术研究院,成为智能制造技术研究所所长。"
    c = replace(_candidate(sentence, answer), type="slot", rule="slot")
    assert inconsistent(analyze(question), c) == rule


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("市七运会一共有多少名运动员参赛？", "5月15日,市七运会钓鱼比赛开赛,41支代表队的82名运动员端坐在鱼塘两岸", "82名",
     "decline:measure"),  # one event's count
    ("市七运会一共有多少名运动员参赛？", "市七运会共有3000名运动员参赛", "3000名", ""),
    ("市七运会一共有多少名运动员参赛？", "市七运会开幕,钓鱼比赛的82名运动员入场", "82名", ""),  # the games named alone
])
def test_the_count_of_one_part_is_no_total(question, sentence, answer, rule):
    assert inconsistent(analyze(question), _candidate(sentence, answer)) == rule


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("集团有几件作品荣获浙江新闻奖二等奖？", "3件作品入选榜单,8件作品荣获浙江新闻奖一等奖。", "8件", "decline:other"),
    ("集团有几件作品荣获浙江新闻奖一等奖？", "1件作品斩获中国新闻奖,8件作品荣获浙江新闻奖一等奖。", "8件", ""),
    ("集团有几件作品荣获浙江新闻奖二等奖？", "8件作品获一等奖、12件作品获二等奖。", "12件", ""),  # both printed
    ("集团有几件作品荣获浙江新闻奖二等奖？", "集团共有20件作品获奖。", "20件", ""),  # no grade printed
    ("他荣立过几次二等功？", "他先后荣立三等功4次。", "4次", "decline:other"),  # 功 is its own series
])
def test_another_grade_of_an_award_is_declined(question, sentence, answer, rule):
    assert inconsistent(analyze(question), _candidate(sentence, answer)) == rule


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("裕廊中单选区有多少个选民？", "新的裕廊东—武吉巴督集选区共有14万2510个选民,由原属丰加北区的地区合并而成。",
     "14万2510个", "decline:place"),
    ("武吉巴督集选区有多少个选民？", "新的裕廊东—武吉巴督集选区共有14万2510个选民。", "14万2510个", ""),
    ("裕廊中单选区有多少个选民？", "裕廊中单选区共有2万个选民。", "2万个", ""),
    ("安吉县综治中心有几大功能区？", "走进安吉县综治中心,1个引导区、6大功能区、12个办事窗口错落有致。", "6大", ""),
    # a 特区 (special administrative region) is no district: "庆祝特区" and "庆祝澳门特区" name no rival
    ("崔世安提到新的一年澳门将庆祝特区成立多少周年？",
     "在新的一年,澳门将会先后举行第四届行政长官选举及庆祝澳门特区成立15周年等活动。", "15周年", ""),
    # 昌都报: the county's name read with the words before it ("村距离类乌齐县", "位于类乌齐县") is the same county
    ("扎西贡村距离类乌齐县城多远？", "近日,位于类乌齐县城仅 9.2 公里处的扎西贡村,凭借其成就成为焦点。", "9.2 公里", ""),
    ("马林百列集选区有多少个选民？", "裕廊集选区共有14万个选民。", "14万个", "decline:place"),  # another 集选区
    # 全区: the report's own district, the one asked, no other
    ("大足区向责任单位分解下达了多少项年度任务？", "我区出台相关文件,并向全区14个责任单位分解下达了12项年度任务。",
     "12项", ""),
])
def test_the_figure_of_another_district_in_its_clause_is_declined(question, sentence, answer, rule):
    assert inconsistent(analyze(question), _candidate(sentence, answer)) == rule


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("世界女子冰壶锦标赛的冠军是哪个队？", "在世界女子冰壶锦标赛铜牌战中,中国队以9比4战胜韩国队,赢得铜牌。", "中国队",
     "decline:subject"),  # the bronze match's winner
    ("世界女子冰壶锦标赛的冠军是哪个队？", "加拿大队击败瑞士队夺得本届世界女子冰壶锦标赛冠军。", "加拿大队", ""),
])
def test_the_winner_of_another_medal_is_not_the_champion(question, sentence, answer, rule):
    c = replace(_candidate(sentence, answer), type="org", rule="type:org")
    assert inconsistent(analyze(question), c) == rule


def _real_tags(folded: str) -> list[tuple[str, str]]:
    from qa.config import load_config
    from qa.tokenize import Tokenizer
    return Tokenizer(load_config()).pos(folded)


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    # a near-miss number of a series: 第100期 is not 第101期 (the noun's second character is the next word's)
    ("台海杂志第100期是哪一天出版的？", "2014年11月9日出版的台海杂志第101期,该刊刊出特别策画", "2014年11月9日",
     "decline:other"),
    ("台海杂志第101期是哪一天出版的？", "2014年11月9日出版的台海杂志第101期,该刊刊出特别策画", "2014年11月9日", ""),
    # a post the people rules do not know, printed with a modifier before the name
    ("台铁东区营运处段长是谁？", "台铁东区营运处副段长吴佳阳表示", "吴佳阳", "decline:post"),
    ("台铁东区营运处段长是谁？", "台铁东区营运处段长吴佳阳表示", "吴佳阳", ""),
    ("台铁副段长是谁？", "台铁副段长吴佳阳表示", "吴佳阳", ""),
    # pages66 (中国交通报): the post printed after the name, 老 before it a former holder
    ("《中国交通报》现任社长是谁？",
     "开篇作品《中国交通报创刊前后的人与事》中,李长青老社长与读者们分享本报1984年创刊前后的酸甜苦辣咸。", "李长青",
     "decline:post"),
    ("台铁东区营运处段长是谁？", "吴佳阳副段长表示", "吴佳阳", "decline:post"),
    ("台铁东区营运处段长是谁？", "吴佳阳段长表示", "吴佳阳", ""),
    # a figure compared with the one asked: the asked one is not printed
    ("光复车站去年全年运量是多少人次？", "光复车站截至10月8日,共疏运41万7272人次,超越去年全年运量。", "41万7272人次",
     "decline:measure"),
    ("光复车站今年运量比去年全年运量多多少人次？", "今年共疏运41万人次,比去年全年运量多出5万人次。", "5万人次", ""),
    ("光复车站去年全年运量是多少人次？", "光复车站去年全年运量为30万人次。", "30万人次", ""),
])
def test_a_near_miss_of_the_thing_asked_is_declined(question, sentence, answer, rule):
    c = _candidate(sentence, answer)
    assert inconsistent(analyze(question), c) == rule


def test_a_figure_of_another_group_in_the_same_phrase_is_declined():
    from qa.answer.agreement import Surroundings
    from qa.tokenize import main_word_freq
    near = "在日中国人首次超过在日韩国人和朝鲜人数量"
    sentence = "最近5年,在日中国人登记人数的年平均增长率为7.9%,估计在2008年内已接近80万人。"
    around = Surroundings(near=near, article=near + sentence, tag=_real_tags, freq=main_word_freq)
    c = _candidate(sentence, "80万人")
    assert inconsistent(analyze("在日韩国人有多少人？"), c, around) == "decline:subject"
    assert inconsistent(analyze("在日中国人有多少人？"), c, around) == ""


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    # the post printed apart from the answer: the sentence speaks of the post, names no holder
    ("重庆日报总编辑是谁？", "来自重庆日报、深圳晚报等20多家地方媒体的总编辑获授“无锡城市推荐官”荣誉牌", "荣誉牌",
     "decline:post"),
    ("泰国现任首相是谁？", "泰国前首相周四晚现身曼谷路(唐人街),这是其首次造访该地", "唐人街", "decline:post"),
    # the holder right after the post, after a copula, as the last part of a name, or before it in its clause
    ("铁路建设报总编辑是谁？", "铁路建设报总编辑杨峰陪同采访", "杨峰", ""),
    ("基金会董事会主席是谁？", "基金会现任董事会主席是曾任哈佛商学院院长的约翰·麦克阿瑟教授", "约翰·麦克阿瑟", ""),
    ("印尼工商会馆总主席是谁？", "印尼工商会馆总主席罗山• 鲁斯拉尼要求政府自立", "鲁斯拉尼", ""),
    ("中华民国第十二任总统是谁？", "马英九当选中华民国第十二任总统,国民党重新执政", "马英九", ""),
    ("这次活动由谁主办？", "活动由市总工会主办", "市总工会", ""),  # no post asked
])
def test_a_post_holder_stands_by_the_post(question, sentence, answer, rule):
    c = replace(_candidate(sentence, answer), type="person", rule="type:person")
    assert inconsistent(analyze(question), c) == rule


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    ("令达拿隧道是哪一天贯通的？", "近日,全长2515米的令达拿隧道贯通", "近日", "decline:date"),  # no day printed
    ("令达拿隧道是哪一天贯通的？", "6月5日,全长2515米的令达拿隧道贯通", "6月5日", ""),
    # another year's edition of the event the question names by its year
    ("2022全国地方媒体总编辑看无锡活动有多少家媒体参加？", "“2023全国地方媒体总编辑看无锡”活动启动,20多家媒体参加",
     "20多家", "decline:year"),
    ("2023全国地方媒体总编辑看无锡活动有多少家媒体参加？", "“2023全国地方媒体总编辑看无锡”活动启动,20多家媒体参加",
     "20多家", ""),
    # the same name with another number in it
    # a class named by the year it entered (级), and another class's sentence
    ("2006级新生开学典礼在哪里举行？", "2008级本科新生开学典礼在新校区举行", "新校区", "decline:year"),
    ("2008级新生开学典礼在哪里举行？", "2008级本科新生开学典礼在新校区举行", "新校区", ""),
    ("中铁四局参建的哪条高铁开始联调联试？", "中铁九局参建的大张高铁开始联调联试", "大张高铁", "decline:other"),
    ("中铁九局参建的哪条高铁开始联调联试？", "中铁九局参建的大张高铁开始联调联试", "大张高铁", ""),
    ("哪种恒星直径约为太阳的八倍？", "欧型恒星,半径约为太阳的8倍", "欧型恒星", ""),  # 八 is 8
    # a count of those from one place, the sentence's count is of those from elsewhere
    ("受表彰的优秀通讯员中有几名来自固镇县？", "对来自三县近30名优秀通讯员进行表彰", "30名", "decline:other"),
    ("受表彰的优秀通讯员中有几名来自固镇县？", "对来自固镇县的12名优秀通讯员进行表彰", "12名", ""),
])
def test_a_vague_day_another_edition_number_or_origin_is_declined(question, sentence, answer, rule):
    assert inconsistent(analyze(question), _candidate(sentence, answer)) == rule


def test_a_sentence_telling_of_an_unnamed_subject_answers_only_a_subject_its_article_names(engine):
    from qa.answer.agreement import Surroundings
    around = Surroundings(article="乌昌石城际公路开工。该项目总投资28.49亿元,是自治区重点项目。",
                          tag=lambda t: list(engine.tokenizer.pos(t)))
    c = _candidate("该项目总投资28.49亿元,是自治区重点项目", "28.49亿元")
    assert inconsistent(analyze("大张高铁总投资多少亿元？"), c, around) == "decline:other"
    assert inconsistent(analyze("乌昌石城际公路总投资多少亿元？"), c, around) == ""


def test_the_year_asked_may_be_told_just_before_a_sentence_that_names_none():
    info = analyze("袁世凯曾于1916年时邀请了哪一个人担任国务总理？")
    best = replace(_candidate("袁世凯邀请段祺瑞出任国务总理", "段祺瑞"), type="person")
    assert inconsistent(info, best, Surroundings(near="1916年,袁世凯取消帝制。")) == ""
    # nothing before it tells the year, or the sentence names a year of its own: still another year's
    assert inconsistent(info, best, Surroundings(near="袁世凯取消帝制。")) == "decline:year"
    other = replace(_candidate("1918年,袁世凯邀请段祺瑞出任国务总理", "段祺瑞"), type="person")
    assert inconsistent(info, other, Surroundings(near="1916年,袁世凯取消帝制。")) == "decline:year"


def test_a_sentence_naming_no_year_tells_the_year_its_report_was_printed():
    info = analyze("2024年《郑州日报》迎来了多少岁生日？")
    best = _candidate("值此党的103岁华诞之际,《郑州日报》也迎来了75岁生日", "75岁")
    assert inconsistent(info, best, Surroundings(year="2024")) == ""
    assert inconsistent(info, best, Surroundings(year="2019")) == "decline:year"  # another year's paper
    dated = _candidate("2019年,《郑州日报》迎来了70岁生日", "70岁")
    assert inconsistent(info, dated, Surroundings(year="2024")) == "decline:year"  # a year of its own


def test_the_holder_of_another_owner_s_post_is_declined():
    near = "京九晚报副总编辑秋影祖籍周口郸城"
    around = Surroundings(near=near, article=near, tag=_real_tags)
    c = _candidate(near, "秋影")
    # the sentence prints the asked post of another paper (京九晚报, not 深圳晚报)
    assert inconsistent(analyze("深圳晚报副总编辑是谁？"), c, around) == "decline:other"
    assert inconsistent(analyze("京九晚报副总编辑是谁？"), c, around) == ""
    # words of a clause before the post are no owner ("以下是|财政司司长")
    s = "以下是财政司司长曾俊华联同局长陈家强"
    c = _candidate(s, "曾俊华")
    around = Surroundings(near=s, article=s, tag=_real_tags)
    assert inconsistent(analyze("在记者会上答问的财政司司长是谁？"), c, around) == ""


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    # a country asked, a place inside one answered: no country's name ends like a district or a building
    ("那名外籍男子是哪国人？", "警员在铜锣湾崇光百货外发现一名外籍男子", "铜锣湾", "decline:kind"),
    ("这所学校在哪个国家？", "学校位于北京市海淀区", "北京市海淀区", "decline:kind"),
    ("卡罗鲁斯是哪国人？", "卡罗鲁斯是德国人", "德国", ""),
    ("他在哪个国家留学？", "他曾在冰岛留学", "冰岛", ""),
    ("哪个国家首先试验？", "中华民国台湾首先试验", "中华民国台湾", ""),  # a name with 国 is a country's
])
def test_a_country_asked_is_not_answered_by_a_place_inside_one(question, sentence, answer, rule):
    assert inconsistent(analyze(question), _candidate(sentence, answer)) == rule
