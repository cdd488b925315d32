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


def test_a_verb_before_another_verb_stays_with_the_run():
    # "降低|靜止|心率": the verb is followed by no noun, so the run is not cut after it (a phrase of verbs)
    info = analyze("運動會使得什麼下降?")
    pos = _words("运动/vn", "会/v", "降低/v", "静止/v", "心率/n")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end].startswith("降低")


def test_the_asked_noun_echoed_right_after_the_run_closes_its_name():
    # "哪一个阶段" ↔ "在消亡|阶段": the run alone is a verb; with the asked noun it names the stage
    info = analyze("雷暴在哪一个阶段会出现上升气流逐渐消失的现象?")
    pos = _words("最后/d", "，/x", "在/p", "消亡/v", "阶段/n", "，/x", "上升/v", "气流/n", "逐渐/d", "消失/v")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "消亡阶段"
