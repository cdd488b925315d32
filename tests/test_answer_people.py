"""People and their posts (people.py): title chains, exact posts, the organisation a post is asked of."""

from __future__ import annotations

import pytest
from candidates import people_of, sentence_of

from qa.answer.names import names_before_posts, persons
from qa.answer.people import (
    asked_owner,
    asked_relation,
    bracketed_owner,
    deed_of,
    find_holder,
    find_owner,
    find_relative,
    holds,
    owner_absent,
    owner_unnamed,
    tells_deed,
    titled,
)
from qa.answer.question import analyze
from qa.answer.typed import extract
from qa.engine import Engine
from qa.normalize import fold
from qa.types import Sentence


@pytest.fixture(scope="module")
def people(engine):
    """The people of a sentence with their posts, its spans as the composer extracts them: {name: posts}."""
    return people_of(engine)


def test_a_post_before_a_kin_word_the_sentence_owns_is_the_kin_s(people):
    # "有县长老公傅崐萁": her husband, the county head — the post describes the kin word
    assert people("徐榛蔚有縣長老公傅崐萁的行政護盤加持優勢")["傅崐萁"] == ("县长",)
    assert people("她的市长丈夫王大明出席了会议")["王大明"] == ("市长",)


def test_a_post_before_a_kin_word_otherwise_is_another_person_s(people):
    # "县长老公傅崐萁" with nothing owning it reads "the county head's husband": he holds no post
    assert people("县长老公傅崐萁出席了会议")["傅崐萁"] == ()


def test_a_post_spaced_from_its_name_in_an_author_line_is_its_title(people):
    assert people("作者:《日本新华侨报》发行人 吴晓乐")["吴晓乐"][-1].endswith("发行人")
    assert people("作者:《日本新华侨报》 吴晓乐")["吴晓乐"] == ()  # no post before the space


def test_a_membership_closing_the_chain_is_a_post(people):
    # pages50's 南阳 and pages45's 香港商報: a leading group's or a council's member (党组成员, 行政会议成员) is held as
    # a post and printed before the name as one
    row = "市政协主席张生起讲话,副主席李建涛、宋蕙,市政协党组成员柳克珍、秘书长夏广军出席会议。"
    assert people(row)["柳克珍"] == ("市政协党组成员",)
    assert people("东亚银行董事局副主席、香港特区行政会议成员李国章接受采访")["李国章"] == (
        "东亚银行董事局副主席", "香港特区行政会议成员")
    assert people("研究会成员李国章接受采访")["李国章"] == ()  # a society's member holds no post


def test_a_report_s_bracketed_label_is_no_part_of_the_chain(people):
    # pages45's 新報: "【特訊】經濟財政司司長戴建業…" — the label before 】 tags the report, the chain starts after it
    assert people("【特讯】经济财政司司长戴建业昨(15)日继续拜访社团")["戴建业"] == ("经济财政司司长",)


def test_a_role_printed_twice_is_the_role():
    assert holds(fold("社會文化司長司長"), "社会文化司长") is True
    assert holds(fold("社會文化司長司長"), "社会文化副司长") is False


@pytest.mark.parametrize(("asked", "text", "absent"), [
    ("光华日报总经理", "世界日报洛杉矶社成立之初,由首任总经理为吴炯照(1981~1985)领导经营", True),
    ("世界日报洛杉矶社首任总经理", "世界日报洛杉矶社成立之初,由首任总经理为吴炯照(1981~1985)领导经营", False),
    ("j storm公司目前的社长", "j storm是日本的唱片公司。目前社长是藤岛茱莉景子", False),
    ("北大荒农业的公司负责人", "北大荒农业股份有限公司:公司负责人王道明", False),
    ("总经理", "由首任总经理为吴炯照领导经营", False),  # no organisation asked
    # 华侨报 (Macau): the office stationed in Macau (驻澳) is named without the place in the place's paper
    ("驻澳台北经济文化办事处主任", "拜会台北经济文化办事处,办事处由卢长水主任与林佳彻秘书接见", False),
    ("驻港台北经济文化办事处主任", "拜会台北经济文化办事处,办事处由卢长水主任接见", False),
    ("驻澳门大学办事处主任", "拜会澳门大学", True),  # only a place of one character goes without saying
    # 主教练 is the post (not 教练 of an owner "主"): an article on other clubs' coaches does not name 深圳健力宝
    ("深圳健力宝的主教练", "新赛季中超的洋帅来自9个国家,其中拉丁系教练4人", True),
    # 甘南日报: the prefecture (州) is named without its level, as a city without 市 ("甘南是离内地最近的雪域高原")
    ("甘南州州长", "甘南是离内地最近的雪域高原。州委副书记、州长赵凌云出席见面会", False),
    ("广州市长", "州委副书记、州长赵凌云出席见面会", True),  # a city named with 州 leaves one character: not taken
])
def test_the_organisation_a_post_is_asked_of_must_be_in_the_article(asked, text, absent):
    assert owner_absent(asked, text) is absent


