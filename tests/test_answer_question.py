"""Question analysis: types, expected answer types, the slot's anchors, byline questions, any input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.answer.question import analyze, clean_question, plain, qtype


@pytest.mark.parametrize(("question", "kind"), [
    ("谁主持了会议？", "who"),
    ("哪位领导出席了会议？", "who"),
    ("会议什么时候召开？", "when"),
    ("这件事发生在哪一年？", "when"),
    ("「山寨水」招標風波是在哪個月爆出的？", "when"),  # 哪个月: a month, not a place (在哪…)
    ("花蓮渡溪翻車是幾日發生的？", "when"),  # 是几日: which day
    ("工程历时几日？", "number"),  # 几日 alone: how many days
    ("将军澳被擲石的是幾號巴士？", "number"),  # 几号 before a numbered thing: its number
    ("他住在几号楼？", "number"),
    ("报纸正文用的是几号字？", "number"),  # a type size is numbered too (5号字体)
    ("会议是几号召开的？", "when"),  # 几号 alone: a day of the month
    ("外蒙古順利進入聯合國是聯合國大會第幾號決議?", "number"),  # 第几号: an ordinal (第1630號), no day
    ("在韓國幾乎沒有手機的人只到何年紀為止？", "number"),  # 何年纪: an age (12歲), not a year
    ("这所学校创办于何年？", "when"),
    ("会议在哪里召开？", "where"),
    ("综治中心位于哪个县？", "where"),
    ("安吉县综治中心整合了多少个部门？", "number"),
    ("东白马湖社区青年人群占比是多少？", "number"),
    ("有几个办事窗口？", "number"),
    ("什么是枫桥经验？", "definition"),
    ("贵族在自己的领地内会是什么身分？", "what"),  # 是什么 + the kind of thing asked: a thing, not a definition
    ("昌昌是什么王国的首都？", "what"),
    ("胜利广场是什么形状的？", "definition"),  # a look asked is told by a describing clause
    ("张秉成的智能电视机是什么品牌？", "definition"),  # a name asked: the attribute, as "它的品牌是什么"
    ("枫桥经验是什么？", "definition"),
    ("闪族没有0的符号，如何处理的？", "how"),  # 如何|处理: how, not 何处 (where)
    ("行波逐渐移动至何处？", "where"),
    ("为什么要引入商事调解团队？", "why"),
    ("李女士的纠纷是怎么化解的？", "how"),
    ("千亩水杉与哪些景物相互映衬？", "list"),
    ("记者是哪几天到项目采访的？", "when"),  # 哪几天 asks days, 哪几座/哪几门 a list
    ("达曼的卫星城有哪几座？", "list"),
    ("余杭区综治中心引入了什么团队？", "what"),
    ("王浩是否出席了会议？", "yesno"),
    ("会议在杭州召开吗？", "yesno"),
    ("hello world", "other"),
    # a time asked with 哪个 + a time noun, even after 在 ("在哪一个时候" is not "在哪"), or 西元几年
    ("这条道路是在哪一个时候建造的？", "when"),
    ("认知主义在哪一个世纪的末期成为统领范式？", "when"),
    ("台州专区是于西元几年设立的？", "when"),
    ("这座桥建了几年？", "number"),
    # 很多大型 is no 多大
    ("很多大型的国营银行因为政府实行哪一种政策而私有化？", "what"),
    ("该市面积有多大？", "number"),
    # 相差多久 asks how long between two times
    ("两代网络商用的时间相差多久？", "number"),
    # 在哪一版/哪一期/哪一座: which of the things counted, not where
    ("《文化体制改革吹响集结号》刊登在哪一版？", "what"),
    ("在哪一座公園中可以看到賽丁泉天文台？", "what"),
    # "在哪些地区" asks for every place: a list, not one place
    ("尤金袋鼠分布在哪些地区？", "list"),
    ("琴娜·杜普洛出生地在哪？", "where"),
    # a cloze's type is told by the noun or verb it ends on
    ("会议召开的时间是？", "when"),
    ("汉诺瓦音乐与戏剧学院位于？", "where"),
    ("香港公开羽毛球锦标赛的主办方是？", "what"),
    # 哪两位 asks for people, as 哪位 does: several of them
    ("花莲县长选举有哪两位参选人？", "who"),
    ("蓝帐汗国由哪两位可汗掌管？", "what"),  # no person noun after it: read as before
    # 在哪个期刊/杂志: which publication, not where
    ("《平视美国智库》发表在哪个学术期刊上？", "what"),
    ("印第安纳大学在哪一个杂志中被评比为最佳大学？", "what"),
    ("论文发表在哪个城市的期刊上？", "where"),
    # 哪个人民法庭 (重庆彭水网): which court, no person; 哪个人 alone asks one
    ("彭水县法院哪个人民法庭的审判质效位居全市人民法庭第一名？", "what"),
    ("哪个人获得了冠军？", "who"),
])
def test_types(question, kind):
    assert qtype(question) == kind


def test_slot_anchors_around_the_question_word():
    info = analyze("全省建设更高水平平安浙江工作会议在哪里召开？")
    assert info.left.endswith("会议在") and info.right == "召开"
    assert info.expects == ("place", "org")


def test_measure_word_goes_with_the_question_word():
    info = analyze("若游戏中离，则多少分钟内不得进行配对？")
    assert info.unit == "分钟" and info.right.startswith("内不得")
    assert analyze("2024年县级综治中心累计接待群众多少人次？").unit == "人次"
    # 多少个月 asks a duration (西華報: "二十七個月"), 多少个 a count
    assert analyze("小紅鮭會在島上被飼養至多少個月？").unit == "个月"
    assert analyze("岛上有多少个养殖场？").unit == "个"
    from qa.lexicon import SAME_UNITS
    assert "15~23℃".endswith(SAME_UNITS[analyze("周五的气温是多少度？").unit])  # 多少度 is answered in ℃


def test_ratio_word_stays_in_the_left_anchor():
    info = analyze("东白马湖社区青年人群占比是多少？")
    assert info.qtype == "number" and "占比" in info.left


def test_why_at_the_end_means_what():
    # "算为什么" asks what something counts as, not why.
    assert analyze("生命数耗完即算为什么？").qtype == "what"
    assert analyze("为什么要建设平安浙江？").qtype == "why"


def test_wei_shenme_before_a_comma_a_list_word_or_shihou_asks_no_why():
    # 为 is the copula of a verb, 什么 the thing (DRCD 3394-3-2, CMRC TRIAL_862_QUERY_2), or 什么时候 a time (5644-5-1)
    assert analyze("《中華民國憲法》施行後，國民政府改組為什麼，首都則續設於南京?").qtype == "what"
    assert analyze("《GOTH 断掌事件》已经被改编为什么及真人版电影？").qtype == "what"
    assert analyze("印第安納大學中大部分早期的建築為什麼時候修建的?").qtype == "when"
    assert analyze("符泳练水的时间是其他泳手的一半，为什么却拥有非凡的成绩？").qtype == "why"


def test_who_asked_before_a_why_it_governs():
    # DRCD 1180-6-1: the why is the matter the person questioned
    assert analyze("誰對一些恆星為什麼不會對太陽系施加萬有引力這件事感到質疑？").qtype == "who"


def test_byline_questions():
    assert analyze("千亩水杉的照片是谁拍的？").byline == "photographer"
    assert analyze("这篇报道是谁写的？").byline == "writer"
    assert analyze("综治中心那篇报道的通讯员是谁？").byline == "writer"
    assert analyze("小學生繁簡之爭是哪幾位記者採訪的？").byline == "writer"
    # a count between 哪 and 位 before the person noun asks that many people: writers here
    several = analyze("最小华裔小选民的报道是哪两位记者写的？")
    assert (several.qtype, several.byline) == ("who", "writer")
    assert analyze("由哪两位可汗掌管？").qtype == "what"  # 可汗 is no person noun of the lexicon
    assert analyze("谁主持了会议？").byline == ""
    # a paper's reporter whom the text names (a story quoting that paper) is no byline; a title's writer is
    assert analyze("《今报》赴京参加记者招待会的记者是谁？").byline == ""
    assert analyze("《海南日报》圆了我的“新闻梦”是谁写的？").byline == "writer"
    # 湖南日报: the leaders who visited the journalists (新闻工作者) are asked, not the story's writer
    assert analyze("看望慰问省两会新闻工作者的湖南省委书记是谁？").byline == ""
    assert analyze("哪些省领导参加了看望慰问省两会新闻工作者的活动？").byline == ""


def test_the_hour_asked_with_jishi():
    # 海峡都市报: "那天" is the day spoken of, "下午几时" the question (an hour)
    info = analyze("那天下午几时许福州天气突然变脸？")
    assert info.qtype == "when" and info.left == "那天" and info.text[slice(*info.wh)] == "下午几时"
    assert analyze("他几时到的？").qtype == "when"


def test_the_papers_own_reporter_asked_is_a_byline_question():
    # 肇庆学院报: a school paper's reporter is the byline's ("(校报记者 房国辉 陈亚伟)")
    assert analyze("《我校隆重举行2006级新生开学典礼》是哪位校报记者写的？").byline == "writer"
    assert analyze("这篇报道是哪位本报记者写的？").byline == "writer"
    assert analyze("《金子镶边的地方》那组报道是哪位光明日报记者写的？").byline == ""  # another paper's, quoted


def test_a_question_about_the_writer_is_no_byline_question():
    # 海南日报's essay: "作者…" asks about the writer's life, not who wrote it
    assert analyze("作者在海南一待就是多少年？").byline == ""
    assert analyze("作者每个工作日在哪里乘坐单位通勤车？").byline == ""
    assert analyze("这篇文章的作者是谁？").byline == "writer"
    assert analyze("这篇文章的作者叫什么名字？").byline == "writer"
    assert analyze("这篇文章的作者是？").byline == "writer"


def test_traditional_question_is_folded():
    info = analyze("會議在哪裡召開？")
    assert info.qtype == "where" and info.left == "会议在" and info.right == "召开"


def test_full_width_question_is_folded():
    assert analyze("ＧＤＰ是多少？").text.startswith("gdp")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_analysed_without_error(text):
    info = analyze(text)
    assert info.qtype in {"who", "when", "where", "number", "what", "definition", "why", "how", "yesno", "list",
                          "other"}
    if info.wh:
        assert 0 <= info.wh[0] <= info.wh[1] <= len(info.text)


@pytest.mark.parametrize("raw", ["", "   ", "\x00\x01", "🙂🙂", "x" * 10_000])
def test_unusable_questions_have_a_message(raw):
    text, problem = clean_question(raw)
    assert text == "" and problem


def test_html_markup_is_not_part_of_the_question():
    assert plain("<b>会议</b>在哪里&nbsp;召开?<br/>") == "会议 在哪里 召开?"
    assert plain("1<2 的数是多少") == "1<2 的数是多少"  # a bare < is text, not a tag
    assert clean_question("<b>会议</b>在哪里")[0] == "<b>会议</b>在哪里"  # shown as typed
    assert clean_question("<p></p>")[1]


def test_control_characters_are_dropped():
    assert clean_question("谁主持\x07了会议？") == ("谁主持 了会议？", "")


def test_which_several_is_a_list_and_numbered_groups_are_numbers():
    assert qtype("夏尔精通哪几门语言？") == "list"
    info = analyze("安吉县综治中心有几大功能区？")
    assert info.qtype == "number" and info.unit == "大" and info.right == "功能区"


def test_which_district_wants_a_name_ending_in_it():
    info = analyze("哪个区的综治中心引入了商事调解团队？")
    assert info.qtype == "where" and info.unit == "区"


def test_which_region_wants_any_place():
    # 地区 is a region of any level ("茶峒镇", "蒂罗尔"), not a district: its 区 asks no unit
    info = analyze("边城镇是由原大河坪乡整体和哪一个地区所合并的?")
    assert info.qtype == "where" and info.unit == ""


@pytest.mark.parametrize(("question", "kind", "left"), [
    ("法国的首都为？", "what", "法国的首都为"),
    ("這種動物的學名是？", "what", "这种动物的学名是"),
    ("该物质又被称为？", "what", "该物质又被称为"),
])
def test_cloze_questions_have_their_slot_at_the_end(question, kind, left):
    info = analyze(question)
    assert info.qtype == kind and info.cloze and info.left == left and info.right == ""


@pytest.mark.parametrize(("question", "kind"), [
    ("該隊的主場為何？", "what"),  # 為何 at the end asks "is what"
    ("為何要引入調解團隊？", "why"),
    ("這部電影是甚麼時候上映的？", "when"),
    ("該國有幾個省？", "number"),
])
def test_traditional_question_words(question, kind):
    assert qtype(question) == kind


def test_which_noun_sets_the_expected_type():
    assert analyze("哪一个政府最先承认了它？").expects == ("org",)
    assert analyze("哪一个国王将贵族集中在凡尔赛宫？").expects == ("person",)
    assert analyze("哪一位作家写了这本书？").qtype == "who"
    assert analyze("哪一家公司收购了它？").expects == ("org",)


def test_a_modified_noun_counted_by_a_measure_word_for_bodies_asks_an_organisation():
    # "哪家|航空公司": the kind 家 counts (公司) ends the noun a few characters on
    assert analyze("哪家航空公司發生網上系統故障？").expects == ("org",)
    assert analyze("哪间投资银行承销了这次发行？").expects == ("org",)
    assert analyze("哪家餐厅最受欢迎？").expects != ("org",)  # 餐厅 counted by 家 is no organisation kind


def test_years_in_the_question_are_kept():
    assert analyze("2015年的产量是多少？").years == ("2015",)


@pytest.mark.parametrize(("question", "word", "right"), [
    ("俄國在哪一場革命後退出了戰爭？", "哪一场", "革命后退出了战争"),
    ("哪一門語言在韓國被視為國語？", "哪一门", "语言在韩国被视为国语"),
    ("協助他人自殺是哪方面的規定？", "哪方面", "的规定"),
    ("他們交出了哪一份報告書？", "哪一份", "报告书"),
    ("對動物而言最大的胞器是哪部分？", "哪部分", ""),  # 部分 is one word: the question ends with it
])
def test_a_classifier_goes_with_the_question_word(question, word, right):
    # the noun after the classifier opens the right side: it says what kind of thing is asked
    info = analyze(question)
    assert info.qtype == "what" and info.wh_word == word and info.right == right


@pytest.mark.parametrize(("question", "kind", "word"), [
    ("乙醚在哪一種狀態下時非常穩定？", "what", "哪一种"),  # 在哪 before a thing that is no place
    ("這套規則出現在哪一部經典中？", "what", "哪一部"),
    ("盤古大陸是在哪一時代出現的？", "when", "哪一时代"),
    ("新竹縣是在哪一國家統治台灣時設立的？", "where", "哪一国家"),  # a place noun before a verb joins the word
    ("他在哪個電視台發表了講話？", "where", "哪个电视台"),  # an organisation is a where too (the noun: which_place.py)
    ("老太太坐在哪條路上？", "where", "哪"),
    ("米線與河粉都是哪邊的米製食品？", "where", "哪边"),
    ("哪一個地方是共產黨的發源地？", "where", "哪一个地方"),
    ("哪一個國王將貴族集中在凡爾賽宮居住？", "what", "哪一个"),  # 国王 is no country: a person (HEAD_KINDS)
    ("南斯拉夫放棄派系是由於受到哪一國的威脅？", "where", "哪一国"),
])
def test_where_asks_a_place_only_before_a_place_noun(question, kind, word):
    info = analyze(question)
    assert info.qtype == kind and info.wh_word == word


def test_how_fast_asks_a_number():
    info = analyze("蟹狀星雲核心的波霎擁有多快的自轉速率？")
    assert info.qtype == "number" and info.wh_word == "多快" and info.right == "的自转速率"
    assert qtype("他跑得很快吗？") == "yesno"  # 很快 is no question word


@pytest.mark.parametrize(("question", "kind"), [
    ("於1992年時彰化市的產業結構中以哪一種產業的比例最低？", "what"),  # the ratio describes what is asked
    ("哪一個組織表示中國在義務教育上的投入遠未到達世界比重的平均水平？", "what"),
    ("《建築人體比例圖》中的方和圓有何意義？", "what"),
    ("东白马湖社区青年人群占比是多少？", "number"),
    ("青年人群的占比？", "number"),  # no other question word: the ratio is asked
])
def test_a_ratio_word_beside_a_question_word_asks_no_number(question, kind):
    assert qtype(question) == kind


def test_a_year_of_the_republic_is_a_question_year():
    # Taiwan's papers print this century's years as the Republic's (113年 = 2024): a question naming one must
    # not be answered from a sentence of another year (114年's award list)
    assert analyze("113年軍人節表揚大會上誰獲選國軍模範團體？").years == ("113",)
    # a span of years or a year BC is no year of the Republic
    assert analyze("这所学校有113年历史吗？").years == ()
    assert analyze("羌於公元前109年被誰封為滇王?").years == ()
    assert analyze("公司成立110年来获得了哪些奖？").years == ()


def test_a_road_asked_is_the_unit_of_a_where_question():
    # "在哪条路上" wants a road's name (南滨路), not the spot on it (体育场过洞)
    assert analyze("损坏严重的井盖在哪条路上？").unit == "路"
    assert analyze("店铺开在哪一条大街？").unit == "街"
    assert analyze("会议在哪里召开？").unit == ""


def test_di_ji_before_any_noun_asks_an_ordinal():
    # 第几 asks a rank whether or not a measure word follows it ("第几选区" like "第几版"); its 第 joins the answer
    for q in ("他竞选德州众议院第几选区？", "这篇报道刊登在第几版？"):
        info = analyze(q)
        assert info.qtype == "number" and info.wh is not None and q[info.wh[0]:info.wh[1]].startswith("第几")


def test_an_age_asked_with_he_nianji_wants_years_old():
    info = analyze("在韓國幾乎沒有手機的人只到何年紀為止？")  # DRCD 1193-36-3: "12歲以上的人"
    assert (info.qtype, info.unit) == ("number", "岁")
