"""Composer rules that real newspaper pages exposed (the pages suites' former xfails), one rule at a time."""

from __future__ import annotations

import re

import pytest
from candidates import sentence_of

from qa.answer.compose import _joined
from qa.answer.features import question_sides
from qa.answer.question import analyze
from qa.answer.shape import shape
from qa.answer.slots import align
from qa.answer.spans import Span
from qa.answer.typed import extract, numbers, times
from qa.engine import build_engine
from qa.normalize import fold
from qa.types import Article, Candidate, Paragraph, Sentence


def _texts(folded: str, spans) -> list[str]:
    return [folded[s.start:s.end] for s in spans]


@pytest.mark.parametrize(("question", "slot"), [
    ("这是彭帅连续三届全运会获得的第几块金牌？", "第几块"),
    ("上海男排上一次问鼎全运会是在第几届？", "第几届"),
])
def test_an_ordinal_question_word_keeps_its_di(question, slot):
    info = analyze(question)
    assert info.wh_word == slot
    assert not info.left.endswith("第")


@pytest.mark.parametrize(("text", "amount"), [
    ("记者们上百次前往雄安新区", "上百次"),
    ("数十个村庄", "数十个"),
    ("近千人到场", "近千人"),
    ("依法判处郑某三年零六个月有期徒刑", "三年零六个月"),
    ("全程用了1小时20分钟", "1小时20分钟"),
    ("半个小时的庭审过程", "半个小时"),
    ("一个半小时后", "一个半小时"),
    ("刑期两年半", "两年半"),
])
def test_amounts_keep_their_approximation_and_both_units(text, amount):
    assert amount in _texts(text, numbers(text))


@pytest.mark.parametrize("text", ["上半年增长", "上一届冠军是谁"])
def test_no_half_year_or_last_time_as_an_amount(text):
    found = _texts(text, numbers(text))
    assert "半年" not in found and "上一届" not in found


def test_a_clock_time_with_a_chinese_numeral_hour():
    text = fold("小組會議安排在下午三時開始")
    assert "下午三时" in _texts(text, times(text))


def test_how_long_time_asks_a_duration():
    info = analyze("社区里的庭审过程持续了多长时间？")
    sides = question_sides(info)
    assert sides.grain and "小时" in sides.grain


def test_a_score_question_is_a_number_question_wanting_a_score():
    info = analyze("中超杯决赛第二回合武汉黄鹤楼以几比几战胜深圳健力宝？")
    assert info.qtype == "number" and info.wh_word == "几比几"
    grain = question_sides(info).grain
    assert re.search(grain, "2比0") and re.search(grain, "3:1") and not re.search(grain, "2005")
    grain = question_sides(analyze("中超杯决赛第一回合的比分是多少？")).grain
    assert grain and re.search(grain, "15比13") and not re.search(grain, "2005")


def _tags(folded: str) -> list[tuple[str, str]]:
    return [(c, "x") for c in folded]  # no words: only the regex extractors speak


@pytest.mark.parametrize(("question", "item"), [
    ("上海男排获胜的第五局比分是多少？", "15比13"),
    ("上海男排获胜的第二局比分是多少？", "20比25"),
    ("上海男排获胜的比分是多少？", "26比24"),  # no ordinal: the chosen span stays
])
def test_an_ordinal_in_the_question_picks_that_item(question, item):
    s = sentence_of("上海男排获胜的五局比分为26比24、20比25、25比17、17比25和15比13。")
    start = s.folded.find("26比24")
    best = Candidate(text="26比24", sentence=s, start=start, end=start + 5, type="number", score=1.0,
                     rule="type:number")
    assert shape(best, analyze(question), _tags, widen_typed=False).text == item


def test_a_web_address_is_one_place_span():
    text = fold("报告全文同时刊载于www.sse.com.cn。详见http://www.gov.cn/zhengce/1.htm")
    found = extract(text, _tags(text))
    web = [text[s.start:s.end] for s in found if s.rule == "url"]
    assert web == ["www.sse.com.cn", "http://www.gov.cn/zhengce/1.htm"]
    assert all(s.type == "place" for s in found if s.rule == "url")
    # its pieces are not numbers of their own
    assert not any(s.type == "number" and s.start >= text.find("http") for s in found)


def test_kin_answer_who_only_where_the_sentence_names_no_one():
    text = "今年春节期间,儿子送来新年礼物。"
    tags = [("今年", "t"), ("春节", "t"), ("期间", "f"), (",", "x"), ("儿子", "n"), ("送来", "v"), ("新年", "t"),
            ("礼物", "n"), ("。", "x")]
    assert [(text[s.start:s.end], s.rule) for s in extract(text, tags) if s.type == "person"] == [("儿子", "kin")]
    named = "张秉成的儿子送来礼物。"
    tags = [("张秉成", "nr"), ("的", "uj"), ("儿子", "n"), ("送来", "v"), ("礼物", "n"), ("。", "x")]
    assert [named[s.start:s.end] for s in extract(named, tags) if s.type == "person"] == ["张秉成"]


def test_a_who_slot_opening_with_a_name_is_cut_to_the_name():
    s = sentence_of("第65分钟,吉奥森接周熠发出的角球头球破门。")
    tags = [("第", "m"), ("65", "m"), ("分钟", "q"), (",", "x"), ("吉奥森", "nr"), ("接周熠", "i"), ("发出", "v"),
            ("的", "uj"), ("角球", "n"), ("头球", "n"), ("破门", "v"), ("。", "x")]
    start = s.folded.find("吉奥森")
    end = s.folded.find("头球破门")
    slot = Candidate(text=s.text[start:end], sentence=s, start=start, end=end, type="slot", score=1.0, rule="slot")
    got = shape(slot, analyze("第65分钟是谁头球破门？"), lambda f: tags, widen_typed=False)
    assert got.text == "吉奥森"


def test_a_day_of_the_month_named_relative_to_the_page_is_a_time():
    text = "稿件于本月12日见报后,职工们传阅报纸"
    assert "本月12日" in _texts(text, times(text))


def test_a_which_day_question_is_not_answered_by_riqian():
    grain = question_sides(analyze("这篇报道是哪天见报的？")).grain
    assert re.search(grain, "本月12日") and re.search(grain, "当天")
    assert not re.search(grain, "日前")


def test_a_time_fronted_before_the_subject_and_its_verb_touches_the_anchors():
    text = "2017年4月1日雄安新区成立,我在4月3日来到雄安新区探访。"
    info = analyze("雄安新区是哪天成立的？")
    slot = align(text, info.left, info.right)
    assert slot is not None
    assert slot.touch(0, len("2017年4月1日")) > 0.5
    at = text.find("4月3日")
    assert slot.touch(at, at + 4) == 0


def test_a_parenthesis_after_the_left_anchor_is_skipped():
    text = "今年一季度我国国内生产总值(gdp)284997亿元,同比增长4.5%"
    info = analyze("今年一季度我国国内生产总值是多少？")
    slot = align(text, info.left, info.right)
    assert slot is not None
    at = text.find("284997")
    assert slot.touch(at, at + 8) > 0
    assert text[slot.start:slot.end].startswith("284997")