def test_a_general_post_is_not_the_post_it_heads():
    # 总 makes another post, as 副 does: 经理 is no 总经理, 领事 no 总领事 (nor 副总领事)
    assert holds("经理", "总经理") is False
    assert holds("领事", "中国驻槟城副总领事") is False
    assert holds("中国驻槟城总领事", "中国驻槟城副总领事") is False
    assert holds("中国驻槟城总领事", "中国驻槟城总领事") is True


def test_a_rotating_post_is_not_the_post_it_rotates():
    # pages67's 柬华理事总会: the 轮值会长 (held in turn) is another post than its 会长, as a 副会长 is
    assert holds("会长", "柬华理事总会轮值会长") is False
    assert holds("柬华理事总会会长", "柬华理事总会轮值会长") is False
    assert holds("轮值会长", "柬华理事总会轮值会长") is True


@pytest.fixture(scope="module")
def holder(engine):
    """The name of the asked post's holder in a sentence, or ("", near miss seen)."""
    freq = engine._state.composer._freq

    def find(asked: str, text: str) -> tuple[str, bool]:
        s = sentence_of(text)
        pos = list(engine.tokenizer.pos(s.folded))
        t, near = find_holder(fold(asked), titled(s, persons(s.folded, pos, freq=freq), pos))
        return (s.folded[t.name[0]:t.name[1]] if t else ""), near
    return find


def test_posts_asked_together_are_one_person_s(holder):
    text = "SMC 的總裁兼執行長蔡啟文(Ramon S. Ang)領導的新 NAIA 基礎設施公司(NNIC)"
    assert holder("SMC的總裁兼執行長", text) == ("蔡启文", False)
    assert holder("新NAIA基礎設施公司的副總裁", text) == ("", True)


def test_a_list_of_guests_gives_each_post_its_holder(holder):
    text = "当天到访嘉宾包括大使夫人宋晓梅、中国驻槟城总领事周游斌、领事李捷、公使衔参赞林士光和马翠宏"
    assert holder("中国驻槟城总领事", text) == ("周游斌", False)
    assert holder("中国驻槟城副总领事", text)[0] == ""
    assert holder("领事", text) == ("李捷", True)


def test_a_post_asked_of_something_is_the_post_printed_where_the_article_names_it(engine):
    freq = engine._state.composer._freq
    text = ("3月4日上午,十一屆全國人大一次會議首場新聞發佈會在北京人民大會堂舉行。"
            "大會新聞發言人姜恩柱(右二)在回答記者提問。")
    at = text.index("大會新聞")
    s = Sentence(id="a:0:1", article_id="a", paragraph=0, kind="body", text=text[at:], start=at, end=len(text))
    pos = list(engine.tokenizer.pos(s.folded))
    people = titled(s, persons(s.folded, pos, freq=freq), pos)
    asked = fold("十一屆全國人大一次會議首場新聞發佈會的新聞發言人")
    t, _ = find_holder(asked, people, fold(text))
    assert t is not None and s.folded[t.name[0]:t.name[1]] == "姜恩柱"
    assert find_holder(asked, people, "")[0] is None  # an article that does not name the press conference


def test_a_post_printed_with_another_organisation_is_not_the_one_asked_of(engine):
    freq = engine._state.composer._freq
    text = fold("仙棉訖公司(SMC)與仁川國際機場公司財團接手航站。SMC 的總裁兼執行長蔡啟文(Ramon S. Ang)領導新公司")
    at = text.index("smc 的")
    s = Sentence(id="a:0:1", article_id="a", paragraph=0, kind="body", text=text[at:], start=at, end=len(text))
    pos = list(engine.tokenizer.pos(s.folded))
    people = titled(s, persons(s.folded, pos, freq=freq), pos)
    assert find_holder(fold("仁川國際機場公司的總裁"), people, text)[0] is None
    t, _ = find_holder(fold("SMC的總裁"), people, text)
    assert t is not None and s.folded[t.name[0]:t.name[1]] == "蔡启文"


def test_a_post_printed_after_the_name_is_its_post(people):
    assert people("《亞洲時報》的張丹華社長和夫人攜手走進秦淮畫舫")["张丹华"] == ("社长",)
    told = people("□讲述:黄雷(广西壮族自治区凤山县公安局刑侦大队副大队长) 整理:记者 刘文杰")
    assert told["黄雷"] == ("广西壮族自治区凤山县公安局刑侦大队副大队长",)
    # a post before the next name is that name's title, not the post of the word jieba read as a name before it
    assert people("【明報專訊】勞福局長孫玉菡昨回應命案時稱")["劳福"] == ()
    assert people("由首任總經理為吳炯照(1981~1985)領導經營")["吴炯照"] == ()  # years in brackets are no post


