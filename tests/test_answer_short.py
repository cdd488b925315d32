"""Short answers for untyped questions (issue 12, item 3): the noun phrase ending in the noun asked for, the
enumeration item a question leaves out, what a naming word names, the subject of a turned-around cloze — each
checked on a sentence of the DRCD / CMRC 2018 sets with the set's own gold answer, and end to end through an
engine over those paragraphs."""

from __future__ import annotations

import pytest
from candidates import sentence_of

from qa.answer.question import analyze
from qa.answer.short import before_copula, headed, named, rest_items
from qa.engine import build_engine
from qa.normalize import fold
from qa.types import Article, Paragraph


def texts(folded, spans):
    return [folded[s.start:s.end] for s in spans]


def test_a_noun_phrase_ending_in_the_asked_head_is_a_candidate(typed):
    # DRCD: 與其他亞伯拉罕諸教相同不允許自殺的宗教為哪一個? → 伊斯蘭教
    folded, spans = typed("伊斯蘭教與其他的亞伯拉罕諸教相同，不允許自殺。")
    q = analyze("與其他亞伯拉罕諸教相同不允許自殺的宗教為哪一個?").text
    got = {folded[s.start:s.end]: firm for s, firm in headed(folded, spans, "宗教", q)}
    assert got.get(fold("伊斯蘭教")) == 0.5  # only the last character of 宗教 ends it
    assert fold("亞伯拉罕諸教") not in got  # the question's own words


def test_a_head_that_asks_for_a_statement_proposes_nothing(typed):
    # CMRC: "蒋巨峰担任什么职务？" is answered by the whole "任…副部长", not a noun phrase ending in 职务.
    folded, spans = typed("他被派驻马德里、布鲁塞尔和伦敦担任各种外交职务。")
    assert headed(folded, spans, "职务", "1984年6月至1985年1月，蒋巨峰担任什么职务？") == []


def test_a_title_asked_by_name_is_the_title_in_angle_brackets(typed):
    # "…赋的诗题为什么": the title printed in 《》, not a phrase ending in 诗 ("…郑泽光赋诗")
    folded, spans = typed("中国驻英国大使郑泽光为本报赋诗《十载磨一剑扬帆启新航》。")
    got = texts(folded, [s for s, _ in headed(folded, spans, "诗题", "郑泽光为本报赋的诗题为什么？")])
    assert got == ["《十载磨一剑扬帆启新航》"]


def test_a_kind_noun_ending_in_a_generic_suffix_matches_its_first_character(typed):
    # DRCD: 在盧安達境內的湖邊…的居民喜歡哪一種魚類? → 羅非魚
    folded, spans = typed("羅非魚很受住在湖邊或是其他能捕到魚地區的居民歡迎。")
    got = texts(folded, [s for s, _ in headed(folded, spans, "鱼类", "居民喜欢哪一种鱼类")])
    assert fold("羅非魚") in got


def test_the_item_a_question_leaves_out_of_an_enumeration(typed):
    # DRCD: 當時散曲的四大名家指的是馬致遠、張可久、喬吉，還有一位是? → 關漢卿
    folded, spans = typed("當時散曲四大名家有關漢卿、馬致遠、張可久與喬吉，"
                          "有名的《南呂•一枝花》反映作者樂觀和頑強精神；")
    q = analyze("當時散曲的四大名家指的是馬致遠、張可久、喬吉，還有一位是?").text
    assert texts(folded, rest_items(folded, spans, q)) == [fold("關漢卿")]


def test_rest_items_need_a_question_asking_for_the_one_left(typed):
    # DRCD: 石岐乳鴿和白灼魚皮都是哪邊的特色菜色？ names two items but asks for the place, not a third dish.
    folded, spans = typed("中山粵菜的特色菜式有：石岐乳鴿、缽仔禾蟲、走地三黃雞、小欖炸魚球、白灼魚皮、砂鍋魚頭等。")
    assert rest_items(folded, spans, analyze("石岐乳鴿和白灼魚皮都是哪邊的特色菜色？").text) == []


def test_rest_items_for_a_question_ending_in_and_what(typed):
    # DRCD: 上吊、槍械以及哪種自殺方式為較常所用到? → 殺蟲劑中毒
    folded, spans = typed("常用的方式包括上吊、殺蟲劑中毒及槍械。")
    got = texts(folded, rest_items(folded, spans, analyze("上吊、槍械以及哪種自殺方式為較常所用到?").text))
    assert fold("殺蟲劑中毒") in got