def test_a_slot_opened_and_ended_by_places_is_one_place():
    text = "温家宝在日本福岛吾妻综合运动公园体育馆避难所慰问灾民"
    start, end = text.find("日本"), text.find("避难所")
    typed = [Span(start, start + 4, "place", "place"), Span(end - 5, end, "place", "place")]
    assert _joined(typed, start, end, ("place", "org")) == "place"
    nums = [Span(0, 2, "number", "number"), Span(5, 8, "number", "number")]
    assert _joined(nums, 0, 8, ("number",)) == ""  # "1个引导区、6大功能区、12个" is a list, not one number


@pytest.fixture(scope="module")
def two_briefs(config):
    from qa.engine import build_engine
    from qa.types import Article, Paragraph
    texts = [
        ("瑞典乒球赛中国单打全面胜利",
         "昨日凌晨,2005年国际乒联巡回赛最后一站———瑞典站比赛在哥德堡揭幕。男女单打正赛前两轮、"
         "男女双打正赛第一轮的比赛结束,中国选手大多顺利过关,男单小将张超在第二轮比赛中击败了韩国名将柳承敏。"),
        ("天津蟬聯女團冠軍", "彭帥在第二場單打比賽中幾乎沒有遇到任何抵抗,以6:0和6:2橫掃浙江隊的劉美婷。"),
    ]
    articles = [Article(id=f"p{i}", file="briefs.txt", headline=title,
                        paragraphs=(Paragraph(index=0, kind="body", text=text),))
                for i, (title, text) in enumerate(texts)]
    return build_engine(config, articles=articles)


def test_a_best_sentence_about_another_subject_gives_way_to_the_next_candidate(two_briefs):
    a = two_briefs.ask("彭帥在第二場單打比賽中擊敗了誰？")
    assert not a.declined and a.text == "劉美婷"


@pytest.fixture(scope="module")
def court(config):
    from qa.engine import build_engine
    from qa.types import Article, Paragraph
    text = ("本报讯 “法院要来咱社区里审案子啦,快听听去!”昨日上午,陇海马路街道办事处紫荆社区内,居民们互相打着招呼。"
            "原来,该办事处司法所联合管城回族区人民法院,将“法庭”设在社区,在社区居民的“监督”下审判一起刑事案件。")
    articles = [Article(id="court", file="court.txt", headline="社区里开庭审案",
                        paragraphs=(Paragraph(index=0, kind="body", text=text),))]
    return build_engine(config, articles=articles)


def test_a_place_named_bare_is_the_one_the_paragraph_named_before(court):
    a = court.ask("管城回族区人民法院把法庭设在了哪个社区？")
    assert not a.declined and a.text.endswith("紫荆社区")
    assert "设在社区" in a.evidence[0].sentence.text  # the sentence that tells it leads the evidence


def test_a_quote_the_asked_noun_follows_is_headed():
    from qa.answer.short import headed
    from qa.answer.typed import quotes
    text = "陕工报日前推出的“高温酷暑访一线”栏目中有一组稿件,其中有一篇名为“西煤机人”的报道"
    got = [(text[sp.start:sp.end], firm) for sp, firm in headed(text, quotes(text), "栏目", "推出的栏目叫什么？")]
    assert got == [("高温酷暑访一线", 1.0)]


def test_which_county_takes_the_county_of_a_place_chain():
    text = "这就是西和县姜席镇姜川村给我的第一印象"
    s = sentence_of(text)
    start = text.index("西和县")
    chain = Candidate(text="西和县姜席镇姜川村", sentence=s, start=start, end=start + 9, type="place", score=1.0,
                      rule="type:place")
    info = analyze("姜川村位于哪个县？")
    assert shape(chain, info, lambda t: [], widen_typed=False).text == "西和县"
    assert shape(chain, analyze("姜川村位于哪里？"), lambda t: [], widen_typed=False).text == "西和县姜席镇姜川村"


def _real_tags(folded: str) -> list[tuple[str, str]]:
    from qa.config import load_config
    from qa.tokenize import Tokenizer
    return Tokenizer(load_config()).pos(folded)


def test_a_name_cut_into_characters_after_a_post_is_a_person():
    # jieba reads "关也彤" as 关/v 也/d 彤/n: after the post 副区长 it is still a name
    text = "区委常委、副区长关也彤介绍航海公园及主雕塑情况,副区长陈帅主持仪式。"
    people = [text[sp.start:sp.end] for sp in extract(text, _real_tags(text)) if sp.type == "person"]
    assert "关也彤" in people and "陈帅" in people


@pytest.fixture(scope="module")
def ceremony(config):
    """All the real pages (the ceremony is 虹口报's front page), as the pages suites load them."""
    from pathlib import Path

    from qa.engine import Engine
    return Engine.load(config, corpus=[Path(__file__).parent / "data" / "pages"])


def test_the_subject_of_the_asked_verb_is_the_person(ceremony):
    a = ceremony.ask("谁介绍了航海公园及主雕塑的情况？")
    assert not a.declined and a.text == "关也彤"


def test_a_village_led_by_a_surname_is_no_person():
    text = "王立英是辛庄村的儿媳妇,也是此次负责教大家摇元宵的师傅。"
    people = [text[sp.start:sp.end] for sp in extract(text, _real_tags(text)) if sp.type == "person"]
    assert people == ["王立英"]


@pytest.mark.parametrize(("question", "expects"), [
    ("田聰明一行訪問文匯報時，哪位社長熱情歡迎他們？", ("person",)),
    ("中國特色社會主義的理論基石指的是何人的理論?", ("person",)),
    ("这次活动由谁主办？", ("person", "org")),  # 谁 may be an organisation
])
def test_which_person_asks_a_person_not_an_organisation(question, expects):
    assert analyze(question).expects == expects


@pytest.mark.parametrize(("text", "amount"), [
    ("预计最高气温24℃~26℃,最低气温20℃~22℃。", "24℃~26℃"),
    ("预计最高气温24℃~26℃,最低气温20℃~22℃。", "20℃~22℃"),
    (fold("包括一、國內有三至五家設立"), "三至五家"),
])
def test_a_range_keeps_both_ends(text, amount):
    assert amount in _texts(text, numbers(text))


def test_a_range_of_years_counted_stays_a_number():
    text = fold("發願之後他就成為一個耶穌會世俗助手,花3年－5年研究文學和哲學")
    nums = [text[sp.start:sp.end] for sp in extract(text, _real_tags(text)) if sp.type == "number"]
    assert "3年-5年" in nums


def test_a_place_widens_over_the_kind_of_place_asked():
    text = "5月17日,在天目山路穿马路时遭遇车祸(都市快报曾作报道)的七旬夫妇遗体送到了殡仪馆;"
    s = sentence_of(text)
    start = text.index("天目山")
    road = Candidate(text="天目山", sentence=s, start=start, end=start + 3, type="place", score=1.0,
                     rule="type:place")
    got = shape(road, analyze("七旬夫妇在哪条路穿马路时遭遇车祸？"), _real_tags)
    assert got.text == "天目山路"
    # 路 is still an echo of a question that does not ask for the road
    assert shape(road, analyze("七旬夫妇在哪里穿马路时遭遇车祸？"), _real_tags).text == "天目山"


@pytest.mark.parametrize("question", ["触电身亡的电器公司操作工多大年纪？", "那位老人的年龄是多少？"])
def test_an_age_asked_wants_years_of_age(question):
    grain = question_sides(analyze(question)).grain
    assert grain and re.search(grain, "25岁") and not re.search(grain, "一家")


