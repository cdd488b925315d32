"""A gap answer that tells a clause where a name was asked is declined (gap_clause.py)."""

from __future__ import annotations

from candidates import candidate_in, dict_tagger

from qa.answer.gap_clause import gap_clause


def test_an_adverb_and_a_modal_make_the_gap_a_clause():
    # DRCD 1180-15-3: "重力收縮是什麼東西的主要能量來源?" (answer 主序前星, in the sentence's first clause)
    s = "这些主序前星经常都有原行星盘还绕著,并且主要的能量来源是重力收缩,重力收缩的期间至少要经历一千万至一千五百万年。"
    pos = dict_tagger({"期间": "f", "至少": "d", "要": "v", "经历": "n", "一千万": "m", "至": "p", "一千五百万": "m",
                       "年": "m", "重力": "n", "收缩": "v", "的": "uj"})
    assert gap_clause(candidate_in(s, "期间至少要经历一千万至一千五百万年", "sentence", "sentence+gap"), pos)


def test_a_verb_with_a_count_makes_the_gap_a_clause():
    # DRCD 6107-2-3: "拿破崙三世向普軍投降後，間接導致哪一個政權被推翻?" (the regime is named in the next sentence)
    s = "9月2日,拿破仑三世正式率8.3万官兵向普军投降。"
    pos = dict_tagger({"正式": "ad", "率": "v", "8.3": "m", "万": "m", "官兵": "n"})
    assert gap_clause(candidate_in(s, "正式率8.3万官兵", "sentence", "sentence+gap"), pos)
    pos = dict_tagger({"率": "v", "8.3": "m", "万": "m", "官兵": "n"})
    assert gap_clause(candidate_in(s, "率8.3万官兵", "sentence", "sentence+gap"), pos)


def test_a_pronoun_pointing_elsewhere_makes_the_gap_no_name():
    # DRCD 6055-4-2: "依照全球氣候分類，曼尼托巴省屬於什麼氣候?" (極端大陸性氣候, in another sentence)
    s = "曼尼托巴省西南部,虽然与曼尼托巴省南部其他地区属于相同的气候分类,但是其更接近帕利斯三角的半干旱区域的内部。"
    pos = dict_tagger({"曼尼托巴省": "ns", "南部": "f", "其他": "r", "地区": "n", "属于": "v"})
    assert gap_clause(candidate_in(s, "南部其他地区", "sentence", "sentence+gap"), pos)
    pos = dict_tagger({"雇人": "n", "各": "r", "负担": "v", "一半": "m"})  # DRCD 1193-72-2: 各 points nowhere
    s = "失业保险费由雇主和被雇人各负担一半,雇佣安定和职业能力开发事业保险费则由雇主全部负担。"
    assert not gap_clause(candidate_in(s, "雇人各负担", "sentence", "sentence+gap"), pos)


def test_a_discourse_word_alone_is_no_name():
    # DRCD 6424-25-2: "德國水兵在基爾港發生譁變的原因和德軍的最高統帥部的哪一項決定有關?" (told in the sentence before)
    s = "结果德国水兵因不愿送死,在基尔港发生哗变,并迅速蔓延到整个海军及全国。"
    pos = dict_tagger({"结果": "n", "德国": "ns", "水兵": "n"})
    assert gap_clause(candidate_in(s, "结果", "sentence", "sentence+gap"), pos)
    assert not gap_clause(candidate_in(s, "德国水兵", "sentence", "sentence+gap"), pos)


def test_a_year_beside_a_verb_and_a_plain_noun_phrase_are_no_clause():
    # DRCD 6405-11-3: "真納曾參與哪一事件進而讓他一舉成名?" — the year dates the deed the answer names
    s = "真纳曾于1911年通过与国大党的合作要求英国废止划分孟加拉而一举成名。"
    pos = dict_tagger({"1911": "m", "年": "m", "通过": "p", "与": "p", "国大党": "nt", "的": "uj", "合作": "vn",
                       "要求": "v", "英国": "ns", "废止": "v", "划分": "v", "孟加拉": "nr"})
    assert not gap_clause(candidate_in(s, "1911年通过与国大党的合作要求英国废止划分孟加拉", "sentence",
                                       "sentence+gap"), pos)
    s = "在海上运输方面,新式铁制蒸汽船取代了传统的木制帆船。"
    pos = dict_tagger({"新式": "n", "铁制": "n", "蒸汽": "n", "船": "n", "取代": "v", "了": "ul"})
    assert not gap_clause(candidate_in(s, "新式铁制蒸汽船", "sentence", "sentence+gap"), pos)