PAGE = """亲历押解路

□讲述:黄雷(广西壮族自治区凤山县公安局刑侦大队副大队长) 整理:人民公安报记者 刘文杰 通讯员 罗开革

巨龙某是凤山县公安局刑侦大队从新疆抓获归案的犯罪嫌疑人,全国20多个省市的5万多名老年人被骗。

7月4日,我们押解巨龙某从新疆库尔勒搭乘列车至四川广元,只买到了站票。
"""


@pytest.fixture(scope="module")
def told(config, tmp_path_factory):
    folder = tmp_path_factory.mktemp("told")
    (folder / "page.txt").write_text(PAGE, encoding="utf-8")
    return Engine.load(config, corpus=folder)


def test_the_teller_s_post_in_the_byline_line_answers(told):
    assert told.ask("凤山县公安局刑侦大队副大队长是谁？").text == "黄雷"
    assert told.ask("凤山县公安局刑侦大队大队长是谁？").declined  # a near miss


@pytest.fixture(scope="module")
def relative(engine):
    """The name people.find_relative gives for X's relation in a sentence of an article."""
    freq = engine._state.composer._freq

    def find(question: str, text: str, article: str = "") -> str:
        x, kin = asked_relation(analyze(question))
        s = sentence_of(text)
        pos = list(engine.tokenizer.pos(s.folded))
        t = find_relative(x, kin, titled(s, persons(s.folded, pos, freq=freq), pos), fold(article or text))
        return s.folded[t.name[0]:t.name[1]] if t else ""
    return find


def test_a_relative_is_the_name_after_the_relation_word_of_the_person_asked(relative):
    text = "5月24日,铁军工兵营上等兵刘涛在都江堰市的灾区群众临时安置地看望母亲李旭燕。"
    assert relative("上等兵刘涛的母亲叫什么名字？", text) == "李旭燕"
    assert relative("刘涛的父亲叫什么名字？", text) == ""
    assert relative("王强的母亲叫什么名字？", text) == ""  # not the mother of someone the clause does not name
    assert relative("刘涛的母亲是谁？", "刘涛看望了张明的母亲李旭燕。") == ""  # another's 的 before the word


def test_a_relative_after_a_post_is_the_post_holder_s(relative):
    guests = "当天到访嘉宾包括大使夫人宋晓梅、中国驻槟城总领事周游斌、领事李捷"
    article = "中国驻马大使欧阳玉靖周四率11人代表团到访光华日报。" + guests
    assert relative("欧阳玉靖的夫人是谁？", guests, article) == "宋晓梅"
    assert relative("周游斌的夫人是谁？", guests, article) == ""  # 周游斌 is no 大使
    assert asked_relation(analyze("欧阳玉靖是谁？")) == ("", "")


def test_a_post_given_to_a_pronoun_is_held_by_the_person_named_before():
    from qa.answer.people import post_of_pronoun
    text = "作为吉林省珲春东北虎国家级自然保护区宣教中心主任,这是他一年最忙的时候了。"
    s = sentence_of(text)
    assert post_of_pronoun(s, "珲春东北虎国家级自然保护区宣教中心主任") is not None
    assert post_of_pronoun(s, "珲春东北虎国家级自然保护区宣教中心副主任") is None
    other = "作为宣教中心主任,这一年最忙。"  # no pronoun: nobody is said to hold it
    assert post_of_pronoun(Sentence(id="a:0:1", article_id="a", paragraph=0, kind="body", text=other, start=0,
                                    end=len(other)), "宣教中心主任") is None


TIGER = """为东北虎返乡操碎了心

3月3日早上7点,郎建民踩着30厘米厚的积雪,钻进了树林里。

在这个季节,狩猎人跟踪动物足迹放铁套作案多了起来。作为吉林省珲春东北虎国家级自然保护区宣教中心主任,这是他一年最忙的时候了。
"""