def test_a_title_quoted_after_the_named_noun_is_its_name():
    from qa.answer.short import named
    text = "本报讯(记者 耿小彦)9月22日,北外滩航海公园主题雕塑《梦舟》揭幕仪式在上海大厦举行。"
    got = [text[sp.start:sp.end] for sp, _ in named(text, "北外滩航海公园主题雕塑叫什么名字？")]
    assert got == ["梦舟"]
    assert named(text, "揭幕仪式在哪里举行？") == []  # a quote after words the question does not say


def test_the_name_asked_is_the_quoted_title(ceremony):
    a = ceremony.ask("北外滩航海公园主题雕塑叫什么名字？")
    assert not a.declined and "梦舟" in a.text


def test_what_kind_of_people_asks_a_description():
    assert analyze("北京八十中雄安容东分校的其他老师大多是什么人？").qtype == "what"
    assert analyze("什么人在会上发言？").qtype == "who"  # not after a copula: a name is asked


def test_an_adverb_before_the_copula_opens_no_answer():
    from qa.answer.spans import trim
    text = "其他老师大多都是95后的应届硕士毕业生"
    start, end = trim(text, text.index("都是"), len(text))
    assert text[start:end] == "95后的应届硕士毕业生"
    assert trim("都江堰", 0, 3) == (0, 3)


@pytest.mark.parametrize(("text", "name"), [
    (fold("總統經濟顧問小組召集人林信義昨(21)日表示「賺錢就要繳稅」"), "林信义"),  # 林|信义|昨
    ("1.4 公司负责人王道明、主管会计工作负责人丁晓枫及会计机构负责人", "王道明"),  # 王道|明|、
])
def test_a_name_after_a_post_takes_a_noun_holding_its_rest(text, name):
    from qa.answer.names import names_after_posts
    assert name in _texts(text, names_after_posts(text, _real_tags(text), []))


def test_no_name_runs_into_a_verb_after_a_post():
    from qa.answer.names import names_after_posts
    text = fold("以下是財政司司長曾俊華聯同財經事務及庫務局局長陳家強")
    assert "曾俊" not in _texts(text, names_after_posts(text, _real_tags(text), []))


def test_a_post_asked_with_de_is_the_post_printed_without():
    from qa.answer.people import holds
    assert holds("主管会计工作负责人", "北大荒农业主管会计工作的负责人") is True
    assert holds("公司负责人", "北大荒农业主管会计工作的负责人") is None


@pytest.mark.parametrize(("slot", "name"), [
    ("市政府副秘书长王为人", "王为人"), ("区长李明", "李明"), ("市政府", None), ("书记张三丰x", None),
])
def test_the_name_closing_a_who_slot_after_its_post(slot, name):
    from qa.answer.names import name_in_slot
    sp = name_in_slot(slot, 0, len(slot))
    assert (slot[sp.start:sp.end] if sp else None) == name


def test_the_right_anchor_ends_a_name_jieba_cut_apart(ceremony):
    a = ceremony.ask("谁为雕塑《梦舟》揭幕？")  # jieba: 王/nr 为/p 人为/n
    assert not a.declined and a.text == "王为人"


def _slot_answer(text: str, part: str) -> Candidate:
    start = text.index(part)
    return Candidate(text=part, sentence=sentence_of(text), start=start, end=start + len(part), type="slot",
                     score=1.0, rule="slot")


def test_an_action_in_a_who_slot_names_no_one():
    from qa.answer.agreement import Surroundings
    from qa.answer.policy import inconsistent
    from qa.tokenize import main_word_freq
    around = Surroundings(tag=_real_tags, freq=main_word_freq)
    info = analyze("社区开庭审理郑某盗窃案的审判长是谁？")
    text = "审判长当庭宣判:根据《中华人民共和国刑法》第264条,依法判处郑某三年零六个月有期徒刑"
    assert inconsistent(info, _slot_answer(text, "当庭宣判"), around) == "decline:type"
    text = "英祖的王位后来则由世孙李算继承"  # a name in the slot: kept
    assert inconsistent(analyze("英祖的王位后来由谁继承？"), _slot_answer(text, "则由世孙李算继承"), around) == ""


def test_people_listed_after_their_posts_answer_a_question_for_several():
    text = ("我们还与南京大学地理与海洋科学学院教授、长江学者高抒,江苏大学党委书记袁寿其,"
            "徐州第一人民医院眼科医院院长李甦雁进行了访谈。")
    start = text.index("李甦雁")
    one = Candidate(text="李甦雁", sentence=sentence_of(text), start=start, end=start + 3, type="person", score=1.0,
                    rule="type:person")
    got = shape(one, analyze("快报小记者还与哪些人进行了访谈？"), _real_tags, widen_typed=False).text
    assert got.startswith("高抒") and got.endswith("李甦雁")
    assert shape(one, analyze("快报小记者还与谁进行了访谈？"), _real_tags, widen_typed=False).text == "李甦雁"


def _number_answer(text: str, part: str) -> Candidate:
    start = text.index(part)
    return Candidate(text=part, sentence=sentence_of(text), start=start, end=start + len(part), type="number",
                     score=1.0, rule="type:number")


def test_a_bare_number_running_into_a_word_counts_nothing():
    from qa.answer.policy import inconsistent
    text = "昨天下午,2005中超杯决赛武汉黄鹤楼与深圳健力宝的第二回合在武汉体育中心进行。"
    info = analyze("中超杯决赛第二回合有多少名观众到场？")
    assert inconsistent(info, _number_answer(text, "2005"), None) == "decline:unit"
    assert inconsistent(info, _number_answer("现场观众约2005,座无虚席", "2005"), None) == ""


def test_a_count_of_something_else_than_the_noun_asked():
    from qa.answer.agreement import Surroundings
    from qa.answer.policy import inconsistent
    from qa.tokenize import main_word_freq
    around = Surroundings(tag=_real_tags, freq=main_word_freq)
    info = analyze(fold("警方當晚出動了多少名警員巡邏？"))
    text = fold("警方說,一名24歲本地男子昨晚在興發街附近形跡可疑,警員上前截查期間,該名男子懷疑情緒激動")
    assert inconsistent(info, _number_answer(text, "一名"), around) == "decline:measure"
    text = fold("警方當晚出動了一百名警員巡邏")
    assert inconsistent(info, _number_answer(text, "一百名"), around) == ""


@pytest.mark.parametrize(("question", "byline"), [
    ("新華社國慶圖片展開幕的報道是誰寫的？", "writer"),  # 圖片 is the topic, 寫 the asked verb
    ("这张照片是谁拍的？", "photographer"),
    ("照片的作者是谁？", "photographer"),
])
def test_a_writing_verb_asks_the_writer_whatever_the_topic(question, byline):
    assert analyze(question).byline == byline


