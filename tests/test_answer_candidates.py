"""Typed candidate spans and slot alignment, one extractor at a time."""

from __future__ import annotations

import pytest

from qa.answer.names import coordinated, names_before_posts, persons, trim_person
from qa.answer.question import analyze
from qa.answer.short import enumeration, expansion, marked, mend_breaks, widen
from qa.answer.slots import align
from qa.answer.spans import Span, clause_of
from qa.answer.typed import (
    about_other,
    counts_other,
    extract,
    named_by_head,
    numbers,
    orgs,
    place_in_slot,
    places,
    quotes,
    respectively_other,
    times,
)
from qa.lexicon import CAUSE_RE, MEANS_RE
from qa.normalize import fold


def texts(folded, spans, kind=None):
    return [folded[s.start:s.end] for s in spans if kind is None or s.type == kind]


@pytest.fixture(scope="module")
def freq(engine):
    """Word frequencies of the engine's dictionary (common words jieba tags nr are not names)."""
    return engine._state.composer._freq


@pytest.fixture(scope="module")
def pos(engine):
    """jieba tags through the project's tokenizer (user dictionary and byline names loaded)."""
    return lambda text: engine.tokenizer.pos(fold(text))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("2024年累计接待群众达75.11万人次,受理的信访及矛盾纠纷案件总量高达52.72万件。", ["75.11万人次", "52.72万件"]),
    ("整合了纪委监委、政法委、信访局、法院等18个部门的力量", ["18个"]),
    ("这里,19至35岁的青年人群占比高达66%,是名副其实的", ["19至35岁", "66%"]),
    ("过去需要跑七八个部门才能解决的问题", ["七八个"]),
    ("全市共有两千余人参加，占百分之六十六", ["两千余人", "百分之六十六"]),
    ("年投入百万的公共服务", ["百万"]),
    ("塔身高23.5米，宽1,200公尺", ["23.5米", "1,200公尺"]),
    ("体长约13公尺，是第15张专辑", ["约13公尺", "第15张"]),
    ("新的集选区共有14万2510个选民", ["14万2510个"]),  # 联合早报: a count written with 万 inside it
    # 東方報 (Taiwan): digits one by one, ○ for zero, a decimal point between them
    ("位於蘇花公路一五一.八公里處,今年推廣繁殖約有五○○株百合花", ["一五一.八公里", "五○○株"]),
    # 世界日报 (Thailand): prices in baht and its cent, the satang
    ("橙色旗快艇从14铢调至15铢,渡轮票上涨50士丁,由9-13铢上调至10-14铢",
     ["14铢", "15铢", "50士丁", "9-13铢", "10-14铢"]),
    ("吴艳妮在预赛中跑出8秒05,全程用时2小时05分30秒", ["8秒05", "2小时05分30秒"]),  # race times (工人日报)
    # 現代澳門日報: a decimal in Chinese numerals with the word for the point
    ("在其行李箱內起出逾九點四公斤的大麻花", ["九點四公斤"]),
    ("專輯用了近40頁篇幅報導", ["近40頁"]),  # 台灣好報: pages counted (近, nearly: part of the amount, as 近千人)
    ("建筑面积55万平方米,总投资18个亿。", ["55万平方米", "18个亿"]),  # 云南建投: 个 spoken before 亿
    ("共分成18个组,每组3个人", ["18个", "3个"]),
    ("2007年推出的处理器的速度为4.7 GHz", ["4.7 GHz"]),  # CMRC TRIAL_426: a clock rate in Latin letters
    # 中国农网: a share in figures with a slash is one amount (a date's slashes are not: 2020/12/29)
    ("占国土总面积2/3的山区,主要分布于19个省区市", ["2/3", "19个"]),
    # 中国能源报: energy in kilowatt-hours, the hour part of the unit
    ("每年可为电网供电3265.5万千瓦时,可节约标煤10482吨", ["3265.5万千瓦时", "10482吨"]),
])
def test_numbers_with_units(sentence, expected):
    assert texts(sentence, numbers(fold(sentence))) == expected


def test_figures_quoted_alone_name_an_event_not_a_count():
    # yssnews.com (玉树): "“4·14”" / "“4.14”" is the quake of April 14th — no answer to 多少名记者
    f = fold("适逢玉树“4·14”抗震救灾10周年之际,玉树州举行“4.14”抗震救灾10周年新闻宣传报道活动启动仪式")
    assert texts(f, numbers(f)) == ["10周年", "10周年"]  # neither 4 nor 14 nor 4.14
    assert texts(fold("共有4.14万人参加"), numbers(fold("共有4.14万人参加"))) == ["4.14万人"]  # unquoted: a count
    assert texts(fold("增长“4.5%”"), numbers(fold("增长“4.5%”"))) == ["4.5%"]  # with its unit: an amount


def test_a_dates_slashes_are_no_fraction():
    assert "12/29" not in texts("2020/12/29发布", numbers(fold("2020/12/29发布")))


def test_a_numeral_adverb_before_a_verb_or_an_adjective_is_no_count(pos):
    s = "飛往廣東省省會城市的兩小時航程十分順暢,十分钟后到达"
    assert texts(s, [sp for sp in extract(fold(s), pos(s)) if sp.type == "number"]) == ["兩小時", "十分钟"]


def test_one_go_is_no_count_of_times(pos):
    # 中国能源报: "一次性通过达标投产考核" — 一次性, at one go, counts nothing
    s = "辽宁清河农业光伏电站项目一次性通过达标投产考核,两次检查均合格"
    assert texts(s, [sp for sp in extract(fold(s), pos(s)) if sp.type == "number"]) == ["两次"]


def test_a_chinese_numeral_needs_its_unit():
    assert numbers(fold("构建起“一站式接待、一揽子调处”的基层治理枢纽")) == []


def test_a_year_is_a_date_not_a_count():
    assert "2024年" not in texts("2024年,我省", numbers(fold("2024年,我省")))


def test_a_unit_character_opening_a_holiday_is_no_unit():
    s = "此次火宫殿2018元旦庙会将持续三天,门票50元"
    assert texts(s, numbers(fold(s))) == ["三天", "50元"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("11日下午,全省建设更高水平平安浙江工作会议在杭州召开。", ["11日下午"]),
    ("4月13日,长兴县水口乡水口村", ["4月13日"]),
    ("会上宣读了2024年度平安建设考核结果", ["2024年度"]),
    ("二〇二四年三月，项目启动", ["二〇二四年三月"]),
    ("该城建于十九世纪末，兴盛于90年代", ["十九世纪末", "90年代"]),
    ("楚昭辅是北宋初年的大臣，唐朝时", ["北宋初年", "唐朝"]),
    ("今年是“十四五”规划收官之年", ["今年"]),
    ("北京政府自民国3年开始设置观察使", ["民国3年"]),  # a year of the Republic, not "3年" (three years)
    # a bare day opening a clause (the month the page's); not a count of days inside one
    ("21日,正给灾区群众发放免费饭菜的刘涛意外地见到了母亲", ["21日"]),
    ("工期为21日,比原计划短", []),
])
def test_times(sentence, expected):
    assert texts(sentence, times(fold(sentence))) == expected