def test_the_holder_of_a_post_given_to_a_pronoun_answers(config, tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiger")
    (folder / "page.txt").write_text(TIGER, encoding="utf-8")
    engine = Engine.load(config, corpus=folder)
    answer = engine.ask("珲春东北虎国家级自然保护区宣教中心主任是谁？")
    assert answer.text == "郎建民" and answer.rule == "people:antecedent"


TWO_FESTIVALS = """县领导看望新闻工作者

11月8日,第22个中国记者节,县委书记吴钟民,县委常委、宣传部部长章志都来到县融媒体中心座谈,并讲话慰问新闻工作者。

另县庆祝记者节

11月6日,庆祝第26个中国记者节座谈会在县大礼堂召开。县委常委、宣传部部长童壁,县人大常委会副主任段水平出席。
"""


def test_the_holder_at_another_of_a_series_is_not_the_one_asked(config, tmp_path_factory):
    folder = tmp_path_factory.mktemp("festivals")
    (folder / "page.txt").write_text(TWO_FESTIVALS, encoding="utf-8")
    engine = Engine.load(config, corpus=folder)
    answer = engine.ask("在第26个中国记者节座谈会上讲话的县委常委、宣传部部长是谁？")
    assert answer.text == "童壁"


READERS = """评报员之窗

秀坤:6月15日A2版《文化体制改革吹响集结号》,让人看起来很振奋。期待着改革之后新闻能新鲜灵活一些吧。

李洪嵩:6月16日A6版《58年前,入股2万元58年后,本息20元》,历史遗留问题应该按照更有利于弱者的原则处理。银行所说的币制改革而把原股值也改了仅仅是一家之言,不足以采信。
"""


def test_a_paragraph_opening_with_a_name_and_a_colon_is_that_person_s_words(config, tmp_path_factory):
    folder = tmp_path_factory.mktemp("readers")
    (folder / "page.txt").write_text(READERS, encoding="utf-8")
    engine = Engine.load(config, corpus=folder)
    answer = engine.ask("谁认为银行所说的币制改革仅仅是一家之言？")
    assert answer.text == "李洪嵩" and answer.rule == "people:speaker"


@pytest.mark.parametrize(("question", "text", "owner"), [
    ("張丹華是哪家媒體的社長？", "《亞洲時報》的張丹華社長和夫人攜手走進秦淮畫舫", "亚洲时报"),
    ("王文是哪个机构的执行院长？", "本文作者中国人民大学重阳金融研究院执行院长王文", "中国人民大学重阳金融研究院"),
    ("王文是哪个机构的院长？", "本文作者中国人民大学重阳金融研究院执行院长王文", None),  # a near miss says nothing
    ("李四是哪家媒体的社长？", "《亞洲時報》的張丹華社長和夫人攜手走進秦淮畫舫", None),
])
def test_the_organisation_of_a_person_s_post_is_what_the_title_names(engine, question, text, owner):
    freq = engine._state.composer._freq
    x, post = asked_owner(analyze(question))
    s = sentence_of(text)
    pos = list(engine.tokenizer.pos(s.folded))
    found = find_owner(fold(x), fold(post), titled(s, persons(s.folded, pos, freq=freq), pos, fold(x)))
    assert (s.folded[found[0]:found[1]] if found else None) == owner


# Names printed before their post ("由黄德全会长偕同…", "、陈培斌理事长及", "充满爱心的王田良总编辑"): jieba cuts
# such a name into the post (黄德|全会|长), so the name is read from the post back to the boundary before it.

def test_names_before_their_posts(people):
    got = people("澳門雷州聯誼會五月二十八日由黃德全會長偕同蕭妃英副會長、蕭家海副會長、陳培斌理事長及蕭偉康顧問")
    assert got[fold("黃德全")] == ("会长",)
    assert got[fold("蕭妃英")] == ("副会长",)  # the modifier goes with the post: a near miss for 会长
    assert got[fold("陳培斌")] == ("理事长",)
    assert people("是充满爱心的王田良总编辑亲自策划的")["王田良"] == ("总编辑",)


def test_a_post_between_two_names_is_the_title_of_the_name_after_it(people):
    got = people("勞福局長孫玉菡昨回應秀茂坪邨雙屍命案")
    assert got.get(fold("孫玉菡"), ("",))[0].endswith("局长")
    assert not got.get(fold("勞福"))  # 勞福 (the bureau) is no one's name


def test_a_tenure_word_before_a_post_is_no_name():
    # "由首任校长郭沫若": 首 is a surname, but 首任 is a word
    f = fold("科大校歌是《永恆的東風》，由首任校長郭沫若作詞")
    assert names_before_posts(f, []) == []
    f = fold("和平区区长出席")  # a place of the dictionary, not a name
    assert names_before_posts(f, []) == []


def test_surnames_common_in_taiwan_and_hong_kong(people):
    # 洪 and 萧 (蕭) were missing from the surnames: "金門家扶主任洪依帆" named no one
    assert people("家扶扶幼委員會主委楊肅謙及金門家扶主任洪依帆也出席活動").get(fold("洪依帆"))
    assert people("偕同蕭妃英副會長出席").get(fold("蕭妃英")) == ("副会长",)


def test_a_preposition_before_a_post_is_no_part_of_it(people):
    # "由小组召集人王国代主持": the post is 小组召集人 (a post asked with words before it still matches them)
    got = people("第三審查委員會昨日上午召開分組審查會議,由小組召集人王國代主持,副召集人洪成發、委員李養生出席")
    assert got[fold("王國代")] == (fold("小組召集人"),)
    assert got[fold("洪成發")] == ("副召集人",)


def test_a_verb_with_its_aspect_mark_before_a_post_is_no_part_of_it(people):
    # "会议听取并审议了市财政局局长董明所作的…报告": the post is 市财政局局长, which holds 荆门市财政局局长
    got = people("会议听取并审议了市财政局局长董明所作的关于2025年荆门市本级政府投资项目资金安排情况的报告")
    assert got["董明"] == ("市财政局局长",)


def test_the_leaders_of_a_visiting_delegation_hold_its_place_s_posts():
    # 徐州日报: "宿迁市党政代表团在市委书记魏国强,市委副书记、市长王天琦率领下来我市考察": their bare posts are 宿迁's,
    # so they are not 徐州's 市委书记 or 市长, whatever the article says of 徐州
    from qa.answer.people import Titled, unqualified

    text = "徐州日报讯2月3日,宿迁市党政代表团在市委书记魏国强,市委副书记、市长王天琦率领下来我市考察。"
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=text, start=0, end=len(text))
    at, mayor = text.index("市委书记魏"), text.index("市委副书记、市长")
    secretary = Titled(sentence=s, name=(at + 4, at + 7), chain=(at, at + 4), posts=("市委书记",))
    head = Titled(sentence=s, name=(mayor + 8, mayor + 11), chain=(mayor, mayor + 8), posts=("市委副书记", "市长"))
    article = text + "在徐期间,代表团考察了徐州市规划馆。"
    assert unqualified("徐州市委书记", secretary, article) and unqualified("徐州市市长", head, article)
    assert not unqualified("宿迁市委书记", secretary, article) and not unqualified("宿迁市市长", head, article)