def test_the_other_of_a_series_is_not_the_one_asked():
    from qa.answer.agreement import Surroundings
    from qa.answer.policy import inconsistent
    info = analyze("中超杯决赛第一回合的比分是多少？")
    text = "最终主场作战的武汉黄鹤楼凭借两个巴西外援的进球,2比0战胜深圳健力宝,以两个回合3比1的总比分夺得冠军。"
    before = Surroundings(near="2005中超杯决赛武汉黄鹤楼与深圳健力宝的第二回合在武汉体育中心进行。")
    assert inconsistent(info, _number_answer(text, "3比1"), before) == "decline:other"
    first = Surroundings(near="中超杯决赛第一回合在深圳进行。")
    assert inconsistent(info, _number_answer(text, "3比1"), first) == ""
    # 第2 and 第二 are the same one
    info = analyze("哪一个国家拥有非洲第二大的证券交易所?")
    place = Candidate(text="奈及利亚", sentence=sentence_of("奈及利亚还有非洲第2大的证券交易所"), start=0, end=4,
                      type="place", score=1.0, rule="type:place")
    assert inconsistent(info, place, Surroundings(near="它是世界第7大顺差国")) == ""


def test_ordinal_values():
    from qa.lexicon import ordinal_value
    assert [ordinal_value(x) for x in ("2", "二", "十", "十二", "二十", "三十五")] == [2, 2, 10, 12, 20, 35]


def test_a_sibling_organisation_is_not_the_one_asked():
    from qa.answer.agreement import Surroundings
    from qa.answer.policy import inconsistent
    from qa.tokenize import main_word_freq
    text = fold("聽到《科學時報》要復名為《中國科學報》的消息,今年新當選中國工程院院士的徐銤寫了份賀詞")
    when = Candidate(text="今年", sentence=sentence_of(text), start=text.index("今年"), end=text.index("今年") + 2,
                     type="time", score=1.0, rule="type:time")
    info = analyze(fold("徐銤是哪一年當選中國科學院院士的？"))
    around = Surroundings(article=text, tag=_real_tags, freq=main_word_freq)
    assert inconsistent(info, when, around) == "decline:other"
    named = Surroundings(article=text + "。他也是中国科学院的研究员", tag=_real_tags, freq=main_word_freq)
    assert inconsistent(info, when, named) == ""  # the article names the one asked as well


def test_the_doer_asked_is_not_someone_who_did_something_else():
    from qa.answer.agreement import Surroundings
    from qa.answer.policy import inconsistent
    from qa.tokenize import main_word_freq
    around = Surroundings(tag=_real_tags, freq=main_word_freq)
    text = "市政府副秘书长王为人为雕塑揭幕,区委副书记、区长吕鸣,市交通委副主任叶兴出席揭幕仪式。"
    start = text.index("吕鸣")
    person = Candidate(text="吕鸣", sentence=sentence_of(text), start=start, end=start + 2, type="person", score=1.0,
                       rule="type:person")
    assert inconsistent(analyze("主题雕塑《梦舟》的设计者是谁？"), person, around) == "decline:post"
    assert inconsistent(analyze("区长是谁？"), person, around) == ""
    text = "占士·邦是一个由伊恩·法兰明所创作的虚构人物"  # 创造者 asked, 创作 said: the same doing
    start = text.index("伊恩")
    person = Candidate(text="伊恩·法兰明", sentence=sentence_of(text), start=start, end=start + 6, type="person",
                       score=1.0, rule="type:person")
    assert inconsistent(analyze("占士·邦的创造者是谁？"), person, around) == ""


def test_a_residential_compound_is_a_place():
    text = "丰台区长辛店镇辛庄村的村民们,在回迁小区——鑫园小区欢聚一堂,一起摇元宵、吃元宵"
    places = [text[sp.start:sp.end] for sp in extract(text, _real_tags(text)) if sp.type == "place"]
    assert "鑫园小区" in places


@pytest.mark.parametrize(("text", "org"), [
    (fold("由新華社亞太總分社暨香港特區分社主辦的慶祝中華人民共和國成立"), "新华社亚太总分社暨香港特区分社"),
    ("新华社北京分社记者", "新华社北京分社"),
])
def test_an_organisation_takes_its_branch(text, org):
    from qa.answer.typed import orgs
    assert org in _texts(text, orgs(text, _real_tags(text)))


def test_men_and_women_together_name_neither_side():
    from qa.answer.agreement import Surroundings
    from qa.answer.policy import inconsistent
    text = ("男女单打正赛前两轮、男女双打正赛第一轮的比赛结束,中国选手大多顺利过关,"
            "男单小将张超在第二轮比赛中击败了韩国名将柳承敏")
    listed = Candidate(text=text, sentence=sentence_of(text), start=0, end=len(text), type="sentence", score=1.0,
                       rule="sentence")
    info = analyze("瑞典站女单比赛中国派出了哪些选手？")
    assert inconsistent(info, listed, Surroundings()) == "decline:subject"
    assert inconsistent(analyze("瑞典站男单比赛中国派出了哪些选手？"), listed, Surroundings()) == ""


@pytest.mark.parametrize("question", [
    "对火宫殿庙会竖起大拇指点赞的东北游客叫什么名字？",
    "划着皮筏等候在公路大桥下的老教授叫什么名字？",
    "这位市长名叫什么？",
])
def test_a_persons_name_asked_is_a_who_question(question):
    info = analyze(question)
    assert info.qtype == "who" and info.expects == ("person",)


@pytest.mark.parametrize("question", ["这座桥叫什么名字？", "这种病叫什么名字？"])
def test_a_things_name_asked_stays_what(question):
    assert analyze(question).qtype == "what"


@pytest.mark.parametrize(("question", "text", "part", "rule"), [
    ("全团会议有多少名外国记者到会？", "来自国内外30家中外媒体的70多名记者到会旁听", "70多名", "decline:subject"),
    ("海外华文媒体代表中有多少位日本记者？", "活动的代表共有39人,来自21个国家和地区", "39人", "decline:subject"),
    ("有多少名外国记者到会？", "共有20多名外国记者到会旁听", "20多名", ""),
])
def test_a_part_asked_is_not_answered_by_the_whole(question, text, part, rule):
    from qa.answer.agreement import Surroundings
    from qa.answer.policy import inconsistent
    from qa.tokenize import main_word_freq
    around = Surroundings(tag=_real_tags, freq=main_word_freq)
    assert inconsistent(analyze(question), _number_answer(text, part), around) == rule


@pytest.mark.parametrize(("text", "code"), [
    ("国内统一刊号:CN65-0010", "cn65-0010"),
    ("美国海军开始在F6F和F4U战斗机上加装雷达", "f4u"),
    ("空客A320飞机", "a320"),
])
def test_a_code_keeps_its_letters(text, code):
    assert code in _texts(fold(text), numbers(fold(text)))


@pytest.mark.parametrize(("text", "place", "answer"), [
    ("今天,设在北京西长安街北侧梅地亚中心的两会新闻中心正式启用", "北京西长安街", "北京西长安街北侧梅地亚中心"),
    ("会场设在火车站对面,交通方便", "火车站", "火车站"),  # no building after the bearing
])
def test_a_building_after_a_bearing_ends_a_where_answer(text, place, answer):
    start = text.index(place)
    c = Candidate(text=place, sentence=sentence_of(text), start=start, end=start + len(place), type="place",
                  score=1.0, rule="type:place")
    assert shape(c, analyze("新闻中心设在哪里？"), _real_tags, widen_typed=False).text == answer


def test_a_name_jieba_cut_in_two_after_a_post_is_a_person():
    text = "代表团团长李纪恒参加审议,副团长布小林主持会议。"
    people = [text[sp.start:sp.end] for sp in extract(text, _real_tags(text)) if sp.type == "person"]
    assert "布小林" in people  # 布|小林, both tagged nr; 布 is no common surname
    text = "有关部门布小林场"  # no post before: no name
    assert "布小林" not in [text[sp.start:sp.end] for sp in extract(text, _real_tags(text)) if sp.type == "person"]