def test_a_bare_day_is_a_time_and_a_number(pos):
    s = "9日,“大江奔流”採訪團沿江而下抵達這裏。22日上午,代表团抵达"
    got = [(s[sp.start:sp.end], sp.type) for sp in extract(fold(s), pos(s)) if sp.type in ("time", "number")]
    assert ("9日", "time") in got and ("9日", "number") in got  # "几日抵达" asks it as a number
    assert ("22日", "number") not in got  # inside the time 22日上午


def test_names_from_tags_and_bylines(pos):
    s = "省长、省委建设平安浙江领导小组副组长刘捷主持会议,省委副书记王成出席。"
    assert texts(s, persons(fold(s), pos(s))) == ["刘捷", "王成"]
    s = "浙江日报记者 余勤 陆乐"
    assert texts(s, persons(fold(s), pos(s), names=["余勤", "陆乐"])) == ["余勤", "陆乐"]


def test_words_tagged_as_names_without_a_surname_are_not_names(pos):
    s = "持续提升公共安全治理水平,树牢总体国家安全观"
    assert texts(s, persons(fold(s), pos(s))) == []


def test_places_keep_administrative_chains_whole(pos):
    s = "4月13日,长兴县水口乡水口村,千亩水杉与民居相互映衬"
    assert "长兴县水口乡水口村" in texts(s, places(fold(s), pos(s)))
    s = "走进杭州市萧山区城厢街道东白马湖社区,一股充满青春活力的气息扑面而来。"
    assert "杭州市萧山区城厢街道东白马湖社区" in texts(s, places(fold(s), pos(s)))


def test_venues_are_places_with_the_words_that_name_them(pos):
    # sentences of tests/data/pages (金門日報): a meeting room and a temple are where things are held
    s = "金門縣政府昨(22)日下午於縣府第一會議室召開會議"
    assert "縣府第一會議室" in texts(s, places(fold(s), pos(fold(s))))
    s = "金門沙美萬安堂三忠廟管理委員會,每日上午9時至下午4時,在所轄涵源宮辦理"
    assert "涵源宮" in texts(s, places(fold(s), pos(fold(s))))
    s = "会议室里坐满了人"  # the ending alone names no venue
    assert texts(s, places(fold(s), pos(fold(s)))) == []
    s = "首批100个园林式小区正式挂牌"  # a count before the venue is no part of it (长江日报)
    assert "个园林式小区" not in texts(s, places(fold(s), pos(fold(s))))


def test_a_street_address_keeps_its_name_and_number(pos):
    # 羊城晚报: jieba cuts 东风|东路|733|号; the address is the road's whole name and its number
    s = "专程来到东风东路733号——《羊城晚报》旧址——去拜访几位编辑"
    assert "东风东路733号" in texts(s, places(fold(s), pos(s)))
    s = "这条公路的思路很清楚"  # a word ending like a road names none without a house number or a place tag
    assert texts(s, places(fold(s), pos(s))) == []
    # 人民网: a street whose name has no road ending (王府井/nr) and its house number, after 在
    s = "当时报社还在王府井117号,我还不到20岁"
    assert "王府井117号" in texts(s, places(fold(s), pos(s)))
    s = "他的球衣是王府井117号"  # no locative before it: no address
    assert "王府井117号" not in texts(s, places(fold(s), pos(s)))
    # 延安日报: jieba cuts 南滨|路 (a place, then the road's bare ending): the road is the place
    s = "记者途经市区南滨路时看到,该路段一井盖损坏严重"
    assert "市区南滨路" in texts(s, places(fold(s), pos(s)))
    # 西贡解放日报: jieba cuts 罗笑|街 (a name, then the bare 街) before a lane's house number after a slash
    s = "李商文家住在罗笑街24/10号,房子因地基底"
    assert "罗笑街24/10号" in texts(s, places(fold(s), pos(s)))


def test_a_place_s_bare_kind_after_a_locative_takes_the_nouns_of_its_name(pos):
    # 澎湖日報: jieba cuts 观音|亭|海域; after 在 the nouns ending in the bare kind 海域 name the place
    s = "帆船锦标赛30日起一连4天在观音亭海域竞速"
    assert "观音亭海域" in texts(s, places(fold(s), pos(s)))
    s = "观音亭海域的风浪很大"  # no locative before it: no place read from the bare kind
    assert "观音亭海域" not in texts(s, places(fold(s), pos(s)))


def test_a_name_before_the_bare_kind_of_a_place_is_the_place(pos):
    # 西華報: 雷尼尔/nr|海滩 — a transliterated name jieba took for a person's, then the kind of place
    s = "即位於西雅圖南部雷尼爾海灘(Rainier Beach)高中的步入式檢測點。"
    assert "雷尼爾海灘" in texts(s, places(fold(s), pos(fold(s))))
    s = "形成了今日的托列斯海峽。"  # DRCD: the name's other pieces go with it (托|列斯|海峡)
    assert "托列斯海峽" in texts(s, places(fold(s), pos(fold(s))))


def test_a_town_jieba_cut_from_its_level_is_a_place(pos):
    # 石台县's release: jieba cuts 丁香/nr|镇; 中国妇女报: 梨园|镇
    s = "县委宣传部相关负责同志一行深入丁香镇开展调研"
    assert "丁香镇" in texts(s, places(fold(s), pos(s)))
    s = "这个村的党支部书记带头种茶"  # no name before the level: 这个 is no noun
    assert texts(s, places(fold(s), pos(s))) == []


def test_two_common_words_jieba_tags_as_a_name_are_no_name(pos):
    s = "我校2006级新生开学典礼在这里隆重举行。"  # 隆重举行/nr
    assert texts(s, persons(fold(s), pos(s))) == []
    s = "典礼由党委副书记曾峥主持。"
    assert "曾峥" in texts(s, persons(fold(s), pos(s)))


def test_generic_place_words_are_not_places(pos):
    s = "全省各地综治中心积极创新,助力乡村振兴。"
    assert texts(s, places(fold(s), pos(s))) == []


def test_organisations(pos):
    s = "聚焦调解优先,目前安吉县综治中心整合了纪委监委、政法委、信访局、法院等18个部门的力量"
    found = texts(s, orgs(fold(s), pos(s)))
    assert "安吉县综治中心" in found and "信访局" in found and "法院" in found