def test_a_request_s_preposition_before_a_post_is_no_part_of_it(people):
    # "按照市人大常委会主任崔永斌的要求": the post is 市人大常委会主任, which holds 邯郸市人大常委会主任
    got = people("9月6日,按照市人大常委会主任崔永斌的要求,市人大常委会再次组织代表进行视察")
    assert got["崔永斌"] == ("市人大常委会主任",)


def test_posts_run_together_with_commas_are_one_chain(people):
    # "大会主席团常务主席,市委书记,市人大常委会党组书记、主任陈岸明": all four posts are 陈岸明's
    got = people("大会主席团常务主席,市委书记,市人大常委会党组书记、主任陈岸明为新当选人员颁发当选证")
    assert got["陈岸明"] == ("大会主席团常务主席", "市委书记", "市人大常委会党组书记", "主任")
    # a clause naming its own holder keeps its post: 市委书记 is 张三's, not 李四's
    got = people("市委书记张三,市长李四出席")
    assert got["李四"] == ("市长",)


def test_a_post_the_person_took_after_the_name(engine):
    from qa.answer.people import asked_person, post_taken
    assert asked_person(analyze("骆敏舟现在担任什么职务？")) == "骆敏舟"
    freq = engine._state.composer._freq

    def taken(name: str, text: str) -> str:
        s = sentence_of(text)
        pos = list(engine.tokenizer.pos(s.folded))
        span = post_taken(fold(name), s, titled(s, extract(s.folded, pos, freq=freq), pos))
        return s.text[span[0]:span[1]] if span else ""
    s = "兩年前,駱敏舟辭去中科院的職務,應聘江蘇省産業技術研究院“項目經理”,來到研創園,成為智能制造技術研究所所長。"
    assert taken("駱敏舟", s) == "智能制造技術研究所所長"
    # someone else named between the name and the post: it may be theirs
    assert taken("王成", "王成推荐刘捷,刘捷随后成为研究所所长。") == ""


def test_the_hosts_after_shou_dao_hold_their_posts(people):
    # "参访东华附小,受到校长鲍明钧…的欢迎": the guests were welcomed by the principal; 受到 is no part of the post
    got = people("越南教育團一行專程參訪東華附小,受到校長鮑明鈞、家長會長魏嘉賢及行政團隊的熱情歡迎")
    assert got[fold("鮑明鈞")] == ("校长",)


def test_a_name_cut_into_its_post_is_whole_and_an_adviser_holds_a_post(people):
    got = people("由黃德全會長偕同陳培斌理事長及蕭偉康顧問拜會台北經濟文化辦事處")
    assert fold("黃德") not in got  # jieba's 黄德|全会|长: the name is 黄德全
    assert got[fold("蕭偉康")] == ("顾问",)


def test_a_post_qualified_in_brackets_is_that_organisation_s(engine):
    text = "中铁一局党委宣传部(企业文化部)部长、《铁路建设报》总编辑杨峰陪同采访"
    s = sentence_of(text)
    pos = list(engine.tokenizer.pos(s.folded))
    people = titled(s, extract(s.folded, pos, freq=engine._state.composer._freq), pos)
    holder, _near = find_holder("经济部长", people)
    assert holder is not None and holder.posts[0] == "部长"  # the chain is cut at the bracket
    assert bracketed_owner("经济部长", holder)  # …but the bracket says whose 部长 it is
    assert not bracketed_owner("企业文化部部长", holder)
    assert not bracketed_owner("部长", holder)