def test_a_common_noun_answering_where_goes_on_over_its_name():
    text = "上午10时,哈尔滨市各界在江上俱乐部举行隆重的欢迎仪式"
    start = text.index("俱乐部")
    c = Candidate(text="俱乐部", sentence=sentence_of(text), start=start, end=start + 3, type="org", score=1.0,
                  rule="type:org")
    assert shape(c, analyze("欢迎仪式在哪里举行？"), _real_tags, widen_typed=False).text == "江上俱乐部"
    # a name the question already says is not added
    assert shape(c, analyze("欢迎仪式在江上的哪里举行？"), _real_tags, widen_typed=False).text == "俱乐部"


@pytest.mark.parametrize(("text", "part", "rule"), [
    ("民警想把她带到救助站,但她不肯去", "民警想把她带到救助站", "decline:type"),
    ("民警把她送到了湖里区救助站", "湖里区救助站", ""),
])
def test_an_institution_asked_must_be_named(text, part, rule):
    from qa.answer.agreement import Surroundings
    from qa.answer.policy import inconsistent
    from qa.tokenize import main_word_freq
    start = text.index(part)
    c = Candidate(text=part, sentence=sentence_of(text), start=start, end=start + len(part), type="slot",
                  score=1.0, rule="slot")
    around = Surroundings(tag=_real_tags, freq=main_word_freq)
    assert inconsistent(analyze("老太太最后被送到了哪个救助站？"), c, around) == rule


@pytest.mark.parametrize(("question", "byline"), [
    ("作者建议把哪几路公交车延伸到白沙门阳光海滩？", ""),  # what the writer proposed
    ("作者1998年投给《海南日报》的文章叫什么？", ""),  # what the writer sent, not who wrote
    ("《从读者到作者》的作者是谁？", "writer"),  # a title's 作者 is no cue
    ("那篇报道的作者有哪些？", "writer"),
    ("这篇文章的作者叫什么名字？", "writer"),
])
def test_the_writer_as_the_subject_is_no_byline_question(question, byline):
    assert analyze(question).byline == byline


def test_a_where_answer_goes_on_over_the_place_at_its_bearing():
    text = "我都会在海南日报社对面的工商银行门口乘坐单位通勤车上班"
    place = "海南日报社对面"
    start = text.index(place)
    c = Candidate(text=place, sentence=sentence_of(text), start=start, end=start + len(place), type="place",
                  score=1.0, rule="type:place")
    got = shape(c, analyze("作者每个工作日在哪里乘坐单位通勤车？"), _real_tags, widen_typed=False)
    assert got.text == "海南日报社对面的工商银行门口"


@pytest.mark.parametrize(("text", "amount"), [("3個月後會有初步建議報告", "3个月"), ("三个月后", "三个月")])
def test_a_count_of_months_is_one_amount(text, amount):
    assert amount in _texts(fold(text), numbers(fold(text)))


@pytest.mark.parametrize(("question", "answer"), [
    ("澳门雷州联谊会有哪两位副会长？", "萧妃英副会长、萧家海副会长"),  # 陈培斌 holds another post
    ("澳门雷州联谊会副会长是谁？", "萧妃英"),  # one asked
])
def test_several_people_asked_are_each_named_before_the_post_asked(question, answer):
    s = sentence_of("由黄德全会长偕同萧妃英副会长、萧家海副会长、陈培斌理事长及萧伟康顾问拜会台北经济文化办事处。")
    start = s.folded.find("萧妃英")
    best = Candidate(text="萧妃英", sentence=s, start=start, end=start + 3, type="person", score=1.0,
                     rule="type:person")
    assert shape(best, analyze(question), _tags, widen_typed=False).text == answer


@pytest.mark.parametrize(("question", "answer"), [
    ("作者参加工作后在哪里任教？", "城区的一所小学"),  # the institution in the place, up to the verb asked
    ("作者参加工作后到了哪里？", "城区"),  # no verb after the institution asked
])
def test_where_it_was_done_is_the_institution_in_the_place(question, answer):
    s = sentence_of("参加工作后,我到大同城区的一所小学任教。")
    start = s.folded.find("城区")
    best = Candidate(text="城区", sentence=s, start=start, end=start + 2, type="place", score=1.0,
                     rule="type:place")
    assert shape(best, analyze(question), _tags, widen_typed=False).text == answer


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("图片来源:海洛创意", "那篇调查的图片来源是哪里？", "海洛创意"),  # the label asked: its whole value
    ("图片来源:海洛创意", "那篇调查的作者是哪里人？", "海洛"),  # another label: the span stays
    ("图片来源是海洛创意公司的签约摄影师", "那篇调查的图片来源是哪里？", "海洛"),  # no label and value
])
def test_a_labelled_value_is_answered_whole(text, question, answer):
    s = sentence_of(text)
    start = s.folded.find("海洛")
    best = Candidate(text="海洛", sentence=s, start=start, end=start + 2, type="place", score=1.0,
                     rule="type:place")
    assert shape(best, analyze(question), _tags, widen_typed=False).text == answer


@pytest.mark.parametrize(("question", "text", "slot", "answer"), [
    # a predicate in the slot, the thing named after 即: the apposition answers
    ("中国在海外最大的基建项目是什么？", "中国在海外最大的基建项目落在大马,即东海岸铁路计划(ECRL)。", "落在大马",
     "东海岸铁路计划(ECRL)"),
    # the slot names the thing itself (after a copula): kept
    ("该项目是什么？", "该项目是东海岸铁路,即东铁计划。", "东海岸铁路", "东海岸铁路"),
    ("该项目是什么？", "该项目落在大马,由中国交建承建。", "落在大马", "落在大马"),
])
def test_an_apposition_after_ji_names_the_thing_a_predicate_only_places(question, text, slot, answer):
    start = text.index(slot)
    c = Candidate(text=slot, sentence=sentence_of(text), start=start, end=start + len(slot), type="slot", score=1.0,
                  rule="slot")
    assert shape(c, analyze(question), _real_tags).text == answer


def _engine_over(config, folder, *paragraphs: str, headline: str = "报道"):
    from qa.engine import Engine
    from qa.load import load_corpus

    (folder / "u.txt").write_text("\n\n".join((headline, *paragraphs)) + "\n", encoding="utf-8")
    return Engine.from_articles(config, load_corpus([folder]).articles)


@pytest.mark.parametrize(("question", "unit"), [
    ("自由黨和工黨承諾斥資多少支持多元文化報紙出版商？", ""),  # 支 begins 支持: no measure word asked
    ("约多少人口生活在岛上？", "人"),  # a noun after the measure word: 人口 still counts people
    ("岛上有多少个养殖场？", "个"),
    ("多少年前这里是一片荒地？", "年"),  # 年前 is a time after the count: the unit stays
])
def test_a_measure_word_that_begins_a_word_is_no_unit(question, unit):
    assert analyze(question).unit == unit


def test_how_much_money_prefers_a_currency_to_a_count(config, tmp_path):
    engine = _engine_over(config, tmp_path,
                          "现时,任何一名香港市民,只要申请电子证书,登入登记册网站,付出45港元,可查到车辆资料。",
                          "这项查册服务已经运行多年。")
    answer = engine.ask("香港市民查车辆登记册要付多少钱？")
    assert not answer.declined and answer.text == "45港元"