def test_a_name_jieba_reads_as_a_person_opens_the_organisation_after_it(pos):
    s = "楚天广播电台的肖飞,平时不怎么说话"  # 河南日报: 楚天/nr|广播电台/nt
    assert texts(s, orgs(fold(s), pos(s))) == ["楚天广播电台"]
    s = "更名为马祖守备区指挥部。"  # 马祖/nr|守备区|指挥部: the name before the noun before the suffix
    assert texts(s, orgs(fold(s), pos(s))) == ["马祖守备区指挥部"]


def test_a_company_is_named_by_the_nouns_jieba_cut_off_its_kind_word(pos):
    s = "记者深入市政环保公司托管的项目"  # 深入|市政|环保|公司
    assert texts(s, orgs(fold(s), pos(s))) == ["市政环保公司"]
    s = "是一家电器公司的操作工"  # a company of a trade, named by no name
    assert texts(s, orgs(fold(s), pos(s))) == []


def test_a_company_is_named_by_the_nouns_before_its_legal_form(pos):
    s = "在国星光电股份有限公司,采访团向企业代表踊跃提问。"  # 佛山日报: 国|星光|电|股份|有限公司
    assert "国星光电股份有限公司" in texts(s, orgs(fold(s), pos(s)))
    s = "港资企业佛山瑞安天地房地产发展有限公司项目副总监文德纯表示"  # at most 12 characters before the form
    assert "佛山瑞安天地房地产发展有限公司" in texts(s, orgs(fold(s), pos(s)))


def test_a_name_goes_on_across_an_e_papers_column_break(pos):
    # 正報: a space inside the name where the column broke; jieba cuts at it
    s = "另當局正審批澳門電訊股東中信國 際電訊集團有限公司增持澳門電訊股份"
    assert fold("中信國 際電訊集團有限公司") in texts(fold(s), extract(fold(s), pos(s)), "org")
    s = "電訊管理局昨早假漁 人碼頭會展中心舉行慶祝典禮"  # 假 (by way of) is no noun: it stays out
    assert fold("漁 人碼頭會展中心") in texts(fold(s), extract(fold(s), pos(s)), "org")
    s = "会议在 人民大会堂举行"  # a space after a preposition: no noun before it to take
    assert "人民大会堂" in texts(s, extract(s, pos(s)), "place") + texts(s, extract(s, pos(s)), "org")


def test_a_company_jieba_tags_as_a_set_phrase_is_an_organisation(pos):
    s = "在现场,市渔政处和可口可乐公司为配合漂流采访活动开展的"  # 可口可乐公司/l
    assert "可口可乐公司" in texts(s, orgs(fold(s), pos(s)))


def test_a_school_of_two_fields_is_one_organisation(pos):
    s = "我們受廣州市暨南大學新聞與國際關係學院之邀前往訪問"
    assert texts(s, orgs(fold(s), pos(s))) == ["廣州市暨南大學新聞與國際關係學院"]
    s = "公安局与检察院联合办案"  # two bodies, not one
    assert texts(s, orgs(fold(s), pos(s))) == ["公安局", "检察院"]


def test_a_name_quoted_after_a_place_is_a_place(pos):
    s = "又赴青浦区“东方绿舟”——上海市青少年校外活动营地,登上壮观的仿真航空母舰"
    assert "青浦区“东方绿舟”" in texts(s, extract(fold(s), pos(s)), "place")


def test_spans_of_another_item_or_another_day_than_the_asked_one(pos):
    from qa.answer.typed import other_items
    # 瑞安日报's forecast: ';'-items each opening with the day they tell
    s = "今天,阴有时有阵雨,16~21℃;周三,阴有时有阵雨,18~26℃;周四,多云,18~23℃;周五,多云,15~23℃;周六,多云,15~22℃。"
    f = fold(s)
    nums = [sp for sp in extract(f, pos(s)) if sp.type == "number"]
    other = other_items(f, nums, "周五的气温是多少度?")
    assert [f[sp.start:sp.end] for sp in nums if sp not in other] == ["15~23℃"]
    assert other_items(f, nums, "气温是多少度?") == set()  # no item named: all stay
    # a sentence of another day, not the weekday asked
    s = "今天我市的气温继续走低,预计最高气温24℃~26℃。"
    f = fold(s)
    nums = [sp for sp in extract(f, pos(s)) if sp.type == "number"]
    assert other_items(f, nums, "周五的气温是多少度?") == set(nums)
    assert other_items(f, nums, "今天的气温是多少度?") == set()


def test_a_count_of_what_the_question_counts_is_no_echo():
    f = fold("规定一个卖家只能在亚马逊上操作和持有一个账户。")
    q = analyze("亚马逊规定一个卖家只能持有几个账户？")
    first, second = f.find("一个"), f.rfind("一个")
    assert counts_other(f, second + 2, "一个", q.right)  # 一个|账户: what 几个 counts
    assert not counts_other(f, first + 2, "一个", q.right)  # 一个|卖家: the question's own words
    assert not counts_other(f, f.find("亚马逊") + 3, "亚马逊", q.right)  # not a count


def test_a_span_of_the_other_side_of_a_pair(pos):
    s = "今天我市的气温继续走低,预计最高气温24℃~26℃,最低气温20℃~22℃。"
    f = fold(s)
    nums = [sp for sp in extract(f, pos(s)) if sp.type == "number"]
    q = analyze("今天我市最低气温预计是多少？").text
    assert [f[sp.start:sp.end] for sp in nums if not about_other(f, sp, nums, q)] == ["20℃~22℃"]
    # the subject of one clause told on in the next is no other side ("X是…出口市场,是…进口来源国")
    s = "奈及利亚现在是美国的第50大商品出口市场,是美国的第14大进口商品来源国。"
    f = fold(s)
    places_ = [sp for sp in extract(f, pos(s)) if sp.type == "place"]
    q = analyze("目前美国的第14大进口商品来源国是哪一个国家?").text
    assert not any(about_other(f, sp, places_, q) for sp in places_)


def test_the_side_beaten_is_not_the_winner_asked(pos):
    s = "混双决赛中,中国组合冯彦哲/魏雅欣大比分2比0击败队友朱一珺/张驰,获得冠军。"
    f = fold(s)
    people = [sp for sp in extract(f, pos(s)) if sp.type == "person"]
    q = analyze("瑞士羽毛球公开赛混双冠军是谁？").text
    assert [f[sp.start:sp.end] for sp in people if not about_other(f, sp, people, q)] == ["冯彦哲/魏雅欣"]
    # who was beaten is asked: the name after the verb stays
    q = analyze("冯彦哲/魏雅欣在决赛中击败了谁？").text
    assert "朱一珺/张驰" in [f[sp.start:sp.end] for sp in people if not about_other(f, sp, people, q)]