def test_a_post_asked_by_its_holder_s_deed_is_the_post_with_the_event_told_before(engine):
    asked = "参加庆祝第26个中国记者节座谈会的县政协副主席"
    assert deed_of(asked) == ("参加庆祝第26个中国记者节座谈会", "县政协副主席")
    assert deed_of("市委书记") == ("", "市委书记")
    before = "11月6日,庆祝第26个中国记者节座谈会在县大礼堂召开。"
    text = "县委常委、宣传部部长童壁,县人大常委会副主任段水平,县政协副主席黄泓参加活动。"
    assert tells_deed(deed_of(asked)[0], text + " " + before) and not tells_deed(deed_of(asked)[0], text)
    s = Sentence(id="a:0:1", article_id="a", paragraph=0, kind="body", text=text, start=0, end=len(text))
    pos = list(engine.tokenizer.pos(s.folded))
    people = titled(s, extract(s.folded, pos, freq=engine._state.composer._freq), pos)
    holder, _ = find_holder("县政协副主席", people)
    assert holder is not None and s.folded[holder.name[0]:holder.name[1]] == "黄泓"
    holder, _ = find_holder("县委常委、宣传部部长", people)  # posts asked together, joined by 、
    assert holder is not None and s.folded[holder.name[0]:holder.name[1]] == "童壁"


@pytest.mark.parametrize(("asked", "posts", "article", "expected"), [
    # "县委常委、宣传部部长": the second post is of the first one's organisation (县委), the county is the page's
    ("寿宁县委宣传部部长", ("县委常委", "宣传部部长"), "寿宁县融媒体中心 县委常委、宣传部部长项忠红陪同", False),
    ("寿宁县委宣传部部长", ("县委常委", "宣传部部长"), "县委常委、宣传部部长项忠红陪同", True),  # 寿宁 nowhere
    ("寿宁县委宣传部部长", ("宣传部部长",), "寿宁县融媒体中心 宣传部部长项忠红陪同", True),  # no 县委 printed
    # "市政协党组书记、主席苏铁成": the 主席 is the 市政协's (its 党组 before the role), the city (唐山) the page's
    ("唐山市政协主席", ("市政协党组书记", "主席"), "唐山在对接京津中加快发展。市政协党组书记、主席苏铁成陪同", False),
    ("唐山市政协主席", ("市政协党组书记", "主席"), "市政协党组书记、主席苏铁成陪同", True),  # 唐山 nowhere
])
def test_a_post_listed_after_another_takes_its_organisation(asked, posts, article, expected):
    from qa.answer.people import Titled, unqualified

    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=article, start=0, end=len(article))
    holder = Titled(sentence=s, name=(0, 0), chain=(0, 0), posts=posts)
    assert unqualified(asked, holder, article) is expected


def test_posts_joined_by_ji_are_one_person_s(holder):
    # "副部长及融媒体中心主任叶明珠": 及 joins two posts of one person, as 、 and 兼 do
    text = "寿宁县委宣传部副部长及融媒体中心主任叶明珠说,感谢闽东日报社的支持。"
    assert holder("融媒体中心主任", text) == ("叶明珠", False)
    assert holder("寿宁县委宣传部部长", text) == ("", True)  # the deputy is not the head


@pytest.mark.parametrize(("asked", "text", "unnamed"), [
    ("印尼工商会馆总主席", "市各少数民族文学艺术协会主席刘金华、各华人会馆代表出席", True),  # no 印尼 in it
    ("印尼工商会馆总主席", "印尼工商会馆主管国际关系的副总主席欣达", False),
    ("世界日报洛杉矶社副社长", "世界日报秉持创办人王惕吾的理念", False),  # the organisation's start is named
])
def test_an_article_that_does_not_even_start_the_asked_organisation(asked, text, unnamed):
    assert owner_unnamed(asked, text) is unnamed


INDONESIA = """印尼工商会馆支持疫苗接种
众所周知,印尼工商会馆总主席罗山• 鲁斯拉尼要求政府自立主持新冠疫苗接种项目。
"""
VIETNAM = """各华人会馆加强遗迹保护工作
〔本报消息〕第五郡各华人会馆第二季度定期聚会昨(23)日在穗城会馆举行。市民族处副主任梁鸿德、市各少数民族文学艺术协会主席刘金华、第五郡人委会副主席张庚波与各华人会馆代表出席。
"""