def test_only_the_gap_rules_answers_are_read():
    s = "9月2日,拿破仑三世正式率8.3万官兵向普军投降。"
    pos = dict_tagger({"正式": "ad", "率": "v", "8.3": "m", "万": "m", "官兵": "n"})
    assert not gap_clause(candidate_in(s, "正式率8.3万官兵", "sentence", "sentence+unechoed"), pos)



def test_a_word_tagged_m_without_a_numeral_is_no_count():
    # pages29 (rdrb_20210330) "石甸社区从什么开始开启土地流转的破冰之路？": jieba tags the verb 种 m
    s = "2015年,从出租土地种西瓜开始,社区开启了土地流转的破冰之路。"
    pos = dict_tagger({"出租": "v", "土地": "n", "种": "m", "西瓜": "ns"})
    assert not gap_clause(candidate_in(s, "出租土地种西瓜", "sentence", "sentence+gap"), pos)
    pos = dict_tagger({"出租": "v", "土地": "n", "三": "m", "亩": "q", "地": "n", "一千": "m", "西瓜": "ns"})
    assert gap_clause(candidate_in(s.replace("种", "一千"), "出租土地一千西瓜", "sentence", "sentence+gap"), pos)


def test_a_run_closing_with_the_verb_before_its_object_is_no_name():
    # DRCD 5476-2-2: "馬略使用了哪一個制度來代替徵兵制?" — the run before the echoed object is subject and verb
    s = "这些措施包括以募兵制代替征兵制。"
    pos = dict_tagger({"这些": "r", "措施": "n", "包括": "v", "以": "p", "募兵制": "n", "代替": "v", "征兵制": "n"})
    assert gap_clause(candidate_in(s, "措施包括", "sentence", "sentence+gap"), pos)
    assert not gap_clause(candidate_in(s, "募兵制", "sentence", "sentence+gap"), pos)


def test_one_of_a_kind_opening_the_run_is_no_name():
    # DRCD 5381-2-2: "鎳由於具有哪個特性而使得它被用作電鍍各種表面?" (耐腐蝕性, in the sentence before)
    s = "历史上,因为这一点镍被用作电镀各种表面,例如:金属、化学装置内部及某些需要保持闪亮银光的合金。"
    pos = dict_tagger({"历史": "n", "上": "f", "因为": "c", "这": "r", "一点": "m", "镍": "n", "被": "p"})
    assert gap_clause(candidate_in(s, "一点镍", "sentence", "sentence+gap"), pos)
    # a numbered one names its thing (DRCD 1186-2-3: "第一個|階段")
    s = "白盒测试通常在第一个阶段进行。"
    pos = dict_tagger({"第一个": "m", "阶段": "n", "进行": "v"})
    assert not gap_clause(candidate_in(s, "第一个阶段", "sentence", "sentence+gap"), pos)


def test_an_aspect_noun_with_its_localizer_or_an_adverb_in_di_is_no_name():
    # DRCD 3316-10-2: "…德國實際上以哪一種像似單位繼續存在?" (部隊局, after 以)
    s = "1919年德军总参谋部在形式上被解散,但其核心仍以部队局的形式存在和运作。"
    pos = dict_tagger({"在": "p", "形式": "n", "上": "f", "被": "p", "解散": "v"})
    assert gap_clause(candidate_in(s, "形式上", "sentence", "sentence+gap"), pos)
    # DRCD 6120-2-2: "阿根廷隊在足球比賽的哪一階段時,戰勝了東道主義大利?" (互射十二碼)
    s = "结果卫冕冠军阿根廷再次幸运地于互射十二码一役中战胜了对手。"
    pos = dict_tagger({"再次": "d", "幸运地": "l", "于": "p", "互射": "v", "十二码": "m"})
    assert gap_clause(candidate_in(s, "幸运地", "sentence", "sentence+gap"), pos)
    pos = dict_tagger({"基地": "n"})  # a noun in 地 names a place
    assert not gap_clause(candidate_in("美军在基地集结。", "基地", "sentence", "sentence+gap"), pos)