@pytest.mark.parametrize(("question", "kinds", "kept"), [
    ("十四届全国人大四次会议将于哪天开幕？", ("time",), "3月5日"),
    ("全国政协十四届四次会议什么时候开幕？", ("time",), "3月4日"),
    ("四次会议什么时候开幕？", ("time",), None),  # names both items alike: no pairing
])
def test_respectively_pairs_items_and_values_in_order(pos, question, kinds, kept):
    s = "十四届全国人大四次会议和全国政协十四届四次会议,将分别于3月5日和3月4日在北京开幕。"
    f = fold(s)
    typed = extract(f, pos(s))
    other = respectively_other(f, typed, analyze(question).text, kinds)
    left = [f[sp.start:sp.end] for sp in typed if sp.type == "time" and sp not in other]
    assert left == ([kept] if kept else ["3月5日", "3月4日"])


def test_a_name_in_brackets_after_its_kind_is_typed_by_its_ending(pos):
    s = "这里不但有名山(八公山)、名城(寿县古城),更有名人、名著。"
    assert "八公山" in texts(s, extract(fold(s), pos(s)), "place")


def test_a_rare_noun_between_both_anchors_of_a_where_question_is_a_place(pos, freq):
    s = "澳門大學新學年開始遷入橫琴新校區運作"
    f, tags = fold(s), pos(s)
    at = f.find("横琴")
    assert place_in_slot(tags, at, at + 2, freq)
    at = f.find("新学年")
    assert not place_in_slot(tags, at, at + 5, freq)  # more than one word
    s = "学生们迁入学校新校区"
    f = fold(s)
    assert not place_in_slot(pos(s), f.find("学校"), f.find("学校") + 2, freq)  # a common word


@pytest.mark.parametrize(("sentence", "body"), [
    ("工程项目已经成都市新都区发展和改革局以《关于香城大道》批复", "成都市新都区发展和改革局"),  # 改革|局
    ("国家发展和改革委员会发布通知", "国家发展和改革委员会"),
    ("市人力资源和社会保障局表示", "市人力资源和社会保障局"),
])
def test_a_body_named_after_two_fields_is_one_organisation(pos, sentence, body):
    assert body in texts(sentence, orgs(fold(sentence), pos(sentence)))


@pytest.mark.parametrize("sentence", ["企业和政府都要参与", "检察院与司法局联合办案", "华沙是波兰的政治和经济中心"])
def test_two_bodies_or_a_centre_are_not_one_body(pos, sentence):
    assert not any("和" in t or "与" in t for t in texts(sentence, orgs(fold(sentence), pos(sentence))))


def test_an_unknown_transliterated_word_after_a_country_is_a_place(pos, freq):
    s = "今年組團到義大利拉溫納觀摩賽事"  # 義大利/nz 拉溫納/nr
    assert texts(s, places(fold(s), pos(s), freq)) == ["拉溫納"]
    s = "美国特朗普总统说"  # a name the dictionary knows stays a name
    assert texts(s, places(fold(s), pos(s), freq)) == ["美国"]


def test_a_transliterated_name_and_a_place_word_after_it_are_one_place(pos, freq):
    # 西華報: 西市第3個全市檢測點設在哪裡? → 雷尼爾海灘 (jieba: 雷尼尔/nr 海滩/ns)
    s = "即位於西雅圖南部雷尼爾海灘(Rainier Beach)高中的步入式檢測點"
    assert "雷尼爾海灘" in texts(s, places(fold(s), pos(s), freq), "place")


def test_a_latin_name_run_into_a_place_ending_is_a_place(pos, freq):
    # 西華報: 小紅鮭被運送到哪個島? → Orcas島 (jieba: orcas/eng 岛上/s)
    s = "在Orcas島上飼養小紅鮭"
    assert "Orcas島" in texts(s, places(fold(s), pos(s), freq), "place")
    s = "在Orcas島上飼養小紅鮭,我們去了NBA賽場"  # letters before no place ending are no place
    assert texts(s, places(fold(s), pos(s), freq), "place") == ["Orcas島"]


def test_a_column_break_inside_a_word_is_no_boundary(pos, freq):
    # 正報 (Macau e-paper): the text layer leaves a space where a column breaks ("中信國 際": 國際 is one word)
    s = "另當局正審批澳門電訊股東中信國 際電訊集團有限公司,電訊管理局昨早假漁 人碼頭會展中心舉行"
    f = fold(s)
    found = texts(s, extract(f, pos(s), (), freq))
    assert "中信國 際電訊集團有限公司" in found and "際電訊集團有限公司" not in found
    assert "漁 人碼頭會展中心" in found
    assert mend_breaks("中信國 際電訊集團", fold("中信國 際電訊集團")) == "中信國際電訊集團"
    assert mend_breaks("浙江日报记者 余勤 陆乐", "浙江日报记者 余勤 陆乐") == "浙江日报记者 余勤 陆乐"


def test_the_name_a_typed_questions_noun_is_printed_with(pos):
    s = "包括雅加达地铁(MRT)和巴丁班(Patimban)港口扩建项目。"
    f = fold(s)
    got = named_by_head(f, pos(s), "港口", analyze("日本资助的哪个港口扩建项目尽快完成？").text, "place")
    assert [s[sp.start:sp.end] for sp in got] == ["巴丁班(Patimban)港口"]
    s = "新建的港口扩建项目"  # no proper noun before it: no name
    assert named_by_head(fold(s), pos(s), "港口", "哪个港口", "place") == []


def test_quotes_inside_their_marks():
    s = "要不断擦亮新时代“枫桥经验”金名片,李晨参加《奔跑吧兄弟》,又名「第三十一公路」"
    assert texts(s, quotes(fold(s))) == ["枫桥经验", "奔跑吧兄弟", "第三十一公路"]


def test_traditional_sentence_offsets_quote_the_original(pos):
    s = "會議於杭州召開，共有十八個部門參加。"
    folded = fold(s)
    spans = extract(folded, pos(s))
    assert "十八個" in [s[x.start:x.end] for x in spans if x.type == "number"]