def test_a_like_post_of_another_organisation_is_no_near_miss(config, tmp_path_factory):
    folder = tmp_path_factory.mktemp("huiguan")
    (folder / "a.txt").write_text(INDONESIA, encoding="utf-8")
    (folder / "b.txt").write_text(VIETNAM, encoding="utf-8")
    engine = Engine.load(config, corpus=folder)
    # the Vietnamese 协会主席 is no near miss of the Indonesian 总主席 (whether the name is then found or not)
    assert "相近" not in engine.ask("印尼工商会馆总主席是谁？").message
    near = engine.ask("第五郡人委会主席是谁？")  # the near miss in its own article still declines as one
    assert near.declined and "相近" in near.message


def test_a_name_jieba_cut_before_a_numeral_after_its_post_is_whole(people):
    # "柯昌|万|出席": 万 ends the given name; the post says a name stands there
    assert people("市委常委、宣传部部长柯昌万出席。").get("柯昌万")


def test_a_word_jieba_made_up_after_a_post_is_the_holder_s_name(people):
    # a pen name (秋影) is in no dictionary: after the post it is the holder, whatever follows it
    assert people("京九晚报副总编辑秋影祖籍周口郸城").get("秋影")
    # but not the first part of a name printed in parts
    assert "阿宁" not in people("印尼工商会馆的副主席阿宁迪亚•巴格利3月4日在泗水举行")


def test_a_clause_of_what_the_holder_did_is_no_part_of_the_post_asked():
    from qa.answer.people import asked_post
    assert asked_post(analyze("到寿宁县融媒体中心调研的市委宣传部常务副部长是谁？")) == "市委宣传部常务副部长"
    assert asked_post(analyze("在会上讲话的副市长是谁？")) == "副市长"
    assert asked_post(analyze("浙江大学的校长是谁？")) == "浙江大学的校长"  # the owner stays


def test_a_time_clause_of_who_was_there_is_no_part_of_the_post_asked():
    # pages58: which 代理區長 — the one there when the pumping station opened — not a post "…启用时到场的…区长"
    from qa.answer.people import asked_post
    assert asked_post(analyze(fold("北斗抽水站啟用時到場的鹽埕區代理區長是誰?"))) == "盐埕区代理区长"
    assert asked_post(analyze("新馆揭牌时在场的副市长是谁？")) == "副市长"


def test_a_group_s_member_after_baokuo_holds_the_post_after_it(holder):
    # 墨新聞: "介紹新任主管,包括副縣長陳璧君": 包括 opens the members of the group just named, no part of the post
    text = "會議首先介紹新任主管,包括副縣長陳璧君、副秘書長黃凱達及行政處處長李重毅。"
    assert holder("雲林縣新任副縣長", text) == ("陈璧君", False)
    assert holder("雲林縣政府副秘書長", text) == ("黄凯达", False)


def test_a_transliterated_name_jieba_cut_in_pieces_after_its_post(holder):
    # pages24 (Indonesia Daily): "外交部长|苏吉约/ns|诺/nz|代表" — the pieces are one minister's name
    text = "普拉博沃一度宣布将无法成行,并决定由外交部长苏吉约诺代表其出席相关纪念活动。"
    assert holder("外交部长", text) == ("苏吉约诺", False)
    # the first part of a name printed in parts, a name dot after it, is no name of its own (千岛日报)
    text = "印尼工商会馆主管组织的副主席阿宁迪亚•巴格利3月4日在泗水举行恳亲会。"
    assert holder("副主席", text)[0] != "阿宁迪亚"


def test_a_proper_noun_after_a_post_is_the_holder_s_name(people, holder):
    # jieba reads the consul's name as the city 徐州; the post before it and the 与 after it say it is a name
    assert people("总领事馆副总领事徐州与办公室主任王欣然前来拜访本报").get("徐州")
    assert "权力" not in people("这一时期众议院议长权力的戏剧性增长")  # a common noun is no name
    # the state asked by its short name holds the post printed with its full one
    text = "中华人民共和国驻胡志明市总领事馆副总领事徐州与办公室主任王欣然前来拜访本报"
    assert holder("中国驻胡志明市总领事馆副总领事", text)[0] == "徐州"


def test_a_post_whose_owner_is_printed_as_an_anaphor_is_the_post_asked():
    # "该坊" stands for the 坊 the sentences before named: the 坊's post, asked with its full name
    assert holds("据该坊越南祖国阵线委员会主席", "第十六坊越南祖国阵线委员会主席") is True
    assert holds("据该坊越南祖国阵线委员会主席", "第十一郡越南祖国阵线委员会主席") is not True  # another kind of owner
    assert holds("该校校长", "北京大学校长") is None


def test_a_post_printed_as_a_label_is_the_title_of_the_name_after_its_colon(people):
    # "中文秘書:唐金水,西文秘書:蕭紹基": a committee's posts as labels, each holder after its colon
    read = people("中文秘書:唐金水,西文秘書:蕭紹基。")
    assert read["唐金水"] == ("中文秘书",) and read["萧绍基"] == ("西文秘书",)
    assert not holds("西文秘书", "英文秘书")  # another post: 英文秘書 is declined, not answered by 蕭紹基
    assert people("讲述:黄雷说,当天很冷")["黄雷"] == ()  # a label that is no post