@pytest.mark.parametrize(("question", "answer", "rule"), [
    ("杨忠华移居洛杉矶之前住在哪个城市？", "中国", "decline:kind"),  # his origin (中国新移民) is a country
    ("杨忠华移居洛杉矶之前住在哪个城市？", "广州", ""),
    ("杨忠华移居洛杉矶之前住在哪个国家？", "中国", ""),
    ("大国之间的谈判在哪个城市举行？", "大国", ""),  # no country's name
])
def test_a_country_does_not_answer_which_city(question, answer, rule):
    from qa.answer.agreement import other_kind

    text = fold(f"{answer}新移民杨忠华从去年移居洛杉矶后,就成为读者。")
    s = sentence_of(text)
    best = Candidate(text=answer, sentence=s, start=0, end=len(answer), type="place", score=1.0, rule="type:place")
    assert other_kind(analyze(question), best) == rule


@pytest.mark.parametrize(("question", "text", "name", "rule"), [
    ("警察公共关系科高级警司是谁？", "警察公共关系科总警司谢振中表示", "谢振中", "decline:post"),  # another rank
    ("警察公共关系科总警司是谁？", "警察公共关系科总警司谢振中表示", "谢振中", ""),
    ("屋大维的养父是谁？", "屋大维鉴于其养父朱利乌斯的失败", "朱利乌斯", ""),  # 的 ↔ 鉴于其: no rank word
])
def test_a_post_printed_with_another_rank_word_is_another_post(question, text, name, rule):
    from qa.answer.policy import _other_rank

    s = sentence_of(text)
    start = text.index(name)
    best = Candidate(text=name, sentence=s, start=start, end=start + len(name), type="person", score=1.0,
                     rule="type:person")
    assert _other_rank(analyze(question), best) == rule


def test_the_noun_after_which_one_belongs_to_the_answer_though_jieba_tags_it_a_verb(config, tmp_path):
    # "哪个警署|调查": jieba tags 警署 v; a measure word takes a noun, so the answer keeps it (湾仔警署, not 湾仔)
    engine = _engine_over(config, tmp_path,
                          "警员在铜锣湾崇光百货外发现一名外籍男子,警方遂在其同意下将他带返湾仔警署调查,其后已经放行。",
                          "警方强调执法是为维持治安。")
    answer = engine.ask("警方将外籍男子带返哪个警署调查？")
    assert not answer.declined and answer.text == "湾仔警署"


def test_a_place_opening_with_a_road_s_bearing_part_takes_in_the_road_s_name_and_its_spot():
    # jieba tags 胜利 (the road's name) a verbal noun: "胜利|南路|天桥|下"
    s = sentence_of("有市民反映,胜利南路天桥下一个惠民早餐的餐棚因长期弃用")
    start = s.folded.find("南路天桥")
    best = Candidate(text="南路天桥", sentence=s, start=start, end=start + 4, type="place", score=1.0,
                     rule="type:place")
    from qa.config import load_config
    from qa.tokenize import Tokenizer
    tags = Tokenizer(load_config()).pos
    assert shape(best, analyze("惠民早餐餐棚在哪里？"), tags, widen_typed=False).text == "胜利南路天桥下"
    assert shape(best, analyze("惠民早餐餐棚在哪里？"), _tags, widen_typed=False).text == "南路天桥"  # no words


def test_a_short_slot_ending_with_a_body_noun_is_an_organisation():
    from qa.answer.compose import _BODIES, _kind_in_slot

    def _body_in_slot(f: str, start: int, end: int) -> bool:
        return _kind_in_slot(f, start, end, _BODIES, 8)  # as the composer asks it
    f = "费用由各自企业承担。"
    assert _body_in_slot(f, f.index("各自"), f.index("承担"))
    g = "费用,由企业承担"
    assert not _body_in_slot(g, 0, g.index("承担"))  # a clause break inside
    assert not _body_in_slot(f, f.index("各自"), f.index("企业"))  # no body noun at its end


def test_the_name_printed_with_the_asked_noun_answers_before_the_place_it_is_in():
    from qa.answer.precedence import headed_first
    s = sentence_of("希望日本资助印尼的多个战略项目能够尽快完成,包括雅加达地铁和巴丁班港口扩建项目。")

    def cand(text: str, kind: str) -> Candidate:
        at = s.folded.find(text)
        return Candidate(text=text, sentence=s, start=at, end=at + len(text), type=kind, score=1.0, rule="x")

    country, port, city = cand("印尼", "place"), cand("巴丁班港口", "place"), cand("雅加达", "place")
    assert headed_first([country, city, port], "港口") is port
    assert headed_first([port, country], "港口") is None  # the best one is of the kind asked
    assert headed_first([cand("印尼", "org"), port], "港口") is None  # only a place is where the thing is


def test_a_slot_ending_with_a_noun_for_a_group_of_people_is_a_person_candidate():
    from qa.answer.compose import _GROUPS, _kind_in_slot

    def _group_in_slot(f: str, start: int, end: int) -> bool:
        return _kind_in_slot(f, start, end, _GROUPS, 12)  # as the composer asks it
    f = "小记者王怡迪采访两会期间的执勤人员。"
    assert _group_in_slot(f, f.index("两会"), f.index("。"))
    assert not _group_in_slot(f, f.index("两会"), f.index("的执勤"))  # no group noun at its end
    g = "采访了执勤人员,还有市民"
    assert not _group_in_slot(g, 0, len(g))  # a clause break inside


def test_a_date_in_days_of_the_month_does_not_count_days(config):
    # "幾天" is answered by the duration "4天", not the date the event starts ("30日起"): 日 a day of the month
    texts = ("【記者莊惠惠報導】總統盃全國帆船錦標賽30日起一連4天在觀音亭海域競速,澎湖縣長賴峰偉1日出席開幕活動時表示,"
             "本屆東京奧運台灣選手表現出類拔萃。",
             "縣府今年將推動離島觀光,吸引更多旅客前來澎湖。", "議會定期會今日開議,縣長率領縣府團隊進行施政報告。")
    engine = build_engine(config, articles=[
        Article(id=f"p{i}", file="p.txt", headline="澎湖新聞", paragraphs=(Paragraph(index=0, kind="body", text=t),))
        for i, t in enumerate(texts)])
    a = engine.ask("總統盃全國帆船錦標賽一連舉行幾天？")
    assert a.text == "4天"


# pages23: names jieba keeps whole but tags a place, and a name before the party its holder leads
@pytest.mark.parametrize(("text", "name"), [
    (fold("10月14日,吉林省委書記巴音朝魯、吉林省政協主席江澤林在長春會見"), "巴音朝鲁"),  # 巴音朝鲁/ns|、
    (fold("在長春會見全國政協副主席、民革中央常務副主席鄭建邦一行。"), "郑建邦"),  # 郑|建邦|一行/m
])
def test_names_right_after_a_post_that_jieba_does_not_tag_a_person(text, name):
    from qa.answer.names import names_after_posts
    assert name in _texts(text, names_after_posts(text, _real_tags(text), []))


