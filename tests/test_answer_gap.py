"""Which-questions no generator answered: the noun run of the sentence the question does not echo (gap.py)."""

from __future__ import annotations

from qa.answer.gap import asks_name, gap_span
from qa.answer.question import analyze


def _words(*pairs: str) -> list[tuple[str, str]]:
    """"细胞核/n" → ("细胞核", "n"): the tags written beside the words, as jieba would give them."""
    return [tuple(p.rsplit("/", 1)) for p in pairs]  # type: ignore[misc]


def test_the_unechoed_noun_run_next_to_the_echoed_words_answers():
    info = analyze("对动物而言最大的胞器是哪部分?")
    pos = _words("细胞核/n", "对/p", "动物/n", "而言/u", "是/v", "最大/a", "的/uj", "胞器/n")
    f = "".join(w for w, _ in pos)
    assert gap_span(f, pos, info) == (0, 3)


def test_the_run_ending_with_the_asked_head_noun_wins_over_another_run():
    info = analyze("于1948年并入奥斯陆的是哪一个城市?")
    pos = _words("最终/d", "，/x", "阿克尔/nr", "自治市/n", "于/p", "1948/m", "年/m", "1/m", "月/m", "1/m",
                 "日/m", "并入/v", "奥斯陆/ns")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "阿克尔自治市"


def test_light_words_at_the_edges_of_the_run_are_no_part_of_the_name():
    info = analyze("史都华最称许的制片厂是?")
    pos = _words("不过/c", "米高梅/nr", "仍/d", "是/v", "史都华/nr", "最/d", "称许/v", "的/uj", "制片厂/n")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "米高梅"


def test_no_run_when_the_sentence_only_echoes_the_question():
    info = analyze("哪一个城市并入奥斯陆?")
    pos = _words("并入/v", "奥斯陆/ns")
    assert gap_span("并入奥斯陆", pos, info) is None


def test_only_a_thing_asked_by_name_is_cut_from_its_sentence():
    assert asks_name(analyze("哪一个政权在1289年夺取了塔里木盆地?"))
    assert asks_name(analyze("草木或动物改变成为的精怪又被称为?"))
    assert asks_name(analyze("全美国第二大的学生活动中心为何?"))
    assert asks_name(analyze("法国饮食业同业公会由于哪一个事件而解散?"))  # an event's name
    assert not asks_name(analyze("现金流量表所代表的意义为?"))  # an abstract noun: a clause tells it
    assert not asks_name(analyze("哪件事使得她成为第一人?"))  # what happened
    assert not asks_name(analyze("莎莉公司被拆分成哪两家公司?"))  # several: a list
    assert not asks_name(analyze("为什么金氏能影响朝政?"))



def test_a_verb_opening_the_run_before_its_noun_object_is_no_part_of_the_name():
    info = analyze("盧安達的憲法規定政府要施行什麼樣的制度?")
    pos = _words("卢安达/ns", "的/uj", "宪法/n", "规定/v", "政府/n", "实行/v", "多党制/n")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "多党制"


def test_a_verb_before_a_verb_that_modifies_a_noun_is_the_predicate():
    # "降低|靜止心率": 静止 modifies 心率, so the noun phrase is 静止心率 (DRCD 5780-3-1's answer), 降低 its predicate
    info = analyze("運動會使得什麼下降?")
    pos = _words("运动/vn", "会/v", "降低/v", "静止/v", "心率/n")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "静止心率"


def test_the_predicate_and_its_preposition_opening_the_run_are_no_part_of_the_name():
    info = analyze("戰前的吉米·史都華比較常拍哪一種類型的片子?")
    pos = _words("战前/t", "的/uj", "吉米/nrt", "·/x", "史都华/nr", "几乎/d", "都/d", "出现/v", "在/p", "文艺/n",
                 "喜剧片/n", ",/x", "形象/n", "往往/t", "是/v", "俊雅/a", "、/x", "正直/d", "、/x", "害羞/a", "的/uj",
                 "年轻人/n", "。/x")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "文艺喜剧片"


def test_a_modal_and_its_verb_opening_the_run_are_no_part_of_the_name():
    info = analyze("北方諸國安置流民的地區又被稱為?")
    pos = _words("此外/c", ",/x", "北方/f", "诸国/ns", "会/v", "成立/v", "侨/n", "州郡/n", "县/n", "以/p", "安置/v",
                 "流民/n", ",/x", "通常/d", "会/v", "依据/p", "流民/n", "原籍/n", "来定/v", "新/a", "州郡/n",
                 "名/q", "。/x")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "侨州郡县"