@pytest.mark.parametrize(("sentence", "left", "right", "answer"), [
    ("11日下午,全省建设更高水平平安浙江工作会议在杭州召开。", "全省建设更高水平平安浙江工作会议在", "召开", "杭州"),
    ("省长、省委建设平安浙江领导小组副组长刘捷主持会议", "", "主持了会议", "副组长刘捷"),
    ("受理的信访及矛盾纠纷案件总量高达52.72万件。", "受理的信访及矛盾纠纷案件总量是", "", "高达52.72万件"),
    ("生命数耗完即算为踢爆。", "生命数耗完即算为", "", "踢爆"),
    ("区综治中心加强专业解纷力量建设,引入商事调解团队。", "余杭区综治中心引入了", "团队", "商事调解"),
    # the words the question puts first tell which of two places of its anchor it means
    ("在柴油售价每公升33铢的水平上,但按照政府的油价补贴,使得目前的柴油售价在每公升29.99铢。", "目前的柴油售价每公升",
     "", "29.99铢"),
    # …also when the anchor is matched without a light word (下降了 ↔ 下降), and a clause that is the anchor alone
    # compares the figure of the clause before it, which names the measure asked
    ("实现收入总额456.88亿元,较上年同期下降19.6%,实现净利润7.92亿元,较上年同期下降71.8%。",
     "中国华融2020年中期净利润较上年同期下降了", "", "71.8%"),
    # "X由谁主办" printed as a modifier before X: the slot runs from 由 to the verb before 的
    ("9月6日,由文化部和山东省人民政府主办的第二届中国非物质文化遗产博览会在山东省枣庄市台儿庄古城开幕。",
     "第二届中国非遗博览会由", "两家单位主办", "文化部和山东省人民政府"),
    # a bracket after the anchor is skipped ("国内生产总值(GDP)|…"), unless it names what is asked
    ("这里不但有名山(八公山)、名城(寿县古城),更有名人、名著。", "陆世明提到的淮南名山是", "山", "八公"),
])
def test_slot_alignment(sentence, left, right, answer):
    slot = align(fold(sentence), left, right)
    assert slot is not None
    assert sentence[slot.start:slot.end].endswith(answer)


def test_a_right_anchor_is_looked_up_without_the_noun_asked():
    f = fold("中共昌吉回族自治州委员会主管主办 昌吉日报社出版")
    q = analyze("昌吉日报由哪个单位主管主办？")
    assert q.head == "单位"
    slot = align(f, q.left, q.right, head=q.head)
    assert slot is not None and slot.right_start == f.find("主管主办")
    assert align(f, q.left, q.right).right_start == -1  # without the head: "单位主管主办" is nowhere


def test_no_anchor_no_slot():
    assert align(fold("今天天气很好。"), "东白马湖社区", "召开") is None


def test_enumeration_takes_every_item():
    s = "千亩水杉与民居、河道、青山、公路、麦田相互映衬"
    i = s.index("河道")
    a, b = enumeration(fold(s), i, i + 2)
    assert s[a:b] == "民居、河道、青山、公路、麦田"
    s = "落实属地管理责任、部门监管责任、企业主体责任、社会共治责任,强化科技赋能"
    i = s.index("属地管理")
    a, b = enumeration(fold(s), i, i + 6)
    assert s[a:b] == "属地管理责任、部门监管责任、企业主体责任、社会共治责任"


def test_cause_and_means_clauses():
    s = "在杭州市余杭区,针对金融借款合同纠纷频发的痛点,区综治中心加强专业解纷力量建设。"
    assert texts(s, marked(fold(s), CAUSE_RE)) == ["针对金融借款合同纠纷频发的痛点"]
    s = "调解员通过细致沟通,并克服了被告无法到场的困难。"
    assert texts(s, marked(fold(s), MEANS_RE)) == ["通过细致沟通"]
    s = "由于肃宗年幼,所以金氏得以影响朝政"  # 所以 introduces the effect, not the cause
    assert texts(s, marked(fold(s), CAUSE_RE)) == ["由于肃宗年幼"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("于1984年10月7日至1985年9月29日由日本电视台播出", ["1984年10月7日至1985年9月29日"]),
    ("生殖季在2至4月", ["2至4月"]),
    ("花期从10月起至翌年5~6月", ["10月起至翌年5~6月"]),
    ("盛花期为夏季", ["夏季"]),
    ("2009年8月中旬,项目开工", ["2009年8月中旬"]),  # the part of the month keeps its year (证券时报)
])
def test_time_ranges_and_seasons(sentence, expected):
    assert texts(sentence, times(fold(sentence))) == expected


def test_foreign_names_keep_both_parts(pos):
    s = "斯坦福·莱佛士将新加坡划为华人居住区,总理贾斯汀·特鲁多的父亲是皮埃尔·特鲁多"
    found = texts(s, persons(fold(s), pos(s)))
    assert "斯坦福·莱佛士" in found and "皮埃尔·特鲁多" in found


def test_a_foreign_name_whose_first_part_jieba_cut_before_the_dot(pos):
    # DRCD: 誰認為恆星有可能擁有其他環繞著他的行星? → 焦爾達諾·布魯諾 (jieba: 焦尔达/nr 诺 · 布鲁诺)
    s = "焦爾達諾·布魯諾認為恆星有可能擁有其他環繞著他的行星"
    assert "焦爾達諾·布魯諾" in texts(s, persons(fold(s), pos(s)))


def test_a_dotted_names_parts_jieba_took_for_a_place_or_a_noun(pos, freq):
    # DRCD: 2011年的時候，當時的美國總統是誰? → 巴拉克·歐巴馬 (jieba: 巴拉克/ns · 欧/ns 巴马/ns); 斯卡利|格/n
    s = "巴拉克·歐巴馬下令，約瑟夫·斯卡利格認為"
    found = texts(s, persons(fold(s), pos(s), freq=freq))
    assert "巴拉克·歐巴馬" in found and "約瑟夫·斯卡利格" in found


def test_a_name_jieba_cut_before_its_last_character_in_a_list(pos):
    # 政府新聞公報: jieba reads 陈家/nrfg 强/a — the name's last character, with the list's 、 after it
    s = "財政司司長曾俊華聯同財經事務及庫務局局長陳家強、財經事務及庫務局常任秘書長謝曼怡"
    assert "陳家強" in texts(s, persons(fold(s), pos(s)))
    s = "工会副主席李群说,记者冒酷暑来到高温车间"  # a verb after the name is no part of it
    assert "李群说" not in texts(s, persons(fold(s), pos(s)))


def test_common_words_tagged_nr_are_not_names(pos, freq):
    s = "吕晓飞曾经是一位二胎宝妈,如今已华丽转身"
    assert texts(s, persons(fold(s), pos(s), freq=freq)) == ["吕晓飞"]