def test_a_place_after_a_post_and_before_a_noun_is_no_name():
    from qa.answer.names import names_after_posts
    text = "县委书记巴中市在会上讲话"  # 巴中市/ns after a post, 在 after it: a city by its level, not a name
    assert "巴中市" not in _texts(text, names_after_posts(text, _real_tags(text), []))

def test_a_date_with_its_figures_spaced_from_the_units_is_one_time():
    # pages24 (法庭線): Hong Kong sites space figures from their units
    text = fold("法官郭偉健把案件押後至 10 月 19 日再訊,司法機構 2021 年 10 月 8 日發稿。")
    found = _texts(text, times(text))
    assert "10 月 19 日" in found and "2021 年 10 月 8 日" in found


def test_a_bare_number_right_before_the_thing_counted_counts_it(config, tmp_path):
    # pages24 (法庭線's headline "可容納50被告"): a headline leaves the measure word out
    engine = _engine_over(config, tmp_path, "区域法院起用大型法庭,可容纳50被告、约200旁听及律师席。",
                          "司法机构计划在湾仔兴建一所大型法庭。", headline="区域法院起用大型法庭")
    assert engine.ask("区域法院的大型法庭可容纳多少名被告？").text == "50"
    # a number run into another word is still a label, no count ("2005|中超杯")
    engine = _engine_over(config, tmp_path, "2005中超杯在上海举行,八支球队参赛。", headline="中超杯开幕")
    assert engine.ask("2005中超杯有多少名观众？").declined


@pytest.mark.parametrize(("question", "unit"), [
    ("民進黨團用了多少把機車鎖堵門？", "把"),  # pages24 (風傳媒): 把 counts locks, tools, chairs
    ("他买了几把椅子？", "把"),
    ("你有多少把握？", ""),  # 把握 is a word: no measure word asked
])
def test_ba_counts_after_a_how_many(question, unit):
    assert analyze(question).unit == unit


def _page_engine(config, name: str):
    """An engine over one page of tests/data/pages."""
    from pathlib import Path

    from qa.engine import Engine
    from qa.load import load_corpus

    page = Path(__file__).parent / "data" / "pages" / f"{name}.txt"
    return Engine.from_articles(config, load_corpus([page]).articles)


def test_a_count_of_people_who_did_another_thing_is_no_count_of_the_dead(config):
    # pages24 (聯統日報): "一名|民眾|自行由火場|逃出" counts one who escaped, not a death
    engine = _page_engine(config, "liantong_20170711")
    assert engine.ask("秀林鄉鐵皮屋大火造成多少人死亡？").rule == "decline:measure"
    assert not engine.ask("花蓮縣消防局派遣了幾個消防分隊前往救援？").declined  # a count the page tells


@pytest.mark.parametrize(("question", "byline"), [
    ("進行老眷村照片回顧分享的老村長是誰？", ""),  # pages24 (聯統日報): the holder of a post whose deed is photos
    ("图片中的市长是谁？", ""),
    ("这张照片是谁拍的？", "photographer"),
    ("照片的摄影记者是谁？", "photographer"),
])
def test_a_post_asked_after_photo_words_is_no_photo_credit(question, byline):
    assert analyze(question).byline == byline


def test_a_deed_told_after_the_holders_name(config):
    # pages24 (聯統日報): "當日活動除安排老村長徐正元進行老眷村照片回顧分享" — the post's holder, then his deed
    engine = _page_engine(config, "liantong_20150331")
    assert engine.ask("進行老眷村照片回顧分享的老村長是誰？").text == "徐正元"
    assert engine.ask("進行老眷村照片回顧分享的里長是誰？").declined  # 黎新順 is a 里長, not the one who did it


def test_a_growth_asked_is_the_figure_after_its_change_word_not_a_share_of_another_total():
    from qa.answer.typed import level_not_change, numbers, pulls_other
    text = "保税物流进出口663.2亿元,增长28.7%,占35.0%,拉动同期全市外贸进出口增长8.6个百分点"
    nums = {text[sp.start:sp.end]: sp for sp in numbers(text)}
    asked = "上半年保税物流进出口增长了多少"
    assert pulls_other(text, text.index("8.6"), asked)  # the points it added to the city's total
    assert not pulls_other(text, text.index("8.6"), "拉动全市外贸进出口增长多少个百分点")  # unless asked
    assert not pulls_other(text, text.index("28.7"), asked)
    levels = {text[sp.start:sp.end] for sp in level_not_change(text, list(nums.values()), "保税物流进出口增长了")}
    assert "663.2亿元" in levels and "28.7%" not in levels
    # a fall asked of a sentence printing only a rise: nothing is set aside (the contrast declines it elsewhere)
    assert level_not_change(text, list(nums.values()), "旅游收入同比下降了") == set()


def test_a_where_question_ending_at_its_question_word_takes_the_body_closing_the_clause(ceremony):
    # "李乐军供职于|武汉一家软件公司|,": the clause after the anchor ends with a body (公司), the employer, not the
    # city inside it
    assert ceremony.ask("李乐军供职于哪里？").text == "武汉一家软件公司"


@pytest.mark.parametrize(("text", "post", "rest", "name"), [
    ("昨晚,副市长只升华在利顺德大饭店会见了来津的海外华文媒体代表", "副市长", "会见了", "只升华"),  # 只|升华|在
    (fold("議員歐中慨聲援漁民,他認為"), "议员", "声援渔民", "欧中慨"),  # 欧中|慨|声援: the question's words follow
])
def test_the_name_right_after_the_post_a_which_question_asks(text, post, rest, name):
    from qa.answer.names import name_after_asked_post
    assert name in _texts(text, name_after_asked_post(text, _real_tags(text), post, rest))


@pytest.mark.parametrize("text", ["副市长在会上会见了代表", "副市长表示,会见了代表", "副市长也会见了代表"])
def test_no_light_word_after_the_post_is_a_name(text):
    from qa.answer.names import name_after_asked_post
    assert name_after_asked_post(text, _real_tags(text), "副市长", "会见了") == []


def test_two_counts_asked_in_one_phrase_are_answered_together():
    from qa.answer.typed import paired_counts
    text = "创刊号为四开四版,一版要闻、二版地方新闻"
    assert _texts(text, paired_counts(text, "创刊号为几开几版？")) == ["四开四版"]
    assert _texts("房子是三室两厅", paired_counts("房子是三室两厅", "房子是几室几厅？")) == ["三室两厅"]
    assert paired_counts(text, "创刊号有几版？") == []


def test_a_rate_asked_of_an_item_is_the_one_in_the_item_s_part():
    from qa.answer.precedence import item_told
    from qa.types import Candidate

    def figure(text: str, value: str, score: float) -> Candidate:
        s = Sentence(id=f"a:0:{score}", article_id="a", paragraph=0, kind="body", text=text, start=0, end=len(text))
        return Candidate(text=value, sentence=s, start=text.index(value), end=text.index(value) + len(value),
                         type="number", score=score, rule="type:number")

    per_mu = figure("该市小麦平均亩产557.4公斤,比上年增加13.8公斤,增幅2.54%;", "2.54%", 9.4)
    total = figure("总产20.93万吨,比上年增加1.58万吨,增幅8.17%。", "8.17%", 9.3)
    assert item_told([per_mu, total], analyze("沁阳市小麦总产的增幅是多少？")) is total
    assert item_told([per_mu, total], analyze("沁阳市小麦亩产的增幅是多少？")) is None  # the best names it
    assert item_told([per_mu, total], analyze("沁阳市小麦增产多少？")) is None  # no item's rate asked