def test_a_post_the_sentence_says_the_name_holds_with_ren(engine):
    from qa.answer.people import holder_by_verb
    freq = engine._state.composer._freq
    s = sentence_of("巴拿馬中華總會會長劉汶輝任籌備主任,巴拿馬華人工商總會會長邱文峰任常務副主任。")
    pos = list(engine.tokenizer.pos(s.folded))
    people = titled(s, extract(s.folded, pos, freq=freq), pos)
    found = holder_by_verb(fold("籌備主任"), s, people)
    assert found is not None and s.folded[found.name[0]:found.name[1]] == fold("劉汶輝")
    assert holder_by_verb(fold("籌備副主任"), s, people) is None


def test_a_transliterated_name_after_a_post_is_its_holder(people):
    # "墨爾本市長里斯也…": jieba tags 里斯 a transliterated name (nrt); no Chinese surname starts it
    read = people("維州州長艾倫正在訪華期間,墨爾本市長里斯也開啟對中國和日本的訪問行程。")
    assert read["里斯"] == ("墨尔本市长",) and read["艾伦"] == ("维州州长",)


@pytest.mark.parametrize(("post", "asked", "held"), [
    ("河北衡水市长", "衡水市市长", True),  # 衡水日报: the city's name without 市 before 市长
    ("枞阳县长", "枞阳县县长", True),
    ("衡水市长", "衡水市副市长", False),  # still a near miss of the deputy
])
def test_a_places_head_with_its_level_once_or_twice(post, asked, held):
    assert holds(post, asked) is held


def test_the_holder_of_the_post_printed_in_full_before_one_of_its_bare_word(holder):
    # pages56:185 (安徽市场星报): a chain of three countries' foreign ministers; 沙伦赛's bare 外长 (副总理兼外长) is
    # not 东帝汶外长, printed in full before 贲迪拓 (贲, a surname and a transliteration's first sound)
    text = "老挝副总理兼外长沙伦赛、越南外长裴青山、东帝汶外长贲迪拓将于4月2日至5日分别访问中国。"
    assert holder("东帝汶外长", text)[0] == "贲迪拓"
    assert holder("越南外长", text)[0] == "裴青山"


# A name printed inside its post, the organisation before it and the post word after it ("市委陈新书记",
# "总领事馆洪红代总领事"): the post is the organisation's (people.titled), and a committee with the place's level
# printed twice ("衢州市市委") is the place's committee (people.holds).
def test_the_committee_before_the_name_owns_the_post_after_it(people, holder):
    text = "上周末,浙江省 衢州市市委陈新书记率衢州市代表团到访墨尔本,并出席了衢州同乡会成立活动。"
    assert people(text)["陈新"] == ("衢州市市委书记",)  # the province before the space opens no post
    assert holder("衢州市委书记", text) == ("陈新", False)
    assert holder("衢州市委副书记", text)[0] == ""


def test_a_deputy_s_mark_glued_to_the_name_is_the_post_s(people, holder):
    text = "中国驻多伦多总领事馆洪红代总领事, 臧利童领事出席了白天的大会。"
    assert people(text)["洪红"] == ("中国驻多伦多总领事馆代总领事",)
    assert holder("中国驻多伦多总领事馆代总领事", text) == ("洪红", False)
    assert holder("中国驻多伦多总领事", text) == ("", True)  # the acting consul general is a near miss


def test_words_before_the_name_that_name_no_body_are_no_owner(people):
    assert people("他对陈新书记说了这件事")["陈新"] == ("书记",)


def test_the_level_printed_twice_before_a_committee():
    assert holds("衢州市市委书记", "衢州市委书记") is True
    assert holds("衢州市市委副书记", "衢州市委书记") is False


def test_the_person_asked_with_shi_ren_held_then():
    from qa.answer.people import asked_person
    # "…的翟卫华|时任|什么职务": 时任 (held then) is the verb, 时 no part of the name
    assert asked_person(analyze("主持2010年科技活动周开幕式的翟卫华时任什么职务？")) == "翟卫华"
    assert asked_person(analyze("徐乐江时任什么职务？")) == "徐乐江"
    # a name ending in 时 before 担任 keeps it
    assert asked_person(analyze("李时担任什么职务？")) == "李时"


def test_places_above_the_city_asked_with_its_level_twice():
    # "柬埔寨拉达那基里省万隆市市长" asked, "万隆市长" printed: the country and province are the city's
    assert holds("万隆市长", "柬埔寨拉达那基里省万隆市市长") is True
    assert holds("万隆市副市长", "柬埔寨拉达那基里省万隆市市长") is not True  # a deputy is not the holder