def test_a_first_item_running_on_into_its_clause_is_named_by_its_last_word(typed):
    # DRCD: 飛越、繞飛、返回以及什麼都為航太的飛行方式? → 著陸, not "航太飛行方式包括飛越"
    folded, spans = typed("航太飛行方式包括飛越、繞飛、返回與著陸。")
    got = texts(folded, rest_items(folded, spans, analyze("飛越、繞飛、返回以及什麼都為航太的飛行方式?").text))
    assert got == [fold("著陸")]


def test_a_first_item_is_not_named_by_a_modifier_the_question_holds(typed):
    # the question's "反共" modifies 文學作家, it names no item of "反共、懷鄉文學"
    folded, spans = typed("政府大力推行反共、懷鄉文學。")
    q = analyze("當時著名反共文學作家除了司馬中原、姜貴，還有一位是?").text
    assert rest_items(folded, spans, q) == []


def test_rest_items_when_the_items_are_alike_or_modified(typed):
    # DRCD: items sharing most characters (居民委員會, 村民委員會): the one the question names whole is the named one
    folded, spans = typed("以居民委員會和村民委員會最讓人關注")
    q = analyze("有兩個組織承擔了部分公共職能，一個是村民委員會，另一個是?").text
    assert texts(folded, rest_items(folded, spans, q)) == [fold("居民委員會")]
    # the question's item printed after a modifier (故鄉|賓州): the other one is left
    folded, spans = typed("對居住地加州及故鄉賓州的貢獻尤多")
    q = analyze("詹姆斯·史都華對於兩個州的慈善公益活動貢獻很大，一個是賓州，另一個是?").text
    assert any(t.endswith(fold("加州")) for t in texts(folded, rest_items(folded, spans, q)))


def test_what_a_naming_word_names():
    # DRCD: 中國鐵路廣州局集團有限公司的前身是? → 廣州鐵路公司 (the sentence says 原名)
    folded = fold("中國鐵路廣州局集團有限公司，原名廣州鐵路公司，是中國鐵路總公司下屬公司。")
    q = analyze("中國鐵路廣州局集團有限公司的前身是?").text
    got = {folded[s.start:s.end]: firm for s, firm in named(folded, q)}
    assert got == {fold("廣州鐵路公司"): 0.5}  # another naming word than the question's


def test_a_naming_word_keeps_every_name_of_a_list():
    # CMRC: 冰雪皇后的简称什么？ → DQ; 软枝黄蝉的别称 → the whole list after 别称
    folded = "冰雪皇后（又译冰雪皇后，简称：DQ）"
    assert [(folded[s.start:s.end], firm) for s, firm in named(folded, "冰雪皇后的简称什么？")] == [("DQ", 1.0)]
    folded = "软枝黄蝉（学名：'），别称黄莺、小黄蝉、重瓣黄蝉、泻黄蝉、软枝花蝉，为夹竹桃科黄蝉属植物"
    got = [folded[s.start:s.end] for s, _ in named(folded, "软枝黄蝉的别称叫什么？")]
    assert "黄莺、小黄蝉、重瓣黄蝉、泻黄蝉、软枝花蝉" in got


def test_the_subject_before_the_copula_of_a_turned_around_cloze(typed):
    # DRCD: 最早發展都市計畫的文明為？ → 印度河文明
    folded, spans = typed("北印度和巴基斯坦的印度河文明被認為是最早發展都市計畫的文明。")
    info = analyze("最早發展都市計畫的文明為？")
    assert info.cloze
    assert texts(folded, before_copula(folded, spans, info.left)) == [fold("印度河文明")]


def test_an_adverb_between_the_subject_and_its_copula(typed):
    # DRCD: 突厥人的第一個伊斯蘭教王朝是? → 喀喇汗國 ("喀喇汗國也是…": 也 stands between)
    folded, spans = typed("喀喇汗國也是突厥人的第一個伊斯蘭教王朝，為突厥人的全面伊斯蘭化邁出了第一步。")
    info = analyze("突厥人的第一個伊斯蘭教王朝是?")
    assert set(texts(folded, before_copula(folded, spans, info.left))) == {fold("喀喇汗國")}


def test_noun_runs_are_cut_at_words_that_are_no_nouns(engine):
    from qa.answer.slots import noun_runs
    folded = fold("巴克提派的虔信運動和伊斯蘭教蘇菲派一神論的共同基礎上產生")
    got = texts(folded, noun_runs(engine.tokenizer.pos(folded), 0, len(folded)))
    assert fold("伊斯蘭教") in got and fold("伊斯蘭教蘇菲派") in got  # a run and its prefixes that end at a word
    assert not any("的" in t or "和" in t for t in got)