def test_the_outlet_that_printed_a_release_names_the_place_of_its_posts(config):
    # pages25 (石台县委宣传部's release on the county's site): "县委常委、宣传部部长卢佳丽" names no county; the
    # source line does
    engine = _page_engine(config, "shitai_20250910")
    assert engine.ask("石台县委宣传部部长是谁？").text == "卢佳丽"
    assert engine.ask("石台县委宣传部副部长是谁？").declined
    assert engine.ask("嘉禾县委宣传部部长是谁？").declined  # another county's


@pytest.mark.parametrize(("text", "name"), [
    (fold("沙巴團結黨署理主席拿督佐津以及立新黨署理主席艾倫今日移交華社獅頭"), "佐津"),
    (fold("沙地政及房屋部長拿督馬希迪表示,陽性率為1.04%。"), "马希迪"),
])
def test_a_malay_name_after_a_post_and_an_honorific(text, name):
    from qa.answer.names import names_after_posts
    assert name in _texts(text, names_after_posts(text, _real_tags(text), []))


def test_no_name_after_an_honorific_without_a_post():
    from qa.answer.names import names_after_posts
    text = fold("他昨天拜訪了拿督的家人")
    assert not [t for t in _texts(text, names_after_posts(text, _real_tags(text), [])) if "家" in t]


def test_an_acting_post_does_not_answer_the_post(config, tmp_path):
    engine = _engine_over(config, tmp_path,
                          "沙巴團結黨署理主席拿督佐津以及立新黨署理主席艾倫今日移交華社獅頭時如此表示。",
                          "兩黨的13名州議員堅定不移地支持首長。")
    assert engine.ask("立新黨主席是誰？").declined  # 署理主席 is another post (acting)
    answer = engine.ask("立新黨署理主席是誰？")
    assert not answer.declined and "艾倫" in answer.text


@pytest.mark.parametrize(("text", "name"), [
    (fold("勞工局長王鑫基表示,感謝各工會志工的無私奉獻"), "王鑫基"),  # 王鑫|基|表示: the last character read as a noun
    (fold("中西區民政事務專員黃何詠詩也離開會議室"), "黄何咏诗"),  # two surnames and the given name (Hong Kong)
    (fold("全教總理事長張旭政3日在記者會中表示"), "张旭政"),  # 張旭|政|3|日: the day after the name, in digits
    # 鹭风报 (pages74): 黄溪|连/u|在 — jieba tags the name's last character a particle (连 of 连…都)
    (fold("中国驻菲大使黄溪连在闭幕致辞中表示,商总坚守创会初心"), "黄溪连"),
])
def test_a_name_right_after_a_post_runs_to_where_a_name_ends(text, name):
    from qa.answer.names import persons
    assert name in _texts(text, persons(text, _real_tags(text)))


def test_a_true_particle_after_a_post_and_a_name_is_not_the_names_last_character():
    from qa.answer.names import persons
    text = fold("中国驻菲大使黄溪等在闭幕式上致辞")  # 等: a true particle, the list's end
    assert "黄溪等" not in _texts(text, persons(text, _real_tags(text)))


def test_a_name_after_a_post_takes_no_common_word_after_it():
    from qa.answer.names import persons
    text = fold("局長王鑫工作多年,經驗豐富")  # 工作 is a word of its own, not the rest of a name
    assert "王鑫工作" not in _texts(text, persons(text, _real_tags(text)))


def test_a_post_taken_after_the_name_answers_who_holds_it(config, tmp_path):
    engine = _engine_over(config, tmp_path,
                          "此次祝賀團由商會總會長陳漢川擔任總團長,張玲琴主席出任總領隊,劉樹添永遠名譽總會長擔任名譽總團長。",
                          "祝賀團近百人組團返台。")
    answer = engine.ask("祝賀團的總團長是誰？")
    assert not answer.declined and "陳漢川" in answer.text  # not 張玲琴, printed right after the post
    from qa.answer.names import persons
    from qa.answer.people import holder_by_verb, titled
    text = fold("商會總會長陳漢川擔任總團長,張玲琴主席出任總領隊")
    s, tags = sentence_of(text), _real_tags(text)
    people = titled(s, persons(text, tags), tags)
    assert holder_by_verb("名誉总团长", s, people) is None  # 總團長 is not the 名譽 one: no holder


def test_an_age_asked_this_year_is_no_years_figure():
    from qa.answer.agreement import Surroundings, other_year

    def held(question: str, text: str, answer: str) -> str:
        f, answer = fold(text), fold(answer)
        at = f.index(answer)
        best = Candidate(text=answer, sentence=sentence_of(f), start=at, end=at + len(answer), type="number",
                         score=1.0, rule="type:number")
        return other_year(analyze(question), best, Surroundings())

    assert held("周先生今年幾歲？", "北門區50歲周先生,去年颱風造成房屋毀損。", "50歲") == ""
    # a figure of this year asked, the text's of last year: still another year's
    assert held("該廠今年生產了多少台電視機？", "去年該廠生產了50萬台電視機。", "50萬台") == "decline:year"


def test_a_countrys_mission_in_another_place_is_one_place():
    from qa.answer.typed import places
    text = fold("傍晚時分在中國駐漢堡總領事館會見了北德地區華僑華人代表")
    assert "中国驻汉堡总领事馆" in _texts(text, places(text, _real_tags(text)))
    text = fold("中國駐軍在漢堡進行了訓練")  # 驻军 is troops, no mission: no place runs over it
    assert not any(t.startswith("中国驻") for t in _texts(text, places(text, _real_tags(text))))


def test_a_transliterated_name_glossed_in_latin_after_a_person_noun_is_a_person():
    from qa.answer.names import persons
    text = fold("另外,根据地震学家伯德(Alison Bird)指出,过去一个月地震次数明显增多。")
    assert "伯德" in _texts(text, persons(text, _real_tags(text)))
    place = fold("在萨图纳岛(Saturna)附近录得地震,加拿大地震局(Earthquakes Canada)表示。")
    assert not {"萨图纳岛", "加拿大地震局"} & set(_texts(place, persons(place, _real_tags(place))))


def test_a_universitys_name_after_zai_answers_which_university(config, tmp_path):
    # jieba reads "在世|新|大學": the name right after 在 is the school's all the same
    engine = _engine_over(config, tmp_path,
                          "台灣電視產業的兩大公協會,在世新大學舉行研討會,主題是傳播產業的未來。",
                          "兩大公協會的代表都出席了研討會。")
    answer = engine.ask("電視產業研討會在哪所大學舉行？")
    assert not answer.declined and "世新大" in answer.text


def test_a_bare_number_running_into_latin_letters_counts_nothing():
    # pages43 (sdsb): "5G智慧跑道平台" names a technology; no count of the runners is printed
    from qa.answer.policy import inconsistent
    text = "活动旨在依托济南深圳双城5G智慧跑道平台,打造“群众参与运动健身、慈善公益双向赋能”的活动载体。"
    info = analyze("明湖慈善公益跑共有多少人参加？")
    assert inconsistent(info, _number_answer(text, "5"), None) == "decline:unit"
    assert inconsistent(info, _number_answer("共有5 g组选手参加。", "5"), None) != "decline:unit"  # a space between