def test_well_known_and_transliterated_names_are_names_whatever_their_frequency(pos, freq):
    # DRCD: jieba's dictionary knows 毛澤東 (8,994) and 俾斯麥 (126) as names, as often as 华丽 or 安全感; a famous
    # Chinese name is a surname and two characters that are no word, a foreign one is made of transliteration
    # characters only (no surname to check)
    s = "在1610年，西塞羅使用他的望遠鏡研究天空，毛澤東、劉少奇與俾斯麥"
    found = texts(s, persons(fold(s), pos(s), freq=freq))
    assert {"西塞羅", "毛澤東", "劉少奇", "俾斯麥"} <= set(found)
    assert "望遠鏡" not in found  # jieba's dictionary tags it nr too
    s = "持续提升公共安全治理高水平,华丽转身"
    assert texts(s, persons(fold(s), pos(s), freq=freq)) == []


def test_a_rulers_temple_name_is_a_person_however_common(pos, freq):
    # DRCD: 羌於公元前109年被誰封為滇王? → 漢武帝 (jieba's dictionary: 汉武帝 517 nr, too common for a name)
    s = "唐太宗與明太祖，漢武帝派兵出擊"
    assert {"漢武帝", "唐太宗", "明太祖"} <= set(texts(s, persons(fold(s), pos(s), freq=freq)))


def test_a_rulers_ordinal_is_part_of_the_name_and_makes_a_proper_noun_a_person(pos, freq):
    # DRCD: 腓力五世曾於1724年時決定禪位給哪一個人? → 路易斯一世 (jieba: 路易斯/nrt 一世/t; 亞歷山大/ns 一世/t)
    s = "1724年，腓力五世決定禪位給路易斯一世，亞歷山大一世在十四世紀"
    found = texts(s, persons(fold(s), pos(s), freq=freq))
    assert {"腓力五世", "路易斯一世", "亞歷山大一世"} <= set(found)
    assert not any("世紀" in f for f in found)


def test_a_surname_and_a_term_of_address_is_a_person(pos, freq):
    # 新民晚报: 记者在德丰路199弄门口遇到了谁? → 顾阿姨 (jieba: 顾/n 阿姨/nr)
    s = "在德丰路199弄门口,记者遇到刚准备出门的顾阿姨,她兴奋地表示"
    assert "顾阿姨" in texts(s, persons(fold(s), pos(s), freq=freq))
    s = "他向老师请教,照顾阿姨的生活"  # a preposition, a word ending in a surname's character
    assert texts(s, persons(fold(s), pos(s), freq=freq)) == []


def test_a_surname_and_a_post_is_a_person_and_a_preposition_no_surname(pos, freq):
    # 自由時報: 誰頒獎給軍聞社社長王智平上校? → 賴總統 (jieba: 由/p 賴/nr 總統/n; 由 is also a surname)
    s = "國防部軍事新聞通訊社此次榮獲國軍模範團體，由賴總統頒獎給軍聞社社長王智平上校。"
    found = texts(s, persons(fold(s), pos(s), freq=freq))
    assert "賴總統" in found and "由賴" not in found
    f = fold(s)
    assert "由赖" not in texts(f, names_before_posts(f, []))


def test_a_common_word_jieba_tags_nr_and_one_more_character_is_no_name(pos, freq):
    # 天中晚报: jieba's dictionary has 桂花树 (and 桂花) as nr, 桂 being a surname; the worker is not named
    s = "一名环卫工人对记者说,采花会损伤桂花树,他呼吁市民,希望市民在欣赏桂花时,请手下留情。"
    assert texts(s, persons(fold(s), pos(s), freq=freq)) == []


def test_a_latin_name_after_a_noun_for_a_person_is_a_person(pos, freq):
    # 星島日報 (Canada): the injured is named in Latin letters after 34歲傷者
    s = "警方表示,34歲傷者Celeste Jones,事發時正站在上址一個彎位的中央位置"
    assert texts(s, persons(fold(s), pos(s), freq=freq)) == ["Celeste Jones"]
    s = "我們去了NBA賽場看Golden State Warriors比賽"  # after no noun for a person: a team, not someone
    assert texts(s, persons(fold(s), pos(s), freq=freq)) == []


def test_a_compound_surname_and_a_given_name_is_a_person(pos, freq):
    # 南洋商报: jieba reads 欧阳/ns 秀媚/a
    s = "亚军和季军得主分别是梁光辉及欧阳秀媚"
    assert texts(s, persons(fold(s), pos(s), freq=freq)) == ["梁光辉", "欧阳秀媚"]


def test_a_compound_surname_and_a_given_name_cut_in_two_is_a_person(pos, freq):
    # DRCD 5759-13-2: jieba reads 司马/nr 休/v 之/u before the adverb 也
    s = "连时任会稽内史的司马休之也遭免官。"
    assert "司马休之" in texts(s, persons(fold(s), pos(s), freq=freq))
    s = "节目在东方卫视播出"  # a common word after it
    assert texts(s, persons(fold(s), pos(s), freq=freq)) == []


def test_a_doubles_pair_written_with_a_slash_is_one_candidate(pos, freq):
    # 工人日报: 瑞士羽毛球公开赛混双冠军是谁? → 冯彦哲/魏雅欣
    s = "中国组合冯彦哲/魏雅欣大比分2比0击败队友朱一珺/张驰,获得冠军"
    found = texts(s, persons(fold(s), pos(s), freq=freq))
    assert "冯彦哲/魏雅欣" in found and "朱一珺/张驰" in found


def test_a_name_run_into_a_kinship_word_jieba_also_tags_nr(pos, freq):
    s = "宋代黄庭坚的曾祖父黄中理曾开办樱桃书院"
    assert "黄中理" in texts(s, persons(fold(s), pos(s), freq=freq))


def test_numbered_groups():
    s = "1个引导区、6大功能区、12个办事窗口"
    assert texts(s, numbers(fold(s))) == ["1个", "6大", "12个"]


def test_clause_of_a_span():
    s = "叶子互生,茎中部以下的叶子呈楔形,先端作羽状三裂"
    i = s.index("楔形")
    a, b = clause_of(fold(s), i, i + 2)
    assert s[a:b] == "茎中部以下的叶子呈楔形"


def test_an_anchor_that_comes_first_still_touches_its_span():
    # "会议由谁主持" ↔ "…副组长刘捷主持会议": "主持" sits right after the name though "会议" comes later
    s = "省长、省委建设平安浙江领导小组副组长刘捷主持会议,省委副书记王成出席。"
    slot = align(fold(s), "全省建设更高水平平安浙江工作会议由", "主持")
    i = s.index("刘捷")
    assert slot is not None and slot.touch(i, i + 2) == 1.0  # "主持", the whole right anchor, touches it
    j = s.index("王成")
    assert slot.touch(j, j + 2) == 0