def test_which_person_asks_who():
    assert analyze("哪一個人繼任了黎元洪總統一職?").qtype == "who"
    assert analyze("哪个人定稿的管弦乐总谱?").qtype == "who"
    assert analyze("中華民國是由哪一人建立的？").qtype == "who"
    assert analyze("哪一个人口最多的城市?").qtype != "who"


# DRCD paragraphs (cut to the sentences the questions need) and their questions with the set's gold answers.
PARAGRAPHS = [
    ("都市計畫", "北印度和巴基斯坦的印度河文明被認為是最早發展都市計畫的文明。"),
    ("散曲", "當時散曲四大名家有關漢卿、馬致遠、張可久與喬吉，有名的《南呂•一枝花》反映作者樂觀和頑強精神；"),
    ("廣州局", "中國鐵路廣州局集團有限公司，原名廣州鐵路公司，是中國鐵路總公司下屬公司。"),
    ("下薩克森", "伊斯蘭教與其他的亞伯拉罕諸教相同，不允許自殺。"),
    ("長崎縣", "造船業是長崎縣最具傳統的製造業。"),
    ("宗教", "摩門教是全球最大的新興宗教，錫克教則為最大的傳統非主流宗教。"),
    ("生物技術", "工業生物技術是用於工業用途的生物技術的應用，包括工業發酵。"),
    ("錫克教", "錫克教是近代宗教，是印度教巴克提派的虔信運動和伊斯蘭教蘇菲派一神論的共同基礎上產生。"),
    ("大藏經", "高麗大藏經所用的木材都是來自韓國南部海島上的樺樹。"),
    ("內燃機", "舉例來說，內燃機引擎有其運轉最有效率之馬力輸出區間，若搭配電動機共同運作，則可以調節內燃機的負載。"),
]


@pytest.fixture(scope="module")
def drcd(config):
    articles = [Article(id=f"p{i}", file="drcd.json", headline=title,
                        paragraphs=(Paragraph(index=0, kind="body", text=text),))
                for i, (title, text) in enumerate(PARAGRAPHS)]
    return build_engine(config, articles=articles)


@pytest.mark.parametrize(("question", "gold"), [
    ("最早發展都市計畫的文明為？", "印度河文明"),
    ("當時散曲的四大名家指的是馬致遠、張可久、喬吉，還有一位是?", "關漢卿"),
    ("中國鐵路廣州局集團有限公司的前身是?", "廣州鐵路公司"),
    ("與其他亞伯拉罕諸教相同不允許自殺的宗教為哪一個?", "伊斯蘭教"),
    # the question's noun alone after its question word: the sentence turned around ("X為哪一種行業" ↔ "Y是X")
    ("長崎縣最具傳統的製造業為哪一種行業?", "造船業"),
    ("全球最大的新興宗教是哪一個宗教?", "摩門教"),
    ("用於工業用途的生物技術的應用又稱為什麼?", "工業生物技術"),  # an adverb before the asking copula
    # one anchor runs the slot to the clause end: the noun in it that the asked head ends is the answer
    ("錫克教是在印度教和哪一個宗教為基礎上發展而來的?", "伊斯蘭教"),
    ("高麗大藏經所用的木材是哪一種樹木?", "樺樹"),
    # the nouns after the question word name the kind asked, not words of the sentence: the right anchor is
    # what follows them ("甚麼|東西共同運作" ↔ "電動機共同運作")
    ("內燃機引擎搭配甚麼東西共同運作，可以調節內燃機的負載?", "電動機"),
])
def test_untyped_questions_get_the_span_not_the_sentence(drcd, question, gold):
    a = drcd.ask(question)
    assert not a.declined
    assert a.text == gold


def test_an_untyped_one_anchor_slot_keeps_the_items_of_a_list():
    # CMRC: 美特斯邦威的主要经营模式是什么？ → 美特斯·邦威的主要经营模式为“生产外包、直营销售与特许加盟相结合”
    from qa.answer.slots import align
    folded = "美特斯·邦威的主要经营模式为“生产外包、直营销售与特许加盟相结合”"
    info = analyze("美特斯邦威的主要经营模式是什么？")
    slot = align(folded, info.left, info.right, lists=True)
    assert slot is not None and folded[slot.start:slot.end] == "生产外包、直营销售与特许加盟相结合"
    typed = align(folded, info.left, info.right)  # a typed answer stops at the first item
    assert typed is not None and folded[typed.start:typed.end] == "生产外包"