def test_a_verb_with_its_complement_or_a_time_after_it_is_a_predicate():
    # DRCD 1193-63-3: "哪一種韓語與標準韓國語可能最為相近?" (首爾話, in another sentence)
    s = "由于首尔是朝鲜王朝的国都,因此「标准韩国语」更接近于朝鲜半岛分裂前的官方语言韩国。"
    pos = dict_tagger({"接近": "v", "于": "p", "朝鲜半岛": "ns", "分裂": "v", "前": "f", "的": "uj", "官方语言": "n"})
    assert gap_clause(candidate_in(s, "接近于朝鲜半岛分裂前的官方语言", "sentence", "sentence+gap"), pos)
    # DRCD 5687-1-3: "喬治亞共和國於1995年通過新憲法後將其國名訂為?" (「喬治亞」, later in the sentence)
    s = "独立后法定国名为「乔治亚共和国」,1995年8月24日该国通过新宪法,国名定为「乔治亚」。"
    pos = dict_tagger({"独立": "v", "后": "f", "法定": "n"})
    assert gap_clause(candidate_in(s, "独立后法定", "sentence", "sentence+gap"), pos)
    # DRCD 2505-7-2: "能夠修復好DNA鏈的斷裂口的酶稱為什麼?" (DNA連線酶): 起來 completes a verb jieba tags a noun
    s = "这种酶可以将两个DNA片段连线起来,修复好DNA链的断裂口。"
    pos = dict_tagger({"片段": "m", "连线": "n", "起来": "v"})
    assert gap_clause(candidate_in(s, "片段连线起来", "sentence", "sentence+gap"), pos)
    # DRCD 3359-16-5: "哪一代戰機開始…成本開始大幅上升?" (第三代, in another sentence)
    s = "而这个需求使得飞机的大小和成本迅速高涨。"
    pos = dict_tagger({"使得": "v", "飞机": "n", "的": "uj", "大小": "b"})
    assert gap_clause(candidate_in(s, "使得飞机的大小", "sentence", "sentence+gap"), pos)


def test_a_name_built_on_a_verb_or_an_event_noun_before_hou_stays():
    # DRCD 1199-6-2: "建築於高山上的城堡" — jieba tags 建築 a noun: a name
    s = "山城是建筑于高山上的城堡。"
    pos = dict_tagger({"建筑": "n", "于": "p", "高山": "ns", "上": "f", "的": "uj", "城堡": "ns"})
    assert not gap_clause(candidate_in(s, "建筑于高山上的城堡", "sentence", "sentence+gap"), pos)
    # DRCD 5625-1-3: "大革命|後" — an event's name before 後 is the event asked
    s = "法国饮食业同业公会在大革命后被解散。"
    pos = dict_tagger({"大革命": "nz", "后": "f"})
    assert not gap_clause(candidate_in(s, "大革命后", "sentence", "sentence+gap"), pos)


def test_the_rest_rules_item_that_tells_a_clause_is_read_too():
    # "…与阿拉贡王国达成协议,主动放弃了…的宗主权,以及让英王获得了部分领地" for 曾与哪一个王国协议…: the item the
    # rest rule left after the question's words tells a deed (an aspect particle), no kingdom
    s = "甚至与阿拉贡王国达成协议,主动放弃了巴塞隆纳等地的宗主权,以及让英王获得了部分领地。"
    pos = dict_tagger({"让": "v", "英王": "n", "获得": "v", "了": "ul", "部分": "n", "领地": "n"})
    assert gap_clause(candidate_in(s, "让英王获得了部分领地", "sentence", "rest"), pos)
    # an item that names a thing stays
    s = "德国分裂为德意志民主共和国以及德意志联邦共和国。"
    pos = dict_tagger({"德意志联邦共和国": "ns"})
    assert not gap_clause(candidate_in(s, "德意志联邦共和国", "place", "rest"), pos)
    # a list's items may be clauses
    assert not gap_clause(candidate_in("甚至让英王获得了部分领地。", "让英王获得了部分领地", "sentence", "rest+list"),
                          dict_tagger({"获得": "v", "了": "ul"}))