def test_abbreviation_expansion(pos):
    s = "2024年,我省聚力加强社会治安综合治理中心规范化建设"
    full = expansion(fold(s), "综治中心", extract(fold(s), pos(s)))
    assert full is not None and s[full.start:full.end] == "社会治安综合治理中心"
    s = "广西壮族自治区南宁市第二中学"
    full = expansion(fold(s), "南宁二中")
    assert full is not None and s[full.start:full.end].endswith("南宁市第二中")
    assert expansion(fold("全省各地综治中心积极创新"), "综治中心") is None  # the short form itself is no expansion


def test_named_eras(pos):
    for s, era in (("可能晚至孔雀王朝时期", "孔雀王朝时期"), ("于明朝万历年间", "明朝万历年间"),
                   ("日本战国时代至安土桃山时代", "战国时代至安土桃山时代")):
        assert any(x.endswith(era) for x in texts(s, times(fold(s), pos(s))))
    s = "要不断擦亮新时代"
    assert texts(s, times(fold(s), pos(s))) == []


def test_a_year_glossed_in_another_calendar_is_one_time(pos):
    # CMRC TRIAL_277_QUERY_2, TRIAL_295_QUERY_1: the gloss in brackets, and the day after it, go with the year
    for s, time in (("正德六年（1511年）刘六、刘七攻占束鹿县城（今旧城镇）。", "正德六年（1511年）"),
                    ("1993年（民國82年）1月24日起，《台視周日卡通》停播", "1993年（民國82年）1月24日")):
        assert time in texts(s, times(fold(s), pos(s)))


def test_eras_listed_are_each_their_own(pos):
    # DRCD 4982-16-2: jieba cuts "平安时代|和镰仓|时代"; the era is 镰仓时代, not "时代和镰仓时代"
    s = "日本佛教藝術的創作在8世紀到13世紀間的奈良時代、平安時代和鎌倉時代顯得非常豐富。"
    found = texts(s, times(fold(s), pos(s)))
    assert "鎌倉時代" in found and not any(x.startswith(("時代", "和")) for x in found)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("建炎二年七月，宗澤病逝", "建炎二年七月"),  # a reign's year in Chinese numerals, and its month
    ("咸康七年，割江乘縣西境設立臨沂縣", "咸康七年"),
    ("豐澤園在瀛台之北，康熙年間建造", "康熙年間"),  # 康熙 is tagged nrfg
    ("七月初四帶兵包圍了燕王府", "七月初四"),  # a month and day in Chinese numerals
    ("該聯誼會將於今年八月十五日晚上舉行", "八月十五日晚上"),
    ("選舉十一月二十四日投票", "十一月二十四日"),
    ("義工於二O一九年十月以小型飛機送", "二O一九年十月"),  # a letter O for the zero (西華報)
])
def test_dates_in_chinese_numerals(pos, sentence, expected):
    assert expected in texts(sentence, times(fold(sentence), pos(sentence)))


def test_a_count_of_years_is_no_reign_year(pos):
    s = "他在北京工作了七年"
    assert texts(s, times(fold(s), pos(s))) == []


def test_widen_takes_the_nouns_right_after_a_typed_span():
    pos = [("现任", "n"), ("校长", "n"), ("为", "p"), ("阮爱馨", "nr"), ("女士", "n")]
    assert widen(pos, 5, 8, "公理高中书院现任校长是谁") == (5, 10)  # 阮爱馨 → 阮爱馨女士


def test_widen_takes_a_proper_noun_on_the_left_but_not_a_title():
    assert widen([("北魏", "ns"), ("宣武帝", "nr")], 2, 5, "高英是哪位皇帝的皇后") == (0, 5)
    # "副组长" is a title (n), and "主持会议" repeats the question: 刘捷 stays alone.
    assert widen([("副组长", "n"), ("刘捷", "nr"), ("主持会议", "n")], 3, 5, "谁主持了会议") == (3, 5)


def test_an_open_slot_takes_in_the_apposition_that_ends_the_sentence():
    # 人間福報: "把福报比做什么" — the first object and its apposition after the comma
    f = fold("看福報的角度如歷史長河,將福報比做當今報業戰國時代,一個能自給自足的小城邦。")
    slot = align(f, fold("符芝瑛把福報比做"), "")
    assert slot is not None and f[slot.start:slot.end] == fold("當今報業戰國時代,一個能自給自足的小城邦")
    f = fold("他把车比做一匹马,一个月后卖了。")  # a clause of its own, no apposition
    slot = align(f, "他把车比做", "")
    assert slot is not None and f[slot.start:slot.end] == "一匹马"


def test_widen_takes_the_word_the_asked_noun_opens():
    # 工人日报: "在哪条高速公路项目部" asks 高速…; the place goes on over the rest of its name and the road's kind
    pos = [("在", "p"), ("湖北", "ns"), ("麻竹", "nr"), ("高速公路", "n"), ("项目部", "n"), ("的", "uj")]
    q = "两位青年职工在哪条高速公路项目部的职工书屋里看书"
    assert widen(pos, 1, 3, q, "place", "高速") == (1, 9)  # 湖北麻竹高速公路, not 项目部 (the question's word)
    assert widen(pos, 1, 3, q, "place") == (1, 5)  # no noun asked: the question's word stays out


def test_widen_stops_at_a_verb():
    pos = [("在", "p"), ("南京市", "ns"), ("浦口区", "ns"), ("举行", "v"), ("大会", "n")]
    assert widen(pos, 1, 7, "比赛在哪里举行") == (1, 7)


@pytest.mark.parametrize(("text", "name"), [
    ("指挥官陈时中表示，此案最需关注", "陈时中"),   # the verb glued whole
    ("财政司司长曾俊华联同局长陈家强", "曾俊华"),   # the span ends inside the link verb ("曾俊华联|同")
    ("由省长卢东亮等陪同", "卢东亮"),
    ("主任洪依帆也出席", "洪依帆"),               # nothing glued: unchanged
])
def test_a_person_span_loses_the_verb_glued_to_it(text, name):
    start = text.index(name)
    glued = {"陈时中": 5, "曾俊华": 4, "卢东亮": 4, "洪依帆": 3}[name]
    assert text[start:trim_person(text, start, start + glued)] == name


def test_a_two_character_name_is_never_cut_shorter():
    assert trim_person("王说了一句", 0, 2) == 2


def test_coordinated_names_are_taken_together_only_across_a_coordinator_and_a_short_title():
    text = "习近平在山西省委书记唐登杰和省长卢东亮陪同下考察"
    people = [Span(text.index(n), text.index(n) + len(n), "person", "pos:nr") for n in ("唐登杰", "卢东亮")]
    start = text.index("卢东亮")
    assert text[slice(*coordinated(text, people, start, start + 3))] == "唐登杰和省长卢东亮"
    text = "唐登杰考察时说卢东亮"
    people = [Span(text.index(n), text.index(n) + len(n), "person", "pos:nr") for n in ("唐登杰", "卢东亮")]
    assert coordinated(text, people, 0, 3) == (0, 3)