def test_a_title_in_book_marks_answers_a_head_naming_a_work(typed):
    # DRCD: 哪一本書中最先記載中國妃嬪制度? → 《周禮》
    folded, spans = typed("中國妃嬪制度有明確記載始見於《周禮》，周天子正室為王后，以下為妃嬪，"
                          "包括三夫人、九嬪、二十七世婦、八十一御妻。")
    got = {folded[s.start:s.end]: firm for s, firm in headed(folded, spans, "书", "哪一本书中最先记载中国妃嫔制度?")}
    assert got.get(fold("《周禮》")) == 1.0


@pytest.mark.parametrize(("sentence", "question", "head", "found", "not_found"), [
    # DRCD: a two-character head may be ended by its first character (語言 ↔ 突厥語)
    ("欽察人操突厥語，最重要的記錄是一部13世紀後期的庫曼語辭典，是一本拉丁語與欽察語的詞典。",
     "欽察語支指的是哪一種語言的西北語支?", "语言", "突厥語", "欽察語"),
    # "造船業" shares 造 and 業 with "…製造業為哪一種行業" but no two-character run: not the question's words
    ("造船業是長崎縣最具傳統的製造業。", "長崎縣最具傳統的製造業為哪一種行業?", "行业", "造船業", "製造業"),
])
def test_a_noun_phrase_ending_in_the_asked_head_not_the_questions_own_words(typed, sentence, question, head, found,
                                                                             not_found):
    folded, spans = typed(sentence)
    got = texts(folded, [s for s, _ in headed(folded, spans, head, analyze(question).text)])
    assert fold(found) in got
    assert fold(not_found) not in got  # the question's own words


def _sentence_answer(text):
    from qa.types import Candidate
    s = sentence_of(text)
    return Candidate(text=text, sentence=s, start=0, end=len(text), type="sentence", score=0.0, rule="sentence")


def test_a_sentence_answer_drops_its_leading_clauses_that_only_repeat_the_question():
    # CMRC: 林永康离职前，是做什么工作的？ → 香港个人资料私隐专员公署前副个人资料私隐专员
    from qa.answer.shape import shape
    best = _sentence_answer("林永康，()，香港个人资料私隐专员公署前副个人资料私隐专员，2005年9月离职")
    got = shape(best, analyze("林永康离职前，是做什么工作的？"), lambda text: [])
    assert got.text == "香港个人资料私隐专员公署前副个人资料私隐专员，2005年9月离职"
    assert got.rule == "sentence+unechoed"


def test_a_sentence_answer_keeps_a_leading_clause_with_news_of_its_own():
    # CMRC: 1973年10月，王家瑞担任什么职务？ — "1970年6月参加工作" is not the question's words
    from qa.answer.shape import shape
    text = "1970年6月参加工作，1973年10月加入中国共产党"
    got = shape(_sentence_answer(text), analyze("1973年10月，王家瑞担任什么职务？"), lambda text: [])
    assert got.text == text


def test_the_topic_before_a_comma_and_a_copula_is_the_subject(typed):
    # DRCD: 史前人類宗教信仰和習俗的總稱指的是什麼? → 原始宗教
    folded, spans = typed("原始宗教，是史前人類宗教信仰和習俗的總稱。")
    info = analyze("史前人類宗教信仰和習俗的總稱指的是什麼?")
    assert texts(folded, before_copula(folded, spans, info.left)) == [fold("原始宗教")]


@pytest.mark.parametrize(("sentence", "question", "expected"), [
    # DRCD, with the set's gold answers
    ("這四個選舉區中，長崎縣第1區因重工業工人較多而曾是民主黨較具優勢的選區", "重工業工人較多的長崎縣第幾區?",
     ["第1區"]),
    ("2005年東芝排名第4，僅次於英特爾、三星電子、德州儀器", "2005年的晶片廠排名中，東芝排名第幾?", ["第4"]),
    ("就產業構造來看，第一產業佔長崎縣經濟總量的2.6%、第二產業佔16.2%", "佔16.2%為長崎縣第幾的產業?",
     ["第一產業", "第二產業"]),
    # 工人日报: nothing after 第几, so the ordinal keeps the measure word it is printed with
    ("中国外卡车手师炜以第14位的成绩完赛", "师炜在第二轮正赛中排第几？", ["第14位"]),
    # 千岛日报: 哪一 before an ordinal's measure word asks 第几 (the measure word alone goes with it, not "号卫")
    ("颁布有关自立新冠疫苗 接种项目的2021年第10号卫生部条例", "政府颁布的是哪一号卫生部条例？", ["第10号"]),
    ("本篤十六世為第265任教宗", "本篤十六世是羅馬天主教會第幾任教宗?", ["第265任"]),  # DRCD's gold
])
def test_ordinals_carry_the_word_the_question_puts_after_which_number(sentence, question, expected):
    from qa.answer.short import ordinals
    folded = fold(sentence)
    assert texts(folded, ordinals(folded, analyze(question).text)) == [fold(e) for e in expected]