def test_a_verb_and_its_aspect_particle_opening_the_run_are_no_part_of_the_name():
    info = analyze("中生代末有一半的生物因為什麼事件而滅絕？")
    pos = _words("中生代/t", "末/f", "发生/v", "了/ul", "白垩纪/n", "灭绝/v", "事件/n", ",/x", "50/m", "%/x", "的/uj",
                 "生物/n", "灭绝/v", ",/x", "包括/v", "所有/b", "的/uj", "恐龙/nz", "。/x")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "白垩纪"


def test_a_verb_opening_a_run_of_verbs_stays_with_it():
    # "協助|自殺是指": no noun phrase follows the verb, so the run is not cut after it
    info = analyze("一個人藉由提供建議或是其他方式達成死亡目的且沒有參與導致死亡過程稱為什麼?")
    pos = _words("协助/v", "自杀/v", "是/v", "指/n", "一个/m", "人/n", "借/v", "由/p", "提供/v", "建议/n", "或是/c",
                 "其他/r", "方式/n", ",/x", "协助/v", "有/v", "死亡/v", "意愿/n", "者/k", "达成/v", "目的/n", ",/x",
                 "但/c", "没有/v", "直接参与/i", "导致/v", "死亡/v", "的/uj", "过程/n")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end].startswith("协助")


def test_the_asked_noun_echoed_right_after_the_run_closes_its_name():
    # "哪一个阶段" ↔ "在消亡|阶段": the run alone is a verb; with the asked noun it names the stage
    info = analyze("雷暴在哪一个阶段会出现上升气流逐渐消失的现象?")
    pos = _words("最后/d", "，/x", "在/p", "消亡/v", "阶段/n", "，/x", "上升/v", "气流/n", "逐渐/d", "消失/v")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "消亡阶段"


def test_a_short_relative_clause_opening_the_run_is_no_part_of_the_name():
    # DRCD 3265-1-2: the idea is 地心说; 流行的 only describes it
    info = analyze("伽利略證明了不是只有地球有衛星，其他行星也有衛星，這說法對當時天文界的哪個主流觀念造成打擊?")
    pos = _words("更/d", "重要/a", "的/uj", "是/v", ",/x", "伽利略/nr", "证明/n", "了/ul", "并/c", "不是/c", "只有/c",
                 "地球/n", "才/d", "有/v", "卫星/nr", ",/x", "其他/r", "行星/n", "也/d", "可以/c", "有/v", "卫星/nr",
                 ",/x", "无疑/d", "是/v", "对/p", "当时/t", "流行/v", "的/uj", "地心说/n", "造成/v", "一个/m", "重大/a",
                 "的/uj", "打击/v", "。/x")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "地心说"


def test_a_longer_clause_before_its_noun_stays_with_the_run():
    # "指文化類似的人群": what is asked may be the clause itself (DRCD 3284-1-3's answer is 文化類似)
    info = analyze("在人類學和考古學中，文明也有不同成因，例如基督教文明、儒家文明就是什麼相近的文明?")
    pos = _words("也/d", "可以/c", "指/n", "文化/n", "类似/v", "的/uj", "人群/n", ",/x", "例如/v", "基督教/nz",
                 "文明/nr", "、/x", "儒家/n", "文明/nr", "。/x")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end].endswith("文化类似的人群")


def test_a_contrasted_clause_opens_with_the_subject_of_its_echoed_predicate():
    # DRCD 1193-15-2: the clause after ",而" tells what is asked, not the sentence's opening run (南部沿海地区)
    info = analyze("韩国在冬季时气温会非常低的地方为?")
    pos = _words("南部/f", "沿海地区/ns", "冬季/t", "的/uj", "温度/n", "会/v", "高/a", "些/q", ",/x", "而/c", "内陆/n",
                 "山区/ns", "的/uj", "气温/n", "则/d", "非常低/b", "。/x")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "内陆山区"


def test_the_noun_after_a_phrase_opened_by_a_preposition_is_the_one_asked():
    # DRCD 2485-1-3: the noun asked is 條約, not 與英 (the characters right after 哪一個)
    info = analyze("哪一個與英國的條約為傑佛遜黨人所反對?")
    pos = _words("杰佛逊/nr", "党人/n", "在/p", "英国/ns", "与/p", "法国/ns", "的/uj", "战争/n", "中/f", "支持/v",
                 "法国/ns", ",/x", "并且/c", "反对/d", "与/p", "英国/ns", "签订/v", "媾和/v", "的/uj", "杰伊/nrt",
                 "条约/n", ",/x", "因为/c", "担心/v", "那/r", "将/d", "会/v", "助长/n", "美国/ns", "国内/s", "的/uj",
                 "君主主义/nz", "势力/n", "。/x")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "杰伊条约"