def test_a_score_is_a_number_and_a_count_of_years_is_a_number_as_well_as_a_time():
    f = "2.2023年11月25日,上海申花队以1:0战胜山东泰山队,时隔12年再度夺冠"
    found = {f[s.start:s.end] for s in numbers(f)}
    assert "1:0" in found and "2.2023年" not in found  # an item number against a year is no decimal
    typed = {(f[s.start:s.end], s.type) for s in extract(f, [])}
    assert ("12年", "number") in typed and ("12年", "time") in typed
    assert ("2023年", "number") not in typed


def test_a_score_question_expects_a_number():
    assert analyze("上海申花队以什么比分战胜山东泰山队？").expects == ("number",)


@pytest.mark.parametrize(("text", "clock"), [
    ("所幸约在上午10点左右，浓雾散去", "上午10点左右"),
    ("会议于9时30分开始", "9时30分"),
    ("提出了3点意见", None),  # three points, not three o'clock
])
def test_a_clock_time_is_a_time(text, clock):
    found = [text[s.start:s.end] for s in times(text)]
    assert (clock in found) if clock else not any("点" in t for t in found)


@pytest.mark.parametrize(("sentence", "name"), [
    ("佐科维总统在日本东京与日本首相岸田文雄举行工作午餐会", "岸田文雄"),  # 岸|田文雄: a Japanese name's first
    ("政大新聞系畢業後,《人間福報》社長符芝瑛歷任《聯合報》", "符芝瑛"),  # 符芝|瑛/g: a morpheme, no word
    ("徐榛蔚有縣長老公傅崐萁的行政護盤加持優勢", "傅崐萁"),  # 傅|崐/zg|萁/g, a kin word (老公) before it
    ("徐州第一人民医院眼科医院院长李甦雁进行了访谈", "李甦雁"),  # 李|甦/zg|雁/n, a verb after it
    ("由首任總經理為吳炯照(1981~1985)領導經營", "吳炯照"),  # 吴炯|照, the bracket of the years after it
    ("港务厅厅长塔汪昨天(26日)透露", "塔汪"),  # 塔/j|汪: a Thai name's first character read as an abbreviation
    ("大會新聞發言人姜恩柱(右二)在回答記者提問", "姜恩柱"),  # in jieba's dictionary, as frequent as 华丽
])
def test_a_name_jieba_cut_short_is_whole(pos, freq, sentence, name):
    found = texts(sentence, persons(fold(sentence), pos(sentence), freq=freq))
    assert name in found
    assert not any(n != name and (n in name or name in n) for n in found)


def test_a_kin_word_tagged_nr_is_not_read_into_the_name(pos, freq):
    s = "徐榛蔚有縣長老公傅崐萁的行政護盤加持優勢"
    assert "老公傅" not in texts(s, persons(fold(s), pos(s), freq=freq))
    s = "符芝瑛說,在早期報業興盛的年代"  # a verb after the name is no part of it
    assert texts(s, persons(fold(s), pos(s), freq=freq)) == ["符芝瑛"]


def test_a_name_jieba_took_for_a_place_is_a_person_after_a_post(pos, freq):
    # 东姑阿都拉 (Tunku Abdullah) is tagged ns; the post before it and the verb after it say it is a person. The
    # title (王储) and the state (彭亨州) jieba tags nr are not.
    s = "彭亨州王储东姑阿都拉颁发彭亨州媒体奖冠军给梁慧芳。"
    assert texts(s, persons(fold(s), pos(s), freq=freq)) == ["东姑阿都拉", "梁慧芳"]
    s = "市长北京市考察"  # a place jieba knows well stays a place
    assert texts(s, persons(fold(s), pos(s), freq=freq)) == []


def test_one_and_a_measure_word_after_a_copula_is_an_article_not_a_count(pos):
    # 人間福報: "福報就是一份生於憂患…的報紙" says what the paper is, not how many copies it prints
    s = "福報就是一份生於憂患,堅持自己的方向才能夠生存的報紙,他當了一名老師,共有三份"
    got = [s[sp.start:sp.end] for sp in extract(fold(s), pos(s)) if sp.type == "number"]
    assert "一份" not in got and "一名" in got and "三份" in got  # 一名 after 了 is still a count


@pytest.mark.parametrize(("text", "found"), [
    ("任何人在11月6日至16日光顾伍德维尔比萨吧", []),  # the days of a date, not a count of days
    ("十月五日举行", []),
    ("须自我隔离14天,从6日至16日", ["14天", "6日至16日"]),  # no month before: kept as it was
    ("会议开了3日", ["3日"]),
])
def test_the_days_of_a_date_are_no_count(text, found):
    assert [text[s.start:s.end] for s in numbers(text) if not text[s.start:s.end].endswith("月")] == found


def test_a_well_known_name_of_two_characters_is_a_name_where_a_name_stands(pos):
    # 刘备 and 曹操 are as frequent as common words in jieba's dictionary; after a verb or a preposition, before
    # punctuation, a verb or a function word, they are names; a word like 华丽 before 的 or a verb is not
    s = "孙权与刘备联合,在赤壁大破曹操。"
    assert {"刘备", "曹操"} <= set(texts(s, persons(fold(s), pos(s))))
    s = "大厅的装饰华丽的很,游客很多。"
    assert "华丽" not in texts(s, persons(fold(s), pos(s)))


def test_the_organiser_of_another_part_in_the_event_is_not_the_one_asked():
    from qa.answer.typed import other_roles
    f = "该系列活动由中共福州市委乡村振兴办主办、福州日报社承办。"
    first = Span(f.index("中共"), f.index("乡村"), "org", "org")
    second = Span(f.index("福州日报社"), f.index("承办"), "org", "org")
    assert other_roles(f, [first, second], "系列活动由哪家单位承办？") == {first}
    assert other_roles(f, [first, second], "系列活动由哪家单位主办？") == {second}
    assert other_roles(f, [first, second], "系列活动由哪家单位协办？") == set()  # the part asked is not printed
    assert other_roles(f, [first, second], "系列活动在哪里举行？") == set()


def test_the_left_anchors_preposition_printed_nearer_the_right_one_starts_the_answer():
    s = fold("一身輕便服裝的藝人張少懷,3日出席人安基金會舉辦的記者會,以手做風車為寒士送暖。")
    q = analyze("張少懷以什麼為寒士送暖？")
    slot = align(s, q.left, q.right, skip=True)
    assert slot is not None and s[slot.start:slot.end] == fold("手做風車")