@pytest.mark.parametrize(("question", "qtype", "cloze"), [
    # DRCD questions the cues used to leave as "other"
    ("自由軟體基金會起源於那裡?", "where", False),  # 那 written for 哪
    ("世界上那一國家在擁有高鐵時已經有四個國家擁有了？", "where", False),
    ("浙江海塘有何作用?", "what", False),  # 何 before a noun
    ("漢諾瓦音樂與戲劇學院位於？", "where", True),  # a cloze ending in a preposition (位於: a place)
    ("細胞分裂可根據其類型區分為無絲分裂以及?", "what", True),
])
def test_traditional_question_forms_get_a_type(question, qtype, cloze):
    info = analyze(question)
    assert (info.qtype, info.cloze) == (qtype, cloze)


def test_a_name_with_na_is_not_read_as_a_question_word():
    # CMRC: 那须盐原车站 is a station; its question word is 哪
    info = analyze("那须盐原车站位于是哪两条干线的交会车站？")
    assert info.left.startswith("那须盐原车站")


@pytest.mark.parametrize(("sentence", "name"), [
    # DRCD, with the set's gold answers
    ("民主共和黨在1800年的選舉中同時贏得了總統和國會，並且於1811年讓亨利克萊擔任權勢極大的眾議院議長。", "亨利克萊"),
    ("然而在這時候蘇聯領導人約瑟夫史達林開始了政治迫害的大清洗，數位與莫斯科關係密切的南斯拉夫共產黨的要員都遭到"
     "不同程度的處置", "約瑟夫史達林"),
    ("1865年內戰結束後不久，林肯遇刺身亡，其副總統安德魯約翰遜繼任總統，雖然約翰遜是民主黨人", "安德魯約翰遜"),
])
def test_a_transliterated_name_without_a_dot_is_a_person(engine, sentence, name):
    from qa.answer.names import persons
    folded = fold(sentence)
    got = [folded[s.start:s.end] for s in persons(folded, engine.tokenizer.pos(folded))]
    assert fold(name) in got


def test_a_naming_word_runs_past_a_parenthesis_to_the_clause_end():
    # CMRC: 盾柱木的别名是什么？ → 别称双翼豆（中国主要植物图说）、闭䇲木、黄燄木及翅果木"'等
    folded = "盾柱木 （学名：'），别称双翼豆（中国主要植物图说）、闭䇲木、黄燄木及翅果木\"'等，是豆科盾柱木属的植物"
    got = [folded[s.start:s.end] for s, _ in named(folded, "盾柱木的别名是什么？")]
    assert "双翼豆（中国主要植物图说）、闭䇲木、黄燄木及翅果木\"'等" in got


@pytest.mark.parametrize(("question", "asks"), [
    ("猴面包树的别名是什么？", True),
    ("天门冬又称之为什么？", True),
    ("中國鐵路廣州局集團有限公司的前身是?", True),
    ("四加亭名字的由来是什么？", False),  # CMRC: asks the origin, the gold is a sentence
    ("学名的前半部\"URBAC\"代表什么意思？", False),
])
def test_a_question_asks_a_name_only_with_the_naming_word_against_its_question_word(question, asks):
    from qa.answer.asked import asks_what_called
    assert asks_what_called(analyze(question)) is asks


def test_a_slot_closed_by_the_noun_asked_names_one_of_its_kind():
    from qa.answer.short import slot_named
    # 桂林日报: "桂林市哪个项目入选" ↔ "桂林市|阳朔糖厂改造糖舍酒店项目|入选" (its noun runs stop at 改造)
    f = fold("其一为桂林市阳朔糖厂改造糖舍酒店项目")
    start = f.find("阳朔")
    assert slot_named(f, start, len(f), "项目")
    assert not slot_named(f, f.find("项目"), len(f), "项目")  # the noun alone names nothing
    f = fold("锡克教则为最大的传统非主流宗教")  # a copula inside: a description, not a name
    assert not slot_named(f, 0, len(f), "宗教")
    f = fold("任中共天津市大港区委副书记职务")  # an abstract noun asks a statement
    assert not slot_named(f, 1, len(f), "职务")