def test_a_passive_question_asks_the_object_of_an_active_sentence():
    # DRCD 5501-3-1: the fuel banned is printed after 禁止燃燒, not the king before 於1272年
    pos = _words("在/p", "烟尘/n", "成/v", "了/ul", "祸患/n", "后/f", ",/x", "英格兰/ns", "爱德华/nr", "一世/t", "于/p",
                 "1272/m", "年/m", "在/p", "伦敦/ns", "禁止/v", "燃烧/v", "海煤/n", "。/x")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, analyze("哪一個在英格蘭十分普遍的燃料於1272年時被禁止燃燒?")) or (0, 0)
    assert f[start:end] == "海煤"
    # asked actively, the subject before the echoed words answers
    start, end = gap_span(f, pos, analyze("哪一位國王於1272年在倫敦禁止燃燒海煤?")) or (0, 0)
    assert f[start:end].endswith("爱德华一世")


def test_a_run_opening_with_a_word_half_echoed_starts_mid_phrase():
    # DRCD 5725-9-2: jieba glues the echoed 胡图族人's last character to the next word (胡图族|人因), so the run
    # "人因担心受到报复" opened inside the question's own phrase; the name after 以 answers
    info = analyze("胡图族人于卢安达爱国阵线占领卢安达全国后大多逃往哪一个邻国?")
    pos = _words("等到/v", "卢安达/nr", "爱国阵线/nz", "占领/v", "全国/n", "时/n", ",/x", "已有/v", "约/d", "200/m",
                 "万/m", "胡图族/nr", "人因/n", "担心/v", "受到/v", "报复/v", "而/c", "逃往/v", "邻国/n", ",/x",
                 "其中/r", "又/d", "以/p", "萨伊/nr", "最/d", "多/m", "。/x")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end].startswith("萨伊")


def test_a_set_phrase_alone_between_echoed_words_names_the_thing_asked():
    # DRCD 5546-4-1 (gold 武昌起義, tagged l by jieba): not the noun run after 袁世凱 (段祺瑞召回北京)
    info = analyze("清朝政府於1911年時爆發了哪一個事件之後重新啟用袁世凱?")
    pos = _words("1911/m", "年/m", "武昌起义/l", "爆发/v", "后/f", ",/x", "清朝/t", "政府/n", "重新/a", "启用/v",
                 "袁世凯/nr", ",/x", "袁世凯/nr", "将/d", "段祺瑞/nr", "召回/v", "北京/ns", "。/x")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "武昌起义"


def test_the_clause_printing_the_questions_figure_holds_the_subject_asked():
    # DRCD 1190-21-3: the first clause echoes more of the question (平均每周从事…小时的家务劳动), yet its figure is
    # 47, not the question's 约6小时; the parallel clause printing it names the group asked
    info = analyze("哪一总族群在东德平均每周要从事约6小时的家务劳动?")
    pos = _words("根据/p", "1970/m", "年/m", "的/uj", "调查/vn", ",/x", "妇女/n", "平均/a", "每周/r", "从事/v",
                 "47/m", "小时/n", "的/uj", "家务劳动/l", ",/x", "男子/n", "从事/v", "约/d", "6/m", "小时/n",
                 ",/x", "其他/r", "情况/n", "约/d", "4/m", "小时/n", "。/x")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "男子"


def test_a_date_the_question_prints_tells_no_clause_apart():
    # DRCD 6405-12-2: 1916年 sets the time of the whole sentence; the name asked is in a later clause
    info = analyze("1916年的联席会议二党最终产生的协议为哪一个协议?")
    pos = _words("印度/ns", "国大党/nt", "和/c", "全印/n", "穆斯林/n", "联盟/n", "于/p", "1916/m", "年/m", "12/m",
                 "月/m", "举行/v", "联席会议/n", ",/x", "二党/n", "最终/d", "达成/v", "勒克瑙/nr", "协定/n", "。/x")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "勒克瑙协定"


def test_the_run_before_de_and_the_noun_asked_after_shenme_names_it():
    # DRCD 5392-4-2: the first clause echoes more of the question (包括证书在内的官方文件), but "以什么名义" asks
    # the run the noun 名义 describes, "以|伦敦大学|的名义颁发"
    info = analyze("伦大学院于2005年时不再需要以什么名义来颁发包括证书在内的官方文件?")
    pos = _words("包括/v", "证书/n", "在内/u", "的/uj", "官方/n", "文件/n", "均/d", "印有/v", "伦大/ns", "学院/n",
                 "的/uj", "标志/n", ",/x", "而/c", "不再/d", "以/p", "伦敦大学/nt", "的/uj", "名义/n", "颁发/v",
                 "。/x")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "伦敦大学"