def test_the_owner_asked_by_x_shi_which_y_de_is_read_before_y_de_x():
    from qa.answer.short import owner
    # 昌吉日报: "三屯河大桥是哪个公路项目的" ↔ "…南山伴行公路项目的三屯河大桥"
    f = fold("4月25日,昌吉州西部南山伴行公路项目的三屯河大桥正在加紧施工")
    info = analyze("三屯河大桥是哪个公路项目的？")
    assert texts(f, owner(f, info.left, info.right)) == ["昌吉州西部南山伴行公路项目"]
    info = analyze("三屯河大桥是哪个公路项目修建的？")  # no 的 closing the question: no owner asked
    assert owner(f, info.left, info.right) == []


def test_a_later_clause_opening_with_a_defining_copula_defines_the_subject():
    from qa.answer.short import defined
    # 大同日报: the definition told in an appositive clause after the one naming the subject
    f = fold("应该在家里平房的“仰尘”上,“仰尘”可能很多现代年轻人不知道,就是过去房间的天花板。")
    assert texts(f, defined(f, "仰尘")) == ["过去房间的天花板"]
    f = fold("“仰尘”上贴着报纸,即将被拆掉")  # 即将 is no copula
    assert defined(f, "仰尘") == []
    f = fold("就是过去房间的天花板,“仰尘”很多人不知道")  # the clause must come after the subject
    assert defined(f, "仰尘") == []


def test_an_e_papers_column_break_is_left_out_of_the_answer_but_not_of_its_span():
    from qa.answer.shape import shape
    text = "另當局正審批澳門電訊股東中信國 際電訊集團有限公司增持澳門電訊股份"
    best = _sentence_answer(text)
    got = shape(best, analyze("哪家公司申請增持澳門電訊股份？"), lambda text: [])
    assert got.text == text.replace(" ", "") and (got.start, got.end) == (0, len(text))
    best = _sentence_answer("Rainier Beach 高中")  # a space beside a Latin word is no column break
    assert shape(best, analyze("哪家公司申請增持澳門電訊股份？"), lambda text: []).text == "Rainier Beach 高中"


def _typed_answer(text, start, end, kind):
    from qa.types import Candidate
    s = sentence_of(text)
    return Candidate(text=text[start:end], sentence=s, start=start, end=end, type=kind, score=0.0,
                     rule=f"type:{kind}")


@pytest.mark.parametrize(("sentence", "year", "question", "expected"), [
    # DRCD: the year of the Republic's calendar is another year without its era
    ("民國16年，道制被廢除。", "16年", "道制在什麼時候被廢除?", "民國16年"),
    ("龍雲於民國17年1月在雲南實行清黨。", "17年1月", "龍雲在什麼時候於雲南實行清黨?", "民國17年1月"),
    ("最老的星圖標有西元前1534年的日期。", "1534年", "於何時出現的標有精確日期的星圖是最老的？", "西元前1534年"),
    # no era before it: the year stays as found
    ("1916年，道制被廢除。", "1916年", "道制在什麼時候被廢除?", "1916年"),
])
def test_a_year_keeps_the_era_printed_before_it(sentence, year, question, expected):
    from qa.answer.shape import shape
    start = sentence.index(year)
    got = shape(_typed_answer(sentence, start, start + len(year), "time"), analyze(question), lambda text: [])
    assert got.text == expected


@pytest.mark.parametrize(("sentence", "span", "question", "expected"), [
    # a period answers the end the question asks: "到哪一年" the last year, "自哪一年开始" the first
    ("1682年至1789年，凡爾賽宮為法國的王宮。", "1682年至1789年", "凡爾賽宮自1682年到哪一年時為法國的王宮?", "1789年"),
    ("第一個五年計劃於1953年至1957年實施。", "1953年至1957年", "第一個五年計劃自哪一年開始?", "1953年"),
    ("第一個五年計劃於1953年至1957年實施。", "1953年至1957年", "第一個五年計劃在什麼時候實施?",
     "1953年至1957年"),
    # "哪一年" asks the year, not the season of it
    ("1920年春，日本經濟從此一蹶不振。", "1920年春", "日本經濟在哪一年之後從此一蹶不振?", "1920年"),
    ("A-135系统于1995年初开始运作。", "1995年初", "A-135系统于哪年开始运作？", "1995年"),
    ("1920年春，日本經濟從此一蹶不振。", "1920年春", "日本經濟在什麼時候一蹶不振?", "1920年春"),
])
def test_a_when_answer_is_the_part_of_a_period_the_question_asks(sentence, span, question, expected):
    from qa.answer.shape import shape
    start = sentence.index(span)
    got = shape(_typed_answer(sentence, start, start + len(span), "time"), analyze(question), lambda text: [])
    assert got.text == expected


@pytest.mark.parametrize(("sentence", "place", "question", "expected"), [
    # a question asking a country (a city) gets the country, not the noun phrase it opens
    ("卡羅魯斯是德國科學家。", "德國", "卡羅魯斯是哪國人?", "德國"),
    ("掛牌儀式在北京總部大樓舉行。", "北京", "掛牌儀式在哪一個城市舉行?", "北京"),
])
def test_a_place_asked_by_its_level_is_not_widened_over_the_noun_after_it(engine, sentence, place, question,
                                                                          expected):
    from qa.answer.shape import shape
    start = sentence.index(place)
    got = shape(_typed_answer(sentence, start, start + len(place), "place"), analyze(question),
                engine.tokenizer.pos)
    assert got.text == expected


@pytest.mark.parametrize(("sentence", "question", "expected"), [
    # the question's own modifier before its question word ("民众的") is not in the sentence: the left anchor is
    # found without it, and the right anchor closes the slot
    ("政府會透過控制意識型態，來激發與掌握各種政治行動", "政府會透過控制民眾的什麼，來激發與掌握各種政治行動?",
     "意识型态"),
    # the right anchor's words next to the question word ("人拥") are not in the sentence
    ("約12%至24%的病態賭徒有自殺的傾向", "約12%至24%的哪種人擁有自殺的傾向?", "病态赌徒"),
])
def test_an_untyped_slot_skips_the_questions_own_words_next_to_its_question_word(sentence, question, expected):
    from qa.answer.slots import align
    info, f = analyze(question), fold(sentence)
    slot = align(f, info.left, info.right, 40, True, skip=True)
    assert slot is not None and f[slot.start:slot.end] == expected
    # without `skip` (a typed question) the anchors are only what the question prints
    plain = align(f, info.left, info.right, 40, True)
    assert plain is None or f[plain.start:plain.end] != expected


def test_a_road_answering_where_goes_on_to_its_house_number(engine):
    # CMRC: 基督教神学院位于哪里？ → 密歇根州底特律伍德沃德大道2930号
    from qa.answer.shape import shape
    sentence = "基督教神学院位于密歇根州底特律伍德沃德大道2930号。"
    place = "密歇根州底特律伍德沃德大道"
    start = sentence.index(place)
    got = shape(_typed_answer(sentence, start, start + len(place), "place"), analyze("基督教神学院位于哪里？"),
                engine.tokenizer.pos)
    assert got.text == "密歇根州底特律伍德沃德大道2930号"


def _untyped_answer(text, span):
    from qa.types import Candidate
    s = sentence_of(text)
    start = text.index(span)
    return Candidate(text=span, sentence=s, start=start, end=start + len(span), type="slot", score=0.0,
                     rule="slot")


@pytest.mark.parametrize(("sentence", "span", "question", "expected"), [
    # DRCD: the slot cuts the quoted term it asks for; the answer is the term
    ("張學良最後以「特殊黨員」之身份加入共產黨。", "特殊黨員」之身份加入", "張學良最後以什麼身分加入共產黨?",
     "「特殊黨員」"),
    ("雷諾汽車和日產汽車最終以「聯盟」的型態合作。", "最終以「聯盟", "雷諾汽車和日產汽車以何型態合作?", "「聯盟」"),
    # a span inside the quotes is the part asked; several quoted items are a list, every one stays
    ("他們號召「拒絕對石油的依賴」。", "石油", "他們號召人們拒絕對什麼的依賴？", "石油"),
    ("夜來香別名“夜香花”、“夜蘭香”。", "夜香花”、“夜蘭香", "夜來香的別名是什麼？", "夜香花”、“夜蘭香"),
    # the whole term modifying the noun the question asks ("什么类" ↔ "粮油类") is no answer alone
    ("产业园是全省首个“国字号”粮油类现代农业产业园。", "国字号”粮油类", "产业园是全省首个什么类的现代农业产业园？",
     "国字号”粮油类"),
])
def test_an_untyped_answer_cutting_a_quoted_term_is_the_term(sentence, span, question, expected):
    from qa.answer.shape import shape
    got = shape(_untyped_answer(sentence, span), analyze(question), lambda text: [])
    assert got.text == expected


@pytest.mark.parametrize(("sentence", "span", "question", "expected"), [
    ("一般给出一个矩形的表格。", "一个矩形", "一般给出什么形状的表格？", "矩形"),
    ("黨內已經形成了一個官僚主義者階級。", "一個官僚主義者階級", "黨內已經形成了什麼階級?", "官僚主義者階級"),
    ("他获得一项提名。", "一项", "他获得了什么提名？", "一项"),  # nothing named after the count: it stays
])
def test_an_untyped_answer_opening_with_a_count_of_one_is_the_thing_named(sentence, span, question, expected):
    from qa.answer.shape import shape
    got = shape(_untyped_answer(sentence, span), analyze(question), lambda text: [])
    assert got.text == expected


def test_an_untyped_slot_ending_in_the_noun_the_question_names_is_what_stands_before_it():
    from qa.answer.shape import shape
    question = "在東羅馬文化中，一個顯著特點是對占星術、星象和什麼特別迷信?"
    got = shape(_untyped_answer("東羅馬人對占星術、星象和預言的迷信。", "預言的迷信"), analyze(question),
                lambda text: [])
    assert got.text == "預言"
    # a noun the question does not name stays
    got = shape(_untyped_answer("東羅馬人對占星術、星象和預言的信仰。", "預言的信仰"), analyze(question),
                lambda text: [])
    assert got.text == "預言的信仰"


@pytest.mark.parametrize(("question", "asks"), [
    ("硫化氫的水溶液稱之為?", True),  # DRCD: a cloze ending in its naming verb
    ("1918年東西伯利亞第一所高等教育機構名為什麼?", True),
    ("信陽市，在唐代時為申州州治地，故稱為?", True),
    ("什麼被稱為矽谷?", False),  # the thing a name names is asked, not the name
    ("硫化氫的水溶液有什麼性質?", False),
])
def test_a_naming_verb_ending_the_question_asks_a_name(question, asks):
    from qa.answer.asked import asks_what_called
    assert asks_what_called(analyze(question)) is asks


def test_one_naming_word_in_its_forms():
    # DRCD: 龍膽又被稱之為什麼？ ↔ "也稱為龍膽草…": 称之为 and 称为 are one naming word; 学名 another
    folded = fold("龍膽（學名：Gentiana scabra）為龍膽科的植物，也稱為龍膽草、胆草")
    got = {folded[s.start:s.end]: firm for s, firm in named(folded, analyze("龍膽又被稱之為什麼？").text)}
    assert got[fold("龍膽草、胆草")] == 1.0
    assert all(firm == 0.5 for text, firm in got.items() if text != fold("龍膽草、胆草"))


def test_a_call_noun_names_nothing():
    # DRCD: "…即韓國江原道的稱呼": 称呼 is a noun, nothing after it is a name
    folded = fold("關東地方是韓國東部大關嶺以東地區，即韓國江原道的稱呼")
    assert [folded[s.start:s.end] for s, _ in named(folded, fold("韓國江原道又可以被稱為？"))] == []


def test_an_event_asked_is_named_by_a_kind_of_event(typed):
    # DRCD: 浙江於民國26年發生的哪個事件之後成為抗日戰爭的主戰場之一? → 七七事變 (事件 alone ends no answer)
    folded, spans = typed("此外，於民國26年「七七事變」以後，浙江成為抗日戰爭的主戰場之一，屬於第三戰區。")
    q = analyze("浙江於民國26年發生的哪個事件之後成為抗日戰爭的主戰場之一?").text
    got = [folded[s.start:s.end] for s, _ in headed(folded, spans, "事件", q)]
    assert fold("七七事變") in got
    assert fold("抗日戰爭") not in got  # the question's own war is not its answer


def test_a_name_before_its_naming_noun():
    # DRCD: 信陽市，在唐代時為申州州治地，故稱為? → 申城 ("故有申城之稱": the name stands before 之稱)
    folded = fold("信陽市在唐代時為申州州治地，故有申城之稱")
    got = {folded[s.start:s.end]: firm for s, firm in named(folded, analyze("信陽市在唐代時故稱為?").text)}
    assert got == {fold("申城"): 1.0}
    folded = "杭州素有“人间天堂”的美誉"
    assert [(folded[s.start:s.end], firm) for s, firm in named(folded, "杭州的别名是什么")] == [("人间天堂", 0.5)]
